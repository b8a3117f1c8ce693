"""X11: the MIT-SCREEN-SAVER extension's idle counter, read from libXss through ctypes.

``XScreenSaverQueryInfo`` is one round trip to the X server (about 40 µs), so the display is
opened once and queried at each poll; its ``idle`` field is the server's milliseconds since the
last user input (``ms_since_user_input`` in the protocol). Under Xwayland it sees only input sent
to X11 windows, so the factory never uses it there. X11 has no notion of a locked session:
``is_locked`` is None and the factory fills it in from elsewhere.

By default Xlib ends the whole process when the connection to the X server breaks. An I/O error
handler that returns for our displays (chaining to the previous handler for anyone else's) and a
per-display exit handler (libX11 1.7 and later) turn that into a failed query instead: the sensor
logs, returns None and opens the display again at the next poll.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_coach.adapters.idle.xsync import IdleAlarms

log = logging.getLogger(__name__)

_p = ctypes.c_void_p
_IOErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, _p)
_ExitHandler = ctypes.CFUNCTYPE(None, _p, _p)


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong), ("event_mask", ctypes.c_ulong)]


def _load(name: str, soname: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(name)
        if found is None:
            raise
        return ctypes.CDLL(found)


class _Xlib:
    """libX11 + libXss with their prototypes, and the process-wide I/O error handler (Xlib has one)."""

    def __init__(self) -> None:
        self.x11 = x11 = _load("X11", "libX11.so.6")
        self.xss = xss = _load("Xss", "libXss.so.1")
        for lib, name, restype, argtypes in [
            (x11, "XOpenDisplay", _p, [ctypes.c_char_p]),
            (x11, "XCloseDisplay", ctypes.c_int, [_p]),
            (x11, "XDefaultRootWindow", ctypes.c_ulong, [_p]),
            (x11, "XSetIOErrorHandler", _p, [_p]),
            (xss, "XScreenSaverQueryExtension", ctypes.c_int,
             [_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]),
            (xss, "XScreenSaverQueryInfo", ctypes.c_int,
             [_p, ctypes.c_ulong, ctypes.POINTER(_ScreenSaverInfo)]),
        ]:
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        self.set_exit_handler = getattr(x11, "XSetIOErrorExitHandler", None)
        if self.set_exit_handler is not None:
            self.set_exit_handler.restype, self.set_exit_handler.argtypes = None, [_p, _p, _p]
        self.ours: set[int] = set()  # our open displays
        self.broken: set[int] = set()  # those whose connection broke
        self._previous: Callable[[int | None], int] | None = None
        self._handler = _IOErrorHandler(self._on_io_error)  # kept alive as long as Xlib may call it
        self._exit_handler = _ExitHandler(lambda display, data: None)

    def guard(self, display: int) -> None:
        """Make a broken connection on ``display`` a failed call rather than the end of the process."""
        self.ours.add(display)
        previous = self.x11.XSetIOErrorHandler(ctypes.cast(self._handler, _p))
        if previous != ctypes.cast(self._handler, _p).value:
            self._previous = _IOErrorHandler(previous) if previous else None
        if self.set_exit_handler is not None:
            self.set_exit_handler(display, ctypes.cast(self._exit_handler, _p), None)

    def _on_io_error(self, display: int | None) -> int:
        if display in self.ours:
            self.broken.add(display)
            return 0
        return self._previous(display) if self._previous is not None else 0


@functools.cache
def _libraries() -> _Xlib:
    """libX11 and libXss, loaded once per process as Xlib's handler is (OSError when missing:
    Debian packages libx11-6 and libxss1)."""
    return _Xlib()


class X11IdleSensor:
    """Idle time from the X server ``display`` (":0"); opened on first use and again after it broke.

    ``watch`` adds the SYNC extension's idle alarms (``xsync``): then the coach need not look
    for the user leaving or coming back, the alarms wake it.
    """

    can_sense_activity = True

    def __init__(self, display: str) -> None:
        self.display_name = display
        self._lib = _libraries()
        self._display: int | None = None
        self._root = 0
        self._info = _ScreenSaverInfo()
        self._failing: str | None = None
        self._watch: tuple[float, Callable[[], None]] | None = None
        self._alarms: IdleAlarms | None = None

    @property
    def description(self) -> str:
        woken = "; woken by the SYNC extension's IDLETIME alarms" if self.watching else ""
        return f"the X11 screen saver extension (XScreenSaver){woken}"

    @property
    def watching(self) -> bool:
        """Whether the idle alarms are armed and heard (see ``watch``)."""
        return self._alarms is not None and self._alarms.alive

    def watch(self, threshold_s: float, on_change: Callable[[], None]) -> bool:
        """Call ``on_change`` (from another thread) when the user has been idle ``threshold_s``
        and when they are back; False when this X server cannot, and the caller must poll."""
        self._stop_alarms()
        self._watch = (threshold_s, on_change)
        return self._start_alarms()

    def idle_seconds(self) -> float | None:
        display = self._display or self._open()
        if display is None:
            return None
        ok = self._lib.xss.XScreenSaverQueryInfo(display, self._root, ctypes.byref(self._info))
        if display in self._lib.broken or not ok:
            self._close()
            self._failed("the connection to the X server broke")
            return None
        self._failing = None
        if self._watch is not None and self._alarms is not None and not self._alarms.alive:
            self._start_alarms()  # the server is back after a break: arm the alarms again
        return self._info.idle / 1000

    def is_locked(self) -> bool | None:
        return None  # X11 cannot tell; see the module docstring

    def close(self) -> None:
        self._watch = None
        self._stop_alarms()
        self._close()

    def _start_alarms(self) -> bool:
        from desk_coach.adapters.idle.xsync import AlarmsUnavailable, IdleAlarms, NoIdleAlarms

        assert self._watch is not None
        self._stop_alarms()
        alarms = IdleAlarms(self.display_name, *self._watch)
        try:
            alarms.start()
        except (NoIdleAlarms, OSError) as error:  # for good: libXext, SYNC or IDLETIME is missing
            log.info("X11 idle alarms on display %s: %s; the idle time is polled instead",
                     self.display_name, error)
            self._watch = None
            return False
        except AlarmsUnavailable as error:
            log.info("X11 idle alarms on display %s: %s; tried again at the next look",
                     self.display_name, error)
            self._alarms = alarms  # not alive: the next look that reaches the server tries again
            return False
        self._alarms = alarms
        return True

    def _stop_alarms(self) -> None:
        alarms, self._alarms = self._alarms, None
        if alarms is not None:
            alarms.stop()

    def _open(self) -> int | None:
        lib = self._lib
        display = lib.x11.XOpenDisplay(self.display_name.encode())
        if not display:
            self._failed("cannot open the display")
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not lib.xss.XScreenSaverQueryExtension(display, event_base, error_base):
            lib.x11.XCloseDisplay(display)
            self._failed("the X server lacks the MIT-SCREEN-SAVER extension")
            return None
        lib.guard(display)
        if lib.set_exit_handler is None:
            log.debug("libX11 is older than 1.7: if X server %s goes away, Xlib ends the process",
                      self.display_name)
        self._display, self._root = display, lib.x11.XDefaultRootWindow(display)
        return display

    def _close(self) -> None:
        display, self._display = self._display, None
        if display is not None:
            self._lib.x11.XCloseDisplay(display)
            self._lib.ours.discard(display)
            self._lib.broken.discard(display)

    def _failed(self, why: str) -> None:
        if self._failing != why:
            log.warning("X11 idle time from display %s: %s", self.display_name, why)
        self._failing = why
