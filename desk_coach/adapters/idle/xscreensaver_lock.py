"""X11: whether XScreenSaver has locked the screen, from the root window's ``_SCREENSAVER_STATUS``.

XScreenSaver is the locker of bare X11 sessions and the one XFCE's ``xflock4`` calls first. It
tells other programs its state only through the root window: the daemon's own window (a child
of the root) holds ``_SCREENSAVER_VERSION``, and the root holds ``_SCREENSAVER_STATUS``, 32-bit
items whose first is the atom ``LOCK`` (locked), ``BLANK`` (blanked, not locked) or 0 (neither),
followed by the time of the change and the saver per screen. That is what ``xscreensaver-command
-time`` reads. No D-Bus service and no logind hint say so, so without this the coach saw a locked
session only as no input.

The daemon deletes the property when it exits; one killed outright leaves it behind, so the state
is trusted only while the daemon's window is there. With no XScreenSaver running, ``is_locked`` is
None ("cannot tell": the next lock source is asked). The locker often starts after the app, or
only when asked to lock, so the factory keeps this source even if it cannot tell at start.

The display is opened on first use and guarded as the idle sensor's is (``x11._libraries``): a
broken connection is a failed query, not the end of the process.
"""

from __future__ import annotations

import ctypes
import functools
import logging

from desk_coach.adapters.idle.x11 import _libraries

log = logging.getLogger(__name__)

_p = ctypes.c_void_p
_ulong = ctypes.c_ulong
_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, _p, _p)
XA_INTEGER = 19
XA_STRING = 31
ANY_PROPERTY_TYPE = 0
SUCCESS = 0
#: How many 32-bit items of a property to read (XScreenSaver writes 2 + one per screen).
READ_ITEMS = 64


def lock_state(items: list[int], lock_atom: int) -> bool | None:
    """Locked or not, from ``_SCREENSAVER_STATUS``'s items; None when the property is empty."""
    if not items:
        return None
    return lock_atom != 0 and items[0] == lock_atom


@functools.cache
def _x11() -> ctypes.CDLL:
    """libX11 with the prototypes this module needs (set here, the idle sensor sets its own)."""
    x11 = _libraries().x11
    for name, restype, argtypes in [
        ("XInternAtom", _ulong, [_p, ctypes.c_char_p, ctypes.c_int]),
        ("XGetWindowProperty", ctypes.c_int,
         [_p, _ulong, _ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, _ulong, ctypes.POINTER(_ulong),
          ctypes.POINTER(ctypes.c_int), ctypes.POINTER(_ulong), ctypes.POINTER(_ulong), ctypes.POINTER(_p)]),
        ("XQueryTree", ctypes.c_int,
         [_p, _ulong, ctypes.POINTER(_ulong), ctypes.POINTER(_ulong), ctypes.POINTER(_p),
          ctypes.POINTER(ctypes.c_uint)]),
        ("XFree", ctypes.c_int, [_p]),
        ("XSetErrorHandler", _p, [_p]),
    ]:
        function = getattr(x11, name)
        function.restype, function.argtypes = restype, argtypes
    return x11


class _ErrorGuard:
    """Xlib's default error handler ends the process; a window gone between two requests (the
    daemon's, when XScreenSaver exits) is an error. Ours are ignored (the request reads as failed),
    anyone else's go to the handler there was before."""

    def __init__(self, x11: ctypes.CDLL) -> None:
        self.ours: set[int] = set()
        self._handler = _ErrorHandler(self._on_error)  # kept alive as long as Xlib may call it
        previous = x11.XSetErrorHandler(ctypes.cast(self._handler, _p))
        self._previous = _ErrorHandler(previous) if previous else None

    def _on_error(self, display: int | None, event: int | None) -> int:
        if display in self.ours or self._previous is None:
            return 0
        return self._previous(display, event)


@functools.cache
def _errors() -> _ErrorGuard:
    return _ErrorGuard(_x11())


