"""The freedesktop notifier for real: dunst (or a fake server) on a private session bus, Qt offscreen.

Answers come from dunst itself: ``dunstctl action 0`` invokes the "default" action, and for Snooze
``dunstctl context`` opens dunst's context menu through a script that picks the snooze line (see
``menu_desktop``). Only the fake server's tests emit signals by hand, to check what dunst never sends:
broadcasts for other notifications and signals from a connection that is not the server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from desktop import HeadlessDesktop
from notify_probe import MenuDesktop, NotifyMonitor
from notify_support import Answers, a_reminder, signal_from_another_connection

from desk_coach.adapters.notify.factory import create_notifier
from desk_coach.adapters.notify.fallback import FallbackNotifier
from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier
from desk_coach.adapters.notify.tray_balloon import TrayBalloonNotifier
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import ReminderAction

WAIT_MS = 5000
SETTLE_MS = 300  # time for a second, unwanted callback to arrive


def displayed(desktop: HeadlessDesktop) -> int:
    return int(desktop.run("dunstctl", "count", "displayed").stdout.strip())


def history(desktop: HeadlessDesktop) -> list[dict[str, object]]:
    """dunst's closed notifications, newest first, as {field: value}."""
    data = json.loads(desktop.run("dunstctl", "history").stdout)["data"][0]
    return [{key: value["data"] for key, value in entry.items()} for entry in data]


def test_notify_reaches_dunst_with_our_text_actions_and_hints(desktop, notify_monitor: NotifyMonitor,
                                                              make_notifier, qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)

    assert notifier.show(a_reminder(), Answers())

    assert notifier.supports_actions and notifier.is_showing
    [call] = desktop.wait_until(notify_monitor.calls, what="the Notify call on the bus")
    assert call.app_name == "Desk Coach"
    assert call.replaces_id == 0
    assert call.summary == "Time for a micro-break"
    assert call.body == "Stand up and roll your shoulders for 30 seconds."
    assert call.actions == ["default", "Start", "start", "Start", "snooze", "Snooze", "skip", "Skip"]
    assert call.hints == {"urgency": 1, "desktop-entry": "desk-coach"}
    assert call.expire_timeout == 0  # dunst offers actions: the reminder stays until answered
    icon = Path(call.app_icon)
    assert icon.is_absolute() and icon.name == "desk-coach.svg" and icon.read_text().lstrip().startswith("<")
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")

    notifier.withdraw()

    desktop.wait_until(lambda: displayed(desktop) == 0, what="the withdrawn reminder to leave the screen")
    [closed] = history(desktop)
    assert closed["summary"] == "Time for a micro-break" and closed["appname"] == "Desk Coach"
    assert closed["icon_path"] == str(icon)
    assert not notifier.is_showing


def test_reminder_without_snooze_offers_start_and_skip(desktop, notify_monitor: NotifyMonitor, make_notifier,
                                                      qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)

    assert notifier.show(a_reminder(can_snooze=False, body="Stretch & breathe <now>"), Answers())

    [call] = desktop.wait_until(notify_monitor.calls, what="the Notify call on the bus")
    assert call.actions == ["default", "Start", "start", "Start", "skip", "Skip"]
    assert call.body == "Stretch &amp; breathe &lt;now&gt;"  # dunst reads markup in bodies


def test_clicking_the_notification_starts_the_break_once(desktop, make_notifier, qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")

    desktop.run("dunstctl", "action", "0")  # the "default" action of the topmost notification

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.START], timeout=WAIT_MS)
    desktop.wait_until(lambda: displayed(desktop) == 0, what="the answered reminder to be closed")
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [ReminderAction.START]
    assert not notifier.is_showing


