"""Coaching not set up yet: what the user is told, and the first reminder that says how.

Until a self-check is stored (the disclaimer accepted, the health questions answered) every
break is a walk break (``planning.NOT_SET_UP``). Cancelling the self-check is an answer, not
an accident: the app remembers it, offers the self-check again at the next start (once per
start), names the tray entry for it, and the first reminder of each run says how.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.domain.said import Said, SaidCode, said
from desk_coach.services.ports import Notifier, StorageUnavailable, UnitOfWork


class SetUpSaid(SaidCode):
    """What the user is told about setting coaching up (worded in ``wording/sentences/set_up.py``)."""

    NOT_SET_UP_TITLE = "set_up.not_set_up_title"
    NOT_SET_UP_TEXT = "set_up.not_set_up_text"
    REMINDER_HINT = "set_up.reminder_hint"
    TRAY_WHERE = "set_up.tray_where"
    FIRST_BREAK_IN_WORK_HOURS = "set_up.first_break_in_work_hours"  # minutes
    FIRST_BREAK_AT = "set_up.first_break_at"  # at ("10:30"), left (min), minutes


NOT_SET_UP_TITLE = said(SetUpSaid.NOT_SET_UP_TITLE)
NOT_SET_UP_TEXT = said(SetUpSaid.NOT_SET_UP_TEXT)
REMINDER_HINT = said(SetUpSaid.REMINDER_HINT)


class CoachingSetUp:
    """Whether a self-check is stored: the disclaimer accepted and the health questions answered.
    Until then every break is a walk (the planner sees "not set up")."""

    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self._unit_of_work = unit_of_work
        self.known = False

    def check(self) -> bool:
        """Look in the history; while it cannot be read, the answer last known."""
        try:
            with self._unit_of_work() as uow:
                self.known = uow.coaching.latest_screen() is not None
        except StorageUnavailable:
            pass
        return self.known


class SetUpHintNotifier:
    """A notifier that adds :data:`REMINDER_HINT` to the first reminder shown while coaching is
    not set up (``not_set_up()`` is asked only until that reminder is shown); everything else
    goes to the wrapped notifier unchanged."""

    def __init__(
        self, notifier: Notifier, not_set_up: Callable[[], bool], hint: Said = REMINDER_HINT
    ) -> None:
        self._notifier = notifier
        self._not_set_up = not_set_up
        self._hint = hint
        self._told = False

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        if self._told or not self._not_set_up():
            return self._notifier.show(reminder, on_action)
        shown = self._notifier.show(replace(reminder, body=(*reminder.body, self._hint)), on_action)
        self._told = shown
        return shown

    def close(self) -> None:
        close = getattr(self._notifier, "close", None)  # a notifier for a simulation may have none
        if close is not None:
            close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._notifier, name)


# -- the end of the self-check: what happens now ---------------------------------------------------

TRAY_WHERE = said(SetUpSaid.TRAY_WHERE)


@dataclass(frozen=True)
class FirstSteps:
    """What the last page of the self-check says: the first moves and why (the planner's own
    explanation), when the first break comes, and where Desk Coach is found."""

    moves: tuple[str, ...]
    first_break: Said
    tray: Said = TRAY_WHERE


def first_steps(
    plan_lines: Sequence[str], next_break_at: datetime | None, now: datetime, sit_interval_min: float
) -> FirstSteps:
    """``plan_lines`` is ``explain_plan`` of the next break; ``next_break_at`` the coach's own
    estimate (None while it holds back, e.g. outside work hours)."""
    minutes = round(sit_interval_min)
    if next_break_at is None:
        when = said(SetUpSaid.FIRST_BREAK_IN_WORK_HOURS, minutes=minutes)
    else:
        left = max(1, round((next_break_at - now).total_seconds() / 60))
        when = said(SetUpSaid.FIRST_BREAK_AT, at=f"{next_break_at:%H:%M}", left=left, minutes=minutes)
    return FirstSteps(tuple(line.strip() for line in plan_lines if line.strip()), when)
