"""The Timers port on the Qt event loop, with APScheduler's triggers as the calendar.

APScheduler is only the alarm clock's calendar here: its DateTrigger and CronTrigger say, through
their public ``get_next_fire_time``, when a job is next due (cron fields, weekday names, time
zones and summer time done right). The adapter keeps the keyed jobs itself and arms one reused,
precise QTimer for the earliest of them, so the app wakes when a job is due and at no other time.

None of APScheduler's schedulers is used, because each one wakes the app more often than its
jobs need, and keeping one quiet meant overriding its private ``_process_jobs``:
- QtScheduler arms ``QTimer.singleShot`` and keeps the return value to stop it later, but under
  PySide6 that is None: no timer was ever stopped, and each job added or replaced (the coach
  replaces some every few minutes) left one more timer chain waking the app;
- a default (coarse) Qt timer may fire up to 5 % early; the scheduler then finds nothing due and
  arms another timer for the few milliseconds left: two wake-ups for one job.
Here the one timer is precise and its delay rounded up to the millisecond, so it fires once,
when the job is due.

What the scheduler's options gave, this adapter does by construction:
- jobs run on the GUI thread (the QTimer's), never in a thread pool: Qt objects must not be
  touched from worker threads;
- a job that is late (the laptop slept) still runs: there is no grace time after which a late
  job is dropped (APScheduler's default of one second would drop it);
- a calendar job missed several times runs once, then is armed for its next time after now.
A job cancelled or replaced after it fell due, but before it ran (by a job due at the same
moment), does not run; a job may arm its own key again while it runs. A job that raises is
handed to sys.excepthook, so the user is told and the coach carries on.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)
MAX_TIMER_MS = 2**31 - 1  # a QTimer's interval is an int of milliseconds (about 24 days)
_AFTER = timedelta(microseconds=1)


@dataclass(eq=False)
class _Job:
    run: Callable[[], None]
    due: datetime | None  # None: as soon as the event loop can (``soon``)
    trigger: CronTrigger | None = None  # a calendar job, armed again after each run


class QtTimers:
    """Keyed jobs: arming a key again replaces its job."""

    def __init__(self, timezone: tzinfo) -> None:
        self._timezone = timezone
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()  # ``soon`` may be called from any thread
        self._running = False
        self._timer: QTimer | None = None
        self.wakeups = 0  # how many times the timer fired to run due jobs (tests and diagnostics)
        self._relay = _Relay()  # created in the GUI thread, so its slot runs there
        self._relay.due.connect(self._relay.run, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        timer = self._timer = QTimer()  # created by start(), so it lives in the GUI thread
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(self._run_due)
        self._running = True
        self._arm_timer()

    def shutdown(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    def at(self, key: str, when: datetime, callback: Callable[[], None]) -> None:
        trigger = DateTrigger(run_date=when, timezone=self._timezone)
        self._add(key, _Job(_guarded(key, callback), trigger.get_next_fire_time(None, self._now())))

    def daily(self, key: str, at: time, callback: Callable[[], None], weekdays: str = "*") -> None:
        trigger = CronTrigger(
            day_of_week=weekdays, hour=at.hour, minute=at.minute, second=at.second, timezone=self._timezone
        )
        self._add(key, _Job(_guarded(key, callback), trigger.get_next_fire_time(None, self._now()), trigger))

    def cancel(self, key: str) -> None:
        with self._lock:
            self._jobs.pop(key, None)

    def soon(self, key: str, callback: Callable[[], None]) -> None:
        """Run ``callback`` in the GUI thread at its next pass; a queued signal carries it there
        from any thread (an idle sensor's reader, say)."""
        job = _Job(_guarded(key, callback), None)
        with self._lock:
            self._jobs[key] = job
        self._relay.due.emit(lambda: self._run(key, job))

    def next_run(self, key: str) -> datetime | None:
        job = self._jobs.get(key)
        return None if job is None else job.due

    def _now(self) -> datetime:
        return datetime.now(self._timezone)

    def _add(self, key: str, job: _Job) -> None:
        with self._lock:
            if job.due is None:
                self._jobs.pop(key, None)  # a calendar that never comes round again
            else:
                self._jobs[key] = job
        self._arm_timer()

    def _run_due(self) -> None:
        """The timer fired: run every job due by now, earliest first, then arm for the next."""
        self.wakeups += 1
        now = self._now()
        with self._lock:
            due = [(job.due, order, key, job) for order, (key, job) in enumerate(self._jobs.items())
                   if job.due is not None and job.due <= now]
        try:
            for _due, _order, key, job in sorted(due):
                self._run(key, job, now)
        finally:
            self._arm_timer()

    def _run(self, key: str, job: _Job, now: datetime | None = None) -> None:
        """Run ``job`` if it is still the one armed under ``key`` (not cancelled or replaced)."""
        with self._lock:
            if self._jobs.get(key) is not job or not self._running:
                return
            job.due = self._next_due(job, now)
            if job.due is None:
                del self._jobs[key]  # before it runs, so the job may arm its key again
        job.run()

    @staticmethod
    def _next_due(job: _Job, now: datetime | None) -> datetime | None:
        """A calendar job missed several times (asleep) runs once, then at its next time after now."""
        if job.trigger is None or job.due is None or now is None:
            return None
        return job.trigger.get_next_fire_time(None, max(now, job.due + _AFTER))

    def _arm_timer(self) -> None:
        """One timer, for the earliest job; stopped when there is none (or after shutdown)."""
        timer = self._timer
        if timer is None:
            return  # not started yet: start() arms it
        timer.stop()
        with self._lock:
            times = [job.due for job in self._jobs.values() if job.due is not None]
        if not times or not self._running:
            return
        wait_s = max(0.0, (min(times) - self._now()).total_seconds())
        # Rounded up: a timer that fires even 1 ms before the job is due finds nothing to run.
        timer.start(min(math.ceil(wait_s * 1000), MAX_TIMER_MS))


class _Relay(QObject):
    """Carries a callable from any thread to the GUI thread's event loop."""

    due = Signal(object)

    def run(self, callback: Callable[[], None]) -> None:
        callback()


def _guarded(key: str, callback: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            callback()
        except Exception:
            log.debug("timer %r failed", key)
            sys.excepthook(*sys.exc_info())

    return run
