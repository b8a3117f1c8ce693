"""The figures of one ISO week, computed by SQL aggregation (GROUP BY local day) in SQLite.

Each event counts on the local calendar day of its own stored offset: SQLite computes that
day from the UTC time plus the offset (``date(started_at, '+60 minutes')``), so no row is
ever loaded into Python, only one small row per day (and kind, or target). When the work
hours hold a night shift, days begin when it ends (``WorkHours.day_start_min``): the same
modifier then also subtracts that many minutes, so 05:00 after a Monday night shift is Monday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Column, ColumnElement, Connection, Engine, String, case, func, select

from desk_coach.adapters.storage.models import (
    break_events,
    exercise_results,
    routine_sessions,
    sitting_bouts,
)
from desk_coach.domain.coaching.exercises import Pattern, Target
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days

# An offset never reaches a day, so an event whose local day lies in the week happened
# within a day of the week's UTC bounds (whatever zone the user was in then).
_OFFSET_MARGIN = timedelta(days=1)
_MINUTES_PER_DAY = 24 * 60


def _local_day(utc: Column[datetime], offset: Column[int], day_start_min: int = 0) -> ColumnElement[str]:
    """The user's day of a stored moment: its local date, or the day before when it is earlier
    than ``day_start_min`` on the local clock (the end of a night shift; see
    ``WorkHours.day_start_min``)."""
    return func.date(utc, func.printf("%+d minutes", offset - day_start_min), type_=String)


def _day_start_at(day: date, zone: tzinfo | None, day_start_min: int) -> datetime:
    """The UTC moment the user's ``day`` begins in ``zone``."""
    hours, minutes = divmod(day_start_min, 60)
    return datetime.combine(day, time(hours, minutes), tzinfo=zone).astimezone(UTC)


def week_stats(
    connection: Connection,
    week_start_utc: datetime,
    week_end_utc: datetime,
    days: Sequence[date],
    day_start_min: int = 0,
) -> WeekStats:
    """The figures of ``days`` (the seven local days of one ISO week, Monday first).

    ``week_start_utc``/``week_end_utc`` bound the week in the user's current zone; events up
    to a day outside them still count when their own local day is one of ``days``. Each
    day begins at ``day_start_min`` on the local clock (0, midnight, unless the work hours
    hold a night shift: then everything until it ends counts on the day it began).
    """
    if len(days) != 7:
        raise ValueError(f"a week has seven days, got {len(days)}")
    for bound in (week_start_utc, week_end_utc):
        if bound.tzinfo is None or bound.utcoffset() is None:
            raise ValueError(f"week bounds must be timezone-aware, got {bound!r}")
    low, high = week_start_utc - _OFFSET_MARGIN, week_end_utc + _OFFSET_MARGIN
    day_texts = [day.isoformat() for day in days]

    sitting: dict[str, tuple[float, float]] = {}
    bout_day = _local_day(sitting_bouts.c.started_at, sitting_bouts.c.start_utc_offset_min, day_start_min)
    length = (func.julianday(sitting_bouts.c.ended_at) - func.julianday(sitting_bouts.c.started_at)) * (
        _MINUTES_PER_DAY
    )
    bouts = (
        select(bout_day, func.sum(length), func.max(length))
        .where(sitting_bouts.c.started_at >= low, sitting_bouts.c.started_at < high)
        .where(bout_day.in_(day_texts))
        .group_by(bout_day)
    )
    for day, total, longest in connection.execute(bouts):
        sitting[day] = (float(total or 0.0), float(longest or 0.0))

    breaks: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(BREAK_KINDS, 0))
    event_day = _local_day(break_events.c.occurred_at, break_events.c.utc_offset_min, day_start_min)
    events = (
        select(event_day, break_events.c.kind, func.count())
        .where(break_events.c.occurred_at >= low, break_events.c.occurred_at < high)
        .where(event_day.in_(day_texts), break_events.c.kind.in_(BREAK_KINDS))
        .group_by(event_day, break_events.c.kind)
    )
    for day, kind, count in connection.execute(events):
        breaks[day][kind] = int(count)

    routine_day = _local_day(
        routine_sessions.c.started_at, routine_sessions.c.start_utc_offset_min, day_start_min
    )
    in_week = (
        routine_sessions.c.started_at >= low,
        routine_sessions.c.started_at < high,
        routine_day.in_(day_texts),
    )
    routines = (
        select(routine_day, func.count())
        .where(*in_week, routine_sessions.c.completed.is_(True))
        .group_by(routine_day)
    )
    completed = {day: int(count) for day, count in connection.execute(routines)}

    result = exercise_results
    dose_seconds = case(
        (result.c.dose_kind == "hold", result.c.hold_s * result.c.reps),
        (result.c.dose_kind == "reps", result.c.reps * result.c.sets * result.c.rep_s),
        (result.c.dose_kind == "timed", result.c.minutes * 60),
        else_=0,
    )
    sides = case((result.c.per_side.is_(True) & (result.c.dose_kind != "timed"), 2), else_=1)
    worked = (
        select(routine_day, result.c.target, func.sum(dose_seconds * sides * result.c.done_fraction))
        .join(routine_sessions, result.c.session_id == routine_sessions.c.id)
        .where(*in_week)
        .group_by(routine_day, result.c.target)
    )
    exercise: dict[str, dict[Target, float]] = defaultdict(dict)
    for day, target, seconds in connection.execute(worked):
        exercise[day][Target(target)] = float(seconds or 0.0) / 60

    dose_sets = case(
        (result.c.dose_kind == "reps", result.c.sets), (result.c.dose_kind == "hold", 1), else_=0
    )
    patterns = (
        select(result.c.pattern, func.sum(dose_sets * result.c.done_fraction))
        .join(routine_sessions, result.c.session_id == routine_sessions.c.id)
        .where(*in_week, result.c.pattern.in_((Pattern.PULL.value, Pattern.PUSH.value)))
        .group_by(result.c.pattern)
    )
    sets = {pattern: float(total or 0.0) for pattern, total in connection.execute(patterns)}

    return WeekStats(
        week=iso_week_label(days[0]),
        days=tuple(
            DayStats(
                day=day,
                sitting_minutes=sitting.get(text, (0.0, 0.0))[0],
                longest_bout_minutes=sitting.get(text, (0.0, 0.0))[1],
                breaks=dict(breaks[text]) if text in breaks else dict.fromkeys(BREAK_KINDS, 0),
                routines_completed=completed.get(text, 0),
                exercise_minutes={t: exercise[text][t] for t in Target if t in exercise.get(text, {})},
            )
            for day, text in zip(days, day_texts, strict=True)
        ),
        pull_sets=sets.get(Pattern.PULL.value, 0.0),
        push_sets=sets.get(Pattern.PUSH.value, 0.0),
    )


