"""Strict mode: a due break is neither snoozed nor skipped; a heads-up, then it starts by itself.

Whatever holds a reminder (quiet time, typing, a lock) holds the automatic start too; closing the
heads-up does not put the break off; the emergency way out is stored as such. The real Coach on a
ManualClock with the fakes and a real SQLite file (tests/support/simulation).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from simulation import KEY_EVERY_S, Simulation, Span, monday_at

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import WAY_OUT_NOTE, BreakEventKind
from desk_coach.domain.reminders import ReminderAction, ReminderSaid
from desk_coach.domain.settings import Settings, defaults
from desk_coach.services.coach import BreakOutcome
from desk_coach.services.coach_status import CoachState
from desk_coach.wording.reminder_words import action_words, body_words, title_words
from desk_coach.wording.status_words import status_line

at = monday_at
WARNING = timedelta(seconds=15)
KEY_GAP = timedelta(seconds=KEY_EVERY_S)  # the simulated user types a key every ten seconds


def strict_settings(strict: bool = True) -> Settings:
    settings = defaults(shipped_schema())
    return replace(settings, break_screen=replace(settings.break_screen, strict=strict))


def desk_morning(tmp_path, strict: bool = True) -> Simulation:
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db", strict_settings(strict))
    sim.answer_after = timedelta(days=1)  # the tests answer by hand
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    sim.coach.start()
    return sim


@pytest.fixture
def sim(tmp_path):
    return desk_morning(tmp_path)


def kinds(sim: Simulation) -> list[BreakEventKind]:
    return [event.kind for event in sim.stored()[1]]


def summary(sim: Simulation) -> str:
    return status_line(sim.coach.status().summary(sim.clock.now()))


def heads_up(sim: Simulation):
    """Play on to the first heads-up; when it came, and what it says."""
    shown_at = sim.first_reminder()
    return shown_at, sim.reminders()[-1][1]


def test_a_due_break_gets_a_heads_up_with_only_start_now_then_starts_by_itself(sim):
    shown_at, reminder = heads_up(sim)
    assert reminder.heads_up and reminder.actions == (ReminderAction.START,)
    assert title_words(reminder) == "A break starts in 15 seconds"
    assert "save your work" in body_words(reminder)
    assert action_words(ReminderAction.START, reminder) == "Start now"
    assert summary(sim).endswith("strict mode: the break starts in a few seconds")
    sim.run_until(shown_at + WARNING - timedelta(seconds=1))
    assert sim.view.breaks == []
    sim.run_until(shown_at + WARNING + KEY_GAP)  # at the next pause in the typing
    assert len(sim.view.breaks) == 1 and sim.view.covers == [Cover.STRICT]
    assert sim.coach.status().state == CoachState.ON_BREAK
    assert kinds(sim) == [BreakEventKind.DUE, BreakEventKind.SHOWN]
    assert sim.notifier.withdrawn  # the heads-up goes when the break begins


def test_start_now_begins_the_break_at_once(sim):
    heads_up(sim)
    sim.notifier.answer(ReminderAction.START)
    assert len(sim.view.breaks) == 1
    assert "strict-start" not in sim.timers.jobs


def test_no_snooze_and_no_skip_from_any_side_and_nothing_stored_for_asking(sim):
    shown_at, _ = heads_up(sim)
    assert not sim.coach.can_snooze_now and not sim.coach.can_skip_now
    sim.coach.snooze()  # the tray menu, a CLI request
    sim.coach.skip()
    sim.coach.answer(ReminderAction.SNOOZE)  # an old notification's button
    sim.coach.answer(ReminderAction.SKIP)
    assert kinds(sim) == [BreakEventKind.DUE, BreakEventKind.SHOWN]
    sim.run_until(shown_at + WARNING + KEY_GAP)
    assert len(sim.view.breaks) == 1


def test_closing_the_heads_up_does_not_put_the_break_off(sim):
    shown_at, _ = heads_up(sim)
    sim.notifier.answer(ReminderAction.DISMISS)
    sim.run_until(shown_at + WARNING + KEY_GAP)
    assert BreakEventKind.DISMISSED not in kinds(sim)
    assert len(sim.view.breaks) == 1


def test_without_any_notification_channel_the_break_still_starts(tmp_path):
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db", strict_settings())
    sim.notifier.delivers = False
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    sim.coach.start()
    sim.run_until(at(9, 33))
    assert len(sim.view.breaks) == 1 and sim.view.covers == [Cover.STRICT]


def test_a_quiet_time_beginning_in_the_warning_holds_the_start_until_it_ends(sim):
    shown_at, _ = heads_up(sim)
    sim.user.meetings.append(Span(shown_at + timedelta(seconds=4), shown_at + timedelta(minutes=10)))
    sim.run_until(shown_at + WARNING + timedelta(seconds=5))
    assert sim.view.breaks == []
    assert sim.notifier.pending is None  # the heads-up was withdrawn
    assert sim.coach.status().state == CoachState.QUIET  # still due, held
    assert BreakEventKind.QUIET_DELAYED in kinds(sim)
    sim.run_until(shown_at + timedelta(minutes=11))
    assert len(sim.reminders()) == 2 and sim.reminders()[-1][1].heads_up
    assert len(sim.view.breaks) == 1  # 15 s after the second heads-up


def test_a_lock_in_the_warning_holds_the_start_and_the_heads_up_comes_back_after(sim):
    shown_at, _ = heads_up(sim)
    sim.user.locked.append(Span(shown_at + timedelta(seconds=3), shown_at + timedelta(minutes=2)))
    sim.run_until(shown_at + timedelta(minutes=1))
    assert sim.view.breaks == [] and sim.notifier.pending is None
    sim.run_until(shown_at + timedelta(minutes=3))
    assert len(sim.reminders()) == 2
    assert len(sim.view.breaks) == 1


def test_typing_at_the_end_of_the_warning_delays_the_start_no_longer_than_the_typing_wait(sim):
    pause = Span(at(9, 30, 1), at(9, 30, 6))  # the one pause in the typing: the heads-up comes in it

    def idle_seconds() -> float:
        now = sim.clock.now()
        return (now - pause.start).total_seconds() if now in pause else 0.5

    sim.user.idle_seconds = idle_seconds
    sim.run_until(at(9, 30, 5))
    [(shown_at, _)] = sim.reminders()
    sim.run_until(shown_at + WARNING + timedelta(seconds=10))
    assert sim.view.breaks == [] and sim.notifier.pending is not None  # waiting, the heads-up stays up
    sim.run_until(at(9, 31, 1))  # the typing wait (60 s from its start at 9:30) is over
    assert len(sim.view.breaks) == 1 and len(sim.reminders()) == 1


def test_turning_strict_mode_on_makes_a_snoozed_break_come_back_strict(tmp_path):
    sim = desk_morning(tmp_path, strict=False)
    sim.first_reminder()
    sim.notifier.answer(ReminderAction.SNOOZE)
    sim.coach.apply_settings(strict_settings())
    assert not sim.coach.can_skip_now  # not even the snoozed break
    sim.run_until(sim.clock.now() + timedelta(minutes=5, seconds=10))
    back = sim.reminders()[-1][1]
    assert back.heads_up
    sim.run_until(sim.clock.now() + WARNING + KEY_GAP)
    assert len(sim.view.breaks) == 1


def test_a_plain_reminder_on_screen_gives_way_to_the_heads_up_when_strict_mode_is_turned_on(tmp_path):
    sim = desk_morning(tmp_path, strict=False)
    sim.first_reminder()
    assert ReminderAction.SNOOZE in sim.reminders()[-1][1].actions
    sim.coach.apply_settings(strict_settings())
    assert sim.reminders()[-1][1].title.code == ReminderSaid.HEADS_UP_TITLE
    assert sim.notifier.withdrawn


def test_pausing_is_offered_but_not_during_a_strict_break(sim):
    assert sim.coach.can_pause_now
    heads_up(sim)
    assert sim.coach.can_pause_now  # the honest way to stop: said in advance
    sim.notifier.answer(ReminderAction.START)
    assert not sim.coach.can_pause_now
    sim.coach.pause_for(60)
    assert sim.coach.decision.verdict != "paused"
    sim.coach.finish_break(BreakOutcome())
    assert sim.coach.can_pause_now


def test_the_way_out_is_stored_as_a_partial_break_marked_so_and_the_status_says_it(sim):
    heads_up(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.run_until(sim.clock.now() + timedelta(seconds=10))
    sim.coach.finish_break(BreakOutcome(completed=False, done_fraction=10 / 180, way_out=True))
    event = sim.stored()[1][-1]
    assert event.kind == BreakEventKind.PARTIAL and event.left_by_way_out
    assert event.note.startswith(WAY_OUT_NOTE) and "too short to count as a break" in event.note
    assert "break left by the emergency way out, back at" in summary(sim)


def test_a_way_out_after_standing_long_enough_still_counts_as_a_break(sim):
    heads_up(sim)
    sim.notifier.answer(ReminderAction.START)
    sim.run_until(sim.clock.now() + timedelta(seconds=200))
    sim.coach.finish_break(BreakOutcome(completed=False, done_fraction=0.6, stood_s=200, way_out=True))
    event = sim.stored()[1][-1]
    assert event.left_by_way_out and "too short" not in event.note
    assert sim.coach.status().state == CoachState.AWAY or "back at" not in summary(sim)


def test_without_strict_mode_a_break_left_early_is_not_marked(tmp_path):
    sim = desk_morning(tmp_path, strict=False)
    sim.first_reminder()
    sim.notifier.answer(ReminderAction.START)
    sim.coach.finish_break(BreakOutcome(completed=False, done_fraction=0.1))
    assert not sim.stored()[1][-1].left_by_way_out
