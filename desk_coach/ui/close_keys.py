"""Escape and Ctrl+W (and the platform's own Close key) close a window, as people expect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def close_keys() -> list[QKeySequence]:
    """Escape, Ctrl+W and the platform's Close keys, each once.

    One shortcut holds them all: two shortcuts on the same key would be ambiguous and Qt
    would fire neither.
    """
    keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Close):
        if key not in keys:
            keys.append(key)
    return keys


def close_on_keys(window: QWidget, close: Callable[[], object] | None = None) -> QShortcut:
    """Make the close keys call ``close`` (the window's own close() by default) anywhere in it."""
    shortcut = QShortcut(window)
    shortcut.setKeys(close_keys())
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(close if close is not None else window.close)
    return shortcut
