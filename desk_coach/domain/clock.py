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
        """Seconds on a clock that never jumps and stands still while the machine sleeps."""
        ...

    def since_boot(self) -> float | None:
        """Seconds on a clock that never jumps and keeps counting through sleep.

        With ``monotonic`` it tells sleep (this one moved, that one did not) from a change of
        the wall clock (the wall moved, neither of these did). None where the platform has none.
        """
        ...


@dataclass
class ManualClock:
    """A clock that moves only when told to: for simulations and tests.

    ``advance`` moves every reading (time passing while awake); ``sleep`` moves the wall and
    boot clocks only, as a suspended laptop sees it; ``set_wall`` jumps the wall clock alone,
    as a manual change does. ``boot=None`` plays a platform without a boot clock.
    """

    wall: datetime
    mono: float = 0.0
    boot: float | None = 0.0

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start time")

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def since_boot(self) -> float | None:
        return self.boot

    def advance(self, delta: timedelta) -> None:
        self.wall = self.wall + delta
        self.mono += delta.total_seconds()
        if self.boot is not None:
            self.boot += delta.total_seconds()

    def sleep(self, delta: timedelta) -> None:
        self.wall = self.wall + delta
        if self.boot is not None:
            self.boot += delta.total_seconds()

    def set_wall(self, wall: datetime) -> None:
        if wall.tzinfo is None:
            raise ValueError("wall-clock time must be timezone-aware")
        self.wall = wall
