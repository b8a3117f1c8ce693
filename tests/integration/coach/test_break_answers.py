"""Every answer to a break is handled: a reminder closed unanswered, a snoozed break skipped, a
break left early, and the status says what is true at each step.

The real Coach on a ManualClock with the fakes and a real SQLite file (tests/support/simulation).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from simulation import Simulation, Span, monday_at, morning_at_the_desk

from desk_coach.domain.history import BoutEnd, BreakEventKind
from desk_coach.domain.reminders import ReminderAction
from desk_coach.services.coach import NOT_SHOWN_NOTE
from desk_coach.services.coach_status import CoachState
from desk_coach.wording.reminder_words import body_words
from desk_coach.wording.status_words import status_line

at = monday_at


@pytest.fixture
def sim(tmp_path):
    return morning_at_the_desk(tmp_path / "desk-coach.db")


def first_reminder(sim: Simulation) -> datetime:
    return sim.first_reminder()


def outcome(**fields):
    """What the break window reports (imported here: the type is new with partial breaks)."""
    from desk_coach.services.coach import BreakOutcome

    return BreakOutcome(**fields)


def kinds(sim: Simulation) -> list[BreakEventKind]:
    return [event.kind for event in sim.stored()[1]]


def summary(sim: Simulation) -> str:
    return status_line(sim.coach.status().summary(sim.clock.now()))


# -- 1. a reminder closed without an answer ---------------------------------------------------------


def test_a_reminder_closed_unanswered_is_stored_and_comes_back_after_the_snooze_length(sim):
    shown_at = first_reminder(sim)
    sim.run_until(shown_at + timedelta(seconds=10))
    sim.notifier.answer(ReminderAction.DISMISS)  # the notification's close button, say

    assert kinds(sim)[-1] == BreakEventKind.DISMISSED
    status = sim.coach.status()
    assert status.state == CoachState.SITTING
    back = shown_at + timedelta(seconds=10, minutes=5)
    assert f"reminder closed, back at {back:%H:%M}" in summary(sim)

    sim.run_until(back + timedelta(seconds=30))
    assert len(sim.reminders()) == 2
    assert sim.reminders()[1][0] - back < timedelta(seconds=20)  # after the snooze length and a typing pause
    assert "Snoozed once already" in body_words(sim.reminders()[1][1])


def test_closing_reminders_counts_towards_the_snooze_limit_and_never_silences_them(sim):
    first_reminder(sim)
    for n in range(3):
        sim.notifier.answer(ReminderAction.DISMISS)
        sim.run_until(sim.clock.now() + timedelta(minutes=5, seconds=30))
        assert len(sim.reminders()) == n + 2, f"after dismissal {n + 1}"
    limits = [reminder.can_snooze for _, reminder in sim.reminders()]
    assert limits == [True, True, False, False]  # two in a row may be put off; then Start or Skip
    assert kinds(sim).count(BreakEventKind.DISMISSED) == 3
    assert not sim.coach.can_snooze_now


# -- 3. skipping a snoozed break ----------------------------------------------------------------------


def test_a_snoozed_break_can_be_skipped_and_the_skip_holds(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.SNOOZE)
    sim.run_until(shown_at + timedelta(minutes=1))
    assert sim.coach.can_skip_now

    sim.coach.skip()

    assert kinds(sim)[-2:] == [BreakEventKind.SNOOZED, BreakEventKind.SKIPPED]
    assert not sim.coach.can_skip_now
    sim.run_until(shown_at + timedelta(minutes=20))
    assert len(sim.reminders()) == 1  # the snoozed reminder does not come back
    sim.run_until(shown_at + timedelta(minutes=32))
    assert len(sim.reminders()) == 2  # the next one a whole interval after the skip
    assert "You skipped the last break" in body_words(sim.reminders()[1][1])


# -- 4. the status says what is true now ------------------------------------------------------------


def test_the_status_follows_the_reminder_from_typing_to_on_screen_to_snoozed(sim):
    sim.run_until(at(9, 30, 1))  # due, but the user types: it waits for a pause
    assert "break waits for a pause in your typing" in summary(sim)
    first_reminder(sim)
    for _ in range(6):  # typing again while the reminder waits for an answer
        sim.run_until(sim.clock.now() + timedelta(seconds=5))
        assert sim.coach.status().state == CoachState.BREAK_DUE
        assert summary(sim).endswith("time for a break · reminder on screen, waiting for your answer")
    sim.notifier.answer(ReminderAction.SNOOZE)
    back = sim.clock.now() + timedelta(minutes=5)
    assert summary(sim).endswith(f"snoozed until {back:%H:%M}")
    sim.coach.start_break()
    assert summary(sim) == "On a break"


def test_a_reminder_in_a_tray_balloon_is_answered_from_the_tray_menu_and_the_status_says_so(sim):
    first_reminder(sim)
    sim.notifier.last_channel = "tray"  # a balloon: no buttons, and it fades
    sim.run_until(sim.clock.now() + timedelta(seconds=5))
    assert summary(sim).endswith("time for a break · reminder shown, answer it from the tray menu")


def test_a_reminder_no_channel_could_show_is_not_said_to_be_on_screen(tmp_path):
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.notifier.delivers = False
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    sim.coach.start()
    sim.run_until(at(9, 31))
    assert sim.coach.status().state == CoachState.BREAK_DUE
    assert summary(sim).endswith("· the reminder could not be shown (no notification service or system tray)")
    # Not recorded as shown: the history says the break fell due and nobody could be shown it.
    events = sim.stored()[1]
    assert BreakEventKind.SHOWN not in [event.kind for event in events]
    assert (events[-1].kind, events[-1].note) == (BreakEventKind.DUE, NOT_SHOWN_NOTE)


# -- 2. a break left early ------------------------------------------------------------------------


def test_a_break_run_to_its_end_is_stored_as_taken_when_it_ends(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.START)
    assert BreakEventKind.TAKEN not in kinds(sim)  # not yet: it may still be left early
    sim.user.away.append(Span(shown_at, shown_at + timedelta(minutes=3)))
    sim.run_until(shown_at + timedelta(minutes=3))
    sim.coach.finish_break(outcome(completed=True, done_fraction=1.0))
    assert kinds(sim)[-1] == BreakEventKind.TAKEN
    bouts, _ = sim.stored()
    assert bouts[-1].end_reason == BoutEnd.BREAK


def test_a_break_window_closed_at_once_is_partial_does_not_end_the_bout_and_comes_back(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.run_until(shown_at + timedelta(seconds=8))  # Alt+F4 after 8 s, still at the keyboard
    sim.coach.finish_break(outcome(completed=False, done_fraction=8 / 180))

    events = sim.stored()[1]
    assert events[-1].kind == BreakEventKind.PARTIAL
    assert events[-1].done_fraction == pytest.approx(8 / 180)
    assert "too short to count as a break" in events[-1].note
    assert BreakEventKind.TAKEN not in kinds(sim)
    bouts, _ = sim.stored()
    assert bouts == []  # the bout goes on
    status = sim.coach.status()
    assert status.state == CoachState.SITTING and status.sitting_s > 30 * 60
    assert "break ended early, back at" in summary(sim)
    sim.run_until(shown_at + timedelta(minutes=6))
    assert len(sim.reminders()) == 2  # the break that was due comes back after the snooze length


def test_a_routine_left_after_minutes_on_ones_feet_counts_as_a_break(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.run_until(shown_at + timedelta(minutes=4))
    sim.coach.finish_break(outcome(completed=False, done_fraction=0.6, stood_s=200))

    events = sim.stored()[1]
    assert (events[-1].kind, events[-1].done_fraction) == (BreakEventKind.PARTIAL, 0.6)
    assert "200 s on your feet" in events[-1].note
    bouts, _ = sim.stored()
    assert [b.end_reason for b in bouts] == [BoutEnd.BREAK]
    assert bouts[0].ended_at == shown_at  # sitting ended when the break began
    sim.run_until(shown_at + timedelta(minutes=20))
    assert len(sim.reminders()) == 1  # a fresh interval, no reminder soon


def test_a_plain_break_window_left_open_while_away_counts_by_the_idle_clock(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.user.away.append(Span(shown_at, shown_at + timedelta(minutes=3, seconds=30)))
    sim.run_until(shown_at + timedelta(minutes=3, seconds=40))  # back, and "I'm back" clicked
    sim.coach.finish_break(outcome(completed=False, done_fraction=0.95))

    assert kinds(sim)[-1] == BreakEventKind.PARTIAL
    bouts, _ = sim.stored()
    assert [b.end_reason for b in bouts] == [BoutEnd.BREAK]


def test_quitting_during_a_break_stores_what_was_done(sim):
    shown_at = first_reminder(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.run_until(shown_at + timedelta(seconds=90))
    sim.coach.stop()
    events = sim.stored()[1]
    assert events[-1].kind == BreakEventKind.PARTIAL
    assert events[-1].done_fraction == pytest.approx(0.5, abs=0.05)
