# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""Eight weeks of coaching on the shipped library and rules, with a fake clock stepping day by day
in Berlin time (across the switch to summer time on 30 March).

A small stand-in for the service keeps the levels, the routines, the level changes, the paused
regions and the screens, and calls the progression the way the app does: before planning a
routine, the restart after time away and the re-screen check; after it, ``progress``. Then a
property test feeds random feedback streams through the same loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from desk_coach.adapters.exercise_files import LoadedLibrary, load_library
from desk_coach.domain.coaching.exercises import HoldDose, Region, RepsDose
from desk_coach.domain.coaching.feedback import Effort
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.progression import (
    Rule,
    dose_steps,
    last_pain_regression_at,
    progress,
    rescreen_due,
    restart_after_break,
    step_down,
    what_changed,
)
from desk_coach.domain.coaching.records import (
    ExerciseRecord,
    RegionPause,
    RoutineRecord,
    RoutineSource,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.history import BreakKind
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2025, 3, 3, 10, 0, tzinfo=BERLIN)  # a Monday; summer time starts on day 27
LOOK_BACK = timedelta(days=28)  # what the service hands the progression from storage

LOADED = load_library()

# (effort, pain, share done, "this hurts" pressed) for one exercise of one routine
Feel = tuple[Effort | None, int, float, bool]


def moment(day: int, minutes: int = 0) -> datetime:
    return START + timedelta(days=day, minutes=minutes)


def screen_at(at: datetime) -> ScreenRecord:
    scores = tuple(
        ScreenScore(item, side, 1, False)
        for item in ("S1", "S2", "S4", "S5")
        for side in (Side.LEFT, Side.RIGHT)
    )
    return ScreenRecord(at, ScreenSource.WIZARD, frozenset(), True, True, False, scores)


@dataclass
class Coach:
    """What the service keeps between routines, and the calls it makes around each one."""

    loaded: LoadedLibrary
    levels: dict[str, Level]
    history: list[RoutineRecord] = field(default_factory=list)
    changes: list[LevelChange] = field(default_factory=list)
    paused: dict[Region, RegionPause] = field(default_factory=dict)
    screens: list[ScreenRecord] = field(default_factory=list)
    referrals: list[tuple[int, str]] = field(default_factory=list)
    rescreen_offers: list[tuple[int, str]] = field(default_factory=list)
    change_days: list[int] = field(default_factory=list)

    def routine(self, day: int, feel: Mapping[str, Feel | None]) -> None:
        library, rules = self.loaded.library, self.loaded.rules
        now = moment(day)
        last_session = self.history[-1].started_at if self.history else None

        # Before planning: back after time away? due for a new screen?
        if last_session is not None:
            days_away = (now.date() - last_session.date()).days
            since_then = [c for c in self.changes if c.at > last_session]
            self._apply(
                day, restart_after_break(self.levels, days_away, rules, library, now, last_changes=since_then)
            )
        last_screen = self.screens[-1].taken_at if self.screens else None
        due = rescreen_due(last_screen, last_pain_regression_at(self.changes), last_session, now, rules)
        if due.due:
            self.rescreen_offers.append((day, say(due.reason) if due.reason else ""))
            self.screens.append(screen_at(now - timedelta(minutes=5)))  # taken, with the same scores

        # The routine: one result per planned track.
        records = []
        for track, how in feel.items():
            if how is None:
                continue
            level = self.levels[track]
            exercise = library[level.exercise_id]
            effort, pain, done, button = how
            records.append(
                ExerciseRecord(
                    exercise.id, exercise.target, exercise.pattern, level.dose, exercise.per_side,
                    done, effort, pain, skipped=button, pain_button=button,
                )
            )  # fmt: skip
        session = RoutineRecord(
            now, now + timedelta(minutes=10), BreakKind.LONG, True, RoutineSource.BREAK, tuple(records)
        )

        # After it: the progression, on what storage would hand back.
        end = session.ended_at
        assert end is not None
        outcome = progress(
            self.levels,
            session,
            [r for r in self.history if r.started_at >= end - LOOK_BACK],
            [c for c in self.changes if c.at >= end - LOOK_BACK],
            rules,
            library,
            end,
            paused=set(self.paused),
            screens=self.screens,
        )
        self.history.append(session)
        self._apply(day, outcome)
        for region, pause in outcome.pauses.items():
            self.paused.setdefault(region, pause)
        self.referrals += [(day, say(referral)) for referral in outcome.referrals]

    def _apply(self, day: int, outcome) -> None:
        self.levels = outcome.levels
        self.changes += outcome.changes
        self.change_days += [day] * len(outcome.changes)

    def planned(self, track: str) -> bool:
        """The planner leaves out tracks of a paused region."""
        return self.loaded.library[self.levels[track].exercise_id].region not in self.paused


