"""What a screen reader is given as the routine runs and at its safety moments (issue 17): lines
said through the focused control's description, which Orca 43 reads (it ignores a label's name
change and ``object:announcement``). The e2e test ``tests/e2e/test_orca_hears_the_routine.py``
checks that Orca speaks them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_guided_routine import LIBRARY, PLAN, FakeClock, advance

from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.routine.screen import end_question, pain_title


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dialog(qtbot, clock) -> GuidedRoutineDialog:
    window = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, play_sound=lambda name: None,
                                 opened_by_user=True)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    return window


def said(window: QWidget) -> str:
    """The line on the focused control, named as a screen reader names it."""
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is window or window.isAncestorOf(focused))
    assert focused.accessibleName() or getattr(focused, "text", lambda: "")(), "focus on a named control"
    return focused.accessibleDescription()


def test_the_routine_says_the_exercise_and_its_first_step_then_get_ready(dialog):
    line = said(dialog)
    assert line.startswith("Test hip stretch. First: Test hip stretch: first step.")
    assert "Get ready · left side." in line


def test_each_phase_the_switch_of_sides_and_the_countdown_are_said(dialog, clock):
    advance(dialog, clock, 10.25)
    assert said(dialog).startswith("Hold 1 of 2 · left side. 30 seconds.")
    advance(dialog, clock, 9)
    assert said(dialog) == "Hold 1 of 2 · left side. 30 seconds."  # 21 s left: nothing new said
    advance(dialog, clock, 1)
    assert said(dialog) == "20"
    advance(dialog, clock, 17.5)
    assert said(dialog) == "3"
    advance(dialog, clock, 3)
    assert said(dialog).startswith("Switch sides. Now the right side.")
    # during the hold the page holds the focus, named after the exercise
    assert dialog.exercise_page.accessibleName() == "Test hip stretch"


def test_repetitions_are_said_as_they_are_counted(dialog, clock, qtbot):
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # skip the stretch: the band rows
    assert said(dialog).startswith("Test band row. First: Test band row: first step.")
    advance(dialog, clock, 10.25)
    assert "Set 1 of 2." in said(dialog) and "Repetitions 0 / 10" in said(dialog)
    advance(dialog, clock, 3)
    assert said(dialog) == "Repetitions 1 / 10"


def test_this_hurts_reads_the_advice_with_the_button_that_takes_the_focus(dialog, clock, qtbot):
    advance(dialog, clock, 12)
    qtbot.mouseClick(dialog.exercise_page.hurt_button, Qt.MouseButton.LeftButton)
    button = dialog.pain_page.go_on_button
    assert QApplication.focusWidget() is button
    description = button.accessibleDescription()
    assert description.startswith(pain_title())
    assert "Test hip stretch is left out for the rest of today." in description


def test_escape_reads_the_question_with_keep_going(dialog, clock, qtbot):
    advance(dialog, clock, 4)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is dialog.confirm_bar.keep_going_button
    assert said(dialog) == end_question()
