"""StatusNotifierItem trays (xfce4-panel, waybar; GNOME's AppIndicator extension and Plasma too):
what the watcher holds, and where the host draws a new item.

The watcher (``org.kde.StatusNotifierWatcher``) lists the registered items as "bus-name/path".
A host does not say where it draws them, so ``SniTray`` keeps a picture of the empty tray area
taken when the session started and finds an item where the area changed since.
"""

from __future__ import annotations

import re

from desktop import Geometry

from desktops.base import Desktop, TrayItem, changed_box

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"


def _gdbus(desktop: Desktop, dest: str, path: str, interface: str, prop: str) -> str | None:
    result = desktop.run("gdbus", "call", "--session", "--dest", dest, "--object-path", path, "--method",
                         "org.freedesktop.DBus.Properties.Get", interface, prop, check=False)
    return result.stdout.strip() if result.returncode == 0 else None


def host_registered(desktop: Desktop) -> bool:
    """Whether a tray host has registered with the watcher (the tray is ready for items)."""
    return _gdbus(desktop, WATCHER, "/StatusNotifierWatcher", WATCHER, "IsStatusNotifierHostRegistered") \
        == "(<true>,)"


def registered_items(desktop: Desktop) -> list[str]:
    """The watcher's RegisteredStatusNotifierItems ("bus-name/path" each)."""
    reply = _gdbus(desktop, WATCHER, "/StatusNotifierWatcher", WATCHER, "RegisteredStatusNotifierItems") or ""
    return re.findall(r"'([^']+)'", reply)


def item_title(desktop: Desktop, item: str) -> str | None:
    """An item's Title property, as the host reads it."""
    service, _, path = item.partition("@/" if "@/" in item else "/")  # GNOME's watcher: "bus-name@/path"
    reply = _gdbus(desktop, service, "/" + path if path else "/StatusNotifierItem", ITEM, "Title")
    match = re.fullmatch(r"\(<'(.*)'>,\)", reply or "")
    return match.group(1) if match else None


class SniTray:
    """The tray area of a session's SNI host: its picture while empty, and the items found since."""

    def __init__(self, desktop: Desktop, area: Geometry) -> None:
        self.desktop, self.area = desktop, area
        self.empty = desktop.capture_rgb(area)

    def items(self) -> list[TrayItem]:
        """Every registered item; while exactly one is registered, the place it is drawn at is
        where the tray area changed since it was empty (None until the host has drawn it)."""
        registered = registered_items(self.desktop)
        place = None
        if len(registered) == 1:
            place = changed_box(self.empty, self.desktop.capture_rgb(self.area), self.area)
        return [TrayItem(item, item_title(self.desktop, item), place) for item in registered]
