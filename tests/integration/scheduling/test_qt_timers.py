"""The timers adapter for real: APScheduler's triggers on the Qt event loop, with short real delays."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime, time, timedelta

import pytest
from tzlocal import get_localzone

from desk_coach.adapters.scheduling.qt_timers import QtTimers

TZ = get_localzone()


def soon(seconds: float) -> datetime:
    return datetime.now(TZ) + timedelta(seconds=seconds)


@pytest.fixture
def timers(qapp):
    timers = QtTimers(TZ)
    timers.start()
    yield timers
    timers.shutdown()


def test_a_date_job_runs_once_on_the_gui_thread(timers, qtbot):
    runs, later = [], []
    timers.at("due", soon(0.2), lambda: runs.append(threading.current_thread()))
    timers.at("later", soon(0.5), lambda: later.append(True))
    qtbot.waitUntil(lambda: bool(later), timeout=5000)  # a second run of "due" would have come first
    assert runs == [threading.main_thread()]
    assert timers.next_run("due") is None


def test_soon_from_another_thread_runs_on_the_gui_thread(timers, qtbot):
    """As an idle sensor's reader thread calls it when the user leaves or comes back."""
    runs = []
    sender = threading.Thread(target=lambda: timers.soon("idle-change", lambda: runs.append(
        threading.current_thread())))
    sender.start()
    sender.join()
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=3000)
    assert runs == [threading.main_thread()]


def test_soon_cancelled_before_its_turn_does_not_run(timers, qtbot):
    runs = []
    timers.soon("idle-change", lambda: runs.append("cancelled"))
    timers.cancel("idle-change")
    timers.soon("other", lambda: runs.append("other"))
    qtbot.waitUntil(lambda: runs == ["other"], timeout=3000)


def test_arming_a_key_again_replaces_the_job(timers, qtbot):
    runs = []
    timers.at("due", soon(0.2), lambda: runs.append("first"))
    timers.at("due", soon(0.4), lambda: runs.append("second"))
    qtbot.waitUntil(lambda: "second" in runs, timeout=5000)  # the first, had it stayed, ran before
    assert runs == ["second"]


def test_a_late_job_still_runs_as_after_sleep(timers, qtbot):
    """APScheduler's default one-second grace would drop this; ours runs it."""
    runs = []
    timers.at("overdue", datetime.now(TZ) - timedelta(minutes=10), lambda: runs.append("ran"))
    qtbot.waitUntil(lambda: runs == ["ran"], timeout=3000)


def test_a_cancelled_job_does_not_run(timers, qtbot):
    runs = []
    timers.at("poll", soon(0.1), lambda: runs.append("poll"))
    timers.at("later", soon(0.3), lambda: runs.append("later"))
    timers.cancel("poll")
    qtbot.waitUntil(lambda: runs == ["later"], timeout=3000)
    timers.cancel("poll")  # cancelling twice is harmless


def test_a_daily_job_is_armed_for_the_next_matching_time(timers):
    timers.daily("summary", time(16, 0), lambda: None, weekdays="fri")
    nxt = timers.next_run("summary")
    assert nxt is not None and nxt.weekday() == 4 and (nxt.hour, nxt.minute) == (16, 0)
    assert nxt > datetime.now(TZ)


def test_a_daily_job_runs_then_is_armed_for_the_next_day(timers, qtbot):
    when = (datetime.now(TZ) + timedelta(seconds=1.5)).replace(microsecond=0)
    runs = []
    timers.daily("summary", when.time(), lambda: runs.append("ran"))
    qtbot.waitUntil(lambda: runs == ["ran"], timeout=5000)
    nxt = timers.next_run("summary")
    assert nxt is not None and nxt.date() == when.date() + timedelta(days=1) and nxt.time() == when.time()


def test_a_failing_job_reaches_the_error_reporter_and_the_scheduler_lives_on(timers, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc[1]))
    runs = []

    def boom():
        raise RuntimeError("timer went wrong")

    timers.at("bad", soon(0.1), boom)
    timers.at("good", soon(0.3), lambda: runs.append("ok"))
    qtbot.waitUntil(lambda: runs == ["ok"], timeout=3000)
    assert [str(e) for e in seen] == ["timer went wrong"]


def test_a_job_that_arms_its_own_key_again_keeps_running(timers, qtbot):
    """The coach's poll re-arms itself from its own run; APScheduler used to drop the new job."""
    runs = []

    def again():
        runs.append(1)
        timers.at("poll", soon(0.1), again)

    timers.at("poll", soon(0.1), again)
    qtbot.waitUntil(lambda: len(runs) >= 4, timeout=3000)
    assert timers.next_run("poll") is not None


def test_each_run_wakes_the_scheduler_once_however_often_jobs_were_replaced(timers, qtbot):
    runs = []
    for _ in range(20):  # the coach re-arms its keys all day long
        timers.at("later", soon(3600), lambda: None)
        timers.at("due", soon(0.3), lambda: runs.append("due"))
    qtbot.waitUntil(lambda: runs == ["due"], timeout=3000)
    qtbot.wait(300)
    assert runs == ["due"]
    assert timers.wakeups == 1


def test_a_job_cancelled_by_another_due_at_the_same_moment_does_not_run(timers, qtbot):
    runs = []
    when = soon(0.2)
    timers.at("first", when, lambda: (runs.append("first"), timers.cancel("second")))
    timers.at("second", when, lambda: runs.append("second"))
    timers.at("third", soon(0.4), lambda: runs.append("third"))
    qtbot.waitUntil(lambda: "third" in runs, timeout=3000)
    assert runs == ["first", "third"]


def test_running_jobs_writes_nothing_to_the_log_but_problems(timers, qtbot, caplog):
    caplog.set_level(logging.INFO)
    runs = []
    timers.at("poll", soon(0.1), lambda: runs.append(1))
    qtbot.waitUntil(lambda: runs == [1], timeout=3000)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO] == []
