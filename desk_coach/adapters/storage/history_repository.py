"""HistoryRepository over SQLAlchemy Core: domain values in, domain values out.

Rows hold UTC instants plus the local offset in minutes; this is the one place that
translates, so nothing outside the adapter ever sees a row or a naive time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection, insert, select

from desk_coach.adapters.storage.models import break_events, sitting_bouts
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout

_MINUTE = timedelta(minutes=1)


def offset_minutes(value: datetime) -> int:
    """The UTC offset of an aware datetime in whole minutes (the tz database never needs less)."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"expected a timezone-aware datetime, got {value!r}")
    if offset % _MINUTE:
        raise ValueError(f"cannot store a UTC offset that is not whole minutes: {offset}")
    return offset // _MINUTE


def in_offset(utc_value: datetime, minutes: int) -> datetime:
    """``utc_value`` shown on the wall clock the user had then."""
    return utc_value.astimezone(timezone(timedelta(minutes=minutes)))


def require_aware(*values: datetime) -> None:
    """Range bounds must say their zone: a naive one would be read as UTC without a word."""
    for value in values:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"range bounds must be timezone-aware, got {value!r}")


class SqlHistoryRepository:
    """Sitting bouts and break events in the SQLite database, inside the caller's transaction.

    A bout keeps the offset in force at each end, so a bout that crosses a DST change or a
    time-zone move comes back with its start and its end each on the wall clock of that moment.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add_bout(self, bout: SittingBout) -> None:
        self._connection.execute(
            insert(sitting_bouts).values(
                started_at=bout.started_at,
                ended_at=bout.ended_at,
                start_utc_offset_min=offset_minutes(bout.started_at),
                end_utc_offset_min=offset_minutes(bout.ended_at),
                end_reason=bout.end_reason.value,
            )
        )

    def add_break_event(self, event: BreakEvent) -> None:
        self._connection.execute(
            insert(break_events).values(
                occurred_at=event.at,
                utc_offset_min=offset_minutes(event.at),
                kind=event.kind.value,
                break_kind=event.break_kind.value,
                note=event.note,
                done_fraction=event.done_fraction,
            )
        )

    def bouts_between(self, start: datetime, end: datetime) -> list[SittingBout]:
        require_aware(start, end)
        rows = self._connection.execute(
            select(sitting_bouts)
            .where(sitting_bouts.c.started_at >= start, sitting_bouts.c.started_at < end)
            .order_by(sitting_bouts.c.started_at, sitting_bouts.c.id)
        )
        return [
            SittingBout(
                started_at=in_offset(row.started_at, row.start_utc_offset_min),
                ended_at=in_offset(row.ended_at, row.end_utc_offset_min),
                end_reason=BoutEnd(row.end_reason),
            )
            for row in rows
        ]

    def break_events_between(self, start: datetime, end: datetime) -> list[BreakEvent]:
        require_aware(start, end)
        rows = self._connection.execute(
            select(break_events)
            .where(break_events.c.occurred_at >= start, break_events.c.occurred_at < end)
            .order_by(break_events.c.occurred_at, break_events.c.id)
        )
        return [
            BreakEvent(
                at=in_offset(row.occurred_at, row.utc_offset_min),
                kind=BreakEventKind(row.kind),
                break_kind=BreakKind(row.break_kind),
                note=row.note,
                done_fraction=row.done_fraction,
            )
            for row in rows
        ]
