"""macOS idle time from CGEventSourceSecondsSinceLastEventType, through a fake of the one call."""

from __future__ import annotations

import math

import pytest

from desk_coach.adapters.idle.macos import MacIdleSensor


class FakeQuartz:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.calls: list[tuple[int, int]] = []

    def seconds_since_last_event(self, state: int, event_type: int) -> float:
        self.calls.append((state, event_type))
        return self.seconds


def test_sensor_asks_the_hid_system_for_any_input_event():
    quartz = FakeQuartz(12.5)
    sensor = MacIdleSensor(quartz)
    assert sensor.idle_seconds() == 12.5
    # kCGEventSourceStateHIDSystemState = 1, kCGAnyInputEventType = ~0 as a 32-bit CGEventType
    assert quartz.calls == [(1, 0xFFFFFFFF)]
    quartz.seconds = 0.0
    assert sensor.idle_seconds() == 0.0
    assert sensor.can_sense_activity
    assert sensor.is_locked() is None
    sensor.close()


@pytest.mark.parametrize("nonsense", [-1.0, math.nan, math.inf])
def test_a_nonsense_answer_gives_none(nonsense: float):
    assert MacIdleSensor(FakeQuartz(nonsense)).idle_seconds() is None
