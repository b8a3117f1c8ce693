"""GNOME (Wayland and X11): Mutter's idle monitor, and GNOME Shell's screen shield for the lock.

On Wayland only the compositor sees input, and GNOME exposes it solely through
``org.gnome.Mutter.IdleMonitor`` (``GetIdletime``: milliseconds since the last user input, on the
core monitor ``/org/gnome/Mutter/IdleMonitor/Core``). Whether the screen is locked comes from
``org.gnome.ScreenSaver.GetActive``.
"""

from __future__ import annotations

from jeepney import DBusAddress

from desk_coach.adapters.idle._dbus import CALL_TIMEOUT, BusLink

IDLE_MONITOR = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core", bus_name="org.gnome.Mutter.IdleMonitor",
                           interface="org.gnome.Mutter.IdleMonitor")
SCREEN_SHIELD = DBusAddress("/org/gnome/ScreenSaver", bus_name="org.gnome.ScreenSaver",
                            interface="org.gnome.ScreenSaver")


class MutterIdleSensor:
    """Idle time from Mutter and lock state from GNOME Shell, on the session bus at ``bus_address``."""

    description = "GNOME's idle monitor (org.gnome.Mutter.IdleMonitor)"
    can_sense_activity = True

    def __init__(self, bus_address: str, *, timeout: float = CALL_TIMEOUT) -> None:
        self._bus = BusLink(bus_address, timeout=timeout)

    def idle_seconds(self) -> float | None:
        reply = self._bus.call(IDLE_MONITOR, "GetIdletime", "t")
        return None if reply is None else reply[0] / 1000

    def is_locked(self) -> bool | None:
        reply = self._bus.call(SCREEN_SHIELD, "GetActive", "b")
        return None if reply is None else bool(reply[0])

    def close(self) -> None:
        self._bus.close()
