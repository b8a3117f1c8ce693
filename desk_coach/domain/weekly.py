"""The figures of one week, for the Progress window and `desk-coach stats`: sitting, breaks,
routines, exercise.

Pure values: storage computes the figures (by SQL aggregation) and hands them over as a
``WeekStats``. Each event counts on the local calendar day of its own stored offset, so a
bout started at 23:30 in Lisbon counts on that day even if the user now lives in Tokyo; a
bout counts on the day it started. With a night shift in the work hours a day begins when
the shift ends (``WorkHours.day_start_min``), so the shift counts whole on the day it began.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.figures import hours_minutes_words, minutes_words
from desk_coach.domain.history import BreakEventKind
from desk_coach.domain.week_calendar import iso_week_label, parse_iso_week, week_days, week_label

__all__ = [
    "BREAK_KINDS",
    "DayStats",
    "WeekStats",
    "break_streak",
    "counted",
    "iso_week_label",
    "parse_iso_week",
    "week_days",
    "week_label",
]

BREAK_KINDS: tuple[str, ...] = tuple(
    kind.value
    for kind in (
        BreakEventKind.TAKEN,
        BreakEventKind.PARTIAL,
        BreakEventKind.NATURAL,
        BreakEventKind.SNOOZED,
        BreakEventKind.DISMISSED,
        BreakEventKind.SKIPPED,
        BreakEventKind.QUIET_DELAYED,
    )
)
"""The break-event kinds a week counts, named by their owner ``BreakEventKind``: breaks run to
their end, breaks ended early, breaks taken away from the desk, and reminders snoozed, closed
unanswered, skipped or held back by quiet time."""


@dataclass(frozen=True)
class DayStats:
    """One local calendar day. Minutes are fractional; ``exercise_minutes`` only lists the
    targets worked that day; ``breaks`` counts each of ``BREAK_KINDS`` (0 when none)."""

    day: date
    sitting_minutes: float = 0.0
    longest_bout_minutes: float = 0.0
    breaks: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(BREAK_KINDS, 0))
    routines_completed: int = 0
    exercise_minutes: Mapping[Target, float] = field(default_factory=dict)

    @property
    def breaks_taken(self) -> int:
        """Times sitting was broken up: guided breaks taken plus natural ones."""
        return self.breaks.get("taken", 0) + self.breaks.get("natural", 0)


@dataclass(frozen=True)
class WeekStats:
    """The seven days of one week and the week's pull and push sets (done fraction counted).

    ``week`` is the week's number, ``2026-W48`` (see :func:`week_calendar.week_label`)."""

    week: str
    days: tuple[DayStats, ...]
    pull_sets: float = 0.0
    push_sets: float = 0.0

    @classmethod
    def empty(cls, days: tuple[date, ...]) -> WeekStats:
        return cls(week_label(days), tuple(DayStats(day) for day in days))

    @property
    def sitting_minutes(self) -> float:
        return sum(day.sitting_minutes for day in self.days)

    @property
    def longest_bout(self) -> DayStats | None:
        """The day of the week's longest bout (the first such day), None without any bout."""
        best = max(self.days, key=lambda day: day.longest_bout_minutes, default=None)
        return best if best is not None and best.longest_bout_minutes > 0 else None

    @property
    def longest_bout_minutes(self) -> float:
        return max((day.longest_bout_minutes for day in self.days), default=0.0)

    @property
    def breaks(self) -> dict[str, int]:
        return {kind: sum(day.breaks.get(kind, 0) for day in self.days) for kind in BREAK_KINDS}

    @property
    def breaks_taken(self) -> int:
        return sum(day.breaks_taken for day in self.days)

    @property
    def routines_completed(self) -> int:
        return sum(day.routines_completed for day in self.days)

    @property
    def exercise_minutes(self) -> dict[Target, float]:
        totals: dict[Target, float] = {}
        for day in self.days:
            for target, minutes in day.exercise_minutes.items():
                totals[target] = totals.get(target, 0.0) + minutes
        return {target: totals[target] for target in Target if target in totals}

    def summary_lines(self, goal_minutes: int | None = None) -> tuple[str, str, str]:
        """Three plain lines: breaks and the longest bout, sitting and routines, exercise.

        ``goal_minutes`` is the weekly minutes aimed at per target, said beside the targets.
        """
        longest = self.longest_bout
        bout = (
            f"longest bout {minutes_words(longest.longest_bout_minutes)} on {longest.day:%A}"
            if longest is not None
            else "no sitting recorded"
        )
        first = f"You broke up sitting {counted(self.breaks_taken, 'time')}; {bout}."
        breaks = self.breaks
        put_off = [f"{breaks[kind]} {words}" for kind, words in _PUT_OFF if breaks[kind]]
        if put_off:  # "2 breaks ended early, 1 snoozed": the noun once, on the first count
            count, _, words = put_off[0].partition(" ")
            put_off[0] = f"{counted(int(count), 'break')} {words}"
        second = (
            f"Sitting in all: {hours_minutes_words(self.sitting_minutes)}; "
            f"{counted(self.routines_completed, 'routine')} completed; "
            f"{', '.join(put_off) if put_off else 'no break put off or cut short'}."
        )
        minutes = self.exercise_minutes
        goal = "" if goal_minutes is None else f", goal {goal_minutes}"
        worked = "; ".join(
            f"{target.value.replace('_', ' ')} {minutes_words(value)}{goal}"
            for target, value in minutes.items()
        )
        third = (
            f"Exercise: {worked or 'none yet'}; "
            f"{counted(round(self.pull_sets), 'pull set')}, {counted(round(self.push_sets), 'push set')}."
        )
        return first, second, third

    def table_lines(self) -> list[str]:
        """The week as a table a person reads: one row per day and one for the week.

        Whole minutes with their unit; breaks counted by how they went (the legend under the
        table says what each column means).
        """
        rows = [
            (
                f"{day.day:%a %d}",
                day.sitting_minutes,
                day.longest_bout_minutes,
                day.breaks,
                day.routines_completed,
                sum(day.exercise_minutes.values()),
            )
            for day in self.days
        ]
        rows.append(
            (
                "Week",
                self.sitting_minutes,
                self.longest_bout_minutes,
                self.breaks,
                self.routines_completed,
                sum(self.exercise_minutes.values()),
            )
        )
        widths = [len(title) for title, _ in _COLUMNS]
        cells = [
            [
                label,
                minutes_words(sat),
                minutes_words(longest),
                *(str(breaks.get(k, 0)) for k in BREAK_KINDS),
                str(routines),
                minutes_words(exercise),
            ]
            for label, sat, longest, breaks, routines, exercise in rows
        ]
        for row in cells:
            widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
        table = [[title for title, _ in _COLUMNS], *cells]
        lines = [
            "  ".join(
                cell.ljust(width) if align == "<" else cell.rjust(width)
                for cell, width, (_, align) in zip(row, widths, _COLUMNS, strict=True)
            ).rstrip()
            for row in table
        ]
        return [*lines, "", *_LEGEND]

    def to_document(self) -> dict[str, object]:
        """The same figures as JSON-ready values (minutes rounded to 0.1)."""
        return {
            "week": self.week,
            "days": [
                {
                    "date": day.day.isoformat(),
                    "sitting_minutes": round(day.sitting_minutes, 1),
                    "longest_bout_minutes": round(day.longest_bout_minutes, 1),
                    "breaks": {kind: day.breaks.get(kind, 0) for kind in BREAK_KINDS},
                    "routines_completed": day.routines_completed,
                    "exercise_minutes": {t.value: round(m, 1) for t, m in day.exercise_minutes.items()},
                }
                for day in self.days
            ],
            "totals": {
                "sitting_minutes": round(self.sitting_minutes, 1),
                "longest_bout_minutes": round(self.longest_bout_minutes, 1),
                "breaks": self.breaks,
                "routines_completed": self.routines_completed,
                "exercise_minutes": {t.value: round(m, 1) for t, m in self.exercise_minutes.items()},
                "pull_sets": round(self.pull_sets, 1),
                "push_sets": round(self.push_sets, 1),
            },
        }


