"""GNOME (Wayland and X11): Mutter's idle monitor, and GNOME Shell's screen shield for the lock.

On Wayland only the compositor sees input, and GNOME exposes it solely through
``org.gnome.Mutter.IdleMonitor`` (``GetIdletime``: milliseconds since the last user input, on the
core monitor ``/org/gnome/Mutter/IdleMonitor/Core``). Whether the screen is locked comes from
``org.gnome.ScreenSaver.GetActive``.

``watch`` (the ``IdleWatch`` port) asks Mutter to say itself when the user leaves and comes back:
``AddIdleWatch(ms)`` fires ``WatchFired`` each time the idle time reaches the threshold, and
``AddUserActiveWatch()`` once at the next input (added again after each "away"). A thread with its
own connection sleeps in ``recv`` on it: steady typing costs nothing. The same thread hears the
screen shield's ``ActiveChanged``, so while it runs the lock state is known without a call per look.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    MessageFlag,
    MessageType,
    message_bus,
    new_method_call,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from desk_coach.adapters.idle._dbus import CALL_TIMEOUT, BusLink

log = logging.getLogger(__name__)

IDLE_MONITOR = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core", bus_name="org.gnome.Mutter.IdleMonitor",
                           interface="org.gnome.Mutter.IdleMonitor")
SCREEN_SHIELD = DBusAddress("/org/gnome/ScreenSaver", bus_name="org.gnome.ScreenSaver",
                            interface="org.gnome.ScreenSaver")


class MutterIdleSensor:
    """Idle time from Mutter and lock state from GNOME Shell, on the session bus at ``bus_address``."""

    can_sense_activity = True

    def __init__(self, bus_address: str, *, timeout: float = CALL_TIMEOUT) -> None:
        self._bus = BusLink(bus_address, timeout=timeout)
        self._watch: tuple[float, Callable[[], None]] | None = None
        self._watches: MutterWatches | None = None

    @property
    def description(self) -> str:
        woken = "; woken by its idle watches (WatchFired)" if self.watching else ""
        return f"GNOME's idle monitor (org.gnome.Mutter.IdleMonitor){woken}"

    @property
    def watching(self) -> bool:
        return self._watches is not None and self._watches.alive

    def watch(self, threshold_s: float, on_change: Callable[[], None]) -> bool:
        """Call ``on_change`` (from another thread) when the user has been idle ``threshold_s`` and
        at their first input after that, and when the screen shield comes or goes."""
        self._stop_watches()
        self._watch = (threshold_s, on_change)
        return self._start_watches()

    def idle_seconds(self) -> float | None:
        reply = self._bus.call(IDLE_MONITOR, "GetIdletime", "t")
        if reply is None:
            return None
        if self._watch is not None and not self.watching:
            self._start_watches()  # Mutter is back (GNOME Shell restarted): watch again
        return reply[0] / 1000

    def is_locked(self) -> bool | None:
        if self.watching and self._watches is not None and self._watches.locked is not None:
            return self._watches.locked
        reply = self._bus.call(SCREEN_SHIELD, "GetActive", "b")
        return None if reply is None else bool(reply[0])

    def close(self) -> None:
        self._watch = None
        self._stop_watches()
        self._bus.close()

    def _start_watches(self) -> bool:
        assert self._watch is not None
        self._stop_watches()
        watches = MutterWatches(self._bus.address, *self._watch, timeout=self._bus.timeout)
        try:
            watches.start()
        except WatchUnavailable as error:  # for good: this idle monitor has no watches
            log.info("Mutter's idle watches: %s; the idle time is looked at instead", error)
            self._watch = None
            return False
        except (OSError, ValueError, RuntimeError, KeyError, TimeoutError) as error:
            log.info("Mutter's idle watches: %s; tried again at the next look", error)
            return False
        self._watches = watches
        return True

    def _stop_watches(self) -> None:
        watches, self._watches = self._watches, None
        if watches is not None:
            watches.stop()


class WatchUnavailable(Exception):
    """Mutter refused the watch (no idle monitor on this bus)."""


class MutterWatches:
    """An idle watch at ``threshold_s`` and the user-active watch after it, on their own connection."""

    def __init__(self, bus_address: str, threshold_s: float, on_change: Callable[[], None], *,
                 timeout: float = CALL_TIMEOUT, clock: Callable[[], float] = time.monotonic) -> None:
        self.address = bus_address
        self.threshold_ms = max(1, round(threshold_s * 1000))
        self.on_change = on_change
        self.timeout = timeout
        self._clock = clock
        self.locked: bool | None = None
        self.idle_since: float | None = None
        self._connection: DBusConnection | None = None
        self._idle_watch: int | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Subscribe, add the idle watch and start the thread; raises when Mutter cannot."""
        connection = open_dbus_connection(self.address, auth_timeout=self.timeout)
        try:
            bus = message_bus
            for rule in (MatchRule(type="signal", interface=IDLE_MONITOR.interface, member="WatchFired",
                                   path=IDLE_MONITOR.object_path),
                         MatchRule(type="signal", interface=SCREEN_SHIELD.interface, member="ActiveChanged"),
                         _owner_changes()):
                connection.send_and_get_reply(bus.AddMatch(rule), timeout=self.timeout)
            self._idle_watch = self._ask(connection, "AddIdleWatch", "u", "t", (self.threshold_ms,))[0]
            idle_ms = self._ask(connection, "GetIdletime", "t")[0]
            if idle_ms >= self.threshold_ms:  # already away: only the return is to come
                self.idle_since = self._clock() - idle_ms / 1000
                connection.send(self._call(IDLE_MONITOR, "AddUserActiveWatch"))
            shield = connection.send_and_get_reply(self._call(SCREEN_SHIELD, "GetActive"),
                                                   timeout=self.timeout)
            if shield.header.message_type is MessageType.method_return and shield.body:
                self.locked = bool(shield.body[0])
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        self._thread = threading.Thread(target=self._read, name="mutter idle watches", daemon=True)
        self._thread.start()
        log.debug("Mutter idle watch %s at %d ms", self._idle_watch, self.threshold_ms)

    def stop(self) -> None:
        """Wake the thread by shutting its socket; it closes the connection itself."""
        thread, self._thread = self._thread, None
        self._stopping = True
        connection = self._connection
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)
        if thread is not None:
            thread.join(5)

    def _call(self, target: DBusAddress, method: str, signature: str | None = None, body: tuple = ()):
        message = new_method_call(target, method, signature, body)
        message.header.flags |= MessageFlag.no_auto_start
        return message

    def _ask(self, connection: DBusConnection, method: str, reply_signature: str,
             signature: str | None = None, body: tuple = ()) -> tuple:
        reply = connection.send_and_get_reply(self._call(IDLE_MONITOR, method, signature, body),
                                              timeout=self.timeout)
        if reply.header.message_type is not MessageType.method_return:
            raise WatchUnavailable(f"{method}: {reply.body!r}")
        return tuple(reply.body)

    def _read(self) -> None:
        connection = self._connection
        assert connection is not None
        try:
            while not self._stopping:
                message = connection.receive()
                if message.header.message_type is not MessageType.signal:
                    continue  # the replies to AddUserActiveWatch
                member = message.header.fields.get(HeaderFields.member)
                if member == "WatchFired":
                    self._fired(connection, message.body[0])
                elif member == "ActiveChanged":
                    self.locked = bool(message.body[0])
                    log.debug("screen shield %s", "up" if self.locked else "down")
                    self.on_change()
                elif member == "NameOwnerChanged" and not message.body[2]:
                    log.warning("Mutter's idle monitor left the bus; its idle watches are gone")
                    break
        except (OSError, ValueError, EOFError) as error:
            if not self._stopping:
                log.warning("Mutter's idle watches stopped: %s", error)
        finally:
            connection.close()
        if not self._stopping:
            self.idle_since = None
            self.locked = None
            self.on_change()  # so the coach looks again (and falls back to looking by itself)

    def _fired(self, connection: DBusConnection, watch: int) -> None:
        away = watch == self._idle_watch
        self.idle_since = self._clock() - self.threshold_ms / 1000 if away else None
        if away:
            connection.send(self._call(IDLE_MONITOR, "AddUserActiveWatch"))
        log.debug("Mutter idle watch: %s", "away" if away else "back")
        self.on_change()


def _owner_changes() -> MatchRule:
    rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    rule.add_arg_condition(0, IDLE_MONITOR.bus_name)
    return rule
