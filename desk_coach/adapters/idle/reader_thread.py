"""A daemon thread that sleeps in ``select`` on a connection's socket until its events come, and a
pipe that wakes it at once when it is asked to stop: the shape of every idle watcher that waits
for a desktop to speak (the Wayland compositor's idle notifications, X11's SYNC alarms)."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable


class ReaderThread:
    """Runs ``read(wake_fd)`` on a daemon thread; ``read`` returns once ``woken(fd, wake_fd)`` says
    the wake pipe was written. ``stop`` writes it, joins the thread and closes the pipe."""

    def __init__(self, read: Callable[[int], None], name: str) -> None:
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=read, args=(self._wake_r,), name=name, daemon=True)
        self._thread.start()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 5) -> None:
        os.write(self._wake_w, b"x")
        self._thread.join(timeout)
        os.close(self._wake_r)
        os.close(self._wake_w)


def woken(fd: int, wake_fd: int) -> bool:
    """Wait until ``fd`` has something to read or ``wake_fd`` was written; True for the latter."""
    return wake_fd in select.select([fd, wake_fd], [], [])[0]
