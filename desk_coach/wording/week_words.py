"""A week's figures in the user's words: the three summary lines and the day-by-day table of
``desk-coach stats`` (and, once they read it from here, the Progress window and the weekly
summary). The figures themselves come from ``domain/weekly.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import BREAK_KINDS, WeekStats
from desk_coach.wording.figures import hours_minutes_words, minutes_words, weekday_short
from desk_coach.wording.translate import number, translate


def summary_lines(stats: WeekStats, goal_minutes: int | None = None) -> tuple[str, str, str]:
    """Three plain lines: breaks and the longest bout, sitting and routines, exercise.

    ``goal_minutes`` is the weekly minutes aimed at per target, said beside the targets.
    """
    return _breaks_line(stats), _sitting_line(stats), _exercise_line(stats, goal_minutes)


def _breaks_line(stats: WeekStats) -> str:
    longest = stats.longest_bout
    if longest is None:
        #: The week's summary, when no sitting was recorded (instead of the longest bout).
        bout = translate("WeekFigures", "no sitting recorded")
    else:
        #: The week's summary: {minutes} is "52 min", {weekday} a weekday's full name ("Tuesday").
        bout = translate("WeekFigures", "longest bout {minutes} on {weekday}").format(
            minutes=minutes_words(longest.longest_bout_minutes),
            weekday=weekday_name(longest.day.weekday()),
        )
    taken = stats.breaks_taken
    #: The first line of the week's summary: %n is how many breaks were taken, {bout} the longest bout.
    return translate("WeekFigures", "You broke up sitting %n time(s); {bout}.", None, taken).format(bout=bout)


def _sitting_line(stats: WeekStats) -> str:
    breaks = stats.breaks
    put_off = [(breaks[kind], words) for kind, words in _PUT_OFF.items() if breaks.get(kind)]
    if put_off:  # "2 breaks ended early, 1 snoozed": the noun once, on the first count
        (first_count, first_words), *rest = put_off
        #: The first of the breaks put off in a week: "2 breaks ended early"; {what} says how.
        first = translate("WeekFigures", "%n break(s) {what}", None, first_count)
        parts = [first.format(what=first_words())]
        #: The next breaks put off in a week, after "2 breaks ended early": "1 snoozed".
        parts += [
            translate("WeekFigures", "{count} {what}").format(count=number(count), what=words())
            for count, words in rest
        ]
        #: Joins the breaks put off in a week: "2 breaks ended early, 1 snoozed".
        put_off_words = translate("WeekFigures", ", ").join(parts)
    else:
        #: The week's summary, when every break was taken as it came.
        put_off_words = translate("WeekFigures", "no break put off or cut short")
    routines = stats.routines_completed
    #: The second line of the week's summary: {sitting} is "22 h 10 min", %n the routines completed,
    #: {put_off} the breaks put off ("2 breaks ended early, 1 snoozed").
    line = translate(
        "WeekFigures", "Sitting in all: {sitting}; %n routine(s) completed; {put_off}.", None, routines
    )
    return line.format(sitting=hours_minutes_words(stats.sitting_minutes), put_off=put_off_words)


def _exercise_line(stats: WeekStats, goal_minutes: int | None) -> str:
    worked = []
    for target, value in stats.exercise_minutes.items():
        minutes = minutes_words(value)
        if goal_minutes is not None:
            #: Minutes of exercise for a target in a week and the weekly goal: "52 min, goal 60".
            with_goal = translate("WeekFigures", "{minutes}, goal {goal}")
            minutes = with_goal.format(minutes=minutes, goal=number(goal_minutes))
        #: A target and its minutes of exercise in a week: "hip flexors 12 min".
        named = translate("WeekFigures", "{target} {minutes}")
        worked.append(named.format(target=target_name(target), minutes=minutes))
    #: Sets of pulling exercise in a week, in its summary.
    pull = translate("WeekFigures", "%n pull set(s)", None, round(stats.pull_sets))
    #: Sets of pushing exercise in a week, in its summary.
    push = translate("WeekFigures", "%n push set(s)", None, round(stats.push_sets))
    #: The week's summary, when no guided exercise was done.
    none = translate("WeekFigures", "none yet")
    #: Joins targets and their minutes in the week's summary: "hip flexors 12 min; chest 5 min".
    joined = translate("WeekFigures", "; ").join(worked) or none
    #: The third line of the week's summary: {worked} lists targets and minutes, {pull} and {push}
    #: the sets ("3 pull sets").
    line = translate("WeekFigures", "Exercise: {worked}; {pull}, {push}.")
    return line.format(worked=joined, pull=pull, push=push)


def table_lines(stats: WeekStats) -> list[str]:
    """The week as a table a person reads: one row per day and one for the week.

    Whole minutes with their unit; breaks counted by how they went (the legend under the table
    says what each column means).
    """
    rows = [
        (
            #: A day in the stats table: short weekday and day of the month, "Tue 03".
            translate("WeekFigures", "{weekday} {day}").format(
                weekday=weekday_short(day.day.weekday()), day=f"{day.day:%d}"
            ),
            day.sitting_minutes,
            day.longest_bout_minutes,
            day.breaks,
            day.routines_completed,
            sum(day.exercise_minutes.values()),
        )
        for day in stats.days
    ]
    rows.append(
        (
            #: The last row of the stats table: the whole week.
            translate("WeekFigures", "Week"),
            stats.sitting_minutes,
            stats.longest_bout_minutes,
            stats.breaks,
            stats.routines_completed,
            sum(stats.exercise_minutes.values()),
        )
    )
    columns = _columns()
    cells = [
        [
            label,
            minutes_words(sat),
            minutes_words(longest),
            *(number(breaks.get(kind, 0)) for kind in BREAK_KINDS),
            number(routines),
            minutes_words(exercise),
        ]
        for label, sat, longest, breaks, routines, exercise in rows
    ]
    table = [[title for title, _ in columns], *cells]
    widths = [max(len(row[index]) for row in table) for index in range(len(columns))]
    lines = [
        "  ".join(
            cell.ljust(width) if align == "<" else cell.rjust(width)
            for cell, width, (_, align) in zip(row, widths, columns, strict=True)
        ).rstrip()
        for row in table
    ]
    return [*lines, "", *_legend()]


def _columns() -> tuple[tuple[str, str], ...]:
    """The table's column titles and their alignment; the break columns follow ``BREAK_KINDS``."""
    return (
        #: Column titles of the stats table (short: the table is printed in a terminal).
        (translate("WeekFigures", "Day"), "<"),
        (translate("WeekFigures", "Sitting"), ">"),
        (translate("WeekFigures", "Longest bout"), ">"),
        #: A column of the stats table: breaks run to their end.
        (translate("WeekFigures", "Taken"), ">"),
        (translate("WeekFigures", "Ended early"), ">"),
        (translate("WeekFigures", "Natural"), ">"),
        (translate("WeekFigures", "Snoozed"), ">"),
        (translate("WeekFigures", "Closed"), ">"),
        (translate("WeekFigures", "Skipped"), ">"),
        (translate("WeekFigures", "Held back"), ">"),
        (translate("WeekFigures", "Routines"), ">"),
        (translate("WeekFigures", "Exercise"), ">"),
    )


