"""A week of history for the Progress window's week at a glance, stored in a real SQLite file.

Monday 23 to Sunday 29 November 2026 in Berlin, seen on Friday 27 at 15:00 with a bout of 30
minutes in progress. What the user should read, counted by hand from the rows below:

- sitting (goal 300 min a day, work days Monday to Friday): 280, 340, 250, 290 and 120 + 30 (the
  bout in progress) minutes: 4 of 5 days within the goal, Tuesday 40 min over, 262 min a day;
- breaks: 12 came due, 8 taken (67 %): see ``BREAKS`` (a snooze, a close, a break ended too
  early to count and a wait for quiet time each lead to a later answer of the same break);
- exercise: hip flexors twice 2 x 30 s a side (4 min of exercise; against the goal, counted on one
  side, 2 of 5 min each side), chest 1 min and half of it (1.5 of 5), pull 2 + 2 sets, push 2 sets
  (4 : 2, on track);
- the hip-flexor track stepped up from the standing to the half-kneeling stretch on Wednesday.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desk_coach.adapters.exercise_files import LoadedLibrary
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.exercises import ExerciseLibrary, HoldDose, Target
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.profile import Lifestyle
from desk_coach.domain.coaching.progression_said import ProgressionSaid, amount, exercise_term
from desk_coach.domain.coaching.records import RoutineSource, ScreenRecord, ScreenScore, ScreenSource, Side
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.said import said
from desk_coach.domain.settings import Settings, defaults
from desk_coach.domain.week_glance import (
    PARTIAL_NOT_COUNTED,
    BreaksDue,
    WeekGlance,
    ladder_steps,
    sitting_glance,
    target_glances,
)
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.week_glance import WeekGlanceReader
from desk_coach.services.week_report import WeekReport

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 23)
TODAY = date(2026, 11, 27)  # Friday
NOW = datetime.combine(TODAY, time(15, 0), tzinfo=BERLIN)
GOAL_MINUTES = 300
BOUT_IN_PROGRESS_S = 30 * 60

# (day, start, minutes) of each stored bout
BOUTS = [
    (0, time(9), 140),
    (0, time(13), 140),
    (1, time(9), 180),
    (1, time(13), 160),
    (2, time(9), 125),
    (2, time(13), 125),
    (3, time(9), 145),
    (3, time(13), 145),
    (4, time(9), 120),
]

D, S, T, N = BreakEventKind.DUE, BreakEventKind.SHOWN, BreakEventKind.TAKEN, BreakEventKind.NATURAL
SN, DI, SK = BreakEventKind.SNOOZED, BreakEventKind.DISMISSED, BreakEventKind.SKIPPED
P, Q = BreakEventKind.PARTIAL, BreakEventKind.QUIET_DELAYED
SHORT = f"20 s on your feet, {PARTIAL_NOT_COUNTED}"

# (day, "hh:mm", kind, note) of each break event; a comment ends each break with its answer
BREAKS = [
    (0, "10:00", D, ""),
    (0, "10:00", S, ""),
    (0, "10:01", T, ""),  # taken
    (0, "11:00", D, ""),
    (0, "11:00", S, ""),
    (0, "11:01", SN, ""),
    (0, "11:11", D, ""),
    (0, "11:11", S, ""),
    (0, "11:12", T, ""),  # snoozed, then taken: one
    (0, "12:30", N, ""),  # a natural break before any reminder: due and taken
    (0, "14:00", D, ""),
    (0, "14:00", S, ""),
    (0, "14:01", SK, ""),  # skipped
    (1, "10:00", D, ""),
    (1, "10:00", S, ""),
    (1, "10:01", DI, ""),
    (1, "10:10", D, ""),
    (1, "10:10", S, ""),
    (1, "10:11", P, SHORT),
    (1, "10:21", D, ""),
    (1, "10:21", S, ""),
    (1, "10:22", T, ""),  # closed, too short, taken: one
    (1, "14:00", D, ""),
    (1, "14:00", S, ""),
    (1, "14:02", P, "90 s on your feet"),  # ended early
    (2, "10:00", D, ""),
    (2, "10:00", S, ""),
    (2, "10:01", T, ""),  # taken
    (2, "14:00", D, ""),
    (2, "14:00", S, ""),
    (2, "14:01", T, ""),  # taken
    (3, "10:00", D, ""),
    (3, "10:00", Q, "fullscreen"),
    (3, "10:30", S, ""),
    (3, "10:31", T, ""),  # taken
    (3, "14:00", D, ""),
    (3, "14:00", S, ""),
    (3, "14:01", SN, ""),  # snoozed, never answered: put off
    (4, "10:00", D, ""),
    (4, "10:00", S, ""),
    (4, "10:01", T, ""),  # taken
    (4, "14:55", D, ""),
    (4, "14:55", S, ""),  # the reminder showing now: waiting
]

# (day, "hh:mm", [(exercise id, share done)]) of each routine
ROUTINES = [
    (0, "13:00", [("HF1", 1.0), ("CH2", 1.0), ("UB2", 1.0)]),
    (2, "13:00", [("HF1", 1.0), ("UB2", 1.0)]),
    (3, "13:00", [("UB6", 1.0), ("CH2", 0.5)]),
]

STEPPED_UP_AT = datetime.combine(MONDAY + timedelta(days=2), time(16), tzinfo=BERLIN)


def on(day: date, clock: str) -> datetime:
    """``clock`` ("14:05") on ``day`` in Berlin."""
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=BERLIN)


def at(day: int, clock: str) -> datetime:
    """``clock`` on the ``day``-th day of the week (0: Monday 23 November)."""
    return on(MONDAY + timedelta(days=day), clock)


def glance_settings(first_day_of_week: str = "monday") -> Settings:
    """The defaults with a daily sitting goal of 300 min (work days Monday to Friday), weeks
    from ``first_day_of_week``."""
    settings = defaults(shipped_schema())
    return replace(
        settings,
        goals=replace(settings.goals, daily_sitting_max_min=GOAL_MINUTES),
        calendar=replace(settings.calendar, first_day_of_week=first_day_of_week),
    )


class GlanceHistory:
    """The week stored in a fresh SQLite file, seen at ``NOW``, and what reads it as the app does."""

    def __init__(self, path: Path, loaded: LoadedLibrary) -> None:
        self.clock = ManualClock(NOW)
        self.database = open_database(path, self.clock)
        self.loaded = loaded
        store_glance_week(self.unit_of_work, loaded.library)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.database.engine)

    def readers(self, settings: Settings | Callable[[], Settings]) -> tuple[WeekReport, WeekGlanceReader]:
        """The week report and the glance reader of the app, with ``settings`` (or as it says now)."""
        read = settings if callable(settings) else lambda: settings
        report = WeekReport(
            SqlWeekFigures(self.database.engine), self.clock, read, unit_of_work=self.unit_of_work
        )
        loaded = self.loaded
        reader = WeekGlanceReader(
            report, self.unit_of_work, self.clock.now, read, loaded.rules, loaded.library
        )
        return report, reader

    def close(self) -> None:
        self.database.dispose()


def stepped_up() -> LevelChange:
    """Wednesday's change: the hip-flexor track from the standing to the half-kneeling stretch."""
    before = Level("hip_flexors", "HF1", HoldDose(30, 2))
    after = Level("hip_flexors", "HF2", HoldDose(30, 2))
    reason = said(
        ProgressionSaid.STEP,
        exercise=exercise_term("HF1"),
        why=said(ProgressionSaid.FELT_COMFORTABLE_CHECK_IMPROVED, n=2),
        where=said(ProgressionSaid.NEXT_UP, exercise=exercise_term("HF2"), dose=amount(after.dose, True)),
    )
    return LevelChange(STEPPED_UP_AT, "hip_flexors", before, after, "progress", reason)


