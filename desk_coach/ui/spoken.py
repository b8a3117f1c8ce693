"""Saying a line to a screen reader through the focused control's description.

Orca 43 (Debian 12) has no handler for ``object:announcement`` and ignores a label's name change;
what it reads, like screen readers of every age, is a change of the *focused* control's accessible
description (and that description again whenever the control gets the focus). A window keeps one
:class:`FocusVoice`: each line goes on the control that has the focus, ahead of the control's own
description (a field's typing hint, a button's purpose), and once the focus leaves that control
(or the next line goes elsewhere) its own description is back, so a later Tab reads no stale line.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusVoice(QObject):
    """Says lines for ``window`` on its focused control (``fallback`` when none of it has the focus)."""

    def __init__(self, window: QWidget) -> None:
        # Goes with its window, and with it the focus connection. The window is asked for as the
        # parent, never kept: a window holding its voice and the voice holding the window is a
        # cycle only Python's collector breaks, and until then a deleted window's wrapper lives on.
        super().__init__(window)
        self._carrier: QWidget | None = None  # the control the last line is on
        self._own = ""  # that control's own description, given back when the line is done
        self._said = ""  # the description the line gave it
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            # The application's signal holds this Python object, and with it the control it last
            # spoke on, for as long as the connection lasts: it ends with the window.
            window.destroyed.connect(lambda: self._let_go(app))

    def _let_go(self, app: QApplication) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone
            app.focusChanged.disconnect(self._focus_moved)
        self._carrier = None

    def target(self, fallback: QWidget | None = None) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        focused = QApplication.focusWidget()
        if focused is not None and (focused is window or window.isAncestorOf(focused)):
            return focused
        return fallback if fallback is not None else window

    def say(self, text: str, on: QWidget | None = None) -> None:
        """Put ``text`` on ``on`` (default: the focused control), ahead of its own description;
        empty does nothing."""
        if not text:
            return
        target = on if on is not None else self.target()
        if self._carrier is not None and self._carrier is not target:
            self._give_back()
        current = target.accessibleDescription()
        # Still our line: the own text is the one kept; changed since (a field's problem): that is its own.
        own = self._own if target is self._carrier and current == self._said else current
        spoken = f"{text}\n{own}" if own else text
        self._carrier, self._own, self._said = target, own, spoken
        if current != spoken:
            target.setAccessibleDescription(spoken)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._carrier is not None and old is self._carrier and new is not self._carrier:
            # Once the new control's focus event is out: a description changed while a screen reader
            # still takes the old control for the focused one is read aloud (the field's hint again).
            QTimer.singleShot(0, self, self._given_back_after_focus)

    def _given_back_after_focus(self) -> None:
        if self._carrier is not None and not self._carrier.hasFocus():
            self._give_back()

    def _give_back(self) -> None:
        """The line's control gets its own description back, unless it has set another since."""
        carrier, self._carrier = self._carrier, None
        with contextlib.suppress(RuntimeError):  # deleted with its page
            if carrier is not None and carrier.accessibleDescription() == self._said:
                carrier.setAccessibleDescription(self._own)


def describe(control: QWidget, text: str) -> None:
    """Give ``control`` its own description ``text`` (a hint, a problem). A screen reader speaks a
    changed description, so nothing changes when it already reads that text, alone or after a line."""
    current = control.accessibleDescription()
    if current != text and not current.endswith(f"\n{text}"):
        control.setAccessibleDescription(text)
