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
    #: Not a button: the reminder went away unanswered (closed, expired, or its server left).
    DISMISS = "dismiss"


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


def compose_reminder(
    kind: BreakKind,
    sitting_s: float,
    *,
    break_length_s: int,
    routine_length_min: int,
    snoozes_in_a_row: int,
    skips_in_a_row: int,
    can_snooze: bool,
) -> Reminder:
    """The words of a reminder. Gentle, and honest about a break that was put off before."""
    sat = max(1, round(sitting_s / 60))
    if kind == BreakKind.LONG:
        title = "Time for your stretch routine"
        body = (
            f"You've been sitting for {sat} min. About {routine_length_min} minutes: "
            "hip flexors and chest first, then glutes and upper back."
        )
    else:
        minutes, seconds = divmod(break_length_s, 60)
        length = f"{minutes} min" if not seconds else f"{break_length_s} s"
        title = "Time to stand up"
        body = f"You've been sitting for {sat} min. Stand, walk a few steps and stretch for {length}."
    if skips_in_a_row == 1:
        body += " You skipped the last break; even a minute on your feet helps."
    elif skips_in_a_row > 1:
        body += f" The last {skips_in_a_row} breaks were skipped; how about a short one now?"
    elif snoozes_in_a_row:
        times = "once" if snoozes_in_a_row == 1 else f"{snoozes_in_a_row} times"
        body += f" Snoozed {times} already."
        if not can_snooze:
            body += " Start now, or skip this one."
    return Reminder(kind=kind, title=title, body=body, can_snooze=can_snooze)
