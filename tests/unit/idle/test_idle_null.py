"""The null sensor: knows nothing, and tells the user so plainly."""

from __future__ import annotations

from desk_coach.adapters.idle.null import NullIdleSensor


def test_null_sensor_cannot_sense_and_says_so():
    sensor = NullIdleSensor("no graphical session")
    assert sensor.can_sense_activity is False
    assert sensor.idle_seconds() is None
    assert sensor.is_locked() is None
    assert "cannot see keyboard or mouse activity" in sensor.description
    assert "work hours" in sensor.description
    assert sensor.reason == "no graphical session"
    sensor.close()
