"""A line said to a screen reader goes on the focused control's description ahead of the control's
own (a field's hint, a button's purpose); once the focus moves on, the control reads its own text
again, and a text the control set for itself meanwhile (a problem) is kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_coach.ui.spoken import FocusVoice, describe

HINT = "Ranges such as 09:00-17:00."


@pytest.fixture
def window(qtbot) -> QWidget:
    window = QWidget()
    column = QVBoxLayout(window)
    window.field = QLineEdit(window)
    window.field.setAccessibleDescription(HINT)
    window.button = QPushButton("Next", window)
    column.addWidget(window.field)
    column.addWidget(window.button)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.field.setFocus()
    qtbot.waitUntil(window.field.hasFocus)
    window.voice = FocusVoice(window)
    return window


def test_the_line_goes_ahead_of_the_fields_own_hint_and_leaves_with_the_focus(qtbot, window) -> None:
    window.voice.say("Your work hours")
    assert window.field.accessibleDescription() == f"Your work hours\n{HINT}"
    window.voice.say("Monday to Friday")  # a second line replaces the first, the hint stays
    assert window.field.accessibleDescription() == f"Monday to Friday\n{HINT}"
    window.button.setFocus()
    qtbot.waitUntil(lambda: window.field.accessibleDescription() == HINT)  # once the button has the focus


def test_a_line_on_a_control_with_no_description_is_gone_when_the_focus_leaves(qtbot, window) -> None:
    window.voice.say("Now the right side", on=window.button)
    assert window.button.accessibleDescription() == "Now the right side"
    window.voice.say("Rest")  # the next line on the focused field takes it off the button
    assert window.button.accessibleDescription() == ""
    window.button.setFocus()
    qtbot.waitUntil(lambda: window.field.accessibleDescription() == HINT)  # once the button has the focus


def test_what_the_field_says_of_itself_after_the_line_is_kept(qtbot, window) -> None:
    window.voice.say("Your work hours")
    describe(window.field, HINT)  # already read after the line: no change, nothing re-read
    assert window.field.accessibleDescription() == f"Your work hours\n{HINT}"
    describe(window.field, f'"9" is not a range. {HINT}')
    window.button.setFocus()
    qtbot.waitUntil(window.button.hasFocus)
    qtbot.wait(50)  # the give-back waits for the focus event to be out
    assert window.field.accessibleDescription() == f'"9" is not a range. {HINT}'


def test_a_deleted_window_is_let_go_with_its_voice() -> None:
    """The application's focus signal holds the voice; once its window is deleted nothing may keep
    the window's wrapper alive (a break window closed with its break screen stayed, half gone)."""
    import gc
    import weakref

    import shiboken6

    window = QWidget()
    window.button = QPushButton("I'm back", window)
    window.voice = FocusVoice(window)
    window.voice.say("Time to stand up")  # on the window itself: nothing in it has the focus
    gone = weakref.ref(window)
    voice = weakref.ref(window.voice)
    gc.disable()  # what counts is that no cycle needs the collector
    try:
        shiboken6.delete(window)
        del window
        assert gone() is None
        assert voice() is None
    finally:
        gc.enable()
