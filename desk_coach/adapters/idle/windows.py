"""Windows: ``GetLastInputInfo`` (the tick of the last input) against ``GetTickCount`` (now).

Both are 32-bit millisecond tick counts that wrap every 49.7 days, so the idle time is their
difference modulo 2**32; a last-input tick a hair ahead of the clock read just after it counts
as no idle time. The two calls sit behind ``TickSource`` so the arithmetic is tested on any
platform; only ``Win32Ticks`` touches ctypes.windll, and the factory imports this module on
Windows alone. Windows offers no cheap lock query here: ``is_locked`` is None.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Protocol

log = logging.getLogger(__name__)

WRAP = 2**32
#: A last-input tick up to this many ms after the tick count is clock jitter, not 49 days of idle.
AHEAD_TOLERANCE_MS = 1000


class TickSource(Protocol):
    """The two Win32 calls the sensor needs."""

    def last_input_tick(self) -> int | None:
        """``GetLastInputInfo``'s ``dwTime``, or None when the call failed."""
        ...

    def tick_count(self) -> int:
        """``GetTickCount()``."""
        ...


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


class Win32Ticks:
    """The real calls, from user32 and kernel32."""

    def __init__(self) -> None:
        windll = ctypes.windll  # type: ignore[attr-defined]  # Windows only
        self._get_last_input_info = windll.user32.GetLastInputInfo
        self._get_last_input_info.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._get_last_input_info.restype = ctypes.c_int
        self._get_tick_count = windll.kernel32.GetTickCount
        self._get_tick_count.argtypes, self._get_tick_count.restype = [], ctypes.c_uint32

    def last_input_tick(self) -> int | None:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        return info.dwTime if self._get_last_input_info(ctypes.byref(info)) else None

    def tick_count(self) -> int:
        return int(self._get_tick_count())


def idle_ms(last_input: int, now: int) -> int:
    """Milliseconds from tick ``last_input`` to tick ``now``, across a wrap of the 32-bit counter."""
    elapsed = (now - last_input) % WRAP
    return 0 if elapsed > WRAP - AHEAD_TOLERANCE_MS else elapsed


class WindowsIdleSensor:
    """Idle time from Windows' last-input tick."""

    description = "Windows' last-input time (GetLastInputInfo)"
    can_sense_activity = True

    def __init__(self, ticks: TickSource | None = None) -> None:
        self._ticks = Win32Ticks() if ticks is None else ticks

    def idle_seconds(self) -> float | None:
        last = self._ticks.last_input_tick()  # first: the clock read after it is never behind it
        if last is None:
            log.debug("GetLastInputInfo failed (no interactive desktop?)")
            return None
        return idle_ms(last, self._ticks.tick_count()) / 1000

    def is_locked(self) -> bool | None:
        return None

    def close(self) -> None:
        pass
