"""The real app, not the window gallery, heard through Orca: coaching set up from a desk worker's
self-check, the coach running, and `desk-coach break` from the command line as a user without the
tray would start a break. The routine takes the keyboard (a screen reader runs), Orca reads the
window, says the exercise and its first step, counts the last seconds of getting ready, and says
the hold when it begins: the routine's own clock, in real time, through the real AT-SPI bridge of
the app's process. (Orca also says the routine's progress bar, "4 percent", at most every 10 s, as
its own setting for progress bars has it.)

The other moments (a switch of sides, pain, the end question, the emergency page) are heard in
``test_orca_hears_the_routine.py``, where the windows are driven faster than real time.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from screen_reader import Orca, ScreenReaderDesktop
from test_coach_reminders import TEST_TIMING, set_up_coaching, status

pytestmark = pytest.mark.e2e


@pytest.fixture
def reader_desktop(tmp_path: Path) -> Iterator[ScreenReaderDesktop]:
    with ScreenReaderDesktop(log_dir=tmp_path / "desktop-logs", timeout=20) as desktop:
        yield desktop


def test_orca_hears_the_real_routine_begin_count_down_and_hold(
        reader_desktop: ScreenReaderDesktop, tmp_path: Path) -> None:
    desktop = reader_desktop
    set_up_coaching(desktop, tmp_path)
    run = [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING]
    coach = desktop.spawn("desk-coach", run)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    orca = Orca(desktop, tmp_path).start()
    mark = orca.mark()

    started = subprocess.run([sys.executable, "-m", "desk_coach", "break"], env=desktop.env,
                             capture_output=True, text=True, timeout=30)
    assert started.returncode == 0, started.stderr

    # The routine opens with the exercise, its first step and the getting ready ("… 10 seconds.").
    said = orca.wait_to_speak(r"\. First: .*Get ready", since=mark, timeout=30)
    first = next(line for line in said if re.search(r"\. First: .*Get ready", line))
    assert first.split(". First: ")[0].strip(), first  # an exercise's name before it
    # The last three seconds of getting ready, then the hold, each said once as it comes.
    said = orca.wait_to_speak(r"^\s*Hold 1 of \d+", since=mark, timeout=30)
    counted = [line.strip() for line in said]
    assert [n for n in ("3", "2", "1") if n in counted] == ["3", "2", "1"], counted
    assert counted.index("3") < counted.index("1") < next(
        i for i, line in enumerate(counted) if line.startswith("Hold 1 of")), counted
    assert not any(line in {"9", "8", "7", "6", "5", "4"} for line in counted), counted  # not every tick
    # Orca reads the window once it has the keyboard: the break came at the user's request, and a
    # screen reader runs, so the routine took the keyboard (without it Orca said nothing at all).
    assert said[0].startswith("Stretch routine — Desk Coach dialog"), said

    coach.terminate()
    assert coach.wait(timeout=20) == 0
