"""What the coach is doing right now, for the tray tooltip, the icon and `desk-coach status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said, SaidCode, said, to_data

#: The tray icon's ring shows ``progress`` rounded to 1/PROGRESS_STEPS of the interval: 30
#: degrees, the hours of a clock face, a step every 2.5 min of the default 30-min interval. At
#: tray size a step of 1/24 moved the ring by about 2 px, too little to see, and each step is a
#: new icon the tray host fetches (on GNOME a signal and three property reads, about 8
#: wake-ups of the app); the menu gives the minutes.
PROGRESS_STEPS = 12

"""Between the parts of the status line, in every language."""


class CoachState(StrEnum):
    """The one word that sums the coach up; the tray icon is drawn from it."""

    SITTING = "sitting"
    BREAK_DUE = "break_due"
    ON_BREAK = "on_break"
    AWAY = "away"
    PAUSED = "paused"
    QUIET = "quiet"
    OFF_HOURS = "off_hours"


class StatusSaid(SaidCode):
    """The parts of the status line (worded in ``wording/sentences/status.py``)."""

    SITTING = "status.sitting"  # minutes
    SITTING_NEXT_BREAK = "status.sitting_next_break"  # minutes, next (min)
    SITTING_BREAK_DUE = "status.sitting_break_due"  # minutes
    ON_BREAK = "status.on_break"
    AWAY = "status.away"
    NOT_SENSING = "status.not_sensing"
    NOT_SAVING = "status.not_saving"  # problem
    NOTHING = "status.nothing"
    # What the coach holds back for (``CoachStatus.detail``), from services/coach.py:
    SNOOZED_UNTIL = "status.snoozed_until"  # at
    CLOSED_BACK_AT = "status.closed_back_at"  # at
    ENDED_EARLY_BACK_AT = "status.ended_early_back_at"  # at
    PUT_OFF_UNTIL = "status.put_off_until"  # at
    WAY_OUT_BACK_AT = "status.way_out_back_at"  # at: strict break left by the emergency way out
    STARTS_BY_ITSELF = "status.starts_by_itself"  # strict mode's heads-up is up
    REMINDER_NOT_SHOWN = "status.reminder_not_shown"
    REMINDER_IN_TRAY = "status.reminder_in_tray"
    REMINDER_ON_SCREEN = "status.reminder_on_screen"
    PAUSED_UNTIL = "status.paused_until"  # at
    OFF_HOURS = "status.off_hours"
    OFF_HOURS_UNTIL = "status.off_hours_until"  # at
    QUIET = "status.quiet"  # reasons: a list of Term("quiet", ...)
    TYPING = "status.typing"
    AT_TIME = "status.at_time"  # time ("09:30"): today
    TOMORROW_AT = "status.tomorrow_at"  # time
    WEEKDAY_AT = "status.weekday_at"  # weekday (Term "weekday", "0" = Monday), time


@dataclass(frozen=True)
class CoachStatus:
    state: CoachState
    sitting_s: float
    interval_s: float
    interval_elapsed_s: float
    next_break_at: datetime | None
    next_break_kind: BreakKind
    detail: Said | None  # why the coach is holding back, in a few words; None when nothing to say
    sensing: bool  # False when this desktop's activity cannot be sensed
    sensor: str
    storage_problem: Said | None = None  # why nothing can be saved right now; None while saving works
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

    def summary(self, now: datetime) -> tuple[Said, ...]:
        """The parts of one line: "Sitting 34 min · next break in 11 min", or why the coach is
        quiet (the wording layer joins them, ``wording/status_words.py``)."""
        minutes = round(self.sitting_s / 60)
        parts: list[Said] = []
        if self.state == CoachState.SITTING:
            left = self.next_break_in_s(now)
            if left is None:
                parts.append(said(StatusSaid.SITTING, minutes=minutes))
            else:
                next_break = round(max(1, left / 60))
                parts.append(said(StatusSaid.SITTING_NEXT_BREAK, minutes=minutes, next=next_break))
        elif self.state == CoachState.BREAK_DUE:
            parts.append(said(StatusSaid.SITTING_BREAK_DUE, minutes=minutes))
        elif self.state == CoachState.ON_BREAK:
            parts.append(said(StatusSaid.ON_BREAK))
        elif self.state == CoachState.AWAY:
            parts.append(said(StatusSaid.AWAY))
        elif self.sitting_s >= 60:
            parts.append(said(StatusSaid.SITTING, minutes=minutes))
        if self.detail is not None:
            parts.append(self.detail)
        if not self.sensing:
            parts.append(said(StatusSaid.NOT_SENSING))
        if self.storage_problem is not None:
            parts.append(said(StatusSaid.NOT_SAVING, problem=self.storage_problem))
        return tuple(parts) or (said(StatusSaid.NOTHING),)

    def as_json(self, now: datetime) -> dict[str, Any]:
        """The status for a program, language-neutral: what it says as codes and values (the
        command line adds the words, ``summary_text``, in its user's language)."""
        left = self.next_break_in_s(now)
        return {
            "state": self.state.value,
            "sitting_minutes": round(self.sitting_s / 60, 1),
            "sitting_seconds": self.sitting_s,  # unrounded: `stats` rounds it as the tray does
            "next_break_at": self.next_break_at.isoformat() if self.next_break_at else None,
            "next_break_in_minutes": None if left is None else round(left / 60, 1),
            "next_break_kind": self.next_break_kind.value,
            "detail": None if self.detail is None else to_data(self.detail),
            "activity_sensed": self.sensing,
            "sensor": self.sensor,
            "saving": self.storage_problem is None,
            "storage_problem": None if self.storage_problem is None else to_data(self.storage_problem),
            "unsaved_records": self.unsaved,
            "summary": [to_data(part) for part in self.summary(now)],
        }
