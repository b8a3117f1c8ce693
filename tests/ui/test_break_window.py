"""The break window's countdown, driven by a fake clock: no test waits for real time to pass."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_guided_routine import ticking

from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import TICK_MS, BreakWindow


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, clock):
    def make(kind: BreakKind = BreakKind.MICRO, length_s: float = 180) -> tuple[BreakWindow, list[bool]]:
        window = BreakWindow(kind, length_s, clock=clock)
        qtbot.addWidget(window)
        emitted: list[bool] = []
        window.finished.connect(emitted.append)
        window.show()
        return window, emitted

    return make


def bar_fraction(window: BreakWindow) -> float:
    bar = window.progress_bar
    return (bar.value() - bar.minimum()) / (bar.maximum() - bar.minimum())


def test_countdown_reads_the_clock_not_the_ticks(make_window, clock):
    window, emitted = make_window(length_s=180)
    assert window.countdown_label.text() == "3:00"
    assert bar_fraction(window) == 0.0
    clock.advance(90)
    window.refresh()
    assert window.countdown_label.text() == "1:30"
    assert bar_fraction(window) == pytest.approx(0.5)
    assert emitted == []


def test_the_timer_refreshes_the_display_while_visible(make_window, clock, qtbot):
    window, _ = make_window(length_s=180)
    assert ticking(window)
    clock.advance(61)
    # One real tick (250 ms) at most; the time shown still comes from the fake clock.
    qtbot.waitUntil(lambda: window.countdown_label.text() == "1:59", timeout=TICK_MS * 8)


def test_reaching_zero_finishes_the_break_once_as_completed(make_window, clock):
    window, emitted = make_window(length_s=180)
    clock.advance(179.5)
    window.refresh()
    assert window.countdown_label.text() == "1"
    assert emitted == []
    clock.advance(1)
    window.refresh()
    assert emitted == [True]
    assert window.countdown_label.text() == "0"
    assert bar_fraction(window) == 1.0
    assert not window.isVisible()  # it closed itself, and closing did not say "ended early"
    clock.advance(60)
    window.refresh()
    window.close()
    window.end_now()
    assert emitted == [True]
    assert not window.pause_button.isEnabled() and not window.back_button.isEnabled()
    assert not ticking(window)


def test_im_back_ends_the_break_early(make_window, clock, qtbot):
    window, emitted = make_window()
    clock.advance(30)
    with qtbot.waitSignal(window.finished, timeout=1000) as blocker:
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert emitted == [False]
    assert not window.isVisible()


def test_escape_is_im_back(make_window, qtbot):
    window, emitted = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert emitted == [False]
    assert not window.isVisible()


def test_escape_works_while_a_button_has_the_focus(make_window, qtbot):
    window, emitted = make_window()
    qtbot.keyClick(window.pause_button, Qt.Key.Key_Escape)
    assert emitted == [False]


def test_closing_the_window_ends_the_break_early(make_window):
    window, emitted = make_window()
    window.close()
    assert emitted == [False]


def test_pause_holds_the_countdown_while_the_clock_runs_on(make_window, clock, qtbot):
    window, emitted = make_window(length_s=180)
    clock.advance(30)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    assert not ticking(window)
    assert window.pause_button.text() == "&Resume"
    assert window.paused_label.isVisible()
    assert window.countdown_label.text() == "2:30"

    clock.advance(600)  # longer than the whole break
    window.refresh()
    assert window.countdown_label.text() == "2:30"
    assert emitted == []

    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    assert window.running and ticking(window)
    assert window.pause_button.text() == "&Pause"
    assert not window.paused_label.isVisible()
    clock.advance(60)
    window.refresh()
    assert window.countdown_label.text() == "1:30"
    assert bar_fraction(window) == pytest.approx(0.5)


def test_keyboard_alone_can_pause_and_end(make_window, qtbot):
    window, emitted = make_window()
    window.activateWindow()
    window.pause_button.setFocus()
    qtbot.keyClick(window.pause_button, Qt.Key.Key_Space)
    assert window.paused_label.isVisible() and window.pause_button.text() == "&Resume"
    assert window.back_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(window.back_button, Qt.Key.Key_Space)
    assert emitted == [False]


def test_ticks_only_while_visible_and_running(make_window, clock):
    window, emitted = make_window()
    window.hide()
    assert not ticking(window)
    clock.advance(100)
    window.show()
    assert ticking(window)
    assert window.countdown_label.text() == "1:20"  # the hidden time still counted
    assert emitted == []


def test_countdown_starts_when_the_window_is_shown(qtbot, clock):
    window = BreakWindow(BreakKind.MICRO, 120, clock=clock)
    qtbot.addWidget(window)
    clock.advance(500)
    window.refresh()
    assert window.countdown_label.text() == "2:00" and not window.running
    window.show()
    clock.advance(20)
    window.refresh()
    assert window.countdown_label.text() == "1:40"


def test_texts_title_and_window_behaviour(make_window):
    micro, _ = make_window(BreakKind.MICRO)
    assert micro.title_label.text() == "Time to stand up"
    assert micro.suggestion_label.text() == (
        "Stand up and walk for a few minutes: to the window, refill your water, take the stairs."
    )
    assert micro.windowTitle() == "Break"
    assert not micro.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert micro.isWindow()
    long, _ = make_window(BreakKind.LONG, 600)
    assert long.title_label.text() == "Stretch routine"
    assert long.countdown_label.text() == "10:00"


def test_fonts_are_relative_to_the_default_font(make_window):
    window, _ = make_window()
    base = QApplication.font().pointSizeF()
    assert window.countdown_label.font().pointSizeF() == pytest.approx(base * 3.5)
    assert window.title_label.font().pointSizeF() == pytest.approx(base * 1.5)


def test_a_finished_handler_may_close_the_window_itself(qtbot, clock):
    """The coach view closes and deletes the window from its finished handler."""
    window = BreakWindow(BreakKind.MICRO, 60, clock=clock)
    qtbot.addWidget(window)
    emitted: list[bool] = []

    def on_finished(completed: bool) -> None:
        emitted.append(completed)
        window.close()

    window.finished.connect(on_finished)
    window.show()
    window.close()
    assert emitted == [False]
    assert not window.isVisible()


def test_a_break_needs_a_length(qapp, clock):
    with pytest.raises(ValueError):
        BreakWindow(BreakKind.MICRO, 0, clock=clock)
