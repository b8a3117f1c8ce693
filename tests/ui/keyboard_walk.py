"""The Tab chain of a window as a keyboard user walks it, and whether it follows the reading order.

A user presses Tab from where the focus is when the window opens until the focus comes back to a
control it was on: that cycle is the chain. Read in order, a chain goes top to bottom, and left to
right within a row. Where a control stands is taken from its layout, not from where a scroll area
has scrolled it to (Tab itself scrolls the area): a scroll area's content counts as laid out in its
place, one below the other.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

MOST_STOPS = 200  # more presses than any window has stops: a chain that never closes is a finding


def place(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in ``window``, unscrolled: a scroll area's content in its place."""
    corner = QPoint(0, 0)
    current = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        above = parent.parentWidget() if parent is not None else None
        scrolled = isinstance(above, QAbstractScrollArea) and parent is above.viewport()
        if not scrolled:  # a scrolled content's own position is minus the scrolling
            corner += current.pos()
        current = parent
    return QRect(corner, widget.size())


def name_of(widget: QWidget) -> str:
    """How a finding names a stop: its class, object name, then text or accessible name."""
    text = ""
    for getter in ("text", "accessibleName", "title"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value() or ""
            except TypeError:
                text = ""
        if text:
            break
    named = f"{type(widget).__name__}/{widget.objectName()}" if widget.objectName() else type(widget).__name__
    return f"{named} {text[:30]!r}" if text else named


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier) -> QWidget | None:
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, key, modifier)
    QApplication.processEvents()
    return QApplication.focusWidget()


def walk(qtbot: Any, window: QWidget, backwards: bool = False) -> list[QWidget]:
    """The chain by real Tab (Shift+Tab when ``backwards``) presses, each control once, from the
    control that has the focus (or, when that one is not a Tab stop itself, the one Tab reaches
    from it); empty when no control in ``window`` takes the focus. A press that keeps the focus
    where it is (Tab from the hour to the minutes of a time field) is a step within one stop."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    focused = QApplication.focusWidget()
    if focused is not None and not focused.focusPolicy() & Qt.FocusPolicy.TabFocus:
        focused = _press(qtbot, key, modifier)
    if focused is None or focused.window() is not window.window():
        return []
    chain = [focused]
    for _ in range(MOST_STOPS):
        focused = _press(qtbot, key, modifier)
        if focused is None or focused is chain[0]:
            break
        if focused is chain[-1]:
            continue
        if focused in chain:  # a loop that misses the first stop: the chain ends where it closes
            chain.append(focused)
            break
        chain.append(focused)
    return chain


def _scroll_areas(widget: QWidget, window: QWidget) -> list[QWidget]:
    """The scroll areas ``widget`` is scrolled in, outermost first."""
    areas = []
    current = widget.parentWidget()
    while current is not None and current is not window:
        above = current.parentWidget()
        if isinstance(above, QAbstractScrollArea) and current is above.viewport():
            areas.append(above)
        current = above
    return list(reversed(areas))


def compared_places(first: QWidget, second: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """Where two stops stand for the reading order: a control in a scroll area the other one is not
    in stands where that scroll area stands (its content is read in its place, all of it)."""
    first_areas, second_areas = _scroll_areas(first, window), _scroll_areas(second, window)
    first_own = next((area for area in first_areas if area not in second_areas), first)
    second_own = next((area for area in second_areas if area not in first_areas), second)
    return place(first_own, window), place(second_own, window)


def reading_key(rect: QRect) -> tuple[int, int]:
    return (rect.top(), rect.left())


def out_of_order(chain: list[QWidget], window: QWidget) -> list[str]:
    """Where the chain jumps against the reading order: a stop wholly above the one before it, or
    beside it in the same row but to its left. The chain is a cycle: it is read from its stop
    nearest the top left (the jump from the last stop back to the first is the cycle closing)."""
    if len(chain) < 2:
        return []
    places = [place(widget, window) for widget in chain]
    first = min(range(len(chain)), key=lambda index: reading_key(places[index]))
    order = list(range(first, len(chain))) + list(range(first))
    found = []
    for before, after in itertools.pairwise(order):
        a, b = compared_places(chain[before], chain[after], window)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        above = b.bottom() <= a.top()
        if above or (same_row and b.right() <= a.left()) or (not same_row and b.top() < a.top()):
            found.append(f"{name_of(chain[before])} at {_where(a)} -> {name_of(chain[after])} at {_where(b)}")
    return found


def _where(rect: QRect) -> str:
    return f"({rect.left()},{rect.top()} {rect.width()}x{rect.height()})"
