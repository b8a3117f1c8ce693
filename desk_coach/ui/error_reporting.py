"""Unexpected exceptions in the running app: logged in full, shown in plain words, survived.

Qt calls sys.excepthook for an exception raised in a slot and then carries on, so replacing
the hook is enough to keep the coach running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from desk_coach.services.ports import StorageUnavailable
from desk_coach.ui.messages import error_box, storage_box
from desk_coach.ui.user_screen import open_window
from desk_coach.wording.say import say

log = logging.getLogger(__name__)


class ErrorReporter:
    """Installs itself as sys.excepthook; shows at most one error window at a time."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._open_box: QMessageBox | None = None
        self.reported = 0
        self._quitting = False
        self._storage_told: set[object] = set()  # storage problems already shown, by reason

    def install(self) -> None:
        sys.excepthook = self.handle

    def quitting(self) -> None:
        """The app is shutting down: log from now on, never open a window."""
        self._quitting = True

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, StorageUnavailable):  # not a bug: the disk, the folder or a lock
            log.error("could not save: %s", exc.reason.code, exc_info=(exc_type, exc, tb))
            if exc.reason in self._storage_told or self._quitting:
                return  # said once is enough
            self._storage_told.add(exc.reason)
            self._show(storage_box(say(exc.reason), say(exc.advice)))
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        self.reported += 1
        if self._open_box is not None or self._quitting:
            return  # one window is enough; the log has every occurrence
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self._show(error_box(self._log_file, details))

    def _show(self, box: QMessageBox) -> None:
        if self._open_box is not None:
            self._open_box.close()
        box.finished.connect(self._forget_box)
        self._open_box = box
        open_window(box)

    @property
    def open_box(self) -> QMessageBox | None:
        return self._open_box

    def _forget_box(self) -> None:
        self._open_box = None
