"""Pull and push sets, counted with done fractions, are said to the tenth rounded half up, and
whole without a decimal: the same figure in the summary, `stats`, the balance line and `plan`."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk_coach.domain.weekly import WeekStats, sets_figure, week_days
from desk_coach.wording.figures import minutes_words, sets_words
from desk_coach.wording.week_stats_words import summary_lines


@pytest.mark.parametrize(
    ("sets", "words"),
    [(4.5, "4.5"), (4.45, "4.5"), (0.25, "0.3"), (0.15, "0.2"), (2.05, "2.1"), (0.04, "0"), (4.96, "5"),
     (3.0, "3"), (0, "0"), (1e-12, "0")],
)
def test_sets_are_said_to_the_tenth_half_up_and_whole_without_a_decimal(sets, words):
    assert sets_words(sets) == words  # "pull sets 0.0" was seen for 0.04; round(4.5) said "4"
    assert str(sets_figure(sets)) == words


def test_the_summary_says_half_sets_and_whole_ones_with_their_plural():
    week = WeekStats.empty(week_days(date(2026, 11, 25)))
    assert summary_lines(replace(week, pull_sets=0.5, push_sets=1.0))[2] == (
        "Exercise: none yet; 0.5 pull sets, 1 push set."
    )
    assert summary_lines(replace(week, pull_sets=4.96, push_sets=0.04))[2] == (
        "Exercise: none yet; 5 pull sets, 0 push sets."
    )
    assert replace(week, pull_sets=2.5).to_document()["totals"]["pull_sets"] == 2.5


def test_a_bar_label_rounds_a_quarter_minute_up_as_the_summary_does():
    assert minutes_words(0.25, tenths=True) == "0.3 min"
    assert minutes_words(2.1333, tenths=True) == "2.1 min"
    assert minutes_words(3.0, tenths=True) == "3 min"
