"""The freedesktop notifier's pure rules: action keys, answers, expiry."""

from __future__ import annotations

from dataclasses import replace

from notify_fakes import REMINDER

from desk_coach.adapters.notify.freedesktop import (
    NEVER_EXPIRE,
    SERVER_DEFAULT_EXPIRY,
    action_for_key,
    expire_timeout,
    notify_actions,
)
from desk_coach.domain.reminders import ReminderAction


def test_actions_are_key_label_pairs_with_default_starting_the_break() -> None:
    assert notify_actions(REMINDER) == ["default", "Start", "start", "Start", "snooze", "Snooze",
                                        "skip", "Skip"]
    no_snooze = replace(REMINDER, can_snooze=False)
    assert notify_actions(no_snooze) == ["default", "Start", "start", "Start", "skip", "Skip"]
    assert notify_actions(REMINDER, with_default=False) == ["start", "Start", "snooze", "Snooze",
                                                            "skip", "Skip"]


def test_keys_map_back_to_the_answers_this_reminder_offered() -> None:
    assert action_for_key("default", REMINDER) is ReminderAction.START
    assert action_for_key("snooze", REMINDER) is ReminderAction.SNOOZE
    assert action_for_key("skip", REMINDER) is ReminderAction.SKIP
    assert action_for_key("snooze", replace(REMINDER, can_snooze=False)) is None
    assert action_for_key("inline-reply", REMINDER) is None


def test_the_reminder_stays_until_answered_where_the_server_keeps_notifications() -> None:
    assert expire_timeout({"actions", "persistence"}) == NEVER_EXPIRE == 0
    assert expire_timeout({"actions", "body"}) == NEVER_EXPIRE  # answerable: stays until answered
    assert expire_timeout({"body"}) == SERVER_DEFAULT_EXPIRY == -1
