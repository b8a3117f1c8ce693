"""Shared pieces for the storage tests: a fixed clock and a database path in a temp home."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.domain.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    """14:30 on 25 November 2026, local time UTC+01:00."""
    return ManualClock(datetime(2026, 11, 25, 14, 30, tzinfo=timezone(timedelta(hours=1))))


@pytest.fixture
def stamp() -> str:
    """How ``clock``'s time appears in the name of a file moved aside."""
    return "20261125-143000"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the database lives, in a data folder that does not exist yet."""
    return tmp_path / "data" / "desk-coach.db"


@pytest.fixture
def database(db_path: Path, clock: ManualClock) -> Iterator[Database]:
    db = open_database(db_path, clock)
    yield db
    db.dispose()
