"""Strict mode in the break policy: no Snooze, no Skip, and what the automatic start does with
each verdict; the heads-up a due break gets instead of a reminder."""

from dataclasses import replace
from datetime import UTC

import pytest

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain import break_policy as policy
from desk_coach.domain.break_policy import BreakState, Decision, StrictStart, Verdict
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import ReminderAction, ReminderSaid, compose_heads_up
from desk_coach.domain.settings import defaults


@pytest.fixture
def settings():
    return defaults(shipped_schema())


def strict(settings):
    return replace(settings, break_screen=replace(settings.break_screen, strict=True))


def test_strict_mode_offers_no_snooze_even_the_first_time(settings):
    assert policy.can_snooze(settings, BreakState())
    assert not policy.can_snooze(strict(settings), BreakState())


def test_strict_mode_offers_no_skip(settings):
    assert policy.can_skip(settings)
    assert not policy.can_skip(strict(settings))


def test_nothing_holding_the_break_starts_it():
    assert policy.strict_start(Decision(Verdict.REMIND, due_in_s=0.0)) is StrictStart.START


def test_typing_delays_the_start_without_taking_the_heads_up_away():
    assert policy.strict_start(Decision(Verdict.TYPING, due_in_s=0.0)) is StrictStart.WAIT_FOR_TYPING


@pytest.mark.parametrize("verdict", [Verdict.QUIET, Verdict.AWAY, Verdict.PAUSED, Verdict.OFF_HOURS,
                                     Verdict.NOT_DUE])
def test_whatever_else_holds_a_reminder_holds_the_start(verdict):
    assert policy.strict_start(Decision(verdict)) is StrictStart.HELD


@pytest.mark.parametrize(("kind", "body"), [(BreakKind.MICRO, ReminderSaid.HEADS_UP_STAND),
                                            (BreakKind.LONG, ReminderSaid.HEADS_UP_STRETCH)])
def test_the_heads_up_says_when_and_has_only_start(kind, body):
    heads_up = compose_heads_up(kind, 15)
    assert heads_up.heads_up and not heads_up.can_snooze
    assert heads_up.actions == (ReminderAction.START,)
    assert (heads_up.title.code, heads_up.title.values["n"]) == (ReminderSaid.HEADS_UP_TITLE, 15)
    assert [said.code for said in heads_up.body] == [body]


def test_a_break_left_by_the_way_out_counts_in_the_week_as_any_break_ended_early():
    from datetime import datetime, timedelta

    from desk_coach.domain.history import WAY_OUT_NOTE, BreakEvent, BreakEventKind
    from desk_coach.domain.week_glance import breaks_due

    start = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)

    def at(minutes: int) -> datetime:
        return start + timedelta(minutes=minutes)

    too_short = BreakEvent(at(1), BreakEventKind.PARTIAL, BreakKind.MICRO,
                           f"{WAY_OUT_NOTE}; 12 s on your feet, too short to count as a break", 0.1)
    stood = BreakEvent(at(40), BreakEventKind.PARTIAL, BreakKind.MICRO,
                       f"{WAY_OUT_NOTE}; 200 s on your feet", 0.6)
    assert too_short.left_by_way_out and stood.left_by_way_out
    assert not BreakEvent(at(2), BreakEventKind.PARTIAL, BreakKind.MICRO, "8 s on your feet").left_by_way_out
    events = [BreakEvent(at(0), BreakEventKind.DUE, BreakKind.MICRO), too_short,
              BreakEvent(at(6), BreakEventKind.DUE, BreakKind.MICRO), stood]
    counted = breaks_due(events)
    assert (counted.due, counted.ended_early, counted.put_off) == (1, 1, 0)  # the same break, come back
