"""The tray menu in strict mode, wired to the real coach: no Snooze and no Skip for a due break;
Pause is there (the honest way to stop) except while a strict break runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from simulation import Simulation, Span, monday_at

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.settings import defaults
from desk_coach.services.coach import BreakOutcome, Coach
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.tray import CoachTray

at = monday_at


def test_the_tray_offers_neither_snooze_nor_skip_and_no_pause_during_a_strict_break(qapp, tmp_path):
    settings = defaults(shipped_schema())
    settings = replace(settings, break_screen=replace(settings.break_screen, strict=True))
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db", settings)
    sim.answer_after = timedelta(days=1)
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    tray = CoachTray(create_qt_app([]).windowIcon())
    coach: Coach | None = None
    view = QtCoachView(tray, sim.clock.now, lambda: coach.can_snooze_now, can_skip=lambda: coach.can_skip_now,
                       can_pause=lambda: coach.can_pause_now)
    view.open_break = lambda kind, length_s, cover: None  # the windows are tested on their own
    coach = Coach(clock=sim.clock, idle=sim.user, quiet=sim.coach._quiet, timers=sim.timers,
                  notifier=sim.notifier, unit_of_work=sim.coach._uow, settings=sim.settings, view=view)
    sim.coach = coach
    coach.start()
    while not sim.reminders():
        sim.run_until(sim.clock.now() + timedelta(seconds=1))

    assert not tray.snooze_action.isEnabled() and not tray.skip_action.isEnabled()
    assert tray.pause_menu.isEnabled()
    assert tray.tooltip().endswith("strict mode: the break starts in a few seconds")
    sim.run_until(sim.clock.now() + timedelta(seconds=25))
    assert tray.tooltip() == "On a break"
    assert not tray.pause_menu.isEnabled()
    coach.finish_break(BreakOutcome())
    assert tray.pause_menu.isEnabled()
