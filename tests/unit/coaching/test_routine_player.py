"""The routine player, driven by a fake clock: the walk through exercises, sides, holds, sets and
the walk; pause, skip, "this hurts", ending early; and what it counts as done. No Qt here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk_coach.domain.coaching.exercises import (
    Exercise,
    HoldDose,
    Pattern,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine.player import (
    BlockFinished,
    ExerciseFinished,
    ExerciseStarted,
    Phase,
    RoutineFinished,
    RoutinePlayer,
    Side,
    SideSwitched,
    segments_for,
)
from desk_coach.wording.figures import countdown_words


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def exercise(exercise_id: str, dose, *, per_side: bool = False, pattern: Pattern = Pattern.STRETCH,
             target: Target = Target.HIP_FLEXORS) -> Exercise:
    return Exercise(
        id=exercise_id, name=f"Exercise {exercise_id}", steps=("One.", "Two."), target=target,
        pattern=pattern, dose=dose, per_side=per_side, desk=True, equipment=(), cautions=(),
        regression=None, progression=None, supine=False, source="test",
        illustration=f"exercises/illustrations/{exercise_id}.svg",
    )


STRETCH = exercise("HF1", HoldDose(hold_s=30, reps=2), per_side=True)
ROW = exercise("UB2", RepsDose(reps=10, sets=2, rep_s=3), pattern=Pattern.PULL, target=Target.UPPER_BACK)
WALK = exercise("MV1", TimedDose(minutes=2), pattern=Pattern.MOBILITY, target=Target.WALK)
LIBRARY = {e.id: e for e in (STRETCH, ROW, WALK)}


def plan(*exercises: Exercise) -> RoutinePlan:
    return RoutinePlan(BreakKind.LONG, tuple(Prescription(e.id, e.dose, "test") for e in exercises))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make(clock: FakeClock, *exercises: Exercise, **kw) -> RoutinePlayer:
    return RoutinePlayer(plan(*(exercises or (STRETCH, ROW, WALK))), LIBRARY, clock=clock, **kw)


def run(player: RoutinePlayer, clock: FakeClock, seconds: float, step: float = 0.25) -> list:
    """Advance the clock in display-timer steps, collecting the events."""
    events = []
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        clock.now = min(end, clock.now + step)
        events += player.tick()
    return events


# -- the plan of one exercise -------------------------------------------------------------------------


def test_a_per_side_hold_takes_turns_left_and_right_with_a_switch_between():
    steps = segments_for(HoldDose(30, 2), per_side=True)
    assert [(s.phase, s.side, s.number, s.seconds) for s in steps] == [
        (Phase.PREPARE, Side.LEFT, 1, 10),
        (Phase.HOLD, Side.LEFT, 1, 30),
        (Phase.SWITCH, Side.RIGHT, 1, 5),
        (Phase.HOLD, Side.RIGHT, 1, 30),
        (Phase.SWITCH, Side.LEFT, 2, 5),
        (Phase.HOLD, Side.LEFT, 2, 30),
        (Phase.SWITCH, Side.RIGHT, 2, 5),
        (Phase.HOLD, Side.RIGHT, 2, 30),
    ]


def test_sides_one_after_the_other_on_request():
    steps = segments_for(HoldDose(30, 2), per_side=True, alternate_sides=False)
    assert [(s.phase, s.side, s.number) for s in steps] == [
        (Phase.PREPARE, Side.LEFT, 1),
        (Phase.HOLD, Side.LEFT, 1),
        (Phase.REST, Side.LEFT, 2),
        (Phase.HOLD, Side.LEFT, 2),
        (Phase.SWITCH, Side.RIGHT, 1),
        (Phase.HOLD, Side.RIGHT, 1),
        (Phase.REST, Side.RIGHT, 2),
        (Phase.HOLD, Side.RIGHT, 2),
    ]


def test_holds_on_one_side_rest_five_seconds_between():
    steps = segments_for(HoldDose(5, 3), per_side=False)
    assert [(s.phase, s.number, s.seconds) for s in steps] == [
        (Phase.PREPARE, 1, 10), (Phase.HOLD, 1, 5), (Phase.REST, 2, 5), (Phase.HOLD, 2, 5),
        (Phase.REST, 3, 5), (Phase.HOLD, 3, 5)]


def test_strength_is_ready_then_sets_with_a_longer_rest_and_the_walk_is_one_countdown():
    steps = segments_for(RepsDose(reps=10, sets=2, rep_s=3), per_side=False)
    assert [(s.phase, s.number, s.of, s.reps, s.seconds) for s in steps] == [
        (Phase.PREPARE, 1, 2, 0, 10), (Phase.SET, 1, 2, 10, 30), (Phase.REST, 2, 2, 0, 15),
        (Phase.SET, 2, 2, 10, 30)]
    assert [(s.phase, s.seconds) for s in segments_for(TimedDose(3), per_side=True)] == [(Phase.WALK, 180)]
    no_prepare = segments_for(HoldDose(5, 1), per_side=False, prepare_s=0)
    assert no_prepare == segments_for(HoldDose(5, 1), per_side=False)[1:]


def test_per_side_strength_takes_turns_after_each_set_and_counts_both_sides(clock):
    steps = segments_for(RepsDose(reps=8, sets=2, rep_s=2), per_side=True)
    assert [(s.phase, s.side, s.number) for s in steps] == [
        (Phase.PREPARE, Side.LEFT, 1), (Phase.SET, Side.LEFT, 1), (Phase.SWITCH, Side.RIGHT, 1),
        (Phase.SET, Side.RIGHT, 1), (Phase.SWITCH, Side.LEFT, 2), (Phase.SET, Side.LEFT, 2),
        (Phase.SWITCH, Side.RIGHT, 2), (Phase.SET, Side.RIGHT, 2)]
    bridge = exercise("GL3", RepsDose(reps=8, sets=2, rep_s=2), per_side=True, pattern=Pattern.HINGE)
    player = RoutinePlayer(plan(bridge), {"GL3": bridge}, clock=clock)
    player.start()
    run(player, clock, 10 + 16 + 5 + 4)  # left set, the switch, two repetitions on the right
    assert player.side is Side.RIGHT and player.reps_counted == 2
    assert player.done_fraction == pytest.approx(10 / 32)


def test_the_player_loads_without_qt():
    code = ("import sys, desk_coach.ui.routine.player; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_prescribed_dose_wins_over_the_library_default(clock):
    lighter = RoutinePlan(BreakKind.LONG, (Prescription("HF1", HoldDose(20, 1), "new"),))
    player = RoutinePlayer(lighter, LIBRARY, clock=clock)
    assert [s.seconds for s in player.exercises[0].segments if s.phase is Phase.HOLD] == [20, 20]


def test_a_plan_needs_exercises_the_lookup_knows(clock):
    with pytest.raises(KeyError):
        RoutinePlayer(RoutinePlan(BreakKind.LONG, (Prescription("XX9", HoldDose(30, 2), "?"),)), LIBRARY)
    with pytest.raises(ValueError):
        RoutinePlayer(RoutinePlan(BreakKind.LONG, ()), LIBRARY)


# -- a whole routine ------------------------------------------------------------------------------------


def test_nothing_counts_before_start(clock):
    player = make(clock)
    assert not player.started and not player.running and not player.paused
    clock.now += 100
    assert player.tick() == []
    assert player.phase is Phase.PREPARE and player.remaining_s == 10
    assert player.start() == [ExerciseStarted(0, "HF1")]
    assert player.start() == []
    assert player.running


def test_the_full_routine_runs_by_the_clock_alone(clock):
    player = make(clock)
    events = player.start()
    events += run(player, clock, 10)  # get ready
    assert player.phase is Phase.HOLD and player.side is Side.LEFT and player.segment.number == 1
    events += run(player, clock, 12)
    assert countdown_words(player.remaining_s) == "18"
    events += run(player, clock, 18)
    assert player.phase is Phase.SWITCH and player.side is Side.RIGHT
    assert events[-1] == SideSwitched("HF1", Side.RIGHT)
    events += run(player, clock, 5 + 30)
    assert player.phase is Phase.SWITCH and player.side is Side.LEFT
    events += run(player, clock, 5 + 30 + 5 + 30)
    assert player.exercise.id == "UB2" and player.phase is Phase.PREPARE
    events += run(player, clock, 10 + 30 + 15 + 30)  # paced at 3 s a repetition
    assert player.exercise.id == "MV1" and player.phase is Phase.WALK
    events += run(player, clock, 60)
    assert player.remaining_s == pytest.approx(60)
    assert player.done_fraction == pytest.approx(0.5)
    events += run(player, clock, 60)
    assert player.finished and player.completed is True and player.phase is Phase.FINISHED

    assert [e for e in events if isinstance(e, ExerciseStarted)] == [
        ExerciseStarted(0, "HF1"), ExerciseStarted(1, "UB2"), ExerciseStarted(2, "MV1")]
    assert [e for e in events if isinstance(e, SideSwitched)] == [
        SideSwitched("HF1", Side.RIGHT), SideSwitched("HF1", Side.LEFT), SideSwitched("HF1", Side.RIGHT)]
    blocks = [(e.exercise_id, e.phase, e.number, e.side) for e in events if isinstance(e, BlockFinished)]
    assert blocks == [
        ("HF1", Phase.HOLD, 1, Side.LEFT), ("HF1", Phase.HOLD, 1, Side.RIGHT),
        ("HF1", Phase.HOLD, 2, Side.LEFT), ("HF1", Phase.HOLD, 2, Side.RIGHT),
        ("UB2", Phase.SET, 1, None), ("UB2", Phase.SET, 2, None), ("MV1", Phase.WALK, 0, None),
    ]
    assert player.results == [ExerciseFinished(0, "HF1", 1.0), ExerciseFinished(1, "UB2", 1.0),
                              ExerciseFinished(2, "MV1", 1.0)]
    assert events[-1] == RoutineFinished(True)
    assert player.progress == 1.0
    assert player.tick() == [] and player.skip_exercise() == [] and player.end() == []


def test_one_big_jump_of_the_clock_gives_the_same_events_in_order(clock):
    stepwise, jumped = make(clock), make(FakeClock())
    stepwise.start()
    jumped.start(clock.now)
    events = run(stepwise, clock, 170)
    assert jumped.tick(clock.now) == events
    assert (jumped.index, jumped.phase, jumped.reps_counted) == (stepwise.index, stepwise.phase,
                                                                 stepwise.reps_counted)


def test_progress_grows_with_time_and_is_weighted_by_planned_time(clock):
    player = make(clock, STRETCH, WALK)  # 145 s + 120 s
    player.start()
    assert player.progress == 0.0
    run(player, clock, 145)
    assert player.exercise.id == "MV1"
    assert player.progress == pytest.approx(145 / 265)
    before = player.progress
    run(player, clock, 1)
    assert player.progress > before


# -- repetitions -----------------------------------------------------------------------------------------


def test_a_paced_set_counts_one_repetition_every_rep_s(clock):
    player = make(clock, ROW)
    player.start()
    run(player, clock, 10)
    assert player.phase is Phase.SET and player.reps_counted == 0
    run(player, clock, 2.9)
    assert player.reps_counted == 0
    run(player, clock, 0.1)
    assert player.reps_counted == 1
    run(player, clock, 27)
    assert player.phase is Phase.REST
    assert player.done_fraction == pytest.approx(0.5)


def test_rep_done_counts_at_once_and_then_only_the_presses_count(clock):
    player = make(clock, ROW, WALK)
    player.start()
    player.skip_wait()
    assert player.phase is Phase.SET and not player.self_counting
    clock.now += 1
    player.rep_done()
    assert player.reps_counted == 1 and player.self_counting
    run(player, clock, 120)  # no pacing any more: the set waits for the user
    assert player.phase is Phase.SET and player.reps_counted == 1
    events = []
    for _ in range(9):
        events += player.rep_done()
    assert BlockFinished("UB2", Phase.SET, 1, 2, None) in events
    assert player.phase is Phase.REST
    player.skip_wait()
    assert player.phase is Phase.SET and player.segment.number == 2 and player.self_counting
    for _ in range(4):
        player.rep_done()
    events = player.skip_exercise()
    assert events[0] == ExerciseFinished(0, "UB2", pytest.approx(14 / 20), skipped=True)
    assert not player.self_counting  # the next exercise is paced again


def test_rep_done_does_nothing_outside_a_set_or_while_paused(clock):
    player = make(clock, ROW)
    player.start()
    assert player.rep_done() == [] and player.reps_counted == 0 and not player.self_counting
    player.skip_wait()
    player.pause()
    player.rep_done()
    assert player.reps_counted == 0


def test_skip_wait_ends_only_waits(clock):
    player = make(clock, STRETCH)
    player.start()
    player.skip_wait()
    assert player.phase is Phase.HOLD
    player.skip_wait()
    assert player.phase is Phase.HOLD and player.remaining_s == 30
    run(player, clock, 30)
    assert player.phase is Phase.SWITCH
    player.skip_wait()
    assert player.phase is Phase.HOLD and player.side is Side.RIGHT and player.remaining_s == 30


# -- pause, skip, pain, end -----------------------------------------------------------------------------


def test_pause_stops_time_and_resume_goes_on_from_there(clock):
    player = make(clock, STRETCH)
    player.start()
    run(player, clock, 10 + 12)
    assert player.pause() == []
    assert player.paused and not player.running
    clock.now += 600
    assert player.tick() == []
    assert player.remaining_s == pytest.approx(18)
    player.resume()
    assert player.running
    run(player, clock, 8)
    assert player.remaining_s == pytest.approx(10)


def test_pause_accounts_for_the_time_up_to_the_pause(clock):
    player = make(clock, STRETCH)
    player.start()
    clock.now += 15  # no tick in between
    player.pause()
    assert player.phase is Phase.HOLD and player.remaining_s == pytest.approx(25)


def test_skip_moves_on_and_keeps_what_was_done(clock):
    player = make(clock)
    player.start()
    run(player, clock, 10 + 30 + 5 + 10)  # one hold of four done
    events = player.skip_exercise()
    assert events == [ExerciseFinished(0, "HF1", 0.25, skipped=True), ExerciseStarted(1, "UB2")]
    assert player.running and player.phase is Phase.PREPARE
    events = player.skip_exercise() + player.skip_exercise()
    assert events[-1] == RoutineFinished(True)  # skipping the last one still reaches the end
    assert [r.skipped for r in player.results] == [True, True, True]
    assert [r.done_fraction for r in player.results] == [0.25, 0.0, 0.0]


def test_skip_before_start_starts_at_the_next_exercise(clock):
    player = make(clock)
    events = player.skip_exercise()
    assert events == [ExerciseStarted(0, "HF1"), ExerciseFinished(0, "HF1", 0.0, skipped=True),
                      ExerciseStarted(1, "UB2")]
    assert player.running


def test_this_hurts_stops_the_exercise_and_waits_paused_on_the_next(clock):
    player = make(clock)
    player.start()
    run(player, clock, 10 + 30 + 5 + 30 + 5 + 20)  # hold 1 done on both sides, left 2 begun
    assert player.side is Side.LEFT and player.segment.number == 2
    events = player.pain()
    assert events == [ExerciseFinished(0, "HF1", 0.5, skipped=True, pain_button=True),
                      ExerciseStarted(1, "UB2")]
    assert player.paused and player.exercise.id == "UB2"
    clock.now += 300
    assert player.tick() == [] and player.remaining_s == 10
    player.resume()
    run(player, clock, 10)
    assert player.phase is Phase.SET


def test_this_hurts_on_the_last_exercise_finishes_the_routine(clock):
    player = make(clock, STRETCH, WALK)
    player.start()
    player.skip_exercise()
    events = player.pain()
    assert events == [ExerciseFinished(1, "MV1", 0.0, skipped=True, pain_button=True), RoutineFinished(True)]
    assert player.finished and not player.paused


def test_ending_early_reports_only_what_was_done(clock):
    player = make(clock)
    player.start()
    run(player, clock, 145 + 10 + 6)  # the stretch, and two repetitions of the first set
    events = player.end()
    assert events == [ExerciseFinished(1, "UB2", 0.1, skipped=True), RoutineFinished(False)]
    assert player.completed is False
    assert [r.exercise_id for r in player.results] == ["HF1", "UB2"]


def test_ending_during_get_ready_leaves_that_exercise_out(clock):
    player = make(clock)
    player.start()
    run(player, clock, 145 + 5)
    assert player.end() == [RoutineFinished(False)]
    assert [r.exercise_id for r in player.results] == ["HF1"]


def test_ending_before_start(clock):
    player = make(clock)
    assert player.end() == [RoutineFinished(False)]
    assert player.results == [] and player.finished


def test_the_walk_counts_seconds_done(clock):
    player = make(clock, WALK)
    player.start()
    assert player.phase is Phase.WALK  # no get-ready for a walk
    run(player, clock, 30)
    assert countdown_words(player.remaining_s) == "1:30"
    events = player.skip_exercise()
    assert events[0] == ExerciseFinished(0, "MV1", 0.25, skipped=True)


def test_the_next_exercise_is_known(clock):
    player = make(clock)
    assert player.next_exercise.id == "UB2"
    player.skip_exercise()
    player.skip_exercise()
    assert player.next_exercise is None


@pytest.mark.parametrize(("seconds", "text"), [
    (30, "30"), (29.2, "30"), (0.4, "1"), (0, "0"), (-3, "0"), (59.5, "1:00"), (60, "1:00"),
    (125, "2:05"), (600, "10:00")])
def test_countdown_words(seconds, text):
    assert countdown_words(seconds) == text


def test_a_walk_shorter_than_a_minute_is_one_walk_countdown_of_its_seconds(clock):
    short_walk = RoutinePlan(BreakKind.MICRO, (Prescription("MV1", HoldDose(hold_s=30, reps=1), "test"),))
    player = RoutinePlayer(short_walk, LIBRARY, clock=clock)
    assert [(s.phase, s.seconds) for s in player.exercises[0].segments] == [(Phase.WALK, 30)]
    player.start()
    assert player.phase is Phase.WALK
    events = run(player, clock, 31)
    finished = [e for e in events if isinstance(e, ExerciseFinished)]
    assert finished and finished[0].done_fraction == 1.0
