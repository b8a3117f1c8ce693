"""Quiet times on Windows: ``SHQueryUserNotificationState`` (shell32), the shell's own answer to
"may an app show a notification now?".

One call, no round trip to another process, microseconds. What it tells:

- ``QUNS_BUSY`` (a fullscreen app is running, or presentation settings are on),
  ``QUNS_RUNNING_D3D_FULL_SCREEN`` (a fullscreen Direct3D app: a game) and ``QUNS_APP`` (an
  immersive Store app) -> FULLSCREEN;
- ``QUNS_PRESENTATION_MODE`` (the user turned on presentation settings) and ``QUNS_QUIET_TIME``
  (Windows' quiet hours: the first hour after a new install or upgrade; on Windows 10/11 also
  reported by some builds while Focus Assist is on) -> DO_NOT_DISTURB;
- ``QUNS_NOT_PRESENT`` (screen saver, locked, other user) and ``QUNS_ACCEPTS_NOTIFICATIONS`` -> nothing:
  the idle sensor deals with an absent user.

Camera and microphone use are not sensed on Windows (left out for now: the registry's
CapabilityAccessManager keys would tell, but they are undocumented).

The shell32 function is reached through a seam (``shell32``: anything with a
``SHQueryUserNotificationState(pointer_to_int) -> HRESULT`` attribute), so the mapping and the ctypes
handling are tested on Linux with a fake.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from desk_coach.adapters.quiet._support import NO_REASONS, OnceLog, why
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)


class UserNotificationState(IntEnum):
    """QUERY_USER_NOTIFICATION_STATE (shellapi.h)."""

    QUNS_NOT_PRESENT = 1
    QUNS_BUSY = 2
    QUNS_RUNNING_D3D_FULL_SCREEN = 3
    QUNS_PRESENTATION_MODE = 4
    QUNS_ACCEPTS_NOTIFICATIONS = 5
    QUNS_QUIET_TIME = 6
    QUNS_APP = 7


STATE_REASONS: dict[int, frozenset[QuietReason]] = {
    UserNotificationState.QUNS_BUSY: frozenset({QuietReason.FULLSCREEN}),
    UserNotificationState.QUNS_RUNNING_D3D_FULL_SCREEN: frozenset({QuietReason.FULLSCREEN}),
    UserNotificationState.QUNS_APP: frozenset({QuietReason.FULLSCREEN}),
    UserNotificationState.QUNS_PRESENTATION_MODE: frozenset({QuietReason.DO_NOT_DISTURB}),
    UserNotificationState.QUNS_QUIET_TIME: frozenset({QuietReason.DO_NOT_DISTURB}),
}


def load_shell32() -> Any:
    """shell32 with SHQueryUserNotificationState's prototype (Windows only; OSError elsewhere)."""
    loader = getattr(ctypes, "WinDLL", None)
    if loader is None:
        raise OSError("shell32 exists on Windows only")
    shell32 = loader("shell32")
    function = shell32.SHQueryUserNotificationState
    function.argtypes = [ctypes.POINTER(ctypes.c_int)]
    function.restype = ctypes.c_long  # HRESULT
    return shell32


class WindowsQuietSensor:
    """Reports FULLSCREEN or DO_NOT_DISTURB from the shell's user notification state."""

    description = "fullscreen / presentation mode / quiet time (SHQueryUserNotificationState)"

    def __init__(self, shell32: Any = None, *, load: Callable[[], Any] = load_shell32) -> None:
        self._shell32 = shell32
        self._load = load
        self._log = OnceLog(log)
        self._lock = threading.Lock()

    def state(self) -> int | None:
        """The raw QUERY_USER_NOTIFICATION_STATE, or None when it cannot be read (logged once)."""
        with self._lock:
            try:
                if self._shell32 is None:
                    self._shell32 = self._load()
                value = ctypes.c_int(0)
                result = self._shell32.SHQueryUserNotificationState(ctypes.pointer(value))
            except Exception as error:
                self._log("call", "cannot query the user notification state (%s); no quiet time sensed",
                          why(error))
                return None
            if result != 0:  # a failed HRESULT
                self._log("hresult", "SHQueryUserNotificationState failed (HRESULT 0x%08X); "
                          "no quiet time sensed", result & 0xFFFFFFFF)
                return None
            return value.value

    def active_reasons(self) -> frozenset[QuietReason]:
        state = self.state()
        return NO_REASONS if state is None else STATE_REASONS.get(state, NO_REASONS)
