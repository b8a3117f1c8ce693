"""The top of the Progress window reads at a glance: the coach's summary, the figures in tiles with
their units and exact values on hover, the levels and what changed; opened on a real SQLite
history (``glance_history``: what the user should read is counted by hand there)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from glance_history import BERLIN, BOUT_IN_PROGRESS_S, MONDAY, GlanceHistory, glance_settings

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.history import BoutEnd, SittingBout
from desk_coach.ui.progress_window import GOAL, ProgressPresenter, ProgressWindow


class Coach:
    """The coach's status as the window reads it: seconds of the bout in progress."""

    sitting_s = float(BOUT_IN_PROGRESS_S)


@pytest.fixture
def history(tmp_path):
    history = GlanceHistory(tmp_path / "desk-coach.db", load_library())
    yield history
    history.close()


@pytest.fixture
def opened(qtbot, history):
    current = {"settings": glance_settings()}  # what the readers read: a test may change it, as Settings does
    report, reader = history.readers(lambda: current["settings"])
    coach = Coach()
    presenter = ProgressPresenter(
        lambda day: report.live_week_of(day, coach.sitting_s),
        report.today(),
        goal_minutes=current["settings"].goals.daily_sitting_max_min,
        read_today=report.today,
        load_glance=reader.glance,
    )
    window = ProgressWindow(presenter)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window, coach, history.clock, current


def tile_texts(window: ProgressWindow, key: str) -> tuple[str, str, str]:
    tile = window.tiles.tile(key)
    return tile.title.text(), tile.value.text(), tile.detail.text()


def test_the_coachs_summary_opens_the_week(opened):
    window, _coach, _clock, _settings = opened
    assert window.summary_label.text().split("\n") == [
        "You stayed within your 300 min sitting goal on 4 of 5 days; Tuesday went 40 min over.",
        "You took 8 of the 12 breaks that came due (67 %).",
        "Stretching this week: hip flexors 2 of 5 min each side, 3 min to go; "
        "chest 1.5 of 5 min, 3.5 min to go. "
        "Pull : push 4 : 2 — on track (at least 2 : 1).",
    ]


def test_the_figures_read_at_a_glance_with_units_and_exact_values_on_hover(opened):
    window, _coach, _clock, _settings = opened
    assert window.tiles.keys == ("sitting", "breaks", "hip_flexors", "chest", "pull_push")
    assert tile_texts(window, "sitting") == (
        "Sitting within goal",
        "4 / 5 days",
        "within 300 min · average 262 min",
    )
    assert "Tue 24 Nov: 340 min" in window.tiles.tile("sitting").toolTip()
    assert tile_texts(window, "breaks") == ("Breaks taken", "67 %", "8 of 12 due")
    assert (
        window.tiles.tile("breaks")
        .toolTip()
        .startswith(
            "Of the 12 breaks that came due: 8 taken, 1 ended early, 1 skipped, 1 put off and not taken, "
            "1 waiting for an answer."
        )
    )
    assert tile_texts(window, "hip_flexors") == ("Hip flexors", "2 / 5 min", "each side, 3 min to go")
    assert window.tiles.tile("hip_flexors").toolTip() == (
        "2 min of stretching on each side this week, of a weekly goal of 5 min a side"
    )
    assert tile_texts(window, "chest") == ("Chest", "1.5 / 5 min", "3.5 min to go")
    assert window.tiles.tile("chest").toolTip() == "1 min 30 s this week of a weekly goal of 5 min"
    assert tile_texts(window, "pull_push") == ("Pull : push sets", "4 : 2", "aim 2 : 1 or more")


def test_the_levels_and_the_weeks_change_are_named(opened):
    window, _coach, _clock, _settings = opened
    levels = window.levels_label.text()
    assert "<b>Your exercise levels now</b>" in levels
    assert "Hip flexors: Half-kneeling hip-flexor stretch, step 2 of 2" in levels
    changes = window.changes_label.text()
    assert "<b>Changed this week</b>" in changes
    assert "Wed 25 Nov: Standing split-stance hip-flexor stretch felt comfortable for 2 weeks" in changes


