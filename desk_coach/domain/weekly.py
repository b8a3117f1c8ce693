"""The figures of one week, for the Progress window and `desk-coach stats`: sitting, breaks,
routines, exercise.

Pure values: storage computes the figures (by SQL aggregation) and hands them over as a
``WeekStats``. Each event counts on the local calendar day of its own stored offset, so a
bout started at 23:30 in Lisbon counts on that day even if the user now lives in Tokyo; a
bout counts on the day it started. With a night shift in the work hours a day begins when
the shift ends (``WorkHours.day_start_min``), so the shift counts whole on the day it began.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.history import BreakEventKind
from desk_coach.domain.said import Said, SaidCode, Term, said
from desk_coach.domain.week_calendar import iso_week_label, parse_iso_week, week_days, week_label

__all__ = [
    "BREAK_KINDS",
    "DayStats",
    "WeekStats",
    "break_streak",
    "iso_week_label",
    "parse_iso_week",
    "sets_figure",
    "tenth_figure",
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

    ``week`` is the week's number, ``2026-W48`` (see :func:`week_calendar.week_label`).
    ``stretch_minutes_per_side``: each target's stretching minutes counted on one side (a
    per-side stretch's left and right count once), the unit of the weekly stretching goal;
    ``exercise_minutes`` counts every minute of exercise, both sides."""

    week: str
    days: tuple[DayStats, ...]
    pull_sets: float = 0.0
    push_sets: float = 0.0
    stretch_minutes_per_side: Mapping[Target, float] = field(default_factory=dict)

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

    def summary(self, goal_minutes: int | None = None) -> tuple[Said, Said, Said]:
        """Three plain sentences: breaks and the longest bout, sitting and routines, exercise
        (worded in ``wording/sentences/week.py``).

        ``goal_minutes`` is the weekly minutes aimed at per target, said beside the targets.
        """
        longest = self.longest_bout
        if longest is None:
            first = said(WeekSaid.BREAKS_NO_SITTING, n=self.breaks_taken)
        else:
            first = said(
                WeekSaid.BREAKS_LONGEST_BOUT,
                n=self.breaks_taken,
                minutes=round(longest.longest_bout_minutes),
                weekday=Term("weekday_long", str(longest.day.weekday())),
            )
        breaks = self.breaks
        put_off = [  # "2 breaks ended early, 1 snoozed": the noun once, on the first count
            said(codes[0] if not i else codes[1], n=breaks[kind])
            for i, (kind, codes) in enumerate((k, c) for k, c in _PUT_OFF.items() if breaks[k])
        ]
        whole = round(self.sitting_minutes)
        second = said(
            WeekSaid.SITTING_ROUTINES,
            sitting=said(WeekSaid.HOURS_MINUTES, hours=whole // 60, minutes=f"{whole % 60:02d}"),
            routines=said(WeekSaid.ROUTINES, n=self.routines_completed),
            put_off=_joined(WeekSaid.COMMA_JOIN, put_off) or said(WeekSaid.NOTHING_PUT_OFF),
        )
        worked = [  # minutes to the tenth, as the Progress window's bars say them
            said(WeekSaid.TARGET_MINUTES, target=Term("week_target", target.value),
                 minutes=tenth_figure(value))
            if goal_minutes is None
            else said(
                WeekSaid.TARGET_MINUTES_GOAL,
                target=Term("week_target", target.value),
                minutes=tenth_figure(value),
                goal=goal_minutes,
            )
            for target, value in self.exercise_minutes.items()
        ]
        sets = {
            "pull": _sets_said(self.pull_sets, WeekSaid.PULL_SETS, WeekSaid.PULL_SETS_PART),
            "push": _sets_said(self.push_sets, WeekSaid.PUSH_SETS, WeekSaid.PUSH_SETS_PART),
        }
        exercise = _joined(WeekSaid.SEMICOLON_JOIN, worked)
        third = (
            said(WeekSaid.EXERCISE_NONE, **sets)
            if exercise is None
            else said(WeekSaid.EXERCISE, worked=exercise, **sets)
        )
        return first, second, third

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
                "pull_sets": sets_figure(self.pull_sets),
                "push_sets": sets_figure(self.push_sets),
            },
        }


