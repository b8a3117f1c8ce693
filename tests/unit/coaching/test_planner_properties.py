"""The planner's rules hold for every person and every week: generated profiles (scores 0-2,
lifestyles, floor room, pregnancy, paused regions, exercise allowed or not), generated levels
and generated weeks of history. Uses the shipped library and rules, no files of the user."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from itertools import pairwise

from hypothesis import assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.exercises import (
    Exercise,
    HoldDose,
    Pattern,
    Region,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.plan import Level, RoutinePlan
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.planner import plan_daily_routine, plan_micro_break
from desk_coach.domain.coaching.profile import CoachingProfile, Lifestyle
from desk_coach.domain.coaching.progression import dose_steps
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, RoutineSource
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Term, said
from desk_coach.wording.say import say

LOADED = load_library()
LIBRARY, RULES = LOADED.library, LOADED.rules
EXERCISES = list(LIBRARY)
ITEMS = ("S1", "S2", "S3", "S4", "S5", "S6")
TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 3, 9)
NOW = datetime(2026, 3, 12, 14, 0, tzinfo=TZ)  # Thursday of that week
AIM_S = RULES.stretch.seconds_per_target_per_session
WEEKLY_GOAL_S = RULES.stretch.weekly_minutes_per_tight_target * 60
RATIO = RULES.strength.pull_to_push_ratio
PROTRACTION = RULES.strength.protraction_exercise
ONE_SENTENCE = re.compile(r"[A-Z][^.!?\n]*\.")

quick = hypothesis_settings(database=None, max_examples=200, deadline=None)
slow = hypothesis_settings(database=None, max_examples=60, deadline=None)


# --- strategies ------------------------------------------------------------------------------------


@st.composite
def profiles(draw: st.DrawFn) -> CoachingProfile:
    screened = draw(st.booleans())
    return CoachingProfile(
        item_scores=draw(st.dictionaries(st.sampled_from(ITEMS), st.integers(0, 2))) if screened else {},
        lifestyles=draw(st.frozensets(st.sampled_from(list(Lifestyle)), min_size=1)),
        floor_room=draw(st.booleans()),
        exercise_allowed=draw(st.sampled_from([True, True, True, False])),
        paused_regions=draw(st.frozensets(st.sampled_from(list(Region)), max_size=3)),
        pregnancy=draw(st.booleans()),
        screened_at=NOW - timedelta(days=draw(st.integers(0, 40))) if screened else None,
    )


def doses_like(exercise: Exercise, stepped_down: bool = True) -> st.SearchStrategy:
    """Doses the progression could have moved this exercise to; a stretch held for less than the
    session's seconds (a step down) only with ``stepped_down``."""
    dose = exercise.dose
    if isinstance(dose, HoldDose):
        steps = [
            step
            for step in dose_steps(exercise, LIBRARY, RULES)
            if stepped_down or exercise.pattern != Pattern.STRETCH or step.hold_s * step.reps >= AIM_S
        ]
        return st.sampled_from(steps)
    if isinstance(dose, RepsDose):
        return st.builds(RepsDose, reps=st.integers(8, 15), sets=st.integers(1, 3), rep_s=st.just(dose.rep_s))
    return st.builds(TimedDose, minutes=st.integers(1, 5))


@st.composite
def level_sets(draw: st.DrawFn, stepped_down: bool = True) -> dict[str, Level]:
    """Some tracks with a level anywhere on the target's exercises, the others left out."""
    levels = {}
    for target in Target:
        if draw(st.booleans()):
            exercise = draw(st.sampled_from(LIBRARY.for_target(target)))
            levels[target.value] = Level(target.value, exercise.id, draw(doses_like(exercise, stepped_down)))
    return levels


def exercise_record(exercise: Exercise, dose=None, done: float = 1.0) -> ExerciseRecord:
    return ExerciseRecord(
        exercise_id=exercise.id,
        target=exercise.target,
        pattern=exercise.pattern,
        dose=dose or exercise.dose,
        per_side=exercise.per_side,
        done_fraction=done,
        effort=None,
        pain=0,
    )


def routine(at: datetime, kind: BreakKind, records: Iterable[ExerciseRecord]) -> RoutineRecord:
    return RoutineRecord(at, at + timedelta(minutes=5), kind, True, RoutineSource.BREAK, tuple(records))


