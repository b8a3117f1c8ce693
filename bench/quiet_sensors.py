"""What one poll of each quiet sensor costs, against the idle reading every tick makes anyway.

The coach asks the quiet sensors (camera, microphone, do-not-disturb, fullscreen) at each look it
takes, on the GUI thread, so a poll must cost next to nothing. Inside the tests' headless desktop
(Xvfb, a private D-Bus, dunst) and in the state where each sensor does its usual work, this times
the median of many polls. The **baseline** is one reading of the X11 idle clock
(``X11IdleSensor.idle_seconds``) in the same desktop and the same run: the query the coach makes at
every tick whatever the settings, so each row says what the quiet sensor adds to a tick.

Rows: the camera sensor watching the devices while another process holds one (nothing changed: no
scan), and one full scan of this machine's /proc (paid once per open or close of a video device);
dunst's do-not-disturb over D-Bus; GNOME's show-banners read through gsettings (skipped without
GNOME's schema); the X11 fullscreen sensor with a window manager's marks and without a window
manager; every sensor the factory picks for this desktop; the microphone sensor's cached answer, and
what starting and collecting its two pactl costs (skipped without PulseAudio).

    .venv/bin/python bench/quiet_sensors.py [--polls 200] [--json bench/results/quiet_sensors.json]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_common import Desktop, write_json
from quiet_probes import (
    Holder,
    PulseUnavailable,
    Recorder,
    fake_devices,
    pulse_server,
    set_active_window,
    set_state,
    show_window,
)

from desk_coach.adapters.idle.x11 import X11IdleSensor
from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
from desk_coach.adapters.quiet.dnd_linux import GnomeDnd, NotificationServerDnd
from desk_coach.adapters.quiet.factory import create_quiet_sensor
from desk_coach.adapters.quiet.fullscreen_x11 import X11FullscreenSensor
from desk_coach.adapters.quiet.microphone_linux import PulseMicrophoneSensor
from desk_coach.domain.quiet import QuietReason

HERE = Path(__file__).resolve().parent
#: The most a poll at every tick may cost (median), whatever the machine: a fraction of a 60 Hz frame.
POLL_MAX_MS = 5.0
#: The rows paid only now and then (a device opened or closed, a refresh every 15 s): no target.
OCCASIONAL = ("camera, one full scan of /proc", "microphone, the poll that starts pactl",
              "microphone, the poll that collects pactl")


def median_ms(poll: Callable[[], object], polls: int) -> float:
    """The median wall time of one call of ``poll``, in milliseconds."""
    times = []
    for _ in range(polls):
        began = time.perf_counter()
        poll()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def expect(what: str, got: object, wanted: object) -> None:
    """A sensor that does not see what the scene shows would time the wrong work: stop there."""
    if got != wanted:
        raise SystemExit(f"{what}: the sensor said {got!r}, expected {wanted!r}")


def camera_rows(folder: Path, polls: int) -> dict[str, float]:
    dev = fake_devices(folder / "dev")
    rows = {}
    camera = LinuxCameraSensor("/proc", dev)
    holder = Holder(dev / "video1")
    try:
        expect("camera", camera.active_reasons(), {QuietReason.CAMERA})
        scans = camera.scans
        rows["camera, watching, nothing changed"] = median_ms(camera.active_reasons, polls)
        expect("camera scans", camera.scans, scans)
    finally:
        holder.release()
        camera.close()
    scanning = LinuxCameraSensor("/proc", dev, watch=False, rescan_seconds=0.0)  # scans at every poll
    rows["camera, one full scan of /proc"] = median_ms(scanning.active_reasons, max(polls // 10, 5))
    scanning.close()
    return rows


def dnd_rows(desktop: Desktop, folder: Path, polls: int) -> dict[str, float]:
    rows = {}
    dunst = NotificationServerDnd(desktop.bus_address)
    try:
        desktop.run("dunstctl", "set-paused", "true")
        expect("dunst", dunst.active_reasons(), {QuietReason.DO_NOT_DISTURB})
        rows["do-not-disturb, dunst over D-Bus"] = median_ms(dunst.active_reasons, polls)
        desktop.run("dunstctl", "set-paused", "false")
    finally:
        dunst.close()
    gnome = _gnome_dnd(folder)
    if gnome is not None:
        try:
            rows["do-not-disturb, GNOME settings unchanged"] = median_ms(gnome.active_reasons, polls)
        finally:
            gnome.close()
    return rows


def _gnome_dnd(folder: Path) -> GnomeDnd | None:
    """GNOME's sensor over a private keyfile store with banners off; None without GNOME's schema."""
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    env = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config"),
           "GSETTINGS_BACKEND": "keyfile"}
    banners = [gsettings, "set", "org.gnome.desktop.notifications", "show-banners", "false"]
    if subprocess.run(banners, env=env, capture_output=True, timeout=10, check=False).returncode:
        return None
    sensor = GnomeDnd(gsettings, env=env)
    expect("GNOME", sensor.refresh_and_wait(), {QuietReason.DO_NOT_DISTURB})
    return sensor


def fullscreen_rows(desktop: Desktop, folder: Path, polls: int) -> dict[str, float]:
    rows = {}
    window = show_window(desktop, folder, "normal", "bench-quiet-marked")
    set_active_window(desktop, window)
    set_state(desktop, window, "_NET_WM_STATE_FULLSCREEN")
    sensor = X11FullscreenSensor(desktop.display)
    try:
        expect("fullscreen, marked", sensor.active_reasons(), {QuietReason.FULLSCREEN})
        rows["fullscreen, marked by a window manager"] = median_ms(sensor.active_reasons, polls)
        desktop.run("xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW")  # the "window manager" is gone
        show_window(desktop, folder, "fullscreen-sized", "bench-quiet-own")
        expect("fullscreen, no window manager", sensor.active_reasons(), {QuietReason.FULLSCREEN})
        rows["fullscreen, no window manager"] = median_ms(sensor.active_reasons, polls)
    finally:
        sensor.close()
    sensors = create_quiet_sensor(desktop.env, "linux")
    try:
        desktop.run("dunstctl", "set-paused", "true")
        desktop.wait_until(lambda: QuietReason.FULLSCREEN in sensors.active_reasons(), timeout=15,
                           what="the fullscreen window sensed by the factory's sensors")
        rows["every sensor of this desktop (factory)"] = median_ms(sensors.active_reasons, polls)
        desktop.run("dunstctl", "set-paused", "false")
    finally:
        sensors.close()
    return rows


def microphone_rows(folder: Path, polls: int) -> dict[str, float]:
    try:
        with pulse_server(folder) as env:
            return _microphone_rows(env, polls)
    except PulseUnavailable as missing:
        print(f"microphone rows left out: {missing}")
        return {}


def _microphone_rows(env: dict[str, str], polls: int) -> dict[str, float]:
    rows = {}
    sensor = PulseMicrophoneSensor(env=env)
    call = Recorder(env, "mic")
    try:
        deadline = time.monotonic() + 10
        while sensor.refresh_and_wait() != {QuietReason.MICROPHONE}:
            if time.monotonic() > deadline:
                raise SystemExit("the microphone sensor never sensed the recording")
            time.sleep(0.05)
        rows["microphone, cached answer (pactl every 15 s)"] = median_ms(sensor.active_reasons, polls)
    finally:
        call.stop()
        sensor.close()
    refreshing = PulseMicrophoneSensor(env=env, refresh_seconds=0.0)
    starts, collects = [], []
    try:
        for _ in range(max(polls // 10, 5)):
            starts.append(median_ms(refreshing.active_reasons, 1))  # starts the two pactl
            while any(run.proc.poll() is None for run in refreshing.commands._running):
                time.sleep(0.001)  # both have ended, and are not collected yet
            collects.append(median_ms(refreshing.active_reasons, 1))  # collects them, starts the next
            refreshing.commands.close()
    finally:
        refreshing.close()
    rows["microphone, the poll that starts pactl"] = statistics.median(starts)
    rows["microphone, the poll that collects pactl"] = statistics.median(collects)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polls", type=int, default=200, help="polls timed for each median (default 200)")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "quiet_sensors.json")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-coach-bench-quiet-"))
    with Desktop() as desktop:
        idle = X11IdleSensor(desktop.display)
        try:
            baseline = median_ms(idle.idle_seconds, args.polls)
        finally:
            idle.close()
        sensors = camera_rows(folder, args.polls)
        sensors |= dnd_rows(desktop, folder, args.polls)
        sensors |= fullscreen_rows(desktop, folder, args.polls)
    sensors |= microphone_rows(folder, args.polls)
    shutil.rmtree(folder, ignore_errors=True)
    print(f"one poll, median of {args.polls}; baseline, one X11 idle reading: {baseline:.4f} ms")
    for name, ms in sensors.items():
        ratio = f"{ms / baseline:8.1f}x" if baseline else "     n/a"
        print(f"  {name:48}{ms:10.4f} ms{ratio}")
    write_json(args.json, {
        "polls": args.polls,
        "baseline_ms": baseline,
        "poll_max_ms": POLL_MAX_MS,
        "every_tick_ms": {name: ms for name, ms in sensors.items() if name not in OCCASIONAL},
        "now_and_then_ms": {name: ms for name, ms in sensors.items() if name in OCCASIONAL},
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
