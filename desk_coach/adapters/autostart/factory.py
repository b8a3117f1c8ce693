"""The autostart mechanism of the platform Desk Coach is running on."""

from __future__ import annotations

import sys

from desk_coach.adapters.autostart.macos import MacLaunchAgent
from desk_coach.adapters.autostart.windows import WindowsAutostart
from desk_coach.adapters.autostart.xdg import XdgAutostart
from desk_coach.services.ports import Autostart


def autostart_for_platform(platform: str | None = None) -> Autostart:
    """A Run-key value on Windows, a LaunchAgent on macOS, an XDG autostart file elsewhere.

    ``platform`` is a ``sys.platform`` value, the running one by default. Nothing is read
    or written until the port's methods are called.
    """
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return WindowsAutostart()
    if platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()
