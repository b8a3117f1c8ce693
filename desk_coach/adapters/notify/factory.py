"""The notifier chain for this platform and the user's chosen style."""

from __future__ import annotations

import sys
from typing import Literal

from desk_coach.adapters.notify.fallback import ChannelNotifier, FallbackNotifier
from desk_coach.adapters.notify.tray_balloon import ShowBalloon, TrayBalloonNotifier

NotifierStyle = Literal["desktop", "tray"]

#: Platforms whose desktops speak org.freedesktop.Notifications on the session bus.
FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
PLYER_PLATFORMS = ("win32", "darwin")


def create_notifier(show_balloon: ShowBalloon, style: NotifierStyle,
                    platform: str = sys.platform) -> FallbackNotifier:
    """Desktop style: the platform's notifications first, the tray balloon last; tray style: the balloon.

    Linux (and the BSDs): freedesktop D-Bus, then the balloon. Windows and macOS: plyer, then the
    balloon. Any other platform: the balloon alone. Backends are imported only where they are used.
    """
    if style not in ("desktop", "tray"):
        raise ValueError(f"unknown notification style {style!r}")
    chain: list[ChannelNotifier] = []
    if style == "desktop":
        if platform.startswith(FREEDESKTOP_PLATFORMS):
            from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier

            chain.append(FreedesktopNotifier())
        elif platform in PLYER_PLATFORMS:
            from desk_coach.adapters.notify.plyer_notifier import PlyerNotifier

            chain.append(PlyerNotifier(platform=platform))
    chain.append(TrayBalloonNotifier(show_balloon))
    return FallbackNotifier(chain)
