"""The snooze lengths on offer and what a chosen length does to the break's state (issue 16, 4)."""

from __future__ import annotations

from dataclasses import replace

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain import break_policy as policy
from desk_coach.domain.break_policy import BreakState
from desk_coach.domain.settings import Snooze, SnoozeLength, defaults
from desk_coach.domain.snooze_lengths import is_snooze_length, snooze_lengths, snooze_note

SETTINGS = defaults(shipped_schema())


def test_the_shipped_list_is_5_10_15_30_and_60_minutes():
    assert SETTINGS.snooze.length_min == 5
    assert snooze_lengths(SETTINGS.snooze) == (5, 10, 15, 30, 60)


def test_the_usual_length_comes_first_and_once_even_when_it_is_on_the_list():
    snooze = Snooze(length_min=15, max_in_a_row=2, other_lengths_min=frozenset({"60", "5", "15"}))
    assert snooze_lengths(snooze) == (15, 5, 60)
    assert snooze.other_lengths_min == {SnoozeLength.M5, SnoozeLength.M15, SnoozeLength.M60}


def test_with_no_other_lengths_only_the_usual_one_is_on_offer():
    snooze = Snooze(length_min=7, max_in_a_row=2)
    assert snooze_lengths(snooze) == (7,)
    assert is_snooze_length(snooze, 7) and not is_snooze_length(snooze, 10)


def test_a_chosen_length_moves_the_due_time_and_counts_as_a_snooze():
    state = BreakState(interval_start_mono=0.0, snoozes_in_a_row=1)
    chosen = policy.snoozed(SETTINGS, state, 1000.0, 30)
    assert chosen.snoozed_until_mono == 1000.0 + 30 * 60
    assert chosen.snoozes_in_a_row == 2
    assert not policy.can_snooze(SETTINGS, chosen)  # the limit of two counts it like any other


def test_without_a_length_the_usual_one_applies():
    settings = replace(SETTINGS, snooze=replace(SETTINGS.snooze, length_min=12))
    assert policy.snoozed(settings, BreakState(), 0.0).snoozed_until_mono == 12 * 60


def test_the_note_keeps_the_length_in_minutes():
    assert snooze_note(10) == "for 10 min"
    assert snooze_note(0.1) == "for 0.1 min"  # the test timing's fractions of a minute
