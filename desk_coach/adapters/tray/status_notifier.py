"""Desk Coach's tray item on desktops whose tray is a StatusNotifierItem host (GNOME Shell's
AppIndicator extension, Plasma, xfce4-panel, waybar), with its menu over DBusMenu: the
``org.kde.StatusNotifierItem`` and ``com.canonical.dbusmenu`` objects, over jeepney.

Why not Qt's own (QSystemTrayIcon's SNI): every property a host reads there hops from QtDBus's
thread to the GUI thread and back, and at each step of the icon's ring GNOME's host reads three
(a dozen wake-ups for one new icon). Here one thread sleeps on the connection and answers every
read from the look last shown, a frozen snapshot the GUI thread swaps in ``show``; the GUI
thread itself sends the signals that tell the hosts what changed, so a new icon costs it no
wake-up beyond the one that drew it. Only what the user does comes back to the GUI thread: a
click in the menu, the menu opening (the look is brought up to date first, as Qt did), a host
asking the app to draw its menu itself.

The item owns the well-known name ``org.kde.StatusNotifierItem-<pid>-<n>`` and registers it (GNOME
Shell's extension owns no name of it and is given the item's object path instead: PATH_HOSTS) with
``org.kde.StatusNotifierWatcher``, again whenever the watcher's owner changes (the panel restarted,
or GNOME Shell's extension came back after the lock screen), and again when the watcher drops the
item while it lives (GNOME's extension, enabled again at an unlock, once dropped an item it had
just taken: ``StatusNotifierItemUnregistered``; on a loaded machine it dropped an item three times
in a row when its own first reading of the item's properties was late), after waits that grow
(REREGISTER_DELAYS_S), so a host that is still settling takes the item at a later try, and a host
that keeps refusing it is not asked forever.

A new icon is announced with the spec's NewIcon, after which a host reads the icon back. GNOME
Shell's AppIndicator extension reads two properties then (IconPixmap, IconAccessibleDesc), each a
wake-up of the item's thread; but its proxy of the item (a GDBusProxy) also follows the standard
``PropertiesChanged`` signal. Where the watcher is that host (PROPERTY_HOSTS, by its process
name), the new icon travels in PropertiesChanged itself and the host reads nothing back.
"""

from __future__ import annotations

import itertools
import logging
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageFlag,
    MessageType,
    message_bus,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from desk_coach.adapters.idle.reader_thread import ReaderThread, woken
from desk_coach.adapters.tray import dbus_menu
from desk_coach.adapters.tray.dbus_menu import MenuLayout
from desk_coach.adapters.tray.introspection import ITEM_PATH, ITEM_XML, MENU_PATH, MENU_XML, ROOT_XML
from desk_coach.services.tray_item import OnMenuClick, OnMenuOpening, OnMenuWanted, TrayLook

log = logging.getLogger(__name__)

WATCHER = DBusAddress("/StatusNotifierWatcher", bus_name="org.kde.StatusNotifierWatcher",
                      interface="org.kde.StatusNotifierWatcher")
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
PROPERTIES = "org.freedesktop.DBus.Properties"
#: The tray hosts, by the watcher's process name, that take a new icon from PropertiesChanged.
PROPERTY_HOSTS = frozenset({"gnome-shell"})
#: The tray hosts, by the watcher's process name, that are given the item's object path, not its
#: bus name. Given a bus name, GNOME Shell's AppIndicator extension also watches that name, and the
#: watch's first sight of it forgets the item's Id and Menu while the extension's own first reading
#: of them is under way: on a loaded machine that reading then failed ("Argument two may not be
#: null") and the extension dropped the item at each registration, six times in a row, leaving no
#: tray icon. Given a path, it takes the item by the sender's unique name and watches nothing.
#: Nor does the item own a well-known name there: the extension, enabled again at each unlock,
#: looks for items on the bus itself, and takes one that owns such a name by that name (the same
#: race: CI saw the icon gone after an unlock); one known by its unique name alone it takes by that
#: name and path, as the item's own registration names it.
PATH_HOSTS = frozenset({"gnome-shell"})
#: Seconds to wait for the bus at start (a local daemon answers in well under a millisecond).
CALL_TIMEOUT = 1.0
#: Longest wait for the GUI thread to bring the look up to date before a menu opens: the user
#: is waiting, so past this the menu opens with the words it has.
MENU_REFRESH_WAIT_S = 1.0
#: How often the item registers again with one watcher that drops it (a host that keeps dropping
#: it would otherwise wake it for ever).
#: Seconds before registering again after each drop by the same watcher; past the last, no more.
REREGISTER_DELAYS_S = (1.0, 2.0, 4.0, 8.0, 16.0)
_DO_NOT_QUEUE = 4
#: A registration's errors that mean no watcher owns the name (its successor's arrival is heard).
_NO_WATCHER = frozenset(f"org.freedesktop.DBus.Error.{name}" for name in ("ServiceUnknown", "NameHasNoOwner"))
#: ... or one going or not ready: expected, logged quietly.
_WATCHER_GONE = _NO_WATCHER | {f"org.freedesktop.DBus.Error.{name}" for name in (
    "UnknownObject", "UnknownMethod", "NoReply")}
