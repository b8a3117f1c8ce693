"""The history tables as SQLAlchemy rows. Rows never leave the storage adapter.

Times are stored in UTC so ranges compare and sort correctly across DST changes and
travel; the local offset in force at each stored time is kept beside it, in minutes, so
a chart can still draw each day in the zone the user was in when it happened. Enum
columns carry CHECK constraints so a bad value cannot slip in through raw SQL or a
future bug.

Migrations 0001 (history) and 0002 (coaching) must create exactly these tables; a test
compares the two.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from desk_coach.domain.coaching.exercises import Pattern, Region, Target
from desk_coach.domain.coaching.feedback import Effort
from desk_coach.domain.coaching.records import RedFlagTier, RoutineSource, ScreenSource, Side
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


def _in_check(column: str, values: type[StrEnum] | tuple[str, ...]) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({listed})"


def _bool_check(column: str) -> str:
    return f"{column} IN (0, 1)"


# How a planned dose is kept: its kind, and the columns that kind uses (the others are NULL).
DOSE_COLUMNS = ("hold_s", "reps", "sets", "rep_s", "minutes")
DOSE_SHAPES = {
    "hold": ("hold_s", "reps"),
    "reps": ("reps", "sets", "rep_s"),
    "timed": ("minutes",),
}


def _dose_shape_check(prefix: str = "", optional: bool = False) -> str:
    """Each dose kind fills exactly its own columns; an optional dose is all NULL or complete."""

    def shape(kind: str, used: tuple[str, ...]) -> str:
        tests = [f"{prefix}dose_kind = '{kind}'"]
        tests += [f"{prefix}{c} IS {'NOT NULL' if c in used else 'NULL'}" for c in DOSE_COLUMNS]
        return f"({' AND '.join(tests)})"

    shapes = " OR ".join(shape(kind, used) for kind, used in DOSE_SHAPES.items())
    if not optional:
        return shapes
    absent = " AND ".join(f"{prefix}{c} IS NULL" for c in ("exercise_id", "dose_kind", *DOSE_COLUMNS))
    return f"({absent}) OR ({prefix}exercise_id IS NOT NULL AND {prefix}dose_kind IS NOT NULL AND ({shapes}))"


def _end_check(time_column: str, offset_column: str) -> str:
    """A time that may still be missing comes with its offset, or neither is there."""
    return f"({time_column} IS NULL) = ({offset_column} IS NULL)"


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


# --- coaching (revision 0002) ------------------------------------------------------------------
#
# A planned dose is flattened into ``dose_kind`` plus the columns of that kind (see
# DOSE_SHAPES); level changes keep two of them, ``before_`` and ``after_``, each all NULL
# when there was no level yet or the track was paused. Lists of enum values (lifestyles,
# regions) are kept as comma-separated text, sorted.


class RoutineSessionRow(Base):
    """One guided routine, from its start; ``ended_at`` stays NULL until it is finished."""

    __tablename__ = "routine_sessions"
    __table_args__ = (
        CheckConstraint(_in_check("kind", BreakKind), name="kind"),
        CheckConstraint(_in_check("source", RoutineSource), name="source"),
        CheckConstraint(_bool_check("completed"), name="completed"),
        CheckConstraint("ended_at >= started_at", name="ends_after_start"),
        CheckConstraint(_end_check("ended_at", "end_utc_offset_min"), name="end_utc_offset_with_end"),
        CheckConstraint("ended_at IS NOT NULL OR completed = 0", name="completed_once_ended"),
        CheckConstraint(_offset_check("start_utc_offset_min"), name="start_utc_offset_min"),
        CheckConstraint(_offset_check("end_utc_offset_min"), name="end_utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    start_utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    end_utc_offset_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    completed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    results: Mapped[list[ExerciseResultRow]] = relationship(
        back_populates="session",
        order_by="ExerciseResultRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ExerciseResultRow(Base):
    """One exercise of a routine: what was planned and why, and how it went."""

    __tablename__ = "exercise_results"
    __table_args__ = (
        # One row per place in the routine; also the index the foreign key needs.
        Index("ix_exercise_results_session_id", "session_id", "position", unique=True),
        CheckConstraint("position >= 0", name="position"),
        CheckConstraint(_in_check("target", Target), name="target"),
        CheckConstraint(_in_check("pattern", Pattern), name="pattern"),
        CheckConstraint(_in_check("dose_kind", tuple(DOSE_SHAPES)), name="dose_kind"),
        CheckConstraint(_dose_shape_check(), name="dose"),
        CheckConstraint(_bool_check("per_side"), name="per_side"),
        CheckConstraint("done_fraction BETWEEN 0 AND 1", name="done_fraction"),
        CheckConstraint(_in_check("effort", Effort), name="effort"),
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain"),
        CheckConstraint(_bool_check("skipped"), name="skipped"),
        CheckConstraint(_bool_check("pain_button"), name="pain_button"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("routine_sessions.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    exercise_id: Mapped[str] = mapped_column(String(32), nullable=False)
    target: Mapped[str] = mapped_column(String(16), nullable=False)
    pattern: Mapped[str] = mapped_column(String(16), nullable=False)
    dose_kind: Mapped[str] = mapped_column(String(8), nullable=False)
    hold_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rep_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    per_side: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done_fraction: Mapped[float] = mapped_column(Float, nullable=False)
    effort: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pain: Mapped[int] = mapped_column(Integer, nullable=False)
    skipped: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pain_button: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    session: Mapped[RoutineSessionRow] = relationship(back_populates="results")


class ScreenResultRow(Base):
    """One self-screen: the person's answers; item scores and red flags hang off it."""

    __tablename__ = "screen_results"
    __table_args__ = (
        CheckConstraint(_in_check("source", ScreenSource), name="source"),
        CheckConstraint(_bool_check("floor_room"), name="floor_room"),
        CheckConstraint(_bool_check("exercise_allowed"), name="exercise_allowed"),
        CheckConstraint(_bool_check("pregnancy"), name="pregnancy"),
        CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)
    lifestyles: Mapped[str] = mapped_column(Text, nullable=False)
    floor_room: Mapped[bool] = mapped_column(Boolean, nullable=False)
    exercise_allowed: Mapped[bool] = mapped_column(Boolean, nullable=False)
    pregnancy: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    scores: Mapped[list[ScreenScoreRow]] = relationship(
        order_by="ScreenScoreRow.id", cascade="all, delete-orphan", passive_deletes=True
    )
    red_flags: Mapped[list[ScreenRedFlagRow]] = relationship(
        order_by="ScreenRedFlagRow.id", cascade="all, delete-orphan", passive_deletes=True
    )


