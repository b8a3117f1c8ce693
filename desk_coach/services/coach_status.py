"""What the coach is doing right now, for the tray tooltip, the icon and `desk-coach status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desk_coach.domain.figures import minutes_words
from desk_coach.domain.history import BreakKind

#: The tray icon's ring shows ``progress`` rounded to 1/PROGRESS_STEPS of the interval: 30
#: degrees, the hours of a clock face, a step every 2.5 min of the default 30-min interval. At
#: tray size a step of 1/24 moved the ring by about 2 px, too little to see, and each step is a
#: new icon the tray host fetches (on GNOME a signal and three property reads, about 8
#: wake-ups of the app); the menu gives the minutes.
PROGRESS_STEPS = 12


class CoachState(StrEnum):
    """The one word that sums the coach up; the tray icon is drawn from it."""

    SITTING = "sitting"
    BREAK_DUE = "break_due"
    ON_BREAK = "on_break"
    AWAY = "away"
    PAUSED = "paused"
    QUIET = "quiet"
    OFF_HOURS = "off_hours"


@dataclass(frozen=True)
class CoachStatus:
    state: CoachState
    sitting_s: float
    interval_s: float
    interval_elapsed_s: float
    next_break_at: datetime | None
    next_break_kind: BreakKind
    detail: str  # why the coach is holding back, in a few words; "" when nothing to say
    sensing: bool  # False when this desktop's activity cannot be sensed
    sensor: str
    storage_problem: str = ""  # why nothing can be saved right now; "" while saving works
    unsaved: int = 0  # records kept in memory until they can be saved

    @property
    def progress(self) -> float:
        """How far through the sitting interval, 0 to 1 (the ring on the tray icon)."""
        if self.interval_s <= 0:
            return 0.0
        return max(0.0, min(1.0, self.interval_elapsed_s / self.interval_s))

    def next_break_in_s(self, now: datetime) -> float | None:
        if self.next_break_at is None:
            return None
        return max(0.0, (self.next_break_at - now).total_seconds())

    def summary(self, now: datetime) -> str:
        """One line: "Sitting 34 min · next break in 11 min", or why the coach is quiet."""
        sitting = f"Sitting {minutes_words(self.sitting_s / 60)}"
        if self.state == CoachState.SITTING:
            left = self.next_break_in_s(now)
            next_break = None if left is None else minutes_words(max(1, left / 60))
            text = sitting if next_break is None else f"{sitting} · next break in {next_break}"
        elif self.state == CoachState.BREAK_DUE:
            text = f"{sitting} · time for a break"
        elif self.state == CoachState.ON_BREAK:
            text = "On a break"
        elif self.state == CoachState.AWAY:
            text = "Away from the desk"
        else:
            text = sitting if self.sitting_s >= 60 else ""
        parts = [part for part in (text, self.detail) if part]
        if not self.sensing:
            parts.append("activity cannot be sensed on this desktop")
        if self.storage_problem:
            parts.append(f"not saving: {self.storage_problem}")
        return " · ".join(parts) or "Desk Coach"

    def as_json(self, now: datetime) -> dict[str, Any]:
        left = self.next_break_in_s(now)
        return {
            "state": self.state.value,
            "sitting_minutes": round(self.sitting_s / 60, 1),
            "next_break_at": self.next_break_at.isoformat() if self.next_break_at else None,
            "next_break_in_minutes": None if left is None else round(left / 60, 1),
            "next_break_kind": self.next_break_kind.value,
            "detail": self.detail,
            "activity_sensed": self.sensing,
            "sensor": self.sensor,
            "saving": not self.storage_problem,
            "storage_problem": self.storage_problem or None,
            "unsaved_records": self.unsaved,
            "summary": self.summary(now),
        }
