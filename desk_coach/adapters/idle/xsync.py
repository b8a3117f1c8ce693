"""X11: the SYNC extension's IDLETIME counter, watched with two alarms, so nothing is polled.

The X server keeps a system counter ``IDLETIME``: milliseconds since the last user input. An
alarm on it with a positive transition at the threshold fires once the user has been idle that
long (they are away); one with a negative transition at the same value fires at the first input
after that (they are back). Both stay armed (delta 0), so each idle period costs two events and
steady typing costs none. A thread owns its own connection to the X server and sleeps in
``select`` on it (and on a pipe that stops it): it wakes only when an alarm fires, notes when,
and calls ``on_change`` from that thread.

Servers without SYNC, or whose SYNC has no IDLETIME counter (some remote or nested servers),
make ``IdleAlarms.start`` fail with ``NoIdleAlarms``; the sensor is then polled instead.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import time
from collections.abc import Callable

from desk_coach.adapters.idle.reader_thread import ReaderThread, woken
from desk_coach.adapters.idle.x11 import _libraries, _load

log = logging.getLogger(__name__)

_p = ctypes.c_void_p
_XID = ctypes.c_ulong

# From X11/extensions/sync.h and syncconst.h.
ALARM_NOTIFY = 1  # XSyncAlarmNotify, added to the extension's event base
ABSOLUTE = 0  # XSyncAbsolute
POSITIVE_TRANSITION, NEGATIVE_TRANSITION = 0, 1  # XSyncPositiveTransition, XSyncNegativeTransition
CA_COUNTER, CA_VALUE_TYPE, CA_VALUE, CA_TEST_TYPE, CA_DELTA, CA_EVENTS = (1 << n for n in range(6))
IDLETIME = b"IDLETIME"


class _Value(ctypes.Structure):  # XSyncValue: a 64-bit number in two halves
    _fields_ = [("hi", ctypes.c_int), ("lo", ctypes.c_uint)]

    @classmethod
    def of(cls, number: int) -> _Value:
        return cls(number >> 32, number & 0xFFFFFFFF)


class _SystemCounter(ctypes.Structure):  # XSyncSystemCounter
    _fields_ = [("name", ctypes.c_char_p), ("counter", _XID), ("resolution", _Value)]


class _Trigger(ctypes.Structure):  # XSyncTrigger
    _fields_ = [("counter", _XID), ("value_type", ctypes.c_int), ("wait_value", _Value),
                ("test_type", ctypes.c_int)]


class _AlarmAttributes(ctypes.Structure):  # XSyncAlarmAttributes
    _fields_ = [("trigger", _Trigger), ("delta", _Value), ("events", ctypes.c_int), ("state", ctypes.c_int)]


class _AlarmNotify(ctypes.Structure):  # XSyncAlarmNotifyEvent, the start of an XEvent
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", _p), ("alarm", _XID), ("counter_value", _Value), ("alarm_value", _Value),
                ("time", ctypes.c_ulong), ("state", ctypes.c_int)]


class _XEvent(ctypes.Union):  # Xlib's XEvent is 24 longs
    _fields_ = [("notify", _AlarmNotify), ("pad", ctypes.c_long * 24)]


class AlarmsUnavailable(Exception):
    """The idle alarms cannot be armed now (the X server cannot be reached)."""


class NoIdleAlarms(AlarmsUnavailable):
    """This X server cannot raise idle alarms at all (no SYNC extension, or no IDLETIME counter)."""


@functools.cache
def _xext() -> ctypes.CDLL:
    """libXext with the SYNC prototypes (OSError when missing: Debian package libxext6)."""
    xext = _load("Xext", "libXext.so.6")
    int_p = ctypes.POINTER(ctypes.c_int)
    for name, restype, argtypes in [
        ("XSyncQueryExtension", ctypes.c_int, [_p, int_p, int_p]),
        ("XSyncInitialize", ctypes.c_int, [_p, int_p, int_p]),
        ("XSyncListSystemCounters", ctypes.POINTER(_SystemCounter), [_p, int_p]),
        ("XSyncFreeSystemCounterList", None, [ctypes.POINTER(_SystemCounter)]),
        ("XSyncQueryCounter", ctypes.c_int, [_p, _XID, ctypes.POINTER(_Value)]),
        ("XSyncCreateAlarm", _XID, [_p, ctypes.c_ulong, ctypes.POINTER(_AlarmAttributes)]),
        ("XSyncDestroyAlarm", ctypes.c_int, [_p, _XID]),
    ]:
        function = getattr(xext, name)
        function.restype, function.argtypes = restype, argtypes
    x11 = _libraries().x11
    for name, restype, argtypes in [
        ("XConnectionNumber", ctypes.c_int, [_p]), ("XPending", ctypes.c_int, [_p]),
        ("XNextEvent", ctypes.c_int, [_p, ctypes.POINTER(_XEvent)]),
        ("XSync", ctypes.c_int, [_p, ctypes.c_int]),
    ]:
        function = getattr(x11, name)
        function.restype, function.argtypes = restype, argtypes
    return xext


class IdleAlarms:
    """Alarms at ``threshold_s`` of idle time on X server ``display``; ``on_change`` hears each.

    ``idle_since`` is the monotonic time the current idle period began once the user has been
    idle for the threshold, else None; ``alive`` says whether the alarms are still watched.
    """

    def __init__(self, display: str, threshold_s: float, on_change: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.display_name = display
        self.threshold_ms = max(1, round(threshold_s * 1000))
        self.on_change = on_change
        self._clock = clock
        self._lib = _libraries()
        self._display: int | None = None
        self._alarms: dict[int, bool] = {}  # alarm id -> True for "away", False for "back"
        self._idle_since: float | None = None
        self._reader: ReaderThread | None = None

    @property
    def idle_since(self) -> float | None:
        return self._idle_since

    @property
    def alive(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    def start(self) -> None:
        """Open the connection, arm both alarms and start the thread; AlarmsUnavailable if this
        server cannot (the connection is closed again), OSError when libXext is missing."""
        xext, x11 = _xext(), self._lib.x11
        display = x11.XOpenDisplay(self.display_name.encode())
        if not display:
            raise AlarmsUnavailable(f"cannot open display {self.display_name}")
        self._lib.guard(display)
        try:
            event_base, error_base, major, minor = (ctypes.c_int() for _ in range(4))
            if not xext.XSyncQueryExtension(display, event_base, error_base) or \
                    not xext.XSyncInitialize(display, major, minor):
                raise NoIdleAlarms("the X server lacks the SYNC extension")
            counter = self._idle_counter(display)
            idle = _Value()
            xext.XSyncQueryCounter(display, counter, idle)
            if (idle.hi << 32 | idle.lo) >= self.threshold_ms:  # already away: no transition to come
                self._idle_since = self._clock() - (idle.hi << 32 | idle.lo) / 1000
            for away, test in ((True, POSITIVE_TRANSITION), (False, NEGATIVE_TRANSITION)):
                attributes = _AlarmAttributes(_Trigger(counter, ABSOLUTE, _Value.of(self.threshold_ms), test),
                                              _Value.of(0), 1, 0)
                mask = CA_COUNTER | CA_VALUE_TYPE | CA_VALUE | CA_TEST_TYPE | CA_DELTA | CA_EVENTS
                self._alarms[xext.XSyncCreateAlarm(display, mask, attributes)] = away
            x11.XSync(display, 0)
            if display in self._lib.broken:
                raise AlarmsUnavailable("the connection to the X server broke")
        except BaseException:
            self._close_display(display)
            raise
        self._display, self._event_type = display, event_base.value + ALARM_NOTIFY
        self._reader = ReaderThread(self._read, "x11 idle alarms")
        log.debug("idle alarms at %d ms on display %s (SYNC %d.%d)", self.threshold_ms, self.display_name,
                  major.value, minor.value)

    def stop(self) -> None:
        """Stop the thread; it closes its connection itself (see ``_read``)."""
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.stop()

    def _idle_counter(self, display: int) -> int:
        xext, count = _xext(), ctypes.c_int()
        counters = xext.XSyncListSystemCounters(display, count)
        if not counters:
            raise NoIdleAlarms("the X server's SYNC extension has no system counters")
        try:
            found = next((counters[i].counter for i in range(count.value)
                          if counters[i].name == IDLETIME), None)
        finally:
            xext.XSyncFreeSystemCounterList(counters)
        if found is None:
            raise NoIdleAlarms("the X server's SYNC extension has no IDLETIME counter")
        return found

    def _read(self, wake_fd: int) -> None:
        """Wait for alarms until stopped or disconnected, then close the connection.

        Once the thread runs, it alone touches the connection, closing included: Xlib hands the
        socket from call to call, and after a broken connection another thread's call waited
        for it for ever.
        """
        display, x11, event = self._display, self._lib.x11, _XEvent()
        assert display is not None
        self._display = None
        fd = x11.XConnectionNumber(display)
        try:
            while True:
                while x11.XPending(display) and display not in self._lib.broken:
                    x11.XNextEvent(display, event)
                    if event.notify.type == self._event_type and event.notify.alarm in self._alarms:
                        self._fired(self._alarms[event.notify.alarm], event.notify.counter_value)
                if display in self._lib.broken:
                    log.warning("idle alarms: lost the X server %s", self.display_name)
                    break
                if woken(fd, wake_fd):
                    return
        except (OSError, ValueError) as error:
            log.warning("idle alarms on %s stopped: %s", self.display_name, error)
        finally:
            self._close_display(display)
        self._idle_since = None
        self.on_change()  # so the coach looks again (and falls back to looking by itself)

    def _fired(self, away: bool, value: _Value) -> None:
        idle_ms = value.hi << 32 | value.lo
        self._idle_since = self._clock() - idle_ms / 1000 if away else None
        log.debug("idle alarm: %s (idle %d ms)", "away" if away else "back", idle_ms)
        self.on_change()

    def _close_display(self, display: int) -> None:
        for alarm in list(self._alarms):
            if display not in self._lib.broken:
                _xext().XSyncDestroyAlarm(display, alarm)
        self._alarms.clear()
        self._lib.x11.XCloseDisplay(display)
        self._lib.ours.discard(display)
        self._lib.broken.discard(display)
