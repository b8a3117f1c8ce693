"""The coach tells when a bout reaches the history, so an open Progress window shows today with
it; at every moment today's sitting is the stored bouts plus the bout in progress."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from simulation import Simulation, Span

from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.services.week_report import WeekReport

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 2)


def at(hh: int, mm: int) -> datetime:
    return datetime.combine(MONDAY, time(hh, mm), tzinfo=BERLIN)


def test_each_saved_bout_is_heard_and_today_counts_the_running_one(tmp_path):
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    heard: list[int] = []  # how many bouts the history held at each hearing
    sim.coach.on_bout_recorded = lambda: heard.append(len(sim.stored()[0]))
    sim.coach.start()
    report = WeekReport(SqlWeekFigures(sim.database.engine), sim.clock, lambda: sim.settings)
    for minute in range(20, 160, 20):
        sim.run_until(at(9, 0) + timedelta(minutes=minute))
        bouts, _ = sim.stored()
        stored = sum((bout.ended_at - bout.started_at).total_seconds() / 60 for bout in bouts)
        running = round(sim.coach.status().sitting_s / 60)
        [today] = [day for day in report.live_week_of(MONDAY, sim.coach.status().sitting_s).days
                   if day.day == MONDAY]
        assert today.sitting_minutes == pytest.approx(stored + running)
    assert heard and heard == sorted(set(heard))  # one hearing per save, each with more bouts
    assert heard[-1] == len(sim.stored()[0])
    sim.coach.stop()
