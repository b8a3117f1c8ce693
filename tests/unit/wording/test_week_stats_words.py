"""A week's figures in words: the summary and the stats table read as before in English, with
counts in the right number, and in German once its catalogue says so."""

from __future__ import annotations

from datetime import date

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.weekly import DayStats, WeekStats, week_days
from desk_coach.wording.week_stats_words import summary_lines, table_lines


def a_week() -> WeekStats:
    days = week_days(date(2026, 3, 2))
    tuesday = DayStats(
        days[1],
        52.0,
        52.0,
        {"taken": 1, "natural": 1, "snoozed": 1, "partial": 2},
        routines_completed=2,
        exercise_minutes={Target.HIP_FLEXORS: 12.4},
    )
    return WeekStats("2026-W10", (DayStats(days[0]), tuesday, *map(DayStats, days[2:])), 2.6, 1.0)


def test_the_summary_counts_in_whole_words_and_names_the_day_of_the_longest_bout() -> None:
    assert summary_lines(a_week(), goal_minutes=30) == (
        "You broke up sitting 2 times; longest bout 52 min on Tuesday.",
        "Sitting in all: 0 h 52 min; 2 routines completed; 2 breaks ended early, 1 snoozed.",
        "Exercise: hip flexors 12.4 min, goal 30; 2.6 pull sets, 1 push set.",
    )


def test_an_empty_week_says_so() -> None:
    days = week_days(date(2026, 3, 2))
    empty = WeekStats("2026-W10", tuple(map(DayStats, days)))
    assert summary_lines(empty) == (
        "You broke up sitting 0 times; no sitting recorded.",
        "Sitting in all: 0 h 00 min; 0 routines completed; no break put off or cut short.",
        "Exercise: none yet; 0 pull sets, 0 push sets.",
    )


def test_the_table_has_a_row_a_day_a_row_for_the_week_and_its_legend() -> None:
    lines = table_lines(a_week())
    assert lines[0].split("  ")[0] == "Day"
    assert lines[0].endswith("Routines  Exercise")
    assert lines[1].startswith("Mon 02")
    assert lines[2].startswith("Tue 03") and lines[2].endswith("2    12 min")
    assert lines[8].startswith("Week")
    assert lines[9] == ""
    assert lines[10].startswith("Breaks: Taken = a break run to its end;")
    assert len({len(line) for line in lines[:9]}) <= 2  # aligned columns (a last empty cell is cut)
