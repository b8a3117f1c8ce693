"""What the progress report says: its summary and its table of pain reports and changes."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.progress_report import ReportSaid as R
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: The report's summary when the weeks hold no history at all (a new user).
    R.NOTHING_YET: lambda n: translate(
        "Report",
        "Nothing was recorded in these weeks yet: no sitting, no breaks, no self-check. "
        "Use Desk Coach for a week or two and make the report again.",
    ),
    #: The report's summary: {minutes} is the average minutes sat on a day with any sitting;
    #: %n counts those days.
    R.SITTING_AVERAGE: lambda n: translate(
        "Report", "Sitting: {minutes} min a day on average, over %n day(s) at the desk.", None, n
    ),
    #: {first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.
    R.SITTING_TREND_DOWN: lambda n: translate(
        "Report", "Sitting went down from {first} min a day in the first weeks to {last} min in the last."
    ),
    #: {first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.
    R.SITTING_TREND_UP: lambda n: translate(
        "Report", "Sitting went up from {first} min a day in the first weeks to {last} min in the last."
    ),
    #: {minutes}: average minutes sat a day in the last weeks, about as many as in the first.
    R.SITTING_TREND_SAME: lambda n: translate(
        "Report", "Sitting stayed about the same: {minutes} min a day in the last weeks."
    ),
    #: %n days sat longer than the goal; {goal} is the daily goal in minutes (at most that much sitting).
    R.SITTING_GOAL_DAYS: lambda n: translate(
        "Report", "%n day(s) over the daily goal of at most {goal} min of sitting.", None, n
    ),
    #: %n breaks taken; {due} breaks due; {share} the share in per cent (a whole number).
    R.BREAKS_SHARE: lambda n: translate("Report", "Breaks: %n taken of {due} due ({share} %).", None, n),
    #: %n routines (guided exercise breaks) completed in the weeks of the report.
    R.ROUTINES: lambda n: translate("Report", "Routines completed: %n.", None, n),
    #: The report's summary, one line per body area with a weekly stretching goal: {target} "hip
    #: flexors", {goal} the weekly goal in minutes, {met} the weeks that reached it, of %n weeks.
    R.STRETCH_GOAL: lambda n: translate(
        "Report", "Stretching for the {target}, {goal} min a week: reached in {met} of %n week(s).", None, n
    ),
    #: As above, for a body area stretched on each side (left and right): the goal and the minutes
    #: are counted on one side.
    R.STRETCH_GOAL_EACH_SIDE: lambda n: translate(
        "Report",
        "Stretching for the {target}, {goal} min a week each side: reached in {met} of %n week(s).",
        None,
        n,
    ),
    #: No self-check (the movement check) was taken in the weeks of the report.
    R.CHECKS_NONE: lambda n: translate("Report", "No self-check in these weeks."),
    #: {day} is the date of the one self-check of the report's weeks.
    R.CHECKS_ONE: lambda n: translate("Report", "One self-check, on {day}."),
    #: %n self-checks; {first} and {last} their first and last dates; {better} e.g. "3 scores
    #: better", {worse} e.g. "1 lower".
    R.CHECKS_COMPARED: lambda n: translate(
        "Report", "%n self-checks from {first} to {last}: {better}, {worse} than the first.", None, n
    ),
    #: Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."
    R.BETTER: lambda n: translate("Report", "%n score(s) better", None, n),
    #: Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."
    R.WORSE: lambda n: translate("Report", "%n lower", None, n),
    #: No pain was reported in the weeks of the report.
    R.PAIN_NONE: lambda n: translate("Report", "No pain reported."),
    #: %n pain reports (during an exercise, or the morning after); listed in a table later on.
    R.PAIN_REPORTS: lambda n: translate(
        "Report", "%n pain report(s), listed with what the coach changed.", None, n
    ),
    #: The coach changed no exercise level in the weeks of the report.
    R.CHANGES_NONE: lambda n: translate("Report", "The coach changed no exercise level."),
    #: %n changes of exercise levels; {up} "4 steps up", {down} "1 step down", {pain} "1 because of pain".
    R.CHANGES: lambda n: translate(
        "Report", "The coach changed exercise levels %n time(s): {up}, {down}, {pain}.", None, n
    ),
    #: Part of "The coach changed exercise levels 5 times: 4 steps up, ...".
    R.STEPS_UP: lambda n: translate("Report", "%n step(s) up", None, n),
    #: Part of "The coach changed exercise levels 5 times: ..., 1 step down, ...".
    R.STEPS_DOWN: lambda n: translate("Report", "%n step(s) down", None, n),
    #: Part of "The coach changed exercise levels 5 times: ..., 1 because of pain".
    R.BECAUSE_OF_PAIN: lambda n: translate("Report", "%n because of pain", None, n),
    #: {regions} lists body regions ("hips and neck") that get no exercise now.
    R.PAUSED_NOW: lambda n: translate("Report", "Paused now: {regions}."),
    #: A row of the table of pain reports: {exercise} is an exercise's name, {what} lists what the
    #: user reported during it ("pain 3 of 10 during the exercise and stopped with the pain button").
    R.EXERCISE_PAIN: lambda n: translate("Report", "{exercise}: {what}"),
    #: Part of a row of the table of pain reports: {pain} is 1-10.
    R.PAIN_DURING: lambda n: translate("Report", "pain {pain} of 10 during the exercise"),
    #: Part of a row of the table of pain reports: the user pressed "It hurts".
    R.PAIN_BUTTON: lambda n: translate("Report", "stopped with the pain button"),
    #: Part of a row of the table of pain reports: the user reported a sharp pain.
    R.SHARP_PAIN: lambda n: translate("Report", "sharp pain"),
    #: Part of a row of the table of pain reports: the user reported numbness or tingling.
    R.NUMBNESS: lambda n: translate("Report", "numbness or tingling"),
    #: A row of the table of pain reports: {pain} 1-10, felt the morning after a routine.
    R.NEXT_DAY_PAIN: lambda n: translate("Report", "Pain {pain} of 10 the morning after a routine"),
    #: A row of the table: the coach paused a body {region}; {reason} says why (a sentence); the
    #: app then showed the user a calm referral to a doctor or physiotherapist.
    R.REGION_PAUSED: lambda n: translate(
        "Report",
        "Exercises for the {region} paused: {reason}. The coach suggested having it checked by a "
        "doctor or physiotherapist.",
    ),
}
