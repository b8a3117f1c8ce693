"""A window opens no larger than its share of the screen it opens on, and whole on it.

A fixed size (980 x 960) runs past the bottom of a 1366 x 768 laptop, or of any screen at 2x
scale; the window's content scrolls instead, so the window itself only has to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

from desk_coach.ui.user_screen import user_screen

SCREEN_SHARE = 0.9
"""The most of the screen's available width and height a window takes when it opens."""


def opening_size(natural: QSize, available: QSize, frame: QMargins, share: float = SCREEN_SHARE) -> QSize:
    """The window's own size: ``natural``, or less, so that with its ``frame`` (title bar and
    borders) it takes at most ``share`` of ``available`` each way."""
    room = QSize(int(available.width() * share) - frame.left() - frame.right(),
                 int(available.height() * share) - frame.top() - frame.bottom())
    return natural.boundedTo(room)


def fit_to_screen(window: QWidget, natural: QSize, share: float = SCREEN_SHARE) -> None:
    """Size ``window`` to :func:`opening_size` on the screen the user is working on
    (:func:`~desk_coach.ui.user_screen.user_screen`) and centre its frame in the screen's
    available area (the part no panel or dock covers)."""
    screen = user_screen() or window.screen()
    if screen is None:
        window.resize(natural)
        return
    available = screen.availableGeometry()
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    frame = handle.frameMargins() if handle is not None else QMargins()
    size = opening_size(natural, available.size(), frame, share)
    window.resize(size.expandedTo(window.minimumSize()))
    outer = QRect(0, 0, window.width() + frame.left() + frame.right(),
                  window.height() + frame.top() + frame.bottom())
    outer.moveCenter(available.center())
    window.move(outer.topLeft())


def tallest_on_screen(window: QWidget) -> int | None:
    """The most height ``window`` can have whole on its screen (the available area less its title
    bar and borders); None when it is on no screen. A window that grows to fit its wrapped text
    grows no further: past this, its page scrolls."""
    screen = window.screen()
    if screen is None:
        return None
    handle = window.windowHandle()
    frame = handle.frameMargins() if handle is not None else QMargins()
    return screen.availableGeometry().height() - frame.top() - frame.bottom()
