"""The tray icon and its menu: Desk Coach's home on the desktop.

Signals:
    about_requested(): the user chose "About Desk Coach…".
    quit_requested(): the user chose "Quit Desk Coach".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desk_coach import APP_NAME

log = logging.getLogger(__name__)
TRAY_RECHECK_MS = 5000


class CoachTray(QObject):
    """Owns the QSystemTrayIcon and the menu; knows nothing of sitting or breaks."""

    about_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._menu = QMenu()
        self.about_action = self._menu.addAction(f"About {APP_NAME}…")
        self._menu.addSeparator()
        self.quit_action = self._menu.addAction(f"&Quit {APP_NAME}")
        self.about_action.triggered.connect(self.about_requested)
        self.quit_action.triggered.connect(self.quit_requested)

        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(APP_NAME)
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)

    @property
    def menu(self) -> QMenu:
        return self._menu

    def show(self) -> None:
        """Show the icon; if the desktop has no tray yet, say so in the log and look again later.

        Qt embeds the icon by itself once a tray host appears; the re-check only reports it.
        """
        self._icon.show()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.warning("no system tray found yet; the icon will appear when the desktop provides one")
            QTimer.singleShot(TRAY_RECHECK_MS, self._recheck_tray)

    def _recheck_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            log.info("a system tray appeared; the icon is shown there")
        else:
            QTimer.singleShot(TRAY_RECHECK_MS * 6, self._recheck_tray)

    def hide(self) -> None:
        self._icon.hide()

    def is_visible(self) -> bool:
        return self._icon.isVisible()

    def show_message(self, title: str, text: str) -> None:
        """A tray balloon: the last-resort way to tell the user something."""
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def geometry_text(self) -> str:
        g = self._icon.geometry()
        return f"{g.x()},{g.y()} {g.width()}x{g.height()}"

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._icon.contextMenu().popup(self._icon.geometry().center())
