"""No reminder stays on a locked screen: X11's notification servers (dunst, xfce4-notifyd) draw
above XScreenSaver, so a reminder left up would sit over the lock screen for passers-by.

A user at the desk all morning (``simulation.morning_at_the_desk``) who answers nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulation import Simulation, Span, monday_at, morning_at_the_desk

from desk_coach.domain.history import BoutEnd, BreakEventKind

at = monday_at  # a Monday in the simulation's time zone


@pytest.fixture
def sim(tmp_path) -> Simulation:
    return morning_at_the_desk(tmp_path / "desk-coach.db")


def test_a_short_lock_withdraws_the_reminder_and_it_comes_back_once_unlocked(sim):
    shown_at = sim.first_reminder()
    locked_at, unlocked_at = shown_at + timedelta(seconds=10), shown_at + timedelta(seconds=70)
    sim.user.locked.append(Span(locked_at, unlocked_at))  # shorter than a natural break
    sim.run_until(unlocked_at - timedelta(seconds=1))
    assert len(sim.notifier.withdrawn) == 1
    assert locked_at <= sim.notifier.withdrawn[0] < unlocked_at
    assert len(sim.reminders()) == 1  # none shown while locked
    sim.run_until(unlocked_at + timedelta(seconds=30))
    assert len(sim.reminders()) == 2  # the break is still due: shown again
    assert sim.reminders()[1][0] >= unlocked_at
    due = [event for event in sim.stored()[1] if event.kind == BreakEventKind.DUE]
    assert len(due) == 1  # one due break, shown twice
    assert sim.stored()[0] == []  # the bout goes on


def test_a_long_lock_ends_the_bout_as_locked_and_no_reminder_is_left_up(sim):
    shown_at = sim.first_reminder()
    locked_at = shown_at + timedelta(seconds=10)
    sim.user.locked.append(Span(locked_at, at(11, 0)))
    sim.run_until(at(10, 30))
    bouts, _ = sim.stored()
    assert [bout.end_reason for bout in bouts] == [BoutEnd.LOCK]
    assert sim.notifier.withdrawn and sim.notifier.withdrawn[0] < at(10, 30)
    assert len(sim.reminders()) == 1
    assert sim.notifier.pending is None


def test_a_reminder_left_up_while_the_user_is_away_goes_when_the_bout_ends(sim):
    shown_at = sim.first_reminder()
    away_from = shown_at + timedelta(seconds=5)
    sim.user.away.append(Span(away_from, at(11, 0)))  # no input, the screen not locked
    sim.run_until(at(10, 30))
    bouts, _ = sim.stored()
    assert [bout.end_reason for bout in bouts] == [BoutEnd.IDLE]
    assert len(sim.notifier.withdrawn) == 1  # before the user is back
    assert sim.notifier.pending is None
