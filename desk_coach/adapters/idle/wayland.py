"""Idle time from a Wayland compositor: ``ext_idle_notifier_v1`` or ``org_kde_kwin_idle``.

Wayland gives clients no idle clock to read, only events: an idle watch with a timeout says
"idle" once the seat saw no input for that long, and "resumed" at the next input. A background
thread waits on the Wayland socket (it wakes only when the compositor says something) and
timestamps them; idle time is then exact while the user is away (the time since "idle" plus the
timeout) and reads 0 while they are active (true to within the one-second timeout).

Two protocols say this, and compositors offer one or both:
- ``ext_idle_notifier_v1`` (the standard one: KWin 5.27, sway 1.8, Hyprland, river, labwc, niri);
  version 2's input-only watch is preferred, which ignores idle inhibitors such as a playing video;
- ``org_kde_kwin_idle`` (KWin, and wlroots compositors before ext-idle-notify: sway 1.7).
The first of these the compositor offers is used. The wire protocol is spoken by ``wayland_wire``
in pure Python, so this works in a plain install and in the bundle with nothing more to install.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk_coach.adapters.idle.reader_thread import ReaderThread, woken
from desk_coach.adapters.idle.wayland_wire import WaylandConnection, WaylandError, display_path, uint

log = logging.getLogger(__name__)

RESOLUTION_MS = 1000
SEAT = "wl_seat"


@dataclass(frozen=True)
class IdleProtocol:
    """How to ask one protocol for an idle watch; ``idle_event`` and ``resumed_event`` are its opcodes."""

    interface: str
    max_version: int
    idle_event: int = 0
    resumed_event: int = 1

    def watch(self, connection: WaylandConnection, notifier: int, seat: int, timeout_ms: int,
              on_event: Callable[[int, bytes], None]) -> int:
        watch = connection.new_id(on_event)
        if self.interface == EXT_IDLE_NOTIFY.interface:
            # get_idle_notification (1) or, from version 2, get_input_idle_notification (2): id, timeout, seat
            opcode = 2 if connection.version(self.interface) >= 2 else 1
            connection.send(notifier, opcode, uint(watch), uint(timeout_ms), uint(seat))
        else:  # org_kde_kwin_idle.get_idle_timeout (0): id, seat, timeout
            connection.send(notifier, 0, uint(watch), uint(seat), uint(timeout_ms))
        return watch


EXT_IDLE_NOTIFY = IdleProtocol("ext_idle_notifier_v1", 2)
KDE_IDLE = IdleProtocol("org_kde_kwin_idle", 1)
PROTOCOLS = (EXT_IDLE_NOTIFY, KDE_IDLE)


class WaylandIdleSensor:
    """Idle time from the compositor at ``display`` (a name in ``runtime_dir``, or a path).

    ``protocols`` are tried in order; the first one the compositor offers is watched, and
    ``description`` names it once connected.
    """

    can_sense_activity = True

    def __init__(self, display: str, runtime_dir: str | None = None, *, resolution_ms: int = RESOLUTION_MS,
                 protocols: Sequence[IdleProtocol] = PROTOCOLS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        relative = not os.path.isabs(display) and runtime_dir
        self.path = display_path(display, runtime_dir) if relative else display
        self.resolution_ms = resolution_ms
        self.protocols = tuple(protocols)
        self.protocol: IdleProtocol | None = None
        self._clock = clock
        self._lock = threading.Lock()
        self._idle_since: float | None = None  # when the current idle period began; None while active
        self._connected = False
        self._connection: WaylandConnection | None = None
        self._reader: ReaderThread | None = None
        self._failing: str | None = None

    @property
    def description(self) -> str:
        names = self.protocol.interface if self.protocol else " or ".join(p.interface for p in self.protocols)
        return f"the Wayland compositor's idle notifications ({names})"

    def idle_seconds(self) -> float | None:
        if self._reader is None or not self._reader.is_alive():
            self._stop()
            if not self._start():
                return None
        with self._lock:
            if not self._connected:
                return None
            since = self._idle_since
        return 0.0 if since is None else max(0.0, self._clock() - since)

    def is_locked(self) -> bool | None:
        return None  # the protocols do not say; the factory asks logind

    def close(self) -> None:
        self._stop()

    # -- the connection and its reader thread ----------------------------------------------------

    def _start(self) -> bool:
        connection = WaylandConnection(self.path)
        try:
            connection.connect()
            protocol = next((p for p in self.protocols if p.interface in connection.globals), None)
            if protocol is None or SEAT not in connection.globals:
                connection.close()
                offered = " or ".join(p.interface for p in self.protocols)
                return self._failed(f"the compositor offers no {offered} (or no seat)")
            seat = connection.bind(SEAT, 1)
            notifier = connection.bind(protocol.interface, protocol.max_version)
            with self._lock:
                self._idle_since, self._connected = None, True
            protocol.watch(connection, notifier, seat, self.resolution_ms, self._on_event(protocol))
            connection.roundtrip()  # a refused watch is a protocol error, raised here
        except WaylandError as error:
            connection.close()
            with self._lock:
                self._connected = False
            return self._failed(str(error))
        self.protocol, self._connection = protocol, connection
        self._reader = ReaderThread(self._read, "wayland idle")
        self._failing = None
        log.debug("watching %s (version %d) on %s", protocol.interface,
                  min(connection.version(protocol.interface), protocol.max_version), self.path)
        return True

    def _read(self, wake_fd: int) -> None:
        """Dispatch the compositor's events as they come, until closed or disconnected."""
        connection = self._connection
        assert connection is not None
        try:
            while True:
                if woken(connection.fileno(), wake_fd):
                    return
                connection.dispatch()
        except (WaylandError, OSError, ValueError) as error:
            log.warning("lost the Wayland compositor at %s: %s", self.path, error)
        finally:
            with self._lock:
                self._connected = False

    def _stop(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.stop()
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
        with self._lock:
            self._connected = False

    def _on_event(self, protocol: IdleProtocol) -> Callable[[int, bytes], None]:
        def on_event(opcode: int, args: bytes) -> None:
            with self._lock:
                if opcode == protocol.idle_event:
                    self._idle_since = self._clock() - self.resolution_ms / 1000
                elif opcode == protocol.resumed_event:
                    self._idle_since = None
        return on_event

    def _failed(self, why: str) -> bool:
        if self._failing != why:
            log.info("Wayland idle time from %s: %s", self.path, why)
        self._failing = why
        return False
