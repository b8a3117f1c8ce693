"""The Timers port on APScheduler's QtScheduler: jobs run on the GUI thread, none is dropped.

APScheduler is only the alarm clock here; the domain decides when. Three settings matter:
- the debug executor runs jobs in the Qt thread (the default pool would use worker threads,
  and Qt objects must not be touched from those);
- ``misfire_grace_time=None``: a job that is late (the laptop slept) still runs; the default
  grace of one second would silently drop it;
- ``coalesce=True``: a job missed several times runs once on wake, not in a burst.
A job that raises is handed to sys.excepthook, so the user is told and the coach carries on.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from datetime import datetime, time, tzinfo

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger(__name__)


class QtTimers:
    """Keyed jobs: arming a key again replaces its job (``replace_existing``)."""

    def __init__(self, timezone: tzinfo) -> None:
        self._timezone = timezone
        self._scheduler = QtScheduler(
            timezone=timezone,
            executors={"default": {"type": "debug"}},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def wake(self) -> None:
        """Re-check every job now: Qt's timers stand still while the machine sleeps."""
        self._scheduler.wakeup()

    def at(self, key: str, when: datetime, callback: Callable[[], None]) -> None:
        self._add(key, DateTrigger(run_date=when, timezone=self._timezone), callback)

    def every(self, key: str, seconds: float, callback: Callable[[], None]) -> None:
        self._add(key, IntervalTrigger(seconds=seconds, timezone=self._timezone), callback)

    def daily(self, key: str, at: time, callback: Callable[[], None], weekdays: str = "*") -> None:
        trigger = CronTrigger(
            day_of_week=weekdays, hour=at.hour, minute=at.minute, second=at.second, timezone=self._timezone
        )
        self._add(key, trigger, callback)

    def cancel(self, key: str) -> None:
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(key)

    def next_run(self, key: str) -> datetime | None:
        job = self._scheduler.get_job(key)
        return None if job is None else job.next_run_time

    def _add(self, key: str, trigger, callback: Callable[[], None]) -> None:
        self._scheduler.add_job(_guarded(key, callback), trigger, id=key, name=key, replace_existing=True)


def _guarded(key: str, callback: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            callback()
        except Exception:
            log.debug("timer %r failed", key)
            sys.excepthook(*sys.exc_info())

    return run
