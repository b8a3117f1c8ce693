"""Desk Coach's windows carry its identity on a real Wayland compositor (headless sway 1.7).

A compositor's shell names and draws a window by its app id, looked up as a desktop entry:
``desk-coach`` (QGuiApplication.setDesktopFileName), the id packaging/linux and the autostart entry
use, and the one the app writes itself where no package installed it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from compositors import Sway

pytestmark = pytest.mark.e2e  # a real compositor: never skipped in CI


def test_the_self_check_window_has_the_desk_coach_app_id_and_title() -> None:
    with Sway() as sway:
        runtime = sway.tmp / "app"  # the app's own runtime folder (short: it holds a Unix socket)
        runtime.mkdir(mode=0o700)
        env = sway.env | {"XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "wayland"}
        sway.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run"], env)

        [window] = sway.wait_until(sway.windows, "the first start's self-check window")

        assert window == ("desk-coach", "Self-check — Desk Coach")
        entry = Path(env["XDG_DATA_HOME"]) / "applications" / "desk-coach.desktop"
        assert "Icon=desk-coach" in entry.read_text().splitlines()  # what the id resolves to
