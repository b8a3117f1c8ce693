"""The coach's summary of a week, at the top of the Progress window (``domain/week_glance.py``)."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.week_glance import GlanceSaid as G
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: The coach's summary of the current week before anything was recorded.
    G.EMPTY_NOW: lambda n: translate(
        "WeekGlance", "Nothing recorded this week yet — your figures appear here as you work."
    ),
    #: The coach's summary of a past week in which nothing was recorded.
    G.EMPTY_PAST: lambda n: translate("WeekGlance", "Nothing was recorded in this week."),
    #: The coach's summary, about sitting, when no daily sitting goal is set. {average}: minutes.
    G.SITTING_AVERAGE: lambda n: translate("WeekGlance", "You sat {average} min a day on average."),
    #: The coach's summary, about sitting: every day stayed within the daily goal. %n: the days
    #: counted (work days so far and days with sitting), also in {within}; {goal}: the daily goal
    #: in minutes; {average}: minutes a day on average.
    G.SITTING_WITHIN_ALL: lambda n: translate(
        "WeekGlance",
        "You stayed within your {goal} min sitting goal on {within} of %n day(s), "
        "{average} min a day on average.",
        None,
        n,
    ),
    #: The coach's summary, about sitting: {within} of %n days stayed within the goal of {goal}
    #: minutes; {weekday} ("Tuesday") went furthest over, by {over} minutes.
    G.SITTING_WITHIN: lambda n: translate(
        "WeekGlance",
        "You stayed within your {goal} min sitting goal on {within} of %n day(s); "
        "{weekday} went {over} min over.",
        None,
        n,
    ),
    #: The coach's summary, about breaks, when no break came due.
    G.BREAKS_NONE_DUE: lambda n: translate("WeekGlance", "No break came due."),
    #: The coach's summary, about breaks. %n: breaks that came due; {taken}: how many were taken;
    #: {percent}: the share taken, a whole number ("75").
    G.BREAKS_TAKEN: lambda n: translate(
        "WeekGlance", "You took {taken} of the %n break(s) that came due ({percent} %).", None, n
    ),
    #: Inside the coach's summary: a body area reached its weekly stretching goal. {target}:
    #: "hip flexors"; {minutes}: minutes done; {goal}: the weekly goal in minutes.
    G.TARGET_MET: lambda n: translate("WeekGlance", "{target} {minutes} of {goal} min, goal met"),
    #: Inside the coach's summary: a body area is short of its weekly stretching goal. {target}:
    #: "chest"; {minutes}: minutes done ("1.5"); {goal}: the weekly goal; {short}: minutes still to do.
    G.TARGET_SHORT: lambda n: translate("WeekGlance", "{target} {minutes} of {goal} min, {short} min to go"),
    #: Inside the coach's summary: a body area stretched on each side (left and right) reached its
    #: weekly goal, counted on one side. {target}: "hip flexors"; {minutes}: minutes done on each
    #: side; {goal}: the weekly goal in minutes, each side.
    G.TARGET_MET_EACH_SIDE: lambda n: translate(
        "WeekGlance", "{target} {minutes} of {goal} min each side, goal met"
    ),
    #: Inside the coach's summary: a body area stretched on each side is short of its weekly goal.
    #: {target}: "hip flexors"; {minutes}: minutes done on each side ("4"); {goal}: the weekly goal
    #: in minutes, each side; {short}: minutes still to do on each side.
    G.TARGET_SHORT_EACH_SIDE: lambda n: translate(
        "WeekGlance", "{target} {minutes} of {goal} min each side, {short} min to go"
    ),
    #: The coach's summary, about stretching: the body areas with a weekly goal, e.g. "hip flexors
    #: 6 of 5 min, goal met; chest 3 of 5 min, 2 min to go".
    G.GOALS: lambda n: translate("WeekGlance", "Stretching this week: {goals}."),
    #: The coach's summary, about stretching, then the pull : push sentence in {balance}.
    G.GOALS_BALANCE: lambda n: translate("WeekGlance", "Stretching this week: {goals}. {balance}"),
    #: The coach's summary: sets of pulling exercises against pushing ones, "6 : 3", which keeps
    #: the balance the plan asks for ({ratio} : 1, e.g. "2 : 1").
    G.PULL_PUSH_ON_TRACK: lambda n: translate(
        "WeekGlance", "Pull : push {pull} : {push} — on track (at least {ratio} : 1)."
    ),
    #: The coach's summary: sets of pulling exercises against pushing ones, "2 : 3", below the
    #: balance the plan asks for ({ratio} : 1); said as gentle advice.
    G.PULL_PUSH_MORE_PULL: lambda n: translate(
        "WeekGlance", "Pull : push {pull} : {push} — a few more pulling sets would bring it to {ratio} : 1."
    ),
}
