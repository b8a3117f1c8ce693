"""Progress shows its top first and makes the charts right after its first paint: once shown and
its events processed, every chart is there with the week's figures; paging, closing or asking for
a chart's figures before then is safe."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QObject
from test_progress_window import SCREENS, TODAY, FakeHistory, FakeScreens, busy_week, with_checks

from desk_coach.ui.progress_window import EXERCISE, LONGEST_BOUT, SITTING, TAKEN, ProgressWindow


def made(qtbot, history: FakeHistory | None = None) -> ProgressWindow:
    widget = ProgressWindow(with_checks(history or FakeHistory(), FakeScreens(SCREENS)))
    qtbot.addWidget(widget)
    return widget


def shown_views(widget: ProgressWindow) -> list[QChartView]:
    return [view for view in widget.findChildren(QChartView) if view.isVisible()]


def assert_shows_week(widget: ProgressWindow, day: date) -> None:
    stats = busy_week(day)
    assert widget.series_values(SITTING) == [d.sitting_minutes for d in stats.days]
    assert widget.series_values(LONGEST_BOUT) == [d.longest_bout_minutes for d in stats.days]
    assert widget.series_values(TAKEN) == [float(d.breaks["taken"]) for d in stats.days]
    assert sum(widget.series_values(EXERCISE)) == sum(stats.exercise_minutes.values())


def test_the_top_shows_first_and_every_chart_follows(qtbot) -> None:
    widget = made(qtbot)
    widget.show()
    assert widget.charts_pending()  # nothing painted yet: the window's top is all it has
    assert widget.findChildren(QChartView) == []
    assert widget.summary_label.text()
    with qtbot.waitSignal(widget.charts_built):
        pass
    assert not widget.charts_pending()
    assert len(shown_views(widget)) == 4  # sitting, breaks, targets, self-checks
    assert_shows_week(widget, TODAY)
    assert [score for _, score in widget.screen_points("S1")] == [1.0, 1.0, 2.0]


def test_the_charts_take_the_room_kept_for_them(qtbot) -> None:
    widget = made(qtbot)
    widget.resize(900, 700)
    before: dict[str, object] = {}
    build = widget.build_charts

    def noting_the_blanks() -> None:  # as the first paint left them, before the charts are made
        before.update(blanks=[slot.geometry() for slot in widget._chart_slots],
                      content=widget.content.size(), summary=widget.summary_label.geometry())
        build()

    widget.build_charts = noting_the_blanks  # type: ignore[method-assign]
    widget.show()
    qtbot.waitUntil(lambda: not widget.charts_pending())
    views = tuple(box.view for box in widget.charts().boxes())
    qtbot.wait(20)  # any relayout the charts caused is done
    assert [view.geometry() for view in views] == before["blanks"]
    assert widget.content.size() == before["content"]
    assert widget.summary_label.geometry() == before["summary"]


def test_paging_before_the_charts_are_made(qtbot) -> None:
    widget = made(qtbot)
    widget.show()
    widget.show_previous_week()  # before the first paint's charts
    assert widget.week_label() == "2026-W47"
    qtbot.waitUntil(lambda: not widget.charts_pending())
    assert_shows_week(widget, TODAY - timedelta(days=7))
    widget.show_next_week()
    assert_shows_week(widget, TODAY)


def test_asking_for_a_chart_makes_the_charts(qtbot) -> None:
    widget = made(qtbot)  # never shown
    assert widget.charts_pending()
    assert_shows_week(widget, TODAY)  # read back: made on the spot
    assert not widget.charts_pending()


def test_closing_before_the_charts_are_made(qtbot) -> None:
    widget = made(qtbot)
    widget.show()
    widget.close()  # before its first paint
    assert widget.charts_pending()
    qtbot.wait(50)  # whatever was scheduled runs
    widget.show()  # opened again from the tray menu
    qtbot.waitUntil(lambda: not widget.charts_pending())
    assert len(shown_views(widget)) == 4
    assert_shows_week(widget, TODAY)


class DeletedAtFirstPaint(QObject):
    """Deletes the window it watches as it is first painted: after its charts were scheduled."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.deleteLater()
        return False


def test_deleting_before_the_charts_are_made(qtbot) -> None:
    widget = ProgressWindow(with_checks(FakeHistory(), FakeScreens(SCREENS)))
    built: list[bool] = []
    widget.charts_built.connect(lambda: built.append(True))
    deleting = DeletedAtFirstPaint()
    widget.installEventFilter(deleting)
    gone: list[bool] = []
    widget.destroyed.connect(lambda: gone.append(True))
    widget.show()
    qtbot.waitUntil(lambda: bool(gone))
    qtbot.wait(50)  # the scheduled build went with the window (an error in it would fail this test)
    assert built == []
