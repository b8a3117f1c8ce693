"""`break_streak`: days in a row with a break, up to today.

Decided: today is not over, so a today without a break yet does not end the streak; the run
is counted up to yesterday. A day with no break before that ends it.
"""

from __future__ import annotations

from datetime import date, timedelta

from desk_coach.domain.weekly import break_streak

TODAY = date(2026, 11, 25)


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_no_breaks_at_all() -> None:
    assert break_streak([], TODAY) == 0


def test_a_run_that_includes_today() -> None:
    assert break_streak(days_back(0, 1, 2, 3), TODAY) == 4


def test_today_without_a_break_yet_keeps_yesterdays_streak() -> None:
    assert break_streak(days_back(1, 2, 3), TODAY) == 3


def test_a_gap_ends_the_streak() -> None:
    assert break_streak(days_back(0, 1, 3, 4, 5), TODAY) == 2
    assert break_streak(days_back(1, 3, 4), TODAY) == 1


def test_a_run_that_ended_before_yesterday_is_no_streak() -> None:
    assert break_streak(days_back(2, 3, 4), TODAY) == 0


def test_order_duplicates_and_future_days_do_not_matter() -> None:
    days = [*days_back(2, 0, 1, 0), TODAY + timedelta(days=1)]
    assert break_streak(days, TODAY) == 3


def test_across_a_month_and_year_end() -> None:
    days = [date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)]
    assert break_streak(days, date(2027, 1, 1)) == 3
