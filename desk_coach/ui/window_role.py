"""Plain widgets told to screen readers by what they are, not as a bare "filler".

Qt gives a QWidget shown as a window, and a chart's view, the accessible role "client", which
AT-SPI calls a filler: Orca then cannot tell the Progress window apart from a pane inside it, nor
a chart from any other box. Such classes register here with the role to give them; one
accessibility factory answers for all of them (and for nothing else).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES: dict[type[QWidget], tuple[QAccessible.Role, bool]] = {}  # class: (role, only as a window)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    for cls, (role, windows_only) in _ROLES.items():
        if isinstance(obj, cls) and (obj.isWindow() or not windows_only):
            return QAccessibleWidget(obj, role)
    return None


def announce_as(cls: type[QWidget], role: QAccessible.Role, *, windows_only: bool = False) -> None:
    """Have screen readers call each ``cls`` (each top-level one with ``windows_only``) a ``role``."""
    if cls in _ROLES:
        return
    if not _ROLES:
        QAccessible.installFactory(_factory)
    _ROLES[cls] = (role, windows_only)


def announce_as_window(cls: type[QWidget]) -> None:
    """Have screen readers call each top-level ``cls`` a window (AT-SPI: a frame)."""
    announce_as(cls, QAccessible.Role.Window, windows_only=True)
