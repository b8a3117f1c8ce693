"""The tray menu and tooltip wired to the real coach (fakes for the desktop, a real SQLite file):
what the menu offers and what the tooltip says follow the break as it is snoozed, closed or skipped."""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulation import Simulation, Span, monday_at

from desk_coach.domain.history import BreakEventKind
from desk_coach.domain.reminders import ReminderAction
from desk_coach.services.coach import Coach
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.tray import CoachTray

at = monday_at


@pytest.fixture
def desk(qapp, tmp_path):
    """A simulated morning whose coach draws into a real tray; the user answers by hand."""
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.answer_after = timedelta(days=1)
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    tray = CoachTray(create_qt_app([]).windowIcon())
    coach: Coach | None = None
    view = QtCoachView(tray, sim.clock.now, lambda: coach.can_snooze_now, can_skip=lambda: coach.can_skip_now)
    coach = Coach(clock=sim.clock, idle=sim.user, quiet=sim.coach._quiet, timers=sim.timers,
                  notifier=sim.notifier, unit_of_work=sim.coach._uow, settings=sim.settings, view=view)
    sim.coach = coach
    tray.skip_requested.connect(coach.skip)
    tray.snooze_requested.connect(coach.snooze)
    tray.set_snooze_lengths(coach.snooze_lengths)
    coach.start()
    sim.run_until(at(9, 30))
    while not sim.reminders():
        sim.run_until(sim.clock.now() + timedelta(seconds=1))
    sim.tray = tray
    return sim


def test_a_snoozed_break_can_be_skipped_from_the_tray_menu(desk):
    desk.tray.snooze_length_actions[0].trigger()  # the usual length, first in the Snooze submenu
    back = desk.clock.now() + timedelta(minutes=5)
    desk.run_until(desk.clock.now() + timedelta(minutes=1))

    assert desk.tray.skip_action.isEnabled()
    assert not desk.tray.snooze_action.isEnabled()
    assert desk.tray.tooltip().endswith(f"snoozed until {back:%H:%M}")
    assert desk.tray.status_action.text() == desk.tray.tooltip()

    desk.tray.skip_action.trigger()

    assert [e.kind for e in desk.stored()[1]][-2:] == [BreakEventKind.SNOOZED, BreakEventKind.SKIPPED]
    assert not desk.tray.skip_action.isEnabled()
    desk.run_until(back + timedelta(minutes=1))
    assert len(desk.reminders()) == 1  # the skip holds: the snoozed reminder does not come back


def test_the_tooltip_says_the_reminder_is_on_screen_and_then_that_it_was_closed(desk):
    desk.run_until(desk.clock.now() + timedelta(seconds=20))  # typing again meanwhile
    assert desk.tray.tooltip().endswith("time for a break · reminder on screen, waiting for your answer")
    assert "typing" not in desk.tray.tooltip()

    desk.notifier.answer(ReminderAction.DISMISS)
    back = desk.clock.now() + timedelta(minutes=5)

    assert desk.tray.tooltip().endswith(f"reminder closed, back at {back:%H:%M}")
    assert desk.tray.skip_action.isEnabled()


def test_where_the_tray_shows_no_tooltip_the_menu_says_the_minutes_of_the_moment_it_opens(qapp, tmp_path):
    """GNOME: the coach does not look every minute only to send the menu new minute figures;
    the menu asks for them as it opens (the AppIndicator extension calls AboutToShow first)."""
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.user.work.append(Span(at(9, 0), at(12, 0)))
    tray = CoachTray(create_qt_app([]).windowIcon(), tooltips=False)
    assert not tray.live_minutes
    view = QtCoachView(tray, sim.clock.now, lambda: False)
    coach = Coach(clock=sim.clock, idle=sim.user, quiet=sim.coach._quiet, timers=sim.timers,
                  notifier=sim.notifier, unit_of_work=sim.coach._uow, settings=sim.settings, view=view)
    sim.coach = coach
    tray.about_to_be_read.connect(coach.refresh_view)
    coach.start()
    sim.run_until(at(9, 17, 40))
    tray.menu.aboutToShow.emit()
    assert tray.status_action.text() == "Sitting 18 min · next break in 12 min"
    assert tray.tooltip() == "Desk Coach"
    sim.run_until(at(9, 22, 40))  # the ring moved on; the menu's words wait until it opens again
    assert tray.status_action.text() == "Sitting 18 min · next break in 12 min"
    tray.menu.aboutToShow.emit()
    assert tray.status_action.text() == "Sitting 23 min · next break in 7 min"


def test_another_length_from_the_snooze_submenu_puts_the_break_off_that_long(desk):
    entries = [action.text() for action in desk.tray.snooze_menu.actions() if action.isVisible()
               and not action.isSeparator()]
    assert entries == ["&5 minutes (usual)", "&10 minutes", "15 &minutes", "&30 minutes", "&60 minutes"]
    assert desk.tray.snooze_action.isEnabled()

    desk.tray.snooze_length_actions[3].trigger()  # 30 minutes
    back = desk.clock.now() + timedelta(minutes=30)
    desk.run_until(desk.clock.now() + timedelta(minutes=1))

    assert desk.tray.tooltip().endswith(f"snoozed until {back:%H:%M}")
    assert [e.note for e in desk.stored()[1] if e.kind == BreakEventKind.SNOOZED] == ["for 30 min"]
    assert not desk.tray.snooze_action.isEnabled()  # nothing due now
    assert not any(action.isEnabled() for action in desk.tray.snooze_length_actions)
    desk.run_until(back - timedelta(minutes=1))
    assert len(desk.reminders()) == 1
    desk.run_until(back + timedelta(minutes=1))
    assert len(desk.reminders()) == 2


def test_the_snooze_submenu_is_off_once_the_break_was_put_off_as_often_as_allowed(desk):
    for _ in range(2):
        desk.tray.snooze_length_actions[1].trigger()  # 10 minutes
        desk.run_until(desk.clock.now() + timedelta(minutes=10, seconds=40))
    assert len(desk.reminders()) == 3
    assert desk.tray.skip_action.isEnabled()
    assert not desk.tray.snooze_action.isEnabled()
    assert not any(action.isEnabled() for action in desk.tray.snooze_length_actions)
