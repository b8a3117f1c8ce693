"""Which quiet-time sensors the factory picks, per platform and desktop."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desk_coach.adapters.quiet.camera_linux import LinuxCameraSensor
from desk_coach.adapters.quiet.composite import QuietSensors
from desk_coach.adapters.quiet.dnd_linux import GnomeDnd, NotificationServerDnd
from desk_coach.adapters.quiet.factory import create_quiet_sensor
from desk_coach.adapters.quiet.fullscreen_x11 import X11FullscreenSensor
from desk_coach.adapters.quiet.macos import MacQuietSensor
from desk_coach.adapters.quiet.microphone_linux import PipeWireMicrophoneSensor, PulseMicrophoneSensor
from desk_coach.adapters.quiet.windows import WindowsQuietSensor


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


def install(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(stat.S_IRWXU)


def kinds(sensors: QuietSensors) -> list[type]:
    try:
        return [type(sensor) for sensor in sensors.sensors]
    finally:
        sensors.close()


def test_a_full_gnome_x11_session(bin_dir: Path) -> None:
    install(bin_dir, "pactl", "pw-dump", "gsettings")
    env = {
        "DISPLAY": ":0",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus",
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
        "PATH": str(bin_dir),
    }
    sensors = create_quiet_sensor(env, "linux")
    found = kinds(sensors)
    assert found == [
        X11FullscreenSensor,
        LinuxCameraSensor,
        PulseMicrophoneSensor,
        NotificationServerDnd,
        GnomeDnd,
    ]
    x11, _, microphone, dnd, gnome = sensors.sensors
    assert isinstance(x11, X11FullscreenSensor) and x11.display_name == ":0"
    assert isinstance(microphone, PulseMicrophoneSensor)
    assert microphone.commands.argvs[0][0] == str(bin_dir / "pactl")
    assert isinstance(dnd, NotificationServerDnd) and dnd.bus_address == "unix:path=/run/user/1000/bus"
    assert isinstance(gnome, GnomeDnd) and gnome.commands.argvs[0][0] == str(bin_dir / "gsettings")


def test_kde_with_pipewire_but_no_pactl(bin_dir: Path) -> None:
    install(bin_dir, "pw-dump", "gsettings")
    env = {
        "DISPLAY": ":1",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/bus",
        "XDG_CURRENT_DESKTOP": "KDE",
        "PATH": str(bin_dir),
    }
    assert kinds(create_quiet_sensor(env, "linux")) == [
        X11FullscreenSensor,
        LinuxCameraSensor,
        PipeWireMicrophoneSensor,
        NotificationServerDnd,
    ]


def test_gnome_without_gsettings(bin_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    env = {
        "XDG_CURRENT_DESKTOP": "GNOME",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/bus",
        "PATH": str(bin_dir),
    }
    assert kinds(create_quiet_sensor(env, "linux")) == [LinuxCameraSensor, NotificationServerDnd]
    assert "gsettings is not installed" in caplog.text


def test_a_bare_linux_session_still_senses_the_camera(
    bin_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    assert kinds(create_quiet_sensor({"PATH": str(bin_dir)}, "linux")) == [LinuxCameraSensor]
    assert "no X display" in caplog.text
    assert "neither pactl nor pw-dump" in caplog.text
    assert "no D-Bus session bus" in caplog.text
    assert "quiet-time sensors: camera in use" in caplog.text


def test_the_systemd_user_bus_is_found_without_the_variable(bin_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "bus").touch()
    sensors = create_quiet_sensor({"XDG_RUNTIME_DIR": str(tmp_path), "PATH": str(bin_dir)}, "linux")
    assert kinds(sensors) == [LinuxCameraSensor, NotificationServerDnd]
    assert sensors.sensors[1].bus_address == f"unix:path={tmp_path}/bus"  # type: ignore[attr-defined]


def test_windows() -> None:
    assert kinds(create_quiet_sensor({"DISPLAY": ":0"}, "win32")) == [WindowsQuietSensor]


def test_macos() -> None:
    assert kinds(create_quiet_sensor({}, "darwin")) == [MacQuietSensor]


def test_another_platform_has_no_sensor(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    sensors = create_quiet_sensor({}, "freebsd14")
    assert kinds(sensors) == []
    assert sensors.active_reasons() == frozenset()
    assert "no quiet-time sensor for platform 'freebsd14'" in caplog.text


def test_the_factory_imports_only_the_modules_of_its_platform() -> None:
    script = """
import sys
from desk_coach.adapters.quiet.factory import create_quiet_sensor
prefix = "desk_coach.adapters.quiet."
loaded = lambda: {name.removeprefix(prefix) for name in sys.modules if name.startswith(prefix)}
assert loaded() == {"factory", "composite", "_support"}, loaded()
create_quiet_sensor({}, "win32").close()
assert loaded() == {"factory", "composite", "_support", "windows"}, loaded()
create_quiet_sensor({"DISPLAY": ":0"}, "linux").close()
assert "fullscreen_x11" in loaded() and "macos" not in loaded(), loaded()
assert "jeepney" not in sys.modules and "PySide6" not in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
