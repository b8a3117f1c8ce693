"""Saving settings: every value comes back, the write is atomic, and only the user can read it."""

from __future__ import annotations

import dataclasses
import os
import stat
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from desk_coach.adapters.settings_file import SettingsFile, shipped_schema
from desk_coach.domain.settings import Settings, SettingsSchema, defaults, to_document, validate

SCHEMA = shipped_schema()
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _everything_changed(schema: SettingsSchema) -> Settings:
    """Settings in which every single value differs from its default."""
    document: dict[str, dict[str, Any]] = {}
    for spec in schema.specs():
        if spec.kind == "int":
            value: Any = spec.maximum if spec.default != spec.maximum else spec.minimum
        elif spec.kind == "bool":
            value = not spec.default
        elif spec.kind == "choice":
            value = next(choice for choice in spec.choices if choice != spec.default)
        elif spec.kind == "time":
            value = "07:45"
        elif spec.kind == "choices":
            value = [choice for choice in spec.choices if choice not in spec.default]
        else:
            value = ["06:30-11:00", "11:45-15:15"] if spec.default else ["10:00-12:00"]
        document.setdefault(spec.group, {})[spec.name] = value
    settings, problems = validate(schema, document, "test")
    assert problems == []
    return settings


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_save_then_load_gives_back_every_value(tmp_path: Path) -> None:
    changed = _everything_changed(SCHEMA)
    default_document = to_document(defaults(SCHEMA))
    for group, body in to_document(changed).items():
        for key, value in body.items():
            assert value != default_document[group][key], f"{group}.{key} was not changed"
    settings_file = SettingsFile(tmp_path / "settings.toml")

    settings_file.save(changed)
    loaded = settings_file.load()

    assert loaded.problems == ()
    assert loaded.settings == changed
    assert loaded.settings.summary.time == time(7, 45)


def test_saving_defaults_round_trips_too(tmp_path: Path) -> None:
    settings_file = SettingsFile(tmp_path / "settings.toml")

    settings_file.save(defaults(SCHEMA))

    assert settings_file.load().settings == defaults(SCHEMA)
    assert settings_file.load().problems == ()


def test_the_saved_file_reads_well(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"

    SettingsFile(path).save(defaults(SCHEMA))
    text = path.read_text(encoding="utf-8")

    assert text.startswith("# Desk Coach settings.\n")
    assert "[breaks]\n# Minutes of sitting before Desk Coach suggests a short movement break." in text
    assert "sit_interval_min = 30\n" in text
    assert 'time = "16:00"\n' in text
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line and not line.startswith(("#", "[", " ", "]")):
            assert lines[number - 1].startswith("#"), f"no comment above {line!r}"


@posix_only
def test_save_creates_a_private_folder_and_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "desk-coach" / "settings.toml"
    old_umask = os.umask(0)  # the most permissive umask must not leak into the modes
    try:
        SettingsFile(path).save(defaults(SCHEMA))
    finally:
        os.umask(old_umask)

    assert _mode(path.parent) == 0o700
    assert _mode(path) == 0o600
    assert os.listdir(path.parent) == ["settings.toml"]


@posix_only
def test_save_leaves_an_existing_folders_mode_alone(tmp_path: Path) -> None:
    folder = tmp_path / "desk-coach"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)

    SettingsFile(folder / "settings.toml").save(defaults(SCHEMA))

    assert _mode(folder) == 0o755
    assert _mode(folder / "settings.toml") == 0o600


@posix_only
def test_save_makes_an_existing_readable_file_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[sounds]\nvolume = 10\n", encoding="utf-8")
    path.chmod(0o644)

    SettingsFile(path).save(defaults(SCHEMA))

    assert _mode(path) == 0o600
    assert SettingsFile(path).load().settings.sounds.volume == 70


def test_save_writes_a_temporary_file_beside_the_target_and_swaps_it_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[sounds]\nvolume = 10\n", encoding="utf-8")
    swaps: list[tuple[Path, Path, str]] = []
    real_replace = os.replace

    def spy(source: str, target: Path) -> None:
        swaps.append((Path(source), Path(target), Path(source).read_text(encoding="utf-8")))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    SettingsFile(path).save(defaults(SCHEMA))

    [(source, target, text)] = swaps
    assert source.parent == target.parent == tmp_path
    assert source != target
    assert target == path
    assert text == path.read_text(encoding="utf-8")
    assert os.listdir(tmp_path) == ["settings.toml"]


