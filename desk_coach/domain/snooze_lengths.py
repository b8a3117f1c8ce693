"""How long a due break may be put off: the usual snooze length, or another from a short list.

Workrave's "postpone" and Stretchly's "in 5 minutes": one click on Snooze gives the usual length
(``snooze.length_min``); the tray's Snooze submenu and ``desk-coach snooze --minutes`` offer the
settings' short list besides it (``snooze.other_lengths_min``). Whether snoozing is allowed at
all stays ``break_policy.can_snooze``'s one decision.
"""

from __future__ import annotations

from desk_coach.domain.said import SaidCode
from desk_coach.domain.settings.model import Snooze


class SnoozeSaid(SaidCode):
    """What is said about a chosen snooze length (worded in ``wording/sentences/snooze.py``)."""

    BUTTON = "snooze.button"  # minutes: the reminder's Snooze button, "Snooze 5 min"
    NOT_A_LENGTH = "snooze.not_a_length"  # minutes, lengths (a tuple of minutes)
    NOTHING_DUE = "snooze.nothing_due"  # no break is due, so there is nothing to snooze
    NO_MORE = "snooze.no_more"  # the break was put off as often in a row as allowed
    SNOOZED_UNTIL = "snooze.snoozed_until"  # minutes, at


def snooze_lengths(snooze: Snooze) -> tuple[float, ...]:
    """The lengths on offer, in minutes: the usual one first, then the others, shortest first."""
    usual = snooze.length_min
    others = sorted(int(length) for length in snooze.other_lengths_min)
    return (usual, *(minutes for minutes in others if minutes != usual))


def is_snooze_length(snooze: Snooze, minutes: float) -> bool:
    """Whether ``minutes`` is one of the lengths on offer."""
    return minutes in snooze_lengths(snooze)


def snooze_note(minutes: float) -> str:
    """What a SNOOZED event's note keeps: the length chosen, "for 10 min"."""
    return f"for {minutes:g} min"

