"""The desktop's do-not-disturb: the notification server's D-Bus properties (through a fake reader)
and GNOME's show-banners (through a fake gsettings)."""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from desk_coach.adapters.quiet.dnd_linux import (
    GnomeDnd,
    NoServer,
    NotificationServerDnd,
    NotSupported,
    parse_show_banners,
    session_bus_address,
)
from desk_coach.domain.quiet import QuietReason

DND = {QuietReason.DO_NOT_DISTURB}
INHIBITED = ("org.freedesktop.Notifications", "Inhibited")
PAUSED = ("org.dunstproject.cmd0", "paused")
UNSUPPORTED = NotSupported("org.freedesktop.DBus.Error.InvalidArgs")


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class FakeServer:
    """A PropertyReader answering from a dict: a value, or an exception to raise."""

    def __init__(self, **answers: Any) -> None:
        self.answers: dict[tuple[str, str], Any] = {INHIBITED: UNSUPPORTED, PAUSED: UNSUPPORTED}
        self.set(**answers)
        self.asked: list[tuple[str, str]] = []
        self.closed = 0

    def set(self, inhibited: Any = None, paused: Any = None) -> None:
        if inhibited is not None:
            self.answers[INHIBITED] = inhibited
        if paused is not None:
            self.answers[PAUSED] = paused

    def get(self, interface: str, name: str) -> Any:
        self.asked.append((interface, name))
        answer = self.answers[interface, name]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def close(self) -> None:
        self.closed += 1


def dnd(server: FakeServer, clock: FakeClock | None = None) -> NotificationServerDnd:
    return NotificationServerDnd(reader=server, clock=clock or FakeClock())


def test_kde_inhibited_is_do_not_disturb() -> None:
    server = FakeServer(inhibited=True)
    assert dnd(server).active_reasons() == DND
    server.set(inhibited=False)
    assert dnd(server).active_reasons() == frozenset()


def test_dunst_paused_is_do_not_disturb() -> None:
    server = FakeServer(paused=True)
    sensor = dnd(server)
    assert sensor.active_reasons() == DND
    server.set(paused=False)
    assert sensor.active_reasons() == frozenset()


def test_a_property_the_server_lacks_is_asked_again_only_after_recheck_seconds() -> None:
    clock, server = FakeClock(), FakeServer(paused=False)  # dunst: no Inhibited
    sensor = dnd(server, clock)
    for _ in range(5):
        assert sensor.active_reasons() == frozenset()
        clock.now += 5
    assert server.asked.count(INHIBITED) == 1
    assert server.asked.count(PAUSED) == 5
    clock.now += 60
    sensor.active_reasons()
    assert server.asked.count(INHIBITED) == 2


def test_a_server_with_neither_property_costs_no_round_trip() -> None:
    clock, server = FakeClock(), FakeServer()  # GNOME Shell, for instance
    sensor = dnd(server, clock)
    for _ in range(10):
        assert sensor.active_reasons() == frozenset()
        clock.now += 5
    assert len(server.asked) == 2  # each property once, in the first poll


def test_no_notification_server_is_not_quiet_and_asked_again_next_poll() -> None:
    server = FakeServer(inhibited=NoServer("org.freedesktop.DBus.Error.ServiceUnknown"))
    sensor = dnd(server)
    assert sensor.active_reasons() == frozenset()
    assert sensor.active_reasons() == frozenset()
    assert server.asked == [INHIBITED, INHIBITED]


def test_a_non_boolean_answer_is_not_quiet() -> None:
    assert dnd(FakeServer(inhibited=1, paused="yes")).active_reasons() == frozenset()


def test_a_failing_bus_is_not_quiet_logged_once_and_given_a_rest(caplog: pytest.LogCaptureFixture) -> None:
    clock, server = FakeClock(), FakeServer(inhibited=TimeoutError())
    sensor = NotificationServerDnd(reader=server, retry_seconds=30.0, clock=clock)
    assert sensor.active_reasons() == frozenset()
    assert server.closed == 1
    clock.now += 29
    assert sensor.active_reasons() == frozenset()
    assert len(server.asked) == 1  # resting
    clock.now += 1
    assert sensor.active_reasons() == frozenset()
    assert len(server.asked) == 2
    server.set(inhibited=True)
    clock.now += 30
    assert sensor.active_reasons() == DND
    [record] = caplog.records
    assert "cannot ask the notification server" in record.getMessage()
    assert "TimeoutError" in record.getMessage()


def test_without_jeepney_the_sensor_says_so_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "jeepney", None)  # import jeepney -> ImportError
    sensor = NotificationServerDnd("unix:path=/nowhere")
    for _ in range(3):
        assert sensor.active_reasons() == frozenset()
    [record] = caplog.records
    assert "jeepney is not installed" in record.getMessage()


