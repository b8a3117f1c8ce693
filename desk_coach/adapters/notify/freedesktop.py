"""Break reminders as freedesktop desktop notifications (``org.freedesktop.Notifications``).

Talks D-Bus with jeepney (pure Python). Method calls are short blocking round trips (a few ms); the
answer comes back later as an ``ActionInvoked`` or ``NotificationClosed`` signal, which a
QSocketNotifier on the connection's socket hands to the Qt event loop: no polling, no thread, and
``on_action`` runs on the GUI thread. Only QtCore is used, so this works without widgets.

A reminder that goes away without an answer is an answer too, ``ReminderAction.DISMISS``: closed
(its close button, or a click on the body where the server takes that as close), expired, or lost
with its server (``NameOwnerChanged``: the daemon crashed or restarts). Plain messages (``tell``)
carry no answer buttons; their click is reported where the server offers a default action.

Spec: https://specifications.freedesktop.org/notification-spec/latest/
"""

from __future__ import annotations

import contextlib
import html
import logging
import time
from collections import deque
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import IntEnum

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse
from PySide6.QtCore import QSocketNotifier

from desk_coach.adapters.dbus_reply import reply_to
from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.resources import resource_file
from desk_coach.wording.reminder_words import action_words, body_words, title_words

log = logging.getLogger(__name__)

APP_NAME = "Desk Coach"
DESKTOP_ENTRY = "desk-coach"  # desk-coach.desktop: lets the server group, theme and permit our notifications
ICON_RESOURCE = "icons/desk-coach.svg"
#: The action a server invokes when the notification itself is clicked; it starts the break.
DEFAULT_ACTION_KEY = "default"
OPEN_LABEL = "Open"  # the label of a message's click, where a server shows it (dunst's menu)
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2
#: Servers that ignore ``expire_timeout`` and keep a notification on screen only when it is
#: critical: GNOME Shell takes a normal banner away 4 s after the user is back at the keyboard (into
#: the message list, where it draws no buttons), so a reminder logged "shown" was gone from the
#: screen by the time the user looked up. There a reminder is critical: it stays, expanded with its
#: buttons, until answered (without taking the keyboard). The coach already holds reminders while
#: GNOME's Do Not Disturb is on.
KEEP_ONLY_CRITICAL = frozenset({"gnome-shell"})
#: Servers that show one banner at a time and queue the rest: a message of ours still on screen
#: (GNOME keeps a banner up while the user is away) would hold a new reminder back, unseen, so
#: there a new reminder closes our earlier messages. Elsewhere they stay beside it: a warning such
#: as "cannot save your history" must not go because a break came due.
ONE_BANNER_AT_A_TIME = frozenset({"gnome-shell"})
#: Servers that draw the "default" action as one more button (xfce4-notifyd 0.7: a second "Start")
#: and close the notification when its body is clicked: there the reminder offers only its buttons.
DEFAULT_AS_BUTTON = frozenset({"Xfce Notify Daemon"})
NEVER_EXPIRE = 0
SERVER_DEFAULT_EXPIRY = -1
CALL_TIMEOUT = 3.0  # seconds; covers a daemon that D-Bus activation starts on the first Notify

NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")
#: Every notification signal the server emits; which of them are ours is decided per message.
SIGNALS = MatchRule(type="signal", interface=NOTIFICATIONS.interface, path=NOTIFICATIONS.object_path)
#: The bus saying the notification server left (it crashed or restarts): its reminder is gone unanswered.
SERVER_CHANGES = MatchRule(type="signal", sender="org.freedesktop.DBus", interface="org.freedesktop.DBus",
                           path="/org/freedesktop/DBus", member="NameOwnerChanged")
SERVER_CHANGES.add_arg_condition(0, NOTIFICATIONS.bus_name)


class CloseReason(IntEnum):
    """Why the server says a notification went away (``NotificationClosed``'s second argument)."""

    EXPIRED = 1
    DISMISSED = 2
    CLOSED_BY_CALL = 3
    UNDEFINED = 4


def notify_actions(reminder: Reminder, *, with_default: bool = True) -> list[str]:
    """The ``actions`` argument of Notify: key, label, key, label... with "default" (a click on the
    notification itself) starting the break, unless ``with_default`` is False."""
    pairs = [(DEFAULT_ACTION_KEY, action_words(ReminderAction.START))] if with_default else []
    pairs += [(action.value, action_words(action, reminder)) for action in reminder.actions]
    return [text for pair in pairs for text in pair]