def show(level: Level | None) -> str | None:
    if level is None:
        return None
    dose = level.dose
    amount = f"{dose.sets}x{dose.reps}" if isinstance(dose, RepsDose) else f"{dose.reps}x{dose.hold_s}s"
    return f"{level.exercise_id} {amount}"


# --------------------------------------------------------------------------- the eight weeks

HOLIDAY = range(33, 46)  # Saturday of week 5 to Thursday of week 7: 14 days between routines
GLUTE_DAYS, UPPER_BACK_DAYS = {0, 2, 4}, {1, 3}  # Mon/Wed/Fri and Tue/Thu


def start_levels() -> dict[str, Level]:
    return {
        "glutes": Level("glutes", "GL2", RepsDose(reps=10, sets=2, rep_s=5)),
        "hip_flexors": Level("hip_flexors", "HF1", HoldDose(hold_s=20, reps=2)),
        "upper_back": Level("upper_back", "UB2", RepsDose(reps=12, sets=2, rep_s=4)),
    }


def how_it_felt(day: int, level: Level) -> Feel:
    """The user: the glute bridge feels too easy until the holiday; the band row hurts (4/10) on
    day 50 and the shoulder-blade squeeze on day 52; everything else feels just right."""
    if level.exercise_id == "GL2" and day < HOLIDAY.start:
        return (Effort.TOO_EASY, 0, 1.0, False)
    if (day, level.exercise_id) in {(50, "UB2"), (52, "UB1")}:
        return (None, 4, 0.5, True)
    return (Effort.JUST_RIGHT, 0, 1.0, False)


@pytest.fixture(scope="module")
def eight_weeks() -> Coach:
    coach = Coach(LOADED, start_levels(), screens=[screen_at(moment(0, -120))])
    for day in range(56):
        if day % 7 >= 5 or day in HOLIDAY:
            continue
        feel: dict[str, Feel | None] = {}
        for track in coach.levels:
            on_today = (
                track == "hip_flexors"
                or (track == "glutes" and day % 7 in GLUTE_DAYS)
                or (track == "upper_back" and day % 7 in UPPER_BACK_DAYS)
            )
            feel[track] = how_it_felt(day, coach.levels[track]) if on_today and coach.planned(track) else None
        coach.routine(day, feel)
    return coach


def test_every_level_change_of_the_eight_weeks_in_order(eight_weeks: Coach) -> None:
    changes = [
        (day, c.rule, c.track, show(c.before), show(c.after))
        for day, c in zip(eight_weeks.change_days, eight_weeks.changes, strict=True)
    ]
    assert changes == [
        # Too easy twice, at most once a week: a set, then reps, then the next exercise.
        (2, "progress", "glutes", "GL2 2x10", "GL2 3x10"),
        (9, "progress", "glutes", "GL2 3x10", "GL2 3x12"),
        # Two steady weeks lengthen the stretch's hold; at 2 x 30 s it has reached the 60 s cap.
        (14, "progress", "hip_flexors", "HF1 2x20s", "HF1 2x30s"),
        (16, "progress", "glutes", "GL2 3x12", "GL2 3x14"),
        (23, "progress", "glutes", "GL2 3x14", "GL2 3x15"),
        (30, "progress", "glutes", "GL2 3x15", "GL3 2x8"),
        # Back after 14 days away: every track one step lower.
        (46, "restart", "glutes", "GL3 2x8", "GL2 2x10"),
        (46, "restart", "hip_flexors", "HF1 2x30s", "HF1 2x20s"),
        (46, "restart", "upper_back", "UB2 2x12", "UB2 2x10"),
        # Pain 4/10 steps the row down; pain again in the shoulders pauses them.
        (50, "pain", "upper_back", "UB2 2x10", "UB1 10x5s"),
        (52, "pause", "upper_back", "UB1 10x5s", None),
    ]


