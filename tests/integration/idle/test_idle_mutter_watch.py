"""Mutter's idle watches against a real GNOME Shell 43 (headless; tests/support/desktops/gnome.py).

With ``watch``, the GNOME idle sensor hears from Mutter itself when the user has been idle for the
threshold and at their first input after it, and from the screen shield when it comes and goes:
the coach then needs no look at the desktop while the user sits and types.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_fixtures import DESKTOP
from desktops.gnome import GnomeShell

from desk_coach.adapters.idle.mutter import MutterIdleSensor


@pytest.fixture
def gnome(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GnomeShell]:
    with GnomeShell(tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs go into a failed test's report
        yield desktop


class Heard:
    """The sensor's calls, counted (they come from its thread)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self.count += 1


def test_mutter_says_when_the_user_leaves_comes_back_and_locks_and_nothing_while_they_type(gnome: GnomeShell):
    sensor = MutterIdleSensor(gnome.app_env()["DBUS_SESSION_BUS_ADDRESS"])
    heard = Heard()
    try:
        gnome.nudge()
        assert sensor.watch(3.0, heard)
        assert sensor.watching and "WatchFired" in sensor.description
        for _ in range(8):  # typing steadily: a key a second, under the threshold
            gnome.key("Left")
            time.sleep(0.5)
        assert heard.count == 0
        gnome.wait_until(lambda: heard.count == 1, timeout=10, what="the word that the user left")
        assert sensor.idle_seconds() >= 3
        gnome.nudge()
        gnome.wait_until(lambda: heard.count == 2, timeout=10, what="the word that the user is back")
        assert sensor.idle_seconds() < 3
        gnome.lock()  # the screen shield's ActiveChanged: the coach looks, and knows it without asking
        gnome.wait_until(lambda: heard.count >= 3, timeout=10, what="the lock heard")
        assert sensor.is_locked() is True
        before = heard.count
        gnome.unlock()
        gnome.wait_until(lambda: heard.count > before, timeout=10, what="the unlock heard")
        assert sensor.is_locked() is False
        assert sensor.watching
    finally:
        sensor.close()
    assert not sensor.watching
