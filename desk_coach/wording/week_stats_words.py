"""A week's figures in the user's language: the three summary sentences and the table of
`desk-coach stats`."""

from __future__ import annotations

from desk_coach.domain.weekly import BREAK_KINDS, WeekStats
from desk_coach.wording.figures import minutes_words, weekday_short
from desk_coach.wording.say import say
from desk_coach.wording.translate import number, translate


def summary_lines(stats: WeekStats, goal_minutes: int | None = None) -> tuple[str, str, str]:
    """Breaks and the longest bout; sitting and routines; exercise (``WeekStats.summary``)."""
    first, second, third = stats.summary(goal_minutes)
    return say(first), say(second), say(third)


def table_lines(stats: WeekStats) -> list[str]:
    """The week as a table a person reads: one row per day and one for the week.

    Whole minutes with their unit; breaks counted by how they went (the legend under the
    table says what each column means).
    """
    rows = [
        (
            #: A day's row in the week's table: short weekday and day of the month, "Mon 02".
            translate("WeekTable", "{weekday} {day}").format(
                weekday=weekday_short(day.day.weekday()), day=f"{day.day.day:02d}"
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
            #: The last row of the week's table: the whole week's figures.
            translate("WeekTable", "Week"),
            stats.sitting_minutes,
            stats.longest_bout_minutes,
            stats.breaks,
            stats.routines_completed,
            sum(stats.exercise_minutes.values()),
        )
    )
    columns = _columns()
    widths = [len(title) for title, _ in columns]
    cells = [
        [
            label,
            minutes_words(sat),
            minutes_words(longest),
            *(number(breaks.get(k, 0)) for k in BREAK_KINDS),
            number(routines),
            minutes_words(exercise),
        ]
        for label, sat, longest, breaks, routines, exercise in rows
    ]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    table = [[title for title, _ in columns], *cells]
    lines = [
        "  ".join(
            cell.ljust(width) if align == "<" else cell.rjust(width)
            for cell, width, (_, align) in zip(row, widths, columns, strict=True)
        ).rstrip()
        for row in table
    ]
    return [*lines, "", *_legend()]


def _columns() -> tuple[tuple[str, str], ...]:
    """The stats table's columns and their alignment; the break columns follow ``BREAK_KINDS``."""
    return (
        #: Column of the week's table (`desk-coach stats`): the day.
        (translate("WeekTable", "Day"), "<"),
        #: Column of the week's table: minutes sat that day.
        (translate("WeekTable", "Sitting"), ">"),
        #: Column of the week's table: the longest time sat without a break.
        (translate("WeekTable", "Longest bout"), ">"),
        #: Column of the week's table: breaks run to their end (see the legend).
        (translate("WeekTable", "Taken"), ">"),
        #: Column of the week's table: breaks left before their end.
        (translate("WeekTable", "Ended early"), ">"),
        #: Column of the week's table: breaks the user took by getting up without a reminder.
        (translate("WeekTable", "Natural"), ">"),
        #: Column of the week's table: reminders snoozed.
        (translate("WeekTable", "Snoozed"), ">"),
        #: Column of the week's table: reminders closed without an answer.
        (translate("WeekTable", "Closed"), ">"),
        #: Column of the week's table: reminders skipped.
        (translate("WeekTable", "Skipped"), ">"),
        #: Column of the week's table: breaks delayed by quiet time (a call, a film).
        (translate("WeekTable", "Held back"), ">"),
        #: Column of the week's table: routines completed.
        (translate("WeekTable", "Routines"), ">"),
        #: Column of the week's table: minutes of guided exercise.
        (translate("WeekTable", "Exercise"), ">"),
    )


def _legend() -> tuple[str, ...]:
    """What the columns mean, under the table (the column names appear in it as they are)."""
    return (
        #: Legend under the week's table, line 1 of 4; the capitalised words are the column names.
        translate(
            "WeekTable", "Breaks: Taken = a break run to its end; Ended early = a break left before its end;"
        ),
        #: Legend under the week's table, line 2 of 4.
        translate(
            "WeekTable",
            "Natural = you got up by yourself; Snoozed and Skipped = reminders put off or declined;",
        ),
        #: Legend under the week's table, line 3 of 4.
        translate(
            "WeekTable", "Closed = reminders closed without an answer; Held back = delayed by quiet time."
        ),
        #: Legend under the week's table, line 4 of 4.
        translate("WeekTable", "Routines = routines completed; Exercise = minutes of guided exercise."),
    )
