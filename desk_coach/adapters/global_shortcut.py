"""A global shortcut that opens the status window, where the desktop lets an app have one.

KDE Plasma does, through its shortcut service ``org.kde.kglobalaccel``: the app registers an
action with a default key, the user may change it in System Settings, Shortcuts (where the
action shows by name), and the service sends ``globalShortcutPressed`` when the key is pressed.
The service is used only when it already runs: asking for it by name would start it, and on a
desktop other than Plasma it would then take keys that are not its to take.

GNOME (43 here) offers apps no such service (the GlobalShortcuts portal came with GNOME 48, and
no portal runs in these tests); there, and on every desktop, a custom shortcut in the desktop's
keyboard settings that runs ``desk-coach`` does the same: a second start opens the status window.

Like the notifications (``notify/freedesktop.py``), this talks D-Bus with jeepney; a
QSocketNotifier on the connection hands the signal to Qt's event loop, so ``on_pressed`` runs
on the GUI thread.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable

from jeepney import DBusAddress, MatchRule, Message, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse
from PySide6.QtCore import QSocketNotifier, Qt

from desk_coach import APP_ID, APP_NAME
from desk_coach.adapters.dbus_reply import reply_to
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)

KGLOBALACCEL = DBusAddress("/kglobalaccel", bus_name="org.kde.kglobalaccel", interface="org.kde.KGlobalAccel")
COMPONENT_PATH = "/component/" + APP_ID.replace("-", "_")  # how kglobalaccel names its object
ACTION = "show-status"
#: The default key, as Qt numbers keys: Meta+Alt+D (Meta combinations are the desktop's, so no
#: app's own shortcut is taken; the user may choose another in System Settings).
DEFAULT_KEY = (Qt.KeyboardModifier.MetaModifier.value | Qt.KeyboardModifier.AltModifier.value
               | Qt.Key.Key_D.value)
IS_DEFAULT = 1  # setShortcut's flags: this is the default key
SET_PRESENT = 2  # ... this is the key in force (a key the user chose, stored by the service, wins)
CALL_TIMEOUT = 3.0

PRESSED = MatchRule(type="signal", interface="org.kde.kglobalaccel.Component", member="globalShortcutPressed",
                    path=COMPONENT_PATH)


def action_id() -> list[str]:
    """kglobalaccel's name of the action: component, action, and both as System Settings shows them."""
    #: The name of Desk Coach's global shortcut in the desktop's shortcut settings (KDE Plasma).
    friendly = translate("Shortcuts", "Show the status window")
    return [APP_ID, ACTION, APP_NAME, friendly]


class KdeGlobalShortcut:
    """``on_pressed`` runs when the shortcut is pressed; ``start`` says whether there is one."""

    def __init__(self, on_pressed: Callable[[], None], *, bus: str = "SESSION",
                 call_timeout: float = CALL_TIMEOUT) -> None:
        self._on_pressed = on_pressed
        self._bus, self._call_timeout = bus, call_timeout
        self._conn: DBusConnection | None = None
        self._watcher: QSocketNotifier | None = None
        self._signals: deque[Message] = deque()
        self.keys: list[int] = []  # the keys in force, as the service answered

    def start(self) -> bool:
        """Register the action with the desktop's shortcut service; False (logged) where none runs."""
        try:
            self._conn = open_dbus_connection(bus=self._bus, auth_timeout=self._call_timeout)
            if not self._call(message_bus.NameHasOwner(KGLOBALACCEL.bus_name)).body[0]:
                log.debug("no global shortcut: the desktop's shortcut service (kglobalaccel) is not running")
                self.close()
                return False
            self._conn.filter(PRESSED, queue=self._signals)
            self._call(message_bus.AddMatch(PRESSED))
            self._call(new_method_call(KGLOBALACCEL, "doRegister", "as", (action_id(),)))
            self._call(new_method_call(KGLOBALACCEL, "setShortcut", "asaiu",
                                       (action_id(), [DEFAULT_KEY], IS_DEFAULT)))
            reply = self._call(new_method_call(KGLOBALACCEL, "setShortcut", "asaiu",
                                               (action_id(), [DEFAULT_KEY], SET_PRESENT)))
        except (OSError, KeyError, ValueError) as error:  # no session bus (KeyError: no address)
            log.debug("no global shortcut: no session bus (%s)", error)
            self.close()
            return False
        except (DBusErrorResponse, RuntimeError) as error:
            log.warning("no global shortcut: the shortcut service refused (%s)", error)
            self.close()
            return False
        self.keys = [key for key in reply.body[0] if key]
        log.info("global shortcut for the status window: %s", self.keys or "none (taken or cleared)")
        self._watcher = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._watcher.activated.connect(self._pump)
        return True

    def close(self) -> None:
        """Tell the service the action is gone for now (its key stays the user's), and disconnect."""
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.setEnabled(False)
            watcher.deleteLater()
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if self.keys:
            try:
                conn.send(new_method_call(KGLOBALACCEL, "setInactive", "as", (action_id(),)))
            except OSError as error:
                log.debug("global shortcut not marked inactive: %s", error)
        conn.close()

    def _call(self, message: Message) -> Message:
        assert self._conn is not None
        return reply_to(self._conn, message, self._call_timeout)

    def _pump(self, *_: object) -> None:
        """Read what the socket holds (never blocking), then act on each press of our action."""
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as error:  # the bus went away
            log.warning("global shortcut lost with the session bus: %s", error)
            self.keys = []
            self.close()
        while self._signals:
            body = self._signals.popleft().body
            if tuple(body[:2]) == (APP_ID, ACTION):
                self._on_pressed()
