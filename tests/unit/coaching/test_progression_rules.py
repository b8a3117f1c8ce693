# ruff: noqa: RUF001, RUF003  (doses are written with a real times sign, as the user sees them)
"""The progression rules of COACHING.md section 5, one at a time, on a small fixed ladder:
progress, the one-step-up-a-week cap, hold, regress, pain, region pauses, adherence, re-screen
and the restart after time away. The numbers are the shipped defaults (CoachingRules())."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.domain.coaching.exercises import (
    Dose,
    Exercise,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    Region,
    RepsDose,
    Target,
)
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.progression import (
    AdherenceAdjustment,
    ProgressionOutcome,
    RoutineChange,
    Rule,
    Symptom,
    adherence_adjustment,
    dose_steps,
    last_pain_regression_at,
    progress,
    rescreen_due,
    restart_after_break,
    step_down,
    step_up,
)
from desk_coach.domain.coaching.progression import what_changed as what_changed_said
from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.coaching.records import (
    ExerciseRecord,
    RoutineRecord,
    RoutineSource,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said, recorded_text
from desk_coach.wording.say import name_terms, say

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2025, 3, 3, 10, 0, tzinfo=BERLIN)
RULES = CoachingRules()

EASY, RIGHT, HARD = Effort.TOO_EASY, Effort.JUST_RIGHT, Effort.TOO_HARD


def day(n: int, hour: int = 10) -> datetime:
    return (MONDAY + timedelta(days=n)).replace(hour=hour)


def exercise(
    exercise_id: str,
    name: str,
    target: Target,
    pattern: Pattern,
    dose: Dose,
    *,
    per_side: bool = False,
    easier: str | None = None,
    harder: str | None = None,
) -> Exercise:
    return Exercise(
        id=exercise_id, name=name, steps=("One.", "Two."), target=target, pattern=pattern, dose=dose,
        per_side=per_side, desk=True, equipment=(), cautions=(), regression=easier, progression=harder,
        supine=False, source="test", illustration=f"exercises/illustrations/{exercise_id}.svg",
    )  # fmt: skip


LIBRARY = ExerciseLibrary(
    [
        exercise("GL1", "Seated glute squeeze", Target.GLUTES, Pattern.HINGE, HoldDose(5, 10), harder="GL2"),
        exercise("GL2", "Glute bridge", Target.GLUTES, Pattern.HINGE, RepsDose(10, 2, 5),
                 easier="GL1", harder="GL3"),
        exercise("GL3", "Single-leg bridge", Target.GLUTES, Pattern.HINGE, RepsDose(8, 2, 4), per_side=True,
                 easier="GL2"),
        exercise("HF1", "Standing hip-flexor stretch", Target.HIP_FLEXORS, Pattern.STRETCH, HoldDose(30, 2),
                 per_side=True, harder="HF2"),
        exercise("HF2", "Half-kneeling hip-flexor stretch", Target.HIP_FLEXORS, Pattern.STRETCH,
                 HoldDose(30, 2), per_side=True, easier="HF1"),
        exercise("UB2", "Band row", Target.UPPER_BACK, Pattern.PULL, RepsDose(10, 2, 4)),
    ]
)  # fmt: skip


@pytest.fixture(autouse=True)
def _exercise_names() -> None:
    """Sentences name exercises by id; these are the names of this module's library."""
    name_terms("exercise", lambda code: LIBRARY[code].name if code in LIBRARY else code)


def what_changed(changes: list[LevelChange]) -> list[str]:
    """The what-changed lines as the user reads them (in English)."""
    return [say(line) for line in what_changed_said(changes)]


def paused(outcome: ProgressionOutcome) -> dict[Region, str]:
    return {region: say(reason) for region, reason in outcome.paused_regions.items()}


def referrals(outcome: ProgressionOutcome) -> list[str]:
    return [say(referral) for referral in outcome.referrals]


def words(sentence: Said | None) -> str:
    assert sentence is not None
    return say(sentence)


