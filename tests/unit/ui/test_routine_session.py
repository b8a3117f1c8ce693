"""The routine dialog's state and decisions without Qt: which page is up, what each key may do
now, what Escape means, the end question, and a routine reported exactly once."""

from __future__ import annotations

import pytest
from test_routine_screen import LIBRARY, ROWS, STRETCH, WALK, FakeClock

from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine.player import (
    BlockFinished,
    ExerciseStarted,
    Phase,
    RoutineFinished,
    Side,
    SideSwitched,
)
from desk_coach.ui.routine.session import Cues, Escape, Page, RoutineSession, cues_of

PLAN = RoutinePlan(BreakKind.LONG, tuple(Prescription(e.id, e.dose, "test") for e in (STRETCH, ROWS, WALK)))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def session(clock: FakeClock, **options) -> RoutineSession:
    return RoutineSession(PLAN, LIBRARY, clock=clock, **options)


def test_the_cues_of_the_players_events():
    switched = [BlockFinished("T-HIP", Phase.HOLD, 1, 2, Side.LEFT), SideSwitched("T-HIP", Side.RIGHT)]
    assert cues_of(switched) == Cues(sound="switch")  # one sound at a time: the switch wins
    assert cues_of([ExerciseStarted(1, "T-ROW"), ExerciseStarted(2, "T-WALK")]).exercise == 2
    assert cues_of([RoutineFinished(True)]).finished
    assert not cues_of([RoutineFinished(True)], finish=False).finished


def test_space_starts_the_routine_then_ends_the_get_ready(clock):
    routine = session(clock)
    assert routine.page is Page.EXERCISE and routine.awaiting_start
    assert routine.primary(clock()) == Cues(exercise=0)
    assert routine.player.phase is Phase.PREPARE
    routine.primary(clock())
    assert routine.player.phase is Phase.HOLD
    assert routine.primary(clock()) is not None  # nothing to skip in a hold: no change
    assert routine.player.phase is Phase.HOLD


def test_pause_and_skip_act_only_while_an_exercise_runs(clock):
    routine = session(clock)
    assert routine.toggle_pause(clock()) is None  # not started: nothing to pause
    routine.start(clock())
    assert routine.toggle_pause(clock()) is not None and routine.player.paused
    assert routine.toggle_pause(clock()) == Cues() and routine.player.running
    assert routine.skip(clock()) == Cues(exercise=1)


def test_this_hurts_waits_on_the_pain_page_then_goes_on(clock):
    routine = session(clock)
    routine.start(clock())
    _, screen = routine.hurt(clock())
    assert routine.page is Page.PAIN and routine.player.paused
    assert screen.next_text.startswith("Next: Band row.") and screen.can_end
    assert routine.skip(clock()) is None and routine.primary(clock()) is None  # the keys wait
    assert routine.escape() is Escape.ASK_END
    assert routine.go_on_after_pain(clock()) == Cues()
    assert routine.page is Page.EXERCISE and routine.player.running


def test_this_hurts_on_the_last_exercise_leads_to_the_feedback(clock):
    routine = session(clock)
    routine.start(clock())
    routine.skip(clock())
    routine.skip(clock())
    cues, screen = routine.hurt(clock())
    assert not cues.finished and not screen.can_end  # the pain page first
    assert routine.escape() is Escape.GO_ON
    assert routine.go_on_after_pain(clock()).finished
    assert routine.to_feedback() and routine.page is Page.FEEDBACK
    assert routine.escape() is Escape.CLOSE


def test_the_end_question_holds_the_clock_and_keep_going_gives_it_back(clock):
    routine = session(clock)
    routine.start(clock())
    assert routine.ask_end(clock()) is not None
    assert routine.confirming and routine.player.paused and not routine.controls_live
    assert routine.ask_end(clock()) is None  # already asked
    assert routine.escape() is Escape.KEEP_GOING
    assert routine.keep_going(clock()) and routine.player.running
    assert not routine.keep_going(clock())


def test_a_routine_paused_before_the_question_stays_paused_after_it(clock):
    routine = session(clock)
    routine.start(clock())
    routine.toggle_pause(clock())
    routine.ask_end(clock())
    routine.keep_going(clock())
    assert routine.player.paused


def test_ending_before_anything_was_done_has_nothing_to_ask(clock):
    routine = session(clock)
    routine.start(clock())
    routine.ask_end(clock())
    assert routine.end_now(clock()).finished and not routine.confirming
    assert not routine.to_feedback()
    assert routine.unanswered() == []


def test_the_morning_question_comes_first_and_the_routine_starts_after_it_when_asked_for(clock):
    routine = session(clock, asks_morning=True)
    assert routine.page is Page.NEXT_MORNING and not routine.controls_live
    assert routine.morning_answered() and routine.page is Page.EXERCISE
    waiting = session(clock, asks_morning=True, opened_by_user=False)
    assert not waiting.morning_answered() and not waiting.awaiting_start


def test_a_new_plan_is_taken_only_before_the_start(clock):
    routine = session(clock)
    shorter = RoutinePlan(BreakKind.LONG, (Prescription(WALK.id, WALK.dose, "test"),))
    assert routine.replace_plan(shorter) and routine.player.count == 1
    assert not routine.replace_plan(RoutinePlan(BreakKind.LONG, ()))
    routine.start(clock())
    assert not routine.replace_plan(PLAN) and routine.player.count == 1


def test_closing_ends_the_routine_where_it_is_and_it_is_reported_once(clock):
    routine = session(clock)
    routine.start(clock())
    routine.skip(clock())
    assert routine.close(clock()) is not None and routine.player.finished
    assert routine.unanswered() == [ExerciseFeedback("T-HIP", None, 0, 0.0, skipped=True)]
    assert routine.report()
    assert not routine.report()
    assert routine.close(clock()) is None
