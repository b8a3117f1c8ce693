"""A tray host played by a test: a jeepney connection that calls a StatusNotifierItem and its
DBusMenu as GNOME's AppIndicator extension or Plasma do, and hears the item's signals.

Calls are sent without waiting (``send``) and their replies picked up later (``reply``), so a
test running Qt's event loop on the same thread can keep it turning while the item waits for it.
"""

from __future__ import annotations

import time
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ITEM_PATH = "/StatusNotifierItem"
MENU_PATH = "/MenuBar"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


class TrayHost:
    """Reads the item owning ``bus_name`` on the bus at ``address``."""

    def __init__(self, address: str, bus_name: str) -> None:
        self.bus_name = bus_name
        self.connection: DBusConnection = open_dbus_connection(address)
        self.received: list[Message] = []  # signals and replies, in the order they came
        for interface in (ITEM, MENU):
            rule = MatchRule(type="signal", interface=interface)
            self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)

    def close(self) -> None:
        self.connection.close()

    def send(self, path: str, interface: str, member: str, signature: str | None = None,
             body: tuple = ()) -> int:
        """Send a call; returns its serial, for ``reply``."""
        serial = next(self.connection.outgoing_serial)
        address = DBusAddress(path, bus_name=self.bus_name, interface=interface)
        self.connection.send(new_method_call(address, member, signature, body), serial=serial)
        return serial

    def pump(self) -> None:
        """Take in what has come, without waiting."""
        while True:
            try:
                self.received.append(self.connection.receive(timeout=0))
            except TimeoutError:
                return

    def reply(self, serial: int) -> Message | None:
        """The reply to call ``serial`` once it came, else None."""
        self.pump()
        replies = (m for m in self.received if m.header.fields.get(HeaderFields.reply_serial) == serial)
        return next(replies, None)

    def call(self, path: str, interface: str, member: str, signature: str | None = None, body: tuple = (),
             timeout: float = 5) -> tuple:
        """Call and wait (only where nothing on this thread must run meanwhile); raises on an error reply."""
        serial = self.send(path, interface, member, signature, body)
        deadline = time.monotonic() + timeout
        while (reply := self.reply(serial)) is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply to {member}")
            time.sleep(0.005)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{member}: {reply.header.fields.get(HeaderFields.error_name)} {reply.body}")
        return tuple(reply.body)

    def get(self, name: str) -> Any:
        """An item property's value, as a host reads it after NewIcon and the like."""
        (variant,) = self.call(ITEM_PATH, "org.freedesktop.DBus.Properties", "Get", "ss", (ITEM, name))
        return variant[1]

    def signals(self, member: str | None = None) -> list[Message]:
        self.pump()
        return [m for m in self.received if m.header.message_type is MessageType.signal
                and (member is None or m.header.fields.get(HeaderFields.member) == member)]

    def labels(self) -> dict[int, str]:
        """Every menu item's label by id, read as a host reads the whole menu."""
        _, root = self.call(MENU_PATH, MENU, "GetLayout", "iias", (0, -1, []))
        found: dict[int, str] = {}

        def walk(item: tuple) -> None:
            item_id, props, children = item
            if "label" in props:
                found[item_id] = props["label"][1]
            for _, child in children:
                walk(child)

        walk(root)
        return found
