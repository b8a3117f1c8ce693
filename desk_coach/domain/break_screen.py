"""Whether a break covers the screens, and how firmly: decided once, when the break begins.

The break screen is the user's choice (settings ``break_screen``). It is never put over a quiet
time the user asked to keep (a presentation, a call, Do Not Disturb): a break begun then keeps
to its own window. Covering is the view's work; hiding the cover while the session is locked is
too, since the lock can come and go during the break.
"""

from __future__ import annotations

from enum import StrEnum

from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.settings import Settings
from desk_coach.domain.settings.model import BreakScreen


class Cover(StrEnum):
    """How a break shows on the desktop."""

    NONE = "none"  # the break's own window only
    COVER = "cover"  # every monitor covered; the user may end the break at any moment
    STRICT = "strict"  # covered for the break's whole length; only the emergency way out ends it early


def cover_for(screen: BreakScreen, quiet: frozenset[QuietReason]) -> Cover:
    """The cover for a break that begins now; ``quiet`` are the quiet-time reasons the user honours."""
    if quiet or not screen.covers_screens:
        return Cover.NONE
    return Cover.STRICT if screen.strict else Cover.COVER


def is_strict(settings: Settings) -> bool:
    """Strict mode is on: a due break may be neither snoozed nor skipped."""
    return settings.break_screen.strict
