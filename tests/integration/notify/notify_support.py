"""Helpers for the notifier tests: a reminder, an answer recorder, a Notify watcher, a fake server.

- ``NotifyMonitor`` runs ``dbus-monitor`` on a desktop's bus and parses the Notify calls it saw.
- ``MenuDesktop`` drives dunst's context menu, which the ``menu_desktop`` fixture points at a script.
- ``FakeNotificationServer`` owns org.freedesktop.Notifications on a bus where dunst is not running,
  with the capabilities a test chooses, and broadcasts the signals a test asks for.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import HeadlessDesktop
from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_return, new_signal
from jeepney.bus_messages import DBusNameFlags, message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection

from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder, ReminderAction

NAME = "org.freedesktop.Notifications"
NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name=NAME, interface=NAME)


def a_reminder(**changes: Any) -> Reminder:
    values: dict[str, Any] = {"kind": BreakKind.MICRO, "title": "Time for a micro-break",
                              "body": "Stand up and roll your shoulders for 30 seconds.", "can_snooze": True}
    return Reminder(**(values | changes))


@dataclass
class Answers:
    """An ``on_action`` that records what it was called with."""

    calls: list[ReminderAction] = field(default_factory=list)

    def __call__(self, action: ReminderAction) -> None:
        self.calls.append(action)


# -- dbus-monitor ----------------------------------------------------------------------------------

_VALUE = re.compile(r"^\s*(?:variant\s+)?(string|uint32|int32|byte|boolean) (.*)$")


@dataclass(frozen=True)
class NotifyCall:
    """One Notify call as dbus-monitor printed it."""

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    expire_timeout: int


class NotifyMonitor:
    """``dbus-monitor`` watching Notify calls on a desktop's bus (its output goes to the desktop logs)."""

    def __init__(self, desktop: HeadlessDesktop) -> None:
        self.log = desktop.log_dir / "dbus-monitor.log"
        desktop.spawn("dbus-monitor", ["dbus-monitor", "--session",
                                       f"type='method_call',interface='{NAME}',member='Notify'"])
        # dbus-monitor shows it became a monitor by losing its own unique name.
        desktop.wait_until(lambda: "member=NameLost" in self._text(), what="dbus-monitor to start")

    def _text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def calls(self) -> list[NotifyCall]:
        """The Notify calls seen so far, oldest first."""
        found = []
        for block in re.split(r"^(?=method call )", self._text(), flags=re.MULTILINE):
            lines = block.splitlines()
            if not block.startswith("method call ") or "member=Notify" not in lines[0]:
                continue
            values: list[Any] = []
            for line in lines[1:]:
                if match := _VALUE.match(line):
                    kind, text = match.groups()
                    values.append(text[1:-1] if kind == "string" else int(text))
            app_name, replaces_id, app_icon, summary, body, *rest = values
            expire = rest.pop()
            hints_start = next(i for i, value in enumerate(rest) if value in ("urgency", "desktop-entry"))
            actions, hint_items = rest[:hints_start], rest[hints_start:]
            hints = dict(zip(hint_items[::2], hint_items[1::2], strict=True))
            found.append(NotifyCall(app_name, replaces_id, app_icon, summary, body, actions, hints, expire))
        return found


# -- dunst with a scripted context menu ------------------------------------------------------------

#: dunst writes one line per action, "#Label (summary) [id,key]", to its "dmenu" program's stdin and
#: invokes the action on the line printed back. This one keeps the menu and picks the chosen key.
MENU_SCRIPT = """#!/bin/sh
tee "{menu}" | grep -m1 -F ",$(cat "{choice}")]"
"""


@dataclass(frozen=True)
class MenuDesktop:
    desktop: HeadlessDesktop
    choice: Path  # the action key the menu script picks
    menu: Path  # what dunst offered in its last context menu

    @classmethod
    def dunst_config(cls, folder: Path) -> Path:
        """Write the menu script and a dunstrc using it into ``folder``; return the dunstrc."""
        script = folder / "pick-action"
        script.write_text(MENU_SCRIPT.format(menu=folder / "menu-offered", choice=folder / "menu-choice"))
        script.chmod(0o755)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {script}\n")
        return config

    @classmethod
    def of(cls, desktop: HeadlessDesktop, folder: Path) -> MenuDesktop:
        return cls(desktop, folder / "menu-choice", folder / "menu-offered")

    def choose(self, key: str) -> None:
        """Open dunst's context menu and pick the action ``key`` of the notification shown."""
        self.choice.write_text(key)
        self.desktop.run("dunstctl", "context")


# -- a fake notification server --------------------------------------------------------------------


class FakeNotificationServer:
    """org.freedesktop.Notifications served from a thread, with chosen capabilities.

    Unlike dunst it broadcasts its signals (no destination), as a server may, so every client that
    matches on them hears about every notification. Ids start at 41.
    """

    def __init__(self, bus_address: str, capabilities: list[str]) -> None:
        self.capabilities = capabilities
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
