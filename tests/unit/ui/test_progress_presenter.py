"""The Progress window's decisions, without Qt: what a week shows and where the buttons go."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days
from desk_coach.ui.progress_presenter import (
    EXERCISE,
    ProgressPresenter,
    WeekPage,
    nice_ceiling,
)

TODAY = date(2026, 11, 25)  # a Wednesday in 2026-W48


def busy_week(day: date) -> WeekStats:
    days = week_days(day)
    stats = [
        DayStats(
            d,
            sitting_minutes=100.0 + 30 * n,
            longest_bout_minutes=40.0 + 5 * n,
            breaks=dict(zip(BREAK_KINDS, (n + 1, 0, 0, 0, 0, 0, 0), strict=True)),
            exercise_minutes={Target.NECK: 2.0 + n} if n < 5 else {},
        )
        for n, d in enumerate(days)
    ]
    return WeekStats(iso_week_label(days[0]), tuple(stats), pull_sets=6.0, push_sets=4.5)


def history(day: date) -> WeekStats:
    if iso_week_label(day) in {"2026-W48", "2026-W47"}:
        return busy_week(day)
    return WeekStats.empty(week_days(day))


def test_the_presenter_loads_no_qt():
    code = (
        "import sys, desk_coach.ui.progress_presenter; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"


def test_a_busy_week_as_drawn():
    page = WeekPage.of(busy_week(TODAY))
    assert page.label == "2026-W48" and page.number == "48"
    assert page.sitting == (100.0, 130.0, 160.0, 190.0, 220.0, 250.0, 280.0)
    assert dict(page.breaks)["Taken"] == (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)
    assert page.breaks_top == 8.0  # ceil(7 * 1.1)
    assert dict(page.targets)["Neck"] == 2 + 3 + 4 + 5 + 6
    assert page.targets[0][0] == "Hip flexors"  # library order, top-down
    assert page.balance_text == "Pull : push sets this week — 6 : 4.5"
    assert not page.empty
    assert EXERCISE == "Exercise minutes"


def test_paging_stops_at_this_week():
    presenter = ProgressPresenter(history, TODAY, goal_minutes=240)
    assert presenter.is_this_week and not presenter.can_go_next
    assert presenter.previous_week().label == "2026-W47"
    assert presenter.can_go_next and not presenter.is_this_week
    assert presenter.previous_week().empty
    assert presenter.this_week().label == "2026-W48"


def test_the_goal_line_and_the_sitting_axis():
    presenter = ProgressPresenter(history, TODAY, goal_minutes=300)
    assert presenter.goal_line() == [(-0.5, 300.0), (6.5, 300.0)]
    assert presenter.goal_name == "Daily goal (300 min)"
    assert presenter.sitting_top == nice_ceiling(300.0) == 500.0  # the bars reach 280
    presenter.goal = 0
    assert presenter.goal_line() == []


def test_without_loaders_there_is_no_screen_chart_and_no_streak():
    presenter = ProgressPresenter(history, TODAY)
    assert presenter.screens() is None and presenter.streak() is None
    assert not presenter.shows_screens and not presenter.shows_streak


def test_the_streak_counts_up_to_yesterday_until_today_has_a_break():
    presenter = ProgressPresenter(history, TODAY, load_break_days=lambda today: [today - timedelta(days=1)])
    assert presenter.streak() == "Streak: 1 day with at least one break taken."


def test_a_sunday_first_week_is_numbered_after_most_of_its_days():
    def sunday_weeks(day: date) -> WeekStats:
        return WeekStats.empty(week_days(day, 6))

    presenter = ProgressPresenter(sunday_weeks, TODAY, first_weekday=6)
    assert presenter.week.days[0] == date(2026, 11, 22)
    assert presenter.week.number == "48"


def test_refresh_today_reads_this_week_again_and_leaves_a_past_week_alone():
    asked: list[date] = []

    def load(day: date) -> WeekStats:
        asked.append(day)
        return history(day)

    presenter = ProgressPresenter(load, today=TODAY, first_weekday=6, goal_minutes=240)  # Sunday first
    page = presenter.refresh_today()
    assert page is not None and page.label == "2026-W48"
    assert asked[-1] == TODAY
    presenter.previous_week()
    asked.clear()
    assert presenter.refresh_today() is None
    assert asked == []


def test_a_window_left_open_overnight_grows_the_new_day():
    days = iter([TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=6)])
    presenter = ProgressPresenter(history, TODAY, read_today=lambda: next(days))
    assert presenter.refresh_today() is not None and presenter.today == TODAY
    assert presenter.refresh_today() is not None and presenter.today == date(2026, 11, 26)
    assert presenter.refresh_today() is None  # Tuesday of the next week: the shown week is past
    assert presenter.can_go_next
