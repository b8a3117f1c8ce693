"""Quiet times on macOS: not sensed yet.

Each answer would need a framework that this package does not reach today: Focus (do not disturb)
is readable only through the Intents framework with a user permission and an entitlement; a
fullscreen window of another app through the window server's window list (Quartz); camera and
microphone use through CoreMediaIO / CoreAudio "is running somewhere" device properties. The last
two are public C APIs that ctypes could call cheaply, but they cannot be tested here, so they are
left for a later change. Until then the sensor says "not quiet" and logs once that it cannot tell.
"""

from __future__ import annotations

import logging

from desk_coach.adapters.quiet._support import NO_REASONS, OnceLog
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)


class MacQuietSensor:
    """Never reports a quiet time; says once, in the log, that macOS quiet times are not sensed."""

    description = "none (macOS quiet times are not sensed yet)"

    def __init__(self) -> None:
        self._log = OnceLog(log)

    def active_reasons(self) -> frozenset[QuietReason]:
        self._log("unsupported", "fullscreen, camera, microphone and Focus are not sensed on macOS yet; "
                  "reminders do not wait for them", level=logging.INFO)
        return NO_REASONS
