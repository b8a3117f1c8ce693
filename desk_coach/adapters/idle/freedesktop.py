"""KDE Plasma (and other desktops with a screen saver service): ``org.freedesktop.ScreenSaver``.

KWin/KScreenLocker answer ``GetSessionIdleTime`` with the milliseconds since the last input, on X11
and on Wayland alike, and ``GetActive`` with whether the screen saver (on Plasma, the locker) is
up. The interface has no written specification and others differ: GNOME Shell answers
``GetSessionIdleTime`` with an error, so the factory's probe simply moves on there.
"""

from __future__ import annotations

from jeepney import DBusAddress

from desk_coach.adapters.idle._dbus import CALL_TIMEOUT, BusLink

SCREEN_SAVER = DBusAddress("/org/freedesktop/ScreenSaver", bus_name="org.freedesktop.ScreenSaver",
                           interface="org.freedesktop.ScreenSaver")


class FreedesktopScreenSaverSensor:
    """Idle and screen-saver state from the session bus at ``bus_address``."""

    description = "the desktop's screen saver service (org.freedesktop.ScreenSaver)"
    can_sense_activity = True

    def __init__(self, bus_address: str, *, timeout: float = CALL_TIMEOUT) -> None:
        self._bus = BusLink(bus_address, timeout=timeout)

    def idle_seconds(self) -> float | None:
        reply = self._bus.call(SCREEN_SAVER, "GetSessionIdleTime", "u")
        return None if reply is None else reply[0] / 1000

    def is_locked(self) -> bool | None:
        reply = self._bus.call(SCREEN_SAVER, "GetActive", "b")
        return None if reply is None else bool(reply[0])

    def close(self) -> None:
        self._bus.close()
