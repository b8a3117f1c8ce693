"""Picks the idle sensor for this platform and desktop session, and logs which one and why.

The session decides the order in which candidates are tried: Windows and macOS have one each; a
Linux Wayland session asks its compositor (GNOME: Mutter's idle monitor; KDE Plasma, sway and
every other compositor: the Wayland idle protocols ext_idle_notifier_v1 or org_kde_kwin_idle, before
the freedesktop screen saver service, which KWin answers with NotSupported), never X11, since under
Xwayland the screen saver extension sees only input sent to X11 windows; an X11 session asks the X
server first. Each candidate is imported lazily and built, then probed once; the first that answers
wins. On Linux, logind's lock state fills in what the winner cannot tell about the lock; on X11,
XScreenSaver's state on the root window (the locker of bare X11 sessions, and the one XFCE's lock
command calls first) and the screen saver service's come before it. When nothing answers, the
null sensor says so to the user.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor, LockSource
from desk_coach.adapters.idle.null import NullIdleSensor
from desk_coach.services.ports import IdleSensor

log = logging.getLogger(__name__)

Env = Mapping[str, str]
T = TypeVar("T", IdleSensor, LockSource)

#: XDG_CURRENT_DESKTOP names of wlroots compositors (Wayland idle protocols, no D-Bus idle service).
WLROOTS_DESKTOPS = frozenset({"sway", "hyprland", "river", "wayfire", "labwc", "niri", "dwl", "wlroots"})


@dataclass(frozen=True)
class Plan:
    """Candidates to try, best first, and why; ``reason`` explains an empty or failed plan."""

    sensors: tuple[str, ...]
    locks: tuple[str, ...] = ()
    reason: str = ""
    notes: tuple[str, ...] = ()


def plan_for(env: Env, platform: str) -> Plan:
    """Which sensors (and lock sources) suit this platform and session, without touching anything."""
    if platform == "win32":
        return Plan(("windows",), reason="Windows")
    if platform == "darwin":
        return Plan(("macos",), reason="macOS")
    if platform.startswith(("cygwin", "msys", "emscripten", "wasi")):
        return Plan((), reason=f"no idle clock is known on platform {platform!r}")
    logind = ("logind",) if platform.startswith("linux") else ()
    desktop = env.get("XDG_CURRENT_DESKTOP", "")
    desktops = [part.strip().lower() for part in desktop.split(":") if part.strip()]
    named = f"XDG_CURRENT_DESKTOP={desktop!r}"
    session = env.get("XDG_SESSION_TYPE", "").strip().lower()
    if session == "wayland" or (session != "x11" and env.get("WAYLAND_DISPLAY")):
        notes = ("X11's screen saver extension is not tried: under Xwayland it sees only X11 windows' input",)
        where = f"a Wayland session ({named})"
        if "gnome" in desktops:
            return Plan(("mutter", "wayland", "freedesktop"), logind, f"{where}: GNOME", notes)
        if "kde" in desktops:
            return Plan(("wayland", "freedesktop"), logind, f"{where}: KDE Plasma", notes)
        if WLROOTS_DESKTOPS.intersection(desktops):
            return Plan(("wayland", "freedesktop"), logind, f"{where}: a wlroots compositor", notes)
        return Plan(("wayland", "freedesktop"), logind, f"{where}: unknown desktop", notes)
    if env.get("DISPLAY"):
        where = f"an X11 session (DISPLAY={env['DISPLAY']!r}, {named})"
        dbus = ("mutter", "freedesktop") if "gnome" in desktops else ("freedesktop",)
        return Plan(("x11", *dbus), ("xscreensaver", "screensaver", *logind), where)
    return Plan((), reason="no graphical session (neither WAYLAND_DISPLAY nor DISPLAY is set)")


# -- builders: each imports its module only when it is tried ------------------------------------


def _session_bus(env: Env) -> str:
    from desk_coach.adapters.idle._dbus import session_bus_address

    address = session_bus_address(env)
    if address is None:
        raise LookupError("no session bus (DBUS_SESSION_BUS_ADDRESS and XDG_RUNTIME_DIR are unset)")
    return address


def _windows(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.windows import WindowsIdleSensor

    return WindowsIdleSensor()


def _macos(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.macos import MacIdleSensor

    return MacIdleSensor()


def _x11(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.x11 import X11IdleSensor

    return X11IdleSensor(env["DISPLAY"])


def _mutter(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.mutter import MutterIdleSensor

    return MutterIdleSensor(_session_bus(env))


def _freedesktop(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.freedesktop import FreedesktopScreenSaverSensor

    return FreedesktopScreenSaverSensor(_session_bus(env))


def _wayland(env: Env) -> IdleSensor:
    from desk_coach.adapters.idle.wayland import WaylandIdleSensor

    return WaylandIdleSensor(env.get("WAYLAND_DISPLAY") or "wayland-0", env.get("XDG_RUNTIME_DIR"))


def _xscreensaver(env: Env) -> LockSource:
    from desk_coach.adapters.idle.xscreensaver_lock import XScreenSaverLock

    return XScreenSaverLock(env["DISPLAY"])


def _logind(env: Env) -> LockSource:
    from desk_coach.adapters.idle._dbus import system_bus_address
    from desk_coach.adapters.idle.logind import LogindLockState

    return LogindLockState(system_bus_address(env), env.get("XDG_SESSION_ID"))


BUILDERS: Mapping[str, Callable[[Env], IdleSensor]] = MappingProxyType({
    "windows": _windows, "macos": _macos, "x11": _x11, "mutter": _mutter,
    "freedesktop": _freedesktop, "wayland": _wayland,
})
LOCK_BUILDERS: Mapping[str, Callable[[Env], LockSource]] = MappingProxyType({
    "xscreensaver": _xscreensaver, "screensaver": _freedesktop, "logind": _logind,
})
#: Lock sources kept even when they cannot tell at start: the locker they read often starts after
#: the app, or only when the user locks (XScreenSaver run by ``xflock4``).
LATE_LOCKS = frozenset({"xscreensaver"})


def create_idle_sensor(
    env: Env = os.environ,
    platform: str = sys.platform,
    *,
    builders: Mapping[str, Callable[[Env], IdleSensor]] = BUILDERS,
    lock_builders: Mapping[str, Callable[[Env], LockSource]] = LOCK_BUILDERS,
) -> IdleSensor:
    """The first sensor of this session's plan that answers, with lock fallbacks; else the null sensor."""
    plan = plan_for(env, platform)
    for note in plan.notes:
        log.info("idle: %s", note)
    for name in plan.sensors:
        sensor = _try(name, builders, env, lambda s: s.idle_seconds() is not None, "idle time")
        if sensor is None:
            continue
        locks = [lock for lock_name in plan.locks
                 if (lock := _try(lock_name, lock_builders, env, _lock_probe(lock_name), "lock state"))
                 is not None]
        chosen: IdleSensor = LockFallbackSensor(sensor, locks) if locks else sensor
        log.info("idle: using %s (%s) for %s", name, chosen.description, plan.reason)
        return chosen
    tried = ", ".join(plan.sensors) or "nothing to try"
    null = NullIdleSensor(f"{plan.reason}; tried: {tried}")
    log.warning("idle: activity cannot be sensed (%s); counting work hours as sitting time", null.reason)
    return null


def _lock_probe(name: str) -> Callable[[LockSource], bool]:
    return _kept if name in LATE_LOCKS else lambda source: source.is_locked() is not None


def _kept(source: LockSource) -> bool:
    source.is_locked()  # asked once all the same: it logs what it lacks (no X display)
    return True


def _try(name: str, builders: Mapping[str, Callable[[Env], T]], env: Env,
         probe: Callable[[T], bool], what: str) -> T | None:
    """Build candidate ``name`` and probe it once; None (logged) if it cannot be built or does not answer."""
    try:
        candidate = builders[name](env)
    except ImportError as error:
        log.info("idle: %s skipped: %s is not installed (%s)", name, error.name or "a module it needs", error)
        return None
    except Exception as error:  # whatever one candidate lacks, the next one is tried
        log.info("idle: %s skipped: %s: %s", name, type(error).__name__, error)
        return None
    try:
        answered = probe(candidate)
    except Exception:  # a sensor must not raise, but a broken one must not stop the app starting
        log.exception("idle: %s raised while probed", name)
        answered = False
    if not answered:
        log.info("idle: %s skipped: it does not tell the %s here", name, what)
        candidate.close()
        return None
    return candidate
