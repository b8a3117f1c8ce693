"""Loading real settings files: forgiving about content, and never touching the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk_coach.adapters.settings_file import SettingsFile, shipped_schema
from desk_coach.domain.settings import defaults
from desk_coach.wording.problems import problem_words

SCHEMA = shipped_schema()
DEFAULTS = defaults(SCHEMA)
LONG_AGO = (1_000_000_000, 1_000_000_000)  # 2001: any write or touch would move it


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    os.utime(path, LONG_AGO)
    return path


def _snapshot(path: Path) -> tuple[bytes, int, int, list[str]]:
    stat = path.stat()
    return path.read_bytes(), stat.st_mtime_ns, stat.st_mode, sorted(os.listdir(path.parent))


def test_missing_file_gives_defaults_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "config" / "desk-coach" / "settings.toml"

    loaded = SettingsFile(path).load()

    assert loaded.settings == DEFAULTS
    assert loaded.problems == ()
    assert not path.exists()
    assert not (tmp_path / "config").exists()


def test_out_of_range_value_is_reported_and_the_file_left_alone(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.toml", b"[breaks]\nsit_interval_min = 5\nmicro_break_s = 240\n")
    before = _snapshot(path)

    loaded = SettingsFile(path).load()

    assert [problem_words(p) for p in loaded.problems] == [
        f"{path}: field 'breaks.sit_interval_min': 5 is not a whole number from 20 to 60 (minutes); "
        "using the default 30."
    ]
    assert loaded.settings.breaks.sit_interval_min == 30
    assert loaded.settings.breaks.micro_break_s == 240
    assert _snapshot(path) == before


def test_toml_syntax_error_names_line_and_column_and_leaves_the_file(tmp_path: Path) -> None:
    content = b"# my settings\n[breaks]\nsit_interval_min = 45 minutes\n"
    path = _write(tmp_path / "settings.toml", content)
    before = _snapshot(path)

    loaded = SettingsFile(path).load()

    assert loaded.settings == DEFAULTS
    assert len(loaded.problems) == 1
    message = problem_words(loaded.problems[0])
    assert message.startswith(f"{path}: this is not valid TOML at line 3, column 23 (the parser says: ")
    assert message.endswith("; using the default for every setting until it is fixed.")
    assert loaded.problems[0].field == ""
    assert _snapshot(path) == before


def test_syntax_error_at_the_end_of_the_file_still_names_a_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.toml", b"[breaks]\nsit_interval_min = ")

    loaded = SettingsFile(path).load()

    assert "not valid TOML at the end of the file, line 2, column 20" in problem_words(loaded.problems[0])
    assert loaded.settings == DEFAULTS


def test_text_that_is_not_utf8_is_one_problem_with_defaults(tmp_path: Path) -> None:
    path = _write(tmp_path / "settings.toml", b"[sounds]\n# caf\xe9\nvolume = 40\n")
    before = _snapshot(path)

    loaded = SettingsFile(path).load()

    assert loaded.settings == DEFAULTS
    assert [problem_words(p) for p in loaded.problems] == [
        f"{path}: line 2 holds bytes that are not UTF-8 text, so the file cannot be read; "
        "using the default for every setting until it is fixed."
    ]
    assert _snapshot(path) == before


def test_a_folder_in_place_of_the_file_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()

    loaded = SettingsFile(path).load()

    assert loaded.settings == DEFAULTS
    assert "this is a folder, not a settings file" in problem_words(loaded.problems[0])


def test_permission_denied_is_one_problem_even_when_running_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "settings.toml", b"[sounds]\nvolume = 40\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    loaded = SettingsFile(path).load()

    assert loaded.settings == DEFAULTS
    assert [problem_words(p) for p in loaded.problems] == [
        f"{path}: Desk Coach is not allowed to read this file (permission denied); "
        "using the default for every setting until it is fixed."
    ]


def test_a_hand_written_file_is_read(tmp_path: Path) -> None:
    content = """\ufeff# written in an editor that adds a byte-order mark
[breaks]
sit_interval_min = 45

[work_hours]
monday = ["08:00-12:00", "13:00-16:30"]
saturday = ["10:00-12:00"]

[summary]
day = "Monday"
time = 09:30:00

[notifications]
style = "tray"
""".encode()
    path = _write(tmp_path / "settings.toml", content)

    loaded = SettingsFile(path).load()

    assert loaded.problems == ()
    assert loaded.settings.breaks.sit_interval_min == 45
    assert [str(r) for r in loaded.settings.work_hours.monday] == ["08:00-12:00", "13:00-16:30"]
    assert [str(r) for r in loaded.settings.work_hours.saturday] == ["10:00-12:00"]
    assert loaded.settings.summary.day == "monday"
    assert loaded.settings.summary.time.isoformat() == "09:30:00"
    assert loaded.settings.notifications.style == "tray"
    assert loaded.settings.sounds == DEFAULTS.sounds
