"""What the daily coaching check tells the user: what changed, and a self-check that is due."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.daily_check import DailyCheckSaid as D
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Title of a message that says how the coaching adapted (breaks later, routines shorter...).
    D.WHAT_CHANGED: lambda n: translate("DailyCheck", "What changed"),
    #: Title of a message that offers a new self-check.
    D.RECHECK_TITLE: lambda n: translate("DailyCheck", "Time for a short self-check"),
    #: The message that offers a new self-check. {reason}: why it is due, a whole sentence
    #: ("Four weeks since your last self-check."); "Self-check…" is the tray menu's entry.
}
