"""Time as the core sees it: injected, never read from the machine directly.

A wall-clock reading alone cannot tell sleep from a clock change; a monotonic reading alone
cannot tell the date. The core always gets both, so it can reason about suspend and DST.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of time for the core. Adapters supply the system clock; tests a fake one."""

    def now(self) -> datetime:
        """Current wall-clock time, timezone-aware, in the user's local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it may pause while the machine sleeps)."""
        ...


@dataclass
class ManualClock:
    """A clock that moves only when told to: for simulations and tests.

    ``advance`` moves both readings (time passing while awake); ``sleep`` moves the wall
    clock only, as a suspended laptop sees it; ``set_wall`` jumps the wall clock, as a manual
    change or a time-zone move does.
    """

    wall: datetime
    mono: float = 0.0

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start time")

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: timedelta) -> None:
        self.wall = self.wall + delta
        self.mono += delta.total_seconds()

    def sleep(self, delta: timedelta) -> None:
        self.wall = self.wall + delta

    def set_wall(self, wall: datetime) -> None:
        if wall.tzinfo is None:
            raise ValueError("wall-clock time must be timezone-aware")
        self.wall = wall
