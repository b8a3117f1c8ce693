"""Fixtures for the idle adapters' integration tests: a private bus per test, fake services on it,
and sensors closed after each test whatever happened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

import pytest
from private_bus import FakeService, PrivateBus


@pytest.fixture
def private_bus() -> Iterator[PrivateBus]:
    """A running private bus, stopped after the test."""
    bus = PrivateBus()
    bus.start()
    yield bus
    bus.close()


@pytest.fixture
def serve(private_bus: PrivateBus) -> Iterator[Callable[[str], FakeService]]:
    """``serve(name)`` starts a FakeService owning ``name`` on the private bus; all vanish after the test."""
    services: list[FakeService] = []

    def start(name: str) -> FakeService:
        services.append(FakeService(private_bus.address, name).start())
        return services[-1]

    yield start
    for service in services:
        service.vanish()


class Closable(Protocol):
    def close(self) -> None: ...


C = TypeVar("C", bound=Closable)


@pytest.fixture
def opened() -> Iterator[Callable[[C], C]]:
    """``opened(sensor)`` returns the sensor and closes it after the test, pass or fail."""
    sensors: list[Closable] = []

    def track(sensor: C) -> C:
        sensors.append(sensor)
        return sensor

    yield track
    for sensor in sensors:
        sensor.close()
