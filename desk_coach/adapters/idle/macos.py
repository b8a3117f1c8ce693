"""macOS: Quartz's seconds since the last input event, from CoreGraphics through ctypes.

``CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateHIDSystemState, kCGAnyInputEventType)``
counts hardware input only (not events that apps post), which is what "the user is at the desk"
means. The call sits behind ``QuartzClock`` so the sensor is tested on any platform; only
``CoreGraphicsClock`` loads the framework, and the factory imports this module on macOS alone.
The lock state is not read: ``is_locked`` is None.
"""

from __future__ import annotations

import ctypes
import logging
import math
from typing import Protocol

log = logging.getLogger(__name__)

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState
ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType, ~0 as a uint32 CGEventType


class QuartzClock(Protocol):
    def seconds_since_last_event(self, state: int, event_type: int) -> float:
        """``CGEventSourceSecondsSinceLastEventType(state, event_type)``."""
        ...


class CoreGraphicsClock:
    """The real call, from the CoreGraphics framework."""

    def __init__(self, path: str = CORE_GRAPHICS) -> None:
        self._function = ctypes.CDLL(path).CGEventSourceSecondsSinceLastEventType
        self._function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        self._function.restype = ctypes.c_double

    def seconds_since_last_event(self, state: int, event_type: int) -> float:
        return float(self._function(state, event_type))


class MacIdleSensor:
    """Idle time from the HID system's last input event."""

    description = "macOS input event times (CoreGraphics)"
    can_sense_activity = True

    def __init__(self, clock: QuartzClock | None = None) -> None:
        self._clock = CoreGraphicsClock() if clock is None else clock

    def idle_seconds(self) -> float | None:
        seconds = self._clock.seconds_since_last_event(HID_SYSTEM_STATE, ANY_INPUT_EVENT)
        if not math.isfinite(seconds) or seconds < 0:
            log.debug("CGEventSourceSecondsSinceLastEventType answered %r", seconds)
            return None
        return seconds

    def is_locked(self) -> bool | None:
        return None

    def close(self) -> None:
        pass