def level(exercise_id: str, dose: Dose, track: str | None = None) -> Level:
    return Level(track or LIBRARY[exercise_id].target.value, exercise_id, dose)


def result(
    exercise_id: str,
    effort: Effort | None = RIGHT,
    *,
    pain: int = 0,
    done: float = 1.0,
    skipped: bool = False,
    pain_button: bool = False,
    dose: Dose | None = None,
) -> ExerciseRecord:
    e = LIBRARY[exercise_id]
    return ExerciseRecord(
        exercise_id, e.target, e.pattern, dose or e.dose, e.per_side, done, effort, pain, skipped, pain_button
    )


def routine(at: datetime, *results: ExerciseRecord, completed: bool = True) -> RoutineRecord:
    return RoutineRecord(
        at, at + timedelta(minutes=5), BreakKind.LONG, completed, RoutineSource.BREAK, results
    )


def run(levels: list[Level], session: RoutineRecord, history=(), changes=(), **more):
    now = session.ended_at or session.started_at
    return progress(
        {lv.track: lv for lv in levels}, session, list(history), list(changes), RULES, LIBRARY, now, **more
    )


def summary(changes: list[LevelChange]) -> list[tuple[str, str, str | None, str | None]]:
    """Each change as (rule, track, before, after), levels written "GL2 3x10"."""

    def show(lv: Level | None) -> str | None:
        if lv is None:
            return None
        d = lv.dose
        amount = f"{d.sets}x{d.reps}" if isinstance(d, RepsDose) else f"{d.reps}x{d.hold_s}s"
        return f"{lv.exercise_id} {amount}"

    return [(c.rule, c.track, show(c.before), show(c.after)) for c in changes]


# --------------------------------------------------------------------------- the ladder of doses


def test_strength_doses_add_a_set_then_two_reps_at_a_time_up_to_three_by_fifteen() -> None:
    assert dose_steps(LIBRARY["GL2"], LIBRARY, RULES) == [
        RepsDose(10, 2, 5), RepsDose(10, 3, 5), RepsDose(12, 3, 5), RepsDose(14, 3, 5), RepsDose(15, 3, 5),
    ]  # fmt: skip


def test_the_easiest_exercise_of_a_ladder_has_one_dose_below_its_first() -> None:
    assert dose_steps(LIBRARY["GL1"], LIBRARY, RULES) == [HoldDose(5, 8), HoldDose(5, 10)]
    assert dose_steps(LIBRARY["HF1"], LIBRARY, RULES) == [HoldDose(20, 2), HoldDose(30, 2)]
    assert dose_steps(LIBRARY["HF2"], LIBRARY, RULES) == [HoldDose(30, 2)]  # 2 × 30 s is the 60 s cap


def test_a_stretch_goes_from_20_to_30_seconds_then_adds_a_hold_within_60_seconds() -> None:
    one_hold = exercise("X1", "Stretch", Target.HAMSTRINGS, Pattern.STRETCH, HoldDose(20, 1))
    library = ExerciseLibrary([one_hold])
    assert dose_steps(one_hold, library, RULES) == [HoldDose(20, 1), HoldDose(30, 1), HoldDose(30, 2)]


def test_one_step_down_from_the_first_dose_is_the_easier_exercise_at_its_first_dose() -> None:
    assert step_down(level("GL3", RepsDose(8, 2, 4)), LIBRARY, RULES) == level("GL2", RepsDose(10, 2, 5))
    assert step_down(level("GL2", RepsDose(14, 3, 5)), LIBRARY, RULES) == level("GL2", RepsDose(12, 3, 5))
    assert step_down(level("GL1", HoldDose(5, 8)), LIBRARY, RULES) is None


def test_a_dose_off_the_steps_steps_up_by_a_set_and_down_to_the_nearest_step() -> None:
    odd = level("GL2", RepsDose(11, 2, 5))
    assert step_up(odd, LIBRARY, RULES) == level("GL2", RepsDose(11, 3, 5))  # never 3 x 10
    assert step_down(odd, LIBRARY, RULES) == level("GL2", RepsDose(10, 2, 5))


