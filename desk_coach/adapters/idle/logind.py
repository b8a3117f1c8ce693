"""Lock state from systemd-logind: the session's ``LockedHint`` on the system bus.

X11's screen saver extension, Windows and some Wayland compositors cannot say whether the screen is
locked; on systemd machines the desktop's locker reports it to logind (GNOME, KDE, light-locker and
others call ``SetLockedHint``). The session is the one named by XDG_SESSION_ID, else the one holding
this process (``GetSessionByPID``), else logind's ``auto`` session (the user's graphical one).
Without a system bus, or without logind, every answer is None.
"""

from __future__ import annotations

import os

from jeepney import DBusAddress

from desk_coach.adapters.idle._dbus import CALL_TIMEOUT, BusLink

LOGIN1 = "org.freedesktop.login1"
MANAGER = DBusAddress("/org/freedesktop/login1", bus_name=LOGIN1, interface=f"{LOGIN1}.Manager")
AUTO_SESSION = "/org/freedesktop/login1/session/auto"


class LogindLockState:
    """``is_locked`` for the current login session, from the system bus at ``bus_address``."""

    description = "systemd-logind (LockedHint)"

    def __init__(self, bus_address: str, session_id: str | None = None, *, pid: int | None = None,
                 timeout: float = CALL_TIMEOUT) -> None:
        self._bus = BusLink(bus_address, timeout=timeout)
        self._session_id = session_id or None
        self._pid = os.getpid() if pid is None else pid
        self._session: DBusAddress | None = None

    def is_locked(self) -> bool | None:
        session = self._session or self._find_session()
        if session is None:
            return None
        reply = self._bus.call(session, "Get", "v", "ss", (f"{LOGIN1}.Session", "LockedHint"))
        if reply is None:
            self._session = None  # logind restarted or the session ended: look it up again next time
            return None
        signature, value = reply[0]
        return bool(value) if signature == "b" else None

    def close(self) -> None:
        self._bus.close()

    def _find_session(self) -> DBusAddress | None:
        reply = None
        if self._session_id:
            reply = self._bus.call(MANAGER, "GetSession", "o", "s", (self._session_id,))
        if reply is None:
            reply = self._bus.call(MANAGER, "GetSessionByPID", "o", "u", (self._pid,))
        path = AUTO_SESSION if reply is None else reply[0]
        self._session = DBusAddress(path, bus_name=LOGIN1, interface="org.freedesktop.DBus.Properties")
        return self._session
