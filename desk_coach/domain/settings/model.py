"""The settings model: one frozen dataclass per table of the settings file.

Field names are the keys of the settings file; the schema must name exactly the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Literal, get_args, get_type_hints

from desk_coach.domain.coaching.profile import Equipment
from desk_coach.domain.settings.time_ranges import MINUTES_PER_DAY, TimeRange

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NotificationStyle = Literal["desktop", "tray"]
FirstDayOfWeek = Literal["locale", "monday", "sunday"]
Language = Literal["system", "en", "de", "es"]
#: Where the guided routine's spoken lines go: a screen reader only; aloud through the system's
#: speech when no screen reader runs (through the screen reader when one does); nowhere.
SpokenCues = Literal["screen_reader", "aloud", "off"]

WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)


@dataclass(frozen=True, slots=True)
class Breaks:
    sit_interval_min: int
    micro_break_s: int
    long_break_min: int
    long_breaks_per_day: int


@dataclass(frozen=True, slots=True)
class Idle:
    natural_break_idle_s: int
    long_break_idle_s: int


@dataclass(frozen=True, slots=True)
class Goals:
    daily_active_min: int
    daily_sitting_max_min: int


class SnoozeLength(StrEnum):
    """A length, in minutes, that the short list of other snooze lengths may offer."""

    M5 = "5"
    M10 = "10"
    M15 = "15"
    M20 = "20"
    M30 = "30"
    M45 = "45"
    M60 = "60"


@dataclass(frozen=True, slots=True)
class Snooze:
    """``length_min`` is what Snooze gives at once; ``other_lengths_min`` the short list a
    submenu (or ``desk-coach snooze --minutes``) offers besides it."""

    length_min: int
    max_in_a_row: int
    other_lengths_min: frozenset[SnoozeLength] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "other_lengths_min",
                           frozenset(SnoozeLength(str(value)) for value in self.other_lengths_min))


@dataclass(frozen=True, slots=True)
class TypingPause:
    pause_s: int
    max_wait_s: int


@dataclass(frozen=True, slots=True)
class WorkHours:
    """When breaks may be suggested; each weekday holds sorted, non-overlapping ranges."""

    honour: bool
    monday: tuple[TimeRange, ...]
    tuesday: tuple[TimeRange, ...]
    wednesday: tuple[TimeRange, ...]
    thursday: tuple[TimeRange, ...]
    friday: tuple[TimeRange, ...]
    saturday: tuple[TimeRange, ...]
    sunday: tuple[TimeRange, ...]

    def on(self, weekday: int) -> tuple[TimeRange, ...]:
        """The ranges for ``weekday`` as ``date.weekday()`` numbers it (Monday is 0).

        A range that passes midnight belongs to the day it starts on.
        """
        ranges: tuple[TimeRange, ...] = getattr(self, WEEKDAYS[weekday])
        return ranges

    @property
    def day_start_min(self) -> int:
        """When the user's day begins, in minutes after midnight: where the charts, the weekly
        figures and "until tomorrow" put the line between two days.

        Midnight, unless a range passes midnight: then the latest end of such a range (06:00
        for a 22:00-06:00 night shift), so a night shift counts whole on the day it started.
        It is never later than the earliest start of work on any day, so a morning shift is
        not cut either; only a night shift that ends after another day's work has begun has
        its last part counted on the next day.
        """
        ends = [r.end_min - MINUTES_PER_DAY for day in range(7) for r in self.on(day) if r.overnight]
        if not ends:
            return 0
        earliest_start = min(r.start_min for day in range(7) for r in self.on(day))
        return min(max(ends), earliest_start)

    def day_of(self, wall: datetime) -> date:
        """The user's day that the local time ``wall`` belongs to: its calendar date, or the day
        before when ``wall`` is earlier than :attr:`day_start_min` (Tuesday 05:00 of a Monday
        night shift is Monday). Read on the wall clock, so summer time does not move the line."""
        return (wall.replace(tzinfo=None) - timedelta(minutes=self.day_start_min)).date()


@dataclass(frozen=True, slots=True)
class Quiet:
    fullscreen: bool
    camera_or_microphone: bool
    desktop_do_not_disturb: bool


@dataclass(frozen=True, slots=True)
class BreakScreen:
    """Covering every monitor during a break; strict mode takes away Snooze and Skip for a due break.

    Strict mode covers the screens whether or not ``enabled`` is set: it is a break screen that
    stays. The three figures are conventions, kept in the schema as data."""

    enabled: bool
    strict: bool
    warning_s: int
    way_out_hold_s: int
    way_out_button_s: int

    @property
    def covers_screens(self) -> bool:
        return self.enabled or self.strict


@dataclass(frozen=True, slots=True)
class Notifications:
    style: NotificationStyle


@dataclass(frozen=True, slots=True)
class Sounds:
    enabled: bool
    volume: int
    spoken_cues: SpokenCues


@dataclass(frozen=True, slots=True)
class Startup:
    autostart: bool


@dataclass(frozen=True, slots=True)
class Summary:
    day: Weekday
    time: time


@dataclass(frozen=True, slots=True)
class Calendar:
    first_day_of_week: FirstDayOfWeek


@dataclass(frozen=True, slots=True)
class Coaching:
    """What the coach may plan with; ``equipment`` is what the person has at hand."""

    equipment: frozenset[Equipment]

    def __post_init__(self) -> None:
        object.__setattr__(self, "equipment", frozenset(Equipment(value) for value in self.equipment))


@dataclass(frozen=True, slots=True)
class Display:
    """The language Desk Coach speaks: "system" follows the system's language, else a language code."""

    language: Language


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set, one frozen group per table of the settings file."""

    breaks: Breaks
    idle: Idle
    goals: Goals
    snooze: Snooze
    typing: TypingPause
    work_hours: WorkHours
    quiet: Quiet
    break_screen: BreakScreen
    notifications: Notifications
    sounds: Sounds
    startup: Startup
    summary: Summary
    calendar: Calendar
    coaching: Coaching
    display: Display


# Each table name of the settings file with the dataclass that holds it.
GROUP_TYPES: dict[str, type] = get_type_hints(Settings)