# --------------------------------------------------------------------------- rule 1: progress strength


def test_too_easy_twice_with_every_rep_done_adds_a_set() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    outcome = run(
        [bridge], routine(day(2), result("GL2", EASY)), history=[routine(day(0), result("GL2", EASY))]
    )
    assert outcome.levels["glutes"] == level("GL2", RepsDose(10, 3, 5))
    assert summary(outcome.changes) == [("progress", "glutes", "GL2 2x10", "GL2 3x10")]
    assert what_changed(outcome.changes) == ["Glute bridge felt too easy twice: now 3 sets of 10."]


def test_at_three_sets_the_reps_grow_by_two() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    outcome = run(
        [bridge], routine(day(2), result("GL2", EASY)), history=[routine(day(0), result("GL2", EASY))]
    )
    assert what_changed(outcome.changes) == ["Glute bridge felt too easy twice: now 3 sets of 12."]


def test_past_three_by_fifteen_the_next_exercise_starts_at_two_by_eight() -> None:
    bridge = level("GL2", RepsDose(15, 3, 5))
    outcome = run(
        [bridge], routine(day(2), result("GL2", EASY)), history=[routine(day(0), result("GL2", EASY))]
    )
    assert outcome.levels["glutes"] == level("GL3", RepsDose(8, 2, 4))
    assert what_changed(outcome.changes) == [
        "Glute bridge felt too easy twice: next up, single-leg bridge, 2 sets of 8 each side."
    ]


def test_at_the_top_of_a_ladder_the_level_stays() -> None:
    top = level("GL3", RepsDose(15, 3, 4))
    outcome = run([top], routine(day(2), result("GL3", EASY)), history=[routine(day(0), result("GL3", EASY))])
    assert outcome.levels["glutes"] == top
    assert outcome.changes == []


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(result("GL2", RIGHT), id="just right before"),
        pytest.param(result("GL2", EASY, done=0.9), id="not every rep done"),
        pytest.param(result("GL2", EASY, pain=2), id="mild pain is fine"),
    ],
)
def test_progress_needs_two_too_easy_sessions_in_a_row_with_the_whole_dose(first: ExerciseRecord) -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    session = routine(day(2), result("GL2", EASY))
    outcome = run([bridge], session, history=[routine(day(0), first)])
    if first.pain and first.effort == EASY and first.done_fraction == 1.0:
        assert outcome.levels["glutes"] == level("GL2", RepsDose(10, 3, 5))  # pain 2/10 is below 3
    else:
        assert outcome.changes == []


def test_one_too_easy_session_is_not_enough() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    assert run([bridge], routine(day(0), result("GL2", EASY))).changes == []


def test_a_skipped_exercise_or_one_without_an_answer_neither_counts_nor_breaks_the_run() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    history = [
        routine(day(0), result("GL2", EASY)),
        routine(day(1), result("GL2", None, done=0.0, skipped=True)),
        routine(day(2), result("GL2", None)),
    ]
    outcome = run([bridge], routine(day(3), result("GL2", EASY)), history=history)
    assert summary(outcome.changes) == [("progress", "glutes", "GL2 2x10", "GL2 3x10")]


def test_sessions_before_the_last_change_of_a_track_do_not_count() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    earlier = LevelChange(
        day(1), "glutes", level("GL2", RepsDose(12, 3, 5)), bridge, Rule.REGRESS, recorded_text("")
    )
    outcome = run(
        [bridge], routine(day(9), result("GL2", EASY)), history=[routine(day(0), result("GL2", EASY))],
        changes=[earlier],
    )  # fmt: skip
    assert outcome.changes == []


def test_the_service_may_pass_the_session_in_the_history_too() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    session = routine(day(2), result("GL2", EASY))
    assert run([bridge], session, history=[session]).changes == []  # one session, not two


