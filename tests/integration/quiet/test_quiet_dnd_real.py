"""Do-not-disturb for real: dunst's pause over the desktop's D-Bus session bus, and GNOME's
show-banners through the real gsettings."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from desktop import NOTIFICATIONS, HeadlessDesktop

from desk_coach.adapters.quiet.dnd_linux import GnomeDnd, NotificationServerDnd
from desk_coach.domain.quiet import QuietReason

DND = {QuietReason.DO_NOT_DISTURB}


def test_dunst_paused_is_do_not_disturb(desktop: HeadlessDesktop) -> None:
    sensor = NotificationServerDnd(desktop.bus_address)
    try:
        assert sensor.active_reasons() == frozenset()
        desktop.run("dunstctl", "set-paused", "true")
        assert sensor.active_reasons() == DND
        desktop.run("dunstctl", "set-paused", "false")
        assert sensor.active_reasons() == frozenset()
        desktop.run("dunstctl", "set-paused", "toggle")
        assert sensor.active_reasons() == DND
    finally:
        sensor.close()


def test_a_restarted_notification_server_is_asked_again(desktop: HeadlessDesktop) -> None:
    sensor = NotificationServerDnd(desktop.bus_address, retry_seconds=0.0)
    try:
        desktop.run("dunstctl", "set-paused", "true")
        assert sensor.active_reasons() == DND
        dunst = desktop.pids[-1]  # started last
        assert Path(f"/proc/{dunst}/comm").read_text().strip() == "dunst"
        os.kill(dunst, signal.SIGTERM)
        desktop.wait_until(lambda: not desktop.name_has_owner(NOTIFICATIONS), what="dunst gone")
        assert sensor.active_reasons() == frozenset()  # nobody serves notifications: not quiet
        desktop.spawn("dunst-again", ["dunst"])
        desktop.wait_until(lambda: desktop.name_has_owner(NOTIFICATIONS), what="dunst back")
        assert sensor.active_reasons() == frozenset()  # a new dunst starts unpaused
        desktop.run("dunstctl", "set-paused", "true")
        assert sensor.active_reasons() == DND
    finally:
        sensor.close()


@pytest.mark.e2e
def test_asking_never_starts_a_notification_server(tmp_path: Path) -> None:
    # D-Bus activation is on (dunst's service file is installed), but nobody owns the name yet.
    with HeadlessDesktop(
        tray=False, notifications=False, dbus_activation=True, log_dir=tmp_path / "logs"
    ) as desktop:
        sensor = NotificationServerDnd(desktop.bus_address)
        try:
            for _ in range(3):
                assert sensor.active_reasons() == frozenset()
        finally:
            sensor.close()
        time.sleep(0.5)
        assert not desktop.name_has_owner(NOTIFICATIONS)


def test_gnome_show_banners_through_the_real_gsettings(tmp_path: Path) -> None:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        pytest.skip("gsettings is not installed (Debian package libglib2.0-bin)")
    # GSettings' keyfile backend: a real GSettings store in a private config folder, no dconf service.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "GSETTINGS_BACKEND": "keyfile",
    }

    def set_banners(value: str) -> None:
        subprocess.run(
            [gsettings, "set", "org.gnome.desktop.notifications", "show-banners", value],
            env=env,
            check=True,
            capture_output=True,
            timeout=10,
        )

    probe = subprocess.run(
        [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"GNOME's notification schema is not installed: {probe.stderr.strip()}")
    sensor = GnomeDnd(gsettings, env=env)
    try:
        assert sensor.refresh_and_wait() == frozenset()
        set_banners("false")
        sensor.active_reasons()  # the keyfile changed: asks again
        sensor.commands.refresh_and_wait()
        assert sensor.active_reasons() == DND
        set_banners("true")
        sensor.active_reasons()
        sensor.commands.refresh_and_wait()
        assert sensor.active_reasons() == frozenset()
    finally:
        sensor.close()
