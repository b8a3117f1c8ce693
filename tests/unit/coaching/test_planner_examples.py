# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""The planner by example: people and weeks a reader can picture, and the plan each gets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from itertools import pairwise

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.exercises import HoldDose, Pattern, Region, RepsDose, Target, TimedDose
from desk_coach.domain.coaching.plan import Level, RoutinePlan
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.planner import (
    focus_stretch_targets,
    initial_levels,
    plan_daily_routine,
    plan_micro_break,
)
from desk_coach.domain.coaching.profile import DESK_WORKER_DEFAULT, CoachingProfile, Equipment, Lifestyle
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, RoutineSource
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Term, said
from desk_coach.wording.plan_words import explain_plan
from desk_coach.wording.say import say

LOADED = load_library()
LIBRARY, RULES = LOADED.library, LOADED.rules
TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 3, 9)
NOW = datetime(2026, 3, 11, 15, 0, tzinfo=TZ)  # a Wednesday afternoon
SCREENED = NOW - timedelta(days=2)


def screened(scores: dict[str, int], **changes) -> CoachingProfile:
    return CoachingProfile(item_scores=scores, screened_at=SCREENED, **changes)


ALL_FINE = {item: 2 for item in ("S1", "S2", "S3", "S4", "S5", "S6")}
EVERYTHING = frozenset(Equipment)  # a band, a doorway, a cushion ... all at hand
EQUIPPED_DESK_WORKER = replace(DESK_WORKER_DEFAULT, equipment=EVERYTHING)


def daily(profile: CoachingProfile, history=(), levels=None, minutes: int = 6, **kw) -> RoutinePlan:
    return plan_daily_routine(profile, levels or {}, list(history), RULES, LIBRARY, NOW, minutes, **kw)


def micro(profile: CoachingProfile, index: int = 0, history=(), break_s: int = 180) -> RoutinePlan:
    return plan_micro_break(profile, {}, list(history), RULES, LIBRARY, NOW, break_s, index)


def ids(plan: RoutinePlan) -> list[str]:
    return [item.exercise_id for item in plan.items]


def targets(plan: RoutinePlan) -> list[Target]:
    return [LIBRARY[item.exercise_id].target for item in plan.items]


def done(at: datetime, *exercise_ids: str, kind: BreakKind = BreakKind.LONG) -> RoutineRecord:
    records = tuple(
        ExerciseRecord(e, x.target, x.pattern, x.dose, x.per_side, 1.0, None, 0)
        for e in exercise_ids
        for x in [LIBRARY[e]]
    )
    return RoutineRecord(at, at + timedelta(minutes=6), kind, True, RoutineSource.BREAK, records)


# --- before any screen -------------------------------------------------------------------------------


def test_before_any_screen_hip_flexors_and_chest_come_first():
    plan = daily(DESK_WORKER_DEFAULT)
    assert targets(plan)[:2] == [Target.HIP_FLEXORS, Target.CHEST]
    hip, chest, pull = plan.items[:3]
    assert (hip.exercise_id, chest.exercise_id) == ("HF1", "CH2")
    assert chest.paired_with == pull.exercise_id == "UB1"
    assert hip.reason == said(PlanCode.UNSCREENED_STRETCH, target=Term("target", "hip_flexors"))
    assert focus_stretch_targets(DESK_WORKER_DEFAULT, RULES) == (Target.HIP_FLEXORS, Target.CHEST)


def test_before_any_screen_the_first_micro_breaks_go_to_hip_flexors_then_chest():
    assert targets(micro(DESK_WORKER_DEFAULT, 0))[0] == Target.HIP_FLEXORS
    assert ids(micro(DESK_WORKER_DEFAULT, 1)) == ["CH2", "UB1"]


def test_the_desk_worker_default_levels_start_at_the_bottom_of_each_ladder_hips_and_chest_first():
    levels = initial_levels(DESK_WORKER_DEFAULT, RULES, LIBRARY)
    assert list(levels)[:2] == ["hip_flexors", "chest"]
    assert {track: level.exercise_id for track, level in levels.items()} == {
        "hip_flexors": "HF1",
        "chest": "CH2",
        "glutes": "GL1",
        "upper_back": "UB1",
        "thoracic": "TM1",
        "hamstrings": "HS1",
        "neck": "NK1",
        "walk": "MV1",
    }
    assert levels["hip_flexors"].dose == LIBRARY["HF1"].dose


# --- lifestyle (section 5.9) -------------------------------------------------------------------------


def test_a_runner_starts_one_step_up_every_ladder_that_can_be_done():
    runner = screened(
        ALL_FINE | {"S1": 1}, lifestyles=frozenset({Lifestyle.RUNNER}), floor_room=True, equipment=EVERYTHING
    )
    levels = initial_levels(runner, RULES, LIBRARY)
    assert levels["hip_flexors"].exercise_id == "HF2"
    assert levels["chest"].exercise_id == "CH1"
    assert levels["glutes"].exercise_id == "GL2"
    assert levels["upper_back"].exercise_id == "UB2"
    assert levels["hamstrings"].exercise_id == "HS2"
    # ... and the plan uses those steps.
    assert "HF2" in ids(daily(runner, minutes=10))


