"""A window's pages in a scroll area that still asks for their whole height.

A plain QScrollArea asks for a fixed share of the screen and hides how tall its page wants to be,
so a window that grows to fit its wrapped text (the guided routine) no longer knows. This one
passes the page's height for a width on, and needs no height of its own: the window grows to its
page while the screen has room, and beyond that (twice the text on a laptop) the page scrolls
instead of running off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class PageScroll(QScrollArea):
    """Scrolls ``page`` up and down, never sideways; asks for the page's height at a width."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's own controls take the focus
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A page that needs other room (a page added, a text changed) tells the window too: a
        scroll area alone keeps it to itself."""
        if watched is self.page and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        page = self.page
        return page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = self.page.sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as the page needs beside a scroll bar; as low as a few lines."""
        return QSize(self.page.minimumSizeHint().width() + self._bar(), self.fontMetrics().height() * 4)