def action_for_key(key: str, reminder: Reminder) -> ReminderAction | None:
    """The answer an action key stands for, or None for a key this reminder did not offer."""
    if key == DEFAULT_ACTION_KEY:
        return ReminderAction.START
    try:
        action = ReminderAction(key)
    except ValueError:
        return None
    return action if action in reminder.actions else None


def expire_timeout(capabilities: Collection[str]) -> int:
    """Stay until answered (0) where the reminder can be answered or kept; else the server's default.

    dunst and mako offer actions but do not announce "persistence"; a reminder that vanished
    after ten seconds would leave its question unanswered, so actions are enough to ask for 0.
    """
    keeps = "persistence" in capabilities or "actions" in capabilities
    return NEVER_EXPIRE if keeps else SERVER_DEFAULT_EXPIRY


@dataclass(frozen=True)
class _Shown:
    """The reminder on screen now, and who may answer for it."""

    notification_id: int
    server: str  # the unique bus name of the server that showed it: signals from others are ignored
    reminder: Reminder
    on_action: Callable[[ReminderAction], None]


class FreedesktopNotifier:
    """A Notifier over the session bus's notification server (Linux and the BSDs).

    After a successful ``show``, ``supports_actions`` tells whether the server draws the answers as
    buttons; when it does not, the reminder still shows and the caller offers the answers elsewhere
    (the tray menu). A QCoreApplication must exist before the first ``show``. Call ``close`` when done.
    """

    channel = "desktop"

    def __init__(self, *, bus: str = "SESSION", call_timeout: float = CALL_TIMEOUT) -> None:
        self._bus = bus
        self._call_timeout = call_timeout
        self._conn: DBusConnection | None = None
        self._watcher: QSocketNotifier | None = None
        self._signals: deque[Message] = deque()
        self._shown: _Shown | None = None
        # Our plain messages still up: id -> (server, on_click, None where it has no click)
        self._messages: dict[int, tuple[str, Callable[[], None] | None]] = {}
        self._supports_actions = False
        self._server_name: str | None = None  # GetServerInformation's name, once per connection
        self._resources = contextlib.ExitStack()  # keeps the icon file alive (extracted from a zip, say)
        self._icon: str | None = None

    # -- the port -------------------------------------------------------------------------------------

    @property
    def supports_actions(self) -> bool:
        """Whether the last reminder shown carries its answers as buttons (False before any show)."""
        return self._supports_actions

    @property
    def is_showing(self) -> bool:
        """Whether a reminder of ours is on screen and still unanswered."""
        return self._shown is not None

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        """Show ``reminder`` (replacing ours still on screen); False, logged, when it cannot be shown."""
        previous, self._shown = self._shown, None  # an answer to the old reminder no longer counts
        began = time.perf_counter()
        try:
            shown = self._notify(reminder, on_action, previous)
        except (DBusErrorResponse, OSError, KeyError, ValueError, RuntimeError) as error:
            # ServiceUnknown (no notification daemon), no session bus, a bus that went away...
            log.warning("could not show the reminder as a desktop notification: %s", _describe(error))
            if isinstance(error, OSError):
                self._disconnect()
            elif previous is not None:
                self._send_quietly(_close_message(previous.notification_id))
            return False
        except Exception:  # the port's promise: a failed reminder is a False, never an exception
            log.exception("unexpected failure showing the reminder as a desktop notification")
            self._disconnect()
            return False
        self._shown = shown
        log.debug("reminder shown as notification %d by %s in %.1f ms (actions: %s)",
                  shown.notification_id, shown.server, (time.perf_counter() - began) * 1000,
                  self._supports_actions)
        self._pump()  # signals that arrived during the calls
        return True

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        """Show a plain message (no answer buttons); ``on_click`` runs if the user clicks it, where the
        server reports clicks. It expires as the server's messages do, or goes when a reminder comes.
        False, logged, when it cannot."""
        try:
            self._connect()
            capabilities = frozenset(self._call(new_method_call(NOTIFICATIONS, "GetCapabilities")).body[0])
            clickable = on_click is not None and "actions" in capabilities
            text = html.escape(body, quote=False) if "body-markup" in capabilities else body
            reply = self._call(new_method_call(NOTIFICATIONS, "Notify", "susssasa{sv}i", (
                APP_NAME, 0, self._icon_path(), title, text,
                [DEFAULT_ACTION_KEY, OPEN_LABEL] if clickable else [],
                {"urgency": ("y", URGENCY_NORMAL), "desktop-entry": ("s", DESKTOP_ENTRY)},
                SERVER_DEFAULT_EXPIRY,
            )))
        except (DBusErrorResponse, OSError, KeyError, ValueError, RuntimeError) as error:
            log.warning("could not show %r as a desktop notification: %s", title, _describe(error))
            if isinstance(error, OSError):
                self._disconnect()
            return False
        self._messages[int(reply.body[0])] = (reply.header.fields.get(HeaderFields.sender, ""),
                                              on_click if clickable else None)
        self._pump()
        return True

    def withdraw(self) -> None:
        """Close our reminder if it is still on screen; its answer will not be reported any more."""
        shown, self._shown = self._shown, None
        if shown is None or self._conn is None:
            return
        try:
            self._call(_close_message(shown.notification_id))
        except DBusErrorResponse as error:  # e.g. the server already dropped it
            log.debug("closing notification %d: %s", shown.notification_id, _describe(error))
        except OSError as error:
            log.warning("could not close notification %d: %s", shown.notification_id, _describe(error))
            self._disconnect()
        self._pump()

    def close(self) -> None:
        """Withdraw the reminder and let go of the bus connection and the icon file."""
        self.withdraw()
        self._disconnect()
        self._resources.close()
        self._icon = None

    # -- D-Bus ----------------------------------------------------------------------------------------

    def _notify(self, reminder: Reminder, on_action: Callable[[ReminderAction], None],
                previous: _Shown | None) -> _Shown:
        self._connect()
        if previous is None and self._server() in ONE_BANNER_AT_A_TIME:
            for notification_id in self._messages:
                self._send_quietly(_close_message(notification_id))
            self._messages.clear()
        capabilities = frozenset(self._call(new_method_call(NOTIFICATIONS, "GetCapabilities")).body[0])
        with_actions = "actions" in capabilities
        body = body_words(reminder)
        body = html.escape(body, quote=False) if "body-markup" in capabilities else body
        hints = {"urgency": ("y", self._reminder_urgency()), "desktop-entry": ("s", DESKTOP_ENTRY)}
        reply = self._call(new_method_call(NOTIFICATIONS, "Notify", "susssasa{sv}i", (
            APP_NAME,
            previous.notification_id if previous is not None else 0,  # replace ours in place
            self._icon_path(),
            title_words(reminder),
            body,
            notify_actions(reminder, with_default=self._server() not in DEFAULT_AS_BUTTON)
            if with_actions else [],
            hints,
            expire_timeout(capabilities),
        )))
        self._supports_actions = with_actions
        server = reply.header.fields.get(HeaderFields.sender, "")
        return _Shown(int(reply.body[0]), server, reminder, on_action)

    def _reminder_urgency(self) -> int:
        """Critical where only that keeps the reminder on screen until answered, else normal."""
        return URGENCY_CRITICAL if self._server() in KEEP_ONLY_CRITICAL else URGENCY_NORMAL

    def _server(self) -> str:
        """The notification server's name (GetServerInformation), asked once per connection."""
        if self._server_name is None:
            try:
                information = self._call(new_method_call(NOTIFICATIONS, "GetServerInformation")).body
                self._server_name = str(information[0])
            except DBusErrorResponse as error:  # the spec asks every server for it; a broken one
                log.debug("GetServerInformation: %s", _describe(error))
                self._server_name = ""
        return self._server_name

    def _connect(self) -> DBusConnection:
        if self._conn is not None:
            return self._conn
        conn = open_dbus_connection(bus=self._bus, auth_timeout=self._call_timeout)
        conn.filter(SIGNALS, queue=self._signals)  # matching messages read during a call queue up here
        conn.filter(SERVER_CHANGES, queue=self._signals)
        try:
            self._conn = conn
            self._call(message_bus.AddMatch(SIGNALS))
            self._call(message_bus.AddMatch(SERVER_CHANGES))
        except BaseException:
            self._conn = None
            conn.close()
            raise
        self._watcher = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._watcher.activated.connect(self._on_readable)
        log.debug("connected to the session bus as %s", conn.unique_name)
        return conn

    def _disconnect(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.setEnabled(False)
            watcher.deleteLater()  # we may be inside its own activated signal
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
        self._shown = None  # a new connection would never hear this reminder's answer
        self._messages.clear()
        self._server_name = None  # the next server may be another one

    def _call(self, message: Message) -> Message:
        """Send a method call and wait for its reply; DBusErrorResponse for an error reply."""
        assert self._conn is not None
        return reply_to(self._conn, message, self._call_timeout)

    def _send_quietly(self, message: Message) -> None:
        """Send without waiting for the reply (it is read and dropped later); failures only logged."""
        if self._conn is None:
            return
        try:
            self._conn.send(message)
        except OSError as error:
            log.warning("D-Bus send failed: %s", _describe(error))
            self._disconnect()

    # -- incoming signals -----------------------------------------------------------------------------

    def _on_readable(self, *_: object) -> None:
        self._pump()

    def _pump(self) -> None:
        """Read whatever the socket has (never blocking) and handle the queued signals."""
        conn = self._conn
        if conn is not None:
            try:
                while True:
                    conn.recv_messages(timeout=0)  # queues matching messages in self._signals
            except TimeoutError:
                pass  # nothing more to read now
            except (OSError, ValueError) as error:  # the bus went away (EOF) or sent garbage
                log.warning("lost the D-Bus session bus: %s", _describe(error))
                shown = self._shown
                self._disconnect()
                if shown is not None:
                    self._dismissed(shown, "the session bus went away")
        while self._signals:  # popleft one by one: on_action may call show() and pump again
            self._handle(self._signals.popleft())

    def _handle(self, message: Message) -> None:
        shown = self._shown
        fields = message.header.fields
        member, body = fields.get(HeaderFields.member), message.body
        if member == "NameOwnerChanged" and len(body) == 3:
            _name, old_owner, _new_owner = body
            self._server_name = None  # the next server may be another one
            self._messages = {key: value for key, value in self._messages.items() if value[0] != old_owner}
            if shown is not None and old_owner == shown.server:
                self._shown = None
                self._dismissed(shown, "the notification server went away")
            return
        if len(body) >= 2 and body[0] in self._messages:
            self._handle_message(member, body, fields.get(HeaderFields.sender))
            return
        if shown is None or fields.get(HeaderFields.sender) != shown.server:
            return
        if len(body) < 2 or body[0] != shown.notification_id:
            return
        if member == "ActionInvoked":
            action = action_for_key(str(body[1]), shown.reminder)
            if action is None:
                log.warning("notification %d: ignoring unknown action %r", shown.notification_id, body[1])
                return
            self._shown = None  # at most one answer
            log.info("reminder answered from the notification: %s", action.value)
            # Servers remove a notification after an action unless it is resident; make sure.
            self._send_quietly(_close_message(shown.notification_id))
            shown.on_action(action)
        elif member == "NotificationClosed":
            self._shown = None
            try:
                reason = CloseReason(body[1]).name.lower()
            except ValueError:
                reason = f"reason {body[1]}"
            self._dismissed(shown, f"closed without an answer ({reason})")

    def _handle_message(self, member: str | None, body: tuple, sender: str | None) -> None:
        """A plain message was clicked (its "default" action) or went away."""
        server, on_click = self._messages[body[0]]
        if sender != server:
            return
        if member == "NotificationClosed":
            del self._messages[body[0]]
        elif member == "ActionInvoked" and body[1] == DEFAULT_ACTION_KEY and on_click is not None:
            del self._messages[body[0]]
            self._send_quietly(_close_message(body[0]))
            on_click()

    @staticmethod
    def _dismissed(shown: _Shown, why: str) -> None:
        """The reminder went away unanswered; that is an answer too (the coach brings it back)."""
        log.info("reminder notification %d %s", shown.notification_id, why)
        shown.on_action(ReminderAction.DISMISS)

    # -- the icon ----------------------------------------------------------------------------------

    def _icon_path(self) -> str:
        """The app icon as an absolute file path, or "" (no icon) when it is missing."""
        if self._icon is None:
            try:
                self._icon = str(self._resources.enter_context(resource_file(ICON_RESOURCE)))
            except FileNotFoundError as error:
                log.warning("notification icon: %s", error)
                self._icon = ""
        return self._icon


def _close_message(notification_id: int) -> Message:
    return new_method_call(NOTIFICATIONS, "CloseNotification", "u", (notification_id,))


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
