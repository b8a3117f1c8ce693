"""The open Progress window keeps today live: its timer reads today's figures again, bout in
progress included, while the window is shown, and stops once it is hidden."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, SittingBout
from desk_coach.domain.settings import defaults
from desk_coach.services.week_report import WeekReport
from desk_coach.ui.progress_window import LONGEST_BOUT, SITTING, ProgressPresenter, ProgressWindow

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)  # a Wednesday
STORED = (datetime.combine(TODAY, time(9, 0), tzinfo=BERLIN),
          datetime.combine(TODAY, time(9, 4), tzinfo=BERLIN))


class Coach:
    """The coach's status as the window's data reads it: seconds of the bout in progress."""

    sitting_s = 0.0


@pytest.fixture
def live(qtbot, tmp_path):
    clock = ManualClock(datetime.combine(TODAY, time(15, 0), tzinfo=BERLIN))
    database = open_database(tmp_path / "desk-coach.db", clock)
    with SqlUnitOfWork(database.engine) as uow:
        uow.history.add_bout(SittingBout(*STORED, BoutEnd.BREAK))  # "0 h 04 min" stored today
    settings = defaults(shipped_schema())
    report = WeekReport(SqlWeekFigures(database.engine), clock, lambda: settings)
    coach = Coach()
    window = ProgressWindow(ProgressPresenter(lambda day: report.live_week_of(day, coach.sitting_s),
                                              report.today(), first_weekday=0, goal_minutes=240))
    qtbot.addWidget(window)
    yield window, coach, clock
    database.dispose()


def today_value(window: ProgressWindow, series: str) -> float:
    return window.series_values(series)[TODAY.weekday()]


def test_the_shown_window_adds_the_growing_bout_when_its_timer_fires(qtbot, live):
    window, coach, clock = live
    window.show()
    qtbot.waitExposed(window)
    assert window.live_timer.isActive()
    assert today_value(window, SITTING) == pytest.approx(4)
    coach.sitting_s = 11 * 60  # the tray says "Sitting 11 min"
    clock.advance(timedelta(minutes=11))
    window.live_timer.timeout.emit()
    assert today_value(window, SITTING) == pytest.approx(15)
    assert today_value(window, LONGEST_BOUT) == pytest.approx(11)


def test_a_past_week_shown_stays_as_stored(qtbot, live):
    window, coach, _clock = live
    window.show()
    window.show_previous_week()
    coach.sitting_s = 11 * 60
    window.live_timer.timeout.emit()
    assert window.series_values(SITTING) == [0.0] * 7
    window.show_this_week()
    assert today_value(window, SITTING) == pytest.approx(15)


def test_no_wake_ups_while_the_window_is_hidden(qtbot, live):
    window, _coach, _clock = live
    assert not window.live_timer.isActive()  # not shown yet
    window.show()
    qtbot.waitExposed(window)
    assert window.live_timer.isActive()
    window.hide()
    assert not window.live_timer.isActive()


def test_the_open_window_of_the_app_shows_a_bout_the_coach_saves(qapp):
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.app import DeskCoachApp
    from desk_coach.ui.application import create_qt_app

    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    try:
        app.start()
        app.show_progress()
        window = app.windows.progress
        day = app.clock.now().weekday()
        before = window.series_values(SITTING)[day]
        start = app.clock.now().replace(hour=0, minute=1, second=0, microsecond=0)
        with SqlUnitOfWork(app.history.engine) as uow:  # as the coach saves a bout
            uow.history.add_bout(SittingBout(start, start + timedelta(minutes=25), BoutEnd.IDLE))
        app.coach.on_bout_recorded()
        assert window.series_values(SITTING)[day] == pytest.approx(before + 25)
    finally:
        for shown in list(app.shell.windows):
            shown.close()
        app.stop()
