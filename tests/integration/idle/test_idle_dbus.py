"""The D-Bus idle adapters against a real private bus, with fake desktop services served by jeepney.

Each test edits what the fake services answer and checks what the sensor reports, including the
cases where a service or the whole bus goes away: the sensor answers None, never raises.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

import pytest
from desktop import wait_until
from private_bus import FakeService, PrivateBus

from desk_coach.adapters.idle.factory import create_idle_sensor
from desk_coach.adapters.idle.freedesktop import FreedesktopScreenSaverSensor
from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor
from desk_coach.adapters.idle.logind import LogindLockState
from desk_coach.adapters.idle.mutter import MutterIdleSensor

Serve = Callable[[str], FakeService]
Opened = Callable[[Any], Any]

MUTTER, MUTTER_PATH = "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core"
SHIELD, SHIELD_PATH = "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"
SAVER, SAVER_PATH = "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"
LOGIN1, LOGIN1_PATH = "org.freedesktop.login1", "/org/freedesktop/login1"


def gnome(serve: Serve, idle_ms: int = 0, locked: bool = False) -> tuple[FakeService, FakeService]:
    """Mutter's idle monitor and GNOME Shell's screen shield."""
    monitor = serve(MUTTER)
    monitor.answer(MUTTER_PATH, "GetIdletime", "t", idle_ms)
    shield = serve(SHIELD)
    shield.answer(SHIELD_PATH, "GetActive", "b", locked)
    return monitor, shield


def kde(serve: Serve, idle_ms: int = 0, active: bool = False) -> FakeService:
    """KDE's org.freedesktop.ScreenSaver."""
    saver = serve(SAVER)
    saver.answer(SAVER_PATH, "GetSessionIdleTime", "u", idle_ms)
    saver.answer(SAVER_PATH, "GetActive", "b", active)
    return saver


def logind(serve: Serve, sessions: dict[str, bool], pid_session: str | None = None) -> FakeService:
    """A login manager whose sessions (id -> LockedHint) the test may change through ``sessions``."""
    service = serve(LOGIN1)

    def path(session: str) -> str:
        return f"{LOGIN1_PATH}/session/{session}"

    if pid_session is not None:
        service.answer(LOGIN1_PATH, "GetSessionByPID", "o", path(pid_session))
    service.answers[LOGIN1_PATH, "GetSession"] = lambda body: ("o", (path(body[0]),))
    for session in sessions:
        service.answers[path(session), "Get"] = lambda body, s=session: ("v", (("b", sessions[s]),))
    return service


# -- Mutter (GNOME) --------------------------------------------------------------------------------------


def test_mutter_reports_the_idle_monitor_in_seconds(opened: Opened, private_bus: PrivateBus, serve: Serve):
    monitor, _ = gnome(serve, idle_ms=1500)
    sensor = opened(MutterIdleSensor(private_bus.address))
    assert sensor.idle_seconds() == 1.5
    monitor.answer(MUTTER_PATH, "GetIdletime", "t", 0)  # the user touched the mouse
    assert sensor.idle_seconds() == 0.0
    monitor.answer(MUTTER_PATH, "GetIdletime", "t", 3_600_000)
    assert sensor.idle_seconds() == 3600.0
    assert (MUTTER_PATH, "GetIdletime", ()) in monitor.calls


def test_mutter_reads_the_lock_from_gnome_shell(opened: Opened, private_bus: PrivateBus, serve: Serve):
    _, shield = gnome(serve, locked=False)
    sensor = opened(MutterIdleSensor(private_bus.address))
    assert sensor.is_locked() is False
    shield.answer(SHIELD_PATH, "GetActive", "b", True)
    assert sensor.is_locked() is True
    shield.vanish()
    assert sensor.is_locked() is None
    assert sensor.idle_seconds() == 0.0  # the idle monitor is still there


def test_mutter_gives_none_while_the_service_is_gone_and_recovers(
    opened: Opened, private_bus: PrivateBus, serve: Serve, caplog: pytest.LogCaptureFixture
):
    monitor, _ = gnome(serve, idle_ms=2000)
    sensor = opened(MutterIdleSensor(private_bus.address))
    assert sensor.idle_seconds() == 2.0
    monitor.vanish()
    with caplog.at_level(logging.DEBUG, logger="desk_coach.adapters.idle"):
        assert sensor.idle_seconds() is None
        assert sensor.idle_seconds() is None
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1, "one outage, one warning, however often it is polled"
    assert "GetIdletime" in warnings[0]
    assert "NameHasNoOwner" in warnings[0]
    serve(MUTTER).answer(MUTTER_PATH, "GetIdletime", "t", 5)  # gnome-shell restarted
    assert sensor.idle_seconds() == 0.005


# -- org.freedesktop.ScreenSaver (KDE) -------------------------------------------------------------------


def test_freedesktop_reports_idle_and_screen_saver(opened: Opened, private_bus: PrivateBus, serve: Serve):
    saver = kde(serve, idle_ms=42_000, active=False)
    sensor = opened(FreedesktopScreenSaverSensor(private_bus.address))
    assert sensor.idle_seconds() == 42.0
    assert sensor.is_locked() is False
    saver.answer(SAVER_PATH, "GetSessionIdleTime", "u", 250)
    saver.answer(SAVER_PATH, "GetActive", "b", True)
    assert sensor.idle_seconds() == 0.25
    assert sensor.is_locked() is True
    saver.vanish()
    assert sensor.idle_seconds() is None
    assert sensor.is_locked() is None


