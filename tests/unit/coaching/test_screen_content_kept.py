"""The self-check content is read once and kept while its file stays the same (Progress and the
self-check ask for it at each opening); an edited file is read again, and a damaged one gives
its message at every call, never a stale copy."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from desk_coach.resources import resource

from desk_coach.adapters import file_text, screen_files
from desk_coach.adapters.screen_files import ScreenContentFile
from desk_coach.domain.coaching.screening import ScreenContentError

SHIPPED = Path(str(resource("screen/screen.toml"))).read_text(encoding="utf-8")


@pytest.fixture
def content_file(tmp_path, monkeypatch) -> Path:
    """The shipped screen.toml copied to a file the test may edit, found where the shipped one is."""
    path = tmp_path / "screen.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(screen_files, "resource", lambda relative: path)
    monkeypatch.setattr(file_text, "resource", lambda relative: path)
    return path


def _edit(path: Path, text: str) -> None:
    """Write ``text`` and move the modification time on, as an editor saving later would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def _names(content) -> list[str]:
    return [item.name for item in content.items]


def test_an_unchanged_file_is_kept(content_file):
    read = ScreenContentFile()
    first = read()
    assert read() is first
    assert "Front-of-hip check" in _names(first)


def test_an_edited_file_is_read_again(content_file):
    read = ScreenContentFile()
    assert "Front-of-hip check" in _names(read())
    _edit(content_file, SHIPPED.replace('name = "Front-of-hip check"', 'name = "Hip front check"'))
    names = _names(read())
    assert "Hip front check" in names
    assert "Front-of-hip check" not in names


def test_a_damaged_file_gives_its_message_at_every_call_and_is_read_again_once_mended(content_file, caplog):
    read = ScreenContentFile()
    read()
    _edit(content_file, "= no key\n" + SHIPPED)  # no longer TOML
    for _ in range(2):
        caplog.clear()
        with caplog.at_level(logging.ERROR), pytest.raises(ScreenContentError):
            read()
        assert any("screen/screen.toml" in record.getMessage() for record in caplog.records)
    _edit(content_file, SHIPPED)
    assert "Front-of-hip check" in _names(read())


def test_a_missing_file_says_so_each_time(content_file):
    read = ScreenContentFile()
    content_file.unlink()
    for _ in range(2):
        with pytest.raises(ScreenContentError):
            read()
