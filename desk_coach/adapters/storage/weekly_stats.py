"""The figures of one week, computed by SQL aggregation (GROUP BY local day) in SQLite.

Each event counts on the local calendar day of its own stored offset: SQLite computes that
day from the UTC time plus the offset (``date(started_at, '+60 minutes')``), so no row is
ever loaded into Python, only one small row per day (and kind, or target and dose: a dose's
seconds and sets are the domain's own ``Dose.seconds`` and ``balance_sets``). When the work
hours hold a night shift, days begin when it ends (``WorkHours.day_start_min``): the same
modifier then also subtracts that many minutes, so 05:00 after a Monday night shift is Monday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import (
    BindParameter,
    Column,
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    String,
    bindparam,
    func,
    select,
)

from desk_coach.adapters.storage.coaching_repository import dose_from_row
from desk_coach.adapters.storage.models import (
    break_events,
    exercise_results,
    routine_sessions,
    sitting_bouts,
)
from desk_coach.domain.coaching.exercises import Pattern, Target, balance_sets
from desk_coach.domain.history import require_aware
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, week_label

# Offsets run from UTC-12:00 to UTC+14:00: an event stored at one end, read by a user now at
# the other, has its own local day up to 26 hours away from the reader's, so the UTC window
# read is two days wider on each side (the local-day test keeps only the week's own days).
# One day lost the week's first and last evenings of a trip across the date line.
_OFFSET_MARGIN_DAYS = 2
_MINUTES_PER_DAY = 24 * 60
_BALANCE = (Pattern.PULL.value, Pattern.PUSH.value)


def _local_day(
    utc: Column[datetime], offset: Column[int], day_start_min: int | BindParameter[int] = 0
) -> ColumnElement[str]:
    """The user's day of a stored moment: its local date, or the day before when it is earlier
    than ``day_start_min`` on the local clock (the end of a night shift; see
    ``WorkHours.day_start_min``)."""
    return func.date(utc, func.printf("%+d minutes", offset - day_start_min), type_=String)


# Each query of a week is built once, with its bounds, days and day start as parameters: building
# and looking up a statement cost SQLAlchemy more than SQLite takes to run it (issue 15's 50 ms).
_LOW: BindParameter[datetime] = bindparam("low")
_HIGH: BindParameter[datetime] = bindparam("high")
_DAYS: BindParameter[list[str]] = bindparam("days", expanding=True)
_DAY_START = bindparam("day_start", type_=Integer)


def _day_of(utc: Column[datetime], offset: Column[int]) -> ColumnElement[str]:
    return _local_day(utc, offset, _DAY_START)


def _holds(utc: Column[datetime], offset: Column[int]) -> tuple[ColumnElement[bool], ...]:
    """Rows stored near the week's window whose own local day is one of the week's."""
    return utc >= _LOW, utc < _HIGH, _day_of(utc, offset).in_(_DAYS)


@dataclass(frozen=True)
class _Week:
    """What every query of one week shares: the UTC window read and the local days counted."""

    low: datetime
    high: datetime
    days: tuple[str, ...]
    day_start_min: int

    @property
    def parameters(self) -> dict[str, object]:
        return {"low": self.low, "high": self.high, "days": list(self.days), "day_start": self.day_start_min}


def _sitting_query() -> Select:
    bouts = sitting_bouts.c
    day = _day_of(bouts.started_at, bouts.start_utc_offset_min)
    length = (func.julianday(bouts.ended_at) - func.julianday(bouts.started_at)) * _MINUTES_PER_DAY
    return (
        select(day, func.sum(length), func.max(length))
        .where(*_holds(bouts.started_at, bouts.start_utc_offset_min))
        .group_by(day)
    )


def _breaks_query() -> Select:
    events = break_events.c
    day = _day_of(events.occurred_at, events.utc_offset_min)
    return (
        select(day, events.kind, func.count())
        .where(*_holds(events.occurred_at, events.utc_offset_min), events.kind.in_(BREAK_KINDS))
        .group_by(day, events.kind)
    )


def _routines_query() -> Select:
    sessions = routine_sessions.c
    day = _day_of(sessions.started_at, sessions.start_utc_offset_min)
    return (
        select(day, func.count())
        .where(*_holds(sessions.started_at, sessions.start_utc_offset_min), sessions.completed.is_(True))
        .group_by(day)
    )


def _exercise_query() -> Select:
    sessions, result = routine_sessions.c, exercise_results.c
    day = _day_of(sessions.started_at, sessions.start_utc_offset_min)
    shape = (result.dose_kind, result.hold_s, result.reps, result.sets, result.rep_s, result.minutes)
    return (
        select(day.label("day"), result.target, result.pattern, result.per_side, *shape,
               func.sum(result.done_fraction).label("done"))
        .join(routine_sessions, result.session_id == routine_sessions.c.id)
        .where(*_holds(sessions.started_at, sessions.start_utc_offset_min))
        .group_by(day, result.target, result.pattern, result.per_side, *shape)
    )


_SITTING, _BREAKS = _sitting_query(), _breaks_query()
_ROUTINES, _EXERCISE = _routines_query(), _exercise_query()


def _sitting(connection: Connection, week: _Week) -> dict[str, tuple[float, float]]:
    """Each day's sitting minutes and longest bout."""
    rows = connection.execute(_SITTING, week.parameters)
    return {day: (float(total or 0.0), float(longest or 0.0)) for day, total, longest in rows}


