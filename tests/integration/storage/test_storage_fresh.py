"""A fresh database: private files, durable settings, exact round trips, real rollbacks."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desk_coach.adapters.storage.database import Database, DatabaseError, open_database
from desk_coach.adapters.storage.migrate import current_revision, head_revision
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout

BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = timezone(timedelta(hours=5, minutes=30))
ST_JOHNS = ZoneInfo("America/St_Johns")  # -03:30, and -02:30 in summer
EVER = (datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))

BOUTS = [
    # Berlin before and after the spring-forward of 29 March 2026: +01:00, then +02:00.
    SittingBout(
        datetime(2026, 3, 27, 9, 2, 11, tzinfo=BERLIN),
        datetime(2026, 3, 27, 9, 49, 40, 250000, tzinfo=BERLIN),
        BoutEnd.BREAK,
    ),
    SittingBout(
        datetime(2026, 3, 30, 9, 15, tzinfo=BERLIN),
        datetime(2026, 3, 30, 10, 5, 30, tzinfo=BERLIN),
        BoutEnd.IDLE,
    ),
    SittingBout(
        datetime(2026, 4, 2, 9, 15, tzinfo=KOLKATA),
        datetime(2026, 4, 2, 10, 10, 12, 500000, tzinfo=KOLKATA),
        BoutEnd.LOCK,
    ),
    SittingBout(
        datetime(2026, 7, 1, 8, 0, tzinfo=ST_JOHNS),
        datetime(2026, 7, 1, 8, 45, tzinfo=ST_JOHNS),
        BoutEnd.SLEEP,
    ),
    SittingBout(
        datetime(2026, 12, 1, 8, 0, tzinfo=ST_JOHNS),
        datetime(2026, 12, 1, 8, 0, tzinfo=ST_JOHNS),
        BoutEnd.QUIT,
    ),
]
EVENTS = [
    BreakEvent(datetime(2026, 3, 27, 9, 47, tzinfo=BERLIN), BreakEventKind.DUE, BreakKind.MICRO),
    BreakEvent(
        datetime(2026, 3, 30, 10, 0, 1, tzinfo=BERLIN), BreakEventKind.SNOOZED, BreakKind.LONG, "meeting"
    ),
    BreakEvent(
        datetime(2026, 4, 2, 10, 0, tzinfo=KOLKATA), BreakEventKind.QUIET_DELAYED, BreakKind.MICRO, "talk"
    ),
    BreakEvent(
        datetime(2026, 7, 1, 8, 30, 0, 1, tzinfo=ST_JOHNS), BreakEventKind.TAKEN, BreakKind.MICRO, "\u2713"
    ),
    BreakEvent(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), BreakEventKind.NATURAL, BreakKind.LONG),
]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def store(db: Database, bouts: list[SittingBout] = BOUTS, events: list[BreakEvent] = EVENTS) -> None:
    with SqlUnitOfWork(db.engine) as uow:
        for bout in reversed(bouts):
            uow.history.add_bout(bout)
        for event in reversed(events):
            uow.history.add_break_event(event)


def load(db: Database) -> tuple[list[SittingBout], list[BreakEvent]]:
    with SqlUnitOfWork(db.engine) as uow:
        return uow.history.bouts_between(*EVER), uow.history.break_events_between(*EVER)


def test_fresh_database_is_private_migrated_and_durable(database: Database, db_path: Path) -> None:
    assert database.notices == []
    assert mode_of(db_path.parent) == 0o700
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
        assert current_revision(connection) == head_revision()
        connection.rollback()
        store(database)  # writes go through the WAL while this connection is open
        files = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))]
        assert {f.name: mode_of(f) for f in files} == {f.name: 0o600 for f in files}


def test_loose_permissions_are_tightened(db_path: Path, clock: ManualClock) -> None:
    db_path.parent.mkdir(mode=0o755)
    os.chmod(db_path.parent, 0o755)
    db_path.touch()
    os.chmod(db_path, 0o644)
    db = open_database(db_path, clock)
    db.dispose()
    assert (mode_of(db_path.parent), mode_of(db_path)) == (0o700, 0o600)
    assert db.notices == []


def test_round_trip_keeps_instants_and_offsets(database: Database, db_path: Path, clock: ManualClock) -> None:
    store(database)
    database.dispose()
    reopened = open_database(db_path, clock)
    try:
        bouts, events = load(reopened)
    finally:
        reopened.dispose()
    assert reopened.notices == []
    assert bouts == BOUTS
    assert events == EVENTS
    # Same wall-clock reading and offset, not just the same instant.
    assert [(b.started_at.isoformat(), b.ended_at.isoformat()) for b in bouts] == [
        (b.started_at.isoformat(), b.ended_at.isoformat()) for b in BOUTS
    ]
    assert [e.at.isoformat() for e in events] == [e.at.isoformat() for e in EVENTS]
    assert [b.started_at.utcoffset() for b in bouts][:2] == [timedelta(hours=1), timedelta(hours=2)]


def test_times_are_stored_as_utc_with_the_offset_beside_them(database: Database) -> None:
    store(database, bouts=BOUTS[2:3], events=[])
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT started_at, ended_at, start_utc_offset_min, end_utc_offset_min FROM sitting_bouts"
        ).one()
    assert tuple(row) == ("2026-04-02 03:45:00.000000", "2026-04-02 04:40:12.500000", 330, 330)


def test_ranges_are_half_open_and_zone_independent(database: Database) -> None:
    store(database)
    start = datetime(2026, 3, 30, 7, 15, tzinfo=UTC)  # == the second bout's start
    end = datetime(2026, 7, 1, 10, 30, tzinfo=UTC)  # == the fourth bout's start, 08:00 at -02:30
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.history.bouts_between(start, end) == BOUTS[1:3]
        assert uow.history.break_events_between(start, end) == EVENTS[1:3]
        with pytest.raises(ValueError, match="timezone-aware"):
            uow.history.bouts_between(datetime(2026, 1, 1), end)


def test_a_bout_across_a_dst_change_keeps_each_ends_offset(database: Database) -> None:
    # 01:30 CET to 03:30 CEST on 29 March 2026 is one hour of sitting.
    bout = SittingBout(
        datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN), datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), BoutEnd.IDLE
    )
    store(database, bouts=[bout], events=[])
    (loaded,) = load(database)[0]
    assert loaded == bout and loaded.seconds == 3600
    assert loaded.started_at.isoformat() == "2026-03-29T01:30:00+01:00"
    assert loaded.ended_at.isoformat() == "2026-03-29T03:30:00+02:00"  # the end's own offset
    with database.engine.connect() as connection:
        offsets = connection.exec_driver_sql(
            "SELECT start_utc_offset_min, end_utc_offset_min FROM sitting_bouts"
        ).one()
    assert tuple(offsets) == (60, 120)


def test_a_bout_across_a_time_zone_move_keeps_each_ends_offset(database: Database) -> None:
    # The laptop's zone changes from Berlin to Kolkata while the user sits: 09:00 at +01:00
    # is 08:00 UTC, and 14:00 at +05:30 is 08:30 UTC.
    bout = SittingBout(
        datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN),
        datetime(2026, 11, 20, 14, 0, tzinfo=KOLKATA),
        BoutEnd.LOCK,
    )
    store(database, bouts=[bout], events=[])
    (loaded,) = load(database)[0]
    assert loaded == bout and loaded.seconds == 1800
    assert (loaded.started_at.isoformat(), loaded.ended_at.isoformat()) == (
        "2026-11-20T09:00:00+01:00",
        "2026-11-20T14:00:00+05:30",
    )


def test_offsets_finer_than_a_minute_are_refused(database: Database) -> None:
    odd = timezone(timedelta(minutes=17, seconds=30))
    with pytest.raises(ValueError, match="whole minutes"), SqlUnitOfWork(database.engine) as uow:
        uow.history.add_break_event(
            BreakEvent(datetime(2026, 1, 1, tzinfo=odd), BreakEventKind.DUE, BreakKind.MICRO)
        )
    assert load(database) == ([], [])


def test_an_exception_inside_the_block_stores_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), SqlUnitOfWork(database.engine) as uow:
        store_into = uow.history
        for bout in BOUTS:
            store_into.add_bout(bout)
        for event in EVENTS:
            store_into.add_break_event(event)
        # The rows really are inside the open transaction now.
        assert len(store_into.bouts_between(*EVER)) == len(BOUTS)
        raise RuntimeError("boom")
    assert load(database) == ([], [])
    with database.engine.connect() as connection:
        counts = [
            connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("sitting_bouts", "break_events")
        ]
    assert counts == [0, 0]


def test_a_unit_of_work_is_not_reentrant(database: Database) -> None:
    uow = SqlUnitOfWork(database.engine)
    with uow, pytest.raises(RuntimeError, match="already in progress"), uow:
        pass


def test_an_unusable_folder_is_a_clear_error(tmp_path: Path, clock: ManualClock) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DatabaseError, match="data folder"):
        open_database(blocker / "data" / "desk-coach.db", clock)


offsets = st.integers(min_value=-1439, max_value=1439).map(lambda m: timezone(timedelta(minutes=m)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    at=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2199, 1, 1), timezones=offsets),
    kind=st.sampled_from(BreakEventKind),
    break_kind=st.sampled_from(BreakKind),
    note=st.text(max_size=40),
)
def test_any_event_round_trips_exactly(
    database: Database, at: datetime, kind: BreakEventKind, break_kind: BreakKind, note: str
) -> None:
    event = BreakEvent(at, kind, break_kind, note)
    store(database, bouts=[], events=[event])
    try:
        (loaded,) = load(database)[1]
        assert loaded == event
        assert loaded.at.isoformat() == event.at.isoformat()
    finally:
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM break_events"))
