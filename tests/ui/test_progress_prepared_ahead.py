"""Progress's first reading, done ahead at idle (``CoachingWindows.warm_progress``), changes
nothing the user sees: Progress then shows the stored week as it would have; and when the history
cannot be read then, it is only logged, nothing is shown and the app goes on."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.app import DeskCoachApp
from desk_coach.domain.history import BoutEnd, SittingBout
from desk_coach.ui import progress_window
from desk_coach.ui.application import create_qt_app


@pytest.fixture
def coach(qapp):
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    yield app
    for window in list(app.shell.windows):
        window.close()
    app.stop()


def test_progress_prepared_ahead_shows_the_week_stored_since(coach):
    coach.start()
    for window in list(coach.shell.windows):  # the first run's self-check
        window.close()
    coach._prepare_progress()
    now = coach.clock.now()
    start = now.replace(hour=9, minute=0, second=0, microsecond=0)
    with SqlUnitOfWork(coach.history.engine) as uow:  # stored after the reading ahead
        uow.history.add_bout(SittingBout(start, start + timedelta(minutes=42), BoutEnd.IDLE))
    coach.show_progress()
    window = coach.windows.progress
    assert window.series_values(progress_window.SITTING)[now.weekday()] == pytest.approx(42)
    window.close()


def test_a_history_that_cannot_be_read_ahead_is_only_logged(coach, caplog):
    coach.start()
    shown = list(coach.shell.windows)

    def unreadable():
        raise OSError("disk gone")

    coach.windows.data.unit_of_work = unreadable
    with caplog.at_level(logging.WARNING):
        coach.windows.warm_progress()
    assert any("Progress not prepared ahead" in record.getMessage() for record in caplog.records)
    assert coach.shell.windows == shown


def test_nothing_is_read_ahead_once_stopped(coach, monkeypatch):
    coach.start()
    asked = []
    monkeypatch.setattr(coach.windows, "warm_progress", lambda: asked.append(True))
    coach.stop()
    coach._prepare_progress()
    assert asked == []
