"""Right to left, the windows are mirrored but the body is not: "I'm back" moves to the other end
of the break window's buttons, while the routine's "left side" stays the left side (translated,
never swapped for the right). Every window's mirroring is checked in
test_every_window_in_pseudo_languages.py; this is what a mirror must not change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_break_window import FakeClock
from test_guided_routine import PLAN, STRETCH
from test_guided_routine import FakeClock as RoutineClock

from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.language import apply_language
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.wording.language import PSEUDO_RTL
from desk_coach.wording.pseudo import pseudo_text


@pytest.fixture
def right_to_left(qapp):
    apply_language(PSEUDO_RTL)
    yield
    apply_language("en")


def _shown(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


def test_right_to_left_mirrors_the_buttons_but_not_the_sides_of_the_body(qtbot, right_to_left):
    window = BreakWindow(BreakKind.MICRO, 300, FakeClock())
    qtbot.addWidget(window)
    _shown(qtbot, window)
    assert window.back_button.x() < window.pause_button.x()  # "I'm back" now at the left end
    library = {STRETCH.id: STRETCH}
    plan = type(PLAN)(PLAN.kind, PLAN.items[:1])
    dialog = GuidedRoutineDialog(plan, library, clock=RoutineClock())
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    text = dialog.exercise_page.phase_label.text()
    assert pseudo_text("left side", rtl=True) in text and pseudo_text("right side", rtl=True) not in text


def test_left_to_right_keeps_the_buttons_where_they_were(qtbot):
    window = BreakWindow(BreakKind.MICRO, 300, FakeClock())
    qtbot.addWidget(window)
    _shown(qtbot, window)
    assert window.back_button.x() > window.pause_button.x()
