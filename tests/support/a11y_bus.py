"""The accessibility bus (at-spi2-core's ``at-spi-bus-launcher``) on a private session bus, its screen
reader switch (``org.a11y.Status.ScreenReaderEnabled``) set as a test says. Debian package: at-spi2-core."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def has_owner(address: str, name: str) -> bool:
    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                      interface="org.freedesktop.DBus")
    with open_dbus_connection(address) as connection:
        return bool(connection.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)),
                                                  timeout=5).body[0])


def launch_a11y_bus(address: str, screen_reader_on: bool) -> subprocess.Popen[bytes]:
    """at-spi-bus-launcher on the bus at ``address``, its screen reader switch as given."""
    assert Path(BUS_LAUNCHER).exists(), f"{BUS_LAUNCHER} is missing (Debian package: at-spi2-core)"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "GSETTINGS_BACKEND": "memory"}
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately", f"--screen-reader={int(screen_reader_on)}"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)  # its own group: the a11y bus's daemon goes with it
    deadline = time.monotonic() + 30
    while not has_owner(address, "org.a11y.Bus"):
        assert launcher.poll() is None, "at-spi-bus-launcher quit"
        assert time.monotonic() < deadline, "org.a11y.Bus never appeared"
        time.sleep(0.05)
    return launcher


def stop(launcher: subprocess.Popen[bytes]) -> None:
    os.killpg(launcher.pid, signal.SIGTERM)
    launcher.wait(10)