def test_feedback_straight_from_the_routine_dialog_works_as_well() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    feedback = [ExerciseFeedback("GL2", EASY, pain=0, done_fraction=1.0)]
    outcome = progress(
        {"glutes": bridge}, feedback, [routine(day(0), result("GL2", EASY))], [], RULES, LIBRARY, day(2)
    )
    assert summary(outcome.changes) == [("progress", "glutes", "GL2 2x10", "GL2 3x10")]


# --------------------------------------------------------------------------- rule 3: hold, one step up a week


def test_just_right_keeps_the_level_however_often() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    history = [routine(day(n), result("GL2", RIGHT)) for n in range(0, 20, 2)]
    outcome = run([bridge], routine(day(21), result("GL2", RIGHT)), history=history)
    assert outcome.levels == {"glutes": bridge}
    assert outcome.changes == []


def test_no_exercise_steps_up_twice_within_seven_days() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    stepped = LevelChange(
        day(0), "glutes", level("GL2", RepsDose(10, 2, 5)), bridge, Rule.PROGRESS, recorded_text("")
    )
    history = [routine(day(2), result("GL2", EASY))]
    too_soon = run([bridge], routine(day(6, 18), result("GL2", EASY)), history=history, changes=[stepped])
    assert too_soon.changes == []
    a_week_on = run([bridge], routine(day(7, 8), result("GL2", EASY)), history=history, changes=[stepped])
    assert summary(a_week_on.changes) == [("progress", "glutes", "GL2 3x10", "GL2 3x12")]


# --------------------------------------------------------------------------- rule 2: progress stretch


def daily_stretch(
    first: int, last: int, effort: Effort = RIGHT, exercise_id: str = "HF1"
) -> list[RoutineRecord]:
    return [routine(day(n), result(exercise_id, effort)) for n in range(first, last + 1)]


def test_a_stretch_steady_for_two_weeks_holds_longer() -> None:
    short = level("HF1", HoldDose(20, 2))
    history = daily_stretch(0, 13, EASY)
    outcome = run([short], routine(day(14), result("HF1", RIGHT)), history=history)
    assert outcome.levels["hip_flexors"] == level("HF1", HoldDose(30, 2))
    assert what_changed(outcome.changes) == [
        "Standing hip-flexor stretch felt comfortable for 2 weeks: now 2 × 30 s each side."
    ]


def test_thirteen_steady_days_are_not_yet_two_weeks() -> None:
    short = level("HF1", HoldDose(20, 2))
    assert run([short], routine(day(13), result("HF1")), history=daily_stretch(0, 12)).changes == []


def test_too_hard_restarts_the_two_weeks() -> None:
    short = level("HF1", HoldDose(20, 2))
    history = [*daily_stretch(0, 5), routine(day(6), result("HF1", HARD)), *daily_stretch(7, 15)]
    assert run([short], routine(day(16), result("HF1")), history=history).changes == []
    history += daily_stretch(16, 20)
    outcome = run([short], routine(day(21), result("HF1")), history=history)
    assert summary(outcome.changes) == [("progress", "hip_flexors", "HF1 2x20s", "HF1 2x30s")]


def screen(at: datetime, s1: int) -> ScreenRecord:
    scores = (ScreenScore("S1", Side.LEFT, s1, False), ScreenScore("S1", Side.RIGHT, 2, False))
    return ScreenRecord(at, ScreenSource.WIZARD, frozenset(), True, True, False, scores)


def test_at_the_60_second_cap_the_next_stretch_waits_for_a_better_screen() -> None:
    capped = level("HF1", HoldDose(30, 2))
    history = daily_stretch(0, 13)
    session = routine(day(14), result("HF1"))
    same = [screen(day(-20), 1), screen(day(10), 1)]
    assert run([capped], session, history=history, screens=same).changes == []

    better = [screen(day(-20), 0), screen(day(10), 1)]
    outcome = run([capped], session, history=history, screens=better)
    assert outcome.levels["hip_flexors"] == level("HF2", HoldDose(30, 2))
    assert what_changed(outcome.changes) == [
        "Standing hip-flexor stretch felt comfortable for 2 weeks and your movement check improved: "
        "next up, half-kneeling hip-flexor stretch, 2 × 30 s each side."
    ]


