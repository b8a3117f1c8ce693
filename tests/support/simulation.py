"""A simulated office worker driving the real Coach service on a ManualClock.

The user types in bursts (one key every ten seconds, so a typing pause of 3 s comes along
regularly), takes a break a little while after each reminder, goes to lunch, sits in a
meeting with the camera on, and shuts the laptop lid at night. Storage is a real SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fakes import FakeTimers, RecordingNotifier, RecordingView, ScriptedQuiet

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakEvent, SittingBout
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.reminders import ReminderAction
from desk_coach.domain.settings import Settings, defaults
from desk_coach.services.coach import Coach
from desk_coach.services.ports import StorageUnavailable

KEY_EVERY_S = 10  # one key press every ten seconds while working
BERLIN = ZoneInfo("Europe/Berlin")
A_MONDAY = date(2026, 11, 2)


def monday_at(hh: int, mm: int, ss: float = 0) -> datetime:
    """A moment of an ordinary Monday in Berlin, the day most coach tests play."""
    return datetime.combine(A_MONDAY, time(hh, mm), tzinfo=BERLIN) + timedelta(seconds=ss)


@dataclass
class Span:
    start: datetime
    end: datetime

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass
class OfficeWorker:
    """Decides, for any moment, how long ago the last input was and what quiet time holds."""

    clock: ManualClock
    work: list[Span] = field(default_factory=list)
    meetings: list[Span] = field(default_factory=list)
    away: list[Span] = field(default_factory=list)  # breaks taken: no input
    locked: list[Span] = field(default_factory=list)  # the session locked (input or not)
    fullscreen: list[Span] = field(default_factory=list)  # a fullscreen window in front
    description: str = "simulated office worker"
    can_sense_activity: bool = True

    def idle_seconds(self) -> float | None:
        now = self.clock.now()
        if any(now in s for s in self.away):
            return (now - max(s.start for s in self.away if now in s)).total_seconds()
        for span in self.work:
            if now in span:
                return (now - span.start).total_seconds() % KEY_EVERY_S
        ended = [s.end for s in self.work if s.end <= now]
        return (now - max(ended)).total_seconds() if ended else 24 * 3600.0

    def is_locked(self) -> bool | None:
        return any(self.clock.now() in span for span in self.locked)

    def close(self) -> None:
        pass

    def quiet(self, now: datetime) -> frozenset[QuietReason]:
        reasons = set()
        if any(now in m for m in self.meetings):
            reasons.add(QuietReason.CAMERA)
        if any(now in f for f in self.fullscreen):
            reasons.add(QuietReason.FULLSCREEN)
        return frozenset(reasons)


def morning_at_the_desk(db_path: Path) -> Simulation:
    """A user at the desk from 9:00 to 12:00 on a Monday, who answers no reminder unless told."""
    sim = Simulation(monday_at(9, 0), db_path)
    sim.answer_after = timedelta(days=1)  # the tests answer by hand
    sim.user.work.append(Span(monday_at(9, 0), monday_at(12, 0)))
    sim.coach.start()
    return sim


class Simulation:
    """Wires the real Coach to fakes and a real database; play it with the methods below."""

    def __init__(self, start: datetime, db_path: Path, settings: Settings | None = None) -> None:
        self.clock = ManualClock(start, mono=10_000.0, boot=20_000.0)
        self.timers = FakeTimers(self.clock)
        self.user = OfficeWorker(self.clock)
        self.notifier = RecordingNotifier(self.clock)
        self.view = RecordingView()
        self.database = open_database(db_path, self.clock)
        self.settings = settings or defaults(shipped_schema())
        self.answer_after = timedelta(seconds=20)
        self.answers: list[ReminderAction] = []  # scripted answers, START once these run out
        self.storage_fails: StorageUnavailable | None = None  # set: every unit of work raises it
        self.storage_news: list[tuple[StorageUnavailable | None, int]] = []  # what the coach said
        self.coach = Coach(
            clock=self.clock,
            idle=self.user,
            quiet=ScriptedQuiet(self.user.quiet, self.clock),
            timers=self.timers,
            notifier=self.notifier,
            unit_of_work=self._unit_of_work,
            settings=self.settings,
            view=self.view,
            on_storage=lambda problem, lost: self.storage_news.append((problem, lost)),
        )
        self._answered = 0

    def _unit_of_work(self) -> SqlUnitOfWork:
        if self.storage_fails is not None:
            raise self.storage_fails
        return SqlUnitOfWork(self.database.engine)

    def run_until(self, end: datetime) -> None:
        self.timers.run_until(end, before_each=lambda now: self._user_reacts(now))

    def suspend_until(self, end: datetime) -> None:
        self.timers.suspend_until(end)

    def _user_reacts(self, now: datetime) -> None:
        """Answer a reminder that has been on screen for ``answer_after``."""
        shown = self.notifier.shown
        if self.notifier.pending is None or len(shown) <= self._answered:
            return
        shown_at = shown[-1][0]
        if now - shown_at < self.answer_after:
            return
        self._answered = len(shown)
        action = self.answers.pop(0) if self.answers else ReminderAction.START
        self.notifier.answer(action)
        if action == ReminderAction.START:
            _, length = self.view.breaks[-1]
            end = now + timedelta(seconds=length)
            self.user.away.append(Span(now, end))
            self.timers.at("sim-break-over", end, self.coach.finish_break)

    def reminders(self):
        return list(self.notifier.shown)

    def first_reminder(self) -> datetime:
        """Play on until the first reminder is on screen and stop there; when it came."""
        self.run_until(self.clock.now().replace(hour=9, minute=30))
        while not self.reminders():
            self.run_until(self.clock.now() + timedelta(seconds=1))
        [(shown_at, _)] = self.reminders()
        assert self.clock.now() == shown_at
        return shown_at

    def stored(self) -> tuple[list[SittingBout], list[BreakEvent]]:
        since = datetime(2000, 1, 1, tzinfo=self.clock.wall.tzinfo)
        until = self.clock.wall + timedelta(days=1)
        with SqlUnitOfWork(self.database.engine) as uow:
            history = uow.history
            return history.bouts_between(since, until), history.break_events_between(since, until)


def take_desk_worker_self_check(unit_of_work, taken_at: datetime) -> None:
    """Store the self-check of a desk worker who answered no to every health question and has
    no room on the floor: coaching is set up (before it, every break is a walk)."""
    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.domain.coaching.records import ScreenRecord, ScreenSource

    with unit_of_work() as uow:
        uow.coaching.add_screen(
            ScreenRecord(
                taken_at,
                ScreenSource.WIZARD,
                lifestyles=frozenset({Lifestyle.DESK_WORKER}),
                floor_room=False,
                exercise_allowed=True,
                pregnancy=False,
            )
        )
