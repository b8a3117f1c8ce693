"""Is a fullscreen window active? On X11, through libX11 with ctypes (no new dependency).

With a window manager (every real desktop), the EWMH answer: the root window's
``_NET_ACTIVE_WINDOW`` names the active window, and that window's ``_NET_WM_STATE`` lists
``_NET_WM_STATE_FULLSCREEN`` while it is fullscreen. The window manager keeps both up to date. Two
property reads, i.e. two round trips to the X server, per poll.

Without a window manager (no ``_NET_ACTIVE_WINDOW`` on the root window at all) nobody keeps that
answer, and "a window covering the whole screen" alone is not reliable: desktop-background windows
(file managers drawing the icons), kiosk windows, screen lockers and plain big windows cover it too,
and would hold every reminder back forever. Neither is a window's own fullscreen flag alone: a Qt
window asked to go fullscreen with no window manager marks itself ``_NET_WM_STATE_FULLSCREEN`` but
stays 640x480 (checked under Xvfb). So without a window manager a window counts only when all three
hold: it has the keyboard focus, it (or an ancestor) marked itself fullscreen, and its top-level
window covers the whole root window. That is what a fullscreen program does by itself (sizing its
window to the screen) and nothing else does; it costs a few more round trips, only on such setups.
A screen of several monitors is covered by no fullscreen window, so there it says no (a missed quiet
time, never a reminder held back for nothing).

A window of Desk Coach's own (``_NET_WM_PID`` is this process: the break screen is a fullscreen
window in front on purpose) is never a quiet time.

Under Wayland this sees only the X11 (XWayland) windows; a window manager that died and left a
stale ``_NET_ACTIVE_WINDOW`` behind is believed until the next one replaces it.

The display connection is opened once, on the first poll, and kept. X protocol errors (the active
window vanished between two requests) are caught by an error handler installed only while this
sensor talks to the server, and count as "not fullscreen". If the X server itself goes away, libX11
ends the process (its I/O error handler) - as Qt's own connection would anyway.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading

from desk_coach.adapters.quiet._support import NO_REASONS, OnceLog, why
from desk_coach.domain.quiet import QuietReason

log = logging.getLogger(__name__)

FULLSCREEN = frozenset({QuietReason.FULLSCREEN})

_ulong, _p = ctypes.c_ulong, ctypes.c_void_p
ANY_PROPERTY_TYPE, XA_ATOM, XA_CARDINAL = 0, 4, 6
POINTER_ROOT = 1
IS_VIEWABLE = 2
MAX_PROPERTY_LONGS = 64  # _NET_WM_STATE holds a dozen atoms at most
MAX_DEPTH = 16  # how far up from the focus window to look for its top-level


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", _p), ("root", _ulong),
        ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int), ("backing_planes", _ulong), ("backing_pixel", _ulong),
        ("save_under", ctypes.c_int), ("colormap", _ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int), ("screen", _p),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, _p, _p)


def load_xlib() -> ctypes.CDLL:
    """libX11 with the prototypes used here; OSError when it is not installed."""
    try:
        x = ctypes.CDLL("libX11.so.6")
    except OSError:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 not found") from None
        x = ctypes.CDLL(name)
    out_ulong, out_int = ctypes.POINTER(_ulong), ctypes.POINTER(ctypes.c_int)
    for name, restype, argtypes in [
        ("XOpenDisplay", _p, [ctypes.c_char_p]),
        ("XCloseDisplay", ctypes.c_int, [_p]),
        ("XSetErrorHandler", _p, [_p]),
        ("XDefaultRootWindow", _ulong, [_p]),
        ("XInternAtom", _ulong, [_p, ctypes.c_char_p, ctypes.c_int]),
        ("XGetWindowProperty", ctypes.c_int, [_p, _ulong, _ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                              _ulong, out_ulong, out_int, out_ulong, out_ulong,
                                              ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]),
        ("XGetInputFocus", ctypes.c_int, [_p, out_ulong, out_int]),
        ("XQueryTree", ctypes.c_int, [_p, _ulong, out_ulong, out_ulong, ctypes.POINTER(out_ulong),
                                      ctypes.POINTER(ctypes.c_uint)]),
        ("XGetWindowAttributes", ctypes.c_int, [_p, _ulong, ctypes.POINTER(_XWindowAttributes)]),
        ("XFree", ctypes.c_int, [_p]),
    ]:
        function = getattr(x, name)
        function.restype, function.argtypes = restype, argtypes
    return x


class X11FullscreenSensor:
    """Reports FULLSCREEN while the active X11 window is fullscreen."""

    description = "fullscreen window (X11 _NET_WM_STATE)"

    def __init__(self, display: str | None = None) -> None:
        """``display`` is an X display name (":0"); None means $DISPLAY."""
        self.display_name = display
        self._log = OnceLog(log)
        self._lock = threading.Lock()
        self._x: ctypes.CDLL | None = None
        self._display: int | None = None
        self._opened = False
        self._errors = 0
        self._handler = _ERROR_HANDLER(self._on_error)  # kept alive as long as the sensor

    def active_reasons(self) -> frozenset[QuietReason]:
        with self._lock:
            if not self._opened:
                self._opened = True
                self._open()
            if self._x is None or self._display is None:
                return NO_REASONS
            old_handler = self._x.XSetErrorHandler(ctypes.cast(self._handler, _p))
            try:
                return FULLSCREEN if self._is_fullscreen() else NO_REASONS
            except Exception as error:  # never raise into the scheduler; not quiet
                self._log("poll", "cannot tell whether a fullscreen window is active (%s); assuming not",
                          why(error))
                return NO_REASONS
            finally:
                self._x.XSetErrorHandler(old_handler)

    def close(self) -> None:
        with self._lock:
            if self._x is not None and self._display is not None:
                self._x.XCloseDisplay(self._display)
            self._display = None

    # -- inside the lock ---------------------------------------------------------------------------

    def _on_error(self, _display: int | None, _event: int | None) -> int:
        self._errors += 1
        return 0

    def _open(self) -> None:
        name = self.display_name
        try:
            x = load_xlib()
        except OSError as error:
            self._log("open", "cannot load libX11 (%s); fullscreen windows are not sensed", error)
            return
        display = x.XOpenDisplay(name.encode() if name else None)
        if not display:
            self._log("open", "cannot open the X display %r; fullscreen windows are not sensed",
                      name or "$DISPLAY")
            return
        self._x, self._display = x, display
        self._root = x.XDefaultRootWindow(display)
        atoms = {}
        for atom in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN", "_NET_WM_PID"):
            atoms[atom] = x.XInternAtom(display, atom.encode(), False)
        self._active_atom = atoms["_NET_ACTIVE_WINDOW"]
        self._state_atom = atoms["_NET_WM_STATE"]
        self._fullscreen_atom = atoms["_NET_WM_STATE_FULLSCREEN"]
        self._pid_atom = atoms["_NET_WM_PID"]

    def _is_fullscreen(self) -> bool:
        # Typed WINDOW by the window managers; any 32-bit type is taken (xprop can only write CARDINAL).
        active = self._longs(self._root, self._active_atom, ANY_PROPERTY_TYPE)
        if active is None:  # no EWMH window manager
            return self._focus_is_fullscreen_without_wm()
        window = active[0] if active else 0
        return window != 0 and self._says_fullscreen(window) and not self._ours(window)

    def _says_fullscreen(self, window: int) -> bool:
        return self._fullscreen_atom in (self._longs(window, self._state_atom, XA_ATOM) or ())

    def _ours(self, window: int) -> bool:
        """The window is one of this process's (its _NET_WM_PID, which Qt sets on every window)."""
        return (self._longs(window, self._pid_atom, XA_CARDINAL) or [0])[0] == os.getpid()

    def _longs(self, window: int, atom: int, kind: int) -> list[int] | None:
        """A format-32 property of type ``kind`` (or any) as numbers; None when it is not set (or the
        window is gone)."""
        assert self._x is not None
        actual, fmt, count, after = _ulong(), ctypes.c_int(), _ulong(), _ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        status = self._x.XGetWindowProperty(self._display, window, atom, 0, MAX_PROPERTY_LONGS, False, kind,
                                            actual, fmt, count, after, ctypes.byref(data))
        try:
            if status != 0 or actual.value == 0 or fmt.value != 32:  # error, not set, or not numbers
                return None
            if kind != ANY_PROPERTY_TYPE and actual.value != kind:
                return None
            values = ctypes.cast(data, ctypes.POINTER(_ulong))
            return [values[i] for i in range(count.value)]
        finally:
            if data:
                self._x.XFree(data)

    def _focus_is_fullscreen_without_wm(self) -> bool:
        assert self._x is not None
        focus, revert = _ulong(), ctypes.c_int()
        self._x.XGetInputFocus(self._display, focus, revert)
        window = focus.value
        if window in (0, POINTER_ROOT) or window == self._root:
            return False
        chain = [window]  # the focus window and its ancestors up to the top-level
        for _ in range(MAX_DEPTH):
            parent = self._parent(chain[-1])
            if parent is None:
                return False
            if parent == self._root:
                break
            chain.append(parent)
        else:
            return False
        if not any(self._says_fullscreen(window) for window in chain) or self._ours(chain[-1]):
            return False
        top, screen = self._attributes(chain[-1]), self._attributes(self._root)
        return (top is not None and screen is not None and top.map_state == IS_VIEWABLE
                and top.x <= 0 and top.y <= 0
                and top.x + top.width >= screen.width and top.y + top.height >= screen.height)

    def _parent(self, window: int) -> int | None:
        assert self._x is not None
        root, parent, children, count = _ulong(), _ulong(), ctypes.POINTER(_ulong)(), ctypes.c_uint()
        if not self._x.XQueryTree(self._display, window, root, parent, ctypes.byref(children), count):
            return None
        if children:
            self._x.XFree(children)
        return parent.value or None

    def _attributes(self, window: int) -> _XWindowAttributes | None:
        assert self._x is not None
        attributes = _XWindowAttributes()
        if not self._x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes)):
            return None
        return attributes
