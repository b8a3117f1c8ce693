"""Strict mode's emergency way out: Escape held on a watched window, and the button that appears.

A fake clock and key events: no test waits for real time. The timers only say when to look at
the clock, so each test calls ``refresh()`` where a timer would.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desk_coach.ui.way_out import RELEASE_GRACE_S, StrictBreak, StrictWayOut, WayOut, WayOutButton, WayOutHint


class FakeClock:
    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def escape(widget: QWidget, *, press: bool = True, repeat: bool = False) -> bool:
    """Send Escape down (or up) to ``widget`` as the keyboard does; True if someone took it."""
    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    event = QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "", repeat)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


class Window(QWidget):
    """A window with a text field deep inside, that counts the Escapes reaching it."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)
        self.escapes = 0

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapes += 1
        super().keyPressEvent(event)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def watched(qtbot, clock):
    window = Window()
    qtbot.addWidget(window)
    way_out = WayOut(3, clock)
    way_out.watch(window)
    heard: list = []
    way_out.pressed.connect(lambda: heard.append("pressed"))
    way_out.progress.connect(lambda f: heard.append(round(f, 2)))
    way_out.cancelled.connect(lambda: heard.append("cancelled"))
    way_out.used.connect(lambda: heard.append("used"))
    window.show()
    yield window, way_out, heard
    way_out.stop()


def test_escape_held_three_seconds_with_the_focus_anywhere_is_the_way_out(watched, clock):
    window, way_out, heard = watched
    escape(window.field)  # the focus is in a text field deep in the window
    assert way_out.holding and heard[:2] == ["pressed", 0.0]
    clock.now += 1.5
    way_out.refresh()
    assert heard[-1] == 0.5
    clock.now += 1.5
    way_out.refresh()
    assert heard[-1] == "used" and not way_out.holding
    assert window.escapes == 0  # Escape never reached the window: it neither ends nor closes


def test_auto_repeat_does_not_start_the_hold_again(watched, clock):
    window, way_out, heard = watched
    escape(window)
    clock.now += 2
    for _ in range(5):  # the key repeats while held: release+press pairs marked as repeats
        escape(window, press=False, repeat=True)
        escape(window, repeat=True)
    clock.now += 1
    way_out.refresh()
    assert "used" in heard and heard.count("pressed") == 1


def test_repeats_the_toolkit_does_not_mark_as_such_do_not_start_the_hold_again(watched, clock):
    window, way_out, heard = watched
    escape(window)
    # X11's repeat delay, then a release and a press every 40 ms, not marked as repeats (Qt on
    # Xvfb with xdotool keydown, seen in tests/e2e/test_strict_break_on_desktops.py)
    clock.now += 0.66
    for _ in range(60):
        escape(window, press=False)
        escape(window)
        clock.now += 0.04
        way_out.refresh()
    assert heard[-1] == "used" and "cancelled" not in heard and heard.count("pressed") == 1


def test_letting_go_early_cancels_and_a_new_hold_starts_from_nothing(watched, clock):
    window, way_out, heard = watched
    escape(window)
    clock.now += 2
    escape(window, press=False)
    clock.now += RELEASE_GRACE_S  # no press after the release: the user let go
    way_out.refresh()
    assert heard[-2:] == [0.0, "cancelled"] and not way_out.holding
    escape(window)
    clock.now += 2
    way_out.refresh()
    assert "used" not in heard
    clock.now += 1
    way_out.refresh()
    assert heard[-1] == "used"


def test_it_happens_once(watched, clock):
    window, way_out, heard = watched
    escape(window)
    clock.now += 3
    way_out.refresh()
    escape(window, press=False)
    escape(window)
    clock.now += 5
    way_out.refresh()
    assert heard.count("used") == 1


def test_other_windows_keep_their_escape(qtbot, watched, clock):
    _, _, heard = watched
    other = Window()
    qtbot.addWidget(other)
    other.show()
    escape(other)
    assert other.escapes == 1 and heard == []