def break_streak(days_with_breaks: Sequence[date], today: date) -> int:
    """How many local days in a row, up to today, had at least one break taken or natural.

    Today is not over yet, so a today without a break does not break the streak: the run is
    then counted up to yesterday (a streak kept until yesterday still shows in the morning).
    A day after ``today`` is ignored; duplicates and order do not matter. 0 without a run
    that reaches yesterday or today.
    """
    days = {day for day in days_with_breaks if day <= today}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def counted(number: int, noun: str) -> str:
    """``1 routine``, ``2 routines``, ``0 routines``: a count with its noun in the right number."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


_COLUMNS = (
    ("Day", "<"),
    ("Sitting", ">"),
    ("Longest bout", ">"),
    ("Taken", ">"),
    ("Ended early", ">"),
    ("Natural", ">"),
    ("Snoozed", ">"),
    ("Closed", ">"),
    ("Skipped", ">"),
    ("Held back", ">"),
    ("Routines", ">"),
    ("Exercise", ">"),
)
"""The stats table's columns and their alignment; the break columns follow ``BREAK_KINDS``."""

_PUT_OFF = (
    ("partial", "ended early"),
    ("snoozed", "snoozed"),
    ("dismissed", "closed unanswered"),
    ("skipped", "skipped"),
    ("quiet_delayed", "held back in quiet time"),
)
"""The kinds of break the summary names when they happened, with their words."""

_LEGEND = (
    "Breaks: Taken = a break run to its end; Ended early = a break left before its end;",
    "Natural = you got up by yourself; Snoozed and Skipped = reminders put off or declined;",
    "Closed = reminders closed without an answer; Held back = delayed by quiet time.",
    "Routines = routines completed; Exercise = minutes of guided exercise.",
)

