"""Hovering a bar of the Progress window shows its exact figure with its unit; the exercise bars
are labelled in minutes to the tenth; a past week shows its own streak (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QStackedBarSeries
from PySide6.QtWidgets import QToolTip

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days
from desk_coach.ui.progress_presenter import LONGEST_BOUT, SKIPPED, TAKEN
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

TODAY = date(2026, 11, 25)


def light_week(day: date) -> WeekStats:
    days = week_days(day)
    stats = [
        DayStats(
            d,
            sitting_minutes=130.4 + n,
            longest_bout_minutes=45.0 + n / 4,
            breaks=dict(zip(BREAK_KINDS, (n, 0, 0, n % 2, 0, 1, 0), strict=True)),
            exercise_minutes={Target.NECK: 128 / 60, Target.CHEST: 50 / 60, Target.GLUTES: 88 / 60}
            if n == 1 else {},
        )
        for n, d in enumerate(days)
    ]
    return WeekStats(iso_week_label(days[0]), tuple(stats))


@pytest.fixture
def window(qtbot) -> ProgressWindow:
    widget = ProgressWindow(ProgressPresenter(light_week, today=TODAY, goal_minutes=240))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def hover(qtbot, series, index: int, bar_set) -> str:
    series.hovered.emit(True, index, bar_set)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_hovering_an_exercise_bar_shows_its_exact_minutes(qtbot, window: ProgressWindow) -> None:
    series = window.charts().targets.chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    bar_set = series.barSets()[0]
    names = window.category_labels("targets")  # top-down; the series counts bottom-up
    neck = len(names) - 1 - names.index("Neck")
    assert hover(qtbot, series, neck, bar_set) == "Neck: 2 min 8 s this week"
    chest = len(names) - 1 - names.index("Chest")
    assert hover(qtbot, series, chest, bar_set) == "Chest: 50 s this week"
    series.hovered.emit(False, chest, bar_set)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_hovering_a_sitting_or_break_bar_names_the_day_and_the_figure(qtbot, window: ProgressWindow) -> None:
    sitting = next(s for s in window.charts().sitting.chart.series() if isinstance(s, QBarSeries))
    bout = next(b for b in sitting.barSets() if b.label() == "Longest bout")
    assert hover(qtbot, sitting, 2, bout) == "Wed 25 Nov — Longest bout: 45 min 30 s"
    assert LONGEST_BOUT == "Longest bout"
    breaks = next(s for s in window.charts().breaks.chart.series() if isinstance(s, QStackedBarSeries))
    sets = {b.label(): b for b in breaks.barSets()}
    # Thursday: 3 taken, 1 snoozed, 1 skipped.
    assert hover(qtbot, breaks, 3, sets["Taken"]) == "Thu 26 Nov — Taken: 3 of 5 breaks"
    assert hover(qtbot, breaks, 3, sets["Skipped"]) == "Thu 26 Nov — Skipped: 1 of 5 breaks"
    assert hover(qtbot, breaks, 0, sets["Taken"]) == "Mon 23 Nov — Taken: 0 of 1 break"
    assert (TAKEN, SKIPPED) == ("Taken", "Skipped")


def test_the_exercise_bars_are_labelled_in_minutes_to_the_tenth(window: ProgressWindow) -> None:
    series = window.charts().targets.chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    assert series.isLabelsVisible() and series.labelsFormat() == "@value min"
    # Qt writes "@value" as printf's %g with the series' precision (6 significant digits).
    assert series.labelsPrecision() >= 6
    values = window.series_values("Exercise minutes")
    drawn = {name: series.labelsFormat().replace("@value", f"{value:g}")
             for name, value in zip(window.category_labels("targets"), values, strict=True)}
    assert drawn["Neck"] == "2.1 min" and drawn["Chest"] == "0.8 min" and drawn["Glutes"] == "1.5 min"
    assert drawn["Walk"] == "0 min"
    # The week's largest bar is 2.1 min: the axis counts in whole minutes, each tick its own figure.
    axis = window.charts().target_minutes
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    ticks = [axis.min() + i * step for i in range(axis.tickCount())]
    texts = [axis.labelFormat() % tick for tick in ticks]
    assert len(set(texts)) == len(texts)


def test_a_past_week_shows_its_own_streak(qtbot) -> None:
    days = [date(2026, 11, 22), date(2026, 11, 23), date(2026, 11, 24), TODAY]
    widget = ProgressWindow(ProgressPresenter(
        light_week, today=TODAY, load_break_days=lambda up_to: [d for d in days if d <= up_to]
    ))
    qtbot.addWidget(widget)
    assert widget.streak_label.text() == "Streak: 4 days in a row with at least one break taken."
    widget.show_previous_week()
    past = "Streak at the end of this week: 1 day with at least one break taken."
    assert widget.streak_label.text() == past
    widget.show_this_week()
    assert widget.streak_label.text() == "Streak: 4 days in a row with at least one break taken."