def test_the_hint_says_how_and_the_bar_follows_the_hold(qtbot, watched, clock):
    window, way_out, _ = watched
    hint = WayOutHint(3)
    window.layout().addWidget(hint)
    hint.follow(way_out)
    assert hint.isHidden()
    hint.show_hint()
    assert hint.label.text() == "Hold Escape for 3 seconds to leave in an emergency"
    escape(window)
    assert hint.label.text() == "Keep holding Escape to leave the break…" and hint.bar.isVisible()
    clock.now += 1.5
    way_out.refresh()
    assert hint.bar.value() == 500
    escape(window, press=False)
    clock.now += RELEASE_GRACE_S
    way_out.refresh()
    assert hint.bar.isHidden() and hint.label.text().startswith("Hold Escape")


def test_letting_go_leaves_the_hint_whole_where_it_wraps_onto_more_lines(qtbot, watched, clock):
    """The hint is longer than "keep holding": in a window just wide enough for the one on a line,
    the hint wraps, and the window grows so its last line is not cut off."""
    window, way_out, _ = watched
    hint = WayOutHint(3)
    window.layout().addWidget(hint)
    hint.follow(way_out)
    metrics = hint.label.fontMetrics()
    escape(window)
    holding = metrics.horizontalAdvance(hint.label.text())
    width = holding + 60  # one line for "keep holding"; the hint needs two
    window.layout().activate()
    window.resize(width, window.layout().totalHeightForWidth(width))  # no room to spare while held
    QApplication.processEvents()
    escape(window, press=False)
    clock.now += RELEASE_GRACE_S
    way_out.refresh()
    QApplication.processEvents()
    assert hint.label.text().startswith("Hold Escape")
    needed = hint.label.heightForWidth(hint.label.width())
    assert needed > metrics.lineSpacing() * 1.5  # it does wrap
    assert hint.label.height() >= needed


def test_the_button_appears_after_its_delay_and_is_one_click(qtbot, clock):
    window = QWidget()
    qtbot.addWidget(window)
    button = WayOutButton(10, clock)
    QVBoxLayout(window).addWidget(button)
    clicked: list = []
    button.clicked.connect(lambda: clicked.append(True))
    window.show()
    button.start()
    clock.now += 9
    button.refresh()
    assert button.isHidden()
    clock.now += 1
    button.refresh()
    assert button.isVisible()
    assert button.accessibleName() == "Leave the break now, in an emergency"
    assert "recorded" in button.accessibleDescription()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard only: Tab to it, Space presses it
    assert clicked == [True]


def test_a_hold_ends_when_the_window_loses_the_keyboard(watched, clock):
    window, way_out, heard = watched
    escape(window)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert heard[-1] == "cancelled" and not way_out.holding
    clock.now += 5
    way_out.refresh()
    assert "used" not in heard


def test_the_timers_look_by_themselves_on_the_real_clock(qtbot):
    """No refresh by hand: the hold's timer and the button's timer wake the look (short delays)."""
    window = Window()
    qtbot.addWidget(window)
    way_out = WayOut(0.05)
    way_out.watch(window)
    button = WayOutButton(0.05)
    window.layout().addWidget(button)
    window.show()
    with qtbot.waitSignal(way_out.used, timeout=5000):
        escape(window)
    button.start()
    qtbot.waitUntil(button.isVisible, timeout=5000)
    way_out.stop()


def test_the_way_out_still_works_once_a_layer_reached_is_gone(qtbot, clock):
    """A break screen's layer goes with its monitor, or when the cover is lifted: its button is
    deleted with it, and the way out (here the hold on the break's window) must still end the break."""
    window = Window()
    qtbot.addWidget(window)
    strict = StrictWayOut(window, StrictBreak(180, hold_s=3, button_after_s=3), clock)
    layer = QWidget()
    strict.reach(lambda box: QVBoxLayout(layer).addWidget(box), layer)
    window.show()
    strict.start()
    used: list[bool] = []
    strict.used.connect(lambda: used.append(True))
    shiboken6.delete(layer)  # as its deleteLater() does, at once
    escape(window)
    clock.now += 3
    strict.way_out.refresh()
    assert used == [True]
