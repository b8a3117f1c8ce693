"""While coaching is not set up, the first reminder of a run says how to set it up; only that one."""

from __future__ import annotations

from datetime import UTC, datetime

from fakes import RecordingNotifier

from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder
from desk_coach.services.set_up import REMINDER_HINT, SetUpHintNotifier

REMINDER = Reminder(BreakKind.MICRO, "Time to stand up", "You've been sitting for 30 min.", can_snooze=True)


def test_the_first_reminder_while_not_set_up_says_how_and_the_next_ones_do_not():
    inner = RecordingNotifier(ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC)))
    notifier = SetUpHintNotifier(inner, lambda: True)
    assert notifier.show(REMINDER, lambda _action: None)
    assert notifier.show(REMINDER, lambda _action: None)
    bodies = [reminder.body for _, reminder in inner.shown]
    assert bodies[0] == f"You've been sitting for 30 min. {REMINDER_HINT}"
    assert "Set up coaching…" in bodies[0] and "tray menu" in bodies[0]
    assert bodies[1] == REMINDER.body
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
    assert inner.shown[0][1].body.endswith(REMINDER_HINT)
