"""Is the camera in use? On Linux: does a process other than us hold a ``/dev/video*`` device open.

The answer comes from the open file descriptors under ``/proc/<pid>/fd`` (symlinks to what each one
opened). Reading all of them is a full scan: 1.5-3 ms for 80 processes and 400 descriptors, but
about 60 ms for 220 processes and 16,000 descriptors (measured; a desktop with a browser has that
many) - too much for every poll. So the sensor scans only when something may have changed: it
asks the kernel (inotify) to report every open and close of the video devices, and every video
device appearing or going in ``/dev``; with no event since the last scan, a poll is a single
non-blocking read (a few µs). It still scans every ``safety_rescan_seconds`` in case an event was
missed (a full event queue is noticed and triggers a scan too). Without inotify (no permission to
watch a device), it scans at most every ``rescan_seconds``.

The scan checks the processes found holding a camera last time first, and stops at the first
holder. Processes of other users cannot be read (their ``fd`` folder is private) and are skipped;
the camera of a desktop user is held by one of their own processes (the browser, the call app, or
PipeWire serving the camera to a sandboxed app), so this is rarely a loss. With no video device at
all the sensor costs nothing.

``proc_root`` and ``dev_dir`` are injectable, for tests against a fake ``/proc`` or fake devices.
"""

from __future__ import annotations

import ctypes
import logging
import os
import struct
import threading
import time

from desk_coach.adapters.quiet._support import NO_REASONS, Clock, OnceLog, why
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)

CAMERA = frozenset({QuietReason.CAMERA})
DEVICE_PREFIX = "video"

# <sys/inotify.h>
IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_CLOSE_NOWRITE, IN_OPEN = 0x2, 0x4, 0x8, 0x10, 0x20
IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x40, 0x80, 0x100, 0x200
IN_DELETE_SELF, IN_MOVE_SELF, IN_Q_OVERFLOW, IN_IGNORED, IN_ONLYDIR = 0x400, 0x800, 0x4000, 0x8000, 0x1000000
IN_NONBLOCK, IN_CLOEXEC = os.O_NONBLOCK, os.O_CLOEXEC
DEVICE_EVENTS = IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_DELETE_SELF | IN_MOVE_SELF
FOLDER_EVENTS = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name


class Inotify:
    """A non-blocking inotify instance through libc (no dependency): add watches, drain events."""

    def __init__(self) -> None:
        self._libc = libc = ctypes.CDLL(None, use_errno=True)
        libc.inotify_init1.argtypes = [ctypes.c_int]
        libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        libc.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
        fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if fd < 0:
            raise _errno_error("inotify_init1")
        self.fd = fd

    def add_watch(self, path: str, mask: int) -> int:
        wd = self._libc.inotify_add_watch(self.fd, os.fsencode(path), mask)
        if wd < 0:
            raise _errno_error(f"inotify_add_watch {path}")
        return wd

    def remove_watch(self, wd: int) -> None:
        self._libc.inotify_rm_watch(self.fd, wd)  # an already-gone watch is fine

    def read_events(self) -> list[tuple[int, int, str]]:
        """Every queued event as (watch, mask, name), without waiting; [] when there is none."""
        events: list[tuple[int, int, str]] = []
        while True:
            try:
                data = os.read(self.fd, 64 * 1024)
            except BlockingIOError:
                return events
            offset = 0
            while offset + _EVENT.size <= len(data):
                wd, mask, _cookie, size = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset:offset + size].split(b"\0", 1)[0].decode(errors="replace")
                offset += size
                events.append((wd, mask, name))

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _errno_error(what: str) -> OSError:
    number = ctypes.get_errno()
    return OSError(number, f"{what}: {os.strerror(number)}")