def tenth_figure(value: float) -> int | float:
    """A figure to the tenth, rounded half up (0.15 is 0.2, 4.45 is 4.5; Python's ``round`` is
    banker's rounding and made 4.5 "4" and 0.5 "0"); an ``int`` when whole, so it is said
    without a decimal and takes the plural of its count."""
    tenths = math.floor(value * 10 + 0.5 + 1e-9)  # the margin keeps 0.15 (1.4999...) rounding up
    return tenths // 10 if tenths % 10 == 0 else tenths / 10


def sets_figure(sets: float) -> int | float:
    """Pull or push sets as every reader of the week says them (the summary, `stats` and its
    JSON, the Progress window's balance line, ``plan --week``).

    A set left half done counts half (done fractions), so sets are said to the tenth, rounded
    half up (:func:`tenth_figure`): 4.5 is "4.5 push sets", 0.04 is "0" (never "0.0"), 3 is
    "3 push sets". The exercise minutes per target in the summary are said the same way, to
    the tenth, as the Progress window's bars label them ("glutes 2.1 min", not "glutes 2 min").
    """
    return tenth_figure(sets)


def _sets_said(sets: float, whole: WeekSaid, part: WeekSaid) -> Said:
    """"4 push sets" (a count, with its plural) or "4.5 push sets" (a figure to the tenth)."""
    figure = sets_figure(sets)
    return said(whole, n=figure) if isinstance(figure, int) else said(part, sets=figure)


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


class WeekSaid(SaidCode):
    """The week's summary (worded in ``wording/sentences/week.py``)."""

    BREAKS_LONGEST_BOUT = "week.breaks_longest_bout"  # n (breaks), minutes, weekday
    BREAKS_NO_SITTING = "week.breaks_no_sitting"  # n (breaks)
    SITTING_ROUTINES = "week.sitting_routines"  # sitting, routines, put_off (clauses)
    HOURS_MINUTES = "week.hours_minutes"  # hours, minutes ("05")
    ROUTINES = "week.routines"  # n
    NOTHING_PUT_OFF = "week.nothing_put_off"
    PARTIAL_BREAKS = "week.partial_breaks"  # n, with the noun "break"
    PARTIAL = "week.partial"  # n, after another count
    SNOOZED_BREAKS = "week.snoozed_breaks"
    SNOOZED = "week.snoozed"
    DISMISSED_BREAKS = "week.dismissed_breaks"
    DISMISSED = "week.dismissed"
    SKIPPED_BREAKS = "week.skipped_breaks"
    SKIPPED = "week.skipped"
    QUIET_BREAKS = "week.quiet_breaks"
    QUIET = "week.quiet"
    COMMA_JOIN = "week.comma_join"  # first, next
    SEMICOLON_JOIN = "week.semicolon_join"  # first, next
    EXERCISE = "week.exercise"  # worked, pull, push
    EXERCISE_NONE = "week.exercise_none"  # pull, push
    TARGET_MINUTES = "week.target_minutes"  # target, minutes
    TARGET_MINUTES_GOAL = "week.target_minutes_goal"  # target, minutes, goal
    PULL_SETS = "week.pull_sets"  # n
    PUSH_SETS = "week.push_sets"  # n
    PULL_SETS_PART = "week.pull_sets_part"  # sets (a figure to the tenth, 4.5)
    PUSH_SETS_PART = "week.push_sets_part"  # sets


_PUT_OFF: dict[str, tuple[WeekSaid, WeekSaid]] = {
    "partial": (WeekSaid.PARTIAL_BREAKS, WeekSaid.PARTIAL),
    "snoozed": (WeekSaid.SNOOZED_BREAKS, WeekSaid.SNOOZED),
    "dismissed": (WeekSaid.DISMISSED_BREAKS, WeekSaid.DISMISSED),
    "skipped": (WeekSaid.SKIPPED_BREAKS, WeekSaid.SKIPPED),
    "quiet_delayed": (WeekSaid.QUIET_BREAKS, WeekSaid.QUIET),
}
"""The kinds of break the summary names when they happened: the first one said with the noun
"break", the others without."""


def _joined(join: WeekSaid, clauses: list[Said]) -> Said | None:
    """Clauses one after the other, as ``join`` puts two together; None for none."""
    if not clauses:
        return None
    joined = clauses[0]
    for clause in clauses[1:]:
        joined = said(join, first=joined, next=clause)
    return joined
