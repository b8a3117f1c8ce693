"""A plain top-level widget told to screen readers as a window, not a bare "filler".

Qt gives a QWidget shown as a window the accessible role "client", which AT-SPI calls a filler:
Orca then cannot tell the window itself apart from a pane inside it. Windows that are plain
QWidgets (Progress) register their class here; one accessibility factory answers for all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_WINDOW_CLASSES: list[type[QWidget]] = []


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, tuple(_WINDOW_CLASSES)) and isinstance(obj, QWidget) and obj.isWindow():
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    return None


def announce_as_window(cls: type[QWidget]) -> None:
    """Have screen readers call each top-level ``cls`` a window (once per class)."""
    if cls in _WINDOW_CLASSES:
        return
    if not _WINDOW_CLASSES:
        QAccessible.installFactory(_factory)
    _WINDOW_CLASSES.append(cls)