def test_the_d_bus_question_never_starts_a_notification_server() -> None:
    from jeepney import HeaderFields, MessageFlag

    from desk_coach.adapters.quiet.dnd_linux import get_property_message

    message = get_property_message(*PAUSED)
    assert message.header.flags & MessageFlag.no_auto_start
    fields = message.header.fields
    assert fields[HeaderFields.destination] == "org.freedesktop.Notifications"
    assert fields[HeaderFields.path] == "/org/freedesktop/Notifications"
    assert fields[HeaderFields.interface] == "org.freedesktop.DBus.Properties"
    assert fields[HeaderFields.member] == "Get"
    assert message.body == PAUSED


def test_an_unreachable_bus_is_not_quiet(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    sensor = NotificationServerDnd(f"unix:path={tmp_path}/no-bus")
    assert sensor.active_reasons() == frozenset()
    assert sensor.active_reasons() == frozenset()
    assert len(caplog.records) == 1
    sensor.close()


def test_the_session_bus_address() -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}) == (
        "unix:path=/run/user/1000/bus"
    )
    assert session_bus_address({}) is None


def test_the_systemd_user_bus_is_the_fallback(tmp_path: Path) -> None:
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"


# -- GNOME ------------------------------------------------------------------------------------------


def test_show_banners_off_is_do_not_disturb() -> None:
    assert parse_show_banners(["false\n"]) is True
    assert parse_show_banners(["true\n"]) is False
    with pytest.raises(ValueError):
        parse_show_banners(["No such schema “org.gnome.desktop.notifications”\n"])


@pytest.fixture
def gnome(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A fake gsettings answering from a file, and an environment with its own config folder."""
    (tmp_path / "value").write_text("true\n")
    gsettings = tmp_path / "gsettings"
    gsettings.write_text(f'#!/bin/sh\necho "$*" >> {tmp_path}/runs\ncat {tmp_path}/value\n')
    gsettings.chmod(gsettings.stat().st_mode | stat.S_IXUSR)
    return gsettings, {"XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}


def gnome_runs(tmp_path: Path) -> int:
    return len((tmp_path / "runs").read_text().splitlines())


def test_gnome_is_asked_again_only_when_the_settings_database_changes(
    gnome: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    gsettings, env = gnome
    clock = FakeClock()
    sensor = GnomeDnd(str(gsettings), env=env, max_age=300.0, clock=clock)
    try:
        assert sensor.refresh_and_wait() == frozenset()
        for _ in range(10):
            clock.now += 5
            assert sensor.active_reasons() == frozenset()
        assert gnome_runs(tmp_path) == 1
        (tmp_path / "value").write_text("false\n")  # the user turns do-not-disturb on: dconf writes
        dconf = tmp_path / "config" / "dconf" / "user"
        dconf.parent.mkdir(parents=True)
        dconf.write_bytes(b"GVariant")
        sensor.active_reasons()  # notices the change, asks in the background
        sensor.commands.refresh_and_wait()
        assert sensor.active_reasons() == DND
        assert gnome_runs(tmp_path) == 2
        clock.now += 300  # and at least every max_age, whatever the files say
        sensor.active_reasons()
        sensor.commands.refresh_and_wait()
        assert gnome_runs(tmp_path) == 3
    finally:
        sensor.close()


def test_gnome_keyfile_backend_changes_count_too(gnome: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    gsettings, env = gnome
    sensor = GnomeDnd(str(gsettings), env=env)
    try:
        assert sensor.refresh_and_wait() == frozenset()
        keyfile = tmp_path / "config" / "glib-2.0" / "settings" / "keyfile"
        keyfile.parent.mkdir(parents=True)
        keyfile.write_text("[org/gnome/desktop/notifications]\nshow-banners=false\n")
        (tmp_path / "value").write_text("false\n")
        sensor.active_reasons()
        sensor.commands.refresh_and_wait()
        assert sensor.active_reasons() == DND
    finally:
        sensor.close()


def test_gnome_without_the_schema_is_not_quiet_and_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gsettings = tmp_path / "gsettings"
    gsettings.write_text("#!/bin/sh\necho 'No such schema “org.gnome.desktop.notifications”' >&2\nexit 1\n")
    gsettings.chmod(0o755)
    sensor = GnomeDnd(str(gsettings), env={"HOME": str(tmp_path)})
    try:
        for _ in range(3):
            assert sensor.refresh_and_wait() == frozenset()
    finally:
        sensor.close()
    [record] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "No such schema" in record.getMessage()
