"""Closing a break early is reported as what it was: the break window and the guided routine hand
the coach whether the break ran to its end, the share done and (for a routine) the time stood.

QtCoachView opens the real windows on a fake clock; the coach side is tests/integration/coach/
test_break_answers.py."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from test_guided_routine import LIBRARY, PLAN, FakeClock, advance

from desk_coach.domain.history import BreakKind
from desk_coach.services.coach import BreakOutcome
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.tray import CoachTray


@dataclass
class Outcome:
    changes: list
    referrals: list


class FakeRoutines:
    """Plans the test routine and records how it finished."""

    library = LIBRARY

    def __init__(self) -> None:
        self.finished: list[bool] = []

    def plan_break(self, kind, length_s):
        return PLAN

    def start(self, plan) -> int:
        return 7

    def finish(self, session_id, plan, feedback, completed):
        self.finished.append(completed)
        return Outcome([], [])

    def next_morning_question(self):
        return None  # no routine yesterday: nothing to ask before this one

    def symptoms_asked(self):
        return ()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def outcomes() -> list[BreakOutcome]:
    return []


def make_view(qapp, clock, outcomes, routines=None) -> QtCoachView:
    view = QtCoachView(CoachTray(qapp.windowIcon()), now=lambda: None, can_snooze=lambda: False,
                       routines=routines, clock=clock)
    view.break_finished.connect(outcomes.append)
    return view


def test_closing_the_break_window_early_reports_the_share_done_not_a_break_taken(qapp, clock, outcomes):
    view = make_view(qapp, clock, outcomes)
    view.open_break(BreakKind.MICRO, 180)
    window = view.break_window
    assert isinstance(window, BreakWindow)
    clock.now += 45
    window.close()  # Alt+F4 or the title bar's close button
    [outcome] = outcomes
    assert outcome.completed is False
    assert outcome.done_fraction == pytest.approx(0.25)
    assert outcome.stood_s is None  # the window cannot tell: the coach asks the idle clock


def test_escape_in_the_break_window_is_an_early_end_too(qapp, qtbot, clock, outcomes):
    view = make_view(qapp, clock, outcomes)
    view.open_break(BreakKind.MICRO, 180)
    clock.now += 8
    qtbot.keyClick(view.break_window, Qt.Key.Key_Escape)
    [outcome] = outcomes
    assert (outcome.completed, round(outcome.done_fraction, 3)) == (False, round(8 / 180, 3))


def test_a_break_window_run_to_its_end_is_completed(qapp, clock, outcomes):
    view = make_view(qapp, clock, outcomes)
    view.open_break(BreakKind.MICRO, 180)
    window = view.break_window
    clock.now += 180
    window.refresh()
    assert outcomes == [BreakOutcome(completed=True, done_fraction=1.0)]


def test_closing_the_routine_early_reports_its_done_part_and_the_time_stood(qapp, clock, outcomes):
    routines = FakeRoutines()
    view = make_view(qapp, clock, outcomes, routines)
    view.open_break(BreakKind.LONG, 360)
    dialog = view.break_window
    player = dialog.player
    advance(dialog, clock, 10 + 30)  # get ready, then the first of four holds of the stretch
    dialog.close()  # Alt+F4
    [outcome] = outcomes
    assert routines.finished == [False]
    assert outcome.completed is False
    first = player.exercises[0]
    assert outcome.done_fraction == pytest.approx(0.25 * first.weight / player.total_s)
    assert outcome.stood_s == pytest.approx(0.25 * first.weight)


def test_escape_then_end_now_in_the_routine_is_an_early_end(qapp, qtbot, clock, outcomes):
    routines = FakeRoutines()
    view = make_view(qapp, clock, outcomes, routines)
    view.open_break(BreakKind.LONG, 360)
    dialog = view.break_window
    advance(dialog, clock, 10)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.mouseClick(dialog.confirm_bar.end_button, Qt.MouseButton.LeftButton)
    [outcome] = outcomes
    assert (outcome.completed, outcome.done_fraction, outcome.stood_s) == (False, 0.0, 0.0)