def days_with_breaks(
    connection: Connection, since_utc: datetime, until_utc: datetime, day_start_min: int = 0
) -> list[date]:
    """The local days, oldest first, with at least one break taken or natural in [since, until).

    Each event counts on the local day of its own stored offset, days beginning at
    ``day_start_min``, as in :func:`week_stats`.
    """
    for bound in (since_utc, until_utc):
        if bound.tzinfo is None or bound.utcoffset() is None:
            raise ValueError(f"bounds must be timezone-aware, got {bound!r}")
    event_day = _local_day(break_events.c.occurred_at, break_events.c.utc_offset_min, day_start_min)
    query = (
        select(event_day)
        .where(break_events.c.occurred_at >= since_utc, break_events.c.occurred_at < until_utc)
        .where(break_events.c.kind.in_(("taken", "natural")))
        .group_by(event_day)
        .order_by(event_day)
    )
    return [date.fromisoformat(day) for day in connection.scalars(query)]


def day_span_utc(
    days: Sequence[date], zone: tzinfo | None, day_start_min: int = 0
) -> tuple[datetime, datetime]:
    """The UTC moments the first of ``days`` begins and the day after the last begins, in
    ``zone`` (the system's local zone when None), each day beginning at ``day_start_min``."""
    return _day_start_at(days[0], zone, day_start_min), _day_start_at(
        days[-1] + timedelta(days=1), zone, day_start_min
    )


def load_week(
    engine: Engine, day: date, zone: tzinfo | None, first_weekday: int = 0, day_start_min: int = 0
) -> WeekStats:
    """The figures of the week holding ``day`` (weeks starting on ``first_weekday``), with the
    week's bounds taken in ``zone`` where its days begin (midnight, or the end of a night
    shift): what the Progress window and benchmarks show."""
    days = week_days(day, first_weekday)
    start, end = day_span_utc(days, zone, day_start_min)
    with engine.connect() as connection:  # one read transaction: the figures agree with each other
        return week_stats(connection, start, end, days, day_start_min)
