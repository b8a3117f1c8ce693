"""The data export: every row of every table the user owns, with times in their offsets."""

from __future__ import annotations

import csv
import json
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from test_storage_coaching import BERLIN, LIBRARY, RESULTS, SCREENS, ST_JOHNS

from desk_coach.adapters.storage.database import Database
from desk_coach.adapters.storage.export import (
    COLUMN_DESCRIPTIONS,
    SAID_COLUMNS,
    ExportError,
    export_data,
    exported_columns,
    exported_tables,
    read_tables,
)
from desk_coach.adapters.storage.models import UtcDateTime
from desk_coach.adapters.storage.said_column import said_from_column
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.exercises import HoldDose, Region, RepsDose
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.said import recorded_text, to_data
from desk_coach.wording.say import say

ALL_TABLES = {
    "sitting_bouts",
    "break_events",
    "routine_sessions",
    "exercise_results",
    "screen_results",
    "screen_scores",
    "screen_red_flags",
    "levels",
    "level_changes",
    "region_pauses",
}
NOW = datetime(2026, 11, 25, 14, 30, tzinfo=timezone(timedelta(hours=1)))


def fill(db: Database) -> None:
    with SqlUnitOfWork(db.engine) as uow:
        # across the DST change: each end keeps its own offset
        uow.history.add_bout(
            SittingBout(
                datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=2))),
                datetime(2026, 10, 25, 2, 10, tzinfo=timezone(timedelta(hours=1))),
                BoutEnd.IDLE,
            )
        )
        uow.history.add_bout(
            SittingBout(
                datetime(2026, 11, 24, 9, 0, tzinfo=ST_JOHNS),
                datetime(2026, 11, 24, 10, 0, tzinfo=ST_JOHNS),
                BoutEnd.BREAK,
            )
        )
        uow.history.add_break_event(
            BreakEvent(datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN), BreakEventKind.DUE, BreakKind.MICRO)
        )
        uow.history.add_break_event(
            BreakEvent(
                datetime(2026, 11, 24, 10, 1, tzinfo=BERLIN),
                BreakEventKind.TAKEN,
                BreakKind.LONG,
                "ok \u2713",
            )
        )
        session_id = uow.coaching.add_session(
            datetime(2026, 11, 23, 14, 0, tzinfo=BERLIN), BreakKind.LONG, RoutineSource.TRAY, note='a, "note"'
        )
        uow.coaching.add_session(
            datetime(2026, 11, 23, 16, 0, tzinfo=BERLIN), BreakKind.MICRO, RoutineSource.TRAY
        )
    with SqlUnitOfWork(db.engine) as uow:
        uow.coaching.finish_session(
            session_id, datetime(2026, 11, 23, 14, 9, tzinfo=BERLIN), True, RESULTS, library=LIBRARY
        )
        for screen in SCREENS:
            uow.coaching.add_screen(screen)
        uow.coaching.set_level(
            Level("hip_flexors", "HF1", HoldDose(40, 2)), datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
        )
        uow.coaching.set_level(
            Level("upper_back", "UB1", RepsDose(12, 3, 4)), datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        )
        uow.coaching.add_level_change(
            LevelChange(
                datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN),
                "hip_flexors",
                Level("hip_flexors", "HF1", HoldDose(30, 2)),
                Level("hip_flexors", "HF1", HoldDose(40, 2)),
                "progress",
                recorded_text("longer holds"),
            )
        )
        uow.coaching.add_level_change(
            LevelChange(
                datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN),
                "neck",
                None,
                None,
                "pain",
                recorded_text("paused"),
            )
        )
        uow.coaching.pause_region(
            Region.BACK,
            datetime(2026, 11, 20, 8, 0, tzinfo=BERLIN),
            recorded_text("pain"),
            recorded_text("see a doctor"),
        )
        uow.coaching.pause_region(
            Region.HIPS,
            datetime(2026, 11, 20, 8, 0, tzinfo=BERLIN),
            recorded_text("flag"),
            recorded_text("ask"),
        )
    with SqlUnitOfWork(db.engine) as uow:
        uow.coaching.resume_region(Region.HIPS, datetime(2026, 11, 22, 8, 0, tzinfo=ST_JOHNS))


def raw_rows(db: Database, table: str) -> list[dict[str, Any]]:
    with db.engine.connect() as connection:
        result = connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid")
        return [dict(row._mapping) for row in result]


@pytest.fixture
def filled(database: Database) -> Database:
    fill(database)
    return database


