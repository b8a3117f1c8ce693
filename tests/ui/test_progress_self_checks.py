"""The Progress window's self-check chart reads when checks come close together (issue 15: "five
self-check trend points show as two overlapping dots"): a point for every check, six checks with
the same score apart from each other, a tooltip with the day and both sides' scores, a time axis in
months over months and in days over days, and a score axis in the self-check's own words."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip
from test_progress_window import CHECKS, TODAY, ZONE, FakeHistory, FakeScreens, screen
from window_gallery import settle

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource, Side
from desk_coach.ui.progress_presenter import screen_axis
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

ITEMS = [item for item, _ in CHECKS]


def all_twos(day: date, hour: int = 10) -> ScreenRecord:
    """A self-check where every movement check scored 2 on each side."""
    scores = []
    for item in ITEMS:
        sides = (Side.LEFT, Side.RIGHT) if item in {"S1", "S2", "S4"} else (None,)
        scores += [ScreenScore(item, side, 2, False) for side in sides]
    return ScreenRecord(
        taken_at=datetime(day.year, day.month, day.day, hour, 0, tzinfo=ZONE),
        source=ScreenSource.WIZARD, lifestyles=frozenset(), floor_room=True, exercise_allowed=True,
        pregnancy=False, scores=tuple(scores),
    )


# Five checks within a week: one where all six checks scored 2, S1 scored on both sides each time.
CLOSE_TOGETHER = [
    all_twos(TODAY - timedelta(days=6)),
    screen(TODAY - timedelta(days=5), ("S1", Side.LEFT, 1), ("S1", Side.RIGHT, 2)),
    screen(TODAY - timedelta(days=3), ("S1", Side.LEFT, 1), ("S1", Side.RIGHT, 1)),
    screen(TODAY - timedelta(days=1), ("S1", Side.LEFT, 2), ("S1", Side.RIGHT, 1)),
    screen(TODAY, ("S1", Side.LEFT, 2), ("S1", Side.RIGHT, 2)),
]


def shown_window(qtbot, screens: list[ScreenRecord], *, words: bool = True) -> ProgressWindow:
    score_words = load_screen_content().summary.score_words if words else ()
    window = ProgressWindow(ProgressPresenter(
        FakeHistory(), today=TODAY, load_screens=FakeScreens(screens), screen_items=CHECKS,
        score_words=score_words,
    ))
    qtbot.addWidget(window)
    window.resize(1000, 900)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def test_every_check_is_a_point(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    assert len(window.charts().screen_marks["S1"].points()) == 5
    assert len(window.screen_points("S1")) == 5
    assert [score for _, score in window.screen_points("S1")] == [2.0, 1.0, 1.0, 1.0, 2.0]
    for item in ITEMS[1:]:
        assert len(window.charts().screen_marks[item].points()) == 1


def test_checks_days_apart_are_apart_on_the_chart(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    xs = [x for x, _ in window.screen_pixels("S1")]
    assert xs == sorted(xs)
    assert min(b - a for a, b in pairwise(xs)) >= 20  # a day is more than a point wide


def test_equal_scores_of_different_checks_do_not_hide_each_other(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    first = [window.screen_pixels(item)[0] for item in ITEMS]  # all scored 2, the same day
    assert len(set(first)) == len(ITEMS)
    ys = sorted(y for _, y in first)
    assert min(b - a for a, b in pairwise(ys)) >= 3
    # ... yet every one of them reads as a 2: far nearer the 2 than the 1 on the score axis
    chart, x = window.charts().screens.chart, first_x(window)
    two, one = (chart.mapToPosition(QPointF(x, score)).y() for score in (2, 1))
    assert all(abs(y - two) < abs(y - one) / 3 for y in ys), (ys, two, one)


def first_x(window: ProgressWindow) -> float:
    return window.charts().screen_marks["S1"].points()[0].x()


def test_the_points_have_a_shape_each(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    shapes = {window.charts().screen_marks[item].markerShape() for item in ITEMS}
    assert len(shapes) == len(ITEMS)


def test_a_point_tells_its_day_and_both_sides(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    marks = window.charts().screen_marks["S1"]
    assert window.screen_tip("S1", marks.points()[1]) == "S1 Front-of-hip check — Fri 20 Nov: left 1, right 2"
    assert window.screen_tip("S1", marks.points()[4]) == "S1 Front-of-hip check — Wed 25 Nov: left 2, right 2"
    s3 = window.charts().screen_marks["S3"].points()[0]
    assert window.screen_tip("S3", s3) == "S3 Wall head check — Thu 19 Nov: 2"


def test_hovering_a_point_shows_its_tooltip(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    marks = window.charts().screen_marks["S1"]
    marks.hovered.emit(marks.points()[3], True)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "S1 Front-of-hip check — Tue 24 Nov: left 2, right 1"
    marks.hovered.emit(marks.points()[3], False)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_side_that_hurt_or_was_not_scored_says_so(qtbot):
    hurt = ScreenRecord(
        taken_at=datetime(2026, 11, 24, 9, tzinfo=ZONE), source=ScreenSource.WIZARD, lifestyles=frozenset(),
        floor_room=True, exercise_allowed=True, pregnancy=False,
        scores=(ScreenScore("S4", Side.LEFT, 0, True), ScreenScore("S4", Side.RIGHT, None, False)),
    )
    window = shown_window(qtbot, [hurt])
    point = window.charts().screen_marks["S4"].points()[0]
    assert window.screen_tip("S4", point).endswith("— Tue 24 Nov: left 0 (it hurt), right –")


def test_a_week_of_checks_has_a_tick_every_few_days(qtbot):
    window = shown_window(qtbot, CLOSE_TOGETHER)
    labels = list(window.charts().screen_dates.categoriesLabels())
    assert "20 Nov" in labels or "19 Nov" in labels
    assert all(label.split()[-1] in {"Nov", "Dec"} and label.split()[0].isdigit() for label in labels)


def test_months_of_checks_have_a_tick_each_month(qtbot):
    months = [screen(date(2026, month, 2), ("S1", Side.LEFT, 1), ("S1", Side.RIGHT, 1))
              for month in (7, 9, 11)]
    window = shown_window(qtbot, months)
    assert list(window.charts().screen_dates.categoriesLabels()) == ["Jul", "Aug", "Sep", "Oct", "Nov"]


def test_the_axis_runs_into_the_new_year_by_name():
    start, end, ticks, monthly = screen_axis(date(2026, 9, 1), date(2027, 2, 10))
    assert monthly and start < date(2026, 9, 1) and end > date(2027, 2, 10)
    assert ticks == (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1),
                     date(2027, 1, 1), date(2027, 2, 1))


def test_the_axis_reaches_six_months_back_at_most():
    start, _end, _ticks, _monthly = screen_axis(date(2025, 1, 1), TODAY)
    assert start == TODAY - timedelta(days=183)


@pytest.mark.parametrize("words", [True, False])
def test_the_score_axis_says_what_the_scores_mean(qtbot, words):
    window = shown_window(qtbot, CLOSE_TOGETHER, words=words)
    labels = list(window.charts().screen_scores.categoriesLabels())
    if words:
        assert labels == ["clearly limited for now (0)", "some room to grow (1)", "moving well (2)"]
    else:
        assert labels == ["0", "1", "2"]
    assert [window.charts().screen_scores.endValue(label) for label in labels] == [0, 1, 2]