_instances = itertools.count(1)

Variant = tuple[str, Any]


@dataclass(frozen=True)
class _Shown:
    """A look as the hosts read it, ready to answer from: made on the GUI thread, never changed."""

    look: TrayLook
    pixmaps: list[tuple[int, int, bytes]]
    menu: MenuLayout
    revision: int

    @classmethod
    def of(cls, look: TrayLook, before: _Shown | None = None) -> _Shown:
        menu = MenuLayout.of(look.menu)
        revision = 1 if before is None else before.revision + (before.menu.children != menu.children)
        return cls(look, [(i.width, i.height, i.argb) for i in look.icon], menu, revision)

    def item_properties(self, item_id: str) -> dict[str, Variant]:
        look = self.look
        return {
            "Category": ("s", "ApplicationStatus"), "Id": ("s", item_id), "Title": ("s", look.title),
            "Status": ("s", look.status), "WindowId": ("i", 0), "IconThemePath": ("s", ""),
            "Menu": ("o", MENU_PATH), "ItemIsMenu": ("b", True), "IconPixmap": ("a(iiay)", self.pixmaps),
            "IconAccessibleDesc": ("s", look.description),
            "OverlayIconName": ("s", ""), "OverlayIconPixmap": ("a(iiay)", []),
            "AttentionIconName": ("s", ""), "AttentionIconPixmap": ("a(iiay)", []),
            "AttentionMovieName": ("s", ""), "AttentionAccessibleDesc": ("s", ""),
            "ToolTip": ("(sa(iiay)ss)", ("", [], look.tooltip, "")),
        }


class _CallError(Exception):
    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name = f"org.freedesktop.DBus.Error.{name}"


