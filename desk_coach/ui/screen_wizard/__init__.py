"""The first-run self-check wizard (``ScreenWizard``): the disclaimer, a few questions, the
red-flag gate, short movement checks and a summary. It emits what was answered; the caller
stores it."""

from desk_coach.ui.screen_wizard.wizard import ScreenWizard

__all__ = ["ScreenWizard"]
