"""Wayland compositors with ext-idle-notify-v1 (sway, Hyprland, river, labwc, niri, KWin...).

Wayland gives clients no idle clock to read, only events: a notification object with a timeout
says ``idled`` once the seat saw no input for that long, and ``resumed`` at the next input. So a
background thread waits on the Wayland socket and timestamps them; idle time is then exact while
the user is away (the time since ``idled`` plus the timeout) and reads 0 while they are active
(true to within the one-second timeout). Version 2's input-only notification is preferred, which
ignores idle inhibitors such as a playing video. Needs pywayland (``pip install pywayland``); the
factory skips this module without it.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import time
from collections.abc import Callable
from typing import Any

from pywayland.client import Display
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat

log = logging.getLogger(__name__)

RESOLUTION_MS = 1000
NOTIFIER, SEAT = ExtIdleNotifierV1.name, WlSeat.name


class WaylandIdleSensor:
    """Idle time from the compositor at ``display`` (a name in ``runtime_dir``, or a path)."""

    description = "the Wayland compositor's idle notifications (ext-idle-notify-v1)"
    can_sense_activity = True

    def __init__(self, display: str, runtime_dir: str | None = None, *, resolution_ms: int = RESOLUTION_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        absolute = os.path.isabs(display) or not runtime_dir
        self.path = display if absolute else os.path.join(runtime_dir or "", display)
        self.resolution_ms = resolution_ms
        self._clock = clock
        self._lock = threading.Lock()
        self._idle_since: float | None = None  # when the current idle period began; None while active
        self._connected = False
        self._display: Display | None = None
        self._keep: tuple[Any, ...] = ()  # the protocol objects, alive as long as the connection
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = -1, -1
        self._failing: str | None = None

    def idle_seconds(self) -> float | None:
        if self._thread is None or not self._thread.is_alive():
            self._stop()
            if not self._start():
                return None
        with self._lock:
            if not self._connected:
                return None
            since = self._idle_since
        return 0.0 if since is None else max(0.0, self._clock() - since)

    def is_locked(self) -> bool | None:
        return None  # the protocol does not say; the factory asks logind

    def close(self) -> None:
        self._stop()

    # -- the connection and its reader thread ----------------------------------------------------

    def _start(self) -> bool:
        display = Display(self.path)
        try:
            display.connect()
        except ValueError:
            return self._failed("cannot connect to the compositor")
        globals_: dict[str, tuple[int, int]] = {}

        def on_global(registry: Any, name: int, interface: str, version: int) -> None:
            globals_.setdefault(interface, (name, version))

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        if display.roundtrip() < 0 or NOTIFIER not in globals_ or SEAT not in globals_:
            display.disconnect()
            return self._failed(f"the compositor offers no {NOTIFIER} (or no seat)")
        seat = registry.bind(globals_[SEAT][0], WlSeat, 1)
        name, version = globals_[NOTIFIER]
        notifier = registry.bind(name, ExtIdleNotifierV1, min(version, 2))
        watch = notifier.get_input_idle_notification if version >= 2 else notifier.get_idle_notification
        notification = watch(self.resolution_ms, seat)
        notification.dispatcher["idled"] = self._on_idled
        notification.dispatcher["resumed"] = self._on_resumed
        if display.roundtrip() < 0:
            display.disconnect()
            return self._failed("the compositor refused the idle notification")
        with self._lock:
            self._idle_since, self._connected = None, True
        self._display, self._keep = display, (registry, seat, notifier, notification)
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._read, name="wayland idle", daemon=True)
        self._thread.start()
        self._failing = None
        log.debug("watching %s on %s (version %d)", NOTIFIER, self.path, min(version, 2))
        return True

    def _read(self) -> None:
        """Dispatch the compositor's events as they come, until closed or disconnected."""
        display = self._display
        assert display is not None
        fd = display.get_fd()
        try:
            while True:
                display.dispatch(block=False)
                display.flush()
                if self._wake_r in select.select([fd, self._wake_r], [], [])[0]:
                    return
                display.read()
        except (RuntimeError, OSError, ValueError) as error:
            log.warning("lost the Wayland compositor at %s: %s", self.path, error)
        finally:
            with self._lock:
                self._connected = False

    def _stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            os.write(self._wake_w, b"x")
            thread.join(5)
        for fd in (self._wake_r, self._wake_w):
            if fd >= 0:
                os.close(fd)
        self._wake_r = self._wake_w = -1
        display, self._display = self._display, None
        if display is not None:
            self._keep = ()
            display.disconnect()
        with self._lock:
            self._connected = False

    def _on_idled(self, notification: Any) -> None:
        with self._lock:
            self._idle_since = self._clock() - self.resolution_ms / 1000

    def _on_resumed(self, notification: Any) -> None:
        with self._lock:
            self._idle_since = None

    def _failed(self, why: str) -> bool:
        if self._failing != why:
            log.info("Wayland idle time from %s: %s", self.path, why)
        self._failing = why
        return False
