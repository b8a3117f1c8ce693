"""A year (or any number of weeks) of a user's history, written through the real storage, for the
progress report's look, its tests and its benchmark.

Seeded, so every run writes the same rows: workdays of sitting bouts and break events, a routine
most workdays (a few with pain, the pain button, a sharp pain, pain the morning after), a
self-check every eight weeks with both sides scored and slowly improving, each track stepping up
every few weeks, a step down because of pain, and the neck paused for a repeated pain.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.storage.database import Database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.profile import Lifestyle
from desk_coach.domain.coaching.progression_said import ProgressionSaid, exercise_term, region_term
from desk_coach.domain.coaching.records import RoutineSource, ScreenRecord, ScreenScore, ScreenSource, Side
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.said import Amount, said

ZONE = ZoneInfo("Europe/Berlin")
ITEMS = (("S1", True), ("S2", True), ("S3", False), ("S4", True), ("S5", False), ("S6", False))
TRACKS = (Target.HIP_FLEXORS, Target.CHEST, Target.GLUTES, Target.UPPER_BACK, Target.HAMSTRINGS)


def fill_history(database: Database, now: datetime, weeks: int = 52, seed: int = 2026) -> dict[str, int]:
    """Write ``weeks`` of history up to ``now`` (aware); returns how many rows of each kind."""
    rng = random.Random(seed)
    library = load_library().library
    first = now.date() - timedelta(weeks=weeks)
    counts = {"bouts": 0, "break_events": 0, "routines": 0, "screens": 0, "changes": 0}
    with SqlUnitOfWork(database.engine) as uow:
        day = first
        while day < now.date():
            if day.weekday() < 5 and rng.random() > 0.1:
                counts["bouts"] += _workday(uow, rng, day, weeks_in=(day - first).days / 7 / max(1, weeks))
                counts["break_events"] += _break_events(uow, rng, day)
                if rng.random() < 0.7:
                    _routine(uow, rng, day, library)
                    counts["routines"] += 1
            day += timedelta(days=1)
        for index, taken in enumerate(range(0, weeks, 8)):
            at = _at(first + timedelta(weeks=taken, days=1), 9, 0)
            uow.coaching.add_screen(_screen(at, index))
            counts["screens"] += 1
        counts["changes"] += _levels(uow, rng, first, now, weeks, library)
    return counts


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, clock_time(hour, minute), tzinfo=ZONE)


def _workday(uow: SqlUnitOfWork, rng: random.Random, day: date, weeks_in: float) -> int:
    """Bouts from 08:30, a little shorter as the year goes on (the breaks help)."""
    moment = _at(day, 8, rng.randrange(40))
    longest = 70 - int(25 * weeks_in)
    bouts = 0
    for _ in range(rng.randint(6, 9)):
        end = moment + timedelta(minutes=rng.randint(15, longest))
        uow.history.add_bout(SittingBout(moment, end, rng.choice(list(BoutEnd))))
        bouts += 1
        moment = end + timedelta(minutes=rng.randint(3, 12))
    return bouts


def _break_events(uow: SqlUnitOfWork, rng: random.Random, day: date) -> int:
    kinds = (
        BreakEventKind.TAKEN,
        BreakEventKind.NATURAL,
        BreakEventKind.SNOOZED,
        BreakEventKind.SKIPPED,
        BreakEventKind.DISMISSED,
        BreakEventKind.PARTIAL,
    )
    events = 0
    for hour in range(9, 17):
        kind = rng.choices(kinds, weights=(45, 20, 10, 10, 10, 5))[0]
        fraction = 0.5 if kind == BreakEventKind.PARTIAL else None
        uow.history.add_break_event(
            BreakEvent(_at(day, hour, 30), kind, BreakKind.MICRO, done_fraction=fraction)
        )
        events += 1
    return events


def _routine(uow: SqlUnitOfWork, rng: random.Random, day: date, library) -> None:
    at = _at(day, rng.randint(10, 15), rng.randrange(60))
    session = uow.coaching.add_session(at, BreakKind.LONG, RoutineSource.BREAK)
    results = []
    for target in rng.sample(TRACKS, k=3):
        exercise = library.for_target(target)[0]
        pain = 3 if rng.random() < 0.03 else 0
        results.append(
            (
                Prescription(exercise.id, exercise.dose, said(ProgressionSaid.FEWER_BREAKS)),
                ExerciseFeedback(
                    exercise.id, Effort.JUST_RIGHT, pain, 1.0, pain_button=pain > 0 and rng.random() < 0.5
                ),
            )
        )
    uow.coaching.finish_session(session, at + timedelta(minutes=6), True, results, library=library)
    if rng.random() < 0.02:
        uow.coaching.record_next_day_pain(at, 2)


def _screen(at: datetime, index: int) -> ScreenRecord:
    """Scores climb one side at a time: the left side of S1 first, later the right."""
    scores = []
    for item, sided in ITEMS:
        sides = (Side.LEFT, Side.RIGHT) if sided else (None,)
        for number, side in enumerate(sides):
            score = min(2, (index + number + len(item)) // 3)
            scores.append(ScreenScore(item, side, score, pain=item == "S6" and index == 2))
    return desk_worker_screen(at, *scores)


def desk_worker_screen(at: datetime, *scores: ScreenScore) -> ScreenRecord:
    """A self-check of a desk worker with room on the floor, exercise allowed, not pregnant."""
    return ScreenRecord(
        at, ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), True, True, False, tuple(scores)
    )


def _levels(uow: SqlUnitOfWork, rng: random.Random, first: date, now: datetime, weeks: int, library) -> int:
    changes = 0
    for number, target in enumerate(TRACKS):
        ladder = library.for_target(target)
        exercise = ladder[0]
        level = Level(target.value, exercise.id, exercise.dose)
        week = 2 + number
        while week < weeks:
            at = _at(first + timedelta(weeks=week, days=2), 11, 0)
            if target == Target.CHEST and week > weeks // 2 and not changes % 7:
                rule, code = "pain", ProgressionSaid.PAIN_STEP_DOWN
                reason = said(
                    code,
                    pain=said(ProgressionSaid.HURT_RATED, exercise=exercise_term(exercise.id), pain=4),
                    where=said(ProgressionSaid.BACK_TO_DOSE, dose=Amount(exercise.dose, exercise.per_side)),
                )
            else:
                rule = "progress"
                reason = said(
                    ProgressionSaid.STEP,
                    exercise=exercise_term(exercise.id),
                    why=said(ProgressionSaid.FELT_TOO_EASY, times=said(ProgressionSaid.TIMES, n=2)),
                    where=said(ProgressionSaid.NOW_DOSE, dose=Amount(exercise.dose, exercise.per_side)),
                )
            position = min(len(ladder) - 1, ladder.index(exercise) + (1 if rule == "progress" else -1))
            position = max(0, position)
            exercise = ladder[position]
            after = Level(target.value, exercise.id, exercise.dose)
            uow.coaching.add_level_change(LevelChange(at, target.value, level, after, rule, reason))
            level = after
            changes += 1
            week += rng.randint(5, 9)
        uow.coaching.set_level(level, now - timedelta(days=1))
    paused_at = now - timedelta(days=10)
    uow.coaching.pause_region(
        Region.NECK,
        paused_at,
        said(
            ProgressionSaid.PAIN_IN_REGION_REPEATED,
            region=region_term(Region.NECK),
            times=said(ProgressionSaid.TIMES, n=3),
            n=7,
        ),
        said(
            ProgressionSaid.REFERRAL,
            noticed=said(ProgressionSaid.NOTICED_REPEATED_PAIN, region=region_term(Region.NECK)),
            region=region_term(Region.NECK),
        ),
    )
    return changes
