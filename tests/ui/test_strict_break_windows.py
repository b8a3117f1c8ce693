"""Strict breaks in their windows: the plain break window and the guided routine cannot be closed
or ended before the break's length, except by the emergency way out (reported as such) or, in
the routine, by "This hurts" and its "End the routine". Keyboard only, on a fake clock.

The coach side (what is stored) is tests/integration/coach/test_strict_mode.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from test_break_left_early import FakeRoutines
from test_guided_routine import LIBRARY, PLAN, FakeClock, advance

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import BreakKind
from desk_coach.services.coach import BreakOutcome
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.tray import CoachTray
from desk_coach.ui.way_out import RELEASE_GRACE_S, StrictBreak

STRICT = StrictBreak(length_s=180, hold_s=3, button_after_s=10)


class UserClose(QCloseEvent):
    """The close button or Alt+F4: a close the window system sends (spontaneous)."""

    def spontaneous(self) -> bool:
        return True


def escape(widget, *, press: bool = True) -> None:
    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))


def hold_escape(window, clock, seconds: float) -> None:
    way_out = window.strict_way_out.way_out
    escape(QApplication.focusWidget() or window)
    clock.now += seconds
    way_out.refresh()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def plain(qtbot, clock):
    window = BreakWindow(BreakKind.MICRO, 180, clock=clock, strict=STRICT)
    qtbot.addWidget(window)
    ended: list[bool] = []
    window.finished.connect(ended.append)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window, ended
    window.strict_way_out.stop()


@pytest.fixture
def routine(qtbot, clock):
    dialog = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, strict=STRICT)
    qtbot.addWidget(dialog)
    ended: list[bool] = []
    dialog.routine_finished.connect(lambda feedback, completed: ended.append(completed))
    with qtbot.waitActive(dialog):
        dialog.show()
    yield dialog, ended
    if dialog.strict_way_out is not None:
        dialog.strict_way_out.stop()


# -- the plain break window --------------------------------------------------------------------------


def test_the_plain_window_offers_no_end_and_refuses_escape_and_the_close_button(plain, clock):
    window, ended = plain
    assert window.back_button.isHidden() and window.pause_button.isHidden()
    escape(window)
    escape(window, press=False)
    clock.now += RELEASE_GRACE_S  # no press after the release: let go
    window.strict_way_out.way_out.refresh()
    hint = window.strict_way_out.hint
    assert hint.isVisible() and hint.label.text() == "Hold Escape for 3 seconds to leave in an emergency"
    close = UserClose()
    window.closeEvent(close)
    assert not close.isAccepted() and ended == [] and window.isVisible()


def test_the_plain_window_ends_by_itself_after_the_break_length(plain, clock):
    window, ended = plain
    clock.now += 180
    window.refresh()
    assert ended == [True] and not window.left_by_way_out


def test_escape_held_three_seconds_leaves_the_plain_window_as_the_way_out(plain, clock):
    window, ended = plain
    hold_escape(window, clock, 1.5)
    hint = window.strict_way_out.hint
    assert hint.label.text() == "Keep holding Escape to leave the break…" and hint.bar.value() == 500
    clock.now += 1.5
    window.strict_way_out.way_out.refresh()
    assert ended == [False] and window.left_by_way_out


def test_the_way_out_button_appears_after_ten_seconds_and_is_reached_with_tab(plain, clock, qtbot):
    window, ended = plain
    button = window.strict_way_out.button
    assert button.isHidden()
    clock.now += 10
    button.refresh()
    assert button.isVisible()
    for _ in range(4):  # Tab until the button has the focus: the only button there is
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert ended == [False] and window.left_by_way_out


# -- the guided routine ------------------------------------------------------------------------------


def test_the_routine_refuses_escape_the_close_button_and_skip(routine, clock, qtbot):
    dialog, ended = routine
    assert dialog.exercise_page.skip_button.isHidden()
    escape(dialog.exercise_page.primary_button)
    escape(dialog.exercise_page.primary_button, press=False)
    dialog.reject()  # whatever else asks the dialog to reject
    assert not dialog.confirming and dialog.strict_way_out.hint.isVisible()
    close = UserClose()
    dialog.closeEvent(close)
    assert not close.isAccepted() and ended == [] and dialog.isVisible()
    first = dialog.player.index
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # Skip's key does nothing either
    assert dialog.player.index == first


def test_this_hurts_then_end_the_routine_ends_a_strict_break(routine, clock, qtbot):
    dialog, ended = routine
    advance(dialog, clock, 20)
    qtbot.keyClick(dialog, Qt.Key.Key_H)
    assert dialog.page == "pain" and dialog.pain_page.end_button.isVisible()
    dialog.pain_page.end_button.click()
    assert not dialog.held_strictly
    dialog.close()
    assert ended == [False] and not dialog.left_by_way_out


def test_escape_held_leaves_the_routine_at_once_as_the_way_out(routine, clock):
    dialog, ended = routine
    advance(dialog, clock, 20)
    hold_escape(dialog, clock, 3)
    assert ended == [False] and dialog.left_by_way_out and not dialog.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_the_routine_s_way_out_button_reached_with_tab_is_pressed_with_space_or_enter(
        routine, clock, qtbot, key):
    dialog, ended = routine
    button = dialog.strict_way_out.button
    advance(dialog, clock, 10)
    button.refresh()
    assert button.isVisible()
    for _ in range(3):  # from the exercise page: Pause, This hurts, then the way out (as in tests/e2e)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, key)
    assert ended == [False] and dialog.left_by_way_out and not dialog.isVisible()


def test_once_the_break_length_is_over_the_routine_may_be_ended_as_usual(routine, clock):
    dialog, _ = routine
    advance(dialog, clock, 181, step=1.0)
    assert not dialog.held_strictly
    assert not dialog.exercise_page.skip_button.isHidden()
    dialog.reject()
    assert dialog.confirming


# -- the view reports the way out ------------------------------------------------------------------


def test_the_view_opens_strict_windows_for_a_strict_cover_and_reports_the_way_out(qapp, clock):
    outcomes: list[BreakOutcome] = []
    view = QtCoachView(CoachTray(qapp.windowIcon()), now=lambda: None, can_snooze=lambda: False,
                       routines=FakeRoutines(), clock=clock)
    view.break_finished.connect(outcomes.append)
    view.open_break(BreakKind.LONG, 180, Cover.STRICT)
    dialog = view.break_window
    assert isinstance(dialog, GuidedRoutineDialog) and dialog.held_strictly
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # Escape reaches it
    hold_escape(dialog, clock, 3)
    [outcome] = outcomes
    assert outcome.way_out and not outcome.completed


def test_without_strict_mode_the_windows_are_as_before(qapp, clock):
    outcomes: list[BreakOutcome] = []
    view = QtCoachView(CoachTray(qapp.windowIcon()), now=lambda: None, can_snooze=lambda: False, clock=clock)
    view.break_finished.connect(outcomes.append)
    view.open_break(BreakKind.MICRO, 180, Cover.COVER)
    window = view.break_window
    assert window.strict_way_out is None and window.back_button.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the keyboard stays put
    window.back_button.click()
    assert outcomes[0].way_out is False


def test_the_routine_shows_the_way_out_button_after_ten_seconds_and_one_click_leaves(routine, clock):
    dialog, ended = routine
    button = dialog.strict_way_out.button
    advance(dialog, clock, 9)
    button.refresh()
    assert button.isHidden()
    advance(dialog, clock, 1)
    button.refresh()
    assert button.isVisible()
    button.click()
    assert ended == [False] and dialog.left_by_way_out