def test_a_runner_without_floor_room_stays_on_the_desk_version():
    runner = screened(
        {"S1": 1}, lifestyles=frozenset({Lifestyle.RUNNER}), floor_room=False, equipment=EVERYTHING
    )
    levels = initial_levels(runner, RULES, LIBRARY)
    assert levels["hip_flexors"].exercise_id == "HF1"  # HF2 kneels on the floor
    assert levels["chest"].exercise_id == "CH1"  # CH1 is done in a doorway


def test_a_dancer_stretches_less_and_does_more_strength():
    dancer = screened(
        ALL_FINE, lifestyles=frozenset({Lifestyle.DANCER, Lifestyle.RUNNER}), equipment=EVERYTHING
    )
    levels = initial_levels(dancer, RULES, LIBRARY)
    assert levels["hip_flexors"].exercise_id == "HF1"  # stretches never start higher
    assert levels["upper_back"].exercise_id == "UB2"  # strength does (a runner too)
    assert focus_stretch_targets(dancer, RULES) == ()
    # Micro-breaks hold no maintenance stretching for a flexible person.
    for index in range(6):
        plan = micro(dancer, index)
        assert all(LIBRARY[i].pattern != Pattern.STRETCH for i in ids(plan)), ids(plan)
    week = [done(datetime.combine(MONDAY, time(16), tzinfo=TZ), "HF1", "CH2", "UB1", "HS1")]
    # The maintenance stretches done on Monday are not due again on Wednesday.
    plan = daily(dancer, week, week_start=MONDAY)
    assert not any(LIBRARY[i].pattern == Pattern.STRETCH for i in ids(plan))
    assert any(item.reason.code == PlanCode.FLEXIBLE_STRENGTH for item in plan.items)


# --- the screen (section 5.8) ------------------------------------------------------------------------


def test_a_tight_hip_flexor_check_brings_a_daily_hip_flexor_stretch_and_says_why():
    tight = screened(ALL_FINE | {"S1": 1})
    yesterday = done(NOW - timedelta(days=1), "HF1")
    plan = daily(tight, [yesterday])
    hip = next(item for item in plan.items if LIBRARY[item.exercise_id].target == Target.HIP_FLEXORS)
    assert hip.reason == said(
        PlanCode.TIGHT_STRETCH,
        checks=(Term("check", "S1"),),
        tightness=Term("tightness", "hip_flexors"),
        often=said(PlanCode.DAILY),
    )
    assert say(hip.reason) == "Your front-of-hip check showed tight hip flexors, so this stretch comes daily."
    assert plan.items[0] is hip
    assert hip.dose == HoldDose(30, 2)  # 60 s a side


def test_all_good_scores_mean_maintenance_stretching_two_or_three_times_a_week():
    fine = screened(ALL_FINE | {"S4": 1})  # not all at the top: not "very flexible"
    monday = done(datetime.combine(MONDAY, time(16), tzinfo=TZ), "HF1", "CH2", "UB1", "HS1")
    plan = daily(fine, [monday], week_start=MONDAY)
    assert not {"HF1", "CH2", "HS1"} & set(ids(plan))  # stretched Monday: not due Wednesday
    assert "GL1" in ids(plan)  # the bridge was weak: glute work three times a week
    glute = plan.items[ids(plan).index("GL1")]
    assert glute.reason == said(
        PlanCode.ROOM_FOR_STRENGTH,
        checks=(Term("check", "S4"),),
        target=Term("target_modifier", "glutes"),
        often=said(PlanCode.TIMES_A_WEEK, n=3),
    )
    assert say(glute.reason) == (
        "Your single-leg bridge showed room to build strength, so glute work comes three times a week."
    )


def test_a_forward_head_brings_daily_chin_tucks_and_upper_back_work():
    plan = daily(screened(ALL_FINE | {"S3": 0}), minutes=8)
    assert "NK1" in ids(plan)
    assert any(LIBRARY[i].pattern == Pattern.PULL for i in ids(plan))


def test_a_stretch_stepped_down_comes_at_its_level_dose_not_repeated_up_to_sixty_seconds():
    # The progression stepped it down for pain to 2 x 20 s and said so: the plan shows that.
    levels = {"hip_flexors": Level("hip_flexors", "HF1", HoldDose(hold_s=20, reps=2))}
    profile = screened({"S1": 0})
    micro_break = plan_micro_break(profile, levels, [], RULES, LIBRARY, NOW, 180, 0)
    for plan in (daily(profile, levels=levels), micro_break):
        [item] = [item for item in plan.items if item.exercise_id == "HF1"]
        assert item.dose == HoldDose(hold_s=20, reps=2)


# --- safety ------------------------------------------------------------------------------------------


def test_when_exercise_is_not_allowed_every_break_is_a_walk_and_the_note_says_why():
    on_hold = screened({"S1": 0}, exercise_allowed=False)
    for plan in (daily(on_hold, minutes=6), micro(on_hold)):
        assert ids(plan) == ["MV1"]
        assert plan.notes == (said(PlanCode.NOT_ALLOWED),)
    assert daily(on_hold, minutes=6).items[0].dose == TimedDose(6)
    assert micro(on_hold).items[0].dose == TimedDose(3)