def test_what_the_user_is_told_changed(eight_weeks: Coach) -> None:
    assert [say(line) for line in what_changed(eight_weeks.changes)] == [
        "Glute bridge felt too easy twice: now 3 sets of 10.",
        "Glute bridge felt too easy twice: now 3 sets of 12.",
        "Standing split-stance hip-flexor stretch felt comfortable for 2 weeks: now 2 × 30 s each side.",
        "Glute bridge felt too easy twice: now 3 sets of 14.",
        "Glute bridge felt too easy twice: now 3 sets of 15.",
        "Glute bridge felt too easy twice: next up, single-leg bridge, 2 sets of 8 each side.",
        "After 14 days away, single-leg bridge restarts a step lower: glute bridge, 2 sets of 10.",
        "After 14 days away, standing split-stance hip-flexor stretch restarts a step lower: "
        "2 × 20 s each side.",
        "After 14 days away, band row or pull-apart restarts a step lower: 2 sets of 10.",
        "Band row or pull-apart hurt (4/10): left out for the rest of today, then back to shoulder-blade "
        "squeeze, 10 × 5 s, for now.",
        "Shoulder-blade squeeze hurt (4/10), the second time for your shoulders: "
        "exercises for your shoulders are paused for now.",
    ]


def test_the_shoulders_are_paused_with_a_referral_and_the_row_waits_one_step_lower(
    eight_weeks: Coach,
) -> None:
    assert eight_weeks.referrals == [
        (
            52,
            "Because you noticed pain in your shoulders more than once, we've paused exercises for your "
            "shoulders. Please see a doctor or physiotherapist before you start them again. Often it turns "
            "out to be nothing serious, but it is worth having it checked.",
        )
    ]
    assert set(eight_weeks.paused) == {Region.SHOULDERS}
    assert eight_weeks.paused[Region.SHOULDERS].since == moment(52, 10)
    assert {track: show(level) for track, level in eight_weeks.levels.items()} == {
        "glutes": "GL2 2x10",
        "hip_flexors": "HF1 2x20s",
        "upper_back": "UB1 8x5s",
    }


def test_a_new_screen_is_offered_at_four_weeks_on_return_and_after_each_pain_step(eight_weeks: Coach) -> None:
    assert eight_weeks.rescreen_offers == [
        (28, "It has been 4 weeks since your last movement check: time for a new one?"),
        (46, "Welcome back after 14 days: a fresh movement check helps set the right level."),
        (51, "After the step back for pain, a fresh movement check helps set the right level."),
        (53, "After the step back for pain, a fresh movement check helps set the right level."),
    ]


def test_the_stretch_at_its_cap_waits_for_a_better_screen(eight_weeks: Coach) -> None:
    # From day 14 to the holiday the stretch stayed steady at 2 x 30 s; the screens kept the same
    # scores, so it never moved on to the half-kneeling stretch.
    hip = [c for c in eight_weeks.changes if c.track == "hip_flexors"]
    assert all(c.after is None or c.after.exercise_id == "HF1" for c in hip)


# --------------------------------------------------------------------------- any feedback at all

TRACK_START = {
    "glutes": Level("glutes", "GL1", HoldDose(hold_s=5, reps=10)),
    "hip_flexors": Level("hip_flexors", "HF1", HoldDose(hold_s=20, reps=2)),
    "upper_back": Level("upper_back", "UB2", RepsDose(reps=12, sets=2, rep_s=4)),
    "chest": Level("chest", "CH2", HoldDose(hold_s=30, reps=2)),
    "neck": Level("neck", "NK1", HoldDose(hold_s=5, reps=10)),
}

