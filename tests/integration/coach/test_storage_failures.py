"""The coach lives through a storage that fails: it keeps reminding, keeps what it could not
write in memory (bounded), says so once and in its status, and writes it all when it can."""

from __future__ import annotations

from datetime import datetime

import pytest
from simulation import Simulation, Span, monday_at

from desk_coach.adapters.storage.unit_of_work import FULL, LOCKED
from desk_coach.domain.history import BreakEventKind
from desk_coach.services import coach as coach_module
from desk_coach.wording.say import say
from desk_coach.wording.status_words import status_line


def at(hh: int, mm: int) -> datetime:
    return monday_at(hh, mm)


@pytest.fixture
def sim(tmp_path) -> Simulation:
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    sim.user.away.append(Span(at(10, 40), at(10, 50)))  # a natural break: a bout ends
    return sim


def test_reminders_go_on_while_nothing_can_be_saved_and_everything_is_saved_once_it_can(sim) -> None:
    sim.storage_fails = FULL
    sim.coach.start()
    sim.run_until(at(11, 0))
    assert len(sim.reminders()) >= 2  # the loop went on after the first failed write
    status = sim.coach.status()
    assert status.storage_problem is not None
    assert say(status.storage_problem) == "the disk that holds your history is full"
    assert status.unsaved > 0 and "not saving: the disk" in status_line(status.summary(sim.clock.now()))
    assert sim.storage_news == [(FULL, 0)]  # told once, however many writes failed

    sim.storage_fails = None
    sim.run_until(at(11, 2))  # the next look writes what waited
    assert sim.storage_news[-1] == (None, 0)
    assert sim.coach.status().storage_problem is None and sim.coach.status().unsaved == 0
    bouts, events = sim.stored()
    kinds = [event.kind for event in events]
    assert kinds[:2] == [BreakEventKind.DUE, BreakEventKind.SHOWN] and events[0].at == at(9, 30)
    assert BreakEventKind.TAKEN in kinds and BreakEventKind.NATURAL in kinds
    assert [event.at for event in events] == sorted(event.at for event in events)
    assert bouts and bouts[0].started_at == at(9, 0)  # the bout open when saving failed is not lost


def test_what_is_kept_in_memory_is_bounded_and_the_user_is_told_what_was_let_go(sim, monkeypatch) -> None:
    monkeypatch.setattr(coach_module, "MAX_UNSAVED", 3)
    sim.storage_fails = LOCKED
    sim.coach.start()
    sim.run_until(at(11, 0))
    assert sim.coach.status().unsaved == 3
    sim.storage_fails = None
    sim.run_until(at(11, 2))
    problem, lost = sim.storage_news[-1]
    assert problem is None and lost > 0
    bouts, events = sim.stored()
    assert len(bouts) + len(events) == 3  # the newest three


def test_quitting_while_nothing_can_be_saved_does_not_raise(sim) -> None:
    sim.coach.start()
    sim.run_until(at(9, 10))
    sim.storage_fails = FULL
    sim.coach.stop()  # the open bout cannot be written; said in the log, no exception
    assert sim.coach.status().unsaved == 1
