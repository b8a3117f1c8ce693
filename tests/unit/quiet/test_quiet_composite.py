"""Several quiet-time sensors as one."""

from __future__ import annotations

import pytest

from desk_coach.adapters.quiet.composite import QuietSensors
from desk_coach.domain.quiet import QuietReason


class Fixed:
    def __init__(self, *reasons: QuietReason, description: str = "fixed") -> None:
        self.reasons = frozenset(reasons)
        self.description = description
        self.polls = 0
        self.closed = False

    def active_reasons(self) -> frozenset[QuietReason]:
        self.polls += 1
        return self.reasons

    def close(self) -> None:
        self.closed = True


class Broken:
    description = "broken"

    def active_reasons(self) -> frozenset[QuietReason]:
        raise RuntimeError("boom")

    def close(self) -> None:
        raise RuntimeError("close boom")


def test_the_union_of_every_sensor() -> None:
    sensors = QuietSensors(
        [
            Fixed(QuietReason.FULLSCREEN),
            Fixed(),
            Fixed(QuietReason.CAMERA, QuietReason.MICROPHONE),
            Fixed(QuietReason.CAMERA),
        ]
    )
    assert sensors.active_reasons() == {QuietReason.FULLSCREEN, QuietReason.CAMERA, QuietReason.MICROPHONE}
    assert isinstance(sensors.active_reasons(), frozenset)


def test_every_sensor_is_asked_even_when_one_already_says_quiet() -> None:
    first, second = Fixed(QuietReason.DO_NOT_DISTURB), Fixed(QuietReason.CAMERA)
    assert QuietSensors([first, second]).active_reasons() == {QuietReason.DO_NOT_DISTURB, QuietReason.CAMERA}
    assert first.polls == second.polls == 1


def test_no_sensor_is_never_quiet() -> None:
    sensors = QuietSensors([])
    assert sensors.active_reasons() == frozenset()
    assert sensors.description == "none"


def test_a_sensor_that_raises_is_skipped_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    sensors = QuietSensors([Broken(), Fixed(QuietReason.FULLSCREEN)])
    for _ in range(3):
        assert sensors.active_reasons() == {QuietReason.FULLSCREEN}
    [record] = caplog.records
    assert "'broken' failed" in record.getMessage()
    assert record.exc_info is not None


def test_close_closes_every_sensor_even_after_a_failure(caplog: pytest.LogCaptureFixture) -> None:
    fixed = Fixed()
    sensors = QuietSensors([Broken(), fixed, object()])  # type: ignore[list-item]
    sensors.close()
    assert fixed.closed
    assert "closing quiet-time sensor 'broken' failed" in caplog.text


def test_description_names_each_sensor() -> None:
    sensors = QuietSensors([Fixed(description="a"), Fixed(description="b")])
    assert sensors.description == "a; b"