def sample_glance(week: WeekStats, library: ExerciseLibrary, goal_minutes: int = GOAL_MINUTES) -> WeekGlance:
    """A glance of any week without a database (the window gallery's): this module's breaks, goals,
    levels and change, with ``week``'s own sitting and exercise (a week without stretching counted
    on one side takes it from its exercise minutes: hip flexors stretched on each side, halved)."""
    today = week.days[-1].day
    if not week.stretch_minutes_per_side:
        minutes = week.exercise_minutes
        share = {Target.HIP_FLEXORS: 0.5, Target.CHEST: 1.0}
        stretched = {t: minutes[t] * k for t, k in share.items() if t in minutes}
        week = replace(week, stretch_minutes_per_side=stretched)
    levels = {
        "hip_flexors": Level("hip_flexors", "HF2", HoldDose(30, 2)),
        "chest": Level("chest", "CH2", HoldDose(30, 2)),
    }
    return WeekGlance(
        week=week,
        current=True,
        sitting=sitting_glance(week, goal_minutes, frozenset(range(5)), today),
        breaks=BreaksDue(taken=8, ended_early=1, skipped=1, put_off=1, waiting=1),
        targets=target_glances(week, (Target.HIP_FLEXORS, Target.CHEST), 5, frozenset({Target.HIP_FLEXORS})),
        pull_sets=week.pull_sets,
        push_sets=week.push_sets,
        pull_to_push_ratio=2,
        levels=ladder_steps(library, levels),
        changes=(stepped_up(),),
    )


def store_glance_week(unit_of_work: Callable[[], SqlUnitOfWork], library: ExerciseLibrary) -> None:
    """Store the week, and the self-check of the week before: a desk worker whose front-of-hip
    check and wall angel scored 1 (hip flexors and chest tight: 5 min of stretching a week each)."""
    with unit_of_work() as uow:
        scores = tuple(
            ScreenScore(item, side, 1, False) for item in ("S1", "S2") for side in (Side.LEFT, Side.RIGHT)
        )
        uow.coaching.add_screen(
            ScreenRecord(
                datetime(2026, 11, 16, 9, 0, tzinfo=BERLIN),
                ScreenSource.WIZARD,
                lifestyles=frozenset({Lifestyle.DESK_WORKER}),
                floor_room=False,
                exercise_allowed=True,
                pregnancy=False,
                scores=scores,
            )
        )
        for day, start, minutes in BOUTS:
            began = datetime.combine(MONDAY + timedelta(days=day), start, tzinfo=BERLIN)
            uow.history.add_bout(SittingBout(began, began + timedelta(minutes=minutes), BoutEnd.BREAK))
        for day, clock, kind, note in BREAKS:
            uow.history.add_break_event(BreakEvent(at(day, clock), kind, BreakKind.MICRO, note=note))
        for day, clock, done in ROUTINES:
            started = at(day, clock)
            session = uow.coaching.add_session(started, BreakKind.LONG, RoutineSource.BREAK)
            results = [
                (
                    Prescription(exercise_id, library[exercise_id].dose, said(PlanCode.DONE)),
                    ExerciseFeedback(exercise_id, Effort.JUST_RIGHT, 0, share),
                )
                for exercise_id, share in done
            ]
            uow.coaching.finish_session(
                session, started + timedelta(minutes=8), True, results, library=library
            )
        change = stepped_up()
        uow.coaching.add_level_change(change)
        assert change.after is not None
        uow.coaching.set_level(change.after, STEPPED_UP_AT)