def test_a_better_screen_from_before_the_last_change_is_not_used_twice() -> None:
    capped = level("HF1", HoldDose(30, 2))
    change = LevelChange(
        day(-1), "hip_flexors", level("HF1", HoldDose(20, 2)), capped, Rule.PROGRESS, recorded_text("")
    )
    better = [screen(day(-20), 0), screen(day(-5), 1)]
    outcome = run(
        [capped], routine(day(14), result("HF1")), history=daily_stretch(0, 13), changes=[change],
        screens=better,
    )  # fmt: skip
    assert outcome.changes == []


# --------------------------------------------------------------------------- rule 4: regress


def test_too_hard_twice_steps_one_down() -> None:
    bridge = level("GL2", RepsDose(12, 3, 5))
    once = run([bridge], routine(day(0), result("GL2", HARD)))
    assert once.changes == []
    outcome = run(
        [bridge], routine(day(2), result("GL2", HARD)), history=[routine(day(0), result("GL2", HARD))]
    )
    assert outcome.levels["glutes"] == level("GL2", RepsDose(10, 3, 5))
    assert summary(outcome.changes) == [("regress", "glutes", "GL2 3x12", "GL2 3x10")]
    assert what_changed(outcome.changes) == ["Glute bridge felt too hard twice: back to 3 sets of 10."]


def test_less_than_two_thirds_done_steps_one_down_to_the_easier_exercise() -> None:
    bridge = level("GL2", RepsDose(10, 2, 5))
    outcome = run([bridge], routine(day(0), result("GL2", RIGHT, done=0.5)))
    assert outcome.levels["glutes"] == level("GL1", HoldDose(5, 10))
    assert what_changed(outcome.changes) == [
        "Glute bridge was hard to finish (less than 2/3 done): "
        "back to seated glute squeeze, 10 × 5 s, for now."
    ]


def test_exactly_two_thirds_done_is_enough_and_a_skip_is_no_signal() -> None:
    bridge = level("GL2", RepsDose(12, 3, 5))
    assert run([bridge], routine(day(0), result("GL2", RIGHT, done=24 / 36))).changes == []
    assert run([bridge], routine(day(0), result("GL2", None, done=0.0, skipped=True))).changes == []


def test_a_routine_ended_early_does_not_count_its_unfinished_exercise_as_too_little() -> None:
    bridge = level("GL2", RepsDose(12, 3, 5))
    ended = routine(day(0), result("GL2", None, done=0.3), completed=False)
    assert run([bridge], ended).changes == []


# --------------------------------------------------------------------------- rule 5: pain


def test_pain_of_three_or_more_steps_the_exercise_down() -> None:
    kneeling = level("HF2", HoldDose(30, 2))
    outcome = run([kneeling], routine(day(0), result("HF2", RIGHT, pain=4)))
    assert outcome.levels["hip_flexors"] == level("HF1", HoldDose(30, 2))
    assert summary(outcome.changes) == [("pain", "hip_flexors", "HF2 2x30s", "HF1 2x30s")]
    assert what_changed(outcome.changes) == [
        "Half-kneeling hip-flexor stretch hurt (4/10): left out for the rest of today, then "
        "back to standing hip-flexor stretch, 2 × 30 s each side, for now."
    ]
    assert outcome.paused_regions == {}
    assert outcome.referrals == []


def test_the_this_hurts_button_counts_as_pain_and_mild_pain_does_not() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    pressed = run([bridge], routine(day(0), result("GL2", None, done=0.4, pain_button=True)))
    assert what_changed(pressed.changes) == [
        "Glute bridge hurt: left out for the rest of today, then back to 2 sets of 10."
    ]
    mild = run([bridge], routine(day(0), result("GL2", RIGHT, pain=2)))
    assert mild.changes == []


