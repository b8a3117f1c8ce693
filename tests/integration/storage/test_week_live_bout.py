"""Today in the Progress window counts the bout in progress: the history holds a bout only once
it ended, so today's sitting (and longest bout) adds the coach's running bout to the stored
bouts; a past week is read as stored. Checked against a sum of the stored rows made here."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, SittingBout
from desk_coach.domain.settings import validate
from desk_coach.services.week_report import WeekReport

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime.combine(TODAY, time(15, 0), tzinfo=BERLIN)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BERLIN)


BOUTS = [  # (start, end) of the stored bouts: two today, one on Monday, one the week before
    (at(TODAY, 9, 0), at(TODAY, 9, 4)),
    (at(TODAY, 10, 0), at(TODAY, 10, 30)),
    (at(TODAY - timedelta(days=2), 9, 0), at(TODAY - timedelta(days=2), 10, 15)),
    (at(TODAY - timedelta(days=8), 9, 0), at(TODAY - timedelta(days=8), 9, 50)),
]


def stored_minutes(day: date) -> list[float]:
    """Each stored bout's minutes on ``day``, counted here from BOUTS (none crosses midnight)."""
    return [(end - start).total_seconds() / 60 for start, end in BOUTS if start.date() == day]


@pytest.fixture
def report(database):
    with SqlUnitOfWork(database.engine) as uow:
        for start, end in BOUTS:
            uow.history.add_bout(SittingBout(start, end, BoutEnd.BREAK))

    def make(first_day: str) -> WeekReport:
        settings = validate(shipped_schema(), {"calendar": {"first_day_of_week": first_day}}, "test")[0]
        return WeekReport(SqlWeekFigures(database.engine), ManualClock(NOW), lambda: settings)

    return make


@pytest.mark.parametrize(("first_day", "first_date"), [("monday", date(2026, 11, 23)),
                                                       ("sunday", date(2026, 11, 22))])
def test_today_adds_the_bout_in_progress_to_the_stored_bouts(report, first_day, first_date):
    week = report(first_day).live_week_of(TODAY, sitting_s=11 * 60)
    assert week.days[0].day == first_date
    [today] = [day for day in week.days if day.day == TODAY]
    assert today.sitting_minutes == pytest.approx(sum(stored_minutes(TODAY)) + 11)  # 34 stored + 11
    assert today.longest_bout_minutes == pytest.approx(max(stored_minutes(TODAY)))  # 30 beats 11
    monday = TODAY - timedelta(days=2)
    [other] = [day for day in week.days if day.day == monday]
    assert other.sitting_minutes == pytest.approx(sum(stored_minutes(monday)))  # other days as stored


def test_a_bout_in_progress_longer_than_todays_bouts_is_todays_longest(report):
    week = report("sunday").live_week_of(TODAY, sitting_s=42 * 60)
    [today] = [day for day in week.days if day.day == TODAY]
    assert today.longest_bout_minutes == pytest.approx(42)
    assert week.longest_bout_minutes == pytest.approx(75)  # Monday's stored bout stays the week's longest
    assert today.sitting_minutes == pytest.approx(sum(stored_minutes(TODAY)) + 42)


def test_a_bout_begun_yesterday_counts_on_yesterday_as_it_will_once_stored(report):
    """A bout counts on the day it began, in the history; counted live from midnight only (as it
    was), today's figure dropped and yesterday's jumped when it ended."""
    week = report("monday").live_week_of(TODAY, sitting_s=20 * 3600)  # since 19:00 yesterday
    [today] = [day for day in week.days if day.day == TODAY]
    [yesterday] = [day for day in week.days if day.day == TODAY - timedelta(days=1)]
    assert today.sitting_minutes == pytest.approx(sum(stored_minutes(TODAY)))
    assert yesterday.sitting_minutes == pytest.approx(20 * 60)
    assert yesterday.longest_bout_minutes == pytest.approx(20 * 60)


@pytest.mark.parametrize("first_day", ["monday", "sunday"])
def test_a_past_week_does_not_get_the_bout_in_progress(report, first_day):
    last_week = TODAY - timedelta(days=8)
    live = report(first_day).live_week_of(last_week, sitting_s=11 * 60)
    assert live == report(first_day).week_of(last_week)
    assert live.sitting_minutes == pytest.approx(sum(stored_minutes(last_week)))


def test_the_bout_in_progress_counts_in_the_whole_minutes_the_tray_shows(report):
    """The tray says "Sitting 11 min" for 11 min 20 s, and nothing for a few seconds."""
    for sitting_s, added in ((11 * 60 + 20, 11), (11 * 60 + 40, 12), (3, 0)):
        week = report("monday").live_week_of(TODAY, sitting_s=sitting_s)
        [today] = [day for day in week.days if day.day == TODAY]
        assert today.sitting_minutes == pytest.approx(sum(stored_minutes(TODAY)) + added)
