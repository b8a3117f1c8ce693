"""A break's window takes the keyboard when it opens while a screen reader runs (issue 17, 1): a
screen reader tells its user of a window only once it has the keyboard, and the routine's lines are
read from the control that has it. Without one, the keyboard stays where the user types (issue 11).

Qt's offscreen platform activates every window shown, asked or not: here the window's own wish is
what is checked; ``tests/e2e/test_orca_hears_the_real_app.py`` hears the difference on a real X
server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from test_break_left_early import FakeRoutines
from test_guided_routine import FakeClock

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.tray import CoachTray


@pytest.fixture
def typing_in(qtbot) -> QLineEdit:
    """The window the user types in when the break comes."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field)
    return field


def view(qapp, screen_reader: bool | None, guided: bool) -> QtCoachView:
    return QtCoachView(CoachTray(qapp.windowIcon()), now=lambda: None, can_snooze=lambda: True,
                       routines=FakeRoutines() if guided else None, clock=FakeClock(),
                       screen_reader_running=lambda: screen_reader)


@pytest.mark.parametrize("guided", [True, False], ids=["routine", "plain"])
def test_with_a_screen_reader_the_break_window_takes_the_keyboard(qapp, qtbot, typing_in, guided) -> None:
    coach = view(qapp, True, guided)
    coach.open_break(BreakKind.MICRO, 180, Cover.NONE)
    window = coach.break_window
    assert isinstance(window, GuidedRoutineDialog if guided else BreakWindow)
    assert not window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.close()


@pytest.mark.parametrize("reader", [False, None], ids=["none-runs", "cannot-tell"])
def test_without_one_the_keyboard_stays_where_the_user_types(qapp, qtbot, reader) -> None:
    coach = view(qapp, reader, True)
    coach.open_break(BreakKind.MICRO, 180, Cover.NONE)
    window = coach.break_window
    qtbot.waitUntil(window.isVisible)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.close()
