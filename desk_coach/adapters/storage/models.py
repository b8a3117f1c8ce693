"""The history tables as SQLAlchemy rows. Rows never leave the storage adapter.

Times are stored in UTC so ranges compare and sort correctly across DST changes and
travel; the local offset in force at each stored time is kept beside it, in minutes, so
a chart can still draw each day in the zone the user was in when it happened. Enum
columns carry CHECK constraints so a bad value cannot slip in through raw SQL or a
future bug.

Migration 0001 must create exactly these tables; a test compares the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, DateTime, Dialect, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from desk_coach.domain.history import BoutEnd, BreakEventKind, BreakKind

# Alembic's batch mode (SQLite's way to ALTER) must know every constraint's name to
# recreate a table, so every constraint gets a predictable one.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _offset_check(column: str) -> str:
    # Offsets in the tz database lie well inside a day; this also rejects garbage.
    return f"{column} BETWEEN -1439 AND 1439"


def _in_check(column: str, values: type[StrEnum]) -> str:
    listed = ", ".join(f"'{member.value}'" for member in values)
    return f"{column} IN ({listed})"


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC text; naive input is refused, not guessed at."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store a naive datetime: {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SittingBoutRow(Base):
    """One sitting bout, with the offset in force at each end: a bout can cross a DST change
    or a time-zone move, so ``start_utc_offset_min`` belongs to ``started_at`` and
    ``end_utc_offset_min`` to ``ended_at``.
    """

    __tablename__ = "sitting_bouts"
    __table_args__ = (
        CheckConstraint(_in_check("end_reason", BoutEnd), name="end_reason"),
        CheckConstraint("ended_at >= started_at", name="ends_after_start"),
        CheckConstraint(_offset_check("start_utc_offset_min"), name="start_utc_offset_min"),
        CheckConstraint(_offset_check("end_utc_offset_min"), name="end_utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    start_utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    end_utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    end_reason: Mapped[str] = mapped_column(String(16), nullable=False)


class BreakEventRow(Base):
    """One step in a break's life (due, shown, taken...), with the offset at ``occurred_at``."""

    __tablename__ = "break_events"
    __table_args__ = (
        CheckConstraint(_in_check("kind", BreakEventKind), name="kind"),
        CheckConstraint(_in_check("break_kind", BreakKind), name="break_kind"),
        CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    break_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
