"""The real app with spoken cues set to "aloud" in its settings file, on a desktop with no screen
reader: `desk-coach break` opens the guided routine, and its first line (the exercise and its first
step) reaches the real speech-dispatcher (``tests/support/speech_dispatcher.py``) through Qt's
speechd engine, in the app's language. Debian packages: speech-dispatcher, and the desktop's."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import HeadlessDesktop
from speech_dispatcher import SpeechDispatcher
from test_coach_reminders import TEST_TIMING, set_up_coaching, status

from desk_coach.adapters.paths import AppPaths

pytestmark = pytest.mark.e2e


@pytest.fixture
def speechd() -> Iterator[SpeechDispatcher]:
    daemon = SpeechDispatcher().start()
    yield daemon
    daemon.stop()


def test_a_break_started_from_the_command_line_speaks_its_first_exercise_aloud(
        desktop: HeadlessDesktop, speechd: SpeechDispatcher, tmp_path: Path) -> None:
    settings = AppPaths.for_current_user().settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('[sounds]\nspoken_cues = "aloud"\n', encoding="utf-8")
    set_up_coaching(desktop, tmp_path)
    run = [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING]
    coach = desktop.spawn("desk-coach", run, env={**desktop.env, **speechd.env})
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    result = subprocess.run([sys.executable, "-m", "desk_coach", "break"], env=desktop.env,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    heard = desktop.wait_until(lambda: speechd.heard() if "Get ready" in speechd.heard() else None,
                               timeout=30, what=f"the routine's first line (heard: {speechd.said()})")
    name, _, rest = heard.partition(". First: ")  # the exercise, its first step, then getting ready
    assert name and "Get ready" in rest and rest.endswith("10 seconds."), heard
    assert {language for language, _ in speechd.said()} == {"en"}
    coach.terminate()
    assert coach.wait(timeout=20) == 0
