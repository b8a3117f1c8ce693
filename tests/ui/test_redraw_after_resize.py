"""A window shown or resized is painted whole once more when its paints settle (on Wayland, where
KWin before 6.2 otherwise leaves it striped: desk_coach/ui/redraw_after_resize.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from desk_coach.ui.redraw_after_resize import SETTLE_MS, RedrawAfterResize, redraw_after_resize


class PaintLog(QWidget):
    """A window that notes the rectangle of each paint it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QRect] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(event.region().boundingRect())

    def whole_paints(self) -> int:
        return sum(rect == self.rect() for rect in self.painted)


@pytest.fixture
def redraw(qapp: QApplication) -> Iterator[RedrawAfterResize]:
    redraw = RedrawAfterResize(qapp)
    qapp.installEventFilter(redraw)
    yield redraw
    qapp.removeEventFilter(redraw)
    redraw.deleteLater()


def shown(qtbot, window: PaintLog) -> PaintLog:
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_shown_window_is_painted_whole_again_once_its_paints_settle(qtbot, redraw) -> None:
    window = shown(qtbot, PaintLog())
    qtbot.waitUntil(lambda: window.whole_paints() == 2, timeout=SETTLE_MS * 8)  # Qt's, and the filter's
    qtbot.wait(SETTLE_MS * 3)  # and only once: the repaint asks for no other
    assert window.whole_paints() == 2


def test_a_resized_window_is_painted_whole_again_at_its_new_size(qtbot, redraw) -> None:
    window = shown(qtbot, PaintLog())
    qtbot.waitUntil(lambda: window.whole_paints() >= 2, timeout=SETTLE_MS * 8)
    window.painted.clear()
    window.resize(333, 222)
    qtbot.waitUntil(lambda: window.whole_paints() == 2, timeout=SETTLE_MS * 8)
    assert window.painted[-1] == QRect(0, 0, 333, 222)


def test_without_it_a_shown_window_is_painted_once(qtbot) -> None:
    """The test above is not met by Qt alone."""
    window = shown(qtbot, PaintLog())
    qtbot.wait(SETTLE_MS * 3)
    assert window.whole_paints() == 1


def test_a_child_widget_is_left_alone(qtbot, redraw) -> None:
    window = shown(qtbot, PaintLog())
    child = PaintLog()
    child.setParent(window)
    child.resize(50, 50)
    child.show()
    qtbot.wait(SETTLE_MS * 3)
    assert child.whole_paints() <= 2  # shown and resized: Qt's own paints, none of the filter's


def test_it_is_installed_on_wayland_only(qapp: QApplication) -> None:
    assert qapp.platformName() != "wayland"
    assert redraw_after_resize(qapp) is None
