"""A day's work hours as a person types them in one line ("09:00-12:30, 13:30-17:30"), without Qt.

Settings and the self-check both edit work hours as such lines: what is wrong with a line, how a
good one is tidied when the field is left ("9:00-17:30" -> "09:00-17:30"), and whether a week
typed in the self-check differs from the one it started with are decided here, once. Beside its
views in ``ui/``; no Qt import (an import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Mapping

from desk_coach.domain.settings import WEEKDAYS, WorkHours, parse_work_day, split_work_day, work_day_problem
from desk_coach.wording.problems import sentence_words


def line_problem(text: str) -> str | None:
    """The sentence shown under a line that does not read as a day's ranges; None when it does."""
    problem = work_day_problem(split_work_day(text))
    return None if problem is None else sentence_words(problem)


def tidy_line(text: str) -> str | None:
    """A good line written out in full and in order; None when the line has a problem."""
    if line_problem(text) is not None:
        return None
    return ", ".join(str(item) for item in parse_work_day(split_work_day(text)))


class WorkWeekLines:
    """The seven lines of a work week, starting from ``work_hours``."""

    def __init__(self, work_hours: WorkHours) -> None:
        self._initial: dict[str, list[str]] = {
            day: [str(item) for item in work_hours.on(number)] for number, day in enumerate(WEEKDAYS)
        }

    def initial_line(self, day: str) -> str:
        return ", ".join(self._initial[day])

    @staticmethod
    def complete(lines: Mapping[str, str]) -> bool:
        """Every day's line reads well."""
        return all(line_problem(lines[day]) is None for day in WEEKDAYS)

    def changed(self, lines: Mapping[str, str]) -> dict[str, list[str]] | None:
        """Every weekday's ranges as settings text when all read well and any day differs from the
        start; else None."""
        if not self.complete(lines):
            return None
        now: dict[str, list[str]] = {
            day: [str(item) for item in parse_work_day(split_work_day(lines[day]))] for day in WEEKDAYS
        }
        return now if now != self._initial else None