def test_every_user_table_is_exported_and_described() -> None:
    tables = exported_tables()
    assert {table.name for table in tables} == ALL_TABLES
    for table in tables:
        assert set(COLUMN_DESCRIPTIONS[table.name]) == set(exported_columns(table)), table.name
        assert all(COLUMN_DESCRIPTIONS[table.name].values())


def test_json_round_trips_every_row(filled: Database, tmp_path: Path) -> None:
    output = tmp_path / "export.json"
    export_data(filled.engine, "json", output, NOW)
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    document = json.loads(output.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("desk-coach-export", 1)
    assert datetime.fromisoformat(document["exported_at"]) == NOW
    assert set(document["tables"]) == ALL_TABLES
    for table in exported_tables():
        exported = document["tables"][table.name]
        assert exported["columns"] == COLUMN_DESCRIPTIONS[table.name]
        raw = raw_rows(filled, table.name)
        assert raw, f"the test fills {table.name}"
        assert len(exported["rows"]) == len(raw)
        times = [c.name for c in table.columns if isinstance(c.type, UtcDateTime)]
        for row, stored in zip(
            exported["rows"],
            sorted(raw, key=lambda r: tuple(r[k.name] for k in table.primary_key)),
            strict=True,
        ):
            assert set(row) == set(stored) | {f"{name}_text" for name in SAID_COLUMNS.get(table.name, ())}
            for name, value in stored.items():
                if name in SAID_COLUMNS.get(table.name, ()):
                    # A sentence: its code and values, and beside it the words.
                    assert row[name] == to_data(said_from_column(value))
                    assert row[f"{name}_text"] == say(said_from_column(value))
                elif name in times:
                    if value is None:
                        assert row[name] is None
                        continue
                    shown = datetime.fromisoformat(row[name])
                    stored_utc = datetime.fromisoformat(value).replace(tzinfo=UTC)
                    assert shown == stored_utc
                    offset_name = next(n for n in row if n.endswith("utc_offset_min") and _pairs(name, n))
                    assert shown.utcoffset() == timedelta(minutes=stored[offset_name])
                elif isinstance(row[name], bool):
                    assert int(row[name]) == value
                else:
                    assert row[name] == value


def _pairs(time_column: str, offset_column: str) -> bool:
    prefixes = {"started_at": "start_", "ended_at": "end_", "paused_at": "pause_", "resumed_at": "resume_"}
    return offset_column == prefixes.get(time_column, "") + "utc_offset_min"


def test_times_keep_the_offset_the_user_had(filled: Database) -> None:
    bouts = read_tables(filled.engine)["sitting_bouts"]
    assert (bouts[0]["started_at"].isoformat(), bouts[0]["ended_at"].isoformat()) == (
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:10:00+01:00",
    )
    assert bouts[1]["started_at"].isoformat() == "2026-11-24T09:00:00-03:30"
    pauses = read_tables(filled.engine)["region_pauses"]
    assert [p["resumed_at"] and p["resumed_at"].isoformat() for p in pauses] == [
        None,
        "2026-11-22T08:00:00-03:30",
    ]


def test_csv_writes_one_file_per_table_and_a_readme(filled: Database, tmp_path: Path) -> None:
    output = tmp_path / "export"
    written = export_data(filled.engine, "csv", output, NOW)
    assert sorted(p.name for p in output.iterdir()) == sorted(
        [*(f"{t}.csv" for t in ALL_TABLES), "README.txt"]
    )
    assert set(written) == set(output.iterdir())
    for table in exported_tables():
        path = output / f"{table.name}.csv"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == len(raw_rows(filled, table.name))
        assert list(rows[0]) == exported_columns(table)
    readme = (output / "README.txt").read_text(encoding="utf-8")
    for table, columns in COLUMN_DESCRIPTIONS.items():
        assert f"{table}.csv" in readme
        assert all(f"  {name}: " in readme for name in columns)
    with (output / "sitting_bouts.csv").open(encoding="utf-8", newline="") as handle:
        bouts = list(csv.DictReader(handle))
    assert bouts[0]["started_at"] == "2026-10-25T02:30:00+02:00"


def test_an_existing_output_is_kept_unless_forced(filled: Database, tmp_path: Path) -> None:
    output = tmp_path / "export.json"
    output.write_text("mine")
    with pytest.raises(ExportError, match="already exists"):
        export_data(filled.engine, "json", output, NOW)
    assert output.read_text() == "mine"
    export_data(filled.engine, "json", output, NOW, force=True)
    assert json.loads(output.read_text())["format"] == "desk-coach-export"
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    with pytest.raises(ExportError, match="not a folder"):
        export_data(filled.engine, "csv", output, NOW, force=True)
