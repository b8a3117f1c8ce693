"""Progress read by a screen reader (issue 17): every Tab stop has a name, and each chart tells
its figures (the same words and figures as its bars' tooltips) as its description."""

from __future__ import annotations

import pytest
from accessible_names import unnamed_stops
from PySide6.QtGui import QAccessible
from test_progress_window import SCREENS, TODAY, FakeHistory, FakeScreens

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.ui.progress_charts import chart_description
from desk_coach.ui.progress_presenter import LONGEST_BOUT, SITTING
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow


@pytest.fixture
def window(qtbot) -> ProgressWindow:
    checks = [(item.id, item.name) for item in load_screen_content().items]
    presenter = ProgressPresenter(
        FakeHistory(), today=TODAY, first_weekday=0, goal_minutes=240,
        load_screens=FakeScreens(SCREENS), screen_items=checks,
    )
    widget = ProgressWindow(presenter)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.charts()
    return widget


def test_every_tab_stop_of_progress_has_a_name(window: ProgressWindow) -> None:
    assert unnamed_stops(window) == [], "; ".join(unnamed_stops(window))


def test_each_chart_is_named_by_its_title(window: ProgressWindow) -> None:
    for box in window.charts().boxes():
        assert box.view.accessibleName() == box.title
        assert box.view.accessibleName() == box.chart.title()


def test_the_charts_tell_the_figures_their_bars_show(window: ProgressWindow) -> None:
    charts = window.charts()
    week = window.presenter.week
    bars = [week.sitting_tip(series, day) for day in range(7) for series in (SITTING, LONGEST_BOUT)]
    sitting = [window.presenter.goal_name, *bars]
    assert charts.sitting.description == chart_description(sitting)
    assert charts.sitting.description.startswith("Daily goal")
    targets = [week.target_tip(i) for i in range(len(week.targets))]
    assert charts.targets.description == chart_description(targets)
    drawn = [
        week.break_tip(name, day) for day in range(7) for name, values in week.breaks if values[day]
    ]
    assert drawn  # the week has breaks
    assert charts.breaks.description == chart_description(drawn)
    page = charts.screen_page
    assert page is not None and not page.empty
    points = [page.tip(item, i) for item, marks in page.marks.items() for i in range(len(marks))]
    assert charts.screens.description == chart_description(points)


def test_a_chart_tells_its_figures_again_for_another_week(qtbot, window: ProgressWindow) -> None:
    before = window.charts().sitting.description
    window.previous_button.click()
    after = window.charts().sitting.description
    assert after != before
    assert window.presenter.week.sitting_tip(SITTING, 0) in after


def test_progress_is_a_window_to_a_screen_reader(window: ProgressWindow) -> None:
    face = QAccessible.queryAccessibleInterface(window)
    assert face is not None
    assert face.role() == QAccessible.Role.Window
    assert face.text(QAccessible.Text.Name) == window.windowTitle()


def test_the_window_role_is_for_the_window_only(window: ProgressWindow) -> None:
    face = QAccessible.queryAccessibleInterface(window.scroll_area)
    assert face is not None and face.role() != QAccessible.Role.Window


def test_a_chart_description_reads_each_tooltip_line_as_a_sentence() -> None:
    lines = ["Chest: 7 min this week\nStretching: 7 min, weekly goal 5 min", "Neck: 2 min this week."]
    assert chart_description(lines) == (
        "Chest: 7 min this week. Stretching: 7 min, weekly goal 5 min. Neck: 2 min this week."
    )
    assert chart_description([]) == "No figures to show."


def test_each_chart_is_a_chart_to_a_screen_reader(window: ProgressWindow) -> None:
    for box in window.charts().boxes():
        face = QAccessible.queryAccessibleInterface(box.view)
        assert face is not None
        assert face.role() == QAccessible.Role.Chart
        assert face.text(QAccessible.Text.Name) == box.title
        assert face.text(QAccessible.Text.Description) == box.description
