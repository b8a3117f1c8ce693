"""Is the desktop's own do-not-disturb on? On Linux each desktop keeps it somewhere else:

- the notification server over D-Bus (``NotificationServerDnd``, through jeepney): KDE Plasma's
  ``org.freedesktop.Notifications`` ``Inhibited`` property, and dunst's ``org.dunstproject.cmd0``
  ``paused`` property, both on ``/org/freedesktop/Notifications``. One round trip to the session
  bus per supported property and poll (well under a millisecond); a property the server does not
  have is asked again only every ``recheck_seconds``, so on other desktops a poll costs nothing.
  The calls carry NO_AUTO_START: asking must never start a notification daemon.
- GNOME (``GnomeDnd``): the setting ``org.gnome.desktop.notifications show-banners`` is false.
  GNOME Shell has no D-Bus property for it, and dconf's database is a binary (GVDB) file, so the
  value comes from ``gsettings get`` (about 3 ms, in the background). It is asked again only when
  the settings database changed (its modification stamp is checked each poll, a ``stat``), or at
  least every ``max_age`` seconds for a backend whose file is not where we look.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from desk_coach.adapters.quiet._support import NO_REASONS, BackgroundCommands, Clock, OnceLog, why
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)

DO_NOT_DISTURB = frozenset({QuietReason.DO_NOT_DISTURB})

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
#: (interface, property) pairs that are true while notifications are held back, asked in this order.
DND_PROPERTIES = (
    (NOTIFICATIONS, "Inhibited"),  # KDE Plasma (and the draft of the freedesktop spec)
    ("org.dunstproject.cmd0", "paused"),  # dunst >= 1.5
)
#: Errors meaning "nobody serves notifications now": no do-not-disturb, ask again next poll.
NO_SERVER_ERRORS = frozenset({"org.freedesktop.DBus.Error.ServiceUnknown",
                              "org.freedesktop.DBus.Error.NameHasNoOwner"})


class NoServer(Exception):
    """Nobody owns org.freedesktop.Notifications."""


class NotSupported(Exception):
    """The notification server answered with an error: it has no such property (or interface)."""


class PropertyReader(Protocol):
    """Reads a property of the notification server's ``/org/freedesktop/Notifications`` object.

    ``get`` raises NoServer, NotSupported, or anything else (OSError, TimeoutError...) when the bus
    itself failed; ``close`` drops the connection (the next ``get`` reconnects).
    """

    def get(self, interface: str, name: str) -> Any: ...

    def close(self) -> None: ...


def session_bus_address(env: Mapping[str, str]) -> str | None:
    """The session bus from ``DBUS_SESSION_BUS_ADDRESS``, else the systemd user bus socket if it exists."""
    if address := env.get("DBUS_SESSION_BUS_ADDRESS"):
        return address
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return None


class JeepneyPropertyReader:
    """``PropertyReader`` over one lazily opened jeepney connection, reopened after a failure."""

    def __init__(self, address: str, *, timeout: float = 0.5) -> None:
        self.address, self.timeout = address, timeout
        self._connection: Any = None

    def get(self, interface: str, name: str) -> Any:
        from jeepney import HeaderFields, MessageType
        from jeepney.io.blocking import open_dbus_connection

        if self._connection is None:
            self._connection = open_dbus_connection(bus=self.address, auth_timeout=self.timeout)
        try:
            reply = self._connection.send_and_get_reply(get_property_message(interface, name),
                                                        timeout=self.timeout)
        except BaseException:
            self.close()  # a timed-out reply may still arrive: start afresh
            raise
        if reply.header.message_type == MessageType.error:
            error = reply.header.fields.get(HeaderFields.error_name, "")
            raise (NoServer if error in NO_SERVER_ERRORS else NotSupported)(error)
        [(_signature, value)] = reply.body
        return value

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()


def get_property_message(interface: str, name: str) -> Any:
    """The jeepney message asking the notification server for a property, without auto-starting one."""
    from jeepney import DBusAddress, MessageFlag, new_method_call

    server = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS,
                         interface="org.freedesktop.DBus.Properties")
    message = new_method_call(server, "Get", "ss", (interface, name))
    message.header.flags |= MessageFlag.no_auto_start
    return message


class NotificationServerDnd:
    """Reports DO_NOT_DISTURB while the notification server says it holds notifications back (KDE, dunst)."""

    description = "do not disturb (notification server over D-Bus: KDE Inhibited, dunst paused)"

    def __init__(self, bus_address: str | None = None, *, reader: PropertyReader | None = None,
                 recheck_seconds: float = 60.0, retry_seconds: float = 30.0,
                 clock: Clock = time.monotonic) -> None:
        if reader is None and bus_address is None:
            raise ValueError("give a bus address or a property reader")
        self._reader = reader
        self.bus_address = bus_address
        self.recheck_seconds, self.retry_seconds = recheck_seconds, retry_seconds
        self._clock = clock
        self._log = OnceLog(log)
        self._lock = threading.Lock()
        self._unsupported_until: dict[tuple[str, str], float] = {}
        self._retry_at = 0.0

    def active_reasons(self) -> frozenset[QuietReason]:
        with self._lock:
            now = self._clock()
            if now < self._retry_at:
                return NO_REASONS
            try:
                return DO_NOT_DISTURB if self._ask(now) else NO_REASONS
            except Exception as error:  # the bus failed: not quiet, and give it a rest
                self._log("bus", "cannot ask the notification server about do-not-disturb (%s); "
                          "assuming it is off", why(error))
                self._retry_at = now + self.retry_seconds
                if self._reader is not None:
                    self._reader.close()
                return NO_REASONS

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()

    def _ask(self, now: float) -> bool:
        if self._reader is None:
            try:
                import jeepney  # noqa: F401 - only to know it is there
            except ImportError:
                self._log("jeepney", "jeepney is not installed: the desktop's do-not-disturb is not sensed "
                          "over D-Bus (KDE, dunst)")
                self._retry_at = float("inf")
                return False
            assert self.bus_address is not None
            self._reader = JeepneyPropertyReader(self.bus_address)
        for key in DND_PROPERTIES:
            if now < self._unsupported_until.get(key, 0.0):
                continue
            try:
                value = self._reader.get(*key)
            except NoServer:
                return False
            except NotSupported:
                self._unsupported_until[key] = now + self.recheck_seconds
                continue
            if value is True:
                return True
        return False


def parse_show_banners(outputs: list[str]) -> bool:
    """Do-not-disturb from ``gsettings get org.gnome.desktop.notifications show-banners``: banners off."""
    value = outputs[0].strip()
    if value not in ("true", "false"):
        raise ValueError(f"show-banners is {value!r}")
    return value == "false"


class GnomeDnd:
    """Reports DO_NOT_DISTURB while GNOME's notification banners are off (its do-not-disturb switch)."""

    description = "do not disturb (GNOME show-banners)"

    def __init__(self, gsettings: str = "gsettings", *, env: Mapping[str, str] | None = None,
                 max_age: float = 300.0, timeout: float = 5.0, clock: Clock = time.monotonic) -> None:
        env = os.environ if env is None else env
        config = Path(env.get("XDG_CONFIG_HOME") or Path(env.get("HOME", "~")).expanduser() / ".config")
        #: Files that change when a setting is written: dconf's database, GSettings' keyfile backend.
        self.stamp_files = (config / "dconf" / "user", config / "glib-2.0" / "settings" / "keyfile")
        argv = [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"]
        self.commands = BackgroundCommands([argv], parse_show_banners, env=env, refresh_seconds=max_age,
                                           timeout=timeout, clock=clock)
        self._stamp: tuple[tuple[int, int, int] | None, ...] | None = None
        self._log = OnceLog(log)

    def active_reasons(self) -> frozenset[QuietReason]:
        try:
            stamp = self._read_stamp()
            if stamp != self._stamp:
                self._stamp = stamp
                self.commands.invalidate()
            dnd = self.commands.poll()
        except Exception as error:  # never raise into the scheduler; not quiet
            self._log("poll", "cannot read GNOME's do-not-disturb (%s); assuming it is off", why(error))
            return NO_REASONS
        if self.commands.error is not None:
            self._log("command", "cannot read GNOME's do-not-disturb: %s; assuming it is off",
                      self.commands.error)
        return DO_NOT_DISTURB if dnd else NO_REASONS

    def refresh_and_wait(self, timeout: float = 10.0) -> frozenset[QuietReason]:
        """Ask gsettings now and wait for the answer (tests, diagnostics); never raises."""
        try:
            self._stamp = self._read_stamp()
            self.commands.refresh_and_wait(timeout)
        except Exception as error:
            self._log("poll", "cannot read GNOME's do-not-disturb (%s); assuming it is off", why(error))
            return NO_REASONS
        return self.active_reasons()

    def close(self) -> None:
        self.commands.close()

    def _read_stamp(self) -> tuple[tuple[int, int, int] | None, ...]:
        stamps: list[tuple[int, int, int] | None] = []
        for path in self.stamp_files:
            try:
                info = os.stat(path)
            except OSError:
                stamps.append(None)
            else:
                stamps.append((info.st_mtime_ns, info.st_size, info.st_ino))
        return tuple(stamps)
