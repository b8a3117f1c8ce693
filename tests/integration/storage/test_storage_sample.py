"""A database written by the released schema (revision 0001) upgrades with every row intact.

samples/schema_0001.sqlite is a frozen fixture built once by make_sample_db.py. The tests
only ever open copies: even a read-only SQLite connection to a WAL database leaves -wal and
-shm files beside it.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.migrate import current_revision, head_revision
from desk_coach.adapters.storage.models import metadata
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout

SAMPLE = Path(__file__).parent / "samples" / "schema_0001.sqlite"
ORIGINAL_COLUMNS = {
    "sitting_bouts": "id, started_at, ended_at, start_utc_offset_min, end_utc_offset_min, end_reason",
    "break_events": "id, occurred_at, utc_offset_min, kind, break_kind, note",
}


def tz(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


CET, CEST, IST, EDT, UTC0 = tz(60), tz(120), tz(330), tz(-240), tz(0)

# What the sample's rows mean, written out independently of make_sample_db.py.
EXPECTED_BOUTS = [
    SittingBout(
        datetime(2026, 3, 27, 9, 2, 11, tzinfo=CET),
        datetime(2026, 3, 27, 9, 49, 40, 250000, tzinfo=CET),
        BoutEnd.BREAK,
    ),
    # Across the spring-forward: each end on the wall clock of its own moment.
    SittingBout(
        datetime(2026, 3, 29, 1, 30, tzinfo=CET), datetime(2026, 3, 29, 3, 20, tzinfo=CEST), BoutEnd.IDLE
    ),
    SittingBout(
        datetime(2026, 3, 30, 9, 15, tzinfo=CEST), datetime(2026, 3, 30, 10, 5, 30, tzinfo=CEST), BoutEnd.IDLE
    ),
    SittingBout(
        datetime(2026, 4, 2, 9, 15, tzinfo=IST),
        datetime(2026, 4, 2, 10, 10, 12, 500000, tzinfo=IST),
        BoutEnd.LOCK,
    ),
    SittingBout(
        datetime(2026, 4, 2, 15, 0, tzinfo=EDT), datetime(2026, 4, 2, 15, 20, tzinfo=EDT), BoutEnd.QUIT
    ),
    SittingBout(
        datetime(2026, 4, 3, 12, 0, tzinfo=UTC0), datetime(2026, 4, 3, 12, 0, tzinfo=UTC0), BoutEnd.SLEEP
    ),
]
EXPECTED_EVENTS = [
    BreakEvent(datetime(2026, 3, 27, 9, 47, tzinfo=CET), BreakEventKind.DUE, BreakKind.MICRO),
    BreakEvent(datetime(2026, 3, 27, 9, 47, 0, 500000, tzinfo=CET), BreakEventKind.SHOWN, BreakKind.MICRO),
    BreakEvent(
        datetime(2026, 3, 27, 9, 49, 40, 250000, tzinfo=CET),
        BreakEventKind.TAKEN,
        BreakKind.MICRO,
        "Schulterkreisen \u2713",
    ),
    BreakEvent(datetime(2026, 3, 30, 10, 0, tzinfo=CEST), BreakEventKind.DUE, BreakKind.LONG),
    BreakEvent(
        datetime(2026, 3, 30, 10, 0, 1, tzinfo=CEST),
        BreakEventKind.SNOOZED,
        BreakKind.LONG,
        "in a meeting, don't nag",
    ),
    BreakEvent(datetime(2026, 3, 30, 10, 5, 30, tzinfo=CEST), BreakEventKind.NATURAL, BreakKind.LONG),
    BreakEvent(
        datetime(2026, 4, 2, 10, 0, tzinfo=IST), BreakEventKind.QUIET_DELAYED, BreakKind.MICRO, "presenting"
    ),
    BreakEvent(datetime(2026, 4, 2, 15, 10, tzinfo=EDT), BreakEventKind.SKIPPED, BreakKind.MICRO),
]


def raw_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return {
            table: connection.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
            for table, columns in ORIGINAL_COLUMNS.items()
        }


@pytest.fixture
def pristine(tmp_path: Path) -> Path:
    """An untouched copy of the sample, to compare against."""
    copy = tmp_path / "pristine" / SAMPLE.name
    copy.parent.mkdir()
    shutil.copyfile(SAMPLE, copy)
    return copy


@pytest.fixture
def sample_copy(db_path: Path) -> Path:
    """The sample where Desk Coach will find it."""
    db_path.parent.mkdir()
    shutil.copyfile(SAMPLE, db_path)
    return db_path


def test_the_sample_is_the_released_schema(pristine: Path) -> None:
    with closing(sqlite3.connect(f"{pristine.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    rows = raw_rows(pristine)
    assert (len(rows["sitting_bouts"]), len(rows["break_events"])) == (6, 8)
    # The frozen samples, one per released revision, and nothing a test left behind.
    assert sorted(p.name for p in SAMPLE.parent.iterdir()) == [SAMPLE.name, "schema_0002.sqlite"]


def test_upgrading_the_released_schema_keeps_every_row(
    sample_copy: Path, pristine: Path, clock: ManualClock
) -> None:
    before = raw_rows(pristine)
    db = open_database(sample_copy, clock)
    try:
        assert db.notices == []
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        with SqlUnitOfWork(db.engine) as uow:
            ever = (datetime(2000, 1, 1, tzinfo=UTC0), datetime(2100, 1, 1, tzinfo=UTC0))
            bouts = uow.history.bouts_between(*ever)
            events = uow.history.break_events_between(*ever)
    finally:
        db.dispose()
    assert raw_rows(sample_copy) == before
    assert bouts == EXPECTED_BOUTS
    assert events == EXPECTED_EVENTS
    assert [(b.started_at.isoformat(), b.ended_at.isoformat()) for b in bouts] == [
        (b.started_at.isoformat(), b.ended_at.isoformat()) for b in EXPECTED_BOUTS
    ]
    assert [e.at.isoformat() for e in events] == [e.at.isoformat() for e in EXPECTED_EVENTS]