class StatusNotifierItem:
    """The tray item on the session bus at ``bus_address``.

    ``on_click(key)``, ``on_menu_opening()`` and ``on_menu_wanted(x, y)`` run on the item's thread
    (see TrayItemHost); after ``on_menu_opening`` the item waits for ``menu_refreshed``.
    """

    def __init__(self, bus_address: str, *, item_id: str, on_click: OnMenuClick,
                 on_menu_opening: OnMenuOpening, on_menu_wanted: OnMenuWanted,
                 timeout: float = CALL_TIMEOUT,
                 reregister_delays_s: tuple[float, ...] = REREGISTER_DELAYS_S) -> None:
        self.address = bus_address
        self.reregister_delays_s = reregister_delays_s
        self.item_id = item_id
        self.bus_name = f"org.kde.StatusNotifierItem-{os.getpid()}-{next(_instances)}"
        self.timeout = timeout
        self._on_click, self._on_menu_opening = on_click, on_menu_opening
        self._on_menu_wanted = on_menu_wanted
        self._lock = threading.Lock()  # the shown look, and every message sent: in step with each other
        self._shown: _Shown | None = None
        self._connection: DBusConnection | None = None
        self._reader: ReaderThread | None = None
        self._refreshed = threading.Event()
        self._register_serial: int | None = None
        self._host_pid_serial: int | None = None
        self._host: str | None = None  # the watcher's process name (PROPERTY_HOSTS, PATH_HOSTS)
        self._register_once_host_known = False  # a new watcher: its process decides how to register
        self._dropped = 0  # times the present watcher dropped or refused the item
        self._again: threading.Timer | None = None  # the registration waiting after a drop
        self._owns_name = False  # the well-known bus_name (not on PATH_HOSTS)
        self._stopping = False

    @property
    def reached_as(self) -> str | None:
        """The bus name hosts reach the item by: its well-known name where it owns one, else its
        connection's unique name (PATH_HOSTS); None when it is not on the bus."""
        connection = self._connection
        if connection is None:
            return None
        return self.bus_name if self._owns_name else connection.unique_name

    @property
    def alive(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    # -- the GUI thread's side ----------------------------------------------------------------------

    def start(self, look: TrayLook) -> bool:
        """Own the item's name and register it; False (nothing kept open) when no watcher runs."""
        try:
            connection = open_dbus_connection(self.address, auth_timeout=self.timeout)
        except (OSError, ValueError, RuntimeError, KeyError, TimeoutError) as error:
            log.info("tray item: the session bus %s is unusable (%s)", self.address, error)
            return False
        try:
            if not self._ask(connection, message_bus.NameHasOwner(WATCHER.bus_name))[0]:
                log.info("tray item: no %s on the session bus", WATCHER.bus_name)
                connection.close()
                return False
            self._host = self._watcher_process(connection)
            if self._host not in PATH_HOSTS:
                if self._ask(connection, message_bus.RequestName(self.bus_name, _DO_NOT_QUEUE))[0] != 1:
                    raise RuntimeError(f"could not own {self.bus_name}")
                self._owns_name = True
            watcher_changes = MatchRule(type="signal", sender=message_bus.bus_name, member="NameOwnerChanged",
                                        interface="org.freedesktop.DBus")
            watcher_changes.add_arg_condition(0, WATCHER.bus_name)
            self._ask(connection, message_bus.AddMatch(watcher_changes))
            self._ask(connection, message_bus.AddMatch(MatchRule(
                type="signal", interface=WATCHER.interface, member="StatusNotifierItemUnregistered")))
        except (OSError, ValueError, RuntimeError, KeyError, TimeoutError) as error:
            log.warning("tray item: %s", error)
            connection.close()
            return False
        self._stopping = False
        self._shown = _Shown.of(look)
        self._connection = connection
        self._reader = ReaderThread(self._read, "tray item")
        self._register()
        log.info("tray item %s shown through %s", self.bus_name, WATCHER.bus_name)
        return True

    def show(self, look: TrayLook) -> None:
        """Answer from ``look`` from now on, and tell the hosts what changed (on this thread)."""
        with self._lock:
            before = self._shown
            if before is None or before.look == look:
                return
            self._shown = shown = _Shown.of(look, before)
            for signal in self._news(before, shown):
                self._send(signal)

    def menu_refreshed(self) -> None:
        self._refreshed.set()

    def stop(self) -> None:
        """Leave the tray: the watcher drops the item as its name goes with the connection."""
        self._stopping = True
        self._refreshed.set()  # a menu waiting to open need not wait for a GUI that is going
        if self._again is not None:
            self._again.cancel()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.stop()
        with self._lock:
            connection, self._connection = self._connection, None
            self._owns_name = False  # the bus releases it with the connection
        if connection is not None:
            connection.close()

    # -- messages out ---------------------------------------------------------------------------------

    def _ask(self, connection: DBusConnection, message: Message) -> tuple:
        reply = connection.send_and_get_reply(message, timeout=self.timeout)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{message.header.fields.get(HeaderFields.member)}: {reply.body!r}")
        return tuple(reply.body)

    def _watcher_process(self, connection: DBusConnection) -> str | None:
        try:
            (pid,) = self._ask(connection, message_bus.GetConnectionUnixProcessID(WATCHER.bus_name))
            return _process_name(pid)
        except RuntimeError:  # a bus that will not say (a sandbox's proxy): the spec's way, NewIcon
            return None

    def _register(self) -> None:
        """Ask the watcher to show the item, by its bus name or, where the host wants it so
        (PATH_HOSTS), its object path; the answer comes to the item's thread."""
        by_path = self._host in PATH_HOSTS
        message = new_method_call(WATCHER, "RegisterStatusNotifierItem", "s",
                                  (ITEM_PATH if by_path else self.bus_name,))
        message.header.flags |= MessageFlag.no_auto_start
        with self._lock:
            connection = self._connection
            if connection is None:
                return
            if not by_path and not self._owns_name:  # a watcher of another kind came: the bus
                self._send(message_bus.RequestName(self.bus_name, _DO_NOT_QUEUE))  # takes it in order
                self._owns_name = True
            self._register_serial = next(connection.outgoing_serial)
            self._send(message, self._register_serial)

    def _ask_host_process(self) -> None:
        """Which process the new watcher is (see PROPERTY_HOSTS); its answer comes to the item's thread."""
        with self._lock:
            if self._connection is None:
                return
            self._host_pid_serial = next(self._connection.outgoing_serial)
            self._send(message_bus.GetConnectionUnixProcessID(WATCHER.bus_name), self._host_pid_serial)

    def _news(self, before: _Shown, shown: _Shown) -> list[Message]:
        """The signals that tell the hosts what differs between two looks."""
        old, new = before.look, shown.look
        signals = []
        if new.icon != old.icon and self._host in PROPERTY_HOSTS:
            pixmaps = {"IconPixmap": ("a(iiay)", shown.pixmaps)}
            signals.append(new_signal(DBusAddress(ITEM_PATH, interface=PROPERTIES), "PropertiesChanged",
                                      "sa{sv}as", (ITEM_INTERFACE, pixmaps, [])))
        elif new.icon != old.icon:
            signals.append(self._item_signal("NewIcon"))
        if new.tooltip != old.tooltip:
            signals.append(self._item_signal("NewToolTip"))
        if new.title != old.title:
            signals.append(self._item_signal("NewTitle"))
        if new.status != old.status:
            signals.append(self._item_signal("NewStatus", "s", (new.status,)))
        if shown.revision != before.revision:
            signals.append(self._menu_signal("LayoutUpdated", "ui", (shown.revision, dbus_menu.ROOT)))
        elif (changed := dbus_menu.changes(before.menu, shown.menu)) and any(changed):
            signals.append(self._menu_signal("ItemsPropertiesUpdated", "a(ia{sv})a(ias)", changed))
        return signals

    def _item_signal(self, name: str, signature: str | None = None, body: tuple = ()) -> Message:
        return new_signal(DBusAddress(ITEM_PATH, interface=ITEM_INTERFACE), name, signature, body)

    def _menu_signal(self, name: str, signature: str, body: tuple) -> Message:
        return new_signal(DBusAddress(MENU_PATH, interface=dbus_menu.INTERFACE), name, signature, body)

    def _send(self, message: Message, serial: int | None = None) -> None:
        """Send on the item's connection; the caller holds the lock."""
        if self._connection is None:
            return
        try:
            self._connection.send(message, serial=serial)
        except OSError as error:
            if not self._stopping:
                log.warning("tray item: cannot send to the session bus: %s", error)

    # -- the item's thread ------------------------------------------------------------------------------

    def _read(self, wake_fd: int) -> None:
        connection = self._connection
        assert connection is not None
        try:
            while True:
                while (message := _next_message(connection)) is not None:
                    self._handle(message)
                if woken(connection.sock.fileno(), wake_fd):
                    return
        except (OSError, ValueError) as error:
            if not self._stopping:
                log.warning("tray item: lost the session bus: %s", error)

    def _handle(self, message: Message) -> None:
        kind = message.header.message_type
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        if kind is MessageType.method_call:
            self._answer(message)
        elif kind is MessageType.signal and member == "NameOwnerChanged":
            self._watcher_changed(*message.body)
        elif kind is MessageType.signal and member == "StatusNotifierItemUnregistered":
            if self._is_this_item(str(message.body[0])):
                self._register_later("the tray host dropped it")
        elif kind in (MessageType.method_return, MessageType.error) and self._host_pid_serial is not None \
                and fields.get(HeaderFields.reply_serial) == self._host_pid_serial:
            # A bus that will not say which process the watcher is: the spec's way (bus name, NewIcon).
            self._host = _process_name(message.body[0]) if kind is MessageType.method_return else None
            if self._register_once_host_known:
                self._register_once_host_known = False
                self._register()
        elif kind is MessageType.error and fields.get(HeaderFields.reply_serial) == self._register_serial:
            self._refused(fields.get(HeaderFields.error_name), message.body)

    def _watcher_changed(self, name: str, _old_owner: str, new_owner: str) -> None:
        if name == WATCHER.bus_name and new_owner:
            log.info("tray item: %s has a new owner; registering again", WATCHER.bus_name)
            if self._again is not None:
                self._again.cancel()  # a wait after the old watcher's drop: the new one decides
            self._host = None  # until the new one is known, and then the item registers
            self._dropped = 0
            self._register_once_host_known = True
            self._ask_host_process()

    def _refused(self, error: str | None, body: tuple) -> None:
        """The watcher answered the registration with an error."""
        # A watcher that is going (GNOME's extension at the lock screen) drops its items first:
        # the item's answer then finds no watcher; the next one takes it.
        level = logging.INFO if error in _WATCHER_GONE else logging.WARNING
        log.log(level, "tray item: the watcher did not take it: %s %r", error, body)
        # GNOME's extension, enabled again at an unlock, answered "No such method" twice while it
        # held the watcher's name: a later try may find it ready. (A watcher with no owner is
        # gone: the next one's arrival is heard.)
        if error not in _NO_WATCHER:
            self._register_later("the watcher did not take it")

    def _register_later(self, why: str) -> None:
        """Register again after a wait, longer each time (REREGISTER_DELAYS_S); past the last, no
        more until another watcher comes."""
        if self._stopping or self._dropped >= len(self.reregister_delays_s):
            return
        delay = self.reregister_delays_s[self._dropped]
        self._dropped += 1
        log.info("tray item: %s; registering again in %g s", why, delay)
        if self._again is not None:
            self._again.cancel()
        self._again = threading.Timer(delay, self._register)
        self._again.daemon = True
        self._again.start()

    def _is_this_item(self, registered: str) -> bool:
        """Whether a watcher's name for an item is this one's: its bus name, or (registered by its
        path) its connection's unique name with the path ("bus@/path" in GNOME, "bus/path" in KDE)."""
        connection = self._connection
        unique = connection.unique_name if connection is not None else None
        return registered.startswith(self.bus_name) or (
            unique is not None and registered in (unique, f"{unique}{ITEM_PATH}", f"{unique}@{ITEM_PATH}"))

    def _answer(self, call: Message) -> None:
        fields = call.header.fields
        path, member = fields.get(HeaderFields.path), fields.get(HeaderFields.member)
        interface = fields.get(HeaderFields.interface)
        try:
            signature, body = self._call(path, interface, member, tuple(call.body))
            reply = new_method_return(call, signature, body)
        except _CallError as error:
            reply = new_error(call, error.name, "s", (str(error),))
        except (ValueError, TypeError, IndexError, KeyError) as error:  # arguments of another shape
            reply = new_error(call, "org.freedesktop.DBus.Error.InvalidArgs", "s", (f"{member}: {error}",))
        if call.header.flags & MessageFlag.no_reply_expected:
            return
        with self._lock:
            try:
                self._send(reply)
            except (ValueError, TypeError, struct.error) as error:  # a bug here must not end the item
                log.warning("tray item: cannot answer %s %s: %s", path, member, error)
                self._send(new_error(call, "org.freedesktop.DBus.Error.Failed", "s", (str(error),)))

    def _call(self, path: str, interface: str | None, member: str, args: tuple) -> tuple[str | None, tuple]:
        if interface == "org.freedesktop.DBus.Peer" or (interface is None and member == "Ping"):
            if member == "Ping":
                return None, ()
            if member == "GetMachineId":
                return "s", (_machine_id(),)
        if member == "Introspect" and interface in (None, "org.freedesktop.DBus.Introspectable"):
            xml = {ITEM_PATH: ITEM_XML, MENU_PATH: MENU_XML, "/": ROOT_XML}.get(path)
            if xml is None:
                raise _CallError("UnknownObject", f"no object at {path}")
            return "s", (xml,)
        if path == ITEM_PATH:
            return self._item_call(interface, member, args)
        if path == MENU_PATH:
            return self._menu_call(interface, member, args)
        raise _CallError("UnknownObject", f"no object at {path}")

    def _properties_call(self, member: str, args: tuple, own_interface: str,
                         properties: dict[str, Variant]) -> tuple[str | None, tuple]:
        if member == "Set":
            raise _CallError("PropertyReadOnly", "the tray item's properties are read-only")
        if args[0] not in (own_interface, ""):
            raise _CallError("UnknownInterface", f"no interface {args[0]}")
        if member == "GetAll":
            return "a{sv}", (properties,)
        if member == "Get" and args[1] in properties:
            return "v", (properties[args[1]],)
        raise _CallError("UnknownProperty", f"no property {args[1:]}")

    def _item_call(self, interface: str | None, member: str, args: tuple) -> tuple[str | None, tuple]:
        shown = self._shown
        assert shown is not None
        if interface == PROPERTIES:
            return self._properties_call(member, args, ITEM_INTERFACE, shown.item_properties(self.item_id))
        if interface not in (ITEM_INTERFACE, None):
            raise _CallError("UnknownInterface", f"no interface {interface}")
        if member == "ContextMenu":  # a host that draws no DBusMenu asks the app to show its own
            self._on_menu_wanted(int(args[0]), int(args[1]))
            return None, ()
        if member in ("Activate", "SecondaryActivate", "Scroll"):
            return None, ()  # the item is its menu (ItemIsMenu): the host opens it on a click
        raise _CallError("UnknownMethod", f"no method {member}")

    def _menu_call(self, interface: str | None, member: str, args: tuple) -> tuple[str | None, tuple]:
        shown = self._shown
        assert shown is not None
        menu = shown.menu
        if interface == PROPERTIES:
            return self._properties_call(member, args, dbus_menu.INTERFACE, dbus_menu.MENU_PROPERTIES)
        if interface not in (dbus_menu.INTERFACE, None):
            raise _CallError("UnknownInterface", f"no interface {interface}")
        if member in ("GetLayout", "GetGroupProperties", "GetProperty"):
            return self._menu_read(shown, member, args)
        return self._menu_act(menu, member, args)

    @staticmethod
    def _menu_read(shown: _Shown, member: str, args: tuple) -> tuple[str | None, tuple]:
        """The host reads the menu: its layout, or its entries' properties."""
        menu = shown.menu
        if member == "GetLayout":
            parent, depth, names = args
            _known(menu, parent)
            return "u(ia{sv}av)", (shown.revision, menu.tree(parent, depth, names))
        if member == "GetGroupProperties":
            ids, names = args
            return "a(ia{sv})", ([(i, menu.chosen(i, names)) for i in (ids or menu.properties)
                                  if i in menu.properties],)
        item, name = args  # GetProperty
        value = menu.properties.get(item, {}).get(name)
        if value is None:
            raise _CallError("InvalidArgs", f"no property {name} on item {item}")
        return "v", (value,)

    def _menu_act(self, menu: MenuLayout, member: str, args: tuple) -> tuple[str | None, tuple]:
        """The host acts on the menu: a click, or the menu about to open."""
        if member == "Event":
            _known(menu, args[0])
            self._event(menu, args[0], args[1])
            return None, ()
        if member == "EventGroup":
            unknown = [event[0] for event in args[0] if event[0] not in menu.properties]
            for item, event, *_ in args[0]:
                self._event(menu, item, event)
            return "ai", (unknown,)
        if member == "AboutToShow":
            _known(menu, args[0])
            return "b", (self._about_to_show([args[0]]),)
        if member == "AboutToShowGroup":
            known = [i for i in args[0] if i in menu.properties]
            needed = self._about_to_show(known)
            return "aiai", ([dbus_menu.ROOT] if needed else [], [i for i in args[0] if i not in known])
        raise _CallError("UnknownMethod", f"no method {member}")

    def _event(self, menu: MenuLayout, item: int, event: str) -> None:
        props = menu.properties.get(item)
        if event != "clicked" or item == dbus_menu.ROOT or props is None:
            return  # opened, closed, hovered: nothing to do
        if props.get("enabled", ("b", True))[1] and "children-display" not in props \
                and props.get("type", ("s", ""))[1] != "separator":
            self._on_click(item)

    def _about_to_show(self, items: list[int]) -> bool:
        """The root menu about to open: the GUI thread brings the look up to date first. True
        when the menu's tree changed meanwhile (the host reads it again); changed words were
        already sent as ItemsPropertiesUpdated."""
        if dbus_menu.ROOT not in items or self._stopping:
            return False
        before = self._shown
        self._refreshed.clear()
        self._on_menu_opening()
        if not self._refreshed.wait(MENU_REFRESH_WAIT_S):
            log.info("tray item: the menu opens before the status was brought up to date")
        after = self._shown
        return before is not None and after is not None and after.revision != before.revision


def _next_message(connection: DBusConnection) -> Message | None:
    """The next message already sent to us, without waiting: None when there is none yet."""
    try:
        return connection.receive(timeout=0)
    except TimeoutError:
        return None


def _known(menu: MenuLayout, item: int) -> None:
    if item not in menu.properties:
        raise _CallError("InvalidArgs", f"no menu item {item}")


def _process_name(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip()
    except OSError:  # another PID namespace (a sandbox), or gone
        return None


def _machine_id() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(path).read_text(encoding="ascii").strip()
        except OSError:
            continue
    return ""
