"""What a screen reader would call the widgets of a window, read through Qt's accessibility
interfaces in the test's own process (no AT-SPI bus needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def unnamed_stops(window: QWidget) -> list[str]:
    """The shown widgets Tab can reach whose accessible name is empty (a screen reader says only
    their role), as "Class in ParentClass"."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if widget.focusProxy() is not None:  # a spin box's own line: the focus goes to the box
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is not None and not face.text(QAccessible.Text.Name).strip():
            parent = widget.parentWidget()
            found.append(f"{type(widget).__name__} in {type(parent).__name__ if parent else None}")
    return found
