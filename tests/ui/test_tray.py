"""The tray menu as a user sees it, driven offscreen through its actions."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk_coach.domain.history import BreakKind
from desk_coach.services.coach_status import CoachState, CoachStatus
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.tray import CoachTray, host_shows_tooltips


def test_qt_app_is_named_for_the_desktop_and_survives_closed_windows(qapp):
    app = create_qt_app([])
    assert app is QApplication.instance()
    assert app.applicationName() == "desk-coach"
    assert app.applicationDisplayName() == "Desk Coach"
    assert app.desktopFileName() == "desk-coach"
    assert app.quitOnLastWindowClosed() is False
    assert not app.windowIcon().isNull()
    assert {s.width() for s in app.windowIcon().availableSizes()} >= {16, 22, 32, 64}


def test_menu_offers_what_a_user_needs(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Desk Coach",
        "Start a &break now",
        "&Snooze",
        "S&kip this break",
        "&Pause",
        "Self-&check…",
        "Pr&ogress…",
        "S&ettings…",
        "&About Desk Coach…",
        "&Quit Desk Coach",
    ]
    pause = [a.text() for a in tray.pause_menu.actions() if not a.isSeparator()]
    assert pause == ["For &30 minutes", "For 1 &hour", "&Until tomorrow", "&Resume reminders"]


def status(state: CoachState, progress: float = 0.5) -> CoachStatus:
    return CoachStatus(
        state=state,
        sitting_s=34 * 60,
        interval_s=1800,
        interval_elapsed_s=1800 * progress,
        next_break_at=None,
        next_break_kind=BreakKind.MICRO,
        detail="",
        sensing=True,
        sensor="test",
    )


def test_the_menu_offers_snooze_and_skip_only_while_a_break_is_due(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    tray.show_status(status(CoachState.SITTING), "Sitting 34 min · next break in 11 min", can_snooze=True)
    assert tray.tooltip() == "Sitting 34 min · next break in 11 min"
    assert tray.status_action.text() == "Sitting 34 min · next break in 11 min"
    assert not tray.snooze_action.isEnabled() and not tray.skip_action.isEnabled()
    assert not tray.resume_action.isEnabled()
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    assert tray.snooze_action.isEnabled() and tray.skip_action.isEnabled()
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=False)
    assert not tray.snooze_action.isEnabled() and tray.skip_action.isEnabled()
    tray.show_status(status(CoachState.PAUSED), "paused until 14:30", can_snooze=False)
    assert tray.resume_action.isEnabled()


def test_the_icon_changes_with_the_state(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    tray.show_status(status(CoachState.SITTING, 0.25), "", can_snooze=False)
    sitting = tray.current_icon().pixmap(32).toImage()
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "", can_snooze=False)
    due = tray.current_icon().pixmap(32).toImage()
    assert sitting != due


def test_pause_choices_say_how_long(qtbot, qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    for minutes, action in tray.pause_actions.items():
        with qtbot.waitSignal(tray.pause_requested, timeout=1000) as signal:
            action.trigger()
        assert signal.args == [minutes]


def test_quit_action_asks_to_quit(qtbot, qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()


def test_about_action_asks_for_about(qtbot, qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    with qtbot.waitSignal(tray.about_requested, timeout=1000):
        tray.about_action.trigger()


def test_icon_shows_and_hides(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    tray.show()
    assert tray.is_visible()
    tray.hide()
    assert not tray.is_visible()


def test_without_a_tray_the_app_looks_for_one_ever_less_often(qapp, monkeypatch):
    """Only the log learns of a late tray, so the re-checks must not wake the app for ever."""
    import desk_coach.ui.tray as tray_module

    waits, pending = [], []

    class Timer:
        @staticmethod
        def singleShot(ms, callback):
            waits.append(ms)
            pending.append(callback)

    monkeypatch.setattr(tray_module, "QTimer", Timer)
    monkeypatch.setattr(tray_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    tray = CoachTray(create_qt_app([]).windowIcon())
    tray.show()
    for _ in range(12):
        pending.pop(0)()
    assert waits[:4] == [5_000, 10_000, 20_000, 40_000]
    assert waits[-1] == 30 * 60 * 1000
    tray.hide()


def test_a_balloon_without_a_system_tray_says_it_was_not_shown(qapp):
    """Offscreen there is no system tray: Qt would take the balloon and show nothing."""
    from desk_coach.adapters.notify.tray_balloon import TrayBalloonNotifier

    tray = CoachTray(qapp.windowIcon())
    tray.show()
    try:
        assert tray.show_message("Desk Coach", "a message") is False
        assert TrayBalloonNotifier(tray.show_message).tell("Desk Coach", "a message") is False
    finally:
        tray.hide()


def test_where_the_host_shows_no_tooltip_it_names_the_app_and_the_menu_says_the_status(qapp):
    assert not host_shows_tooltips({"XDG_CURRENT_DESKTOP": "GNOME"})  # GNOME Shell's AppIndicator
    assert not host_shows_tooltips({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"})
    assert host_shows_tooltips({"XDG_CURRENT_DESKTOP": "KDE"}) and host_shows_tooltips({})
    tray = CoachTray(create_qt_app([]).windowIcon(), tooltips=False)
    tray.show_status(status(CoachState.SITTING), "Sitting 34 min · next break in 11 min", can_snooze=True)
    assert tray.tooltip() == "Desk Coach"
    assert tray.status_action.text() == "Sitting 34 min · next break in 11 min"
