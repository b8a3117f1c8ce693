"""What a screen reader is told a container is (issue 17): the routine's stack of pages is a plain
container, not a "layered pane" Orca says each time the focus comes into it, and the plain break
window is a window, not a "filler"."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from test_guided_routine import FakeClock
from window_gallery import _routine

from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import BreakWindow


def role(widget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role()


def test_the_routines_pages_are_a_plain_container(qtbot):
    dialog, _ = _routine(qtbot, FakeClock())
    assert role(dialog.pages) == QAccessible.Role.Client
    assert role(dialog) == QAccessible.Role.Dialog


def test_the_break_window_is_a_window(qtbot):
    window = BreakWindow(BreakKind.MICRO, 180, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    assert role(window) == QAccessible.Role.Window