def test_the_exercise_chart_tells_each_weekly_goal_on_hover_not_on_the_bar(opened):
    """The bars count every minute of exercise, both sides (hip flexors 4 min); the goal counts
    stretching on one side (2 of 5 min each side), so it is told in the tooltip, not drawn."""
    window, _coach, _clock, _settings = opened
    charts = window.charts()
    assert not charts.targets.chart.legend().isVisible()
    assert charts.targets.chart.series() == [charts.targets_series]  # the bars, nothing drawn over them
    week = window.presenter.week
    assert week.target_tip(0) == (
        "Hip flexors: 4 min this week\nStretching: 2 min each side, weekly goal 5 min each side"
    )
    assert week.target_tip(1) == "Chest: 1 min 30 s this week\nStretching: 1 min 30 s, weekly goal 5 min"
    assert week.target_tip(2) == "Glutes: 0 min this week"


def test_the_glance_follows_the_bout_in_progress(opened):
    window, coach, clock, _settings = opened
    coach.sitting_s = 200 * 60  # Friday goes to 320 min
    clock.advance(timedelta(minutes=1))
    window.live_timer.timeout.emit()
    assert tile_texts(window, "sitting")[1] == "3 / 5 days"
    assert "Fri 27 Nov: 320 min" in window.tiles.tile("sitting").toolTip()


def test_a_past_week_says_plainly_that_it_is_empty(opened):
    window, _coach, _clock, _settings = opened
    window.show_previous_week()
    assert window.empty_label.text() == "Nothing was recorded in this week."
    assert window.empty_label.isVisible()
    assert not window.summary_label.isVisible() and not window.glance_box.isVisible()
    window.show_this_week()
    assert window.glance_box.isVisible() and not window.empty_label.isVisible()


def test_a_past_week_shows_the_levels_at_its_end(opened, history):
    """The hip-flexor track stepped up on Wednesday: the week before ended on the standing stretch."""
    window, _coach, _clock, _settings = opened
    with history.unit_of_work() as uow:  # an hour at the desk the Monday before
        began = datetime.combine(MONDAY - timedelta(days=7), time(9), tzinfo=BERLIN)
        uow.history.add_bout(SittingBout(began, began + timedelta(minutes=60), BoutEnd.IDLE))
    window.show_previous_week()
    levels = window.levels_label.text()
    assert "<b>Your exercise levels at the end of this week</b>" in levels
    assert "Hip flexors: Standing split-stance hip-flexor stretch, step 1 of 2" in levels
    window.show_this_week()
    assert "Hip flexors: Half-kneeling hip-flexor stretch, step 2 of 2" in window.levels_label.text()


def test_a_new_sitting_goal_is_counted_at_once(opened):
    window, _coach, _clock, current = opened
    settings = current["settings"]
    current["settings"] = replace(settings, goals=replace(settings.goals, daily_sitting_max_min=280))
    window.set_goal_minutes(280)  # as the app tells an open window after Settings saved
    assert tile_texts(window, "sitting")[1] == "3 / 5 days"  # Monday 280, Wednesday 250, Friday 150
    assert window.series_values(GOAL) == [280, 280]


def test_the_tiles_go_onto_more_rows_in_a_narrow_window(opened, qtbot):
    window, _coach, _clock, _settings = opened
    wide = window.tiles.columns_for(window.tiles.width())
    window.resize(520, 700)
    qtbot.waitUntil(lambda: window.tiles.width() < 520)
    narrow = window.tiles.columns_for(window.tiles.width())
    assert wide == 5 and 1 <= narrow < wide
    for key in window.tiles.keys:  # every tile's texts whole: wrapped, never cut
        tile = window.tiles.tile(key)
        for label in (tile.title, tile.value, tile.detail):
            assert label.wordWrap()
            assert label.width() >= min(label.sizeHint().width(), label.minimumSizeHint().width())