def test_pain_beats_too_easy() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    outcome = run(
        [bridge], routine(day(2), result("GL2", EASY, pain=3)), history=[routine(day(0), result("GL2", EASY))]
    )
    assert summary(outcome.changes) == [("pain", "glutes", "GL2 3x10", "GL2 2x10")]


def test_pain_of_six_pauses_the_region_with_a_referral() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    stretch = level("HF1", HoldDose(30, 2))
    outcome = run([bridge, stretch], routine(day(0), result("GL2", RIGHT, pain=6)))
    assert summary(outcome.changes) == [("pause", "glutes", "GL2 3x10", None)]
    assert outcome.levels == {"glutes": level("GL2", RepsDose(10, 2, 5)), "hip_flexors": stretch}
    assert what_changed(outcome.changes) == [
        "Glute bridge hurt (6/10): exercises for your hips are paused for now."
    ]
    assert paused(outcome) == {Region.HIPS: "pain 6/10 during glute bridge"}
    assert referrals(outcome) == [
        "Because you noticed pain of 6/10 during the glute bridge, we've paused exercises for your hips. "
        "Please see a doctor or physiotherapist before you start them again. Often it turns out to be "
        "nothing serious, but it is worth having it checked."
    ]
    pause = outcome.pauses[Region.HIPS]
    assert (pause.since, pause.reason, pause.referral) == (
        day(0) + timedelta(minutes=5),
        outcome.paused_regions[Region.HIPS],
        outcome.referrals[0],
    )


def test_a_second_pain_in_the_same_region_pauses_it() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    earlier = routine(day(0), result("HF1", RIGHT, pain=4))
    outcome = run([bridge], routine(day(10), result("GL2", RIGHT, pain=3)), history=[earlier])
    assert summary(outcome.changes) == [("pause", "glutes", "GL2 3x10", None)]
    assert what_changed(outcome.changes) == [
        "Glute bridge hurt (3/10), the second time for your hips: exercises for your hips are paused for now."
    ]
    assert referrals(outcome)[0].startswith(
        "Because you noticed pain in your hips more than once, we've paused exercises for your hips."
    )


def test_pain_in_another_region_or_long_ago_is_no_second_time() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    history = [routine(day(-40), result("GL2", RIGHT, pain=5)), routine(day(0), result("UB2", RIGHT, pain=5))]
    outcome = run([bridge], routine(day(10), result("GL2", RIGHT, pain=3)), history=history)
    assert summary(outcome.changes) == [("pain", "glutes", "GL2 3x10", "GL2 2x10")]
    assert outcome.paused_regions == {}


@pytest.mark.parametrize(
    ("symptom", "words"),
    [(Symptom.SHARP, "sharp or shooting pain"), (Symptom.NUMBNESS, "numbness or tingling")],
)
def test_sharp_pain_or_numbness_pauses_the_region(symptom: Symptom, words: str) -> None:
    row = level("UB2", RepsDose(10, 2, 4))
    outcome = run([row], routine(day(0), result("UB2", RIGHT, pain=3)), symptoms={"UB2": {symptom}})
    assert paused(outcome) == {Region.SHOULDERS: f"{words} during band row"}
    assert what_changed(outcome.changes) == [
        f"Band row brought on {words}: exercises for your shoulders are paused for now."
    ]
    assert referrals(outcome)[0].startswith(f"Because you noticed {words} during the band row,")


def test_nothing_in_a_paused_region_steps_up() -> None:
    stretch = level("HF1", HoldDose(20, 2))
    bridge = level("GL2", RepsDose(10, 2, 5))
    session = routine(day(14), result("HF1", EASY), result("GL2", RIGHT, pain=7))
    history = [routine(day(n), result("HF1", EASY)) for n in range(14)]
    outcome = run([stretch, bridge], session, history=history)
    assert [c.rule for c in outcome.changes] == ["pause"]
    assert outcome.levels["hip_flexors"] == stretch

    already = run([stretch], routine(day(14), result("HF1", EASY)), history=history, paused={Region.HIPS})
    assert already.changes == []


