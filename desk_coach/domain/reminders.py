"""What a break reminder says and how the user can answer it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_coach.domain.history import BreakKind


class ReminderAction(StrEnum):
    """The user's answer to a reminder (from a notification button, the tray or the CLI)."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"


@dataclass(frozen=True)
class Reminder:
    """One reminder as every notifier shows it: a title, a line of text and the allowed answers."""

    kind: BreakKind
    title: str
    body: str
    can_snooze: bool

    @property
    def actions(self) -> tuple[ReminderAction, ...]:
        if self.can_snooze:
            return (ReminderAction.START, ReminderAction.SNOOZE, ReminderAction.SKIP)
        return (ReminderAction.START, ReminderAction.SKIP)


ACTION_LABELS: dict[ReminderAction, str] = {
    ReminderAction.START: "Start",
    ReminderAction.SNOOZE: "Snooze",
    ReminderAction.SKIP: "Skip",
}
