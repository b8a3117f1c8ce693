"""The Qt application object, set up once for a tray app."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desk_coach import APP_ID, APP_NAME, __version__
from desk_coach.ui.icons import app_icon


def create_qt_app(argv: Sequence[str]) -> QApplication:
    """Create the QApplication: named for the desktop, alive while only the tray icon shows."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    icon: QIcon = app_icon()
    app.setWindowIcon(icon)
    return app
