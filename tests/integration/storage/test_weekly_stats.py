"""`week_stats`: every figure of a week, computed in SQL, against a plain-Python count.

The history is random (seeded) over several weeks, stored through the repositories: bouts
and events near midnight, the end of summer time in Berlin (2026-10-25) and moves to New
York and Tokyo in the middle of a week, so the stored offsets change within one week.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.storage.database import Database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import week_stats
from desk_coach.domain.coaching.exercises import ExerciseLibrary, HoldDose, Pattern, RepsDose
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.weekly import BREAK_KINDS, WeekStats, parse_iso_week, week_days
from desk_coach.wording.week_stats_words import summary_lines

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
FIRST_DAY = date(2026, 10, 5)
LAST_DAY = date(2026, 11, 22)
MOVES = {date(2026, 11, 4): NEW_YORK, date(2026, 11, 12): TOKYO}  # Wednesday, Thursday


def zone_on(day: date) -> ZoneInfo:
    zone = BERLIN
    for moved, new_zone in sorted(MOVES.items()):
        if day >= moved:
            zone = new_zone
    return zone


class History:
    """The generated history, kept as the domain values that were stored."""

    def __init__(self) -> None:
        self.bouts: list[SittingBout] = []
        self.events: list[BreakEvent] = []
        # (started_at, completed, [(target, pattern, dose, per_side, done_fraction)])
        self.routines: list[tuple[datetime, bool, list[tuple]]] = []


def generate(rng: random.Random, library: ExerciseLibrary) -> History:
    history = History()
    exercises = list(library)
    day = FIRST_DAY
    while day <= LAST_DAY:
        zone = zone_on(day)
        # Bouts from about 07:00, the last ones may run past midnight.
        at = datetime.combine(day, time(7), zone) + timedelta(minutes=rng.randint(0, 90))
        while at.hour >= 7 and at.date() == day:
            length = timedelta(minutes=rng.randint(3, 110), seconds=rng.randint(0, 59))
            end = (at.astimezone(UTC) + length).astimezone(zone)
            history.bouts.append(SittingBout(at, end, rng.choice(list(BoutEnd))))
            at = (end.astimezone(UTC) + timedelta(minutes=rng.randint(1, 240))).astimezone(zone)
        for _ in range(rng.randint(0, 12)):
            local = datetime.combine(day, time(), zone) + timedelta(minutes=rng.randint(0, 24 * 60 - 1))
            local = local.astimezone(UTC).astimezone(zone)
            kind = rng.choice(list(BreakEventKind))
            history.events.append(BreakEvent(local, kind, rng.choice(list(BreakKind))))
        for _ in range(rng.randint(0, 3)):
            started = datetime.combine(day, time(rng.choice([0, 9, 13, 17, 23])), zone) + timedelta(
                minutes=rng.randint(0, 59)
            )
            finished = rng.random() > 0.1
            completed = finished and rng.random() > 0.2
            done = []
            if finished:
                for exercise in rng.sample(exercises, rng.randint(1, 4)):
                    fraction = rng.choice([0.0, 0.5, 1.0, round(rng.random(), 3)])
                    done.append((exercise, fraction))
            history.routines.append((started, completed, done if finished else None))
        day += timedelta(days=1)
    return history


def store(database: Database, history: History, library: ExerciseLibrary) -> None:
    with SqlUnitOfWork(database.engine) as uow:
        for bout in history.bouts:
            uow.history.add_bout(bout)
        for event in history.events:
            uow.history.add_break_event(event)
        for started, completed, done in history.routines:
            session_id = uow.coaching.add_session(started, BreakKind.MICRO, RoutineSource.BREAK)
            if done is None:
                continue
            results = [
                (
                    Prescription(exercise.id, exercise.dose, "test"),
                    ExerciseFeedback(exercise.id, Effort.JUST_RIGHT, 0, fraction, skipped=fraction == 0),
                )
                for exercise, fraction in done
            ]
            ended = started + timedelta(minutes=6)
            uow.coaching.finish_session(session_id, ended, completed, results, library=library)


def _sets(dose) -> int:
    if isinstance(dose, RepsDose):
        return dose.sets
    return 1 if isinstance(dose, HoldDose) else 0


def expected(history: History, days: tuple[date, ...]) -> dict:
    """Every figure of the week, counted in plain Python from the stored values."""
    week = set(days)
    sitting: dict[date, list[float]] = defaultdict(list)
    for bout in history.bouts:
        if bout.started_at.date() in week:
            sitting[bout.started_at.date()].append(bout.seconds / 60)
    breaks: dict[date, dict[str, int]] = {day: dict.fromkeys(BREAK_KINDS, 0) for day in days}
    for event in history.events:
        if event.at.date() in week and event.kind.value in BREAK_KINDS:
            breaks[event.at.date()][event.kind.value] += 1
    routines: dict[date, int] = defaultdict(int)
    exercise: dict[date, dict] = defaultdict(lambda: defaultdict(float))
    sets = {Pattern.PULL: 0.0, Pattern.PUSH: 0.0}
    for started, completed, done in history.routines:
        if started.date() not in week:
            continue
        routines[started.date()] += completed
        for item, fraction in done or ():
            exercise[started.date()][item.target] += item.dose.seconds(item.per_side) * fraction / 60
            if item.pattern in sets:
                sets[item.pattern] += _sets(item.dose) * fraction
    return {
        "sitting": {day: sum(sitting[day]) for day in days},
        "longest": {day: max(sitting[day], default=0.0) for day in days},
        "breaks": breaks,
        "routines": {day: routines[day] for day in days},
        "exercise": {day: {t: m for t, m in exercise[day].items()} for day in days},
        "sets": sets,
    }


def bounds(days: tuple[date, ...], zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(days[0], time(), zone).astimezone(UTC)
    end = datetime.combine(days[-1] + timedelta(days=1), time(), zone).astimezone(UTC)
    return start, end


def check(stats: WeekStats, want: dict, days: tuple[date, ...]) -> None:
    assert [day.day for day in stats.days] == list(days)
    for day in stats.days:
        assert day.sitting_minutes == pytest.approx(want["sitting"][day.day], abs=1e-3), day.day
        assert day.longest_bout_minutes == pytest.approx(want["longest"][day.day], abs=1e-3), day.day
        assert dict(day.breaks) == want["breaks"][day.day], day.day
        assert day.routines_completed == want["routines"][day.day], day.day
        got = dict(day.exercise_minutes)
        assert set(got) == set(want["exercise"][day.day]), day.day
        for target, minutes in want["exercise"][day.day].items():
            assert got[target] == pytest.approx(minutes, abs=1e-6), (day.day, target)
    assert stats.pull_sets == pytest.approx(want["sets"][Pattern.PULL])
    assert stats.push_sets == pytest.approx(want["sets"][Pattern.PUSH])
    assert stats.sitting_minutes == pytest.approx(sum(want["sitting"].values()), abs=1e-2)
    assert stats.breaks == {k: sum(b[k] for b in want["breaks"].values()) for k in BREAK_KINDS}


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library().library


@pytest.mark.parametrize("seed", [1, 2026])
def test_every_figure_of_every_week_matches_a_plain_python_count(database, library, seed):
    rng = random.Random(seed)
    history = generate(rng, library)
    store(database, history, library)
    # Every week of the history, and the empty ones on either side.
    monday = week_days(FIRST_DAY - timedelta(days=7))[0]
    weeks = 0
    while monday <= LAST_DAY + timedelta(days=7):
        days = week_days(monday)
        for zone in (BERLIN, zone_on(days[-1])):
            start, end = bounds(days, zone)
            with database.engine.connect() as connection:
                stats = week_stats(connection, start, end, days)
            check(stats, expected(history, days), days)
        weeks += 1
        monday += timedelta(days=7)
    assert weeks == 9


def test_the_dst_week_and_the_move_weeks_hold_data_on_the_edges(database, library):
    """The generated history really exercises what the test is for."""
    history = generate(random.Random(1), library)
    dst_week = parse_iso_week("2026-W43")
    assert date(2026, 10, 25) in dst_week
    offsets = {b.started_at.utcoffset() for b in history.bouts if b.started_at.date() in dst_week}
    assert offsets == {timedelta(hours=2), timedelta(hours=1)}
    move_week = week_days(date(2026, 11, 12))
    offsets = {e.at.utcoffset() for e in history.events if e.at.date() in move_week}
    assert offsets == {timedelta(hours=-5), timedelta(hours=9)}
    assert any(b.ended_at.date() != b.started_at.date() for b in history.bouts)


def test_an_event_counts_on_its_own_local_day_not_the_viewers(database):
    """23:30 in New York is already the next day in UTC and Berlin; it counts on the day it was."""
    late = datetime(2026, 11, 8, 23, 30, tzinfo=NEW_YORK)  # Sunday in New York, Monday in UTC
    early = datetime(2026, 11, 9, 0, 30, tzinfo=TOKYO)  # Monday in Tokyo, Sunday in UTC
    with SqlUnitOfWork(database.engine) as uow:
        uow.history.add_bout(SittingBout(late, late + timedelta(minutes=50), BoutEnd.IDLE))
        uow.history.add_break_event(BreakEvent(early, BreakEventKind.TAKEN, BreakKind.MICRO))
    days = parse_iso_week("2026-W46")  # Monday 9 November
    with database.engine.connect() as connection:
        stats = week_stats(connection, *bounds(days, BERLIN), days)
    assert stats.week == "2026-W46"
    assert stats.sitting_minutes == 0
    assert stats.days[0].breaks["taken"] == 1
    previous = parse_iso_week("2026-W45")
    with database.engine.connect() as connection:
        stats = week_stats(connection, *bounds(previous, BERLIN), previous)
    assert stats.days[-1].sitting_minutes == pytest.approx(50)
    assert stats.days[-1].longest_bout_minutes == pytest.approx(50)
    assert stats.breaks_taken == 0
    lines = summary_lines(stats, goal_minutes=5)
    assert lines[0] == "You broke up sitting 0 times; longest bout 50 min on Sunday."
    assert len(lines) == 3


def test_days_with_breaks_counts_taken_and_natural_on_their_own_local_day(database):
    """Only taken and natural breaks make a day; each counts on the local day of its offset."""
    from desk_coach.adapters.storage.weekly_stats import days_with_breaks

    events = [
        BreakEvent(datetime(2026, 11, 8, 23, 30, tzinfo=NEW_YORK), BreakEventKind.TAKEN, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 10, 0, 30, tzinfo=TOKYO), BreakEventKind.NATURAL, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 10, 9, 0, tzinfo=TOKYO), BreakEventKind.TAKEN, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 11, 10, 0, tzinfo=BERLIN), BreakEventKind.SKIPPED, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 12, 10, 0, tzinfo=BERLIN), BreakEventKind.SNOOZED, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 13, 10, 0, tzinfo=BERLIN), BreakEventKind.TAKEN, BreakKind.MICRO),
        BreakEvent(datetime(2026, 11, 20, 10, 0, tzinfo=BERLIN), BreakEventKind.TAKEN, BreakKind.MICRO),
    ]
    with SqlUnitOfWork(database.engine) as uow:
        for event in events:
            uow.history.add_break_event(event)
    since = datetime(2026, 11, 1, tzinfo=UTC)
    until = datetime(2026, 11, 14, tzinfo=UTC)  # the 20th lies outside
    with database.engine.connect() as connection:
        days = days_with_breaks(connection, since, until)
    # 23:30 Sunday in New York is Monday in UTC, 00:30 in Tokyo is still the 9th in UTC.
    assert days == [date(2026, 11, 8), date(2026, 11, 10), date(2026, 11, 13)]
    with database.engine.connect() as connection, pytest.raises(ValueError):
        days_with_breaks(connection, datetime(2026, 11, 1), until)
