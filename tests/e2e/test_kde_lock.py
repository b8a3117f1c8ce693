"""Locking the session on KDE Plasma (Wayland) is a natural break for Desk Coach.

The session is locked through ``org.freedesktop.ScreenSaver.Lock`` (KWin's own screen locker),
which reports the lock to logind (``LockedHint``, read by the app) and ends it on logind's
Unlock signal (``loginctl unlock-session``); the harness stands in for logind. The user keeps
moving the pointer meanwhile, so only the lock can tell the coach they are away.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_fixtures import DESKTOP
from desktops.kde import Plasma

from desk_coach.adapters.paths import AppPaths


def state(desktop: Plasma) -> str | None:
    desktop.nudge()  # the user moves the pointer all along (on the lock screen too)
    result = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=desktop.app_env(),
                            capture_output=True, text=True, timeout=30, check=False)
    return json.loads(result.stdout)["state"] if result.returncode == 0 else None


def test_a_locked_session_is_a_natural_break(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    paths = AppPaths.for_current_user()
    with Plasma(tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop
        desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run",
                                     "--test-interval", "600", "--test-idle", "6"])
        desktop.wait_until(lambda: state(desktop) == "sitting", timeout=30, interval=1, what="sitting")

        desktop.lock()
        desktop.wait_until(lambda: state(desktop) == "away", timeout=30, interval=1,
                           what="the coach to see the user away while the session is locked")
        desktop.unlock()
        desktop.wait_until(lambda: state(desktop) == "sitting", timeout=30, interval=1,
                           what="sitting again once unlocked")

    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as db:
        reasons = [reason for (reason,) in db.execute("SELECT end_reason FROM sitting_bouts ORDER BY id")]
    assert reasons == ["lock", "quit"]  # the bout the lock ended, then the one the session's end ended
