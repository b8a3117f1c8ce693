"""What a break reminder says and how the user can answer it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said, SaidCode, said
from desk_coach.domain.snooze_lengths import SnoozeSaid


class ReminderAction(StrEnum):
    """The user's answer to a reminder (from a notification button, the tray or the CLI)."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    #: Not a button: the reminder went away unanswered (closed, expired, or its server left).
    DISMISS = "dismiss"


class ReminderSaid(SaidCode):
    """What a reminder says (worded in ``wording/sentences/reminders.py``)."""

    STRETCH_TITLE = "reminder.stretch_title"
    STAND_TITLE = "reminder.stand_title"
    STRETCH_BODY = "reminder.stretch_body"  # sat (min), routine (min)
    STAND_BODY_MINUTES = "reminder.stand_body_minutes"  # sat (min), minutes
    STAND_BODY_SECONDS = "reminder.stand_body_seconds"  # sat (min), seconds
    SKIPPED_ONE = "reminder.skipped_one"
    SKIPPED_MANY = "reminder.skipped_many"  # n
    SNOOZED_ONCE = "reminder.snoozed_once"
    SNOOZED_TIMES = "reminder.snoozed_times"  # n
    NO_MORE_SNOOZES = "reminder.no_more_snoozes"
    START = "reminder.start"
    SNOOZE = "reminder.snooze"
    SKIP = "reminder.skip"
    HEADS_UP_TITLE = "reminder.heads_up_title"  # n: seconds until the break starts
    HEADS_UP_STAND = "reminder.heads_up_stand"
    HEADS_UP_STRETCH = "reminder.heads_up_stretch"
    START_NOW = "reminder.start_now"


@dataclass(frozen=True)
class Reminder:
    """One reminder as every notifier shows it: a title, its sentences and the allowed answers.

    The notifier words them in the user's language (``wording/reminder_words.py``)."""

    kind: BreakKind
    title: Said
    body: tuple[Said, ...]
    can_snooze: bool
    snooze_min: float = 0  # what Snooze gives at once (the usual length); 0: not said on the button
    #: Strict mode's heads-up: the break starts by itself soon; its one button starts it now.
    heads_up: bool = False

    @property
    def actions(self) -> tuple[ReminderAction, ...]:
        if self.heads_up:
            return (ReminderAction.START,)
        if self.can_snooze:
            return (ReminderAction.START, ReminderAction.SNOOZE, ReminderAction.SKIP)
        return (ReminderAction.START, ReminderAction.SKIP)

    def label(self, action: ReminderAction) -> Said:
        """The label of an answer's button; Snooze says how long it puts the break off ("Snooze 5 min"),
        the heads-up's Start reads "Start now"."""
        if self.heads_up and action == ReminderAction.START:
            return said(ReminderSaid.START_NOW)
        if action == ReminderAction.SNOOZE and self.snooze_min:
            return said(SnoozeSaid.BUTTON, minutes=self.snooze_min)
        return ACTION_LABELS[action]


ACTION_LABELS: dict[ReminderAction, Said] = {
    ReminderAction.START: said(ReminderSaid.START),
    ReminderAction.SNOOZE: said(ReminderSaid.SNOOZE),
    ReminderAction.SKIP: said(ReminderSaid.SKIP),
}
"""The label of each answer's button."""


def compose_reminder(
    kind: BreakKind,
    sitting_s: float,
    *,
    break_length_s: int,
    routine_length_min: int,
    snoozes_in_a_row: int,
    skips_in_a_row: int,
    can_snooze: bool,
    snooze_min: float = 0,
) -> Reminder:
    """What a reminder says. Gentle, and honest about a break that was put off before."""
    sat = max(1, round(sitting_s / 60))
    if kind == BreakKind.LONG:
        title = said(ReminderSaid.STRETCH_TITLE)
        body = [said(ReminderSaid.STRETCH_BODY, sat=sat, routine=routine_length_min)]
    else:
        minutes, seconds = divmod(break_length_s, 60)
        title = said(ReminderSaid.STAND_TITLE)
        if seconds:
            body = [said(ReminderSaid.STAND_BODY_SECONDS, sat=sat, seconds=break_length_s)]
        else:
            body = [said(ReminderSaid.STAND_BODY_MINUTES, sat=sat, minutes=minutes)]
    if skips_in_a_row == 1:
        body.append(said(ReminderSaid.SKIPPED_ONE))
    elif skips_in_a_row > 1:
        body.append(said(ReminderSaid.SKIPPED_MANY, n=skips_in_a_row))
    elif snoozes_in_a_row:
        if snoozes_in_a_row == 1:
            body.append(said(ReminderSaid.SNOOZED_ONCE))
        else:
            body.append(said(ReminderSaid.SNOOZED_TIMES, n=snoozes_in_a_row))
        if not can_snooze:
            body.append(said(ReminderSaid.NO_MORE_SNOOZES))
    return Reminder(kind=kind, title=title, body=tuple(body), can_snooze=can_snooze, snooze_min=snooze_min)


def compose_heads_up(kind: BreakKind, warning_s: int) -> Reminder:
    """Strict mode's word before a due break starts by itself: when, and that Start begins it now.

    No Snooze and no Skip: in strict mode a due break is not put off; the tray's Pause is the
    honest way to stop the breaks for a while."""
    body = said(ReminderSaid.HEADS_UP_STRETCH if kind == BreakKind.LONG else ReminderSaid.HEADS_UP_STAND)
    return Reminder(kind=kind, title=said(ReminderSaid.HEADS_UP_TITLE, n=warning_s), body=(body,),
                    can_snooze=False, heads_up=True)
