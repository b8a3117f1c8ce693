"""The ports: what the services need from the world, as Protocols.

Adapters implement them for real (SQLite, APScheduler, D-Bus, X11...); tests implement them
with in-memory fakes. Services import nothing but these and the domain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.coaching.exercises import ExerciseLibrary, Region
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.records import RegionPause, RoutineRecord, RoutineSource, ScreenRecord
from desk_coach.domain.history import BreakEvent, BreakKind, SittingBout
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.domain.said import Said, SaidCode
from desk_coach.domain.settings import Settings
from desk_coach.domain.weekly import WeekStats

if TYPE_CHECKING:
    from desk_coach.services.coach_status import CoachStatus


class StorageSaid(SaidCode):
    """Why the history cannot be written and what to do about it (worded in
    ``wording/sentences/storage.py``)."""

    FULL = "storage.full"
    FULL_ADVICE = "storage.full_advice"
    READ_ONLY = "storage.read_only"
    READ_ONLY_ADVICE = "storage.read_only_advice"
    LOCKED = "storage.locked"
    LOCKED_ADVICE = "storage.locked_advice"
    VANISHED = "storage.vanished"
    VANISHED_ADVICE = "storage.vanished_advice"
    FAILED = "storage.failed"
    FAILED_ADVICE = "storage.failed_advice"


class StorageUnavailable(Exception):
    """The history could not be written (or read) right now: the disk is full, the folder is
    read-only, the database is locked by another program, or it vanished.

    A state the coach lives through, not a crash: ``reason`` says what is wrong and ``advice``
    what the user can do about it, both said (``StorageSaid``); the exception's text is the
    reason's code, for the log.
    """

    def __init__(self, reason: Said, advice: Said) -> None:
        super().__init__(reason.code)
        self.reason = reason
        self.advice = advice


class HistoryRepository(Protocol):
    """Sitting bouts and break events, the raw material of the progress charts."""

    def add_bout(self, bout: SittingBout) -> None: ...

    def add_break_event(self, event: BreakEvent) -> None: ...

    def bouts_between(self, start: datetime, end: datetime) -> list[SittingBout]:
        """Bouts that started in [start, end), oldest first."""
        ...

    def break_events_between(self, start: datetime, end: datetime) -> list[BreakEvent]:
        """Break events that happened in [start, end), oldest first."""
        ...


class WeekFigures(Protocol):
    """A week's figures aggregated where the history is kept (one small row per day, not every
    event); each event counts on its own local day, days beginning at ``day_start_min``."""

    def week(self, days: Sequence[date], since: datetime, until: datetime, day_start_min: int) -> WeekStats:
        """The figures of the seven ``days``, whose events lie within a day of [since, until)."""
        ...

    def days_with_breaks(self, since: datetime, until: datetime, day_start_min: int) -> list[date]:
        """The days, oldest first, with at least one break taken or natural in [since, until)."""
        ...


class UnitOfWork(Protocol):
    """One use case, one transaction: everything inside commits together or not at all.

    Leaving the ``with`` block normally commits; an exception rolls back. When the storage
    itself fails (full, read-only, locked, vanished) it raises StorageUnavailable.
    """

    history: HistoryRepository
    coaching: CoachingRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class IdleSensor(Protocol):
    """The desktop's idle clock: how long since the last keyboard or mouse input.

    ``description`` names the source for the user ("X11 screen saver extension"). ``idle_seconds``
    and ``is_locked`` return None when the desktop cannot tell right now; a sensor never raises
    for a desktop that went away (it returns None and logs).
    """

    can_sense_activity: bool

    @property
    def description(self) -> str: ...

    def idle_seconds(self) -> float | None: ...

    def is_locked(self) -> bool | None: ...

    def close(self) -> None: ...


class IdleWatch(Protocol):
    """What an idle sensor that can wake the coach offers besides ``IdleSensor`` (optional).

    Polling the idle clock to see the user leave or come back costs a wake-up per look; a
    desktop that says so itself (X11's SYNC alarms, Mutter's idle watches, the Wayland idle
    protocols) lets the coach sleep until then.
    """

    @property
    def watching(self) -> bool:
        """Whether ``on_change`` is still heard; False once the sensor lost its source."""
        ...

    def watch(self, threshold_s: float, on_change: Callable[[], None]) -> bool:
        """Call ``on_change``, from any thread, when the user has been idle ``threshold_s`` and
        again at their first input after that; replaces an earlier watch. False when this
        desktop cannot: the caller keeps looking by itself."""
        ...


class QuietSensor(Protocol):
    """Reports which quiet-time conditions hold right now (fullscreen, camera, microphone, DND)."""

    def active_reasons(self) -> frozenset[QuietReason]: ...


class Notifier(Protocol):
    """Shows a break reminder and reports the user's answer.

    ``show`` returns False when the reminder could not be delivered, so the caller can fall
    back to another way; ``on_action`` may be called later, on the GUI thread, at most once.
    """

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool: ...

    @property
    def last_channel(self) -> str | None:
        """How the last reminder reached the user ("desktop", "plyer", "tray"); None if it did not."""
        ...

    def withdraw(self) -> None:
        """Take the current reminder off the screen (the user answered it another way)."""
        ...


class Timers(Protocol):
    """Wakes the app at a time. Each job has a key; arming a key again replaces its job."""

    def at(self, key: str, when: datetime, callback: Callable[[], None]) -> None: ...

    def daily(self, key: str, at: time, callback: Callable[[], None], weekdays: str = "*") -> None:
        """A calendar job (cron): every day, or on ``weekdays`` given as 'mon,fri' or '*'."""
        ...

    def cancel(self, key: str) -> None: ...

    def soon(self, key: str, callback: Callable[[], None]) -> None:
        """Run ``callback`` on the timers' thread as soon as it can; safe to call from any thread."""
        ...


