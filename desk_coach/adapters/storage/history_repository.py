"""HistoryRepository over SQLAlchemy: domain values in, domain values out.

Rows hold UTC instants plus the local offset in minutes; this is the one place that
translates, so nothing outside the adapter ever sees a row or a naive time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_coach.adapters.storage.models import BreakEventRow, SittingBoutRow
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


def _require_aware(*values: datetime) -> None:
    for value in values:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"range bounds must be timezone-aware, got {value!r}")


class SqlHistoryRepository:
    """Sitting bouts and break events in the SQLite database, inside the caller's session.

    A bout keeps the offset in force at each end, so a bout that crosses a DST change or a
    time-zone move comes back with its start and its end each on the wall clock of that moment.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def add_bout(self, bout: SittingBout) -> None:
        self._session.add(
            SittingBoutRow(
                started_at=bout.started_at,
                ended_at=bout.ended_at,
                start_utc_offset_min=offset_minutes(bout.started_at),
                end_utc_offset_min=offset_minutes(bout.ended_at),
                end_reason=bout.end_reason.value,
            )
        )

    def add_break_event(self, event: BreakEvent) -> None:
        self._session.add(
            BreakEventRow(
                occurred_at=event.at,
                utc_offset_min=offset_minutes(event.at),
                kind=event.kind.value,
                break_kind=event.break_kind.value,
                note=event.note,
            )
        )

    def bouts_between(self, start: datetime, end: datetime) -> list[SittingBout]:
        _require_aware(start, end)
        rows = self._session.scalars(
            select(SittingBoutRow)
            .where(SittingBoutRow.started_at >= start, SittingBoutRow.started_at < end)
            .order_by(SittingBoutRow.started_at, SittingBoutRow.id)
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
        _require_aware(start, end)
        rows = self._session.scalars(
            select(BreakEventRow)
            .where(BreakEventRow.occurred_at >= start, BreakEventRow.occurred_at < end)
            .order_by(BreakEventRow.occurred_at, BreakEventRow.id)
        )
        return [
            BreakEvent(
                at=in_offset(row.occurred_at, row.utc_offset_min),
                kind=BreakEventKind(row.kind),
                break_kind=BreakKind(row.break_kind),
                note=row.note,
            )
            for row in rows
        ]
