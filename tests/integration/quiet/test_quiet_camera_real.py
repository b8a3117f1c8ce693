"""The camera sensor on the real /proc: another process holding a (fake) video device open.

There is no camera here, so the devices are files in a temporary folder (the injectable device
folder); everything else is real: the processes' file descriptors in /proc and the kernel's inotify
events for their open and close.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from quiet_probes import Holder, fake_devices

from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
from desk_coach.domain.quiet import QuietReason

CAMERA = {QuietReason.CAMERA}


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    return fake_devices(tmp_path / "dev")


@pytest.fixture
def sensor(dev: Path) -> Iterator[LinuxCameraSensor]:
    camera = LinuxCameraSensor("/proc", dev)
    yield camera
    camera.close()


def wait_for(sensor: LinuxCameraSensor, expected: set[QuietReason], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while sensor.active_reasons() != expected:
        assert time.monotonic() < deadline, f"the camera sensor never said {expected}"
        time.sleep(0.02)


def test_another_process_holding_the_camera(sensor: LinuxCameraSensor, dev: Path) -> None:
    assert sensor.active_reasons() == frozenset()
    assert sensor.watching
    holder = Holder(dev / "video1")
    try:
        assert sensor.active_reasons() == CAMERA  # the open event makes the very next poll scan
        scans = sensor.scans
        for _ in range(50):
            assert sensor.active_reasons() == CAMERA
        assert sensor.scans == scans  # nothing changed: no scan (the cost: bench/quiet_sensors.py)
    finally:
        holder.release()
    assert sensor.active_reasons() == frozenset()  # the close event


def test_a_process_holding_another_file_is_not_the_camera(sensor: LinuxCameraSensor, dev: Path) -> None:
    holder = Holder(dev / "null")
    try:
        assert sensor.active_reasons() == frozenset()
    finally:
        holder.release()


def test_our_own_process_holding_the_camera_is_not_a_call(sensor: LinuxCameraSensor, dev: Path) -> None:
    with open(dev / "video0", "rb"):
        assert sensor.active_reasons() == frozenset()


def test_a_camera_plugged_in_later_is_sensed(sensor: LinuxCameraSensor, dev: Path) -> None:
    assert sensor.active_reasons() == frozenset()
    (dev / "video2").touch()
    holder = Holder(dev / "video2")
    try:
        wait_for(sensor, CAMERA)
    finally:
        holder.release()
    wait_for(sensor, set())


def test_without_the_watch_every_poll_scans_the_real_proc(dev: Path) -> None:
    """The fallback where inotify cannot watch the devices: a scan of this machine's /proc at each poll."""
    camera = LinuxCameraSensor("/proc", dev, watch=False, rescan_seconds=0.0)
    for _ in range(3):
        assert camera.active_reasons() == frozenset()
    assert camera.scans == 3
