"""The week's summary: three sentences under the Progress charts, in `desk-coach stats` and in
the weekly message."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import WeekSaid as W
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: The week's summary, first sentence. %n: breaks taken; {minutes}: the longest time sat
    #: without a break; {weekday}: the day it happened, e.g. "Tuesday".
    W.BREAKS_LONGEST_BOUT: lambda n: translate(
        "Week", "You broke up sitting %n time(s); longest bout {minutes} min on {weekday}.", None, n
    ),
    #: The week's summary, first sentence, in a week without any sitting. %n: breaks taken.
    W.BREAKS_NO_SITTING: lambda n: translate(
        "Week", "You broke up sitting %n time(s); no sitting recorded.", None, n
    ),
    #: The week's summary, second sentence. {sitting}: e.g. "22 h 10 min"; {routines}: e.g.
    #: "2 routines"; {put_off}: e.g. "2 breaks ended early, 1 snoozed" or "no break put off or cut short".
    W.SITTING_ROUTINES: lambda n: translate(
        "Week", "Sitting in all: {sitting}; {routines} completed; {put_off}."
    ),
    #: Hours and minutes of sitting, "22 h 10 min".
    W.HOURS_MINUTES: lambda n: translate("Durations", "{hours} h {minutes} min"),
    #: Inside the week's summary: "2 routines (completed)".
    W.ROUTINES: lambda n: translate("Week", "%n routine(s)", None, n),
    #: Inside the week's summary, when every break went as planned.
    W.NOTHING_PUT_OFF: lambda n: translate("Week", "no break put off or cut short"),
    #: The first of the breaks put off, with the noun: "2 breaks ended early".
    W.PARTIAL_BREAKS: lambda n: translate("Week", "%n break(s) ended early", None, n),
    #: A later one of the breaks put off, after another count: "…, 2 ended early".
    W.PARTIAL: lambda n: translate("Week", "%n ended early", None, n),
    #: The first of the breaks put off, with the noun: "1 break snoozed".
    W.SNOOZED_BREAKS: lambda n: translate("Week", "%n break(s) snoozed", None, n),
    #: A later one of the breaks put off, after another count: "…, 1 snoozed".
    W.SNOOZED: lambda n: translate("Week", "%n snoozed", None, n),
    #: The first of the breaks put off, with the noun: reminders closed without an answer.
    W.DISMISSED_BREAKS: lambda n: translate("Week", "%n break(s) closed unanswered", None, n),
    #: A later one of the breaks put off, after another count: reminders closed without an answer.
    W.DISMISSED: lambda n: translate("Week", "%n closed unanswered", None, n),
    #: The first of the breaks put off, with the noun: "1 break skipped".
    W.SKIPPED_BREAKS: lambda n: translate("Week", "%n break(s) skipped", None, n),
    #: A later one of the breaks put off, after another count: "…, 1 skipped".
    W.SKIPPED: lambda n: translate("Week", "%n skipped", None, n),
    #: The first of the breaks put off, with the noun: delayed while a call or a film was on.
    W.QUIET_BREAKS: lambda n: translate("Week", "%n break(s) held back in quiet time", None, n),
    #: A later one of the breaks put off, after another count.
    W.QUIET: lambda n: translate("Week", "%n held back in quiet time", None, n),
    #: Joins the counts of breaks put off: "2 breaks ended early, 1 snoozed".
    W.COMMA_JOIN: lambda n: translate("Week", "{first}, {next}"),
    #: Joins the minutes of exercise per body area: "chest 12 min; glutes 8 min".
    W.SEMICOLON_JOIN: lambda n: translate("Week", "{first}; {next}"),
    #: The week's summary, third sentence. {worked}: minutes per body area, e.g. "chest 12 min";
    #: {pull} and {push}: sets done, e.g. "3 pull sets" and "1 push set".
    W.EXERCISE: lambda n: translate("Week", "Exercise: {worked}; {pull}, {push}."),
    #: The week's summary, third sentence, before any exercise. {pull}, {push}: e.g. "0 pull sets".
    W.EXERCISE_NONE: lambda n: translate("Week", "Exercise: none yet; {pull}, {push}."),
    #: Minutes of exercise for one body area this week: "chest 12 min".
    W.TARGET_MINUTES: lambda n: translate("Week", "{target} {minutes} min"),
    #: Minutes of exercise for one body area this week, and the weekly goal in minutes:
    #: "chest 12 min, goal 20".
    W.TARGET_MINUTES_GOAL: lambda n: translate("Week", "{target} {minutes} min, goal {goal}"),
    #: Sets of pulling exercises (rows, band pull-aparts) done this week.
    W.PULL_SETS: lambda n: translate("Week", "%n pull set(s)", None, n),
    #: Sets of pushing exercises (push-ups) done this week.
    W.PUSH_SETS: lambda n: translate("Week", "%n push set(s)", None, n),
    #: Sets of pulling exercises done this week when some were done in part: {sets} is a figure
    #: with one decimal, "4.5".
    W.PULL_SETS_PART: lambda n: translate("Week", "{sets} pull sets"),
    #: Sets of pushing exercises done this week when some were done in part: {sets} is a figure
    #: with one decimal, "4.5".
    W.PUSH_SETS_PART: lambda n: translate("Week", "{sets} push sets"),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    "week_target": {
        #: A body area inside the week's summary: "hip flexors 12 min".
        Target.HIP_FLEXORS: lambda: translate("Week", "hip flexors"),
        #: A body area inside the week's summary: "chest 12 min".
        Target.CHEST: lambda: translate("Week", "chest"),
        #: A body area inside the week's summary: "glutes 12 min".
        Target.GLUTES: lambda: translate("Week", "glutes"),
        #: A body area inside the week's summary: "upper back 12 min".
        Target.UPPER_BACK: lambda: translate("Week", "upper back"),
        #: A body area inside the week's summary: the middle of the spine, "thoracic 12 min".
        Target.THORACIC: lambda: translate("Week", "thoracic"),
        #: A body area inside the week's summary: the back of the thighs.
        Target.HAMSTRINGS: lambda: translate("Week", "hamstrings"),
        #: A body area inside the week's summary: "neck 12 min".
        Target.NECK: lambda: translate("Week", "neck"),
        #: Walking breaks inside the week's summary: "walk 12 min".
        Target.WALK: lambda: translate("Week", "walk"),
    },
    "weekday_long": {
        #: A day's full name, "on Monday".
        "0": lambda: translate("Weekdays", "Monday"),
        "1": lambda: translate("Weekdays", "Tuesday"),
        "2": lambda: translate("Weekdays", "Wednesday"),
        "3": lambda: translate("Weekdays", "Thursday"),
        "4": lambda: translate("Weekdays", "Friday"),
        "5": lambda: translate("Weekdays", "Saturday"),
        "6": lambda: translate("Weekdays", "Sunday"),
    },
}
