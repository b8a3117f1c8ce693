"""Helpers for the notifier tests: a reminder, an answer recorder, a Notify watcher, a fake server.

- ``NotifyMonitor`` and ``MenuDesktop`` live in tests/support/notify_probe.py (the e2e tests use them too).
- ``FakeNotificationServer`` owns org.freedesktop.Notifications on a bus where dunst is not running,
  with the capabilities a test chooses, and broadcasts the signals a test asks for.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_return, new_signal
from jeepney.bus_messages import DBusNameFlags, message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from notify_probe import NAME

from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.domain.said import recorded_text

NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name=NAME, interface=NAME)


def a_reminder(**changes: Any) -> Reminder:
    """A reminder; a ``title`` or ``body`` given as text is shown as it is."""
    values: dict[str, Any] = {"kind": BreakKind.MICRO, "title": "Time for a micro-break",
                              "body": "Stand up and roll your shoulders for 30 seconds.", "can_snooze": True}
    values |= changes
    if isinstance(values["title"], str):
        values["title"] = recorded_text(values["title"])
    if isinstance(values["body"], str):
        values["body"] = (recorded_text(values["body"]),)
    return Reminder(**values)


@dataclass
class Answers:
    """An ``on_action`` that records what it was called with."""

    calls: list[ReminderAction] = field(default_factory=list)

    def __call__(self, action: ReminderAction) -> None:
        self.calls.append(action)


# -- a fake notification server --------------------------------------------------------------------


class FakeNotificationServer:
    """org.freedesktop.Notifications served from a thread, with chosen capabilities.

    Unlike dunst it broadcasts its signals (no destination), as a server may, so every client that
    matches on them hears about every notification. Ids start at 41.
    """

    def __init__(self, bus_address: str, capabilities: list[str], name: str = "fake-server") -> None:
        self.capabilities = capabilities
        self.name = name
        self.notify_calls: list[tuple[Any, ...]] = []
        self.closed: list[int] = []
        self._ids = itertools.count(41)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.conn: DBusConnection = open_dbus_connection(bus=bus_address)
        owner = Proxy(message_bus, self.conn, timeout=5).RequestName(NAME, DBusNameFlags.do_not_queue)
        assert owner == (1,), f"could not own {NAME}: {owner}"
        self._thread = threading.Thread(target=self._serve, name="fake-notification-server", daemon=True)
        self._thread.start()

    def emit(self, member: str, signature: str, body: tuple[Any, ...]) -> None:
        self._send(new_signal(NOTIFICATIONS, member, signature, body))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.conn.close()

    def _send(self, message: Message) -> None:
        with self._lock:
            self.conn.send(message)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                call = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if call.header.message_type is not MessageType.method_call:
                continue
            member = call.header.fields.get(HeaderFields.member)
            if member == "GetCapabilities":
                self._send(new_method_return(call, "as", (self.capabilities,)))
            elif member == "GetServerInformation":
                self._send(new_method_return(call, "ssss", (self.name, "Desk Coach tests", "1", "1.2")))
            elif member == "Notify":
                self.notify_calls.append(call.body)
                self._send(new_method_return(call, "u", (call.body[1] or next(self._ids),)))
            elif member == "CloseNotification":
                self.closed.append(call.body[0])
                self._send(new_method_return(call))
                self.emit("NotificationClosed", "uu", (call.body[0], 3))


def signal_from_another_connection(bus_address: str, member: str, signature: str,
                                   body: tuple[Any, ...]) -> None:
    """Broadcast a notification signal from a connection that is not the notification server."""
    with open_dbus_connection(bus=bus_address) as impostor:
        impostor.send(new_signal(NOTIFICATIONS, member, signature, body))
        Proxy(message_bus, impostor, timeout=5).GetId()  # a round trip: the signal has left
