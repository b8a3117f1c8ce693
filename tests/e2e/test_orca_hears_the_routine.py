"""Orca itself, through its speech log, on the moments issue 17 is about: the guided routine's
phases and switch of sides as they come on their own clock, the "End the routine now?" question
after Escape, and the self-check's emergency page after a yes to chest pain. The windows are driven
by ``tests/e2e/a11y_report.py`` (the measurement of issue 17) in a desktop with an AT-SPI bus.

The whole speech log is read, in order, rather than per moment: on a loaded machine Orca can lag
behind the events by seconds, and an utterance then lands after the moment the report gives it to.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from screen_reader import SpeechLog


def after(spoken: list[str], first: str, then: str) -> bool:
    """Orca said ``then`` in the utterance right after one that has ``first``."""
    return any(first in line and then in following for line, following in pairwise(spoken))


def test_orca_speaks_the_routine_its_end_question_and_the_emergency_page(tmp_path: Path) -> None:
    from a11y_report import measure

    records = {r["shot"] for r in measure(tmp_path, "emergency_page or countdown or end_question")}
    assert {"wizard-emergency", "routine-countdown-and-switch", "routine-end-question"} <= records
    spoken = [line.strip() for line in SpeechLog(tmp_path / "orca-debug.out").spoken()]
    # the emergency page, read whole with the button that has the focus
    assert after(spoken, "Finish push button", "Please get help now"), [
        line for line in spoken if "Finish" in line or "help now" in line or "Self-check" in line]
    assert any("needs urgent medical care: call your local emergency number" in line for line in spoken)
    # the routine: the exercise and its first step, each phase, the switch of sides, the countdown
    exercise = "Standing split-stance hip-flexor stretch. First: "
    assert any(line.startswith(exercise) for line in spoken), spoken
    assert "Hold 1 of 2 · left side. 30 seconds." in spoken, spoken
    assert any(line.startswith("Switch sides. Now the right side.") for line in spoken), spoken
    assert {"20", "10", "3", "2", "1"} <= set(spoken)
    # Escape: the question, with the button that has the focus
    assert after(spoken, "Keep going push button",
                 "End the routine now? What you have done so far still counts."), spoken
