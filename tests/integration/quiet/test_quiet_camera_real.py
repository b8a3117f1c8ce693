"""The camera sensor on the real /proc: another process holding a (fake) video device open.

There is no camera here, so the devices are files in a temporary folder (the injectable device
folder); everything else is real: the processes' file descriptors in /proc and the kernel's inotify
events for their open and close.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
from desk_coach.domain.quiet import QuietReason

CAMERA = {QuietReason.CAMERA}
HOLDER = """
import sys, time
with open(sys.argv[1], "rb"):
    print("open", flush=True)
    sys.stdin.readline()  # hold it until told
"""


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    for name in ("video0", "video1", "null"):
        (folder / name).touch()
    return folder


@pytest.fixture
def sensor(dev: Path) -> Iterator[LinuxCameraSensor]:
    camera = LinuxCameraSensor("/proc", dev)
    yield camera
    camera.close()


class Holder:
    """A process that opens ``path`` and holds it until released."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "open\n"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()


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
        times = []
        for _ in range(500):
            began = time.perf_counter()
            assert sensor.active_reasons() == CAMERA
            times.append((time.perf_counter() - began) * 1000)
        assert sensor.scans == scans  # nothing changed: no scan
    finally:
        holder.release()
    assert sensor.active_reasons() == frozenset()  # the close event
    cost = statistics.median(times)
    print(f"camera sensor, watching, nothing changed: {cost:.4f} ms per poll (median)")
    assert cost < 5


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


def test_the_cost_of_a_full_scan_of_the_real_proc(dev: Path) -> None:
    """What a scan of this machine's /proc costs: paid once per open or close of a video device."""
    camera = LinuxCameraSensor("/proc", dev, watch=False, rescan_seconds=0.0)  # scans at every poll
    times = []
    for _ in range(20):
        began = time.perf_counter()
        assert camera.active_reasons() == frozenset()
        times.append((time.perf_counter() - began) * 1000)
    assert camera.scans == 20
    descriptors = sum(len(_fds(pid)) for pid in Path("/proc").iterdir() if pid.name.isdigit())
    cost = statistics.median(times)
    print(f"camera sensor, one full scan of /proc ({descriptors} descriptors): {cost:.2f} ms")


def _fds(pid: Path) -> list[Path]:
    try:
        return list((pid / "fd").iterdir())
    except OSError:
        return []
