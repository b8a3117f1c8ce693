"""On Wayland, each window is drawn once more, whole, after it is shown or resized: KWin before 6.2
(Plasma 5.27 among them) otherwise shows it in diagonal stripes.

Qt's Wayland plugin pads each row of a window's shared-memory buffer to a multiple of 256 bytes
(Qt 6.11 does; a window whose width is not a multiple of 64 pixels gets padding). When KWin before
6.2 makes a window's texture (the window mapped, or its size changed) it reads that buffer as if
its rows were not padded; the rectangles a later frame damages are read right. So whatever the
window does not repaint afterwards stays striped: the routine window showed stripes everywhere
but its clock (fixed in KWin by https://invent.kde.org/plasma/kwin/-/merge_requests/6267).

One whole repaint after KWin has made the texture mends it. Qt holds a repaint back until the
compositor's frame callback for the frame before, sent once that frame was drawn; the repaint is
asked for a moment after the window's last paint since it was shown or resized, so that it comes
after the burst of frames a new window or a new size brings, not within it. It costs one paint of
the window per show or resize, so it runs on Wayland only (any compositor: which one draws the
session, and its version, is not something a client can rely on knowing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: How long after the last paint of a shown or resized window the whole repaint is asked for.
SETTLE_MS = 250
TIMER_NAME = "desk-coach-redraw-after-resize"
_TRIGGERS = (QEvent.Type.Show, QEvent.Type.Resize)


class RedrawAfterResize(QObject):
    """An application-wide event filter: a window shown or resized is repainted whole once its
    paints have settled."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _TRIGGERS and isinstance(watched, QWidget) and watched.isWindow():
            _timer(watched).start()
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            timer = watched.findChild(QTimer, TIMER_NAME)
            if timer is not None and timer.isActive():
                timer.start()  # still painting what the show or resize brought: wait on
        return False


def _timer(window: QWidget) -> QTimer:
    timer = window.findChild(QTimer, TIMER_NAME)
    if timer is None:
        timer = QTimer(window)
        timer.setObjectName(TIMER_NAME)
        timer.setSingleShot(True)
        timer.setInterval(SETTLE_MS)
        timer.timeout.connect(window.update)
    return timer


def redraw_after_resize(app: QApplication) -> RedrawAfterResize | None:
    """Install the filter on ``app`` when it draws on Wayland; return it (None elsewhere)."""
    if app.platformName() != "wayland":
        return None
    redraw = RedrawAfterResize(app)
    app.installEventFilter(redraw)
    return redraw