def test_a_paused_region_gets_nothing_and_the_note_names_it():
    shoulders = screened({"S1": 0, "S2": 0}, paused_regions=frozenset({Region.SHOULDERS}))
    plan = daily(shoulders, minutes=10)
    assert not {Target.CHEST, Target.UPPER_BACK} & set(targets(plan))
    assert said(PlanCode.PAUSED, regions=(Term("region", "shoulders"),)) in plan.notes
    assert Target.HIP_FLEXORS in targets(plan)


def test_everything_paused_leaves_a_walk():
    paused = screened({}, paused_regions=frozenset(Region))
    assert ids(micro(paused)) == ["MV1"]
    assert ids(daily(paused)) == ["MV1"]


def test_in_pregnancy_no_exercise_is_done_lying_on_the_back():
    levels = {
        "glutes": Level("glutes", "GL3", RepsDose(8, 2, 4)),
        "neck": Level("neck", "NK3", HoldDose(10, 5)),
    }
    pregnant = screened(ALL_FINE | {"S4": 0, "S3": 0}, pregnancy=True, floor_room=True)
    plan = daily(pregnant, levels=levels, minutes=15)
    assert not any(LIBRARY[i].supine for i in ids(plan))
    assert "GL1" in ids(plan) and "NK1" in ids(plan)  # one step down, off the back
    assert said(PlanCode.PREGNANCY) in plan.notes


def test_a_micro_break_too_short_for_any_exercise_is_a_walk_of_its_own_length():
    plan = micro(DESK_WORKER_DEFAULT, break_s=30)
    assert ids(plan) == ["MV1"] and plan.items[0].dose.seconds(False) == 30
    assert said(PlanCode.NO_DESK_EXERCISE_FITS, n=30) in plan.notes
    assert "Walk break: 30 s." in explain_plan(plan, LIBRARY)[1]


# --- push and pull (section 6) -----------------------------------------------------------------------


def test_the_weekly_protraction_item_comes_once_the_week_has_pulls_to_balance_it():
    week = [done(datetime.combine(MONDAY + timedelta(days=d), time(16), tzinfo=TZ), "UB2") for d in range(2)]
    plan = daily(DESK_WORKER_DEFAULT, week, minutes=10, week_start=MONDAY)
    assert "UB6" in ids(plan)
    push = plan.items[ids(plan).index("UB6")]
    assert push.reason == said(PlanCode.PROTRACTION, n=2)


def test_no_protraction_item_twice_in_a_week():
    week = [done(datetime.combine(MONDAY, time(16), tzinfo=TZ), "UB6", "UB2", "UB1", "UB1")]
    plan = daily(DESK_WORKER_DEFAULT, week, minutes=15, week_start=MONDAY)
    assert "UB6" not in ids(plan)


def test_a_week_short_of_pulls_gets_extra_pulls_and_no_push():
    week = [done(datetime.combine(MONDAY, time(16), tzinfo=TZ), "UB6")]
    plan = daily(screened(ALL_FINE), week, minutes=15, week_start=MONDAY)
    pulls = [i for i in ids(plan) if LIBRARY[i].pattern == Pattern.PULL]
    assert pulls and "UB6" not in ids(plan)


# --- rotation ----------------------------------------------------------------------------------------


def test_micro_breaks_go_round_instead_of_repeating_the_same_move():
    history: list[RoutineRecord] = []
    leads = []
    for index in range(8):
        at = datetime.combine(NOW.date(), time(9), tzinfo=TZ) + timedelta(minutes=30 * index)
        plan = plan_micro_break(EQUIPPED_DESK_WORKER, {}, history, RULES, LIBRARY, at, 180, index)
        leads.append(plan.items[0].exercise_id)
        history.append(done(at, *ids(plan), kind=BreakKind.MICRO))
    assert len(set(leads)) >= 5, leads
    assert all(a != b for a, b in pairwise(leads))


# --- in words ----------------------------------------------------------------------------------------


def test_explain_plan_gives_a_heading_each_exercise_with_dose_and_reason_and_the_note():
    plan = daily(screened({"S1": 0}, paused_regions=frozenset({Region.NECK})))
    lines = explain_plan(plan, LIBRARY)
    assert lines[0].startswith("Daily routine (about ")
    assert lines[1] == (
        "  1. Standing split-stance hip-flexor stretch: 2 × 30 s each side. "
        "Your front-of-hip check showed tight hip flexors, so this stretch comes daily."
    )
    assert lines[-1].startswith("  Note: Exercises for your neck are paused")
    assert explain_plan(micro(DESK_WORKER_DEFAULT), LIBRARY, title="Next break")[0].startswith("Next break (")


def test_now_must_carry_its_time_zone():
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_micro_break(DESK_WORKER_DEFAULT, {}, [], RULES, LIBRARY, datetime(2026, 3, 9, 9), 180, 0)
