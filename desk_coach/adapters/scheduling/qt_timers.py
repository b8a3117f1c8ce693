"""The Timers port on APScheduler's QtScheduler: jobs run on the GUI thread, none is dropped.

APScheduler is only the alarm clock here; the domain decides when. Three settings matter:
- the debug executor runs jobs in the Qt thread (the default pool would use worker threads,
  and Qt objects must not be touched from those);
- ``misfire_grace_time=None``: a job that is late (the laptop slept) still runs; the default
  grace of one second would silently drop it;
- ``coalesce=True``: a job missed several times runs once on wake, not in a burst.
A job that raises is handed to sys.excepthook, so the user is told and the coach carries on.

The scheduler is a QtScheduler with its timer handling replaced (``_GuiThreadScheduler``),
because the stock one wakes the app far more often than its jobs need:
- it arms ``QTimer.singleShot`` and keeps the return value to stop it later, but under PySide6
  that returns None. No timer was ever stopped, so each job added or replaced (and the coach
  replaces some every few minutes) left one more timer chain running: each chain went on
  re-arming itself, and every job then woke the scheduler once per chain;
- a default (coarse) Qt timer may fire up to 5 % early. APScheduler then finds nothing due and
  arms another timer for the few milliseconds left: two wake-ups for one job.
Here one QTimer is reused (each arming replaces the last), it is a precise timer, and its delay
is rounded up to the millisecond, so it fires once, when the job is due. Coarse timers let Qt
batch many timers' wake-ups; with one timer, a minute or more apart, there is nothing to batch.

A due job's callback is not run inside APScheduler's pass over the due jobs but queued for the
event loop, to run right after it: APScheduler removes a finished one-off job by its id when the
callback has returned, so a callback that armed its own key again (the coach's poll does, every
time) lost the new job with the old one. A job cancelled or replaced after it fell due, but
before its callback ran, does not run.

APScheduler logs every job added and every run at INFO: with a poll each minute that was lines
in the user's log all day long, saying nothing. Its warnings and errors are still logged.
"""

from __future__ import annotations

import contextlib
import logging
import math
import sys
import time as _time
from collections.abc import Callable
from datetime import datetime, time, tzinfo

from apscheduler.executors.debug import DebugExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import STATE_STOPPED, BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)
SCHEDULER_LOG = logging.getLogger(f"{__name__}.apscheduler")
SCHEDULER_LOG.setLevel(logging.WARNING)
MAX_TIMER_MS = 2**31 - 1  # a QTimer's interval is an int of milliseconds (about 24 days)


class QtTimers:
    """Keyed jobs: arming a key again replaces its job (``replace_existing``)."""

    def __init__(self, timezone: tzinfo) -> None:
        self._timezone = timezone
        self._armed: dict[str, object] = {}  # key -> token of the job last armed under it
        self._scheduler = _GuiThreadScheduler(
            timezone=timezone,
            logger=SCHEDULER_LOG,
            executors={"default": _GuiThreadExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )
        self._relay = _Relay()  # created in the GUI thread, so its slot runs there
        self._relay.due.connect(self._relay.run, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def at(self, key: str, when: datetime, callback: Callable[[], None]) -> None:
        self._add(key, DateTrigger(run_date=when, timezone=self._timezone), callback)

    def daily(self, key: str, at: time, callback: Callable[[], None], weekdays: str = "*") -> None:
        trigger = CronTrigger(
            day_of_week=weekdays, hour=at.hour, minute=at.minute, second=at.second, timezone=self._timezone
        )
        self._add(key, trigger, callback)

    def cancel(self, key: str) -> None:
        self._armed.pop(key, None)
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(key)

    def soon(self, key: str, callback: Callable[[], None]) -> None:
        """Run ``callback`` in the GUI thread at its next pass; a queued signal carries it there
        from any thread (an idle sensor's reader, say)."""
        token = self._armed[key] = object()
        self._relay.due.emit(lambda: self._run(key, token, _guarded(key, callback)))

    def next_run(self, key: str) -> datetime | None:
        job = self._scheduler.get_job(key)
        return None if job is None else job.next_run_time

    @property
    def wakeups(self) -> int:
        """How many times the scheduler has looked for due jobs so far (for tests and diagnostics)."""
        return self._scheduler.wakeups

    def _add(self, key: str, trigger, callback: Callable[[], None]) -> None:
        token = self._armed[key] = object()
        run = _guarded(key, callback)

        def due() -> None:  # called by APScheduler; see the module docstring
            QTimer.singleShot(0, lambda: self._run(key, token, run))

        self._scheduler.add_job(due, trigger, id=key, name=key, replace_existing=True)

    def _run(self, key: str, token: object, run: Callable[[], None]) -> None:
        if self._armed.get(key) is token and self._scheduler.running:
            run()


class _Relay(QObject):
    """Carries a callable from any thread to the GUI thread's event loop."""

    due = Signal(object)

    def run(self, callback: Callable[[], None]) -> None:
        callback()


class _GuiThreadExecutor(DebugExecutor):
    """Runs jobs right in the Qt thread, logging to our quiet logger (see the module docstring)."""

    def start(self, scheduler, alias) -> None:
        super().start(scheduler, alias)
        self._logger = SCHEDULER_LOG


class _GuiThreadScheduler(QtScheduler):
    """QtScheduler with one reusable, precise timer (see the module docstring)."""

    def __init__(self, **options) -> None:
        self._qtimer: QTimer | None = None
        self.wakeups = 0
        super().__init__(**options)

    def wakeup(self) -> None:
        """Arm the timer for the earliest job, at once if one is due.

        That is where a pass over the jobs would end too; the stock wakeup makes that pass
        first, each time a job is added.
        """
        with self._jobstores_lock:
            times = [when for store in self._jobstores.values() if (when := store.get_next_run_time())]
        self._start_timer(max(0.0, min(times).timestamp() - _time.time()) if times else None)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is None or self.state == STATE_STOPPED:
            return  # no job left, or the scheduler was shut down
        timer = self._qtimer
        if timer is None:
            timer = self._qtimer = QTimer()  # created by start(), so it lives in the GUI thread
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(self._process_jobs)
        # Rounded up: a timer that fires even 1 ms before the job is due finds nothing to run.
        timer.start(min(math.ceil(wait_seconds * 1000), MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        if self._qtimer is not None:
            self._qtimer.stop()

    def _process_jobs(self) -> None:
        wait_seconds: float | None = self.jobstore_retry_interval  # if it raises: try again later
        self.wakeups += 1
        try:
            wait_seconds = BaseScheduler._process_jobs(self)
        finally:
            self._start_timer(wait_seconds)


def _guarded(key: str, callback: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            callback()
        except Exception:
            log.debug("timer %r failed", key)
            sys.excepthook(*sys.exc_info())

    return run