class OwnedTimers(Timers, Protocol):
    """Timers as the app that owns them holds them: started once the coach is wired, shut down when
    it stops. The coach only arms and cancels jobs (``Timers``)."""

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


class CoachView(Protocol):
    """What the coach asks of the user interface: the Qt shell implements it, tests fake it."""

    def show_status(self, status: CoachStatus) -> None:
        """Redraw the tray icon and tooltip (called after every tick)."""
        ...

    def open_break(self, kind: BreakKind, length_s: int, cover: Cover = Cover.NONE) -> None:
        """Open the break window, covering the screens as ``cover`` says; the UI calls
        Coach.finish_break when it closes."""
        ...

    def screen_locked(self, locked: bool) -> None:
        """The session was locked (True) or unlocked during a covered break: the break screen
        hides while locked, and comes back after if the break still runs."""
        ...

    def quiet_began(self) -> None:
        """A quiet time the user keeps (a call, Do Not Disturb) began during a covered break: the
        cover is lifted for the rest of the break, the break's window stays."""
        ...

    # Optional: ``live_minutes: bool``, whether the status's minute figures are on screen all
    # the time (a tooltip the tray host keeps); default True. False: the view calls
    # ``Coach.refresh_view`` before it is read, and the coach need not look every minute.


class SettingsWriter(Protocol):
    """The user's settings file, as the services change it: only the values given are written,
    in place, and the settings in force afterwards come back.

    Raises ValueError, writing nothing, when a changed value is not allowed.
    """

    def update(self, changes: dict[str, dict[str, Any]]) -> Settings: ...


class ExportFailed(Exception):
    """The history could not be exported; the message says why, in plain words."""


class HistoryExport(Protocol):
    """Every table of the user's history written out, documented (JSON: a file; CSV: a folder)."""

    def write(self, fmt: str, output: Path, at: datetime, *, force: bool) -> list[Path]:
        """The files written; raises ExportFailed. ``force`` replaces an existing output."""
        ...


class DataRemoval(Protocol):
    """Every file Desk Coach keeps about the user (history, settings, logs), removed by name."""

    def files(self) -> list[Path]: ...

    def remove(self) -> list[Path]:
        """What was removed; raises OSError when a file cannot be (what went stays gone)."""
        ...


class Autostart(Protocol):
    """Starting Desk Coach when the user logs in (XDG autostart, Run key, LaunchAgent)."""

    def is_enabled(self) -> bool: ...

    def set_enabled(self, enabled: bool) -> None: ...


class CoachingRepository(Protocol):
    """The coach's memory: routines and how each exercise went, self-screens, the level of
    each track and how it changed, and regions paused for pain or a red flag.

    Ranges are half-open, [start, end), on the instant; results come back oldest first, with
    each time on the wall clock the user had when it happened.
    """

    def add_session(
        self, started_at: datetime, kind: BreakKind, source: RoutineSource, note: str = ""
    ) -> int:
        """Record a routine as started; returns the id ``finish_session`` takes."""
        ...

    def finish_session(
        self,
        session_id: int,
        ended_at: datetime,
        completed: bool,
        results: Sequence[tuple[Prescription, ExerciseFeedback]],
        *,
        library: ExerciseLibrary,
    ) -> None:
        """Record how a routine ended and one result per planned exercise, in plan order.

        ``library`` supplies each exercise's target, pattern and sides, kept with the result.
        """
        ...

    def sessions_between(self, start: datetime, end: datetime) -> list[RoutineRecord]:
        """Routines started in [start, end), finished or not."""
        ...

    def record_next_day_pain(self, started_at: datetime, pain: int) -> bool:
        """Store the pain (0-10) the user felt the morning after the routine started at
        ``started_at``; False when no finished routine started then."""
        ...

    def add_screen(self, screen: ScreenRecord) -> int: ...

    def latest_screen(self) -> ScreenRecord | None:
        """The screen taken last, or None before the first one."""
        ...

    def screens_between(self, start: datetime, end: datetime) -> list[ScreenRecord]: ...

    def levels(self) -> dict[str, Level]:
        """The current level of every track that has one, by track."""
        ...

    def set_level(self, level: Level, at: datetime) -> None:
        """Make ``level`` the current level of its track."""
        ...

    def add_level_change(self, change: LevelChange) -> None: ...

    def level_changes_between(self, start: datetime, end: datetime) -> list[LevelChange]: ...

    def pause_region(self, region: Region, at: datetime, reason: Said, referral: Said) -> bool:
        """Pause ``region``; a region already paused keeps its first pause. True if a new one began."""
        ...

    def resume_region(self, region: Region, at: datetime) -> bool:
        """End the open pause of ``region``; False if it was not paused."""
        ...

    def paused_regions(self) -> dict[Region, RegionPause]:
        """Every region paused now: since when, why, and the referral to show."""
        ...
