"""The week report counts weeks as the settings say, whoever asks: the window, the summary, stats."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.settings import WEEKDAYS, Settings, defaults, validate
from desk_coach.domain.weekly import WeekStats, break_streak
from desk_coach.services.week_report import STREAK_FIRST_LOOK_DAYS, STREAK_LOOKBACK_DAYS, WeekReport

NEW_YORK = ZoneInfo("America/New_York")


class FakeFigures:
    def __init__(self) -> None:
        self.asked: list[tuple] = []

    def week(self, days, since, until, day_start_min) -> WeekStats:
        self.asked.append((tuple(days), since, until, day_start_min))
        return WeekStats.empty(tuple(days))

    def days_with_breaks(self, since, until, day_start_min) -> list[date]:
        self.asked.append((since, until, day_start_min))
        return []


def settings_with(values: dict) -> Settings:
    return validate(shipped_schema(), values, "test")[0]


def report_for(settings: Settings, locale_first: int = 0) -> tuple[WeekReport, FakeFigures]:
    figures = FakeFigures()
    clock = ManualClock(datetime(2026, 11, 25, 14, 0, tzinfo=NEW_YORK))  # Wednesday afternoon
    return WeekReport(figures, clock, lambda: settings, lambda: locale_first), figures


def test_this_week_starts_on_the_settings_first_day_and_is_bounded_in_the_users_zone():
    report, figures = report_for(settings_with({"calendar": {"first_day_of_week": "sunday"}}))
    stats = report.this_week()
    assert stats.week == "2026-W48"
    [(days, since, until, day_start)] = figures.asked
    assert (days[0], days[-1]) == (date(2026, 11, 22), date(2026, 11, 28))
    assert since == datetime(2026, 11, 22, 5, 0, tzinfo=UTC)  # midnight in New York
    assert until == datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
    assert day_start == 0


def test_locale_means_the_locales_first_day():
    report, _ = report_for(defaults(shipped_schema()), locale_first=6)
    assert report.calendar().first_weekday == 6
    assert report.this_week().days[0].day == date(2026, 11, 22)


def test_a_night_shift_moves_the_bounds_and_today():
    night = settings_with({"work_hours": {day: ["22:00-06:00"] for day in WEEKDAYS}})
    report, figures = report_for(night)
    report.week_numbered("2026-W48")
    [(days, since, _until, day_start)] = figures.asked
    assert days[0] == date(2026, 11, 23) and day_start == 6 * 60
    assert since == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 06:00 in New York


def test_the_streak_looks_five_weeks_back_from_the_users_today():
    settings = defaults(shipped_schema())
    report, figures = report_for(settings)
    report.break_days(date(2026, 11, 25))
    [(since, until, _)] = figures.asked
    assert since.astimezone(NEW_YORK).date() == date(2026, 11, 25) - timedelta(days=STREAK_FIRST_LOOK_DAYS)
    assert until.astimezone(NEW_YORK).date() == date(2026, 11, 26)


def test_a_run_of_days_reaching_five_weeks_back_is_read_a_year_back():
    today = date(2026, 11, 25)
    every_day = [today - timedelta(days=n) for n in range(STREAK_LOOKBACK_DAYS, -1, -1)]

    class EveryDay(FakeFigures):
        def days_with_breaks(self, since, until, day_start_min) -> list[date]:
            super().days_with_breaks(since, until, day_start_min)
            first = since.astimezone(NEW_YORK).date()
            return [day for day in every_day if day >= first]

    figures = EveryDay()
    report = WeekReport(figures, ManualClock(datetime(2026, 11, 25, 14, 0, tzinfo=NEW_YORK)),
                        lambda: defaults(shipped_schema()))
    days = report.break_days(today)
    assert [since.astimezone(NEW_YORK).date() for since, _, _ in figures.asked] == [
        today - timedelta(days=STREAK_FIRST_LOOK_DAYS), today - timedelta(days=STREAK_LOOKBACK_DAYS)]
    assert break_streak(days, today) == STREAK_LOOKBACK_DAYS + 1


def test_a_changed_setting_shows_at_the_next_look():
    current = {"settings": defaults(shipped_schema())}
    report = WeekReport(FakeFigures(), ManualClock(datetime(2026, 11, 25, 14, 0, tzinfo=NEW_YORK)),
                        lambda: current["settings"])
    assert report.this_week().days[0].day.weekday() == 0
    current["settings"] = replace(current["settings"], calendar=replace(current["settings"].calendar,
                                                                       first_day_of_week="sunday"))
    assert report.this_week().days[0].day.weekday() == 6
