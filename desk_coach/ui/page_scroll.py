"""The part of a page one reads, in a scroll area that still asks for its whole height.

A plain QScrollArea asks for a fixed share of the screen and hides how tall its content wants to
be, so a window that grows to fit its wrapped text (the guided routine) would no longer know. This
one asks for its text's height at its width, and gives way to a few lines: the window grows to the
text while the screen has room, and beyond that (twice the text on a laptop) the text scrolls while
the rest of the page stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

LEAST_LINES = 3
"""The fewest lines of the text shown when the window is short of room (twice the text on a laptop,
in a strict break with its way out below)."""


class ReadingScroll(QScrollArea):
    """The part of a page one reads (an exercise's steps), scrolling on its own when the window has
    no room for all of it, so that what one acts on below it (the countdown, the buttons) stays in
    sight. It asks for the whole text's height at its width, and can give way to a few lines."""

    def __init__(self, part: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setWidget(part)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.part and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the text's height at the new width

    def sizeHint(self) -> QSize:
        part = self.part
        width = self.viewport().width() if self.isVisible() else part.sizeHint().width()
        height = part.heightForWidth(width) if part.hasHeightForWidth() else -1
        return QSize(part.sizeHint().width(), height if height > 0 else part.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(self.part.minimumSizeHint().width() + bar, self.fontMetrics().height() * LEAST_LINES)
