"""The Qt application object, set up once for a tray app."""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk_coach import APP_ID, APP_NAME, __version__
from desk_coach.ui.clear_marks import use_clear_marks
from desk_coach.ui.icons import app_icon
from desk_coach.ui.redraw_after_resize import redraw_after_resize

#: Qt's X11 backing store hands repaints to the X server in shared memory, and then waits for
#: the server to be done with it before the next one: a round trip (and a wake-up of Qt's X event
#: thread) each time the tray icon's ring moves on, which is most of what a sitting user's minute
#: cost. Over the socket a 22x22 icon is a few KB and no wait; windows are drawn a little slower.
NO_SHARED_MEMORY = "QT_XCB_NO_MITSHM"


def create_qt_app(argv: Sequence[str]) -> QApplication:
    """Create the QApplication: named for the desktop, alive while only the tray icon shows."""
    existing = QApplication.instance()
    ours = existing is None and NO_SHARED_MEMORY not in os.environ  # set empty, it keeps shared memory
    if ours:
        os.environ[NO_SHARED_MEMORY] = "1"
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    if ours:
        del os.environ[NO_SHARED_MEMORY]  # read as the X connection opened; not for programs we start
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    icon: QIcon = app_icon()
    app.setWindowIcon(icon)
    use_clear_marks(app)  # check and radio marks seen with large text and in contrast themes
    if existing is None:
        redraw_after_resize(app)  # KWin before 6.2 stripes a window it has not seen repainted whole
    return app
