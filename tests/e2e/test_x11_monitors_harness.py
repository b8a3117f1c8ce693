"""The multi-monitor X11 harness itself (tests/support/x11_monitors.py), as the tests of issue 16
use it: the monitors listed as set, the pointer moved onto each, a monitor unplugged and plugged
in again, and a picture of the whole root window."""

from __future__ import annotations

import struct

from x11_monitors import Monitor

MONITORS = ("1920x1080", "1366x768", "2560x1440@2")


def test_the_monitors_are_there_side_by_side(monitors_session):
    assert monitors_session.monitors() == [
        Monitor("M1", 0, 0, 1920, 1080), Monitor("M2", 1920, 0, 1366, 768),
        Monitor("M3", 3286, 0, 2560, 1440, 2.0)]
    assert monitors_session.size == (5846, 1440)
    assert monitors_session.app_env()["QT_SCREEN_SCALE_FACTORS"] == "M1=1;M2=1;M3=2"


def test_the_pointer_goes_onto_each_monitor(monitors_session):
    for monitor in monitors_session.monitors():
        assert monitors_session.pointer_to(monitor.name) == monitor.centre
        assert monitors_session.pointer() == monitor.centre


def test_a_monitor_unplugged_and_plugged_in_again(monitors_session):
    m2 = monitors_session.monitor("M2")
    monitors_session.remove("M2")
    assert [monitor.name for monitor in monitors_session.monitors()] == ["M1", "M3"]
    monitors_session.add(m2)
    assert [monitor.name for monitor in monitors_session.monitors()] == ["M1", "M3", "M2"]
    monitors_session.resize(Monitor("M2", 1920, 0, 1280, 720))
    assert monitors_session.monitor("M2") == Monitor("M2", 1920, 0, 1280, 720)
    monitors_session.resize(m2)


def test_a_picture_of_every_monitor(monitors_session, tmp_path):
    picture = monitors_session.screenshot(tmp_path / "root.png").read_bytes()
    assert picture[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", picture[16:24]) == (5846, 1440)  # the PNG header's width and height
