"""Desk Coach's own tray item where the platform's trays speak StatusNotifierItem."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from desk_coach import APP_ID
from desk_coach.services.tray_item import OnMenuClick, OnMenuOpening, OnMenuWanted, TrayItemHost

#: Platforms whose desktops may hold a StatusNotifierItem tray on the session bus.
SNI_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def create_tray_item(*, on_click: OnMenuClick, on_menu_opening: OnMenuOpening, on_menu_wanted: OnMenuWanted,
                     env: Mapping[str, str] = os.environ,
                     platform: str = sys.platform) -> TrayItemHost | None:
    """The StatusNotifierItem on this session's bus, not started yet; None where there can be
    none (Windows, macOS, no session bus): the toolkit's own tray icon serves there. Whether a
    tray host watches the bus is known at ``start``."""
    if not platform.startswith(SNI_PLATFORMS):
        return None
    from desk_coach.adapters.idle._dbus import session_bus_address

    address = session_bus_address(env)
    if address is None:
        return None
    from desk_coach.adapters.tray.status_notifier import StatusNotifierItem

    return StatusNotifierItem(address, item_id=APP_ID, on_click=on_click, on_menu_opening=on_menu_opening,
                              on_menu_wanted=on_menu_wanted)
