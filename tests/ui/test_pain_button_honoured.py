# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""Pressing H ("This hurts") in the guided routine, through the real RoutineService and a real
SQLite file: the pain page and the what-changed line say the same thing, the move is in no
routine for the rest of the day, and the next day it comes at the dose the line announced."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from routine_coach import routine_coach
from test_guided_routine import FakeClock

from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(tmp_path):
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    yield coach.service, coach.clock
    coach.database.dispose()


def open_routine(qtbot, service, kind: BreakKind, outcomes: list, monotonic: FakeClock):
    """A break's routine as the coach opens it: planned, started, and finished into the service."""
    plan = service.plan_break(kind, 180)
    session = service.start(plan)
    dialog = GuidedRoutineDialog(plan, service.library, clock=monotonic)
    qtbot.addWidget(dialog)
    dialog.routine_finished.connect(
        lambda feedback, completed: outcomes.append(service.finish(session, plan, feedback, completed))
    )
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def advance(dialog: GuidedRoutineDialog, monotonic: FakeClock, seconds: float) -> None:
    end = monotonic.now + seconds
    while monotonic.now < end:
        monotonic.now = min(end, monotonic.now + 0.25)
        dialog.refresh()


def test_pressing_h_keeps_the_move_out_today_and_brings_it_back_at_the_dose_it_said(qtbot, coach):
    service, clock = coach
    monotonic, outcomes = FakeClock(), []
    dialog = open_routine(qtbot, service, BreakKind.MICRO, outcomes, monotonic)
    hurt = dialog.player.exercise
    assert hurt is not None and dialog.exercise_page.name_label.text() == hurt.name
    advance(dialog, monotonic, 10 + 8)
    qtbot.keyClick(dialog, Qt.Key.Key_H)
    assert dialog.page == "pain"
    page_says = dialog.pain_page.text_label.text()
    assert page_says.startswith(f"{hurt.name} is left out for the rest of today.")
    qtbot.mouseClick(dialog.pain_page.go_on_button, Qt.MouseButton.LeftButton)
    while dialog.page == "exercise":
        qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert dialog.page == "feedback"
    clock.advance(timedelta(minutes=2))
    qtbot.mouseClick(dialog.feedback_page.save_button, Qt.MouseButton.LeftButton)

    [outcome] = outcomes
    [line] = [say(line) for line in outcome.changes if say(line).startswith(hurt.name)]
    assert "left out for the rest of today" in line  # the pain page's words
    assert line.endswith("then back to 2 × 20 s each side.")

    for kind in (BreakKind.MICRO, BreakKind.LONG, BreakKind.MICRO):
        clock.advance(timedelta(minutes=15))
        later = open_routine(qtbot, service, kind, outcomes, monotonic)
        assert hurt.id not in [planned.exercise.id for planned in later.player.exercises]
        later.close()

    clock.sleep(datetime(2026, 11, 24, 9, 30, tzinfo=BERLIN) - clock.now())
    tomorrow = open_routine(qtbot, service, BreakKind.LONG, outcomes, monotonic)
    while tomorrow.player.exercise is not None and tomorrow.player.exercise.id != hurt.id:
        qtbot.keyClick(tomorrow, Qt.Key.Key_S)
    assert tomorrow.exercise_page.name_label.text() == hurt.name
    qtbot.keyClick(tomorrow, Qt.Key.Key_Space)  # ready
    assert tomorrow.exercise_page.phase_label.text() == "Hold 1 of 2 · left side"
    assert tomorrow.exercise_page.big_label.text() == "20"
