"""What a break reminder says: its title, its sentences and its buttons."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.reminders import ReminderSaid as R
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Title of the reminder for the long break, a guided stretch routine.
    R.STRETCH_TITLE: lambda n: translate("Reminder", "Time for your stretch routine"),
    #: Title of the reminder for a short break: get up from the chair.
    R.STAND_TITLE: lambda n: translate("Reminder", "Time to stand up"),
    #: Body of the long-break reminder. {sat}: minutes sat so far; {routine}: the routine's length in minutes.
    R.STRETCH_BODY: lambda n: translate(
        "Reminder",
        "You've been sitting for {sat} min. About {routine} minutes: "
        "hip flexors and chest first, then glutes and upper back.",
    ),
    #: Body of the short-break reminder. {sat}: minutes sat so far; {minutes}: the break's length in minutes.
    R.STAND_BODY_MINUTES: lambda n: translate(
        "Reminder",
        "You've been sitting for {sat} min. Stand, walk a few steps and stretch for {minutes} min.",
    ),
    #: Body of the short-break reminder. {sat}: minutes sat so far; {seconds}: the break's length in seconds.
    R.STAND_BODY_SECONDS: lambda n: translate(
        "Reminder",
        "You've been sitting for {sat} min. Stand, walk a few steps and stretch for {seconds} s.",
    ),
    #: Added to a reminder when the user skipped the break before this one.
    R.SKIPPED_ONE: lambda n: translate(
        "Reminder", "You skipped the last break; even a minute on your feet helps."
    ),
    #: Added to a reminder when the user skipped several breaks in a row (%n is 2 or more).
    R.SKIPPED_MANY: lambda n: translate(
        "Reminder", "The last %n break(s) were skipped; how about a short one now?", None, n
    ),
    #: Added to a reminder that the user snoozed once before.
    R.SNOOZED_ONCE: lambda n: translate("Reminder", "Snoozed once already."),
    #: Added to a reminder that the user snoozed several times (%n is 2 or more).
    R.SNOOZED_TIMES: lambda n: translate("Reminder", "Snoozed %n time(s) already.", None, n),
    #: Added when the reminder may not be snoozed again: only Start and Skip remain.
    R.NO_MORE_SNOOZES: lambda n: translate("Reminder", "Start now, or skip this one."),
    #: Button on a reminder: begin the break now.
    R.START: lambda n: translate("Reminder", "Start"),
    #: Button on a reminder: show it again in a few minutes.
    R.SNOOZE: lambda n: translate("Reminder", "Snooze"),
    #: Button on a reminder: leave this break out.
    R.SKIP: lambda n: translate("Reminder", "Skip"),
    #: Title of strict mode's heads-up: a due break starts by itself after %n seconds (no Snooze, no Skip).
    R.HEADS_UP_TITLE: lambda n: translate("Reminder", "A break starts in %n second(s)", None, n),
    #: Body of strict mode's heads-up before a short break.
    R.HEADS_UP_STAND: lambda n: translate(
        "Reminder", "Finish your sentence or save your work: then stand up and move for a moment."
    ),
    #: Body of strict mode's heads-up before the long break, a guided stretch routine.
    R.HEADS_UP_STRETCH: lambda n: translate(
        "Reminder", "Finish your sentence or save your work: your stretch routine comes next."
    ),
    #: The one button of strict mode's heads-up: begin the break now rather than when the warning ends.
    R.START_NOW: lambda n: translate("Reminder", "Start now"),
}
