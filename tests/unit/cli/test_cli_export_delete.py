"""`desk-coach export` and `desk-coach delete-data`: take your data out, then remove it all."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.cli import main
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, SittingBout

CET = timezone(timedelta(hours=1))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_coach", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def user_data(isolated_home: Path) -> AppPaths:
    """A user with history, settings, logs, a first-run marker and a database moved aside."""
    paths = AppPaths.for_current_user()
    database = open_database(paths.database, ManualClock(datetime(2026, 11, 25, 14, 30, tzinfo=CET)))
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_bout(
                SittingBout(
                    datetime(2026, 11, 24, 9, 0, tzinfo=CET),
                    datetime(2026, 11, 24, 10, 0, tzinfo=CET),
                    BoutEnd.IDLE,
                )
            )
    finally:
        database.dispose()
    (paths.data_dir / "desk-coach.db.corrupt-20261101-120000").write_bytes(b"old")
    (paths.data_dir / "first-run-done").touch()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("[breaks]\n")
    paths.log_dir.mkdir(parents=True)
    paths.log_file.write_text("log\n")
    paths.log_file.with_name(paths.log_file.name + ".1").write_text("older log\n")
    return paths


def desk_coach_leftovers(home: Path) -> list[Path]:
    return [path for path in home.rglob("*") if "desk-coach" in path.parts]


def test_export_then_delete_leaves_nothing_of_desk_coach(
    user_data: AppPaths, isolated_home: Path, tmp_path: Path
):
    output = tmp_path / "my-data.json"
    assert main(["export", "--format", "json", "--output", str(output)]) == 0
    document = json.loads(output.read_text(encoding="utf-8"))
    (bout,) = document["tables"]["sitting_bouts"]["rows"]
    assert bout["started_at"] == "2026-11-24T09:00:00+01:00"

    assert main(["export", "--format", "csv", "--output", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "sitting_bouts.csv").is_file()

    result = run_cli("delete-data", "--yes")
    assert result.returncode == 0, result.stderr
    assert not user_data.database.exists()
    assert not user_data.settings_file.exists()
    assert not user_data.log_file.exists()
    for folder in (user_data.data_dir, user_data.config_dir, user_data.log_dir):
        assert not folder.exists()
    assert desk_coach_leftovers(isolated_home) == []
    assert output.exists()  # the export is the user's, outside Desk Coach's folders


def test_delete_data_without_yes_removes_nothing(user_data: AppPaths, isolated_home: Path, capsys):
    before = sorted(desk_coach_leftovers(isolated_home))
    assert main(["delete-data"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "--yes" in err
    assert str(user_data.database) in err
    assert sorted(desk_coach_leftovers(isolated_home)) == before


def test_export_refuses_to_overwrite_without_force(user_data: AppPaths, tmp_path: Path, capsys):
    output = tmp_path / "taken.json"
    output.write_text("mine")
    assert main(["export", "--format", "json", "--output", str(output)]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert output.read_text() == "mine"
    assert main(["export", "--format", "json", "--output", str(output), "--force"]) == 0
    assert json.loads(output.read_text())["format"] == "desk-coach-export"


def test_export_needs_format_and_output():
    result = run_cli("export", "--format", "json")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


def test_export_loads_no_qt(user_data: AppPaths, tmp_path: Path):
    code = (
        "import sys\n"
        "from desk_coach.cli import main\n"
        f"status = main(['export', '--format', 'csv', '--output', {str(tmp_path / 'out')!r}])\n"
        "print('QT-MODULES', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES []" in result.stdout
