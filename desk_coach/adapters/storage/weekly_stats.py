"""The figures of one ISO week, computed by SQL aggregation (GROUP BY local day) in SQLite.

Each event counts on the local calendar day of its own stored offset: SQLite computes that
day from the UTC time plus the offset (``date(started_at, '+60 minutes')``), so no row is
ever loaded into Python, only one small row per day (and kind, or target).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, String, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_coach.adapters.storage.models import (
    BreakEventRow,
    ExerciseResultRow,
    RoutineSessionRow,
    SittingBoutRow,
)
from desk_coach.domain.coaching.exercises import Pattern, Target
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days

# An offset never reaches a day, so an event whose local day lies in the week happened
# within a day of the week's UTC bounds (whatever zone the user was in then).
_OFFSET_MARGIN = timedelta(days=1)
_MINUTES_PER_DAY = 24 * 60


def _local_day(
    utc: InstrumentedAttribute[datetime], offset: InstrumentedAttribute[int]
) -> ColumnElement[str]:
    return func.date(utc, func.printf("%+d minutes", offset), type_=String)


def week_stats(
    session: Session, week_start_utc: datetime, week_end_utc: datetime, days: Sequence[date]
) -> WeekStats:
    """The figures of ``days`` (the seven local days of one ISO week, Monday first).

    ``week_start_utc``/``week_end_utc`` bound the week in the user's current zone; events up
    to a day outside them still count when their own local day is one of ``days``.
    """
    if len(days) != 7:
        raise ValueError(f"a week has seven days, got {len(days)}")
    for bound in (week_start_utc, week_end_utc):
        if bound.tzinfo is None or bound.utcoffset() is None:
            raise ValueError(f"week bounds must be timezone-aware, got {bound!r}")
    low, high = week_start_utc - _OFFSET_MARGIN, week_end_utc + _OFFSET_MARGIN
    day_texts = [day.isoformat() for day in days]

    sitting: dict[str, tuple[float, float]] = {}
    bout_day = _local_day(SittingBoutRow.started_at, SittingBoutRow.start_utc_offset_min)
    length = (func.julianday(SittingBoutRow.ended_at) - func.julianday(SittingBoutRow.started_at)) * (
        _MINUTES_PER_DAY
    )
    bouts = (
        select(bout_day, func.sum(length), func.max(length))
        .where(SittingBoutRow.started_at >= low, SittingBoutRow.started_at < high)
        .where(bout_day.in_(day_texts))
        .group_by(bout_day)
    )
    for day, total, longest in session.execute(bouts):
        sitting[day] = (float(total or 0.0), float(longest or 0.0))

    breaks: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(BREAK_KINDS, 0))
    event_day = _local_day(BreakEventRow.occurred_at, BreakEventRow.utc_offset_min)
    events = (
        select(event_day, BreakEventRow.kind, func.count())
        .where(BreakEventRow.occurred_at >= low, BreakEventRow.occurred_at < high)
        .where(event_day.in_(day_texts), BreakEventRow.kind.in_(BREAK_KINDS))
        .group_by(event_day, BreakEventRow.kind)
    )
    for day, kind, count in session.execute(events):
        breaks[day][kind] = int(count)

    routine_day = _local_day(RoutineSessionRow.started_at, RoutineSessionRow.start_utc_offset_min)
    in_week = (
        RoutineSessionRow.started_at >= low,
        RoutineSessionRow.started_at < high,
        routine_day.in_(day_texts),
    )
    routines = (
        select(routine_day, func.count())
        .where(*in_week, RoutineSessionRow.completed.is_(True))
        .group_by(routine_day)
    )
    completed = {day: int(count) for day, count in session.execute(routines)}

    result = ExerciseResultRow
    dose_seconds = case(
        (result.dose_kind == "hold", result.hold_s * result.reps),
        (result.dose_kind == "reps", result.reps * result.sets * result.rep_s),
        (result.dose_kind == "timed", result.minutes * 60),
        else_=0,
    )
    sides = case((result.per_side.is_(True) & (result.dose_kind != "timed"), 2), else_=1)
    worked = (
        select(routine_day, result.target, func.sum(dose_seconds * sides * result.done_fraction))
        .join(RoutineSessionRow, result.session_id == RoutineSessionRow.id)
        .where(*in_week)
        .group_by(routine_day, result.target)
    )
    exercise: dict[str, dict[Target, float]] = defaultdict(dict)
    for day, target, seconds in session.execute(worked):
        exercise[day][Target(target)] = float(seconds or 0.0) / 60

    dose_sets = case((result.dose_kind == "reps", result.sets), (result.dose_kind == "hold", 1), else_=0)
    patterns = (
        select(result.pattern, func.sum(dose_sets * result.done_fraction))
        .join(RoutineSessionRow, result.session_id == RoutineSessionRow.id)
        .where(*in_week, result.pattern.in_((Pattern.PULL.value, Pattern.PUSH.value)))
        .group_by(result.pattern)
    )
    sets = {pattern: float(total or 0.0) for pattern, total in session.execute(patterns)}

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


def days_with_breaks(session: Session, since_utc: datetime, until_utc: datetime) -> list[date]:
    """The local days, oldest first, with at least one break taken or natural in [since, until).

    Each event counts on the local day of its own stored offset, as in :func:`week_stats`.
    """
    for bound in (since_utc, until_utc):
        if bound.tzinfo is None or bound.utcoffset() is None:
            raise ValueError(f"bounds must be timezone-aware, got {bound!r}")
    event_day = _local_day(BreakEventRow.occurred_at, BreakEventRow.utc_offset_min)
    query = (
        select(event_day)
        .where(BreakEventRow.occurred_at >= since_utc, BreakEventRow.occurred_at < until_utc)
        .where(BreakEventRow.kind.in_(("taken", "natural")))
        .group_by(event_day)
        .order_by(event_day)
    )
    return [date.fromisoformat(day) for day in session.scalars(query)]


def load_week(
    sessionmaker: Callable[[], Session], day: date, zone: tzinfo | None, first_weekday: int = 0
) -> WeekStats:
    """The figures of the week holding ``day`` (weeks starting on ``first_weekday``), with the
    week's bounds taken at midnight in ``zone``: what the Progress window and benchmarks show."""
    days = week_days(day, first_weekday)
    start = datetime.combine(days[0], time(), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(days[-1] + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    with sessionmaker() as session:
        return week_stats(session, start, end, days)
