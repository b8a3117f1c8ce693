"""While coaching is not set up, the first reminder of a run says how to set it up; only that one."""

from __future__ import annotations

from datetime import UTC, datetime

from fakes import RecordingNotifier

from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder, ReminderSaid
from desk_coach.domain.said import said
from desk_coach.services.set_up import REMINDER_HINT, SetUpHintNotifier
from desk_coach.wording.reminder_words import body_words
from desk_coach.wording.say import say

REMINDER = Reminder(BreakKind.MICRO, said(ReminderSaid.STAND_TITLE),
                    (said(ReminderSaid.STAND_BODY_MINUTES, sat=30, minutes=1),), can_snooze=True)
SAT = "You've been sitting for 30 min. Stand, walk a few steps and stretch for 1 min."


def test_the_first_reminder_while_not_set_up_says_how_and_the_next_ones_do_not():
    inner = RecordingNotifier(ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC)))
    notifier = SetUpHintNotifier(inner, lambda: True)
    assert notifier.show(REMINDER, lambda _action: None)
    assert notifier.show(REMINDER, lambda _action: None)
    bodies = [body_words(reminder) for _, reminder in inner.shown]
    assert bodies[0] == f"{SAT} {say(REMINDER_HINT)}"
    assert "Set up coaching…" in bodies[0] and "tray menu" in bodies[0]
    assert bodies[1] == SAT
    assert notifier.last_channel == "test"  # the rest is the wrapped notifier's


def test_once_set_up_reminders_are_left_as_they_are():
    inner = RecordingNotifier(ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC)))
    notifier = SetUpHintNotifier(inner, lambda: False)
    notifier.show(REMINDER, lambda _action: None)
    assert [reminder for _, reminder in inner.shown] == [REMINDER]


def test_a_reminder_that_could_not_be_shown_leaves_the_hint_for_the_next():
    inner = RecordingNotifier(ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC)), delivers=False)
    notifier = SetUpHintNotifier(inner, lambda: True)
    assert not notifier.show(REMINDER, lambda _action: None)
    inner.delivers = True
    notifier.show(REMINDER, lambda _action: None)
    assert inner.shown[0][1].body[-1] == REMINDER_HINT
    assert body_words(inner.shown[0][1]).endswith("for stretches and strength moves.")
