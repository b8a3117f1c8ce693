"""The sitting tracker against scripted days: idle, lock, sleep, clock changes and breaks."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BoutEnd, BreakKind
from desk_coach.domain.sitting import (
    BoutEnded,
    ClockChanged,
    NaturalBreak,
    Observation,
    SittingTracker,
    Slept,
    TrackerThresholds,
)

BERLIN = ZoneInfo("Europe/Berlin")
POLL = timedelta(seconds=5)


class Desk:
    """A user at a desk, seen through the idle clock every five seconds."""

    def __init__(self, start: datetime, boot: bool = True) -> None:
        self.clock = ManualClock(start, mono=1000.0, boot=5000.0 if boot else None)
        self.tracker = SittingTracker(TrackerThresholds(natural_break_s=180, long_break_s=300))
        self.last_input = self.clock.mono
        self.locked = False
        self.events: list = []

    def observe(self) -> None:
        obs = Observation(
            self.clock.now(),
            self.clock.monotonic(),
            self.clock.since_boot(),
            idle_s=self.clock.mono - self.last_input,
            locked=self.locked,
        )
        self.events += self.tracker.observe(obs)

    def work(self, minutes: float) -> None:
        """Type and click throughout."""
        for _ in range(int(minutes * 60 / 5)):
            self.clock.advance(POLL)
            self.last_input = self.clock.mono
            self.observe()

    def idle(self, minutes: float) -> None:
        """Sit still or walk away: no input."""
        for _ in range(int(minutes * 60 / 5)):
            self.clock.advance(POLL)
            self.observe()

    def lock(self, minutes: float) -> None:
        self.locked = True
        self.idle(minutes)
        self.locked = False

    def bouts(self):
        return [e.bout for e in self.events if isinstance(e, BoutEnded)]

    def breaks(self):
        return [e for e in self.events if isinstance(e, NaturalBreak)]


START = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)


def minutes(bout) -> float:
    return round(bout.seconds / 60, 2)


def test_working_builds_one_bout_that_grows():
    desk = Desk(START)
    desk.work(40)
    assert desk.tracker.sitting
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(40 * 60, abs=5)
    assert desk.bouts() == []


def test_idle_at_the_threshold_ends_the_bout_when_input_stopped():
    desk = Desk(START)
    desk.work(30)
    desk.idle(5)
    [bout] = desk.bouts()
    assert bout.end_reason == BoutEnd.IDLE
    assert minutes(bout) == pytest.approx(30, abs=0.1)
    assert bout.ended_at == START + timedelta(minutes=30)
    assert not desk.tracker.sitting


def test_short_idle_is_still_sitting():
    desk = Desk(START)
    desk.work(10)
    desk.idle(2)  # reading: under the 3-minute threshold
    desk.work(10)
    assert desk.bouts() == []
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(22 * 60, abs=5)


def test_coming_back_records_a_natural_break_and_starts_a_new_bout():
    desk = Desk(START)
    desk.work(30)
    desk.idle(4)
    desk.work(1)
    [brk] = desk.breaks()
    assert brk.reason == BoutEnd.IDLE
    assert brk.kind == BreakKind.MICRO
    assert brk.seconds == pytest.approx(4 * 60 + 5, abs=5)
    assert desk.tracker.bout_started_at == brk.ended_at


def test_a_long_absence_is_a_long_break():
    desk = Desk(START)
    desk.work(30)
    desk.idle(12)
    desk.work(1)
    [brk] = desk.breaks()
    assert brk.kind == BreakKind.LONG


def test_a_quick_lock_does_not_end_the_bout_but_a_long_one_does():
    desk = Desk(START)
    desk.work(20)
    desk.lock(1)
    desk.work(5)
    assert desk.bouts() == []
    desk.lock(10)
    desk.work(1)
    [bout] = desk.bouts()
    assert bout.end_reason == BoutEnd.LOCK
    assert bout.ended_at == START + timedelta(minutes=26)
    [brk] = desk.breaks()
    assert brk.reason == BoutEnd.LOCK


def test_a_night_of_sleep_is_never_sitting_and_ends_the_bout_at_the_lid():
    desk = Desk(START)
    desk.work(50)
    desk.clock.sleep(timedelta(hours=14))
    desk.last_input = desk.clock.mono  # the user wakes it with a key press
    desk.observe()
    [bout] = desk.bouts()
    assert bout.end_reason == BoutEnd.SLEEP
    assert bout.ended_at == START + timedelta(minutes=50)
    assert any(isinstance(e, Slept) and e.seconds == pytest.approx(14 * 3600) for e in desk.events)
    [brk] = desk.breaks()
    assert brk.kind == BreakKind.LONG
    desk.work(10)
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(10 * 60, abs=5)


def test_a_short_suspend_does_not_end_the_bout_nor_count_as_sitting():
    desk = Desk(START)
    desk.work(10)
    desk.clock.sleep(timedelta(minutes=1))
    desk.work(10)
    assert desk.bouts() == []
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(20 * 60, abs=5)


@pytest.mark.parametrize("jump", [timedelta(hours=1), timedelta(hours=-1), timedelta(minutes=-20)])
def test_a_manual_clock_change_neither_inflates_nor_resets_sitting(jump):
    desk = Desk(START)
    desk.work(20)
    desk.clock.set_wall(desk.clock.wall + jump)
    desk.work(20)
    assert desk.bouts() == []
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(40 * 60, abs=5)
    assert [e.seconds for e in desk.events if isinstance(e, ClockChanged)] == [jump.total_seconds()]
    desk.idle(5)
    [bout] = desk.bouts()
    assert minutes(bout) == pytest.approx(40, abs=0.1)


def test_dst_change_inside_a_bout_keeps_its_true_length():
    # 2026-10-25 03:00 CEST becomes 02:00 CET in Berlin.
    early = datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo("UTC")).astimezone(BERLIN) - timedelta(hours=1)
    desk = Desk(early)
    desk.work(120)
    desk.idle(5)
    [bout] = desk.bouts()
    assert minutes(bout) == pytest.approx(120, abs=0.1)
    assert bout.started_at.utcoffset() != bout.ended_at.astimezone(BERLIN).utcoffset()


def test_without_a_boot_clock_a_forward_jump_is_time_away_not_sitting():
    desk = Desk(START, boot=False)
    desk.work(20)
    desk.clock.set_wall(desk.clock.wall + timedelta(hours=2))
    desk.work(1)
    assert desk.tracker.sitting_seconds(desk.clock.mono) <= 65


def test_a_guided_break_that_counts_ends_the_bout_where_it_began_and_pauses_tracking():
    desk = Desk(START)
    desk.work(30)
    began = desk.clock.now()
    assert desk.tracker.begin_break(began, desk.clock.mono) == []
    desk.work(3)  # clicking through the stretch dialog is not sitting
    assert not desk.tracker.sitting
    [ended] = desk.tracker.end_break(counts=True, wall=desk.clock.now(), mono=desk.clock.mono)
    assert ended.bout.end_reason == BoutEnd.BREAK
    assert ended.bout.ended_at == began
    desk.work(2)
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(120, abs=5)


def test_a_break_window_closed_at_once_does_not_end_the_bout():
    desk = Desk(START)
    desk.work(30)
    desk.tracker.begin_break(desk.clock.now(), desk.clock.mono)
    desk.clock.advance(timedelta(seconds=8))
    assert desk.tracker.end_break(counts=False, wall=desk.clock.now(), mono=desk.clock.mono) == []
    desk.work(2)
    assert desk.tracker.sitting
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(32 * 60 + 8, abs=5)


def test_quitting_during_a_break_ends_the_bout_when_the_break_began():
    desk = Desk(START)
    desk.work(30)
    began = desk.clock.now()
    desk.tracker.begin_break(began, desk.clock.mono)
    desk.clock.advance(timedelta(minutes=2))
    [ended] = desk.tracker.finish(desk.clock.now())
    assert (ended.bout.end_reason, ended.bout.ended_at) == (BoutEnd.BREAK, began)


def test_quitting_closes_the_bout_at_the_last_activity():
    desk = Desk(START)
    desk.work(15)
    desk.idle(1)
    [ended] = desk.tracker.finish(desk.clock.now())
    assert ended.bout.end_reason == BoutEnd.QUIT
    assert ended.bout.ended_at == START + timedelta(minutes=15)


def test_no_idle_information_counts_every_minute_as_sitting():
    desk = Desk(START)
    for _ in range(12 * 10):
        desk.clock.advance(POLL)
        desk.events += desk.tracker.observe(
            Observation(desk.clock.now(), desk.clock.mono, desk.clock.boot, idle_s=None)
        )
    assert desk.tracker.sitting_seconds(desk.clock.mono) == pytest.approx(600, abs=5)


def test_quitting_while_away_records_the_break_so_far():
    desk = Desk(START)
    desk.work(15)
    desk.idle(10)
    [brk] = desk.tracker.finish(desk.clock.now())
    assert isinstance(brk, NaturalBreak)
    assert brk.started_at == START + timedelta(minutes=15)
    assert brk.ended_at == desk.clock.now()
    assert brk.kind == BreakKind.LONG


def test_a_lock_seen_late_still_ends_the_bout_at_the_last_input():
    """The coach looks about once a minute while the user sits; the idle clock dates the lock."""
    desk = Desk(START)
    desk.work(20)  # last look and last input at 09:20:00
    desk.clock.advance(timedelta(seconds=40))
    desk.last_input = desk.clock.mono  # a last key at 09:20:40, then Super+L
    desk.clock.advance(timedelta(seconds=50))
    desk.locked = True
    desk.observe()  # the first look that sees the lock, at 09:21:30
    desk.clock.advance(timedelta(minutes=10))
    desk.observe()
    desk.locked = False
    desk.work(1)
    [bout] = desk.bouts()
    assert bout.end_reason == BoutEnd.LOCK
    assert bout.ended_at == START + timedelta(minutes=20, seconds=40)
