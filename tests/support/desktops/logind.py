"""A stand-in for systemd-logind on a headless desktop's private system bus: one session.

Real desktops lock through logind: KDE's screen locker (inside KWin) finds its session with
``GetSession("auto")``, reports the lock with ``SetLockedHint`` and ends the lock when logind
sends the session's ``Unlock`` signal (``loginctl unlock-session``); apps read ``LockedHint``.
There is no logind in a container, so this thread answers those calls on the bus the session
uses as its system bus, and ``unlock`` sends the signal, as ``loginctl unlock-session`` would.
"""

from __future__ import annotations

import queue
import threading

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

LOGIN1 = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
SESSION_PATH = "/org/freedesktop/login1/session/c1"
SESSION = f"{LOGIN1}.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"


class FakeLogind:
    """Owns ``org.freedesktop.login1`` on the bus at ``address`` until ``close``."""

    def __init__(self, address: str) -> None:
        self.locked_hint = False
        self._signals: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        self._connection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(LOGIN1), timeout=5)
        if reply.body[0] != 1:  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
            self._connection.close()
            raise RuntimeError(f"could not own {LOGIN1} on {address}: {reply.body}")
        self._thread = threading.Thread(target=self._serve, name="fake-logind", daemon=True)
        self._thread.start()

    def unlock(self) -> None:
        """Send the session's Unlock signal (what ``loginctl unlock-session`` makes logind do)."""
        self._signals.put("Unlock")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            while not self._signals.empty():
                emitter = DBusAddress(SESSION_PATH, interface=SESSION)
                self._connection.send(new_signal(emitter, self._signals.get()))
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return  # the bus went away with the desktop
            if message.header.message_type == MessageType.method_call:
                self._connection.send(self._answer(message))

    def _answer(self, message: Message) -> Message:
        fields = message.header.fields
        path, member = fields.get(HeaderFields.path), fields.get(HeaderFields.member)
        interface = fields.get(HeaderFields.interface)
        if path == MANAGER_PATH and member in ("GetSession", "GetSessionByPID"):
            return new_method_return(message, "o", (SESSION_PATH,))
        if path == SESSION_PATH and member == "SetLockedHint":
            self.locked_hint = bool(message.body[0])
            return new_method_return(message)
        if path == SESSION_PATH and interface == PROPERTIES and member == "Get" \
                and tuple(message.body) == (SESSION, "LockedHint"):
            return new_method_return(message, "v", (("b", self.locked_hint),))
        return new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                         (f"the test's logind does not answer {interface}.{member} on {path}",))
