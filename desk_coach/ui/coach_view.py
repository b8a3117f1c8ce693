"""The bridge between the coach service and the Qt shell: the CoachView port, in Qt.

Signals:
    break_finished(bool): the break window closed; True when the countdown ran out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from desk_coach.domain.history import BreakKind
from desk_coach.services.coach_status import CoachStatus
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.tray import CoachTray


class QtCoachView(QObject):
    """Draws the coach's status in the tray and opens the break window when asked."""

    break_finished = Signal(bool)

    def __init__(
        self,
        tray: CoachTray,
        now: Callable[[], datetime],
        can_snooze: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._now = now
        self._can_snooze = can_snooze
        self._window: BreakWindow | None = None
        self.last_status: CoachStatus | None = None

    def show_status(self, status: CoachStatus) -> None:
        self.last_status = status
        self._tray.show_status(status, status.summary(self._now()), can_snooze=self._can_snooze())

    def open_break(self, kind: BreakKind, length_s: int) -> None:
        if self._window is not None:
            self._window.raise_()
            return
        window = BreakWindow(kind, length_s)
        window.finished.connect(self._on_finished)
        self._window = window
        window.show()
        window.raise_()
        window.activateWindow()

    @property
    def break_window(self) -> BreakWindow | None:
        return self._window

    def _on_finished(self, completed: bool) -> None:
        window, self._window = self._window, None
        if window is not None:
            window.close()
            window.deleteLater()
        self.break_finished.emit(completed)
