"""XScreenSaver's lock state for real: Xvfb, XScreenSaver locking with ``xscreensaver-command -lock``
(run as the desktop user when the tests run as root: it does not lock for root), read by the lock
source the factory gives an X11 session."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktops.xvfb import XvfbTrayerDunst

from desk_coach.adapters.idle.factory import create_idle_sensor
from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor
from desk_coach.adapters.idle.xscreensaver_lock import XScreenSaverLock


@pytest.fixture
def session(tmp_path: Path) -> Iterator[XvfbTrayerDunst]:
    desktop = XvfbTrayerDunst(tmp_path / "logs")
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()


def test_locked_unlocked_and_no_xscreensaver(session: XvfbTrayerDunst):
    env = session.app_env() | {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": ""}
    sensor = create_idle_sensor(env, "linux")
    try:
        assert isinstance(sensor, LockFallbackSensor)
        lock = sensor.sources[0]
        assert isinstance(lock, XScreenSaverLock)  # kept though no XScreenSaver ran at start
        assert lock.is_locked() is None  # no XScreenSaver: cannot tell
        session.start_locker()
        assert lock.is_locked() is False  # running, the screen not locked
        session.lock()
        assert lock.is_locked() is True
        assert sensor.is_locked() is True  # what the coach reads
        session.unlock()  # XScreenSaver stopped: it unlocks as it goes and deletes its status
        assert lock.is_locked() is None
        session.start_locker()
        assert lock.is_locked() is False
    finally:
        sensor.close()


def test_a_killed_xscreensaver_leaves_its_status_behind_and_is_not_believed(session: XvfbTrayerDunst):
    lock = XScreenSaverLock(session.app_env()["DISPLAY"])
    try:
        session.lock()
        assert lock.is_locked() is True
        locker = session._locker
        assert locker is not None
        locker.send_signal(signal.SIGKILL)
        locker.wait()
        # Its status still says locked (the first item is the atom LOCK) ...
        status = session.run("xprop", "-root", "_SCREENSAVER_STATUS").stdout
        lock_atom = session.run("xlsatoms", "-name", "LOCK").stdout.split()[0]
        assert status.split("=")[1].split(",")[0].strip() == lock_atom, status
        # ... but no XScreenSaver window is left to vouch for it.
        session.wait_until(lambda: lock.is_locked() is None, timeout=10, what="XScreenSaver's window gone")
    finally:
        lock.close()
