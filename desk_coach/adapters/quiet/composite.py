"""Several quiet-time sensors as one: the union of what they report."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from desk_coach.adapters.quiet._support import OnceLog
from desk_coach.domain.quiet import QuietReason
from desk_coach.services.ports import QuietSensor

log = logging.getLogger(__name__)


def describe(sensor: object) -> str:
    return str(getattr(sensor, "description", type(sensor).__name__))


class QuietSensors:
    """A ``QuietSensor`` asking each of ``sensors`` and reporting every reason any of them gives.

    The sensors here never raise, but a sensor that does anyway counts as "not quiet" for that poll
    and is logged once; ``close()`` closes the sensors that have a ``close``.
    """

    def __init__(self, sensors: Iterable[QuietSensor]) -> None:
        self.sensors: tuple[QuietSensor, ...] = tuple(sensors)
        self._log = OnceLog(log)

    @property
    def description(self) -> str:
        return "; ".join(describe(sensor) for sensor in self.sensors) or "none"

    def active_reasons(self) -> frozenset[QuietReason]:
        reasons: set[QuietReason] = set()
        for index, sensor in enumerate(self.sensors):
            try:
                reasons |= sensor.active_reasons()
            except Exception:
                self._log(f"sensor-{index}", "quiet-time sensor %r failed; ignoring it for this poll",
                          describe(sensor), exc_info=True)
        return frozenset(reasons)

    def close(self) -> None:
        for sensor in self.sensors:
            close = getattr(sensor, "close", None)
            if close is None:
                continue
            try:
                close()
            except Exception:
                log.warning("closing quiet-time sensor %r failed", describe(sensor), exc_info=True)
