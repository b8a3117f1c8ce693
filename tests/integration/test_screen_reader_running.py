"""Whether a screen reader runs, as the spoken cues ask it once per routine: the real accessibility
bus launcher (at-spi2-core) on a private session bus with the screen reader switch on and off, and a
screen reader's process. Debian packages: dbus-daemon, at-spi2-core."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from a11y_bus import launch_a11y_bus, stop
from private_bus import PrivateBus

from desk_coach.adapters import screen_reader


@pytest.fixture
def session_bus() -> Iterator[PrivateBus]:
    bus = PrivateBus()
    bus.start()
    yield bus
    bus.close()


@pytest.mark.parametrize("switch", [True, False])
def test_the_desktops_screen_reader_switch_is_read_from_the_accessibility_bus(session_bus, switch):
    launcher = launch_a11y_bus(session_bus.address, switch)
    try:
        assert screen_reader._desktop_switch({"DBUS_SESSION_BUS_ADDRESS": session_bus.address}) is switch
        if switch:  # and the whole question says so, whatever else runs on this machine
            assert screen_reader.screen_reader_running({"DBUS_SESSION_BUS_ADDRESS": session_bus.address})
    finally:
        stop(launcher)


def test_without_an_accessibility_bus_the_switch_is_unknown(session_bus):
    assert screen_reader._desktop_switch({"DBUS_SESSION_BUS_ADDRESS": session_bus.address}) is None
    assert screen_reader._desktop_switch({}) is None


def test_an_orca_of_this_user_on_this_session_bus_counts_as_a_screen_reader(tmp_path):
    ours = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}

    def process(pid: str, name: str, bus: str) -> None:
        (tmp_path / pid).mkdir()
        (tmp_path / pid / "comm").write_text(f"{name}\n")
        (tmp_path / pid / "environ").write_bytes(f"HOME=/home/me\0DBUS_SESSION_BUS_ADDRESS={bus}\0".encode())

    process("101", "bash", ours["DBUS_SESSION_BUS_ADDRESS"])
    process("102", "orca", "unix:path=/tmp/another-session/bus")  # another session's screen reader
    (tmp_path / "self").mkdir()
    assert screen_reader._screen_reader_process(tmp_path, ours) is False
    process("103", "orca", ours["DBUS_SESSION_BUS_ADDRESS"])
    assert screen_reader._screen_reader_process(tmp_path, ours) is True
    assert screen_reader._screen_reader_process(tmp_path, {}) is False  # no session bus: nobody reads us
    assert screen_reader._screen_reader_process(tmp_path / "gone", ours) is False