def _legend() -> tuple[str, ...]:
    return (
        #: The legend under the stats table, a line each; the names before "=" are its column titles.
        translate(
            "WeekFigures",
            "Breaks: Taken = a break run to its end; Ended early = a break left before its end;",
        ),
        #: The legend under the stats table, a line each; the names before "=" are its column titles.
        translate(
            "WeekFigures",
            "Natural = you got up by yourself; Snoozed and Skipped = reminders put off or declined;",
        ),
        #: The legend under the stats table, a line each; the names before "=" are its column titles.
        translate(
            "WeekFigures",
            "Closed = reminders closed without an answer; Held back = delayed by quiet time.",
        ),
        #: The legend under the stats table, a line each; the names before "=" are its column titles.
        translate("WeekFigures", "Routines = routines completed; Exercise = minutes of guided exercise."),
    )


_PUT_OFF: dict[str, Callable[[], str]] = {
    #: How breaks were put off, after "2 breaks" in the week's summary.
    "partial": lambda: translate("WeekFigures", "ended early"),
    "snoozed": lambda: translate("WeekFigures", "snoozed"),
    "dismissed": lambda: translate("WeekFigures", "closed unanswered"),
    "skipped": lambda: translate("WeekFigures", "skipped"),
    "quiet_delayed": lambda: translate("WeekFigures", "held back in quiet time"),
}
"""The kinds of break the summary names when they happened, with their words."""


def weekday_name(weekday: int) -> str:
    """A weekday's full name, 0 = Monday: "Monday"."""
    return (
        translate("Weekdays", "Monday"),
        translate("Weekdays", "Tuesday"),
        translate("Weekdays", "Wednesday"),
        translate("Weekdays", "Thursday"),
        translate("Weekdays", "Friday"),
        translate("Weekdays", "Saturday"),
        translate("Weekdays", "Sunday"),
    )[weekday]


def target_name(target: Target) -> str:
    """A body target as the week's figures name it: "hip flexors"."""
    names: dict[Target, Callable[[], str]] = {
        #: Body targets of exercise, in the week's summary ("hip flexors 12 min").
        Target.HIP_FLEXORS: lambda: translate("WeekFigures", "hip flexors"),
        Target.CHEST: lambda: translate("WeekFigures", "chest"),
        Target.GLUTES: lambda: translate("WeekFigures", "glutes"),
        Target.UPPER_BACK: lambda: translate("WeekFigures", "upper back"),
        #: The thoracic spine (mid back) as a target of exercise.
        Target.THORACIC: lambda: translate("WeekFigures", "thoracic"),
        Target.HAMSTRINGS: lambda: translate("WeekFigures", "hamstrings"),
        Target.NECK: lambda: translate("WeekFigures", "neck"),
        Target.WALK: lambda: translate("WeekFigures", "walk"),
    }
    return names[target]() if target in names else target.value.replace("_", " ")
