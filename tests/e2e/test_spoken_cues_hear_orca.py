"""Spoken cues set to "aloud" leave the lines to a screen reader when one runs: the real Orca 43,
started by hand on a desktop whose screen reader switch is off (as ``orca`` from a terminal or an
autostart entry), is found by ``adapters/screen_reader`` when a routine starts, so nothing is spoken
over it. Debian packages: as ``tests/support/screen_reader.py`` (at-spi2-core, orca)."""

from __future__ import annotations

from pathlib import Path

import pytest
from screen_reader import Orca, ScreenReaderDesktop

from desk_coach.adapters.screen_reader import screen_reader_running
from desk_coach.ui.spoken_aloud import routine_speech

pytestmark = pytest.mark.e2e


def test_an_orca_started_by_hand_is_found_and_nothing_is_spoken_over_it(tmp_path: Path) -> None:
    with ScreenReaderDesktop(log_dir=tmp_path / "desktop-logs", timeout=20) as desktop:
        env = desktop.env
        assert screen_reader_running(env) is False  # the switch is off, no Orca on this desktop yet
        orca = Orca(desktop, tmp_path).start()
        assert screen_reader_running(env) is True
        made: list[str] = []

        def system_speech():
            made.append("a system voice")
            return lambda text: None

        way = routine_speech("aloud", lambda: screen_reader_running(env), system_speech)
        assert way.aloud is None and made == []  # no voice made: nothing is spoken over Orca
        assert way.line("Hold") == "Hold"  # the screen reader gets the line
        assert orca.process is not None and orca.process.poll() is None