def test_a_missing_method_gives_none(opened: Opened, private_bus: PrivateBus, serve: Serve):
    saver = serve(SAVER)  # like GNOME Shell: the name is there, GetSessionIdleTime is not
    saver.answer(SAVER_PATH, "GetActive", "b", False)
    sensor = opened(FreedesktopScreenSaverSensor(private_bus.address))
    assert sensor.idle_seconds() is None
    assert sensor.is_locked() is False


def test_an_answer_of_the_wrong_type_gives_none(opened: Opened, private_bus: PrivateBus, serve: Serve):
    serve(SAVER).answer(SAVER_PATH, "GetSessionIdleTime", "s", "a while")
    sensor = opened(FreedesktopScreenSaverSensor(private_bus.address))
    assert sensor.idle_seconds() is None


def test_a_hung_service_costs_one_short_timeout(opened: Opened, private_bus: PrivateBus, serve: Serve):
    saver = kde(serve, idle_ms=1000)
    saver.answering.clear()  # hung: answers nothing until told
    sensor = opened(FreedesktopScreenSaverSensor(private_bus.address, timeout=0.1))
    assert sensor.idle_seconds() is None  # gave up after its own timeout, not when the service answered
    assert saver.replies == 0
    saver.answer(SAVER_PATH, "GetSessionIdleTime", "u", 7000)
    saver.answering.set()
    wait_until(lambda: saver.replies == 1, timeout=10, what="the late answer to the first call")
    assert sensor.idle_seconds() == 7.0  # the late answer (1 s) is not taken for this call


def test_the_bus_going_away_gives_none_and_a_new_bus_is_used(
    opened: Opened, private_bus: PrivateBus, serve: Serve
):
    kde(serve, idle_ms=1000)
    sensor = opened(FreedesktopScreenSaverSensor(private_bus.address))
    assert sensor.idle_seconds() == 1.0
    private_bus.stop()
    assert sensor.idle_seconds() is None
    assert sensor.is_locked() is None
    private_bus.start()  # the same address, a new daemon: the sensor connects again
    kde(serve, idle_ms=3000)
    assert sensor.idle_seconds() == 3.0


def test_no_bus_at_all_gives_none(opened: Opened, tmp_path):
    sensor = opened(FreedesktopScreenSaverSensor(f"unix:path={tmp_path}/no-such-bus"))
    assert sensor.idle_seconds() is None
    assert sensor.is_locked() is None


# -- logind --------------------------------------------------------------------------------------------


def test_logind_reads_the_lock_of_xdg_session_id(opened: Opened, private_bus: PrivateBus, serve: Serve):
    sessions = {"c2": False, "7": True}
    service = logind(serve, sessions)
    lock = opened(LogindLockState(private_bus.address, "c2"))
    assert lock.is_locked() is False
    sessions["c2"] = True  # the screen locker set the hint
    assert lock.is_locked() is True
    assert (LOGIN1_PATH, "GetSession", ("c2",)) in service.calls


def test_logind_finds_the_session_of_this_process(opened: Opened, private_bus: PrivateBus, serve: Serve):
    service = logind(serve, {"5": True}, pid_session="5")
    lock = opened(LogindLockState(private_bus.address, None))
    assert lock.is_locked() is True
    assert (LOGIN1_PATH, "GetSessionByPID", (os.getpid(),)) in service.calls


def test_logind_without_a_system_bus_or_logind_gives_none(opened: Opened, private_bus: PrivateBus, tmp_path):
    no_bus = opened(LogindLockState(f"unix:path={tmp_path}/no-system-bus", "1"))
    assert no_bus.is_locked() is None
    no_logind = opened(LogindLockState(private_bus.address, "1"))
    assert no_logind.is_locked() is None


# -- the factory, probing the fake services --------------------------------------------------------------


def test_factory_picks_mutter_on_gnome_wayland_with_logind_for_the_lock(
    opened: Opened, private_bus: PrivateBus, serve: Serve, caplog: pytest.LogCaptureFixture
):
    _, shield = gnome(serve, idle_ms=800, locked=False)
    sessions = {"3": False}
    logind(serve, sessions)
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "GNOME",
           "DBUS_SESSION_BUS_ADDRESS": private_bus.address, "DBUS_SYSTEM_BUS_ADDRESS": private_bus.address,
           "XDG_SESSION_ID": "3"}
    with caplog.at_level(logging.INFO, logger="desk_coach.adapters.idle.factory"):
        sensor = opened(create_idle_sensor(env, "linux"))
    assert isinstance(sensor, LockFallbackSensor)
    assert isinstance(sensor.sensor, MutterIdleSensor)
    assert sensor.idle_seconds() == 0.8
    assert sensor.is_locked() is False
    shield.vanish()  # GNOME Shell's shield is gone for a moment: logind tells
    sessions["3"] = True
    assert sensor.is_locked() is True
    assert any("using mutter" in r.getMessage() and "GNOME" in r.getMessage() for r in caplog.records)


def test_factory_picks_the_screen_saver_service_on_kde_wayland(
    opened: Opened, private_bus: PrivateBus, serve: Serve
):
    kde(serve, idle_ms=1200, active=True)
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "KDE",
           "DBUS_SESSION_BUS_ADDRESS": private_bus.address,
           "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={private_bus.folder}/no-system-bus"}
    sensor = opened(create_idle_sensor(env, "linux"))
    assert isinstance(sensor, FreedesktopScreenSaverSensor)  # no logind here: nothing to combine
    assert sensor.idle_seconds() == 1.2
    assert sensor.is_locked() is True