@pytest.mark.e2e  # menu_desktop is a desktop the harness's auto-marking does not know
def test_snooze_picked_in_dunsts_context_menu_reaches_on_action_once(menu_desktop: MenuDesktop,
                                                                     make_notifier, qtbot) -> None:
    desktop = menu_desktop.desktop
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")

    menu_desktop.choose("snooze")

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.SNOOZE], timeout=WAIT_MS)
    assert "#Snooze (Time for a micro-break)" in menu_desktop.menu.read_text()
    desktop.wait_until(lambda: displayed(desktop) == 0, what="the answered reminder to be closed")
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [ReminderAction.SNOOZE]


@pytest.mark.e2e  # menu_desktop is a desktop the harness's auto-marking does not know
def test_a_second_reminder_replaces_the_first_and_only_its_answer_counts(
        menu_desktop: MenuDesktop, make_notifier, qtbot) -> None:
    desktop = menu_desktop.desktop
    notifier = make_notifier(desktop.bus_address)
    first, second = Answers(), Answers()
    assert notifier.show(a_reminder(), first)
    assert notifier.show(a_reminder(title="Time for a long break", kind=BreakKind.LONG), second)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="one reminder on screen")

    menu_desktop.choose("skip")

    qtbot.waitUntil(lambda: second.calls == [ReminderAction.SKIP], timeout=WAIT_MS)
    assert "(Time for a long break)" in menu_desktop.menu.read_text()
    assert first.calls == []


def test_reminder_closed_without_an_answer_is_reported_as_dismissed(desktop, make_notifier, qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")

    desktop.run("dunstctl", "close")  # the user dismisses it

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.DISMISS], timeout=WAIT_MS)
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [ReminderAction.DISMISS]  # once
    assert not notifier.is_showing
    notifier.withdraw()  # nothing left to close: a no-op
    assert notifier.show(a_reminder(), answers)  # and the next reminder shows as usual
    desktop.wait_until(lambda: displayed(desktop) == 1, what="the next reminder")


def test_a_click_on_the_body_that_dunst_takes_as_close_is_reported_as_dismissed(desktop, make_notifier,
                                                                                qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    search = ("xdotool", "search", "--onlyvisible", "--class", "dunst")
    [popup] = desktop.wait_until(lambda: desktop.run(*search, check=False).stdout.split(), what="a popup")
    x, y, width, height = desktop.window_geometry(popup)

    desktop.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "1")  # dunst: close

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.DISMISS], timeout=WAIT_MS)
    assert displayed(desktop) == 0


@pytest.mark.e2e  # expiring_desktop is a desktop the harness's auto-marking does not know
def test_a_reminder_that_expires_is_reported_as_dismissed(expiring_desktop, make_notifier, qtbot) -> None:
    notifier = make_notifier(expiring_desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.DISMISS], timeout=WAIT_MS)
    assert displayed(expiring_desktop) == 0
    assert not notifier.is_showing


def test_a_reminder_whose_server_goes_away_is_reported_as_dismissed(desktop, make_notifier, qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")

    desktop.restart_notifications()  # the daemon crashes and the desktop starts a new one

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.DISMISS], timeout=WAIT_MS)
    assert not notifier.is_showing
    assert notifier.show(a_reminder(), answers)  # the new daemon shows the next one
    desktop.wait_until(lambda: displayed(desktop) == 1, what="the next reminder on the new daemon")


def test_answered_and_withdrawn_reminders_are_not_reported_as_dismissed(desktop, make_notifier,
                                                                       qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to display the reminder")
    desktop.run("dunstctl", "action", "0")
    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.START], timeout=WAIT_MS)
    assert notifier.show(a_reminder(), answers)
    desktop.wait_until(lambda: displayed(desktop) == 1, what="the next reminder")
    notifier.withdraw()  # answered another way: the tray menu, say
    desktop.wait_until(lambda: displayed(desktop) == 0, what="the withdrawn reminder to go")
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [ReminderAction.START]


