"""The Progress window draws a WeekStats as it is and pages through weeks without rebuilding."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource, Side
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, iso_week_label, week_days
from desk_coach.ui.progress_presenter import screen_series
from desk_coach.ui.progress_window import (
    DISMISSED,
    EXERCISE,
    GOAL,
    LONGEST_BOUT,
    NATURAL,
    PARTIAL,
    QUIET_DELAYED,
    SITTING,
    SKIPPED,
    SNOOZED,
    TAKEN,
    ProgressPresenter,
    ProgressWindow,
    empty_text,
    screen_empty_text,
)
from desk_coach.wording.week_stats_words import summary_lines

TODAY = date(2026, 11, 25)  # a Wednesday in 2026-W48


def busy_week(day: date) -> WeekStats:
    days = week_days(day)
    stats = []
    for n, d in enumerate(days):
        counts = (n + 1, n % 2, n % 3, 1 if n == 2 else 0, 1 if n == 4 else 0, n // 3, 2 if n == 6 else 0)
        breaks = dict(zip(BREAK_KINDS, counts, strict=True))
        stats.append(DayStats(
            d,
            sitting_minutes=100.0 + 30 * n,
            longest_bout_minutes=40.0 + 5 * n,
            breaks=breaks,
            routines_completed=n % 2,
            exercise_minutes={Target.NECK: 2.0 + n, Target.CHEST: 1.5} if n < 5 else {},
        ))
    return WeekStats(iso_week_label(days[0]), tuple(stats), pull_sets=6.0, push_sets=4.5)


def empty_week(day: date) -> WeekStats:
    return WeekStats.empty(week_days(day))


class FakeHistory:
    """load_week: the busy week for W48 and the week before it, nothing else recorded."""

    def __init__(self) -> None:
        self.asked: list[date] = []

    def __call__(self, day: date) -> WeekStats:
        self.asked.append(day)
        if iso_week_label(day) in {"2026-W48", "2026-W47"}:
            return busy_week(day)
        return empty_week(day)


@pytest.fixture
def history() -> FakeHistory:
    return FakeHistory()


@pytest.fixture
def window(qtbot, history: FakeHistory) -> ProgressWindow:
    widget = ProgressWindow(ProgressPresenter(history, today=TODAY, first_weekday=0, goal_minutes=240))
    qtbot.addWidget(widget)
    return widget


def test_title_and_opening_week(window: ProgressWindow) -> None:
    assert window.windowTitle() == "Progress"
    assert window.week_label() == "2026-W48"
    assert window.heading.text().startswith("Week 48 · ")


def test_sitting_bars_equal_the_stats(window: ProgressWindow) -> None:
    stats = busy_week(TODAY)
    assert window.series_values(SITTING) == [d.sitting_minutes for d in stats.days]
    assert window.series_values(LONGEST_BOUT) == [d.longest_bout_minutes for d in stats.days]
    assert window.series_values(GOAL) == [240.0, 240.0]
    assert len(window.category_labels("sitting")) == 7


def test_break_bars_equal_the_stats(window: ProgressWindow) -> None:
    stats = busy_week(TODAY)
    for name, kind in ((TAKEN, "taken"), (PARTIAL, "partial"), (NATURAL, "natural"), (SNOOZED, "snoozed"),
                       (DISMISSED, "dismissed"), (SKIPPED, "skipped"), (QUIET_DELAYED, "quiet_delayed")):
        assert window.series_values(name) == [float(d.breaks[kind]) for d in stats.days], name


def test_target_bars_equal_the_week_totals(window: ProgressWindow) -> None:
    totals = busy_week(TODAY).exercise_minutes
    names = window.category_labels("targets")
    values = window.series_values(EXERCISE)
    assert len(names) == len(values) == len(Target)
    shown = dict(zip(names, values, strict=True))
    assert shown["Neck"] == totals[Target.NECK] == 2 + 3 + 4 + 5 + 6
    assert shown["Chest"] == totals[Target.CHEST]
    assert shown["Hip flexors"] == 0.0
    assert "6 : 4.5" in window.balance_label.text()


def test_summary_lines_are_shown(window: ProgressWindow) -> None:
    assert window.summary_label.text().split("\n") == list(summary_lines(busy_week(TODAY)))


def test_previous_next_and_this_week(qtbot, window: ProgressWindow) -> None:
    assert not window.next_button.isEnabled()  # no future weeks
    assert not window.this_week_button.isEnabled()

    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.week_label() == "2026-W47"
    assert window.series_values(SITTING) == [d.sitting_minutes for d in busy_week(date(2026, 11, 18)).days]
    assert window.next_button.isEnabled() and window.this_week_button.isEnabled()

    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.week_label() == "2026-W46"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.week_label() == "2026-W47"

    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.this_week_button, Qt.MouseButton.LeftButton)
    assert window.week_label() == "2026-W48"
    assert not window.this_week_button.isEnabled()


def test_week_change_across_a_year(qtbot, history: FakeHistory) -> None:
    presenter = ProgressPresenter(history, today=date(2027, 1, 6), first_weekday=0, goal_minutes=240)
    widget = ProgressWindow(presenter)
    qtbot.addWidget(widget)
    assert widget.week_label() == "2027-W01"
    widget.show_previous_week()
    assert widget.week_label() == "2026-W53"


def test_empty_state_shows_only_for_an_empty_week(qtbot, window: ProgressWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert not window.empty_label.isVisible()
    assert window.chart_area.isVisible()

    window.show_previous_week()
    window.show_previous_week()  # W46: nothing recorded
    assert window.empty_label.isVisible()
    assert window.empty_label.text() == empty_text()
    assert not window.chart_area.isVisible()
    assert not window.summary_label.isVisible()  # three lines of zeros add nothing
    assert window.series_values(SITTING) == [0.0] * 7

    window.show_this_week()
    assert not window.empty_label.isVisible()
    assert window.chart_area.isVisible()
    assert window.summary_label.isVisible()


def test_switching_weeks_reuses_the_charts(window: ProgressWindow) -> None:
    views = [window.charts().sitting.view, window.charts().breaks.view, window.charts().targets.view]
    bar_set = window.charts().sitting_set
    for _ in range(5):
        window.show_previous_week()
    window.show_this_week()
    assert [window.charts().sitting.view, window.charts().breaks.view, window.charts().targets.view] == views
    assert window.charts().sitting_set is bar_set
    assert window.series_values(SITTING) == [d.sitting_minutes for d in busy_week(TODAY).days]


def test_no_goal_hides_the_goal_line(qtbot, history: FakeHistory) -> None:
    widget = ProgressWindow(ProgressPresenter(history, today=TODAY))
    qtbot.addWidget(widget)
    assert widget.series_values(GOAL) == []


def test_goal_can_change(window: ProgressWindow) -> None:
    window.set_goal_minutes(300)
    assert window.series_values(GOAL) == [300.0, 300.0]


def test_heading_names_the_week_and_its_dates(window: ProgressWindow) -> None:
    window.setLocale(QLocale("en_GB"))
    window.refresh()
    assert window.heading.text() == "Week 48 · 23 November 2026 – 29 November 2026"


def test_unknown_series_name(window: ProgressWindow) -> None:
    with pytest.raises(KeyError):
        window.series_values("Calories")


# -- self-check scores and the streak --------------------------------------------------------------

ZONE = timezone(timedelta(hours=1))


def screen(day: date, *scores: tuple[str, Side | None, int | None]) -> ScreenRecord:
    return ScreenRecord(
        taken_at=datetime(day.year, day.month, day.day, 10, 0, tzinfo=ZONE),
        source=ScreenSource.WIZARD,
        lifestyles=frozenset(),
        floor_room=True,
        exercise_allowed=True,
        pregnancy=False,
        scores=tuple(ScreenScore(item, side, score, False) for item, side, score in scores),
    )


SCREENS = [
    screen(date(2026, 5, 10),  # before the six months: not asked for, not drawn
           ("S1", Side.LEFT, 0), ("S1", Side.RIGHT, 0)),
    screen(date(2026, 8, 3),
           ("S1", Side.LEFT, 2), ("S1", Side.RIGHT, 1), ("S3", None, 0), ("S6", None, 2),
           ("S4", Side.LEFT, None), ("S4", Side.RIGHT, 1)),
    screen(date(2026, 10, 1),
           ("S1", Side.LEFT, 1), ("S1", Side.RIGHT, 2), ("S3", None, 1), ("S6", None, 2)),
    screen(date(2026, 11, 20),
           ("S1", Side.LEFT, 2), ("S1", Side.RIGHT, 2), ("S3", None, 2), ("S2", Side.RIGHT, 0)),
]


class FakeScreens:
    def __init__(self, screens: list[ScreenRecord]) -> None:
        self.screens = screens
        self.asked: list[tuple[date, date]] = []

    def __call__(self, first: date, last: date) -> list[ScreenRecord]:
        self.asked.append((first, last))
        return [s for s in self.screens if first <= s.taken_at.date() <= last]


def shipped_checks() -> list[tuple[str, str]]:
    from desk_coach.adapters.screen_files import load_screen_content

    return [(item.id, item.name) for item in load_screen_content().items]


CHECKS = shipped_checks()


def with_checks(history: FakeHistory, screens: FakeScreens) -> ProgressPresenter:
    return ProgressPresenter(history, today=TODAY, load_screens=screens, screen_items=CHECKS)


def test_the_checks_are_named_as_the_self_check_names_them(qtbot, history: FakeHistory) -> None:
    renamed = [(item, f"check {number}") for number, (item, _) in enumerate(CHECKS, 1)]
    widget = ProgressWindow(ProgressPresenter(history, today=TODAY, load_screens=FakeScreens([]),
                                              screen_items=renamed))
    qtbot.addWidget(widget)
    names = [series.name() for series in widget.charts().screen_lines.values()]
    assert names == [f"{item} check {number}" for number, (item, _) in enumerate(CHECKS, 1)]
    shipped = ProgressWindow(ProgressPresenter(history, today=TODAY, load_screens=FakeScreens([]),
                                               screen_items=CHECKS))
    qtbot.addWidget(shipped)
    assert shipped.charts().screen_lines["S1"].name() == "S1 Front-of-hip check"


def test_without_the_checks_names_the_chart_is_left_out(qtbot, history: FakeHistory) -> None:
    widget = ProgressWindow(ProgressPresenter(history, today=TODAY, load_screens=FakeScreens(SCREENS)))
    qtbot.addWidget(widget)
    assert widget.screens_box.isHidden()


def drawn_series(widget: ProgressWindow, item: str) -> list[tuple[date, float]]:
    """The self-check line of ``item`` as the presenter hands it over, checked against the
    points the chart draws."""
    series = list(screen_series(widget.presenter.screens(), item))
    assert [score for _, score in widget.screen_points(item)] == [score for _, score in series]
    return series


def test_screen_lines_are_the_lowest_side_scores(qtbot, history: FakeHistory) -> None:
    screens = FakeScreens(SCREENS)
    widget = ProgressWindow(with_checks(history, screens))
    qtbot.addWidget(widget)
    widget.build_charts()  # the self-checks are read for their chart, made after the first paint
    first, last = screens.asked[-1]
    assert last == TODAY
    assert date(2026, 5, 25) <= first <= date(2026, 5, 27)  # about six months back
    assert drawn_series(widget, "S1") == [
        (date(2026, 8, 3), 1.0), (date(2026, 10, 1), 1.0), (date(2026, 11, 20), 2.0)
    ]
    assert drawn_series(widget, "S2") == [(date(2026, 11, 20), 0.0)]
    assert drawn_series(widget, "S3") == [
        (date(2026, 8, 3), 0.0), (date(2026, 10, 1), 1.0), (date(2026, 11, 20), 2.0)
    ]
    assert drawn_series(widget, "S4") == [(date(2026, 8, 3), 1.0)]  # the unscored side is left out
    assert drawn_series(widget, "S5") == []
    assert drawn_series(widget, "S6") == [(date(2026, 8, 3), 2.0), (date(2026, 10, 1), 2.0)]
    # Each re-check is marked with a point at the same place as the line's vertex.
    for item in ("S1", "S3", "S6"):
        line, marks = widget.charts().screen_lines[item], widget.charts().screen_marks[item]
        assert marks.points() == line.points()
        # drawn a little above or below the score, each check at its own height (see the chart's tests)
        lift = widget.presenter.screens().offset(item)
        assert [score for _, score in drawn_series(widget, item)] == [
            pytest.approx(p.y() - lift) for p in line.points()
        ]
    assert widget.screens_empty_label.isHidden()
    assert not widget.charts().screens.view.isHidden()


def test_no_self_check_yet_shows_a_note(qtbot, history: FakeHistory) -> None:
    widget = ProgressWindow(with_checks(history, FakeScreens([])))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.charts_pending())  # made after the first paint
    assert widget.screens_empty_label.isVisible()
    assert widget.screens_empty_label.text() == screen_empty_text()
    assert not widget.charts().screens.view.isVisible()
    assert all(drawn_series(widget, item) == [] for item in ("S1", "S2", "S3", "S4", "S5", "S6"))


def test_without_a_screen_loader_the_chart_is_left_out(window: ProgressWindow) -> None:
    assert window.screens_box.isHidden()
    assert window.streak_label.isHidden()


def test_refresh_reloads_the_screens(qtbot, history: FakeHistory) -> None:
    screens = FakeScreens([])
    widget = ProgressWindow(with_checks(history, screens))
    qtbot.addWidget(widget)
    screens.screens = SCREENS
    widget.refresh()
    assert drawn_series(widget, "S2") == [(date(2026, 11, 20), 0.0)]
    assert not widget.charts().screens.view.isHidden()


@pytest.mark.parametrize(
    ("days", "text"),
    [
        ([TODAY - timedelta(days=n) for n in range(4)],
         "Streak: 4 days in a row with at least one break taken."),
        ([TODAY - timedelta(days=1)], "Streak: 1 day with at least one break taken."),
        ([TODAY - timedelta(days=3)], "Streak: none yet — take a break today to start one."),
    ],
)
def test_the_streak_line(qtbot, history: FakeHistory, days: list[date], text: str) -> None:
    asked: list[date] = []

    def load_break_days(today: date) -> list[date]:
        asked.append(today)
        return days

    widget = ProgressWindow(ProgressPresenter(history, today=TODAY, load_break_days=load_break_days))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert asked == [TODAY]
    assert widget.streak_label.text() == text
    assert widget.streak_label.isVisible()


def test_a_sunday_first_week_is_headed_by_the_week_its_days_are_in(qtbot) -> None:
    def sunday_weeks(day: date) -> WeekStats:
        return WeekStats.empty(week_days(day, 6))

    widget = ProgressWindow(ProgressPresenter(sunday_weeks, today=TODAY, first_weekday=6))
    qtbot.addWidget(widget)
    widget.setLocale(QLocale("en_GB"))
    widget.refresh()
    # Sunday 22 to Saturday 28 November: six of its days, Wednesday the 25th among them, are in
    # ISO week 48 (only the Sunday is in week 47).
    assert widget.heading.text() == "Week 48 · 22 November 2026 – 28 November 2026"
    assert widget.category_labels("sitting")[0] == "Sun<br>22"


def test_the_week_reads_in_german_when_german_is_spoken(qtbot, history: FakeHistory) -> None:
    from desk_coach.wording import qt_catalogues

    qt_catalogues.use_language("de")  # no compiled catalogue is needed for the locale's dates
    try:
        widget = ProgressWindow(ProgressPresenter(history, today=TODAY))
        qtbot.addWidget(widget)
        assert widget.heading.text().endswith("23. November 2026 – 29. November 2026")
        assert widget.category_labels("sitting")[0] == "Mo.<br>23"
    finally:
        qt_catalogues.use_language("en")
