"""The planner keeps to what a person has, their age band, their break lengths and rule 6."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.adherence import AdherenceState
from desk_coach.domain.coaching.exercises import HoldDose, Pattern, RepsDose, Target
from desk_coach.domain.coaching.plan import Level
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.planner import (
    initial_levels,
    plan_daily_routine,
    plan_micro_break,
    plan_seconds,
)
from desk_coach.domain.coaching.profile import (
    DESK_WORKER_DEFAULT,
    AgeBand,
    CoachingProfile,
    Equipment,
    Lifestyle,
)
from desk_coach.domain.coaching.progression import step_up
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, RoutineSource
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said, said
from desk_coach.wording.plan_words import explain_plan

LOADED = load_library()
LIBRARY, RULES = LOADED.library, LOADED.rules
TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 3, 9)
NOW = datetime(2026, 3, 11, 13, 0, tzinfo=TZ)  # a Wednesday
SCREENED = NOW - timedelta(days=2)
ALL_FINE = {item: 2 for item in ("S1", "S2", "S3", "S4", "S5")}


def screened(scores: dict[str, int], **changes) -> CoachingProfile:
    return CoachingProfile(item_scores=scores, screened_at=SCREENED, **changes)


def daily(profile, history=(), levels=None, minutes=6, now=NOW, **kw):
    return plan_daily_routine(
        profile, levels or {}, list(history), RULES, LIBRARY, now, minutes, week_start=MONDAY, **kw
    )


def micro(profile, index=0, break_s=180, levels=None):
    return plan_micro_break(profile, levels or {}, [], RULES, LIBRARY, NOW, break_s, index, week_start=MONDAY)


def ids(plan) -> list[str]:
    return [item.exercise_id for item in plan.items]


def done(at: datetime, *exercise_ids: str, kind: BreakKind = BreakKind.LONG) -> RoutineRecord:
    records = tuple(
        ExerciseRecord(e, x.target, x.pattern, x.dose, x.per_side, 1.0, None, 0)
        for e in exercise_ids
        for x in [LIBRARY[e]]
    )
    return RoutineRecord(at, at + timedelta(minutes=6), kind, True, RoutineSource.BREAK, records)


# --- equipment at hand (point 9) -----------------------------------------------------------------

DESK_AND_CHAIR = frozenset({Equipment.DESK, Equipment.CHAIR})
TIGHT_EVERYWHERE = {"S1": 0, "S2": 0, "S3": 0, "S4": 0, "S5": 0}


def test_without_a_doorway_or_a_band_the_ladder_gives_the_equipment_free_version():
    levels = {
        "chest": Level("chest", "CH1", LIBRARY["CH1"].dose),
        "upper_back": Level("upper_back", "UB2", LIBRARY["UB2"].dose),
    }
    person = screened(TIGHT_EVERYWHERE, equipment=DESK_AND_CHAIR)
    plans = [daily(person, levels=levels, minutes=15), *(micro(person, n, levels=levels) for n in range(6))]
    planned = {exercise_id for plan in plans for exercise_id in ids(plan)}
    assert "CH2" in planned and "UB1" in planned
    for exercise_id in planned:
        assert set(LIBRARY[exercise_id].equipment) <= {"desk", "chair"}, exercise_id


def test_with_a_band_and_a_doorway_at_hand_the_level_stands():
    levels = {
        "chest": Level("chest", "CH1", LIBRARY["CH1"].dose),
        "upper_back": Level("upper_back", "UB2", LIBRARY["UB2"].dose),
    }
    person = screened(TIGHT_EVERYWHERE, equipment=DESK_AND_CHAIR | {Equipment.DOORWAY, Equipment.BAND})
    assert {"CH1", "UB2"} <= set(ids(daily(person, levels=levels, minutes=15)))


def test_never_asked_means_the_default_set_of_the_rules_which_holds_no_band():
    assert Equipment.BAND not in RULES.equipment.default_at_hand
    levels = {"upper_back": Level("upper_back", "UB2", LIBRARY["UB2"].dose)}
    person = screened(TIGHT_EVERYWHERE, equipment=None)
    assert "UB2" not in ids(daily(person, levels=levels, minutes=15))


def test_with_nothing_at_hand_every_tight_target_still_gets_a_stretch():
    person = screened({"S1": 0, "S2": 0, "S5": 0}, equipment=frozenset())
    plan = daily(person, minutes=8)
    assert {"HF3", "CH2", "HS3"} <= set(ids(plan)), explain_plan(plan, LIBRARY)
    assert all(not LIBRARY[exercise_id].equipment for exercise_id in ids(plan))


# --- age band (point 24) --------------------------------------------------------------------------


def test_from_65_each_stretch_is_held_two_times_45_seconds():
    older = screened({"S1": 0, "S5": 0} | {"S2": 2, "S3": 2, "S4": 2}, age_band=AgeBand.FROM_65)
    stretches = [
        item.dose
        for item in daily(older, minutes=8).items
        if LIBRARY[item.exercise_id].pattern == Pattern.STRETCH
    ]
    assert stretches and all(dose == HoldDose(hold_s=45, reps=2) for dose in stretches)
    younger = screened({"S1": 0, "S5": 0} | {"S2": 2, "S3": 2, "S4": 2}, age_band=AgeBand.UNDER_65)
    assert all(
        item.dose == HoldDose(hold_s=30, reps=2)
        for item in daily(younger, minutes=8).items
        if LIBRARY[item.exercise_id].pattern == Pattern.STRETCH
    )


# --- break lengths (point 17) ---------------------------------------------------------------------


@pytest.mark.parametrize("break_s", [30, 45, 60, 90, 120, 180, 300])
def test_a_micro_break_never_outlasts_its_length(break_s):
    for index in range(4):
        plan = micro(DESK_WORKER_DEFAULT, index, break_s=break_s)
        assert 0 < plan_seconds(plan, LIBRARY) <= break_s, explain_plan(plan, LIBRARY)


def test_a_30_second_break_is_a_30_second_walk_not_a_minute():
    plan = micro(DESK_WORKER_DEFAULT, break_s=30)
    assert ids(plan) == ["MV1"]
    assert plan_seconds(plan, LIBRARY) == 30
    assert "Walk break: 30 s." in explain_plan(plan, LIBRARY)[1]


# --- the week holds (point 16) --------------------------------------------------------------------


def test_an_active_person_with_weak_glutes_starts_on_a_bridge_with_floor_room():
    runner = screened(ALL_FINE | {"S4": 0}, lifestyles=frozenset({Lifestyle.RUNNER}), floor_room=True)
    assert initial_levels(runner, RULES, LIBRARY)["glutes"].exercise_id == "GL2"
    assert "GL2" in ids(daily(runner, now=datetime.combine(MONDAY, time(13), tzinfo=TZ)))


def test_an_active_person_with_weak_glutes_and_no_floor_room_starts_on_sit_to_stand():
    runner = screened(ALL_FINE | {"S4": 0}, lifestyles=frozenset({Lifestyle.RUNNER}), floor_room=False)
    assert initial_levels(runner, RULES, LIBRARY)["glutes"].exercise_id == "GL6"
    assert "GL6" in ids(daily(runner, now=datetime.combine(MONDAY, time(13), tzinfo=TZ)))


def test_a_harder_start_begins_at_the_next_step_dose():
    runner = screened(
        ALL_FINE, lifestyles=frozenset({Lifestyle.RUNNER}), equipment=DESK_AND_CHAIR | {Equipment.BAND}
    )
    level = initial_levels(runner, RULES, LIBRARY)["upper_back"]
    assert level.exercise_id == "UB2"
    assert level.dose.sets == RULES.progression.next_step_sets
    assert level.dose.reps in RULES.progression.next_step_reps


def test_too_easy_adds_a_set_and_never_trades_reps_for_sets():
    level = Level("upper_back", "UB2", RepsDose(reps=12, sets=2, rep_s=4))
    assert step_up(level, LIBRARY, RULES).dose == RepsDose(reps=12, sets=3, rep_s=4)


def test_a_full_routine_still_gets_the_push_move_on_the_last_work_day():
    # Three tight targets fill a 6-minute routine with stretches (and the chest stretch's pull).
    tight = screened({"S1": 0, "S2": 0, "S5": 0, "S3": 2, "S4": 2})
    friday = datetime.combine(MONDAY + timedelta(days=4), time(13), tzinfo=TZ)
    pulls = [
        done(
            datetime.combine(MONDAY + timedelta(days=d), time(10 + n), tzinfo=TZ), "UB1", kind=BreakKind.MICRO
        )
        for d in range(4)
        for n in range(2)
    ]
    plan = daily(tight, history=pulls, now=friday, work_days=range(5))
    assert RULES.strength.protraction_exercise in ids(plan), explain_plan(plan, LIBRARY)
    assert plan_seconds(plan, LIBRARY) <= 6 * 60


def test_strength_owed_on_every_work_day_left_comes_on_consecutive_days():
    weak = screened(ALL_FINE | {"S4": 0})
    wednesday = datetime.combine(MONDAY + timedelta(days=2), time(13), tzinfo=TZ)
    thursday = wednesday + timedelta(days=1)
    history = [done(wednesday, "GL1")]
    # Monday and Tuesday had no glute work: three days owed, Wednesday to Friday left.
    assert "GL1" in ids(daily(weak, history=history, now=thursday, work_days=range(5)))


# --- adherence (point 8) --------------------------------------------------------------------------


def test_a_shorter_routine_keeps_the_level_stays_above_the_floor_and_says_why():
    person = screened(TIGHT_EVERYWHERE)
    full = daily(person, minutes=6)
    shorter = daily(person, minutes=6, adherence=AdherenceState(shorter=True))
    assert plan_seconds(shorter, LIBRARY) <= 3 * 60 < plan_seconds(full, LIBRARY)
    doses = {item.exercise_id: item.dose for item in full.items}
    assert all(doses.get(item.exercise_id, item.dose) == item.dose for item in shorter.items)
    assert said(PlanCode.SHORTER, minutes=3, full=6) in shorter.notes
    assert "shorter (3 min instead of 6)" in " ".join(explain_plan(shorter, LIBRARY))
    assert AdherenceState(shorter=True).routine_minutes(3, RULES) == RULES.adherence.floor_minutes_per_day
    assert AdherenceState(shorter=False).routine_minutes(6, RULES) == 6


def test_the_shorter_routine_still_does_the_most_needed_stretch():
    person = screened(TIGHT_EVERYWHERE)
    shorter = daily(person, minutes=6, adherence=AdherenceState(shorter=True))
    assert any(LIBRARY[i].target in (Target.HIP_FLEXORS, Target.CHEST) for i in ids(shorter))


def test_after_breaks_were_kept_up_one_extra_move_is_offered_at_the_end():
    person = screened(TIGHT_EVERYWHERE)
    full = daily(person, minutes=6)
    offered = daily(person, minutes=6, adherence=AdherenceState(extra_exercises=1))
    assert ids(offered)[: len(full.items)] == ids(full)
    extra = offered.items[len(full.items) :]
    assert extra and extra[0].reason == said(PlanCode.EXTRA)
    assert said(PlanCode.EXTRA_NOTE) in offered.notes


def test_micro_breaks_catch_up_a_tight_stretch_when_few_work_days_are_left():
    thursday = datetime.combine(MONDAY + timedelta(days=3), time(10), tzinfo=TZ)
    history = [done(datetime.combine(MONDAY, time(13), tzinfo=TZ), "HF1", "CH2", "UB1")]

    def first_reason(**kw) -> Said:
        plan = plan_micro_break(
            DESK_WORKER_DEFAULT, {}, history, RULES, LIBRARY, thursday, 180, 0, week_start=MONDAY, **kw
        )
        return plan.items[0].reason

    # Thursday and Friday are the work days left: 1 of 5 minutes cannot wait for the routines.
    reason = first_reason(work_days=range(5))
    assert (reason.code, reason.values["goal"]) == (PlanCode.CATCH_UP_STRETCH, 5)
