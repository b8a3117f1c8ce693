"""`desk-coach status` while paused: no countdown to a break that will not come."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from simulation import Simulation, Span

from desk_coach.services.coach_status import CoachState
from desk_coach.wording.status_words import status_line

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 2)


def at(hh: int, mm: int) -> datetime:
    return datetime.combine(MONDAY, time(hh, mm), tzinfo=BERLIN)


def test_while_paused_the_next_break_fields_are_null(tmp_path):
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.user.work.append(Span(at(9, 0), at(11, 0)))
    sim.coach.start()
    sim.run_until(at(9, 10))
    assert sim.coach.status().as_json(sim.clock.now())["next_break_in_minutes"] is not None
    sim.coach.pause_for(30)
    sim.run_until(at(9, 11))
    status = sim.coach.status()
    document = status.as_json(sim.clock.now())
    assert status.state == CoachState.PAUSED
    assert document["next_break_at"] is None
    assert document["next_break_in_minutes"] is None
    assert document["summary"][-1]["code"] == "status.paused_until"
    assert "paused until" in status_line(status.summary(sim.clock.now()))
    sim.coach.stop()
