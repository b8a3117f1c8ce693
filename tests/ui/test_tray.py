"""The tray menu as a user sees it, driven offscreen through its actions."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk_coach.ui.application import create_qt_app
from desk_coach.ui.tray import CoachTray


def test_qt_app_is_named_for_the_desktop_and_survives_closed_windows(qapp):
    app = create_qt_app([])
    assert app is QApplication.instance()
    assert app.applicationName() == "desk-coach"
    assert app.applicationDisplayName() == "Desk Coach"
    assert app.desktopFileName() == "desk-coach"
    assert app.quitOnLastWindowClosed() is False
    assert not app.windowIcon().isNull()
    assert {s.width() for s in app.windowIcon().availableSizes()} >= {16, 22, 32, 64}


def test_menu_offers_about_and_quit(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["About Desk Coach…", "&Quit Desk Coach"]


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
