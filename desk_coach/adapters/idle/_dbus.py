"""A D-Bus link for the idle adapters that never raises and never blocks for long.

Idle is polled every few seconds on the GUI thread, so each call has a short timeout, asks the bus
not to start services on demand (we read a running desktop, we do not launch one), and turns every
failure into None. The connection opens on first use and again after the bus went away. Failures
are logged once per call and outage: at debug level until that call has worked once (probing a
desktop that lacks a service is normal), as a warning afterwards, with a note when it works again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

log = logging.getLogger(__name__)

#: Seconds to wait for an answer; a desktop service answers in well under a millisecond.
CALL_TIMEOUT = 0.25


def session_bus_address(env: Mapping[str, str]) -> str | None:
    """The session bus from ``env``: DBUS_SESSION_BUS_ADDRESS, else systemd's $XDG_RUNTIME_DIR/bus."""
    if address := env.get("DBUS_SESSION_BUS_ADDRESS"):
        return address
    if runtime := env.get("XDG_RUNTIME_DIR"):
        return f"unix:path={runtime}/bus"
    return None


def system_bus_address(env: Mapping[str, str]) -> str:
    """The system bus from ``env``: DBUS_SYSTEM_BUS_ADDRESS, else the standard socket."""
    return env.get("DBUS_SYSTEM_BUS_ADDRESS") or "unix:path=/run/dbus/system_bus_socket"


class BusLink:
    """Method calls on one bus (``address`` as in DBUS_SESSION_BUS_ADDRESS); one thread at a time."""

    def __init__(self, address: str, *, timeout: float = CALL_TIMEOUT) -> None:
        self.address = address
        self.timeout = timeout
        self._connection: DBusConnection | None = None
        self._worked: set[str] = set()  # the calls that have answered at least once
        self._outages: dict[str, str] = {}  # call -> why it fails, while it keeps failing

    def call(self, target: DBusAddress, method: str, reply_signature: str,
             signature: str | None = None, body: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        """The reply's body, or None (logged) when the call failed or the reply has another signature."""
        what = f"{target.bus_name} {method}"
        message = new_method_call(target, method, signature, body)
        message.header.flags |= MessageFlag.no_auto_start
        try:
            if self._connection is None:
                self._connection = open_dbus_connection(self.address, auth_timeout=self.timeout)
            reply = self._connection.send_and_get_reply(message, timeout=self.timeout)
        except TimeoutError:
            self._failed(what, f"no answer within {self.timeout} s")
            return None
        except (OSError, ValueError, RuntimeError, KeyError) as error:  # the bus went away or is unusable
            self._drop()
            self._failed(what, f"bus {self.address} unusable ({type(error).__name__}: {error})")
            return None
        fields = reply.header.fields
        if reply.header.message_type is MessageType.error:
            self._failed(what, f"error {fields.get(HeaderFields.error_name)} {reply.body!r}")
            return None
        if fields.get(HeaderFields.signature, "") != reply_signature:
            self._failed(what, f"answered {fields.get(HeaderFields.signature, '')!r}, "
                               f"expected {reply_signature!r}")
            return None
        if self._outages.pop(what, None) is not None and what in self._worked:
            log.info("%s answers again", what)
        self._worked.add(what)
        return tuple(reply.body)

    def close(self) -> None:
        self._drop()

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except OSError:
                log.debug("closing the D-Bus connection to %s failed", self.address, exc_info=True)

    def _failed(self, what: str, why: str) -> None:
        if self._outages.get(what) != why:
            level = logging.WARNING if what in self._worked else logging.DEBUG
            log.log(level, "%s failed: %s", what, why)
        self._outages[what] = why
