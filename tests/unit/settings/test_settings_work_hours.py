"""Reading work hours and times of day as people write them."""

from __future__ import annotations

from datetime import time

import pytest

from desk_coach.domain.settings import (
    WEEKDAYS,
    SettingsSchema,
    TimeRange,
    defaults,
    parse_time_of_day,
    parse_work_day,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("09:00-17:30", 9 * 60, 17 * 60 + 30),
        ("9:00 - 17:30", 9 * 60, 17 * 60 + 30),
        (" 00:00-24:00 ", 0, 24 * 60),
        ("22:15-23:59", 22 * 60 + 15, 23 * 60 + 59),
    ],
)
def test_ranges_are_read(text: str, start: int, end: int) -> None:
    assert TimeRange.parse(text) == TimeRange(start, end)


def test_a_range_prints_as_it_is_written() -> None:
    assert str(TimeRange.parse("9:05-24:00")) == "09:05-24:00"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("17:00-09:00", "ends before it starts"),
        ("22:00-02:00", "cannot run past midnight"),
        ("25:00-26:00", "does not exist"),
        ("09:60-10:00", "does not exist"),
        ("24:00-24:00", "does not exist"),
        ("23:00-24:30", "does not exist"),
        ("09:00-09:00", "ends when it starts"),
        ("09:00", 'not a range like "09:00-17:30"'),
        ("9-5", 'not a range like "09:00-17:30"'),
        ("", 'not a range like "09:00-17:30"'),
    ],
)
def test_impossible_ranges_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        TimeRange.parse(text)


def test_a_day_is_sorted_and_may_have_touching_ranges() -> None:
    day = parse_work_day(["13:00-17:00", "09:00-13:00"])

    assert [str(r) for r in day] == ["09:00-13:00", "13:00-17:00"]


@pytest.mark.parametrize(
    "items",
    [["09:00-12:00", "11:59-13:00"], ["09:00-17:00", "10:00-11:00"], ["09:00-12:00", "09:00-12:00"]],
)
def test_overlapping_ranges_on_one_day_are_refused(items: list[str]) -> None:
    with pytest.raises(ValueError, match="overlap"):
        parse_work_day(items)


def test_an_empty_day_is_a_day_off() -> None:
    assert parse_work_day([]) == ()


def test_a_range_holds_its_start_but_not_its_end() -> None:
    morning = TimeRange.parse("09:00-12:30")

    assert morning.contains(time(9, 0))
    assert morning.contains(time(12, 29, 59))
    assert not morning.contains(time(12, 30))
    assert not morning.contains(time(8, 59))
    assert TimeRange.parse("18:00-24:00").contains(time(23, 59))


def test_a_range_cannot_be_built_outside_one_day() -> None:
    with pytest.raises(ValueError, match="within one day"):
        TimeRange(17 * 60, 9 * 60)


def test_work_hours_by_weekday_number(schema: SettingsSchema) -> None:
    hours = defaults(schema).work_hours

    assert WEEKDAYS[0] == "monday"
    assert hours.on(0) == hours.monday
    assert hours.on(4) == (TimeRange.parse("09:00-17:30"),)
    assert hours.on(5) == hours.on(6) == ()


@pytest.mark.parametrize(
    ("text", "expected"), [("16:00", time(16, 0)), ("7:05", time(7, 5)), ("23:59", time(23, 59))]
)
def test_times_of_day_are_read(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "4pm", "16", "16:00:00", ""])
def test_impossible_times_of_day_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        parse_time_of_day(text)
