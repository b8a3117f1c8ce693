"""The idle factory: which sensors it tries for each platform and session, and what it does with
the answers, with stub sensors in place of the real ones."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pytest

from desk_coach.adapters.idle.factory import create_idle_sensor, plan_for
from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor
from desk_coach.adapters.idle.null import NullIdleSensor

GNOME_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0",
                 "XDG_CURRENT_DESKTOP": "GNOME"}
X11_XFCE = {"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "XFCE"}


@pytest.mark.parametrize(("env", "platform", "sensors", "locks"), [
    ({}, "win32", ("windows",), ()),
    ({"DISPLAY": ":0"}, "darwin", ("macos",), ()),
    (GNOME_WAYLAND, "linux", ("mutter", "wayland", "freedesktop"), ("logind",)),
    (GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "linux", ("mutter", "wayland", "freedesktop"),
     ("logind",)),
    (GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "KDE"}, "linux", ("wayland", "freedesktop"), ("logind",)),
    (GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "sway"}, "linux", ("wayland", "freedesktop"), ("logind",)),
    (GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "Hyprland"}, "linux", ("wayland", "freedesktop"), ("logind",)),
    (GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "Enlightenment"}, "linux", ("wayland", "freedesktop"),
     ("logind",)),
    # No XDG_SESSION_TYPE, but a Wayland display: still Wayland, and Xwayland's DISPLAY is ignored.
    ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1", "XDG_CURRENT_DESKTOP": "KDE"}, "linux",
     ("wayland", "freedesktop"), ("logind",)),
    (X11_XFCE, "linux", ("x11", "freedesktop"), ("xscreensaver", "screensaver", "logind")),
    (X11_XFCE | {"XDG_CURRENT_DESKTOP": "GNOME"}, "linux", ("x11", "mutter", "freedesktop"),
     ("xscreensaver", "screensaver", "logind")),
    ({"XDG_SESSION_TYPE": "tty", "DISPLAY": ":0"}, "linux", ("x11", "freedesktop"),  # startx from a console
     ("xscreensaver", "screensaver", "logind")),
    (X11_XFCE | {"WAYLAND_DISPLAY": "wayland-0"}, "linux", ("x11", "freedesktop"),
     ("xscreensaver", "screensaver", "logind")),
    (X11_XFCE, "freebsd14", ("x11", "freedesktop"), ("xscreensaver", "screensaver")),  # no logind off Linux
    ({"XDG_SESSION_TYPE": "tty"}, "linux", (), ()),
    ({"DISPLAY": ":0"}, "cygwin", (), ()),
])
def test_plan(env: dict[str, str], platform: str, sensors: tuple[str, ...], locks: tuple[str, ...]):
    plan = plan_for(env, platform)
    assert (plan.sensors, plan.locks) == (sensors, locks)
    assert plan.reason


def test_plan_under_wayland_says_why_x11_is_not_tried():
    assert any("Xwayland" in note for note in plan_for(GNOME_WAYLAND, "linux").notes)


@dataclass
class Stub:
    """A sensor (or lock source) whose answers the test sets; remembers being closed."""

    name: str
    idle: float | None = 1.0
    locked: bool | None = None
    raises: bool = False
    closed: bool = False
    can_sense_activity: bool = True

    @property
    def description(self) -> str:
        return f"stub {self.name}"

    def idle_seconds(self) -> float | None:
        if self.raises:
            raise RuntimeError("a broken sensor")
        return self.idle

    def is_locked(self) -> bool | None:
        if self.raises:
            raise RuntimeError("a broken lock source")
        return self.locked

    def close(self) -> None:
        self.closed = True


class Stubs:
    """Builders for every candidate name, each making a Stub configured by ``behaviour``."""

    def __init__(self, **behaviour: dict[str, object] | Exception) -> None:
        self.behaviour = behaviour
        self.built: dict[str, Stub] = {}

    def builders(self, names: tuple[str, ...]) -> Mapping[str, Callable[[Mapping[str, str]], Stub]]:
        return {name: (lambda env, name=name: self.build(name)) for name in names}

    def build(self, name: str) -> Stub:
        behaviour = self.behaviour.get(name, {"idle": None})
        if isinstance(behaviour, Exception):
            raise behaviour
        self.built[name] = stub = Stub(name, **behaviour)  # type: ignore[arg-type]
        return stub


SENSORS = ("windows", "macos", "x11", "mutter", "freedesktop", "wayland")
LOCKS = ("xscreensaver", "screensaver", "logind")


def create(env: Mapping[str, str], platform: str, stubs: Stubs):
    return create_idle_sensor(env, platform, builders=stubs.builders(SENSORS),
                              lock_builders=stubs.builders(LOCKS))


def test_the_first_candidate_that_answers_wins_and_the_others_are_closed():
    stubs = Stubs(mutter={"idle": None}, wayland={"idle": 3.0}, freedesktop={"idle": 9.0})
    sensor = create(GNOME_WAYLAND, "linux", stubs)
    assert sensor is stubs.built["wayland"]  # logind (not configured) does not answer: no wrapper
    assert stubs.built["mutter"].closed
    assert stubs.built["logind"].closed
    assert "freedesktop" not in stubs.built  # never tried once one answered
    assert sensor.idle_seconds() == 3.0


def test_a_candidate_missing_its_library_is_skipped_and_the_log_says_so(caplog: pytest.LogCaptureFixture):
    stubs = Stubs(wayland=ModuleNotFoundError("No module named 'some_binding'", name="some_binding"),
                  freedesktop={"idle": 2.0})
    with caplog.at_level(logging.INFO, logger="desk_coach.adapters.idle.factory"):
        sensor = create(GNOME_WAYLAND | {"XDG_CURRENT_DESKTOP": "sway"}, "linux", stubs)
    assert sensor is stubs.built["freedesktop"]
    messages = [record.getMessage() for record in caplog.records]
    assert any("wayland skipped" in m and "some_binding is not installed" in m for m in messages)
    assert any("using freedesktop" in m and "wlroots compositor" in m for m in messages)


def test_a_candidate_that_fails_to_build_or_raises_when_probed_is_skipped():
    stubs = Stubs(x11=OSError("libXss.so.1: cannot open shared object file"),
                  freedesktop={"raises": True}, screensaver={"locked": False})
    sensor = create(X11_XFCE, "linux", stubs)
    assert isinstance(sensor, NullIdleSensor)
    assert stubs.built["freedesktop"].closed
    assert "screensaver" not in stubs.built  # lock sources are wanted only for a working sensor


def test_lock_sources_fill_in_what_the_sensor_cannot_tell():
    stubs = Stubs(x11={"idle": 4.0, "locked": None}, xscreensaver={"locked": None},
                  screensaver={"locked": None}, logind={"locked": False})
    sensor = create(X11_XFCE, "linux", stubs)
    assert isinstance(sensor, LockFallbackSensor)
    assert sensor.sensor is stubs.built["x11"]
    # XScreenSaver is kept though it could not tell at start (it runs once the user locks); the
    # screen saver service did not answer: closed, unused.
    assert sensor.sources == (stubs.built["xscreensaver"], stubs.built["logind"])
    assert stubs.built["screensaver"].closed
    assert sensor.description == "stub x11; lock state also from stub xscreensaver, then stub logind"
    assert sensor.idle_seconds() == 4.0
    assert sensor.is_locked() is False
    stubs.built["logind"].locked = True
    assert sensor.is_locked() is True
    stubs.built["logind"].locked = False
    stubs.built["xscreensaver"].locked = True  # XScreenSaver started and locked the screen
    assert sensor.is_locked() is True
    sensor.close()
    assert stubs.built["x11"].closed and stubs.built["logind"].closed and stubs.built["xscreensaver"].closed


def test_nothing_that_answers_gives_the_null_sensor_with_the_reason(caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.WARNING, logger="desk_coach.adapters.idle.factory"):
        sensor = create(GNOME_WAYLAND, "linux", Stubs())
    assert isinstance(sensor, NullIdleSensor)
    assert not sensor.can_sense_activity
    assert "GNOME" in sensor.reason and "mutter, wayland, freedesktop" in sensor.reason
    assert any("cannot be sensed" in record.getMessage() for record in caplog.records)


def test_no_graphical_session_gives_the_null_sensor_without_trying_anything():
    stubs = Stubs(x11={"idle": 1.0})
    sensor = create({"XDG_SESSION_TYPE": "tty"}, "linux", stubs)
    assert isinstance(sensor, NullIdleSensor)
    assert stubs.built == {}
    assert "no graphical session" in sensor.reason


def test_windows_and_macos_pick_their_own_sensor():
    stubs = Stubs(windows={"idle": 5.0}, macos={"idle": 6.0})
    assert create({}, "win32", stubs) is stubs.built["windows"]
    assert create({}, "darwin", stubs) is stubs.built["macos"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_real_windows_and_macos_sensors_fail_softly_elsewhere(platform: str):
    """On Linux, ctypes.windll and CoreGraphics are missing: the factory falls back, it does not crash."""
    assert isinstance(create_idle_sensor({}, platform), NullIdleSensor)


def test_importing_the_factory_loads_no_platform_module_or_bus_library():
    code = ("import json, sys, desk_coach.adapters.idle.factory\n"
            "watched = ('desk_coach.adapters.idle.', 'jeepney', 'pywayland')\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(watched))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["desk_coach.adapters.idle.factory", "desk_coach.adapters.idle.lock_fallback",
                         "desk_coach.adapters.idle.null"]
