"""The plain break window tells a screen reader what the break is for (issue 17, 2): a screen reader
reads a window's title, not the words in it, so the title and the suggestion are said on the control
that has the focus when the window first shows, ahead of that control's own description; once the
focus moves on, the control reads only its own again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_guided_routine import FakeClock

from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import BreakWindow


def test_the_break_window_says_what_to_do_on_its_focused_button_once(qtbot) -> None:
    window = BreakWindow(BreakKind.MICRO, 180, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.back_button)
    assert window.back_button.accessibleDescription() == (
        "Time to stand up\n"
        "Stand up and walk for a few minutes: to the window, refill your water, take the stairs.\n"
        "End the break now (Esc)")

    qtbot.keyClick(window.back_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pause_button)
    qtbot.waitUntil(lambda: window.back_button.accessibleDescription() == "End the break now (Esc)")

    window.hide()  # minimised and shown again: the same break, nothing said again
    window.show()
    assert window.back_button.accessibleDescription() == "End the break now (Esc)"
    assert window.pause_button.accessibleDescription() == ""


def test_a_long_break_without_its_routine_says_its_own_suggestion(qtbot) -> None:
    window = BreakWindow(BreakKind.LONG, 600, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    said = window.focusWidget().accessibleDescription()
    assert said.startswith("Stretch routine\nStand up, roll your shoulders"), said
