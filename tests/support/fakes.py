"""In-memory stand-ins for the ports, driven by a ManualClock: a simulated week runs in seconds.

FakeTimers behaves like the APScheduler adapter as configured in the app: keyed jobs replace
each other, and a job missed while the machine slept runs once on wake (coalesce, no grace).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakKind
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.reminders import Reminder, ReminderAction

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class _Job:
    key: str
    due: datetime
    callback: Callable[[], None]
    daily: time | None = None
    weekdays: frozenset[int] = frozenset(range(7))


class FakeTimers:
    """Timers on a ManualClock. ``run_until`` plays time forward, running jobs in order."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.jobs: dict[str, _Job] = {}
        self.fired: list[tuple[datetime, str]] = []
        self._order = itertools.count()

    def at(self, key: str, when: datetime, callback: Callable[[], None]) -> None:
        self.jobs[key] = _Job(key, max(when, self.clock.now()), callback)

    def daily(self, key: str, at: time, callback: Callable[[], None], weekdays: str = "*") -> None:
        days = frozenset(range(7)) if weekdays == "*" else frozenset(
            _WEEKDAYS.index(d.strip()) for d in weekdays.split(",")
        )
        job = _Job(key, self.clock.now(), callback, daily=at, weekdays=days)
        job.due = self._next_daily(job, self.clock.now())
        self.jobs[key] = job

    def cancel(self, key: str) -> None:
        self.jobs.pop(key, None)

    def soon(self, key: str, callback: Callable[[], None]) -> None:
        self.at(key, self.clock.now(), callback)

    def _next_daily(self, job: _Job, after: datetime) -> datetime:
        assert job.daily is not None
        day = after.date()
        while True:
            candidate = datetime.combine(day, job.daily, tzinfo=after.tzinfo)
            if candidate > after and candidate.weekday() in job.weekdays:
                return candidate
            day += timedelta(days=1)

    def _next(self) -> _Job | None:
        if not self.jobs:
            return None
        return min(self.jobs.values(), key=lambda j: (j.due, next(self._order)))

    def run_until(self, end: datetime, before_each: Callable[[datetime], None] | None = None) -> None:
        """Advance the clock to ``end`` while awake, running every job that falls due on the way."""
        while (job := self._next()) is not None and job.due <= end:
            if job.due > self.clock.now():
                self.clock.advance(job.due - self.clock.now())
            if before_each is not None:
                before_each(self.clock.now())
            self._fire(job)
        if end > self.clock.now():
            self.clock.advance(end - self.clock.now())

    def suspend_until(self, end: datetime) -> None:
        """The machine sleeps until ``end``; every job that fell due meanwhile runs once on wake."""
        self.clock.sleep(end - self.clock.now())
        for job in sorted((j for j in self.jobs.values() if j.due <= end), key=lambda j: j.due):
            if self.jobs.get(job.key) is job:
                self._fire(job)

    def _fire(self, job: _Job) -> None:
        now = self.clock.now()
        if job.daily is not None:
            job.due = self._next_daily(job, now)
        else:
            self.jobs.pop(job.key, None)
        self.fired.append((now, job.key))
        job.callback()


class ScriptedIdle:
    """The idle clock of a simulated user: input happens whenever ``active(now)`` says so."""

    description = "simulated input"
    can_sense_activity = True

    def __init__(self, clock: ManualClock, active: Callable[[datetime], bool] | None = None) -> None:
        self.clock = clock
        self.active = active or (lambda now: True)
        self.locked = False
        self._last_input = clock.now()

    def idle_seconds(self) -> float | None:
        now = self.clock.now()
        if self.active(now):
            self._last_input = now
        return max(0.0, (now - self._last_input).total_seconds())

    def is_locked(self) -> bool | None:
        return self.locked

    def close(self) -> None:
        pass


@dataclass
class ScriptedQuiet:
    reasons: Callable[[datetime], frozenset[QuietReason]]
    clock: ManualClock

    def active_reasons(self) -> frozenset[QuietReason]:
        return self.reasons(self.clock.now())


@dataclass
class RecordingNotifier:
    """Keeps every reminder shown; ``answer`` plays the user's click."""

    clock: ManualClock
    delivers: bool = True
    shown: list[tuple[datetime, Reminder]] = field(default_factory=list)
    withdrawn: list[datetime] = field(default_factory=list)
    pending: Callable[[ReminderAction], None] | None = None
    last_channel: str | None = None

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        if not self.delivers:
            return False
        self.shown.append((self.clock.now(), reminder))
        self.pending = on_action
        self.last_channel = "test"
        return True

    def withdraw(self) -> None:
        self.withdrawn.append(self.clock.now())
        self.pending = None

    def answer(self, action: ReminderAction) -> None:
        assert self.pending is not None, "no reminder is on screen"
        callback, self.pending = self.pending, None
        callback(action)


@dataclass
class RecordingView:
    statuses: list = field(default_factory=list)
    breaks: list[tuple[BreakKind, int]] = field(default_factory=list)
    covers: list[Cover] = field(default_factory=list)
    cover_changes: list[str] = field(default_factory=list)  # what the break screen was told

    def show_status(self, status) -> None:
        self.statuses.append(status)

    def open_break(self, kind: BreakKind, length_s: int, cover: Cover = Cover.NONE) -> None:
        self.breaks.append((kind, length_s))
        self.covers.append(cover)

    def screen_locked(self, locked: bool) -> None:
        self.cover_changes.append("locked" if locked else "unlocked")

    def quiet_began(self) -> None:
        self.cover_changes.append("lifted")