@st.composite
def histories(draw: st.DrawFn, push: bool = True, end: datetime = NOW) -> list[RoutineRecord]:
    """Up to a dozen routines from the start of the week (and a few days before) until ``end``."""
    start = datetime.combine(MONDAY - timedelta(days=3), time(8), tzinfo=TZ)
    span = int((end - start).total_seconds() // 60) - 10
    pool = EXERCISES if push else [e for e in EXERCISES if e.pattern != Pattern.PUSH]
    sessions = []
    for _ in range(draw(st.integers(0, 12))):
        at = start + timedelta(minutes=draw(st.integers(0, span)))
        chosen = draw(st.lists(st.sampled_from(pool), max_size=4, unique_by=lambda e: e.id))
        records = [exercise_record(e, done=draw(st.sampled_from([0.0, 0.5, 1.0]))) for e in chosen]
        sessions.append(routine(at, draw(st.sampled_from(list(BreakKind))), records))
    return sorted(sessions, key=lambda record: record.started_at)


@st.composite
def balanced_histories(draw: st.DrawFn) -> list[RoutineRecord]:
    """A week whose pulls are already at the ratio to its pushes (the push only with its pulls)."""
    sessions = draw(histories(push=False))
    if draw(st.booleans()):
        at = datetime.combine(MONDAY, time(9), tzinfo=TZ)
        push = exercise_record(LIBRARY[PROTRACTION])
        pulls = [exercise_record(LIBRARY["UB2"]) for _ in range(RATIO)]  # 2 sets each
        sessions.append(RoutineRecord(at, at, BreakKind.LONG, True, RoutineSource.BREAK, (push, pulls[0])))
        later = at + timedelta(hours=2)
        sessions.append(routine(later, BreakKind.MICRO, pulls[1:]))
    return sorted(sessions, key=lambda record: record.started_at)


# --- what every plan must respect --------------------------------------------------------------------


def exercises_of(plan: RoutinePlan) -> list[Exercise]:
    return [LIBRARY[item.exercise_id] for item in plan.items]


def seconds_of(plan: RoutinePlan) -> int:
    return sum(item.dose.seconds(LIBRARY[item.exercise_id].per_side) for item in plan.items)


def sets(records: Iterable[ExerciseRecord], pattern: Pattern) -> float:
    total = 0.0
    for record in records:
        if record.pattern != pattern:
            continue
        count = record.dose.sets if isinstance(record.dose, RepsDose) else 1
        total += count * record.done_fraction
    return total


def plan_records(plan: RoutinePlan) -> list[ExerciseRecord]:
    return [exercise_record(LIBRARY[item.exercise_id], item.dose) for item in plan.items]


def week_records(history: Sequence[RoutineRecord], start: date = MONDAY) -> list[ExerciseRecord]:
    return [e for r in history if r.started_at.date() >= start for e in r.exercises if e.done_fraction > 0]


def assert_safe(plan: RoutinePlan, profile: CoachingProfile) -> None:
    """The rules every plan keeps, whatever kind."""
    exercises = exercises_of(plan)
    assert plan.items, "a plan always holds something to do (at least the walk)"
    if not profile.exercise_allowed:
        assert [e.target for e in exercises] == [Target.WALK]
        # On hold after a health answer, or before any self-check: coaching not set up yet.
        assert plan.notes == (said(PlanCode.NOT_ALLOWED if profile.screened else PlanCode.NOT_SET_UP),)
    for exercise in exercises:
        assert exercise.region not in profile.paused_regions, exercise.id
        if profile.pregnancy:
            assert not exercise.supine, exercise.id
        if not profile.floor_room:
            assert exercise.desk, exercise.id
    ids = [item.exercise_id for item in plan.items]
    assert len(ids) == len(set(ids)), "the same exercise twice in one break"
    by_id = {item.exercise_id: item for item in plan.items}
    for item, exercise in zip(plan.items, exercises, strict=True):
        assert item.reason.code in set(PlanCode), item.reason
        assert ONE_SENTENCE.fullmatch(say(item.reason)), say(item.reason)
        if exercise.target == Target.CHEST and exercise.pattern == Pattern.STRETCH:
            assert item.paired_with in by_id, f"{item.exercise_id} has no pull partner"
            assert LIBRARY[item.paired_with].pattern == Pattern.PULL
    if profile.paused_regions and profile.exercise_allowed:
        for region in profile.paused_regions:
            assert any(Term("region", region.value) in note.values.get("regions", ()) for note in plan.notes)


def tight_targets(profile: CoachingProfile) -> set[Target]:
    """The targets the screen found tight (S1/S2/S5 at most 1), or the desk-worker default."""
    if not profile.screened:
        return {Target.HIP_FLEXORS, Target.CHEST}
    tight = set()
    for line in RULES.screen_plan:
        if any(profile.item_scores.get(item, 3) <= line.at_most for item in line.items):
            tight.update(line.stretch_targets)
    return tight


# --- micro-breaks ------------------------------------------------------------------------------------


@quick
@given(
    profile=profiles(),
    levels=level_sets(),
    history=histories(),
    break_s=st.integers(30, 300),
    index=st.integers(0, 30),
)
def test_a_micro_break_is_one_or_two_desk_exercises_that_fit(profile, levels, history, break_s, index):
    plan = plan_micro_break(profile, levels, history, RULES, LIBRARY, NOW, break_s, index)
    assert plan.kind == BreakKind.MICRO
    assert_safe(plan, profile)
    exercises = exercises_of(plan)
    assert 1 <= len(exercises) <= 2
    assert all(exercise.desk for exercise in exercises)
    assert all(exercise.pattern != Pattern.PUSH for exercise in exercises)
    if [e.target for e in exercises] == [Target.WALK]:
        # The walk is as long as the break allows (whole minutes from one minute on), never longer.
        walk_s = plan.items[0].dose.seconds(False)
        assert walk_s == (min(180, break_s) if break_s < 60 else 60 * min(3, break_s // 60))
    else:
        assert Target.WALK not in {e.target for e in exercises}
    assert seconds_of(plan) <= break_s


@quick
@given(profile=profiles(), levels=level_sets(), break_s=st.integers(60, 300), breaks=st.integers(3, 10))
def test_no_exercise_fills_a_whole_day_of_micro_breaks(profile, levels, break_s, breaks):
    morning = datetime.combine(NOW.date(), time(9), tzinfo=TZ)
    previews = {
        plan_micro_break(profile, levels, [], RULES, LIBRARY, morning, break_s, index).items[0].exercise_id
        for index in range(12)
    }
    history: list[RoutineRecord] = []
    plans = []
    for index in range(breaks):
        at = morning + timedelta(minutes=30 * index)
        plan = plan_micro_break(profile, levels, history, RULES, LIBRARY, at, break_s, index)
        plans.append(plan)
        history.append(routine(at, BreakKind.MICRO, plan_records(plan)))
    if len(previews) < 2:
        return  # only one thing can be done (e.g. the walk): nothing to rotate
    leads = [plan.items[0].exercise_id for plan in plans]
    assert all(a != b for a, b in pairwise(leads)), leads
    in_every_break = set.intersection(*({item.exercise_id for item in plan.items} for plan in plans))
    assert not in_every_break


# --- the daily routine -------------------------------------------------------------------------------


@quick
@given(profile=profiles(), levels=level_sets(), history=histories(), routine_min=st.integers(3, 15))
def test_the_daily_routine_keeps_every_rule(profile, levels, history, routine_min):
    plan = plan_daily_routine(profile, levels, history, RULES, LIBRARY, NOW, routine_min)
    assert plan.kind == BreakKind.LONG
    assert_safe(plan, profile)
    assert seconds_of(plan) <= routine_min * 60
    stretched: dict[Target, list] = {}
    for item, exercise in zip(plan.items, exercises_of(plan), strict=True):
        if exercise.pattern == Pattern.STRETCH:
            stretched.setdefault(exercise.target, []).append(item)
    for target, items in stretched.items():
        assert len(items) == 1, f"{target} stretched twice in one routine"
        item = items[0]
        # The level's dose as the progression set it (a stand-in at the library's dose).
        level = next((lv for lv in levels.values() if lv.exercise_id == item.exercise_id), None)
        assert item.dose == (LIBRARY[item.exercise_id].dose if level is None else level.dose)


@quick
@given(profile=profiles(), levels=level_sets(), history=balanced_histories(), routine_min=st.integers(3, 15))
def test_a_balanced_week_stays_balanced_with_todays_routine(profile, levels, history, routine_min):
    before = week_records(history)
    assert sets(before, Pattern.PULL) >= RATIO * sets(before, Pattern.PUSH)
    plan = plan_daily_routine(profile, levels, history, RULES, LIBRARY, NOW, routine_min, week_start=MONDAY)
    after = before + plan_records(plan)
    assert sets(after, Pattern.PULL) >= RATIO * sets(after, Pattern.PUSH)


@quick
@given(profile=profiles(), levels=level_sets(), history=histories(), routine_min=st.integers(3, 15))
def test_a_push_is_planned_only_when_the_week_stays_balanced(profile, levels, history, routine_min):
    plan = plan_daily_routine(profile, levels, history, RULES, LIBRARY, NOW, routine_min, week_start=MONDAY)
    after = week_records(history) + plan_records(plan)
    if any(exercise.pattern == Pattern.PUSH for exercise in exercises_of(plan)):
        assert sets(after, Pattern.PULL) >= RATIO * sets(after, Pattern.PUSH)


# --- a whole week ------------------------------------------------------------------------------------


def simulate_week(
    profile: CoachingProfile,
    levels: dict[str, Level],
    routine_min: int,
    micro_breaks: int,
    break_s: int,
    earlier: Sequence[RoutineRecord] = (),
) -> tuple[list[RoutineRecord], list[RoutinePlan]]:
    """Monday to Sunday: each day's micro-breaks and daily routine, each done in full."""
    history = list(earlier)
    routines = []
    for day in range(7):
        today = MONDAY + timedelta(days=day)
        for index in range(micro_breaks):
            at = datetime.combine(today, time(9), tzinfo=TZ) + timedelta(minutes=40 * index)
            plan = plan_micro_break(
                profile, levels, history, RULES, LIBRARY, at, break_s, index, week_start=MONDAY
            )
            history.append(routine(at, BreakKind.MICRO, plan_records(plan)))
        at = datetime.combine(today, time(16), tzinfo=TZ)
        plan = plan_daily_routine(
            profile, levels, history, RULES, LIBRARY, at, routine_min, week_start=MONDAY
        )
        assert_safe(plan, profile)
        routines.append(plan)
        history.append(routine(at, BreakKind.LONG, plan_records(plan)))
    return history, routines


def stretch_seconds_per_side(records: Iterable[ExerciseRecord], target: Target) -> float:
    return sum(
        r.dose.seconds(False) * r.done_fraction
        for r in records
        if r.target == target and r.pattern == Pattern.STRETCH
    )


@slow
@given(
    profile=profiles(),
    levels=level_sets(stepped_down=False),
    routine_min=st.integers(10, 15),
    micro_breaks=st.integers(0, 3),
    break_s=st.integers(30, 300),
    earlier=histories(end=datetime.combine(MONDAY, time(0), tzinfo=TZ)),
)
def test_a_week_of_plans_gives_every_tight_target_five_minutes(
    profile, levels, routine_min, micro_breaks, break_s, earlier
):
    history, _ = simulate_week(profile, levels, routine_min, micro_breaks, break_s, earlier)
    this_week = week_records(history)
    if not profile.exercise_allowed:
        assert all(r.target == Target.WALK for r in this_week)
        return
    for target in tight_targets(profile):
        region = LIBRARY.for_target(target)[0].region
        if region in profile.paused_regions:
            assert stretch_seconds_per_side(this_week, target) == 0
            continue
        assert stretch_seconds_per_side(this_week, target) >= WEEKLY_GOAL_S, target
    assert sets(this_week, Pattern.PULL) >= RATIO * sets(this_week, Pattern.PUSH)


@slow
@given(
    profile=profiles(),
    routine_min=st.integers(10, 15),
    micro_breaks=st.integers(0, 3),
    break_s=st.integers(60, 300),
)
def test_a_week_of_plans_holds_the_protraction_item_once_and_stays_balanced(
    profile, routine_min, micro_breaks, break_s
):
    assume(profile.exercise_allowed and Region.SHOULDERS not in profile.paused_regions)
    history, routines = simulate_week(profile, {}, routine_min, micro_breaks, break_s)
    this_week = week_records(history)
    assert any(item.exercise_id == PROTRACTION for plan in routines for item in plan.items)
    assert sets(this_week, Pattern.PULL) >= RATIO * sets(this_week, Pattern.PUSH)
    # The running week stays balanced day by day, not only on Sunday.
    for day in range(7):
        upto = [r for r in history if r.started_at.date() <= MONDAY + timedelta(days=day)]
        records = week_records(upto)
        assert sets(records, Pattern.PULL) >= RATIO * sets(records, Pattern.PUSH), day
