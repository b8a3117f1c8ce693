"""The Qt tray's menu and icon as plain data (services/tray_item.py), for the app's own
StatusNotifierItem: a host draws the menu and the icon itself from these."""

from __future__ import annotations

import array
import sys
from collections.abc import Mapping

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QImage
from PySide6.QtWidgets import QMenu

from desk_coach.services.tray_item import TrayImage, TrayMenuEntry

#: The largest size of the icon a host is given; it scales the nearest one (as with Qt's own item).
LARGEST_ICON = 64


def menu_keys(menu: QMenu, first: int = 1) -> dict[int, QAction]:
    """Every entry of ``menu`` and its submenus, by a key of its own (1, 2, ... in menu order)."""
    keys: dict[int, QAction] = {}
    for action in menu.actions():
        keys[first + len(keys)] = action
        submenu = _submenu(action)
        if submenu is not None:
            keys.update(menu_keys(submenu, first + len(keys)))
    return keys


def menu_entries(menu: QMenu, keys: Mapping[int, QAction]) -> tuple[TrayMenuEntry, ...]:
    """What ``menu`` offers now (words, enabled, visible, separators, submenus), by ``menu_keys``."""
    key_of = {id(action): key for key, action in keys.items()}

    def entries(level: QMenu) -> tuple[TrayMenuEntry, ...]:
        return tuple(
            TrayMenuEntry(key_of[id(action)], "" if action.isSeparator() else action.text(),
                          action.isEnabled(), action.isVisible(), action.isSeparator(),
                          None if (submenu := _submenu(action)) is None else entries(submenu))
            for action in level.actions())

    return entries(menu)


def _submenu(action: QAction) -> QMenu | None:
    """The submenu an entry opens, if any (Qt's stubs type ``QAction.menu()`` as a QObject)."""
    menu = action.menu()
    return menu if isinstance(menu, QMenu) else None


def icon_images(icon: QIcon) -> tuple[TrayImage, ...]:
    """``icon`` at each of its sizes up to LARGEST_ICON (22 and 64 px for an icon without sizes)."""
    sides = sorted({size.width() for size in icon.availableSizes() if size.width() <= LARGEST_ICON})
    return tuple(_argb(icon, side) for side in sides or (22, LARGEST_ICON))


def _argb(icon: QIcon, side: int) -> TrayImage:
    """One size of ``icon`` as the StatusNotifierItem spec wants it: ARGB32, network byte order."""
    image = icon.pixmap(QSize(side, side), 1.0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixels = array.array("I", bytes(image.constBits())[: image.width() * image.height() * 4])
    if sys.byteorder == "little":
        pixels.byteswap()
    return TrayImage(image.width(), image.height(), pixels.tobytes())
