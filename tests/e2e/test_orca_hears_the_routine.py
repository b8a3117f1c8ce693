"""Orca itself, through its speech log, on the moments issue 17 is about: the guided routine's
phases and switch of sides as they come on their own clock, the "End the routine now?" question
after Escape, and the self-check's emergency page after a yes to chest pain. The windows are driven
by ``tests/e2e/a11y_report.py`` (the measurement of issue 17) in a desktop with an AT-SPI bus."""

from __future__ import annotations

from pathlib import Path


def heard(lines: list[str], words: str) -> bool:
    return any(words in line for line in lines)


def test_orca_speaks_the_routine_its_end_question_and_the_emergency_page(tmp_path: Path) -> None:
    from a11y_report import measure

    records = {r["shot"]: r for r in measure(tmp_path, "emergency_page or countdown or end_question")}
    start = records["routine-start"]["spoken"]
    assert heard(start, "Get ready · left side."), start
    running = records["routine-countdown-and-switch"]["spoken"]
    assert heard(running, "Hold 1 of 2 · left side."), running
    assert heard(running, "Switch sides. Now the right side."), running
    question = records["routine-end-question"]["spoken"]
    assert heard(question, "End the routine now? What you have done so far still counts."), question
    emergency = records["wizard-emergency"]["spoken"]
    assert heard(emergency, "Please get help now"), emergency
    assert heard(emergency, "needs urgent medical care"), emergency
