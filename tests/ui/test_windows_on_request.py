"""The running coach opens its windows when another launch or a command asks (`desk-coach`
again, `progress`, `about`, `settings --open`), each one at a time and in front."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.progress_window import ProgressWindow
from desk_coach.ui.settings_dialog import SettingsDialog
from desk_coach.ui.status_window import StatusWindow


@pytest.fixture
def coach(qapp):
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    app.start()
    for window in list(app.shell.windows):  # the first-run self-check
        window.close()
    yield app
    app.stop()
    app.close_windows()


def shown(kind: type) -> list:
    windows = QApplication.topLevelWidgets()
    return [window for window in windows if isinstance(window, kind) and window.isVisible()]


@pytest.mark.parametrize(("command", "kind"), [
    ("activate", StatusWindow), ("status-window", StatusWindow), ("settings", SettingsDialog),
    ("progress", ProgressWindow), ("about", QMessageBox)])
def test_each_request_opens_its_window_once(qtbot, coach, command, kind):
    before = shown(kind)  # a window an earlier test in this process left open is not this one
    assert coach.requests.handle({"command": command})["ok"]
    [window] = [w for w in shown(kind) if w not in before]
    if kind is not QMessageBox:  # the About box is a new one each time, as from the tray
        assert coach.requests.handle({"command": command})["ok"]
        assert [w for w in shown(kind) if w not in before] == [window]


def test_the_status_window_opened_by_a_second_start_shows_the_coachs_status(qtbot, coach):
    coach.requests.handle({"command": "activate"})
    window = coach.shell.status_window
    assert window.status.text() == coach.tray.status_action.text() != ""
    assert window.buttons["break"].isEnabled()
    window.close()
    assert coach.shell.status_window is None
    assert coach.requests.handle({"command": "activate"})["ok"]
    assert coach.shell.status_window is not window and coach.shell.status_window.isVisible()
