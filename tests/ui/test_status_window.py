"""The status window: the tray's status and every entry of its menu, for the keyboard alone and
for screen readers. Each button follows its tray entry (enabled at the same moments) and does
what that entry does; the status is read-only text that takes focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from desk_coach.domain.history import BreakKind
from desk_coach.services.coach_status import CoachState, CoachStatus
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.status_window import StatusWindow, plain
from desk_coach.ui.tray import PAUSE_UNTIL_TOMORROW, CoachTray

ORDER = ["break", "snooze", "skip", "pause", "resume", "screen", "progress", "settings", "about", "quit"]


def status(state: CoachState, progress: float = 0.5) -> CoachStatus:
    return CoachStatus(state=state, sitting_s=34 * 60, interval_s=1800, interval_elapsed_s=1800 * progress,
                       next_break_at=None, next_break_kind=BreakKind.MICRO, detail="", sensing=True,
                       sensor="test")


@pytest.fixture
def tray(qapp) -> CoachTray:
    tray = CoachTray(create_qt_app([]).windowIcon(), tooltips=False)
    tray.set_snooze_lengths((5, 10))
    tray.show_status(status(CoachState.SITTING), "Sitting 34 min · next break in 11 min", can_snooze=True)
    return tray


@pytest.fixture
def window(qtbot, tray) -> Iterator[StatusWindow]:
    window = StatusWindow(tray)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.status)
    yield window
    window.close()


def enabled(window: StatusWindow) -> dict[str, bool]:
    return {name: button.isEnabled() for name, button in window.buttons.items()}


def test_the_buttons_are_the_tray_menus_entries_in_its_order(window):
    texts = [window.buttons[name].text() for name in ORDER]
    assert texts == ["Start a &break now", "&Snooze", "S&kip this break", "&Pause", "&Resume reminders",
                     "Self-&check…", "Pr&ogress…", "S&ettings…", "&About Desk Coach…", "&Quit Desk Coach"]
    assert list(window.buttons) == ORDER
    assert window.windowTitle() == "Desk Coach"


def test_the_buttons_are_enabled_exactly_when_the_trays_entries_are(window, tray):
    def same_as_tray() -> bool:
        actions = {"break": tray.break_action, "snooze": tray.snooze_action, "skip": tray.skip_action,
                   "resume": tray.resume_action}
        return all(window.buttons[name].isEnabled() == action.isEnabled() for name, action in actions.items())

    assert not enabled(window)["snooze"] and not enabled(window)["skip"] and not enabled(window)["resume"]
    assert same_as_tray()
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    assert enabled(window)["snooze"] and enabled(window)["skip"] and same_as_tray()
    assert window.status.text() == "Sitting 34 min · time for a break"
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 35 min · time for a break", can_snooze=False)
    assert not enabled(window)["snooze"] and enabled(window)["skip"] and same_as_tray()
    tray.show_status(status(CoachState.PAUSED), "Paused until 14:30", can_snooze=False)
    assert enabled(window)["resume"] and same_as_tray()
    assert window.status.text() == "Paused until 14:30"
    tray.show_status(status(CoachState.ON_BREAK), "On a break", can_snooze=False)
    assert not enabled(window)["break"] and same_as_tray()


def test_the_status_follows_the_coach_while_the_window_is_open(window, tray):
    """Only the minutes changed: the tray keeps such words for the next reader, but the window is one."""
    tray.show_status(status(CoachState.SITTING), "Sitting 35 min · next break in 10 min", can_snooze=True)
    assert window.status.text() == "Sitting 35 min · next break in 10 min"
    window.close()
    assert not tray.words_watched


def test_opening_the_window_asks_the_coach_for_fresh_words(qtbot, tray):
    asked: list[bool] = []
    tray.about_to_be_read.connect(lambda: asked.append(True))
    window = StatusWindow(tray)
    qtbot.addWidget(window)
    window.show()
    assert asked and tray.words_watched
    window.close()


@pytest.mark.parametrize(("name", "signal"), [
    ("break", "break_requested"), ("skip", "skip_requested"), ("resume", "resume_requested"),
    ("screen", "screen_requested"), ("progress", "progress_requested"), ("settings", "settings_requested"),
    ("about", "about_requested"), ("quit", "quit_requested")])
def test_each_button_does_what_its_tray_entry_does(qtbot, window, tray, name, signal):
    tray.show_status(status(CoachState.PAUSED), "Paused until 14:30", can_snooze=False)
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    if name == "resume":
        tray.show_status(status(CoachState.PAUSED), "Paused until 14:30", can_snooze=False)
    with qtbot.waitSignal(getattr(tray, signal), timeout=1000):
        qtbot.mouseClick(window.buttons[name], Qt.MouseButton.LeftButton)


def test_snooze_and_pause_open_the_trays_own_choices(qtbot, window, tray):
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    assert window.buttons["snooze"].menu() is tray.snooze_menu
    assert window.buttons["pause"].menu() is tray.pause_menu
    with qtbot.waitSignal(tray.snooze_requested, timeout=1000) as snoozed:
        tray.snooze_length_actions[1].trigger()
    assert snoozed.args == [10.0]
    with qtbot.waitSignal(tray.pause_requested, timeout=1000) as paused:
        tray.pause_actions[PAUSE_UNTIL_TOMORROW].trigger()
    assert paused.args == [PAUSE_UNTIL_TOMORROW]


def test_every_control_has_a_unique_mnemonic(window):
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.buttons.values()]
    keys = [QKeySequence.mnemonic(text).toString() for text in texts]
    assert all(keys) and len(set(keys)) == len(keys), dict(zip(texts, keys, strict=True))


def test_a_mnemonic_presses_its_button(qtbot, window, tray):
    with qtbot.waitSignal(tray.break_requested, timeout=1000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(tray.progress_requested, timeout=1000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)


def test_tab_follows_the_visual_order_through_the_enabled_buttons(qtbot, window, tray):
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    reached = []
    for _ in range(len(ORDER)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [window.buttons[name] for name in ORDER if name != "resume"] + [window.status]
    tops = [window.buttons[name].y() for name in ORDER]
    assert tops == sorted(tops) and window.status.y() < tops[0]


def test_enter_on_the_status_starts_nothing_and_escape_closes(qtbot, window, tray):
    started: list[bool] = []
    tray.break_requested.connect(lambda: started.append(True))
    qtbot.keyClick(window.status, Qt.Key.Key_Return)
    assert started == [] and window.isVisible()
    qtbot.keyClick(window.status, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_every_control_is_named_for_a_screen_reader(window):
    for name, button in window.buttons.items():
        assert button.accessibleName() == plain(button.text()), name
        assert "&" not in button.accessibleName()
    assert window.buttons["snooze"].accessibleDescription()
    assert window.buttons["pause"].accessibleDescription()
    assert window.status.accessibleName() == "Status"
    assert window.status.accessibleDescription()
    assert window.accessibleDescription()


def test_the_status_is_read_only_text_that_takes_focus_and_arrow_keys_read(qtbot, window):
    assert window.status.isReadOnly()
    assert window.status.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert window.status.hasFocus()
    reader = QAccessible.queryAccessibleInterface(window.status)
    assert reader.role() == QAccessible.Role.EditableText
    assert reader.state().readOnly and reader.state().focusable
    text = reader.textInterface()
    assert text is not None
    assert text.text(0, text.characterCount()) == "Sitting 34 min · next break in 11 min"
    qtbot.keyClick(window.status, Qt.Key.Key_Right)
    qtbot.keyClick(window.status, Qt.Key.Key_Right)
    assert window.status.cursorPosition() == 2


def test_the_tray_menus_status_line_opens_the_window(qtbot, tray):
    assert tray.status_action.isEnabled()
    with qtbot.waitSignal(tray.status_window_requested, timeout=1000):
        tray.status_action.trigger()


def test_a_window_gone_leaves_the_tray_working(qtbot, tray):
    from PySide6.QtCore import QEvent

    window = StatusWindow(tray)
    window.show()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), "Sitting 34 min · time for a break", can_snooze=True)
    assert tray.snooze_action.isEnabled() and not tray.words_watched


def test_a_long_status_shows_whole(qtbot, window, tray):
    long = "Tiempo sentado: 34 min · es hora de una pausa, y otra cosa más larga"
    tray.show_status(status(CoachState.BREAK_DUE, 1.0), long, can_snooze=True)
    qtbot.waitUntil(lambda: window.status.width() > window.status.fontMetrics().horizontalAdvance(long))
