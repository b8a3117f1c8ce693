"""An idle sensor whose unanswered lock questions go to other sources (logind, a screen saver).

X11 cannot tell whether the screen is locked, and a desktop's own lock service may be missing or
restarting; the session's lock state from elsewhere is better than "cannot tell".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from desk_coach.services.ports import IdleSensor


class LockSource(Protocol):
    @property
    def description(self) -> str: ...

    def is_locked(self) -> bool | None: ...

    def close(self) -> None: ...


class LockFallbackSensor:
    """``sensor``'s idle time; its lock state, else the first of ``sources`` that can tell."""

    def __init__(self, sensor: IdleSensor, sources: Sequence[LockSource]) -> None:
        self.sensor = sensor
        self.sources = tuple(sources)
        self.can_sense_activity = sensor.can_sense_activity
        names = ", then ".join(source.description for source in self.sources)
        self.description = f"{sensor.description}; lock state also from {names}"

    def idle_seconds(self) -> float | None:
        return self.sensor.idle_seconds()

    @property
    def watching(self) -> bool:
        return bool(getattr(self.sensor, "watching", False))

    def watch(self, threshold_s: float, on_change: Callable[[], None]) -> bool:
        """The sensor's own idle watch (``IdleWatch``), where it has one."""
        watch = getattr(self.sensor, "watch", None)
        return watch is not None and watch(threshold_s, on_change)

    def is_locked(self) -> bool | None:
        locked = self.sensor.is_locked()
        for source in self.sources:
            if locked is not None:
                break
            locked = source.is_locked()
        return locked

    def close(self) -> None:
        self.sensor.close()
        for source in self.sources:
            source.close()
