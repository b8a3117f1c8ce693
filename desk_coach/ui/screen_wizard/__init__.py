"""The first-run self-check wizard (``ScreenWizard``): the disclaimer, a few questions, the
red-flag gate, short movement checks and a summary. It emits what was answered; the caller
stores it.

``ScreenWizard`` is imported on first use, so the Qt-free ``flow`` loads without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk_coach.ui.screen_wizard.wizard import ScreenWizard

__all__ = ["ScreenWizard"]


def __getattr__(name: str) -> Any:
    if name == "ScreenWizard":
        from desk_coach.ui.screen_wizard.wizard import ScreenWizard

        return ScreenWizard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
