"""The tray menu as ``com.canonical.dbusmenu`` describes it: the menu tree every SNI host reads
(GNOME's AppIndicator extension, Plasma, xfce4-panel, waybar) and draws itself.

A ``MenuLayout`` is built once per change of the menu, on the GUI thread, and then only read by
the item's thread when a host asks: ``GetLayout``, ``GetGroupProperties``, ``GetProperty``.
``changes`` tells which properties differ between two layouts of the same tree, for the
``ItemsPropertiesUpdated`` signal; a different tree is a new revision (``LayoutUpdated``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desk_coach.services.tray_item import TrayMenuEntry

INTERFACE = "com.canonical.dbusmenu"
ROOT = 0
#: The menu object's own properties (GetAll on the menu path): libdbusmenu reads them at start.
MENU_PROPERTIES = {"Version": ("u", 3), "TextDirection": ("s", "ltr"), "Status": ("s", "normal"),
                   "IconThemePath": ("as", [])}
ITEM = "(ia{sv}av)"

Variant = tuple[str, Any]
Properties = dict[str, Variant]


def dbus_label(text: str) -> str:
    """Qt's mnemonic (``&x``, ``&&`` for "&") as DBusMenu's (``_x``, ``__`` for "_")."""
    out, chars = [], iter(text)
    for char in chars:
        if char == "&":
            following = next(chars, "")
            out.append("&" if following == "&" else "_" + following.replace("_", "__"))
        elif char == "_":
            out.append("__")
        else:
            out.append(char)
    return "".join(out)


def _properties(entry: TrayMenuEntry) -> Properties:
    """An entry's properties, leaving out what equals the spec's defaults but "enabled" and
    "visible" (a host must see them turn back on: a property removed is reported, not assumed)."""
    if entry.separator:
        return {"type": ("s", "separator"), "visible": ("b", entry.visible)}
    props: Properties = {"label": ("s", dbus_label(entry.text)), "enabled": ("b", entry.enabled),
                         "visible": ("b", entry.visible)}
    if entry.children is not None:
        props["children-display"] = ("s", "submenu")
    return props


@dataclass(frozen=True)
class MenuLayout:
    """The menu's items by id (the entries' keys; the root is 0), with their children's ids."""

    properties: dict[int, Properties]
    children: dict[int, tuple[int, ...]]

    @classmethod
    def of(cls, entries: Sequence[TrayMenuEntry]) -> MenuLayout:
        properties: dict[int, Properties] = {ROOT: {"children-display": ("s", "submenu")}}
        children: dict[int, tuple[int, ...]] = {}

        def add(parent: int, level: Iterable[TrayMenuEntry]) -> None:
            level = tuple(level)
            children[parent] = tuple(entry.key for entry in level)
            for entry in level:
                if entry.key == ROOT or entry.key in properties:
                    raise ValueError(f"menu entry key {entry.key} is not unique (0 is the root's)")
                properties[entry.key] = _properties(entry)
                if entry.children is not None:
                    add(entry.key, entry.children)

        add(ROOT, entries)
        return cls(properties, children)

    def tree(self, item: int, depth: int, names: Sequence[str]) -> tuple:
        """``item`` with its children ``depth`` levels down (-1: all), for GetLayout."""
        below = []  # a list: jeepney takes no tuple for an array
        if depth != 0:
            below = [(ITEM, self.tree(child, depth - 1, names)) for child in self.children.get(item, ())]
        return item, self.chosen(item, names), below

    def chosen(self, item: int, names: Sequence[str]) -> Properties:
        """The properties of ``item`` named in ``names`` (all when it is empty)."""
        props = self.properties[item]
        return dict(props) if not names else {name: props[name] for name in names if name in props}


def changes(old: MenuLayout, new: MenuLayout) -> tuple[list, list] | None:
    """ItemsPropertiesUpdated's two lists (properties changed, properties removed) between two
    layouts of one tree; None when the trees differ (the host must read the layout again)."""
    if old.children != new.children:
        return None
    updated, removed = [], []
    for item, props in new.properties.items():
        before = old.properties[item]
        changed = {name: value for name, value in props.items() if before.get(name) != value}
        gone = [name for name in before if name not in props]
        if changed:
            updated.append((item, changed))
        if gone:
            removed.append((item, gone))
    return updated, removed