# Mostly plain sessions, so the ladders get climbed; now and then pain, a skip or a long gap.
feels = st.tuples(
    st.sampled_from([None, Effort.JUST_RIGHT, Effort.TOO_HARD, *[Effort.TOO_EASY] * 4]),
    st.sampled_from([*[0] * 20, 1, 2, 3, 4, 6, 8]),
    st.sampled_from([0.0, 0.5, 2 / 3, *[1.0] * 6]),
    st.sampled_from([*[False] * 30, True]),
)
days = st.lists(
    st.tuples(
        st.sampled_from([*[1] * 8, 2, 3, 14, 16]),  # days since the routine before
        st.fixed_dictionaries({track: st.one_of(st.none(), feels, feels, feels) for track in TRACK_START}),
    ),
    min_size=10,
    max_size=70,
)


def run_stream(stream: list[tuple[int, dict[str, Feel | None]]], every_track: bool) -> Coach:
    coach = Coach(LOADED, dict(TRACK_START))
    day = 0
    for gap, feel in stream:
        day += gap
        planned = {t: f for t, f in feel.items() if every_track or coach.planned(t)}
        coach.routine(day, planned)
    return coach


@hypothesis_settings(database=None, max_examples=150, deadline=None)
@given(stream=days, every_track=st.booleans())
def test_levels_stay_on_the_ladder_step_up_at_most_weekly_and_never_while_paused(
    stream: list[tuple[int, dict[str, Feel | None]]], every_track: bool
) -> None:
    # every_track: even a planner that kept offering a paused region's exercises changes nothing.
    coach = run_stream(stream, every_track)
    assert_levels_on_their_ladders(coach)
    assert_step_ups_a_week_apart(coach)
    assert_no_step_up_while_paused(coach)
    assert_each_track_one_chain(coach)


def assert_levels_on_their_ladders(coach: Coach) -> None:
    library, rules = LOADED.library, LOADED.rules
    for track, level in coach.levels.items():
        start = TRACK_START[track]
        exercise = library[level.exercise_id]
        assert exercise.target == library[start.exercise_id].target
        assert level == start or level.dose in dose_steps(exercise, library, rules)


def assert_step_ups_a_week_apart(coach: Coach) -> None:
    step_ups: dict[str, list[datetime]] = {}
    for change in coach.changes:
        if change.rule == Rule.PROGRESS:
            step_ups.setdefault(change.track, []).append(change.at)
    for times in step_ups.values():
        for earlier, later in pairwise(times):
            assert (later.date() - earlier.date()).days >= 7


def assert_no_step_up_while_paused(coach: Coach) -> None:
    library = LOADED.library
    for region, pause in coach.paused.items():
        for change in coach.changes:
            before = change.before
            assert before is not None
            if library[before.exercise_id].region == region and change.at >= pause.since:
                assert change.rule != Rule.PROGRESS, change


def assert_each_track_one_chain(coach: Coach) -> None:
    """Each change starts where the track stood: the history of a track reads as one chain."""
    library, rules = LOADED.library, LOADED.rules
    stood = dict(TRACK_START)
    for change in coach.changes:
        assert change.before == stood[change.track]
        if change.after is not None:
            stood[change.track] = change.after
        else:  # a pause: the level waits one step lower (or where it was, at the foot)
            stood[change.track] = step_down(change.before, library, rules) or change.before
    assert stood == coach.levels


def test_the_property_harness_finds_something_to_check() -> None:
    """The loop above is not vacuous: a steady too-easy stream does step up, and a 6/10 pauses."""
    easy: Feel = (Effort.TOO_EASY, 0, 1.0, False)
    coach = run_stream([(1, {t: easy for t in TRACK_START})] * 12, every_track=False)
    assert any(c.rule == Rule.PROGRESS for c in coach.changes)
    hurt: Feel = (Effort.JUST_RIGHT, 6, 0.5, True)
    coach = run_stream([(1, {"glutes": hurt})], every_track=False)
    assert set(coach.paused) == {Region.HIPS}