class LinuxCameraSensor:
    """Reports CAMERA while a process other than this one holds a video device open."""

    description = "camera in use (/dev/video* held open)"

    def __init__(self, proc_root: str | os.PathLike[str] = "/proc",
                 dev_dir: str | os.PathLike[str] = "/dev", *,
                 own_pid: int | None = None, watch: bool = True, rescan_seconds: float = 30.0,
                 safety_rescan_seconds: float = 300.0, device_refresh_seconds: float = 60.0,
                 clock: Clock = time.monotonic) -> None:
        self.proc_root, self.dev_dir = str(proc_root), str(dev_dir)
        self.own_pid = str(os.getpid() if own_pid is None else own_pid)
        self.rescan_seconds, self.safety_rescan_seconds = rescan_seconds, safety_rescan_seconds
        self.device_refresh_seconds = device_refresh_seconds
        self._clock = clock
        self._want_watch = watch
        self._log = OnceLog(log)
        self._lock = threading.Lock()
        self._inotify: Inotify | None = None
        self._folder_watch = -1
        self._device_watches: dict[str, int] = {}
        self._watching = False  # every current device is watched, and so is the folder
        self._devices: frozenset[str] | None = None
        self._devices_at = 0.0
        self._in_use = False
        self._holders: list[str] = []  # pids that held a camera at the last scan
        self._scanned_at: float | None = None
        self.scans = 0  # full scans done so far (for tests and diagnostics)

    @property
    def devices(self) -> frozenset[str]:
        """The video device paths found at the last look."""
        return self._devices or frozenset()

    @property
    def watching(self) -> bool:
        """Whether the devices are watched with inotify (scans only on events)."""
        return self._watching

    def active_reasons(self) -> frozenset[QuietReason]:
        with self._lock:
            try:
                return CAMERA if self._poll() else NO_REASONS
            except Exception as error:  # never raise into the scheduler; not quiet
                self._log("poll", "cannot tell whether the camera is in use (%s); assuming it is not",
                          why(error))
                return NO_REASONS

    def close(self) -> None:
        with self._lock:
            if self._inotify is not None:
                self._inotify.close()
                self._inotify = None
            self._watching = False

    # -- inside the lock ---------------------------------------------------------------------------

    def _poll(self) -> bool:
        now = self._clock()
        if self._devices is None:
            self._refresh_devices(now)
        dirty = self._scanned_at is None
        if self._watching:
            dirty |= self._drain_events(now)
            dirty |= self._scanned_at is not None and now - self._scanned_at >= self.safety_rescan_seconds
        else:
            if now - self._devices_at >= self.device_refresh_seconds:
                dirty |= self._refresh_devices(now)
            dirty |= self._scanned_at is not None and now - self._scanned_at >= self.rescan_seconds
        if dirty:
            self._in_use = self._scan()
            self._scanned_at = now
        return self._in_use

    def _refresh_devices(self, now: float) -> bool:
        """Look for the video devices again (and re-arm the watches); True when the list changed."""
        try:
            names = [entry.name for entry in os.scandir(self.dev_dir) if entry.name.startswith(DEVICE_PREFIX)]
        except OSError as error:
            self._log("devices", "cannot list %s (%s); no camera sensed", self.dev_dir, error,
                      level=logging.INFO)
            names = []
        devices = frozenset(os.path.join(self.dev_dir, name) for name in names)
        changed = devices != self._devices
        self._devices, self._devices_at = devices, now
        if self._want_watch:
            self._watch(devices)
        return changed

    def _watch(self, devices: frozenset[str]) -> None:
        try:
            if self._inotify is None:
                self._inotify = Inotify()
                self._folder_watch = self._inotify.add_watch(self.dev_dir, FOLDER_EVENTS)
            for path in set(self._device_watches) - devices:
                self._inotify.remove_watch(self._device_watches.pop(path))
            for path in sorted(devices - set(self._device_watches)):
                self._device_watches[path] = self._inotify.add_watch(path, DEVICE_EVENTS)
            self._watching = True
        except OSError as error:
            self._log("watch", "cannot watch the video devices (%s); scanning for camera use every %g s "
                      "instead", error, self.rescan_seconds, level=logging.INFO)
            self._want_watch = self._watching = False
            if self._inotify is not None:
                self._inotify.close()
                self._inotify = None
            self._device_watches.clear()

    def _drain_events(self, now: float) -> bool:
        """Read the queued events; True when a device was opened or closed, or the list changed."""
        if self._inotify is None:
            return False
        events = self._inotify.read_events()
        if not events:
            return False
        gone = {wd for wd, mask, _ in events if mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)}
        gone.discard(self._folder_watch)
        devices_changed = bool(gone) or any(
            mask & IN_Q_OVERFLOW or (wd == self._folder_watch and name.startswith(DEVICE_PREFIX))
            for wd, mask, name in events
        )
        if gone:  # the kernel drops the watch of a removed device; forget it, so it is re-armed if it is back
            for path, wd in list(self._device_watches.items()):
                if wd in gone:
                    self._inotify.remove_watch(self._device_watches.pop(path))
        if devices_changed:
            self._refresh_devices(now)
        return True

    def _scan(self) -> bool:
        """Whether another process holds one of the devices open; remembers who."""
        self.scans += 1
        devices = self._devices
        if not devices:
            self._holders = []
            return False
        for pid in self._holders:  # the usual case while a call goes on: the same process still holds it
            if self._holds(pid, devices):
                return True
        try:
            entries = os.scandir(self.proc_root)
        except OSError as error:
            self._log("proc", "cannot read %s (%s); no camera sensed", self.proc_root, error)
            return False
        with entries:
            for entry in entries:
                pid = entry.name
                if pid.isdigit() and pid != self.own_pid and self._holds(pid, devices):
                    self._holders = [pid]
                    return True
        self._holders = []
        return False

    def _holds(self, pid: str, devices: frozenset[str]) -> bool:
        folder = f"{self.proc_root}/{pid}/fd"
        try:
            entries = os.scandir(folder)  # other users' processes: PermissionError; gone: FileNotFoundError
        except OSError:
            return False
        with entries:
            for entry in entries:
                try:
                    if os.readlink(entry.path) in devices:
                        return True
                except OSError:  # closed meanwhile
                    continue
        return False
