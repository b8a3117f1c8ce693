"""Camera use from a fake /proc tree: which processes hold a video device open."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
from desk_coach.domain.quiet import QuietReason

OWN_PID = 4242


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    for name in ("video0", "video1", "null", "snd"):
        (folder / name).touch()
    return folder


@pytest.fixture
def proc(tmp_path: Path) -> Path:
    folder = tmp_path / "proc"
    folder.mkdir()
    for name in ("self", "sys", "uptime"):  # not processes
        (folder / name).mkdir()
    return folder


def hold(proc: Path, pid: int, *targets: str | Path) -> None:
    """Give fake process ``pid`` file descriptors 0.. pointing at ``targets``."""
    fd = proc / str(pid) / "fd"
    fd.mkdir(parents=True, exist_ok=True)
    start = len(list(fd.iterdir()))
    for number, target in enumerate(targets, start):
        (fd / str(number)).symlink_to(target)


def release(proc: Path, pid: int) -> None:
    for link in (proc / str(pid) / "fd").iterdir():
        link.unlink()


def sensor(proc: Path, dev: Path, **kw: object) -> LinuxCameraSensor:
    kw.setdefault("watch", False)
    kw.setdefault("rescan_seconds", 0.0)
    return LinuxCameraSensor(proc, dev, own_pid=OWN_PID, **kw)  # type: ignore[arg-type]


def test_a_process_holding_a_video_device_means_the_camera_is_in_use(proc: Path, dev: Path) -> None:
    hold(proc, 100, "/dev/null", "socket:[1234]", "pipe:[99]")
    hold(proc, 200, dev / "null", "anon_inode:[eventfd]", dev / "video1", "/tmp/file")
    camera = sensor(proc, dev)
    assert camera.active_reasons() == {QuietReason.CAMERA}
    assert camera.devices == {str(dev / "video0"), str(dev / "video1")}


def test_nobody_holding_a_video_device_is_not_quiet(proc: Path, dev: Path) -> None:
    hold(proc, 100, dev / "null", dev / "snd", "/dev/video0")  # a video0, but not this tree's device
    assert sensor(proc, dev).active_reasons() == frozenset()


def test_our_own_process_holding_the_camera_does_not_count(proc: Path, dev: Path) -> None:
    hold(proc, OWN_PID, dev / "video0")
    assert sensor(proc, dev).active_reasons() == frozenset()
    hold(proc, 7, dev / "video0")
    assert sensor(proc, dev).active_reasons() == {QuietReason.CAMERA}


def test_unreadable_and_vanished_processes_are_skipped(
    proc: Path, dev: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (proc / "10").mkdir()  # no fd folder: a process that just exited
    (proc / "11").mkdir()
    (proc / "11" / "fd").write_text("not a folder")
    hold(proc, 12, dev / "video0")  # another user's process: its fd folder is private
    hold(proc, 13, dev / "snd")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if str(path) == f"{proc}/12/fd":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert sensor(proc, dev).active_reasons() == frozenset()


def test_no_video_device_costs_no_scan_of_proc(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    empty = tmp_path / "empty-dev"
    empty.mkdir()
    camera = sensor(tmp_path / "no-proc", empty)  # /proc is never looked at: nothing to complain about
    assert camera.active_reasons() == frozenset()
    assert camera.devices == frozenset()
    assert caplog.records == []


def test_without_watching_the_answer_is_cached_for_rescan_seconds(proc: Path, dev: Path) -> None:
    clock = FakeClock()
    camera = sensor(proc, dev, rescan_seconds=30.0, clock=clock)
    assert camera.active_reasons() == frozenset()
    hold(proc, 100, dev / "video0")
    clock.now += 29
    assert camera.active_reasons() == frozenset()
    assert camera.scans == 1
    clock.now += 1
    assert camera.active_reasons() == {QuietReason.CAMERA}
    assert camera.scans == 2
    release(proc, 100)
    clock.now += 30
    assert camera.active_reasons() == frozenset()


def test_without_watching_the_device_list_is_refreshed_now_and_then(proc: Path, dev: Path) -> None:
    clock = FakeClock()
    camera = sensor(proc, dev, device_refresh_seconds=60.0, rescan_seconds=1000.0, clock=clock)
    hold(proc, 100, dev / "video7")
    assert camera.active_reasons() == frozenset()
    (dev / "video7").touch()  # a camera plugged in
    clock.now += 59
    assert camera.active_reasons() == frozenset()
    clock.now += 1
    assert camera.active_reasons() == {QuietReason.CAMERA}  # a new device: scanned at once


def test_watching_scans_only_when_a_device_is_opened_or_closed(proc: Path, dev: Path) -> None:
    camera = sensor(proc, dev, watch=True)
    assert camera.active_reasons() == frozenset()
    assert camera.watching
    for _ in range(5):
        assert camera.active_reasons() == frozenset()
    assert camera.scans == 1  # nothing happened: no scan
    hold(proc, 100, dev / "video1")
    with open(dev / "video1", "rb"):  # the kernel reports the open (and, later, the close)
        assert camera.active_reasons() == {QuietReason.CAMERA}
    assert camera.scans == 2
    release(proc, 100)
    assert camera.active_reasons() == frozenset()  # the close
    assert camera.scans == 3
    camera.close()


def test_watching_notices_a_camera_plugged_in_and_removed(proc: Path, dev: Path) -> None:
    camera = sensor(proc, dev, watch=True)
    assert camera.active_reasons() == frozenset()
    (dev / "video2").touch()
    hold(proc, 100, dev / "video2")
    assert camera.active_reasons() == {QuietReason.CAMERA}
    assert str(dev / "video2") in camera.devices
    (dev / "video2").unlink()
    assert camera.active_reasons() == frozenset()
    assert str(dev / "video2") not in camera.devices
    (dev / "video2").touch()  # back again: watched again
    scans = camera.scans
    camera.active_reasons()
    with open(dev / "video2", "rb"):
        pass
    assert camera.active_reasons() == {QuietReason.CAMERA}
    assert camera.scans > scans + 1
    camera.close()


def test_watching_still_rescans_now_and_then(proc: Path, dev: Path) -> None:
    clock = FakeClock()
    camera = sensor(proc, dev, watch=True, safety_rescan_seconds=300.0, clock=clock)
    assert camera.active_reasons() == frozenset()
    hold(proc, 100, dev / "video0")  # no open event: the fake tree changed behind the kernel's back
    clock.now += 299
    assert camera.active_reasons() == frozenset()
    clock.now += 1
    assert camera.active_reasons() == {QuietReason.CAMERA}
    camera.close()


def test_a_device_folder_that_cannot_be_watched_falls_back_to_scanning(
    proc: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    camera = sensor(proc, tmp_path / "no-such-dev", watch=True)
    assert camera.active_reasons() == frozenset()
    assert camera.active_reasons() == frozenset()
    assert not camera.watching
    messages = [r.getMessage() for r in caplog.records]
    assert sum("cannot list" in m for m in messages) == 1
    assert sum("cannot watch" in m for m in messages) == 1


def test_an_unreadable_proc_is_not_quiet_and_logged_once(
    dev: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    camera = sensor(tmp_path / "no-proc", dev)
    for _ in range(3):
        assert camera.active_reasons() == frozenset()
    [record] = caplog.records
    assert record.getMessage().startswith(f"cannot read {tmp_path / 'no-proc'} (")


def test_an_unexpected_failure_never_raises(
    proc: Path, dev: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    camera = sensor(proc, dev)

    def broken() -> bool:
        raise RuntimeError("boom")

    monkeypatch.setattr(camera, "_poll", broken)
    assert camera.active_reasons() == frozenset()
    assert camera.active_reasons() == frozenset()
    assert len([r for r in caplog.records if "boom" in r.getMessage()]) == 1