def test_without_a_notification_daemon_show_fails_and_the_tray_balloon_steps_in(
        desktop_without_notifications, make_notifier, qtbot, caplog) -> None:
    desktop = desktop_without_notifications
    notifier = make_notifier(desktop.bus_address)

    assert notifier.show(a_reminder(), Answers()) is False
    assert "ServiceUnknown" in caplog.text

    balloons: list[tuple[str, str]] = []
    balloon = TrayBalloonNotifier(lambda title, text: balloons.append((title, text)))
    chain = FallbackNotifier([notifier, balloon])
    assert chain.show(a_reminder(), Answers())
    assert chain.last_channel == "tray" and not chain.supports_actions
    assert balloons == [("Time for a micro-break", "Stand up and roll your shoulders for 30 seconds.")]


def test_the_linux_desktop_chain_falls_back_to_the_balloon_without_a_daemon(
        desktop_without_notifications, monkeypatch, qapp) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop_without_notifications.bus_address)
    balloons: list[tuple[str, str]] = []
    chain = create_notifier(lambda title, text: balloons.append((title, text)), "desktop", platform="linux")
    try:
        assert chain.show(a_reminder(), Answers())
    finally:
        chain.close()
    assert chain.last_channel == "tray"
    assert balloons == [("Time for a micro-break", "Stand up and roll your shoulders for 30 seconds.")]


def test_without_a_daemon_or_a_tray_no_channel_claims_the_reminder(
        desktop_without_notifications, monkeypatch, qapp) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop_without_notifications.bus_address)
    chain = create_notifier(lambda title, text: False, "desktop", platform="linux")  # no system tray
    try:
        assert chain.show(a_reminder(), Answers()) is False
        assert chain.last_channel is None
        assert chain.tell("What changed", "one line") is None
    finally:
        chain.close()


