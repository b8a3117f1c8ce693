"""Reading work hours and times of day as people write them."""

from __future__ import annotations

from datetime import time

import pytest

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.said import said
from desk_coach.domain.settings import (
    WEEKDAYS,
    SettingsSchema,
    TimeRange,
    defaults,
    parse_time_of_day,
    parse_work_day,
)
from desk_coach.domain.settings.time_ranges import UnreadableTime
from desk_coach.wording.problems import sentence_words
from desk_coach.wording.say import say


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


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("22:00-06:00", 22 * 60, 30 * 60, "22:00-06:00"),
        ("17:00-09:00", 17 * 60, 33 * 60, "17:00-09:00"),
        ("23:30-00:15", 23 * 60 + 30, 24 * 60 + 15, "23:30-00:15"),
        ("00:01-00:00", 1, 24 * 60, "00:01-24:00"),
        ("22:00-00:00", 22 * 60, 24 * 60, "22:00-24:00"),
    ],
)
def test_a_range_may_pass_midnight_and_end_the_next_morning(text: str, start: int, end: int, shown: str):
    work = TimeRange.parse(text)
    assert (work.start_min, work.end_min) == (start, end)
    assert work.overnight == (end > 24 * 60)
    assert str(work) == shown


def test_an_overnight_range_holds_the_next_morning_up_to_its_end() -> None:
    night = TimeRange.parse("22:00-06:00")
    assert night.contains(time(23, 30))
    assert not night.contains(time(5, 0))  # on the start day's clock 05:00 is before it
    assert night.holds(24 * 60 + 5 * 60)  # 05:00 the next morning
    assert not night.holds(24 * 60 + 6 * 60)


def test_an_overnight_range_is_the_last_of_its_day() -> None:
    assert [str(r) for r in parse_work_day(["22:00-06:00", "09:00-12:00"])] == ["09:00-12:00", "22:00-06:00"]
    with pytest.raises(UnreadableTime) as raised:
        parse_work_day(["20:00-02:00", "23:00-23:30"])
    assert raised.value.said == said(FileCode.OVERLAP, earlier="20:00-02:00", later="23:00-23:30")
    assert say(raised.value.said) == '"20:00-02:00" and "23:00-23:30" overlap'


def test_one_sentence_for_settings_and_the_self_check() -> None:
    from desk_coach.domain.settings import split_work_day, work_day_problem

    assert split_work_day("9:00–12:00; 13:00-17:00,") == ["9:00-12:00", "13:00-17:00"]
    assert work_day_problem(["22:00-06:00"]) is None
    not_a_range = work_day_problem(["9-5"])
    overlap = work_day_problem(["09:00-12:00", "11:00-13:00"])
    assert not_a_range == said(FileCode.NOT_A_RANGE, value='"9-5"')
    assert sentence_words(not_a_range) == '"9-5" is not a range like "09:00-17:30" or "22:00-06:00".'
    assert overlap is not None and sentence_words(overlap) == '"09:00-12:00" and "11:00-13:00" overlap.'


def test_a_range_prints_as_it_is_written() -> None:
    assert str(TimeRange.parse("9:05-24:00")) == "09:05-24:00"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
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
    with pytest.raises(UnreadableTime) as raised:
        TimeRange.parse(text)
    assert reason in say(raised.value.said)


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


def test_a_range_cannot_be_built_backwards_or_a_day_long() -> None:
    with pytest.raises(ValueError, match="not a range"):
        TimeRange(17 * 60, 9 * 60)
    with pytest.raises(ValueError, match="a day or more"):
        TimeRange(17 * 60, 41 * 60)


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
    with pytest.raises(UnreadableTime) as raised:
        parse_time_of_day(text)
    assert raised.value.said.code == FileCode.NOT_A_TIME
    assert say(raised.value.said).endswith("is not a time of day")