def _breaks(connection: Connection, week: _Week) -> dict[str, dict[str, int]]:
    """Each day's break events, counted by kind."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(BREAK_KINDS, 0))
    for day_text, kind, count in connection.execute(_BREAKS, week.parameters):
        counts[day_text][kind] = int(count)
    return counts


def _routines_completed(connection: Connection, week: _Week) -> dict[str, int]:
    return {day_text: int(count) for day_text, count in connection.execute(_ROUTINES, week.parameters)}


@dataclass
class _Exercise:
    minutes: dict[str, dict[Target, float]]
    sets: dict[str, float]
    stretch_per_side: dict[Target, float]


def _exercise(connection: Connection, week: _Week) -> _Exercise:
    """Each day's exercise minutes per target (both sides of a per-side dose), the week's pull
    and push sets, and the week's stretching minutes per target counted on one side, as the
    weekly stretching goal is (``services/week_programme.py``: ``dose.seconds(False)``).

    SQL sums the done fractions of each day's identical doses; the seconds and sets of a dose
    come from the domain's own definition (``Dose.seconds``, ``balance_sets``), not a copy in SQL.
    """
    minutes: dict[str, dict[Target, float]] = defaultdict(dict)
    sets: dict[str, float] = dict.fromkeys(_BALANCE, 0.0)
    stretch: dict[Target, float] = {}
    for row in connection.execute(_EXERCISE, week.parameters):
        dose = dose_from_row(row)
        done = float(row.done or 0.0)
        if dose is None:  # pragma: no cover - the schema's NOT NULL rules this out
            continue
        target = Target(row.target)
        worked = minutes[row.day]
        worked[target] = worked.get(target, 0.0) + dose.seconds(bool(row.per_side)) * done / 60
        if row.pattern in sets:
            sets[row.pattern] += balance_sets(dose) * done
        if row.pattern == Pattern.STRETCH.value:
            stretch[target] = stretch.get(target, 0.0) + dose.seconds(False) * done / 60
    return _Exercise(minutes, sets, stretch)


def week_stats(
    connection: Connection,
    week_start_utc: datetime,
    week_end_utc: datetime,
    days: Sequence[date],
    day_start_min: int = 0,
) -> WeekStats:
    """The figures of ``days`` (the seven local days of one of the user's weeks).

    ``week_start_utc``/``week_end_utc`` bound the week in the user's current zone; events up
    to a day outside them still count when their own local day is one of ``days``. Each
    day begins at ``day_start_min`` on the local clock (0, midnight, unless the work hours
    hold a night shift: then everything until it ends counts on the day it began).
    """
    if len(days) != 7:
        raise ValueError(f"a week has seven days, got {len(days)}")
    require_aware(week_start_utc, "the week's start")
    require_aware(week_end_utc, "the week's end")
    margin = timedelta(days=_OFFSET_MARGIN_DAYS)
    texts = tuple(day.isoformat() for day in days)
    week = _Week(week_start_utc - margin, week_end_utc + margin, texts, day_start_min)
    sitting = _sitting(connection, week)
    breaks = _breaks(connection, week)
    completed = _routines_completed(connection, week)
    exercise = _exercise(connection, week)

    def day_stats(day: date, text: str) -> DayStats:
        sat, longest = sitting.get(text, (0.0, 0.0))
        worked = exercise.minutes.get(text, {})
        return DayStats(
            day=day,
            sitting_minutes=sat,
            longest_bout_minutes=longest,
            breaks=dict(breaks[text]) if text in breaks else dict.fromkeys(BREAK_KINDS, 0),
            routines_completed=completed.get(text, 0),
            exercise_minutes={target: worked[target] for target in Target if target in worked},
        )

    return WeekStats(
        week=week_label(days),
        days=tuple(day_stats(day, text) for day, text in zip(days, texts, strict=True)),
        pull_sets=exercise.sets[Pattern.PULL.value],
        push_sets=exercise.sets[Pattern.PUSH.value],
        stretch_minutes_per_side=exercise.stretch_per_side,
    )


def days_with_breaks(
    connection: Connection, since_utc: datetime, until_utc: datetime, day_start_min: int = 0
) -> list[date]:
    """The local days, oldest first, with at least one break taken or natural in [since, until).

    Each event counts on the local day of its own stored offset, days beginning at
    ``day_start_min``, as in :func:`week_stats`.
    """
    require_aware(since_utc, "since")
    require_aware(until_utc, "until")
    parameters = {"low": since_utc, "high": until_utc, "day_start": day_start_min}
    return [date.fromisoformat(day) for day in connection.scalars(_DAYS_WITH_BREAKS, parameters)]


def _days_with_breaks_query() -> Select:
    event_day = _day_of(break_events.c.occurred_at, break_events.c.utc_offset_min)
    return (
        select(event_day)
        .where(break_events.c.occurred_at >= _LOW, break_events.c.occurred_at < _HIGH)
        .where(break_events.c.kind.in_(("taken", "natural")))
        .group_by(event_day)
        .order_by(event_day)
    )


_DAYS_WITH_BREAKS = _days_with_breaks_query()


class SqlWeekFigures:
    """The ``WeekFigures`` port over the history database: each read is one read transaction,
    so a week's figures agree with each other."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def week(self, days: Sequence[date], since: datetime, until: datetime, day_start_min: int) -> WeekStats:
        with self._engine.connect() as connection:
            return week_stats(connection, since, until, days, day_start_min)

    def days_with_breaks(self, since: datetime, until: datetime, day_start_min: int) -> list[date]:
        with self._engine.connect() as connection:
            return days_with_breaks(connection, since, until, day_start_min)
