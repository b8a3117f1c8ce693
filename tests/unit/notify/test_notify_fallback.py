"""FallbackNotifier: the order channels are tried in, and where withdraw goes."""

from __future__ import annotations

import logging

import pytest
from notify_fakes import REMINDER, FakeNotifier, ignore

from desk_coach.adapters.notify.fallback import FallbackNotifier
from desk_coach.domain.reminders import ReminderAction


def chain(*specs: tuple[str, bool]) -> tuple[FallbackNotifier, list[FakeNotifier], list[str]]:
    journal: list[str] = []
    fakes = [FakeNotifier(name, delivers, journal=journal) for name, delivers in specs]
    return FallbackNotifier(fakes), fakes, journal


def test_the_first_channel_that_delivers_shows_the_reminder_and_the_rest_are_not_asked() -> None:
    notifier, _, journal = chain(("desktop", True), ("tray", True))

    assert notifier.show(REMINDER, ignore) is True

    assert notifier.last_channel == "desktop"
    assert journal == ["desktop.show(Time for a long break)"]


def test_channels_are_tried_in_order_until_one_delivers() -> None:
    notifier, _, journal = chain(("desktop", False), ("plyer", False), ("tray", True))

    assert notifier.show(REMINDER, ignore) is True

    assert notifier.last_channel == "tray"
    assert journal == ["desktop.show(Time for a long break)", "plyer.show(Time for a long break)",
                       "tray.show(Time for a long break)"]
    assert notifier.channels == ("desktop", "plyer", "tray")


def test_nothing_delivers() -> None:
    notifier, _, journal = chain(("desktop", False), ("tray", False))

    assert notifier.show(REMINDER, ignore) is False

    assert notifier.last_channel is None
    notifier.withdraw()
    assert "desktop.withdraw" not in journal and "tray.withdraw" not in journal


def test_a_channel_that_raises_counts_as_not_delivered(caplog: pytest.LogCaptureFixture) -> None:
    journal: list[str] = []
    broken = FakeNotifier("desktop", raises=True, journal=journal)
    notifier = FallbackNotifier([broken, FakeNotifier("tray", journal=journal)])

    with caplog.at_level(logging.ERROR):
        assert notifier.show(REMINDER, ignore) is True

    assert notifier.last_channel == "tray"
    assert "the desktop notifier failed" in caplog.text


def test_withdraw_goes_to_the_channel_that_showed_the_reminder() -> None:
    notifier, _, journal = chain(("desktop", False), ("tray", True))
    notifier.show(REMINDER, ignore)
    journal.clear()

    notifier.withdraw()

    assert journal == ["tray.withdraw"]
    notifier.withdraw()  # once withdrawn, nothing is left to withdraw
    assert journal == ["tray.withdraw"]
    assert notifier.last_channel == "tray"  # still names where the last reminder went


def test_a_new_reminder_on_another_channel_withdraws_the_previous_one() -> None:
    notifier, (desktop, _), journal = chain(("desktop", True), ("tray", True))
    notifier.show(REMINDER, ignore)
    desktop.delivers = False  # say the notification daemon went away
    journal.clear()

    assert notifier.show(REMINDER, ignore)

    assert notifier.last_channel == "tray"
    assert journal == ["desktop.show(Time for a long break)", "tray.show(Time for a long break)",
                       "desktop.withdraw"]


def test_a_new_reminder_on_the_same_channel_replaces_the_previous_there() -> None:
    notifier, _, journal = chain(("desktop", True), ("tray", True))
    notifier.show(REMINDER, ignore)
    journal.clear()

    notifier.show(REMINDER, ignore)

    assert journal == ["desktop.show(Time for a long break)"]  # no withdraw: the channel replaces it


def test_supports_actions_follows_the_channel_showing_the_reminder() -> None:
    desktop = FakeNotifier("desktop", supports_actions=True)
    notifier = FallbackNotifier([desktop, FakeNotifier("tray")])
    assert notifier.supports_actions is False  # nothing shown yet

    notifier.show(REMINDER, ignore)
    assert notifier.supports_actions is True

    desktop.delivers = False
    notifier.show(REMINDER, ignore)
    assert notifier.supports_actions is False  # the tray balloon has no buttons: the menu must offer them


def test_the_answer_reaches_the_callers_on_action() -> None:
    desktop = FakeNotifier("desktop")
    notifier = FallbackNotifier([desktop])
    answers: list[ReminderAction] = []

    notifier.show(REMINDER, answers.append)
    desktop.on_actions[-1](ReminderAction.SNOOZE)

    assert answers == [ReminderAction.SNOOZE]


def test_close_withdraws_and_closes_every_channel() -> None:
    notifier, _, journal = chain(("desktop", True), ("tray", True))
    notifier.show(REMINDER, ignore)
    journal.clear()

    notifier.close()

    assert journal == ["desktop.withdraw", "desktop.close", "tray.close"]


def test_an_empty_chain_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        FallbackNotifier([])


# -- plain messages -------------------------------------------------------------------------------


def test_a_message_takes_the_same_channels_in_the_same_order_as_reminders() -> None:
    notifier, _, journal = chain(("desktop", False), ("plyer", True), ("tray", True))

    assert notifier.tell("What changed", "Hip flexor stretch: 3 x 30 s") == "plyer"

    assert journal == ["desktop.tell(What changed)", "plyer.tell(What changed)"]


def test_a_failing_channel_passes_the_message_on_and_none_left_says_so(caplog) -> None:
    journal: list[str] = []
    notifier = FallbackNotifier([FakeNotifier("desktop", raises=True, journal=journal),
                                 FakeNotifier("tray", delivers=False, journal=journal)])
    with caplog.at_level(logging.ERROR):
        assert notifier.tell("Your week", "...") is None
    assert journal == ["desktop.tell(Your week)", "tray.tell(Your week)"]
    assert "no notifier could show the message 'Your week'" in caplog.text


def test_a_message_leaves_the_reminder_on_screen_alone_and_hands_on_its_click() -> None:
    notifier, fakes, journal = chain(("desktop", True), ("tray", True))
    notifier.show(REMINDER, ignore)
    clicks: list[str] = []

    notifier.tell("Your week", "...", on_click=lambda: clicks.append("progress"))
    fakes[0].on_clicks[-1]()

    assert clicks == ["progress"]
    assert "desktop.withdraw" not in journal
    assert notifier.last_channel == "desktop"  # still the reminder's channel
