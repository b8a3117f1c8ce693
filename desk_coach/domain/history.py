"""What Desk Coach remembers about a day: sitting bouts and break events.

These values are what storage keeps and the progress charts read. Times are always
timezone-aware; storage keeps them in UTC together with the offset in force, so a day is
drawn in the time zone the user was in when it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class BoutEnd(StrEnum):
    """Why a sitting bout ended."""

    IDLE = "idle"  # no input for at least the natural-break threshold
    LOCK = "lock"  # the session or screen was locked
    SLEEP = "sleep"  # the machine was suspended
    BREAK = "break"  # the user took a guided break
    QUIT = "quit"  # the app stopped while the user was sitting


class BreakKind(StrEnum):
    """The two sizes of break the policy schedules."""

    MICRO = "micro"
    LONG = "long"


class BreakEventKind(StrEnum):
    """Each step in a break's life that the history keeps."""

    DUE = "due"
    SHOWN = "shown"
    TAKEN = "taken"
    NATURAL = "natural"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    QUIET_DELAYED = "quiet_delayed"
    DISMISSED = "dismissed"  # the reminder went away unanswered: closed, expired, or its server left
    PARTIAL = "partial"  # a break begun and left before its end; ``done_fraction`` says how much


#: How a PARTIAL break's note begins when strict mode's emergency way out ended it; the note is
#: in the history, the export and Progress's list as it is, and the break counts like any PARTIAL one.
WAY_OUT_NOTE = "emergency way out"


def require_aware(value: datetime, name: str) -> None:
    """Stored moments say their zone, so DST and travel put them on the right day."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


@dataclass(frozen=True)
class SittingBout:
    """One stretch of continuous sitting, from first activity to the event that ended it."""

    started_at: datetime
    ended_at: datetime
    end_reason: BoutEnd

    def __post_init__(self) -> None:
        require_aware(self.started_at, "started_at")
        require_aware(self.ended_at, "ended_at")
        if self.ended_at < self.started_at:
            raise ValueError("a sitting bout cannot end before it starts")

    @property
    def seconds(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()


@dataclass(frozen=True)
class BreakEvent:
    """Something that happened to a break: it fell due, was shown, taken, snoozed..."""

    at: datetime
    kind: BreakEventKind
    break_kind: BreakKind
    note: str = ""
    done_fraction: float | None = None  # for a partial break: the share of it that was done, 0-1

    def __post_init__(self) -> None:
        require_aware(self.at, "at")
        if self.done_fraction is not None and not 0.0 <= self.done_fraction <= 1.0:
            raise ValueError(f"done_fraction must be 0-1, got {self.done_fraction}")

    @property
    def left_by_way_out(self) -> bool:
        """A strict-mode break the user left by the emergency way out: PARTIAL, its note begins so."""
        return self.kind == BreakEventKind.PARTIAL and self.note.startswith(WAY_OUT_NOTE)
