"""A break screen never covers a locked screen, and gives way to a call (issue 16, 1).

The coach tells its view when the session locks and unlocks during a covered break (the view
hides the cover and shows it again), and when a quiet time the user keeps begins during it (the
view lifts the cover for the rest of the break and keeps the break's window). A break without a
cover hears nothing of either. The user (``simulation.OfficeWorker``) starts the first break.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from simulation import Simulation, Span, monday_at

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.break_screen import Cover
from desk_coach.domain.reminders import ReminderAction
from desk_coach.domain.settings import defaults


def started(tmp_path, *, enabled: bool = True) -> Simulation:
    settings = defaults(shipped_schema())
    settings = replace(settings, break_screen=replace(settings.break_screen, enabled=enabled))
    sim = Simulation(monday_at(9, 0), tmp_path / "desk-coach.db", settings)
    sim.answer_after = timedelta(days=1)  # answered by hand below
    sim.user.work.append(Span(monday_at(9, 0), monday_at(12, 0)))
    sim.coach.start()
    sim.first_reminder()
    sim.notifier.answer(ReminderAction.START)
    now = sim.clock.now()
    sim.user.away.append(Span(now, now + timedelta(minutes=10)))  # standing, no input
    assert sim.view.breaks, "the break began"
    return sim


def test_the_cover_hides_while_the_session_is_locked_and_comes_back_after(tmp_path):
    sim = started(tmp_path)
    assert sim.view.covers == [Cover.COVER]
    began = sim.clock.now()
    sim.user.locked.append(Span(began + timedelta(seconds=20), began + timedelta(seconds=60)))
    sim.run_until(began + timedelta(seconds=40))
    assert sim.view.cover_changes == ["locked"]
    sim.run_until(began + timedelta(seconds=80))
    assert sim.view.cover_changes == ["locked", "unlocked"]


def test_a_call_during_the_break_lifts_the_cover_once(tmp_path):
    sim = started(tmp_path)
    began = sim.clock.now()
    sim.user.meetings.append(Span(began + timedelta(seconds=20), began + timedelta(minutes=30)))
    sim.run_until(began + timedelta(seconds=90))
    assert sim.view.cover_changes == ["lifted"]


def test_a_fullscreen_window_during_the_break_leaves_the_cover_where_it_is(tmp_path):
    """The cover is itself a fullscreen window in front: the quiet-time sensor sees it (Windows'
    notification state says "busy" for any fullscreen window in front), and it must not lift
    itself."""
    sim = started(tmp_path)
    began = sim.clock.now()
    sim.user.fullscreen.append(Span(began, began + timedelta(minutes=30)))
    sim.run_until(began + timedelta(seconds=90))
    assert sim.view.cover_changes == []


@pytest.mark.parametrize("what", ["lock", "call"])
def test_a_break_without_a_cover_hears_nothing_of_locks_and_calls(tmp_path, what):
    sim = started(tmp_path, enabled=False)
    assert sim.view.covers == [Cover.NONE]
    began = sim.clock.now()
    spans = sim.user.locked if what == "lock" else sim.user.meetings
    spans.append(Span(began + timedelta(seconds=10), began + timedelta(seconds=60)))
    sim.run_until(began + timedelta(seconds=90))
    assert sim.view.cover_changes == []
