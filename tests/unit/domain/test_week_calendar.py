"""Weeks as the user counts them: their days, their number and their bounds in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.domain.week_calendar import (
    MONDAY,
    SUNDAY,
    WeekCalendar,
    first_weekday,
    iso_week_label,
    week_label,
)

WEDNESDAY_25_NOV_2026 = date(2026, 11, 25)


def test_a_sunday_first_week_is_numbered_after_the_iso_week_most_of_its_days_are_in():
    days = WeekCalendar(SUNDAY).days_of(WEDNESDAY_25_NOV_2026)
    assert (days[0], days[-1]) == (date(2026, 11, 22), date(2026, 11, 28))
    assert iso_week_label(days[0]) == "2026-W47"  # its Sunday alone
    assert week_label(days) == "2026-W48"  # Monday to Saturday, and the Wednesday asked about


@pytest.mark.parametrize("first", range(7))
def test_every_week_holding_a_day_of_an_iso_week_starts_near_it_and_its_number_comes_back(first):
    calendar = WeekCalendar(first)
    day = date(2026, 12, 20)
    for _ in range(60):  # across a year's end with a 53-week year (2026) on one side
        days = calendar.days_of(day)
        assert days[0].weekday() == first and day in days
        assert calendar.week_numbered(week_label(days)) == days
        day += timedelta(days=5)


def test_a_monday_first_week_keeps_its_iso_number():
    for start in (date(2026, 12, 28), date(2027, 1, 4), date(2021, 1, 4)):
        days = WeekCalendar(MONDAY).days_of(start)
        assert week_label(days) == iso_week_label(start)


def test_the_week_numbered_2026_w48_with_sunday_first_runs_sunday_to_saturday():
    days = WeekCalendar(SUNDAY).week_numbered("2026-W48")
    assert (days[0], days[-1]) == (date(2026, 11, 22), date(2026, 11, 28))


@pytest.mark.parametrize(
    ("choice", "locale_first", "want"),
    [("monday", SUNDAY, MONDAY), ("sunday", MONDAY, SUNDAY), ("locale", SUNDAY, SUNDAY), ("locale", 5, 5)],
)
def test_the_first_day_setting(choice, locale_first, want):
    assert first_weekday(choice, locale_first) == want


def test_bounds_are_where_the_users_days_begin_in_their_zone():
    berlin = ZoneInfo("Europe/Berlin")
    calendar = WeekCalendar(MONDAY, day_start_min=6 * 60)  # a night shift ending at 06:00
    days = calendar.days_of(date(2026, 10, 21))  # the week summer time ends in
    since, until = calendar.span_utc(days, berlin)
    assert since == datetime(2026, 10, 19, 4, 0, tzinfo=UTC)  # 06:00 summer time
    assert until == datetime(2026, 10, 26, 5, 0, tzinfo=UTC)  # 06:00 winter time
