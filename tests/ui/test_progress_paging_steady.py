"""Paging through weeks leaves the charts where they are: a week whose summary wraps to fewer
lines than the week before does not move or resize every chart below it (which also cost a
third of a week's switch); the summary always has the room its text needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_progress_window import TODAY, busy_week

from desk_coach.domain.weekly import WeekStats, iso_week_label, week_days
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow


def nothing_put_off(day: date) -> WeekStats:
    """The busy week with every break taken: its summary is shorter."""
    week = busy_week(day)
    days = tuple(
        replace(d, breaks={kind: (count if kind == "taken" else 0) for kind, count in d.breaks.items()})
        for d in week.days
    )
    return replace(week, days=days)


def alternating(day: date) -> WeekStats:
    """Odd weeks put breaks off in every way, even weeks none."""
    number = int(iso_week_label(week_days(day)[0]).split("W")[1])
    return busy_week(day) if number % 2 else nothing_put_off(day)


@pytest.fixture
def window(qtbot) -> ProgressWindow:
    widget = ProgressWindow(ProgressPresenter(alternating, today=TODAY, first_weekday=0, goal_minutes=240))
    qtbot.addWidget(widget)
    widget.resize(520, 700)  # narrow: the longer summary wraps to more lines
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _summary_fits(window: ProgressWindow) -> bool:
    label = window.summary_label
    return label.height() >= label.heightForWidth(label.width())


def test_the_two_summaries_need_different_room_at_this_width(window):
    label = window.summary_label
    needed = label.heightForWidth(label.width())
    window.show_previous_week()
    assert label.heightForWidth(label.width()) != needed


def _laid_out(window: ProgressWindow, view, qtbot):
    """Where the chart stands once the window's layout is done with the page: the same in two
    looks 50 ms apart (a 20 ms wait once caught it half laid out on a loaded CI machine)."""
    seen = [None]

    def steady() -> bool:
        qtbot.wait(50)
        seen.append((view.mapTo(window.content, view.rect().topLeft()), view.size()))
        return seen[-1] == seen[-2]

    qtbot.waitUntil(steady, timeout=3000)
    return seen[-1]


def test_paging_back_and_forth_keeps_the_charts_in_place(window, qtbot):
    window.show_previous_week()
    view = window.charts().sitting.view
    where = _laid_out(window, view, qtbot)
    for _ in range(4):
        window.show_previous_week()
        assert _laid_out(window, view, qtbot) == where
        assert _summary_fits(window)
