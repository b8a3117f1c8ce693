"""The X11 fullscreen sensor against a real X server (the headless desktop) and real Qt windows.

The desktop has no window manager. So the window manager's part - naming the active window on the
root window and marking it fullscreen - is played here with xprop, as a window manager would do it;
and the no-window-manager rule is checked with real Qt windows that go fullscreen by themselves.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import pytest
from desktop import HeadlessDesktop
from quiet_probes import set_active_window, set_state, show_window

from desk_coach.adapters.quiet.fullscreen_x11 import X11FullscreenSensor
from desk_coach.domain.quiet import QuietReason

FULLSCREEN = {QuietReason.FULLSCREEN}


def change_property(display: str, window: int, name: str, kind: int, values: list[int | str]) -> None:
    """Replace a 32-bit property through libX11 (numbers, or atom names), as a window manager does."""
    x = ctypes.CDLL("libX11.so.6")
    x.XOpenDisplay.restype, x.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XChangeProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int,
    ]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    d = x.XOpenDisplay(display.encode())
    assert d
    try:
        numbers = [x.XInternAtom(d, v.encode(), False) if isinstance(v, str) else v for v in values]
        data = (ctypes.c_ulong * len(numbers))(*numbers)
        x.XChangeProperty(d, window, x.XInternAtom(d, name.encode(), False), kind, 32, 0, data, len(numbers))
    finally:
        x.XCloseDisplay(d)  # flushes


XA_ATOM, XA_CARDINAL, XA_WINDOW = 4, 6, 33


def test_the_active_window_marked_fullscreen_by_a_window_manager(
    desktop: HeadlessDesktop, tmp_path: Path
) -> None:
    window = show_window(desktop, tmp_path, "normal", "quiet-probe-a")
    other = show_window(desktop, tmp_path, "normal", "quiet-probe-b")
    sensor = X11FullscreenSensor(desktop.display)
    try:
        assert sensor.active_reasons() == frozenset()

        set_active_window(desktop, window)  # a window manager is here now
        assert sensor.active_reasons() == frozenset()
        set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")
        assert sensor.active_reasons() == FULLSCREEN
        # What a real window manager writes: WINDOW-typed active window, several states at once.
        change_property(
            desktop.display,
            window,
            "_NET_WM_STATE",
            XA_ATOM,
            ["_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN", "_NET_WM_STATE_FOCUSED"],
        )
        root = int(desktop.run("xwininfo", "-root").stdout.split("Window id: ")[1].split()[0], 16)
        change_property(desktop.display, root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [window])
        assert sensor.active_reasons() == FULLSCREEN
        maximised = ["_NET_WM_STATE_ABOVE", "_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ"]
        change_property(desktop.display, window, "_NET_WM_STATE", XA_ATOM, maximised)
        assert sensor.active_reasons() == frozenset()  # maximised is not fullscreen
        set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")

        set_active_window(desktop, other)  # the user switched to another window
        assert sensor.active_reasons() == frozenset()
        set_active_window(desktop, window)
        assert sensor.active_reasons() == FULLSCREEN
        set_state(desktop, window, "_NET_WM_STATE_ABOVE")  # left fullscreen
        assert sensor.active_reasons() == frozenset()
        set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")
        set_active_window(desktop, 0)  # nothing active (the desktop itself)
        assert sensor.active_reasons() == frozenset()

        desktop.run("xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW")  # the window manager is gone
        assert sensor.active_reasons() == frozenset()  # and `other` has the focus, not fullscreen
    finally:
        sensor.close()


def test_desk_coachs_own_fullscreen_window_is_no_quiet_time(desktop: HeadlessDesktop, tmp_path: Path) -> None:
    """The break screen is a fullscreen window in front on purpose: the window of this very process
    (its _NET_WM_PID, as Qt sets it) does not hold anything back; another program's does."""
    window = show_window(desktop, tmp_path, "normal", "quiet-probe-own")
    set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")
    set_active_window(desktop, window)
    sensor = X11FullscreenSensor(desktop.display)
    try:
        change_property(desktop.display, window, "_NET_WM_PID", XA_CARDINAL, [os.getpid() + 1])
        assert sensor.active_reasons() == FULLSCREEN
        change_property(desktop.display, window, "_NET_WM_PID", XA_CARDINAL, [os.getpid()])
        assert sensor.active_reasons() == frozenset()
    finally:
        sensor.close()


def test_an_active_window_that_vanished_is_not_fullscreen(desktop: HeadlessDesktop, tmp_path: Path) -> None:
    window = show_window(desktop, tmp_path, "normal", "quiet-probe-gone")
    set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")
    set_active_window(desktop, window)
    sensor = X11FullscreenSensor(desktop.display)
    try:
        assert sensor.active_reasons() == FULLSCREEN
        desktop.xdotool("windowkill", str(window))  # the program is gone; the stale id is still on the root
        desktop.wait_until(
            lambda: desktop.run("xwininfo", "-id", str(window), check=False).returncode != 0,
            what="the window destroyed",
        )
        for _ in range(3):  # BadWindow is handled, the process lives on
            assert sensor.active_reasons() == frozenset()
        set_active_window(desktop, 0x7FFFFFF)  # a window id nobody ever had
        assert sensor.active_reasons() == frozenset()
    finally:
        sensor.close()


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("normal", set()),
        ("fullscreen", set()),  # marked fullscreen, but without a window manager it stays 640x480
        ("covering", set()),  # covers the screen, but never asked for fullscreen
        ("fullscreen-sized", FULLSCREEN),  # marked, focused and covering the screen: really fullscreen
    ],
)
def test_without_a_window_manager_only_a_self_made_fullscreen_window_counts(
    desktop: HeadlessDesktop, tmp_path: Path, mode: str, expected: set[QuietReason]
) -> None:
    window = show_window(desktop, tmp_path, mode, f"quiet-probe-{mode}")
    if mode == "fullscreen":
        assert desktop.window_geometry(window)[2:] != (1280, 800)
    sensor = X11FullscreenSensor(desktop.display)
    try:
        assert sensor.active_reasons() == expected
    finally:
        sensor.close()


def test_a_display_that_cannot_be_opened_is_not_quiet_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sensor = X11FullscreenSensor(":4093")
    for _ in range(3):
        assert sensor.active_reasons() == frozenset()
    sensor.close()
    [record] = caplog.records
    assert "cannot open the X display ':4093'" in record.getMessage()
