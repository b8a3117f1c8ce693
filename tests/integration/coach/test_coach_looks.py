"""How often the real coach reads the desktop, and that what the user sees stays right.

The coach looks at the idle clock only when something can have changed (issue 6, idle cost):
about once a minute while the user sits, every 15 s while away, every 5 s around a due break.
These tests play a morning on a ManualClock and check the tray's text and the stored bouts.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from simulation import OfficeWorker, Simulation, Span

from desk_coach.services.coach_status import PROGRESS_STEPS as STEPS
from desk_coach.services.coach_status import CoachState

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 2)


def at(hh: int, mm: int, ss: float = 0) -> datetime:
    return datetime.combine(MONDAY, time(hh, mm), tzinfo=BERLIN) + timedelta(seconds=ss)


@pytest.fixture
def sim(tmp_path):
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.shown = []  # (when, status) as the tray got them

    def show_status(status) -> None:
        sim.shown.append((sim.clock.now(), status))

    sim.view.show_status = show_status
    return sim


def looks_between(sim, start: datetime, end: datetime) -> int:
    return sum(1 for when, key in sim.timers.fired if key == "poll" and start <= when < end)


def test_the_tooltip_minutes_are_always_what_a_fresh_look_would_say(sim):
    sim.user.work.append(Span(at(9, 0), at(9, 26)))
    sim.coach.start()
    moment = at(9, 0, 1.5)  # between whole seconds: the look after a change comes 0.25 s late
    while moment < at(9, 25):
        sim.run_until(moment)
        shown_at, status = sim.shown[-1]
        now = sim.clock.now()
        assert status.summary(shown_at) == sim.coach.status().summary(now), now
        moment += timedelta(seconds=7)


def test_while_sitting_it_looks_about_once_a_minute_and_while_away_four_times(sim):
    sim.user.work.append(Span(at(9, 0), at(9, 20)))
    sim.coach.start()
    sim.run_until(at(10, 0))
    assert looks_between(sim, at(9, 1), at(9, 20)) <= 22  # it was 228 at one look every 5 s
    assert looks_between(sim, at(9, 30), at(10, 0)) <= 121


def test_leaving_shows_when_it_becomes_a_break_and_coming_back_within_15_s(sim):
    sim.user.work += [Span(at(9, 0), at(9, 20)), Span(at(9, 40, 7), at(10, 0))]
    sim.coach.start()
    sim.run_until(at(10, 0))
    away = [when for when, status in sim.shown if status.state == CoachState.AWAY]
    assert at(9, 23) <= away[0] <= at(9, 23, 1)  # 180 s without input is a natural break
    back = [when for when, status in sim.shown if when > at(9, 30) and status.state == CoachState.SITTING]
    assert at(9, 40, 7) <= back[0] <= at(9, 40, 22)
    sim.coach.stop()
    bouts, _ = sim.stored()
    assert bouts[0].ended_at == at(9, 20)  # dated from the idle clock: to the second
    assert at(9, 40, 7) <= bouts[1].started_at <= at(9, 40, 22)  # from the look that saw the return


def test_the_quiet_time_sensors_are_asked_from_a_minute_before_the_break(tmp_path, monkeypatch):
    asked = []

    def quiet(worker, now):
        asked.append(now)
        return frozenset()

    monkeypatch.setattr(OfficeWorker, "quiet", quiet)
    sim = Simulation(at(9, 0), tmp_path / "desk-coach.db")
    sim.user.work.append(Span(at(9, 0), at(9, 35)))
    sim.coach.start()
    sim.run_until(at(9, 30, 30))
    assert at(9, 29) <= asked[0] <= at(9, 29, 1.5)  # the break is due at 9:30
    gaps = [later - earlier for earlier, later in itertools.pairwise(asked) if later < at(9, 30)]
    assert max(gaps) <= timedelta(seconds=5)


def test_quitting_ends_the_bout_at_the_last_input_not_at_the_last_look(sim):
    sim.user.work.append(Span(at(9, 0), at(9, 10, 50)))
    sim.coach.start()
    sim.run_until(at(9, 11, 25))
    last_look = max(when for when, key in sim.timers.fired if key == "poll")
    assert last_look < at(9, 10, 50)
    sim.coach.stop()
    [bout], _ = sim.stored()
    assert bout.ended_at == at(9, 10, 50)



class WatchingWorker:
    """The office worker's idle clock, with an idle watch as X11's SYNC alarms give one: it calls
    back when a pause reaches the threshold and at the first input after such a pause."""

    def __init__(self, sim) -> None:
        self.sim, self.user = sim, sim.user
        self.description, self.can_sense_activity = "watching worker", True
        self.watching = False
        self.watched: list[float] = []

    def idle_seconds(self) -> float | None:
        return self.user.idle_seconds()

    def is_locked(self) -> bool | None:
        return False

    def close(self) -> None:
        pass

    def watch(self, threshold_s: float, on_change) -> bool:
        self.watching = True
        self.watched.append(threshold_s)
        spans = sorted(self.user.work, key=lambda span: span.start)
        for number, (done, following) in enumerate(itertools.pairwise([*spans, None])):
            away = done.end + timedelta(seconds=threshold_s)
            if following is None or following.start >= away:
                self.sim.timers.at(f"alarm-away-{number}", away, on_change)
                if following is not None:
                    self.sim.timers.at(f"alarm-back-{number}", following.start, on_change)
        return True


def test_with_an_idle_watch_it_sleeps_while_away_and_dates_the_return_to_the_input(sim):
    sim.user.work += [Span(at(9, 0), at(9, 20)), Span(at(9, 40, 7), at(10, 0))]
    sensor = sim.coach._idle = WatchingWorker(sim)
    sim.coach.start()
    sim.run_until(at(10, 0))
    assert sensor.watched == [180]  # the natural-break threshold of the shipped settings
    assert looks_between(sim, at(9, 24), at(9, 40)) == 0  # it was 64 at one look every 15 s
    assert looks_between(sim, at(9, 1), at(9, 20)) <= 21
    away = [when for when, status in sim.shown if status.state == CoachState.AWAY]
    assert away[0] == at(9, 23)  # the alarm at the threshold
    back = [when for when, status in sim.shown if when > at(9, 30) and status.state == CoachState.SITTING]
    assert back[0] == at(9, 40, 7)  # the alarm at the first input
    sim.coach.stop()
    bouts, _ = sim.stored()
    assert bouts[0].ended_at == at(9, 20)
    assert bouts[1].started_at == at(9, 40, 7)


def test_a_watch_that_lost_its_source_leaves_the_looking_to_the_coach(sim):
    sim.user.work += [Span(at(9, 0), at(9, 20)), Span(at(9, 40, 7), at(10, 0))]
    sensor = sim.coach._idle = WatchingWorker(sim)
    sim.coach.start()
    sensor.watching = False  # e.g. the X server restarted and its alarms went with it
    for key in [key for key in sim.timers.jobs if key.startswith("alarm-")]:
        sim.timers.cancel(key)
    sim.run_until(at(10, 0))
    back = [when for when, status in sim.shown if when > at(9, 30) and status.state == CoachState.SITTING]
    assert at(9, 40, 7) <= back[0] <= at(9, 40, 22)  # seen by the looks every 15 s, as without a watch


def test_where_no_minute_figure_is_on_screen_it_looks_only_as_the_ring_moves_and_when_read(sim):
    """GNOME's tray draws no tooltip and the menu asks before it opens: with an idle watch, a
    look each minute would only have sent the tray host news nobody sees."""
    sim.user.work.append(Span(at(9, 0), at(9, 40)))
    sim.coach._idle = WatchingWorker(sim)
    sim.view.live_minutes = False
    sim.coach.start()
    interval_s = sim.settings.breaks.sit_interval_min * 60
    moment = at(9, 0, 1.3)  # the ring moves at half steps, on the half second: the look comes 0.25 s later
    while moment < at(9, 35):
        sim.run_until(moment)
        _, status = sim.shown[-1]
        fresh = sim.coach.status()
        assert round(status.progress * STEPS) == round(fresh.progress * STEPS), sim.clock.now()  # the ring
        moment += timedelta(seconds=7)
    steps = 28 * 60 / (interval_s / STEPS)  # until the minute before the break: then every 5 s
    assert looks_between(sim, at(9, 1), at(9, 29)) <= steps + 1  # it was 28, one a minute
    looks = len(sim.timers.fired)
    sim.coach.refresh_view()  # the menu opens
    now = sim.clock.now()
    assert sim.shown[-1][1].summary(now) == sim.coach.status().summary(now)  # the minute figures
    assert len(sim.timers.fired) == looks  # without a look at the desktop


def test_where_no_minute_figure_is_on_screen_the_break_still_comes_due_on_time(sim):
    sim.user.work.append(Span(at(9, 0), at(11, 0)))
    sim.coach._idle = WatchingWorker(sim)
    sim.view.live_minutes = False
    sim.coach.start()
    sim.run_until(at(10, 0))
    due = at(9, 0) + timedelta(minutes=sim.settings.breaks.sit_interval_min)
    assert due <= sim.notifier.shown[0][0] <= due + timedelta(seconds=3)  # the first pause in typing
