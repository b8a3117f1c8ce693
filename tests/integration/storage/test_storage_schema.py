"""The models and the migrations describe the same schema, and the revision helpers agree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from schema_text import normalised_schema
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError, StatementError

from desk_coach.adapters.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from desk_coach.adapters.storage.models import UtcDateTime, break_events, metadata

SCHEMA_QUERY = text(
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE name != 'alembic_version' AND name NOT LIKE 'sqlite_%' ORDER BY name"
)


@pytest.fixture
def migrated(tmp_path: Path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as connection:
        upgrade_to_head(connection)
    yield engine
    engine.dispose()


def test_models_match_migrations(migrated: Engine) -> None:
    with migrated.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_migrations_emit_the_same_ddl_as_the_models(migrated: Engine, tmp_path: Path) -> None:
    # compare_metadata ignores CHECK constraints; the DDL text does not.
    declared = create_engine(f"sqlite:///{tmp_path / 'declared.db'}")
    try:
        metadata.create_all(declared)
        with migrated.connect() as a, declared.connect() as b:
            assert normalised_schema(a.execute(SCHEMA_QUERY).all()) == normalised_schema(
                b.execute(SCHEMA_QUERY).all()
            )
    finally:
        declared.dispose()


def test_revision_helpers(tmp_path: Path) -> None:
    assert head_revision() == "0004"
    assert known_revisions() == {"0001", "0002", "0003", "0004"}
    engine = create_engine(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        with engine.begin() as connection:
            assert current_revision(connection) is None
            upgrade_to_head(connection)
            assert current_revision(connection) == head_revision()
        with engine.begin() as connection:
            upgrade_to_head(connection)  # a second run is a no-op
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


def test_utc_type_stores_utc_and_returns_aware_utc() -> None:
    column_type = UtcDateTime()
    local = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    stored = column_type.process_bind_param(local, dialect=None)  # type: ignore[arg-type]
    assert stored == datetime(2026, 7, 1, 4, 0, 15, 123456)
    assert stored.tzinfo is None
    loaded = column_type.process_result_value(stored, dialect=None)  # type: ignore[arg-type]
    assert loaded == local
    assert loaded.tzinfo is UTC


def test_utc_type_refuses_naive_datetimes(migrated: Engine) -> None:
    with pytest.raises(ValueError, match="naive"):
        UtcDateTime().process_bind_param(datetime(2026, 7, 1, 9, 30), dialect=None)  # type: ignore[arg-type]
    with migrated.begin() as connection, pytest.raises(StatementError, match="naive"):
        connection.execute(
            break_events.insert().values(
                occurred_at=datetime(2026, 7, 1, 9, 30),
                utc_offset_min=0,
                kind="due",
                break_kind="micro",
                note="",
            )
        )


@pytest.mark.parametrize(
    ("column", "value"),
    [("kind", "'nagged'"), ("break_kind", "'huge'"), ("utc_offset_min", "1440")],
)
def test_check_constraints_reject_bad_values(migrated: Engine, column: str, value: str) -> None:
    values = {"occurred_at": "'2026-07-01 09:30:00.000000'", "utc_offset_min": "0"}
    values |= {"kind": "'due'", "break_kind": "'micro'", "note": "''", column: value}
    sql = f"INSERT INTO break_events ({', '.join(values)}) VALUES ({', '.join(values.values())})"
    with migrated.begin() as connection, pytest.raises(IntegrityError, match="CHECK constraint failed"):
        connection.exec_driver_sql(sql)


@pytest.mark.parametrize(
    ("column", "value"),
    [("end_reason", "'bored'"), ("start_utc_offset_min", "1440"), ("end_utc_offset_min", "-1440")],
)
def test_bout_check_constraints_reject_bad_values(migrated: Engine, column: str, value: str) -> None:
    values = {"started_at": "'2026-07-01 09:00:00.000000'", "ended_at": "'2026-07-01 10:00:00.000000'"}
    values |= {"start_utc_offset_min": "0", "end_utc_offset_min": "0", "end_reason": "'idle'", column: value}
    sql = f"INSERT INTO sitting_bouts ({', '.join(values)}) VALUES ({', '.join(values.values())})"
    with migrated.begin() as connection, pytest.raises(IntegrityError, match="CHECK constraint failed"):
        connection.exec_driver_sql(sql)


def test_a_bout_cannot_end_before_it_starts(migrated: Engine) -> None:
    sql = (
        "INSERT INTO sitting_bouts "
        "(started_at, ended_at, start_utc_offset_min, end_utc_offset_min, end_reason) "
        "VALUES ('2026-07-01 10:00:00.000000', '2026-07-01 09:00:00.000000', 0, 0, 'idle')"
    )
    with migrated.begin() as connection, pytest.raises(IntegrityError, match="CHECK constraint failed"):
        connection.exec_driver_sql(sql)


def test_migration_file_names_agree_with_alembic() -> None:
    """Start-up reads revisions from file names to avoid importing Alembic; they must match."""
    from desk_coach.adapters.storage.migrate import alembic_revisions, head_revision, shipped_revisions

    revisions, head = alembic_revisions()
    assert shipped_revisions() == revisions
    assert head_revision() == head


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path\n"
        "from desk_coach.adapters.storage.database import open_database\n"
        "from desk_coach.adapters.system_clock import SystemClock\n"
        f"path = Path({str(tmp_path / 'db.sqlite')!r})\n"
        "open_database(path, SystemClock()).dispose()\n"
        "sys.modules.pop('alembic', None)\n"
        "for name in [m for m in sys.modules if m.startswith('alembic')]: del sys.modules[name]\n"
        "open_database(path, SystemClock()).dispose()\n"
        "print('ALEMBIC', any(m.startswith('alembic') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "ALEMBIC False" in result.stdout