class XScreenSaverLock:
    """XScreenSaver's lock state on the X server ``display`` (":0"); opened on first use."""

    description = "XScreenSaver (the root window's _SCREENSAVER_STATUS)"

    def __init__(self, display: str) -> None:
        self.display_name = display
        self._lib = _libraries()
        self._x11 = _x11()
        self._errors = _errors()
        self._display: int | None = None
        self._root = 0
        self._atoms: dict[str, int] = {}
        self._daemon = 0  # XScreenSaver's window, once found
        self._failing = False

    def is_locked(self) -> bool | None:
        display = self._display or self._open()
        if display is None:
            return None
        status = self._property(self._root, self._atoms["_SCREENSAVER_STATUS"], XA_INTEGER)
        running = status is not None and self._daemon_running()
        if display in self._lib.broken:
            self._close()
            if not self._failing:
                log.warning("xscreensaver lock: the connection to the X server broke; opening it again "
                            "at the next look")
            self._failing = True
            return None
        self._failing = False
        if status is None or not running:
            return None  # no XScreenSaver: cannot tell
        return lock_state(status, self._atoms["LOCK"])

    def close(self) -> None:
        self._close()

    def _open(self) -> int | None:
        display = self._x11.XOpenDisplay(self.display_name.encode())
        if not display:
            if not self._failing:
                log.warning("xscreensaver lock: cannot open X display %r", self.display_name)
            self._failing = True
            return None
        self._lib.guard(display)
        self._errors.ours.add(display)
        self._display = display
        self._root = self._x11.XDefaultRootWindow(display)
        self._atoms = {name: self._x11.XInternAtom(display, name.encode(), 0)
                       for name in ("_SCREENSAVER_STATUS", "_SCREENSAVER_VERSION", "LOCK")}
        self._daemon = 0
        return display

    def _close(self) -> None:
        display, self._display = self._display, None
        if display is not None:
            self._x11.XCloseDisplay(display)
            self._lib.ours.discard(display)
            self._errors.ours.discard(display)
            self._lib.broken.discard(display)

    def _daemon_running(self) -> bool:
        """Whether XScreenSaver's window is there: the one seen last, else any child of the root."""
        if self._daemon and self._is_daemon(self._daemon):
            return True
        self._daemon = next((window for window in self._children() if self._is_daemon(window)), 0)
        return bool(self._daemon)

    def _is_daemon(self, window: int) -> bool:
        return self._property(window, self._atoms["_SCREENSAVER_VERSION"], XA_STRING) is not None

    def _children(self) -> list[int]:
        root, parent, children, count = _ulong(), _ulong(), _p(), ctypes.c_uint()
        if not self._x11.XQueryTree(self._display, self._root, ctypes.byref(root), ctypes.byref(parent),
                                    ctypes.byref(children), ctypes.byref(count)):
            return []
        try:
            if not children.value:
                return []
            return list(ctypes.cast(children, ctypes.POINTER(_ulong))[:count.value])
        finally:
            if children.value:
                self._x11.XFree(children)

    def _property(self, window: int, atom: int, kind: int) -> list[int] | None:
        """A property's items (32-bit ones as integers, others as bytes); None if it is absent.
        A window that went away meanwhile is an X error Xlib reports and then ignores; the property
        reads as absent."""
        actual, fmt, count, after, data = _ulong(), ctypes.c_int(), _ulong(), _ulong(), _p()
        result = self._x11.XGetWindowProperty(
            self._display, window, atom, 0, READ_ITEMS, 0, kind, ctypes.byref(actual), ctypes.byref(fmt),
            ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        try:
            if result != SUCCESS or actual.value != kind:
                return None
            if fmt.value == 32:  # Xlib hands 32-bit items over as C longs
                return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[:count.value])
            return list(ctypes.string_at(data, count.value))
        finally:
            if data.value:
                self._x11.XFree(data)
