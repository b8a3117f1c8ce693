"""The X11 idle sensor for real: Xvfb's screen saver extension, with input sent by xdotool.

The sensor reads the X server's own idle counter, so these tests wait a little real time; the
case where the X server dies runs in a child process, since a mistake there would end the process.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import textwrap
import time

from desktop import HeadlessDesktop

from desk_coach.adapters.idle import xsync
from desk_coach.adapters.idle.factory import create_idle_sensor
from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor
from desk_coach.adapters.idle.null import NullIdleSensor
from desk_coach.adapters.idle.x11 import X11IdleSensor
from desk_coach.services.ports import IdleSensor


def idle_after(sensor: IdleSensor, seconds: float) -> float:
    """Wait until the sensor reports at least ``seconds`` of idle time, and return it."""
    deadline = time.monotonic() + seconds + 5
    while (idle := sensor.idle_seconds()) is not None and idle < seconds and time.monotonic() < deadline:
        time.sleep(0.05)
    assert idle is not None
    return idle


def test_idle_grows_while_nothing_happens(desktop: HeadlessDesktop):
    sensor = X11IdleSensor(desktop.display)
    try:
        began = time.monotonic()
        first = sensor.idle_seconds()
        assert first is not None
        second = idle_after(sensor, first + 0.5)  # it grows (within a generous deadline)
        looked = time.monotonic() - began
        assert first + 0.5 <= second <= first + looked + 0.05  # and never faster than time passes
        assert sensor.is_locked() is None  # X11 cannot tell
    finally:
        sensor.close()


def test_mouse_and_keyboard_input_reset_idle_to_zero(desktop: HeadlessDesktop):
    sensor = X11IdleSensor(desktop.display)
    try:
        before_mouse = idle_after(sensor, 1.0)
        desktop.xdotool("mousemove", "200", "150")
        after_mouse = sensor.idle_seconds()
        assert after_mouse is not None and after_mouse < before_mouse  # back to zero, and counting again
        before_key = idle_after(sensor, 1.0)
        desktop.xdotool("key", "shift")
        after_key = sensor.idle_seconds()
        assert after_key is not None and after_key < before_key
    finally:
        sensor.close()


def test_the_x_server_going_away_gives_none_and_the_process_lives_on(desktop: HeadlessDesktop):
    child = textwrap.dedent("""
        import os, sys
        from desk_coach.adapters.idle.x11 import X11IdleSensor
        sensor = X11IdleSensor(os.environ["DISPLAY"])
        print(sensor.idle_seconds(), flush=True)
        sys.stdin.readline()  # the test kills the X server now
        print(sensor.idle_seconds(), sensor.idle_seconds(), flush=True)
        sensor.close()
        print("still here", flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", child], env=desktop.env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None and process.stdin is not None
        assert float(process.stdout.readline()) >= 0
        xvfb = desktop.pids[0]  # the harness starts Xvfb first
        os.kill(xvfb, signal.SIGTERM)
        desktop.wait_until(lambda: not os.path.exists(f"/tmp/.X11-unix/X{desktop.display[1:]}"), 5,
                           what="Xvfb gone")
        out, err = process.communicate("\n", timeout=10)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert out.splitlines() == ["None None", "still here"], err
    assert "connection to the X server broke" in err


def test_the_x_server_going_away_under_the_alarms_is_heard_and_the_process_lives_on(desktop: HeadlessDesktop):
    child = textwrap.dedent("""
        import os, sys, threading
        from desk_coach.adapters.idle.x11 import X11IdleSensor
        sensor = X11IdleSensor(os.environ["DISPLAY"])
        heard = threading.Event()
        print(sensor.watch(60, heard.set), sensor.watching, flush=True)
        sys.stdin.readline()  # the test kills the X server now
        print(heard.wait(10), sensor.watching, sensor.idle_seconds(), flush=True)
        sensor.close()
        print("still here", flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", child], env=desktop.env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().split() == ["True", "True"]
        os.kill(desktop.pids[0], signal.SIGTERM)  # Xvfb, started first
        desktop.wait_until(lambda: not os.path.exists(f"/tmp/.X11-unix/X{desktop.display[1:]}"), 5,
                           what="Xvfb gone")
        out, err = process.communicate("\n", timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert out.splitlines() == ["True False None", "still here"], err  # heard, no longer watching
    assert "idle alarms: lost the X server" in err


def chosen(sensor: IdleSensor) -> IdleSensor:
    return sensor.sensor if isinstance(sensor, LockFallbackSensor) else sensor


def test_factory_uses_the_x_server_in_an_x11_session(desktop: HeadlessDesktop):
    env = desktop.env | {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "XFCE"}
    sensor = create_idle_sensor(env, "linux")
    try:
        assert isinstance(chosen(sensor), X11IdleSensor)
        assert sensor.can_sense_activity
        before = idle_after(sensor, 1.0)
        desktop.xdotool("mousemove", "10", "10")
        idle = sensor.idle_seconds()
        assert idle is not None and idle < before  # the X server's clock, reset by the input
    finally:
        sensor.close()


def test_factory_never_trusts_xwayland(desktop: HeadlessDesktop):
    """A Wayland session whose compositor answers nothing: the X server is there but not used."""
    env = desktop.env | {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "no-such-wayland-display",
                         "XDG_CURRENT_DESKTOP": "GNOME"}
    sensor = create_idle_sensor(env, "linux")
    try:
        assert isinstance(sensor, NullIdleSensor)
        assert not sensor.can_sense_activity
    finally:
        sensor.close()


def alarms_of(sensor: X11IdleSensor, threshold_s: float) -> queue.Queue[float | None]:
    """Watch ``sensor``; each alarm puts what the sensor then says about idle time on the queue."""
    heard: queue.Queue[float | None] = queue.Queue()
    assert sensor.watch(threshold_s, lambda: heard.put(sensor.idle_seconds()))
    return heard


def test_the_idle_alarm_fires_once_the_threshold_is_reached_and_again_at_the_next_input(desktop):
    sensor = X11IdleSensor(desktop.display)
    try:
        desktop.xdotool("mousemove", "300", "300")
        heard = alarms_of(sensor, 1.5)
        assert sensor.watching
        assert "SYNC" in sensor.description
        away = heard.get(timeout=10)
        assert away is not None and away >= 1.5  # not before the threshold
        assert heard.empty()  # one alarm for the whole pause, however long it lasts
        desktop.xdotool("key", "a")
        back = heard.get(timeout=10)
        assert back is not None and back < 1.5  # the user is back: input seen
        assert idle_after(sensor, 1.5) >= 1.5
        assert heard.get(timeout=10) >= 1.5  # and away again at the next long pause
    finally:
        sensor.close()
    assert not sensor.watching


def test_steady_typing_raises_no_alarm(desktop):
    sensor = X11IdleSensor(desktop.display)
    try:
        heard = alarms_of(sensor, 2.0)
        for _ in range(12):  # three seconds of typing, never 2 s without a key
            desktop.xdotool("key", "a")
            time.sleep(0.25)
        assert heard.empty()
    finally:
        sensor.close()


def test_an_x_server_without_the_idletime_counter_is_polled_instead(desktop, monkeypatch, caplog):
    """SYNC itself cannot be turned off in Xvfb; a server without the counter (seen as missing
    when the sensor looks for another name) leaves the sensor to be polled, as before."""
    monkeypatch.setattr(xsync, "IDLETIME", b"NO-SUCH-COUNTER")
    sensor = X11IdleSensor(desktop.display)
    try:
        with caplog.at_level("INFO"):
            assert not sensor.watch(1.0, lambda: None)
        assert "no IDLETIME counter; the idle time is polled instead" in caplog.text
        assert not sensor.watching
        assert "SYNC" not in sensor.description
        assert idle_after(sensor, 0.5) >= 0.5  # polling works as before
        assert sensor._alarms is None  # and the alarms are not tried again at each look
    finally:
        sensor.close()


def test_without_libxext_the_sensor_is_polled(desktop, monkeypatch):
    def missing() -> None:
        raise OSError("libXext.so.6: cannot open shared object file")

    monkeypatch.setattr(xsync, "_xext", missing)
    sensor = X11IdleSensor(desktop.display)
    try:
        assert not sensor.watch(1.0, lambda: None)
        assert not sensor.watching
        assert sensor.idle_seconds() is not None
    finally:
        sensor.close()
