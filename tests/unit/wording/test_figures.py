"""Each kind of figure reads one way wherever the user meets it: the plan, the what-changed
message (tests/unit/coaching say "now 3 sets of 10" there), the Progress window and stats."""

from __future__ import annotations

from datetime import date

from desk_coach.domain.coaching.exercises import HoldDose, RepsDose, TimedDose
from desk_coach.wording.figures import (
    dose_words,
    duration_words,
    hours_minutes_words,
    minutes_words,
    sets_words,
    week_number,
    week_span_words,
)


def test_one_form_for_each_dose():
    assert dose_words(RepsDose(12, 3), False) == "3 sets of 12"
    assert dose_words(RepsDose(8, 1), True) == "1 set of 8 each side"
    assert dose_words(HoldDose(30, 2), True) == "2 \N{MULTIPLICATION SIGN} 30 s each side"
    assert dose_words(HoldDose(45, 1), False) == "45 s hold"
    assert dose_words(TimedDose(3), False) == "3 min"


def test_durations_minutes_sets_and_weeks():
    assert duration_words(45) == "45 s"
    assert duration_words(200) == "about 3 min"
    assert minutes_words(52.4) == "52 min"
    assert minutes_words(2.5, tenths=True) == "2.5 min"
    assert minutes_words(3.0, tenths=True) == "3 min"
    assert hours_minutes_words(1330) == "22 h 10 min"
    assert sets_words(6.0) == "6" and sets_words(4.5) == "4.5"
    assert week_number("2026-W48") == "48" and week_number("2027-W01") == "1"
    assert week_span_words(date(2026, 12, 28), date(2027, 1, 3)) == "Mon 28 Dec to Sun 3 Jan 2027"
