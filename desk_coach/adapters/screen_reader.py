"""Whether a screen reader runs now, asked once when a guided routine starts (never on a tick).

The routine's spoken cues set to "aloud" speak through the system's speech only where no screen
reader runs: with one, the lines already reach it, and two voices at once help nobody.

- Linux and the BSDs: the accessibility bus's ``org.a11y.Status.ScreenReaderEnabled`` (the session
  bus's ``org.a11y.Bus`` at ``/org/a11y/bus``), which the desktop's screen reader switch sets (GNOME's
  Super+Alt+S, its settings, Plasma's); Orca 43 only reads it, so an Orca started by hand or from
  an autostart entry is found by its process: a ``/proc`` entry of this user named ``orca`` on this
  session's bus (an Orca of another session reads other windows).
- Windows: ``SystemParametersInfo(SPI_GETSCREENREADER)``, which NVDA, JAWS and Narrator set.
- Elsewhere (macOS): None, unknown; the window asks Qt whether an assistive client listens.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: Process names of screen readers on Linux desktops.
SCREEN_READER_PROCESSES = frozenset({"orca"})
_SPI_GETSCREENREADER = 0x0046


def screen_reader_running(env: Mapping[str, str] | None = None) -> bool | None:
    """True when a screen reader runs, False when none does, None when this system cannot tell."""
    env = os.environ if env is None else env
    try:
        if sys.platform == "win32":
            return _windows_screen_reader()
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            return bool(_desktop_switch(env)) or _screen_reader_process(Path("/proc"), env)
    except Exception:  # a question asked for convenience: never worth a failed routine
        log.warning("could not tell whether a screen reader runs", exc_info=True)
    return None


def _desktop_switch(env: Mapping[str, str]) -> bool | None:
    """The accessibility bus's ScreenReaderEnabled, or None when there is no such bus to ask."""
    from jeepney import DBusAddress

    from desk_coach.adapters.idle._dbus import BusLink, session_bus_address

    address = session_bus_address(env)
    if address is None:
        return None
    link = BusLink(address)
    try:
        status = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus",
                             interface="org.freedesktop.DBus.Properties")
        reply = link.call(status, "Get", "v", "ss", ("org.a11y.Status", "ScreenReaderEnabled"))
    finally:
        link.close()
    if reply is None:
        return None
    [(signature, value)] = reply
    return bool(value) if signature == "b" else None


def _screen_reader_process(proc: Path, env: Mapping[str, str]) -> bool:
    """Whether a process of this user on this session's bus is a known screen reader (Linux's /proc)."""
    from desk_coach.adapters.idle._dbus import session_bus_address

    ours = session_bus_address(env)
    if ours is None:  # no session bus: no accessibility bus either, so no screen reader reads us
        return False
    uid = os.getuid()
    try:
        entries = list(proc.iterdir())
    except OSError:
        return False
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
            if name not in SCREEN_READER_PROCESSES:
                continue
            raw = (entry / "environ").read_bytes()
        except OSError:  # gone in between, or not ours to read
            continue
        pairs = (item.split("=", 1) for item in raw.decode("utf-8", "replace").split("\0") if "=" in item)
        theirs = dict(pairs)
        if session_bus_address(theirs) == ours:
            return True
    return False


def _windows_screen_reader() -> bool:  # pragma: no cover - Windows only
    import ctypes

    running = ctypes.c_int(0)
    ok = ctypes.windll.user32.SystemParametersInfoW(  # type: ignore[attr-defined]
        _SPI_GETSCREENREADER, 0, ctypes.byref(running), 0)
    return bool(ok) and bool(running.value)
