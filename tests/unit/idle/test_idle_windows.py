"""Windows idle time from GetLastInputInfo and GetTickCount, through a fake of the two calls."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_coach.adapters.idle.windows import WRAP, WindowsIdleSensor, idle_ms


@dataclass
class FakeTicks:
    last_input: int | None
    now: int

    def last_input_tick(self) -> int | None:
        return self.last_input

    def tick_count(self) -> int:
        return self.now


@pytest.mark.parametrize(("last_input", "now", "expected"), [
    (1_000, 1_000, 0),
    (1_000, 61_000, 60_000),
    (WRAP - 500, 1_500, 2_000),  # the tick counter wrapped (49.7 days of uptime) between input and now
    (WRAP - 1, 0, 1),
    (5_000, 4_990, 0),  # the last input a hair after the clock reading: no idle, not 49 days
])
def test_idle_ms(last_input: int, now: int, expected: int):
    assert idle_ms(last_input, now) == expected


@given(last_input=st.integers(0, WRAP - 1), elapsed=st.integers(0, WRAP - 1001))
def test_idle_ms_is_the_time_elapsed_whatever_the_wrap(last_input: int, elapsed: int):
    assert idle_ms(last_input, (last_input + elapsed) % WRAP) == elapsed


def test_sensor_reports_seconds_across_the_wrap():
    ticks = FakeTicks(last_input=WRAP - 2_000, now=8_000)
    sensor = WindowsIdleSensor(ticks)
    assert sensor.idle_seconds() == 10.0
    ticks.last_input = 8_000
    assert sensor.idle_seconds() == 0.0
    assert sensor.can_sense_activity
    assert sensor.is_locked() is None
    sensor.close()


def test_a_failed_get_last_input_info_gives_none():
    assert WindowsIdleSensor(FakeTicks(last_input=None, now=1_000)).idle_seconds() is None
