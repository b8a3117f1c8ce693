"""The history tables as SQLAlchemy Core ``Table`` objects. Rows never leave the storage adapter.

Core tables, not ORM classes: the adapters only map rows to domain values, and importing
``sqlalchemy.orm`` plus configuring mappers cost the tray app ~7.5 MB of resident memory for
an identity map and unit of work it never needed. A test checks the ORM stays unloaded.

Times are stored in UTC so ranges compare and sort correctly across DST changes and
travel; the local offset in force at each stored time is kept beside it, in minutes, so
a chart can still draw each day in the zone the user was in when it happened. Enum
columns carry CHECK constraints so a bad value cannot slip in through raw SQL or a
future bug.

Migrations 0001 (history), 0002 (coaching) and 0003 (answers to reminders, partial
breaks, symptoms, equipment and age band) must create exactly these tables; a test
compares the two. 0004 changes no table: it turns the English sentences stored before into
codes and values.

What the coach told the user (a level change's ``reason``, a region pause's ``reason`` and
``referral``, why an exercise was planned) is kept as a sentence's code and values in JSON
(``said_column``), worded in the user's language when it is shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.types import TypeDecorator

from desk_coach.domain.coaching.exercises import Pattern, Region, Target
from desk_coach.domain.coaching.feedback import Effort
from desk_coach.domain.coaching.profile import AgeBand
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


metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _utc(name: str, *, nullable: bool = False, index: bool | None = None) -> Column[datetime]:
    return Column(name, UtcDateTime, nullable=nullable, index=index)


def _integer(name: str, *, nullable: bool = False) -> Column[int]:
    return Column(name, Integer, nullable=nullable)


def _dose(prefix: str = "", *, optional: bool = False) -> list[Column[Any]]:
    """A dose's kind and the columns of every kind (see DOSE_SHAPES), in the schema's order."""
    kind: Column[str] = Column(f"{prefix}dose_kind", String(8), nullable=optional)
    return [kind, *(Column(f"{prefix}{name}", Integer, nullable=True) for name in DOSE_COLUMNS)]


# One sitting bout, with the offset in force at each end: a bout can cross a DST change or a
# time-zone move, so ``start_utc_offset_min`` belongs to ``started_at`` and
# ``end_utc_offset_min`` to ``ended_at``.
sitting_bouts = Table(
    "sitting_bouts",
    metadata,
    Column("id", Integer, primary_key=True),
    _utc("started_at", index=True),
    _utc("ended_at", index=True),
    _integer("start_utc_offset_min"),
    _integer("end_utc_offset_min"),
    Column("end_reason", String(16), nullable=False),
    CheckConstraint(_in_check("end_reason", BoutEnd), name="end_reason"),
    CheckConstraint("ended_at >= started_at", name="ends_after_start"),
    CheckConstraint(_offset_check("start_utc_offset_min"), name="start_utc_offset_min"),
    CheckConstraint(_offset_check("end_utc_offset_min"), name="end_utc_offset_min"),
)

# One step in a break's life (due, shown, taken...), with the offset at ``occurred_at``.
break_events = Table(
    "break_events",
    metadata,
    Column("id", Integer, primary_key=True),
    _utc("occurred_at", index=True),
    _integer("utc_offset_min"),
    Column("kind", String(16), nullable=False),
    Column("break_kind", String(16), nullable=False),
    Column("note", Text, nullable=False, default=""),
    # Revision 0003: the share of a partial break that was done (NULL for every other kind).
    Column("done_fraction", Float, nullable=True),
    CheckConstraint(_in_check("kind", BreakEventKind), name="kind"),
    CheckConstraint(_in_check("break_kind", BreakKind), name="break_kind"),
    CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
    CheckConstraint("done_fraction BETWEEN 0 AND 1", name="done_fraction"),
)


# --- coaching (revision 0002) ------------------------------------------------------------------
#
# A planned dose is flattened into ``dose_kind`` plus the columns of that kind (see
# DOSE_SHAPES); level changes keep two of them, ``before_`` and ``after_``, each all NULL
# when there was no level yet or the track was paused. Lists of enum values (lifestyles,
# regions) are kept as comma-separated text, sorted.

# One guided routine, from its start; ``ended_at`` stays NULL until it is finished.
routine_sessions = Table(
    "routine_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    _utc("started_at", index=True),
    _integer("start_utc_offset_min"),
    _utc("ended_at", nullable=True, index=True),
    _integer("end_utc_offset_min", nullable=True),
    Column("kind", String(16), nullable=False),
    Column("completed", Boolean, nullable=False, default=False),
    Column("source", String(16), nullable=False),
    Column("note", Text, nullable=False, default=""),
    # Revision 0003: pain 0-10 the morning after, asked at the next routine (NULL: not asked).
    _integer("next_day_pain", nullable=True),
    CheckConstraint(_in_check("kind", BreakKind), name="kind"),
    CheckConstraint(_in_check("source", RoutineSource), name="source"),
    CheckConstraint("next_day_pain BETWEEN 0 AND 10", name="next_day_pain"),
    CheckConstraint(_bool_check("completed"), name="completed"),
    CheckConstraint("ended_at >= started_at", name="ends_after_start"),
    CheckConstraint(_end_check("ended_at", "end_utc_offset_min"), name="end_utc_offset_with_end"),
    CheckConstraint("ended_at IS NOT NULL OR completed = 0", name="completed_once_ended"),
    CheckConstraint(_offset_check("start_utc_offset_min"), name="start_utc_offset_min"),
    CheckConstraint(_offset_check("end_utc_offset_min"), name="end_utc_offset_min"),
)

# One exercise of a routine: what was planned and why, and how it went. Read back in
# ``position`` order.
exercise_results = Table(
    "exercise_results",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("session_id", Integer, ForeignKey("routine_sessions.id", ondelete="CASCADE"), nullable=False),
    _integer("position"),
    Column("exercise_id", String(32), nullable=False),
    Column("target", String(16), nullable=False),
    Column("pattern", String(16), nullable=False),
    *_dose(),
    Column("per_side", Boolean, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("done_fraction", Float, nullable=False),
    Column("effort", String(16), nullable=True),
    _integer("pain"),
    Column("skipped", Boolean, nullable=False, default=False),
    Column("pain_button", Boolean, nullable=False, default=False),
    # Revision 0003: sharp or shooting pain; numbness or tingling (both act on the region).
    Column("sharp_pain", Boolean, nullable=False, default=False, server_default=text("0")),
    Column("numbness", Boolean, nullable=False, default=False, server_default=text("0")),
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
    CheckConstraint(_bool_check("sharp_pain"), name="sharp_pain"),
    CheckConstraint(_bool_check("numbness"), name="numbness"),
)

# One self-screen: the person's answers; item scores and red flags hang off it.
screen_results = Table(
    "screen_results",
    metadata,
    Column("id", Integer, primary_key=True),
    _utc("taken_at", index=True),
    _integer("utc_offset_min"),
    Column("source", String(16), nullable=False),
    Column("lifestyles", Text, nullable=False),
    Column("floor_room", Boolean, nullable=False),
    Column("exercise_allowed", Boolean, nullable=False),
    Column("pregnancy", Boolean, nullable=False),
    Column("note", Text, nullable=False, default=""),
    # Revision 0003: what is at hand (comma-separated Equipment values; NULL: not asked) and
    # the age band given (NULL: not asked or not said).
    Column("equipment", Text, nullable=True),
    Column("age_band", String(16), nullable=True),
    CheckConstraint(_in_check("source", ScreenSource), name="source"),
    CheckConstraint(_in_check("age_band", AgeBand), name="age_band"),
    CheckConstraint(_bool_check("floor_room"), name="floor_room"),
    CheckConstraint(_bool_check("exercise_allowed"), name="exercise_allowed"),
    CheckConstraint(_bool_check("pregnancy"), name="pregnancy"),
    CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
)

# One screen item on one side (NULL side: done once), scored 0-2 or NULL if not scored.
screen_scores = Table(
    "screen_scores",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "screen_id",
        Integer,
        ForeignKey("screen_results.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("item_id", String(16), nullable=False),
    Column("side", String(8), nullable=True),
    _integer("score", nullable=True),
    Column("pain", Boolean, nullable=False, default=False),
    CheckConstraint(_in_check("side", Side), name="side"),
    CheckConstraint("score BETWEEN 0 AND 2", name="score"),
    CheckConstraint(_bool_check("pain"), name="pain"),
)

# A red-flag question answered yes; ``regions`` lists the regions it concerns, maybe none.
screen_red_flags = Table(
    "screen_red_flags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "screen_id",
        Integer,
        ForeignKey("screen_results.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("question_id", String(32), nullable=False),
    Column("tier", String(16), nullable=False),
    Column("regions", Text, nullable=False, default=""),
    CheckConstraint(_in_check("tier", RedFlagTier), name="tier"),
)

# The current level of one track: the exercise on its ladder and the dose.
levels = Table(
    "levels",
    metadata,
    Column("track", String(32), primary_key=True),
    Column("exercise_id", String(32), nullable=False),
    *_dose(),
    _utc("updated_at"),
    _integer("utc_offset_min"),
    CheckConstraint(_in_check("dose_kind", tuple(DOSE_SHAPES)), name="dose_kind"),
    CheckConstraint(_dose_shape_check(), name="dose"),
    CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
)

# A step on a ladder or a change of dose; ``after_*`` all NULL means the track was paused,
# ``before_*`` all NULL that the track had no level yet.
level_changes = Table(
    "level_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    _utc("changed_at", index=True),
    _integer("utc_offset_min"),
    Column("track", String(32), nullable=False),
    Column("before_exercise_id", String(32), nullable=True),
    *_dose("before_", optional=True),
    Column("after_exercise_id", String(32), nullable=True),
    *_dose("after_", optional=True),
    Column("rule", String(32), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    CheckConstraint(_in_check("before_dose_kind", tuple(DOSE_SHAPES)), name="before_dose_kind"),
    CheckConstraint(_dose_shape_check("before_", optional=True), name="before_dose"),
    CheckConstraint(_in_check("after_dose_kind", tuple(DOSE_SHAPES)), name="after_dose_kind"),
    CheckConstraint(_dose_shape_check("after_", optional=True), name="after_dose"),
    CheckConstraint(_offset_check("utc_offset_min"), name="utc_offset_min"),
)

# A region taken out of the plans, why, the referral shown, and when it came back (NULL: still
# paused). At most one pause per region is open at a time.
region_pauses = Table(
    "region_pauses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("region", String(16), nullable=False),
    _utc("paused_at", index=True),
    _integer("pause_utc_offset_min"),
    Column("reason", Text, nullable=False, default=""),
    Column("referral", Text, nullable=False, default=""),
    _utc("resumed_at", nullable=True, index=True),
    _integer("resume_utc_offset_min", nullable=True),
    Index("ix_region_pauses_region", "region", unique=True, sqlite_where=text("resumed_at IS NULL")),
    CheckConstraint(_in_check("region", Region), name="region"),
    CheckConstraint("resumed_at >= paused_at", name="resumes_after_pause"),
    CheckConstraint(_end_check("resumed_at", "resume_utc_offset_min"), name="resume_utc_offset_with_resume"),
    CheckConstraint(_offset_check("pause_utc_offset_min"), name="pause_utc_offset_min"),
    CheckConstraint(_offset_check("resume_utc_offset_min"), name="resume_utc_offset_min"),
)
