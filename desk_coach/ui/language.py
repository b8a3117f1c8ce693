"""The language of the tray app: chosen at start, changed from Settings without a restart.

The tray icon shows in the system's language at once (reading the settings would hold it up);
once the settings are read, the language they name takes over. A change applies to what is
built from then on: the tray menu is rebuilt, windows opened afterwards speak the new language,
and the content (exercises, self-check) is read again in it.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from desk_coach.wording import qt_catalogues
from desk_coach.wording.language import SYSTEM, choose_language, is_right_to_left

log = logging.getLogger(__name__)


def apply_language(setting: str = SYSTEM) -> str:
    """Speak the language ``setting`` names ("system" for the system's); returns the language
    used, which is English when there is no catalogue for the one asked for."""
    language = choose_language(setting, qt_catalogues.available_languages())
    if language != qt_catalogues.current_language():
        qt_catalogues.use_language(language)
        log.info("speaking %s", language)
    _lay_out(right_to_left=is_right_to_left(language))
    return language


def _lay_out(*, right_to_left: bool) -> None:
    """Mirror the windows for a right-to-left language, and back."""
    if QApplication.instance() is None or right_to_left == QApplication.isRightToLeft():
        return  # as it is already: Qt's enums (slow to build at start) stay unbuilt
    from PySide6.QtCore import Qt

    direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    QApplication.setLayoutDirection(direction)