def test_a_failed_save_leaves_the_old_file_whole_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[sounds]\nvolume = 10\n", encoding="utf-8")

    def disk_full(source: str, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        SettingsFile(path).save(defaults(SCHEMA))

    assert path.read_text(encoding="utf-8") == "[sounds]\nvolume = 10\n"
    assert os.listdir(tmp_path) == ["settings.toml"]


def test_settings_that_would_not_load_back_are_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[sounds]\nvolume = 10\n", encoding="utf-8")
    base = defaults(SCHEMA)
    broken = dataclasses.replace(base, breaks=dataclasses.replace(base.breaks, sit_interval_min=5))

    with pytest.raises(ValueError, match=r"field 'breaks\.sit_interval_min': 5 is not a whole number"):
        SettingsFile(path).save(broken)

    assert path.read_text(encoding="utf-8") == "[sounds]\nvolume = 10\n"
    assert os.listdir(tmp_path) == ["settings.toml"]


@posix_only
def test_a_symlinked_settings_file_stays_a_symlink(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "desk-coach.toml"
    real.write_text("[sounds]\nvolume = 10\n", encoding="utf-8")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)

    SettingsFile(link).save(defaults(SCHEMA))

    assert link.is_symlink()
    assert SettingsFile(real).load().settings.sounds.volume == 70


HAND_WRITTEN = """\
# My own notes: breaks a bit later on Fridays.

[sounds]
volume   =   10   # quiet office

[breaks]
# I like 40
sit_interval_min = 40  # trailing note
snooze_typo = 3

[summary]
time = "17:00"
"""


def test_saving_changes_only_the_changed_value_and_keeps_comments_layout_and_unknown_keys(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    settings_file = SettingsFile(path)
    loaded = settings_file.load().settings
    later = dataclasses.replace(loaded, breaks=dataclasses.replace(loaded.breaks, sit_interval_min=45))

    settings_file.save(later)

    assert path.read_text(encoding="utf-8") == HAND_WRITTEN.replace(
        "sit_interval_min = 40  # trailing note", "sit_interval_min = 45  # trailing note"
    )
    assert settings_file.load().settings == later


def test_a_value_the_file_leaves_out_is_added_to_its_table_and_a_new_table_comes_last(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    settings_file = SettingsFile(path)

    settings = settings_file.update(
        {"breaks": {"long_breaks_per_day": 0}, "coaching": {"equipment": ["wall"]}}
    )

    text = path.read_text(encoding="utf-8")
    with_the_new_key = HAND_WRITTEN.replace("snooze_typo = 3\n", "snooze_typo = 3\nlong_breaks_per_day = 0\n")
    assert text.startswith(with_the_new_key)
    assert text.rstrip().endswith('equipment = ["wall"]')
    assert "[coaching]\n# What the coach may plan with." in text
    assert settings_file.load().settings == settings
    assert settings.sounds.volume == 10 and settings.breaks.long_breaks_per_day == 0


def test_update_takes_the_file_as_it_is_now_and_leaves_a_value_it_cannot_use_alone(tmp_path: Path) -> None:
    """A hand edit made while the app ran is kept, and a wrong value elsewhere is not 'repaired'."""
    path = tmp_path / "settings.toml"
    path.write_text("[sounds]\nvolume = 500\n\n[breaks]\nsit_interval_min = 40\n", encoding="utf-8")

    settings = SettingsFile(path).update({"breaks": {"sit_interval_min": 45}})

    assert path.read_text(encoding="utf-8") == "[sounds]\nvolume = 500\n\n[breaks]\nsit_interval_min = 45\n"
    assert settings.breaks.sit_interval_min == 45


def test_an_unallowed_value_is_refused_by_update_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")

    with pytest.raises(ValueError, match=r"field 'breaks\.sit_interval_min': 5 is not a whole number"):
        SettingsFile(path).update({"breaks": {"sit_interval_min": 5}})

    assert path.read_text(encoding="utf-8") == HAND_WRITTEN
