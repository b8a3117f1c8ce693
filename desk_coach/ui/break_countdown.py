"""The countdown of a break the user chose to start, without Qt.

The break window (``break_window.BreakWindow``) shows it and calls it from its buttons and
timers; whether it runs, how much is left, what the clock face reads and when it is over are
decided here, from a monotonic clock reading, never by counting timer ticks, so a late tick, a
suspended machine or a test's fake clock all come out right. Beside its view in ``ui/``: the
state of one window, not a use case; no Qt import (an import-linter contract keeps it so).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from desk_coach.wording.figures import countdown_words


class BreakCountdown:
    """``length_s`` seconds counted down from :meth:`start`, with pauses, until done.

    Nothing counts before :meth:`start`; :meth:`finish` ends it early (or on time). After
    that every action does nothing.
    """

    def __init__(self, length_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        if not length_s > 0:
            raise ValueError(f"a break must last some time, got {length_s!r} s")
        self.length_s = float(length_s)
        self._clock = clock
        self._started = False
        self._run_from: float | None = None  # clock reading when the current running stretch began
        self._spent = 0.0  # seconds counted down before that stretch
        self._done = False

    @property
    def elapsed_s(self) -> float:
        """Seconds of the break counted down so far (pauses excluded)."""
        spent = self._spent
        if self._run_from is not None:
            spent += max(0.0, self._clock() - self._run_from)
        return min(self.length_s, spent)

    @property
    def remaining_s(self) -> float:
        return self.length_s - self.elapsed_s

    @property
    def running(self) -> bool:
        """True while the countdown is counting: started, not paused and not finished."""
        return self._run_from is not None

    @property
    def paused(self) -> bool:
        return self._started and not self._done and self._run_from is None

    @property
    def started(self) -> bool:
        return self._started

    @property
    def done(self) -> bool:
        return self._done

    @property
    def face(self) -> str:
        """What the clock face reads: the time left as mm:ss."""
        return countdown_words(self.remaining_s)

    def progress(self, steps: int) -> int:
        """The share counted down, in whole ``steps`` (a progress bar's range)."""
        return min(steps, math.floor(self.elapsed_s / self.length_s * steps + 1e-9))

    def start(self) -> None:
        """Start counting (once); a second call does nothing."""
        if not self._started and not self._done:
            self._started = True
            self._run_from = self._clock()

    def pause(self) -> bool:
        """Hold the count; False when it was not running."""
        if not self.running:
            return False
        self._stop_counting()
        return True

    def resume(self) -> bool:
        """Count on after a pause; False when it was not paused."""
        if not self.paused:
            return False
        self._run_from = self._clock()
        return True

    def finish(self) -> bool:
        """The break is over (on time or early); False when it already was."""
        if self._done:
            return False
        self._stop_counting()
        self._done = True
        return True

    def _stop_counting(self) -> None:
        if self._run_from is not None:
            self._spent += max(0.0, self._clock() - self._run_from)
            self._run_from = None
