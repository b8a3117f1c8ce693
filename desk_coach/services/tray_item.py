"""What the tray item shows, as plain data: the words between the Qt tray (ui) and the adapter
that publishes the item to the desktop over D-Bus (adapters/tray). Neither may import the
other, so the look they pass is made of these values only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class TrayImage:
    """One size of the icon: ``argb`` holds ``width * height`` pixels, each ARGB32 (not
    premultiplied) in network byte order, as the StatusNotifierItem spec wants them."""

    width: int
    height: int
    argb: bytes


@dataclass(frozen=True)
class TrayMenuEntry:
    """One line of the menu. ``key`` names it in the host's clicks: unique in the menu, and the
    same for as long as the entry exists. ``text`` marks its underlined letter with ``&`` (``&&``
    for a literal one), as Qt does. A separator has no text; ``children`` makes a submenu."""

    key: int
    text: str = ""
    enabled: bool = True
    visible: bool = True
    separator: bool = False
    children: tuple[TrayMenuEntry, ...] | None = None


@dataclass(frozen=True)
class TrayLook:
    """Everything a tray host may ask for: the icon at a few sizes, the tooltip, the menu; the
    item's name (hosts list it by its title) and what a screen reader says of the icon."""

    icon: tuple[TrayImage, ...]
    tooltip: str
    menu: tuple[TrayMenuEntry, ...]
    title: str
    description: str
    status: str = "Active"  # or "Passive", "NeedsAttention"


class TrayItemHost(Protocol):
    """Publishes a tray item to the desktop's tray host and hands back what the user did there.

    The callbacks given at construction run on the item's own thread: they must only pass the
    event on (to the GUI thread) and return.
    """

    def start(self, look: TrayLook) -> bool:
        """Show the item; False when the desktop has no tray host of this kind (nothing shown)."""
        ...

    def show(self, look: TrayLook) -> None:
        """Show ``look`` from now on; the host is told only what changed."""
        ...

    def menu_refreshed(self) -> None:
        """The answer to ``on_menu_opening``: the look shown now is up to date."""
        ...

    def stop(self) -> None: ...


#: The events a TrayItemHost reports: a click on a menu entry (its key), the menu about to open,
#: and the host asking the app to show its menu itself at (x, y).
OnMenuClick = Callable[[int], None]
OnMenuOpening = Callable[[], None]
OnMenuWanted = Callable[[int, int], None]