def test_a_region_paused_already_is_not_paused_again() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    outcome = run([bridge], routine(day(0), result("GL2", RIGHT, pain=8)), paused={Region.HIPS})
    assert outcome.paused_regions == {}
    assert summary(outcome.changes) == [("pain", "glutes", "GL2 3x10", "GL2 2x10")]


def test_the_last_pain_regression_is_found_among_the_changes() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    changes = [
        LevelChange(day(1), "glutes", bridge, bridge, Rule.PROGRESS, recorded_text("")),
        LevelChange(day(3), "glutes", bridge, bridge, Rule.PAIN, recorded_text("")),
        LevelChange(day(5), "glutes", bridge, None, Rule.PAUSE, recorded_text("")),
        LevelChange(day(7), "glutes", bridge, bridge, Rule.REGRESS, recorded_text("")),
    ]
    assert last_pain_regression_at(changes) == day(5)
    assert last_pain_regression_at(changes[:2]) == day(3)
    assert last_pain_regression_at([]) is None


# --------------------------------------------------------------------------- rule 6: adherence


def test_fewer_than_half_the_breaks_done_in_a_week_spaces_them_out_and_shortens_routines() -> None:
    adjustment = adherence_adjustment([8] * 7, [3] * 7)
    assert adjustment == AdherenceAdjustment(10, RoutineChange.SHORTER, 0)
    assert words(adjustment.line()) == (
        "Fewer breaks got done this week: breaks now come 10 minutes later and routines are shorter, "
        "at the same level."
    )


def test_the_sit_interval_never_grows_past_an_hour() -> None:
    assert adherence_adjustment([8] * 7, [3] * 7, sit_interval_min=55).interval_change_min == 5
    at_most = adherence_adjustment([8] * 7, [3] * 7, sit_interval_min=60)
    assert at_most == AdherenceAdjustment(0, RoutineChange.SHORTER, 0)


def test_half_done_or_less_than_a_week_of_days_changes_nothing() -> None:
    assert adherence_adjustment([8] * 7, [4] * 7) == AdherenceAdjustment(0, RoutineChange.SAME, 0)
    assert adherence_adjustment([8] * 6, [0] * 6) == AdherenceAdjustment(0, RoutineChange.SAME, 0)
    assert adherence_adjustment([0] * 7, [0] * 7) == AdherenceAdjustment(0, RoutineChange.SAME, 0)


def test_eighty_percent_for_two_weeks_offers_one_extra_exercise() -> None:
    adjustment = adherence_adjustment([10] * 14, [8] * 14)
    assert adjustment == AdherenceAdjustment(0, RoutineChange.SAME, 1)
    assert words(adjustment.line()) == (
        "You have kept up your breaks for a while: one extra exercise on offer if you'd like more."
    )
    one_good_week = adherence_adjustment([10] * 14, [5] * 7 + [9] * 7)
    assert one_good_week == AdherenceAdjustment(0, RoutineChange.SAME, 0)
    assert adherence_adjustment([10] * 13, [10] * 13).offer_extra == 0


def test_the_window_can_be_given_and_the_counts_must_match() -> None:
    assert adherence_adjustment([4] * 3, [1] * 3, 3).routine_change == RoutineChange.SHORTER
    with pytest.raises(ValueError, match="one count per day"):
        adherence_adjustment([1, 2], [1])


# --------------------------------------------------------------------------- rule 7: re-screen and restart


def test_a_new_screen_is_due_every_four_weeks() -> None:
    assert rescreen_due(day(0), None, day(26), day(27), RULES) == (False, None)
    due = rescreen_due(day(0), None, day(27), day(28), RULES)
    assert due.reason == Said(ProgressionSaid.RECHECK_WEEKS, {"n": 4})
    assert words(due.reason) == "It has been 4 weeks since your last movement check: time for a new one?"