def test_without_a_session_bus_show_fails_quietly(monkeypatch, qapp, tmp_path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    notifier = FreedesktopNotifier()
    assert notifier.show(a_reminder(), Answers()) is False
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert notifier.show(a_reminder(), Answers()) is False
    notifier.close()


def test_a_server_without_actions_still_shows_and_says_so(fake_server, desktop_without_notifications,
                                                         make_notifier, qtbot) -> None:
    server = fake_server(["body", "persistence"])
    notifier = make_notifier(desktop_without_notifications.bus_address)
    chain = FallbackNotifier([notifier, TrayBalloonNotifier(lambda title, text: None)])

    assert chain.show(a_reminder(body="Stand & stretch"), Answers())

    assert chain.last_channel == "desktop"
    assert not chain.supports_actions  # so the tray menu must offer the answers
    [(app, replaces, icon, summary, body, actions, hints, timeout)] = server.notify_calls
    assert (app, replaces, summary, body, actions) == ("Desk Coach", 0, "Time for a micro-break",
                                                       "Stand & stretch", [])
    assert timeout == 0  # the server keeps it until it is answered
    assert Path(icon).name == "desk-coach.svg" and Path(icon).is_file()
    assert hints == {"urgency": ("y", 1), "desktop-entry": ("s", "desk-coach")}
    chain.withdraw()
    assert server.closed == [41]


def test_on_gnome_shell_the_reminder_is_critical_so_it_stays_until_answered(
        fake_server, desktop_without_notifications, make_notifier, qtbot) -> None:
    """GNOME Shell ignores expire_timeout and takes a normal banner away 4 s after the user is back
    at the keyboard; only a critical one stays, with its buttons (tests/e2e/test_gnome_shell.py)."""
    server = fake_server(["actions", "body", "persistence"], name="gnome-shell")
    notifier = make_notifier(desktop_without_notifications.bus_address)

    assert notifier.tell("Coaching is not set up yet", "Until you take the self-check...")
    assert notifier.show(a_reminder(), Answers())

    [message, reminder] = server.notify_calls
    assert message[6]["urgency"] == ("y", 1)  # a plain message may go by
    assert reminder[6] == {"urgency": ("y", 2), "desktop-entry": ("s", "desk-coach")}
    assert server.closed == [41]  # the message, so the reminder is not queued behind it


def test_on_xfce4_notifyd_the_reminder_has_no_default_action_drawn_as_a_second_start_button(
        fake_server, desktop_without_notifications, make_notifier, qtbot) -> None:
    """xfce4-notifyd draws every action as a button, "default" too, and closes a notification whose
    body is clicked: there the reminder carries only its three answers; elsewhere a click on it starts."""
    server = fake_server(["actions", "body", "persistence"], name="Xfce Notify Daemon")
    notifier = make_notifier(desktop_without_notifications.bus_address)
    assert notifier.show(a_reminder(), Answers())
    [reminder] = server.notify_calls
    assert reminder[5][::2] == ["start", "snooze", "skip"]
    assert reminder[6]["urgency"] == ("y", 1)


def test_only_our_notification_and_our_server_are_listened_to(fake_server, desktop_without_notifications,
                                                              make_notifier, qtbot) -> None:
    server = fake_server(["actions", "body"])
    notifier = make_notifier(desktop_without_notifications.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)
    assert notifier.supports_actions

    server.emit("ActionInvoked", "us", (40, "start"))  # somebody else's notification
    server.emit("NotificationClosed", "uu", (40, 2))
    signal_from_another_connection(desktop_without_notifications.bus_address,  # ours, but not from the server
                                   "ActionInvoked", "us", (41, "snooze"))
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [] and notifier.is_showing

    server.emit("ActionInvoked", "us", (41, "made-up"))  # not an answer this reminder offers
    server.emit("ActionInvoked", "us", (41, "skip"))
    server.emit("ActionInvoked", "us", (41, "start"))

    qtbot.waitUntil(lambda: answers.calls == [ReminderAction.SKIP], timeout=WAIT_MS)
    qtbot.wait(SETTLE_MS)
    assert answers.calls == [ReminderAction.SKIP]
    assert not notifier.is_showing
    assert server.closed == [41]  # answered: we close it ourselves


# -- plain messages ---------------------------------------------------------------------------------


def test_a_plain_message_has_no_answer_buttons_and_leaves_the_reminder_alone(
        desktop, notify_monitor: NotifyMonitor, make_notifier, qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    answers = Answers()
    assert notifier.show(a_reminder(), answers)

    assert notifier.tell("What changed", "Hip flexor stretch: 3 x 30 s each side.")

    calls = notify_monitor.calls
    reminder, message = desktop.wait_until(lambda: len(calls()) == 2 and calls(), what="both Notify calls")
    assert (message.summary, message.body) == ("What changed", "Hip flexor stretch: 3 x 30 s each side.")
    assert message.actions == [] and message.replaces_id == 0
    assert message.expire_timeout == -1  # it goes away as the server's messages do
    assert message.app_name == "Desk Coach" and message.hints == reminder.hints
    desktop.wait_until(lambda: displayed(desktop) == 2, what="dunst to show both")
    assert notifier.is_showing and answers.calls == []


def test_clicking_a_message_runs_its_on_click_once(desktop, notify_monitor: NotifyMonitor, make_notifier,
                                                   qtbot) -> None:
    notifier = make_notifier(desktop.bus_address)
    clicks: list[str] = []

    assert notifier.tell("Your week", "You broke up sitting 12 times.", lambda: clicks.append("open"))

    [call] = desktop.wait_until(notify_monitor.calls, what="the Notify call on the bus")
    assert call.actions == ["default", "Open"]  # a click, no answer buttons
    desktop.wait_until(lambda: displayed(desktop) == 1, what="dunst to show it")
    desktop.run("dunstctl", "action", "0")
    qtbot.waitUntil(lambda: clicks == ["open"], timeout=WAIT_MS)
    desktop.wait_until(lambda: displayed(desktop) == 0, what="the clicked message to close")
    qtbot.wait(SETTLE_MS)
    assert clicks == ["open"]
