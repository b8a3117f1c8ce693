"""Saying a line to a screen reader through the focused control's description.

Orca 43 (Debian 12) has no handler for ``object:announcement`` and ignores a label's name change;
what it reads, like screen readers of every age, is a change of the *focused* control's accessible
description (and that description again whenever the control gets the focus). A window keeps one
:class:`FocusVoice`: each line goes on the control that has the focus, and the control that
carried the last line is cleared, so a later Tab does not read a stale line.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QApplication, QWidget


class FocusVoice:
    """Says lines for ``window`` on its focused control (``fallback`` when none of it has the focus)."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._last: QWidget | None = None

    def target(self, fallback: QWidget | None = None) -> QWidget:
        focused = QApplication.focusWidget()
        if focused is not None and (focused is self._window or self._window.isAncestorOf(focused)):
            return focused
        return fallback if fallback is not None else self._window

    def say(self, text: str, on: QWidget | None = None) -> None:
        """Put ``text`` on ``on`` (default: the focused control) as its description; empty does nothing."""
        if not text:
            return
        target = on if on is not None else self.target()
        last = self._last
        if last is not None and last is not target:
            with contextlib.suppress(RuntimeError):  # deleted with its page
                last.setAccessibleDescription("")
        self._last = target
        if target.accessibleDescription() != text:
            target.setAccessibleDescription(text)