def test_a_new_screen_is_due_after_a_step_back_for_pain() -> None:
    due = rescreen_due(day(0), day(3), day(3), day(4), RULES)
    assert due.due is True
    assert (
        words(due.reason) == "After the step back for pain, a fresh movement check helps set the right level."
    )
    assert rescreen_due(day(5), day(3), day(5), day(6), RULES).due is False


def test_a_new_screen_is_due_after_two_weeks_away() -> None:
    due = rescreen_due(day(0), None, day(3), day(17), RULES)
    assert due.due is True
    assert (
        words(due.reason) == "Welcome back after 14 days: a fresh movement check helps set the right level."
    )
    assert rescreen_due(day(0), None, day(3), day(16), RULES).due is False
    assert rescreen_due(day(17, 9), None, day(3), day(17), RULES).due is False  # screened on return


def test_before_any_screen_one_is_due() -> None:
    assert rescreen_due(None, None, None, day(0), RULES).due is True


def test_two_weeks_off_restarts_every_track_one_step_lower() -> None:
    levels = {
        "glutes": level("GL3", RepsDose(8, 2, 4)),
        "hip_flexors": level("HF1", HoldDose(30, 2)),
        "upper_back": level("UB2", RepsDose(10, 2, 4)),
        "glutes_2": level("GL2", RepsDose(14, 3, 5), track="glutes_2"),
    }
    outcome = restart_after_break(levels, 14, RULES, LIBRARY, day(20))
    assert summary(outcome.changes) == [
        ("restart", "glutes", "GL3 2x8", "GL2 2x10"),
        ("restart", "hip_flexors", "HF1 2x30s", "HF1 2x20s"),
        ("restart", "upper_back", "UB2 2x10", "UB2 1x10"),
        ("restart", "glutes_2", "GL2 3x14", "GL2 3x12"),
    ]
    assert what_changed(outcome.changes)[:2] == [
        "After 14 days away, single-leg bridge restarts a step lower: glute bridge, 2 sets of 10.",
        "After 14 days away, standing hip-flexor stretch restarts a step lower: 2 × 20 s each side.",
    ]


def test_thirteen_days_off_change_nothing_and_a_restart_is_not_repeated() -> None:
    levels = {"glutes": level("GL2", RepsDose(12, 3, 5))}
    assert restart_after_break(levels, 13, RULES, LIBRARY, day(20)).changes == []
    first = restart_after_break(levels, 15, RULES, LIBRARY, day(20))
    again = restart_after_break(first.levels, 15, RULES, LIBRARY, day(20, 14), last_changes=first.changes)
    assert again.changes == []
    assert again.levels == first.levels == {"glutes": level("GL2", RepsDose(10, 3, 5))}


def test_the_rules_file_sets_how_far_a_restart_steps_down() -> None:
    rules = replace(RULES, rescreen=replace(RULES.rescreen, restart_steps_down=2))
    outcome = restart_after_break({"glutes": level("GL2", RepsDose(14, 3, 5))}, 20, rules, LIBRARY, day(30))
    assert summary(outcome.changes) == [("restart", "glutes", "GL2 3x14", "GL2 3x10")]


# --------------------------------------------------------------------------- what changed


def test_what_changed_lists_each_line_once_in_order() -> None:
    bridge = level("GL2", RepsDose(10, 3, 5))
    changes = [
        LevelChange(day(0), "a", bridge, bridge, Rule.PROGRESS, recorded_text("First.")),
        LevelChange(day(0), "b", bridge, bridge, Rule.PROGRESS, recorded_text("Second.")),
        LevelChange(day(0), "c", bridge, bridge, Rule.PROGRESS, recorded_text("First.")),
    ]
    assert what_changed(changes) == ["First.", "Second."]
    assert what_changed([]) == []
