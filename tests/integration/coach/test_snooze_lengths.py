"""Snoozing for another length than the usual one (issue 16, 4): the break comes back after the
length chosen, the status says when, the history keeps the length, and the snooze limit counts
every snooze whatever its length.

The real Coach on a ManualClock with the fakes and a real SQLite file (tests/support/simulation).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulation import Simulation, monday_at, morning_at_the_desk

from desk_coach.domain.history import BreakEventKind
from desk_coach.domain.reminders import ReminderAction
from desk_coach.domain.week_glance import BreaksDue, breaks_due
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.wording.reminder_words import action_words
from desk_coach.wording.say import say
from desk_coach.wording.status_words import status_line


@pytest.fixture
def sim(tmp_path):
    return morning_at_the_desk(tmp_path / "desk-coach.db")


def summary(sim: Simulation) -> str:
    return status_line(sim.coach.status().summary(sim.clock.now()))


def snoozes(sim: Simulation):
    return [event for event in sim.stored()[1] if event.kind == BreakEventKind.SNOOZED]


def test_the_lengths_on_offer_are_the_usual_one_then_the_short_list(sim):
    assert sim.coach.snooze_lengths == (5, 10, 15, 30, 60)  # the usual 5 is not offered twice


def test_a_break_snoozed_for_15_minutes_comes_back_after_15_and_says_so(sim):
    shown_at = sim.first_reminder()

    assert sim.coach.snooze(15)

    back = shown_at + timedelta(minutes=15)
    assert summary(sim).endswith(f"snoozed until {back:%H:%M}")
    assert [event.note for event in snoozes(sim)] == ["for 15 min"]
    sim.run_until(back - timedelta(seconds=30))
    assert len(sim.reminders()) == 1  # not back after the usual 5 minutes
    sim.run_until(back + timedelta(seconds=30))
    assert len(sim.reminders()) == 2


def test_the_usual_snooze_records_the_usual_length(sim):
    sim.first_reminder()
    sim.notifier.answer(ReminderAction.SNOOZE)
    assert [event.note for event in snoozes(sim)] == ["for 5 min"]


def test_a_length_not_on_offer_changes_nothing(sim):
    sim.first_reminder()
    assert not sim.coach.snooze(7)
    assert snoozes(sim) == []
    assert sim.coach.can_snooze_now


def test_every_length_counts_towards_the_snooze_limit(sim):
    sim.first_reminder()
    assert sim.coach.snooze(10)
    sim.run_until(sim.clock.now() + timedelta(minutes=10, seconds=30))
    assert sim.coach.snooze(60)
    sim.run_until(sim.clock.now() + timedelta(minutes=60, seconds=30))

    assert len(sim.reminders()) == 3
    assert not sim.reminders()[-1][1].can_snooze  # two in a row: Start or Skip only
    assert not sim.coach.can_snooze_now
    assert not sim.coach.snooze(5)
    assert len(snoozes(sim)) == 2


def test_nothing_to_snooze_when_no_break_is_due(sim):
    sim.run_until(monday_at(9, 10))
    assert not sim.coach.snooze(10)
    assert snoozes(sim) == []


def test_the_reminder_button_says_the_usual_length(sim):
    sim.first_reminder()
    [(_, reminder)] = sim.reminders()
    assert action_words(ReminderAction.SNOOZE, reminder) == "Snooze 5 min"
    assert action_words(ReminderAction.START, reminder) == "Start"


def test_a_break_snoozed_for_another_length_and_then_taken_counts_once_as_taken(sim):
    shown_at = sim.first_reminder()
    sim.coach.snooze(30)
    sim.run_until(shown_at + timedelta(minutes=30, seconds=30))
    sim.coach.start_break()
    sim.coach.finish_break()

    assert breaks_due(sim.stored()[1]) == BreaksDue(taken=1)


def requests(sim: Simulation) -> LaunchRequests:
    return LaunchRequests(Shell(), lambda: sim.coach, sim.clock, "/tmp/desk-coach.log", say)


class Shell:
    def tell(self, title, text, on_click=None) -> None: ...

    def show_progress(self) -> None: ...

    def show_self_check(self) -> None: ...

    def reload_settings(self) -> None: ...


def test_the_cli_request_snoozes_for_its_length_and_answers_until_when(sim):
    shown_at = sim.first_reminder()
    reply = requests(sim).handle({"command": "snooze", "minutes": 30})
    assert reply == {"ok": True, "minutes": 30, "until": (shown_at + timedelta(minutes=30)).isoformat()}
    assert [event.note for event in snoozes(sim)] == ["for 30 min"]


@pytest.mark.parametrize("minutes", [7, "ten", True])
def test_the_cli_request_for_a_length_not_on_offer_is_refused(sim, minutes):
    sim.first_reminder()
    reply = requests(sim).handle({"command": "snooze", "minutes": minutes})
    assert reply["said"]["code"] == "snooze.not_a_length"
    assert reply["error"].endswith("is not one of the snooze lengths: 5, 10, 15, 30 and 60")
    assert snoozes(sim) == []


def test_the_cli_request_says_why_nothing_was_snoozed(sim):
    sim.run_until(monday_at(9, 10))
    nothing = requests(sim).handle({"command": "snooze"})
    assert nothing["error"] == "No break is due, so there is nothing to snooze."
    sim.first_reminder()
    sim.coach.snooze()
    sim.run_until(sim.clock.now() + timedelta(minutes=5, seconds=30))
    sim.coach.snooze()
    sim.run_until(sim.clock.now() + timedelta(minutes=5, seconds=30))
    reply = requests(sim).handle({"command": "snooze", "minutes": 10})
    assert reply["said"]["code"] == "snooze.no_more"
    assert reply["error"] == "This break was put off as often as allowed: start it now, or skip it."
