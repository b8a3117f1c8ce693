"""A day's work hours typed as one line, without Qt: the problem told under the field, the tidy
form a good line takes, and whether a week typed in the self-check changed."""

from __future__ import annotations

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.settings import WEEKDAYS, defaults
from desk_coach.ui.work_day_line import WorkWeekLines, line_problem, tidy_line

WORK_HOURS = defaults(shipped_schema()).work_hours


def test_a_good_line_is_tidied_and_an_empty_one_is_a_day_off():
    assert line_problem("9:00-12:30; 13:30–17:30") is None
    assert tidy_line("13:30-17:30, 9:00-12:30") == "09:00-12:30, 13:30-17:30"
    assert tidy_line("") == ""


def test_a_bad_line_is_named_and_left_as_typed():
    assert line_problem("09:00-12:00, 11:00-13:00").endswith("overlap.")
    assert tidy_line("9-17") is None


def test_a_week_changes_only_when_a_day_reads_differently():
    week = WorkWeekLines(WORK_HOURS)
    lines = {day: week.initial_line(day) for day in WEEKDAYS}
    assert week.complete(lines) and week.changed(lines) is None
    assert week.changed(lines | {"monday": "9:00-17:30"}) is None  # the same hours, written another way
    later = week.changed(lines | {"monday": "10:00-18:00"})
    assert later is not None and later["monday"] == ["10:00-18:00"] and set(later) == set(WEEKDAYS)
    assert week.changed(lines | {"monday": "nonsense"}) is None and not week.complete(lines | {"monday": "x"})