class ScreenScoreRow(Base):
    """One screen item on one side (NULL side: done once), scored 0-2 or NULL if not scored."""

    __tablename__ = "screen_scores"
    __table_args__ = (
        CheckConstraint(_in_check("side", Side), name="side"),
        CheckConstraint("score BETWEEN 0 AND 2", name="score"),
        CheckConstraint(_bool_check("pain"), name="pain"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    screen_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("screen_results.id", ondelete="CASCADE"), nullable=False, index=True
    )
    item_id: Mapped[str] = mapped_column(String(16), nullable=False)
    side: Mapped[str | None] = mapped_column(String(8), nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ScreenRedFlagRow(Base):
    """A red-flag question answered yes; ``regions`` lists the regions it concerns, maybe none."""

    __tablename__ = "screen_red_flags"
    __table_args__ = (CheckConstraint(_in_check("tier", RedFlagTier), name="tier"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    screen_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("screen_results.id", ondelete="CASCADE"), nullable=False, index=True
    )
    question_id: Mapped[str] = mapped_column(String(32), nullable=False)
    tier: Mapped[str] = mapped_column(String(16), nullable=False)
    regions: Mapped[str] = mapped_column(Text, nullable=False, default="")


class LevelRow(Base):
    """The current level of one track: the exercise on its ladder and the dose."""

    __tablename__ = "levels"
    __table_args__ = (
        CheckConstraint(_in_check("dose_kind", tuple(DOSE_SHAPES)), name="dose_kind"),
        CheckConstraint(_dose_shape_check(), name="dose"),
        CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
    )

    track: Mapped[str] = mapped_column(String(32), primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(32), nullable=False)
    dose_kind: Mapped[str] = mapped_column(String(8), nullable=False)
    hold_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rep_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)


class LevelChangeRow(Base):
    """A step on a ladder or a change of dose; ``after_*`` all NULL means the track was paused,
    ``before_*`` all NULL that the track had no level yet."""

    __tablename__ = "level_changes"
    __table_args__ = (
        CheckConstraint(_in_check("before_dose_kind", tuple(DOSE_SHAPES)), name="before_dose_kind"),
        CheckConstraint(_dose_shape_check("before_", optional=True), name="before_dose"),
        CheckConstraint(_in_check("after_dose_kind", tuple(DOSE_SHAPES)), name="after_dose_kind"),
        CheckConstraint(_dose_shape_check("after_", optional=True), name="after_dose"),
        CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    track: Mapped[str] = mapped_column(String(32), nullable=False)
    before_exercise_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    before_dose_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    before_hold_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_sets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_rep_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_exercise_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    after_dose_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    after_hold_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_sets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_rep_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule: Mapped[str] = mapped_column(String(32), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class RegionPauseRow(Base):
    """A region taken out of the plans, why, the referral shown, and when it came back (NULL:
    still paused). At most one pause per region is open at a time."""

    __tablename__ = "region_pauses"
    __table_args__ = (
        Index("ix_region_pauses_region", "region", unique=True, sqlite_where=text("resumed_at IS NULL")),
        CheckConstraint(_in_check("region", Region), name="region"),
        CheckConstraint("resumed_at >= paused_at", name="resumes_after_pause"),
        CheckConstraint(
            _end_check("resumed_at", "resume_utc_offset_min"), name="resume_utc_offset_with_resume"
        ),
        CheckConstraint(_offset_check("pause_utc_offset_min"), name="pause_utc_offset_min"),
        CheckConstraint(_offset_check("resume_utc_offset_min"), name="resume_utc_offset_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region: Mapped[str] = mapped_column(String(16), nullable=False)
    paused_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False, index=True)
    pause_utc_offset_min: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    referral: Mapped[str] = mapped_column(Text, nullable=False, default="")
    resumed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    resume_utc_offset_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
