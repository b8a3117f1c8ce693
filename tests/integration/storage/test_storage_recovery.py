"""Files Desk Coach cannot use are moved aside untouched, with a plain notice, never lost."""

from __future__ import annotations

import os
import random
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.adapters.storage.migrate import current_revision, head_revision
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind

START = datetime(2026, 11, 2, 9, tzinfo=UTC)


def fill(db: Database, count: int) -> None:
    with SqlUnitOfWork(db.engine) as uow:
        for i in range(count):
            at = START + timedelta(minutes=i)
            uow.history.add_break_event(BreakEvent(at, BreakEventKind.TAKEN, BreakKind.MICRO, f"stretch {i}"))


def make_real_database(path: Path, clock: ManualClock, rows: int = 3) -> None:
    db = open_database(path, clock)
    fill(db, rows)
    db.dispose()  # the last connection checkpoints the WAL into the file


def assert_fresh_and_working(db: Database) -> None:
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.execute(text("SELECT count(*) FROM break_events")).scalar() == 0
    fill(db, 2)


def folder_listing(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_random_bytes_are_kept_under_a_new_name(db_path: Path, clock: ManualClock, stamp: str) -> None:
    garbage = random.Random(4096).randbytes(4096)
    db_path.parent.mkdir()
    db_path.write_bytes(garbage)
    db = open_database(db_path, clock)
    try:
        moved = db_path.with_name(f"desk-coach.db.corrupt-{stamp}")
        assert moved.read_bytes() == garbage
        (notice,) = db.notices
        assert str(moved) in notice
        assert "not a database" in notice and "fresh" in notice
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_a_truncated_database_is_moved_aside_as_corrupt(
    db_path: Path, clock: ManualClock, stamp: str
) -> None:
    make_real_database(db_path, clock, rows=2000)
    size = db_path.stat().st_size
    assert size > 8 * 4096
    os.truncate(db_path, size // 2)
    damaged = db_path.read_bytes()
    db = open_database(db_path, clock)
    try:
        moved = db_path.with_name(f"desk-coach.db.corrupt-{stamp}")
        assert moved.read_bytes() == damaged
        (notice,) = db.notices
        assert str(moved) in notice and "damaged" in notice
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_an_empty_file_is_a_fresh_database_not_a_corrupt_one(db_path: Path, clock: ManualClock) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    db = open_database(db_path, clock)
    try:
        assert db.notices == []
        assert folder_listing(db_path) == ["desk-coach.db", "desk-coach.db-shm", "desk-coach.db-wal"]
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_a_newer_schema_is_moved_aside_unaltered(db_path: Path, clock: ManualClock, stamp: str) -> None:
    make_real_database(db_path, clock)
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert folder_listing(db_path) == ["desk-coach.db"]
    written_by_newer = db_path.read_bytes()
    db = open_database(db_path, clock)
    try:
        moved = db_path.with_name(f"desk-coach.db.newer-schema-{stamp}")
        assert moved.read_bytes() == written_by_newer
        (notice,) = db.notices
        assert str(moved) in notice and "newer version" in notice
        assert_fresh_and_working(db)
    finally:
        db.dispose()
    with closing(sqlite3.connect(f"{moved.as_uri()}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
        assert connection.execute("SELECT count(*) FROM break_events").fetchone() == (3,)


def test_a_foreign_database_is_moved_aside(db_path: Path, clock: ManualClock, stamp: str) -> None:
    db_path.parent.mkdir()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    db = open_database(db_path, clock)
    try:
        moved = db_path.with_name(f"desk-coach.db.unrecognised-{stamp}")
        (notice,) = db.notices
        assert moved.exists() and str(moved) in notice
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_existing_names_are_never_clobbered(db_path: Path, clock: ManualClock, stamp: str) -> None:
    db_path.parent.mkdir()
    first = db_path.with_name(f"desk-coach.db.corrupt-{stamp}")
    first.write_bytes(b"moved aside earlier today")
    db_path.write_bytes(b"garbage, again")
    open_database(db_path, clock).dispose()
    assert first.read_bytes() == b"moved aside earlier today"
    assert first.with_name(first.name + "-2").read_bytes() == b"garbage, again"


def test_companion_files_move_with_the_database(db_path: Path, clock: ManualClock, stamp: str) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"this is not SQLite")
    wal = db_path.with_name("desk-coach.db-wal")
    wal.write_bytes(b"frames that belong to the bad file")
    db = open_database(db_path, clock)
    try:
        moved = db_path.with_name(f"desk-coach.db.corrupt-{stamp}")
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"frames that belong to the bad file"
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_a_log_left_without_its_database_is_moved_away(db_path: Path, clock: ManualClock, stamp: str) -> None:
    db_path.parent.mkdir()
    wal = db_path.with_name("desk-coach.db-wal")
    wal.write_bytes(b"stale frames")
    db = open_database(db_path, clock)
    try:
        assert db_path.with_name(f"desk-coach.db-wal.orphaned-{stamp}").read_bytes() == b"stale frames"
        assert_fresh_and_working(db)
    finally:
        db.dispose()


def test_a_healthy_database_is_left_where_it_is(db_path: Path, clock: ManualClock) -> None:
    make_real_database(db_path, clock)
    db = open_database(db_path, clock)
    try:
        assert db.notices == []
        assert [name for name in folder_listing(db_path) if not name.startswith("desk-coach.db")] == []
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM break_events")).scalar() == 3
    finally:
        db.dispose()


@pytest.mark.parametrize("header", [b"SQLite format 3\x00", b"SQLite format 3\x00" + bytes(200)])
def test_a_bare_header_is_corrupt(db_path: Path, clock: ManualClock, header: bytes, stamp: str) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(header)
    db = open_database(db_path, clock)
    db.dispose()
    assert db_path.with_name(f"desk-coach.db.corrupt-{stamp}").read_bytes() == header
