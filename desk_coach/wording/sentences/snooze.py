"""What is said about a chosen snooze length: the reminder's Snooze button and the CLI's answers."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.snooze_lengths import SnoozeSaid as Z
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: The reminder's Snooze button, which puts the break off for the usual length; keep it short
    #: (a notification's button). {minutes}: a number of minutes, e.g. "5".
    Z.BUTTON: lambda n: translate("Reminder", "Snooze {minutes} min"),
    #: desk-coach snooze --minutes N with a length not on offer. {minutes}: the number given;
    #: {lengths}: the lengths on offer, e.g. "5, 10, 15 and 30".
    #: Also shown after "desk-coach snooze: error:", so it starts in lower case where the language allows.
    Z.NOT_A_LENGTH: lambda n: translate(
        "CommandLine", "{minutes} min is not one of the snooze lengths: {lengths}"
    ),
    #: desk-coach snooze when no break is due.
    Z.NOTHING_DUE: lambda n: translate("CommandLine", "No break is due, so there is nothing to snooze."),
    #: desk-coach snooze when the break was put off as many times in a row as the settings allow.
    Z.NO_MORE: lambda n: translate(
        "CommandLine", "This break was put off as often as allowed: start it now, or skip it."
    ),
    #: desk-coach snooze worked. {minutes}: the length chosen; {at}: when the break comes back, e.g. "10:35".
    Z.SNOOZED_UNTIL: lambda n: translate("CommandLine", "Break snoozed for {minutes} min, until {at}."),
}
