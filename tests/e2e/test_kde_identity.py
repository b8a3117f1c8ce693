"""On KDE Plasma (Wayland) Desk Coach's windows and notifications carry its name and icon, whether
a package installed its desktop entry or the app wrote its own at start (``pip install``, the
bundle): KWin knows the window by the app id ``desk-coach``, the task manager draws the app's icon
on its button, and the reminder's popup shows the app's icon in its header.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from desktop import Geometry
from desktop_fixtures import DESKTOP
from desktops.kde import Plasma
from notify_probe import NotifyMonitor

REMINDER = "Time to stand up"
LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
#: The two greens of Desk Coach's icon (packaging/linux/icons/hicolor/scalable/apps/desk-coach.svg).
ICON_GREENS = ((0x1F, 0x8A, 0x70), (0x0F, 0x4F, 0x40))


def green_pixels(pixels: bytes) -> int:
    """How many pixels are (nearly) one of the icon's greens: none in a generic icon or the panel."""
    return sum(1 for i in range(0, len(pixels), 3)
               if any(sum(abs(c - g) for c, g in zip(pixels[i:i + 3], green, strict=True)) <= 40
                      for green in ICON_GREENS))


@pytest.mark.parametrize("installed", [False, True], ids=["entry-written-by-the-app", "entry-installed"])
def test_plasma_shows_desk_coachs_name_and_icon(installed: bool, request: pytest.FixtureRequest,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own_entry = Path(os.environ["XDG_DATA_HOME"]) / "applications" / "desk-coach.desktop"
    if installed:  # as a distribution package installs it
        share = tmp_path / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy(LINUX / "desk-coach.desktop", share / "applications")
        shutil.copytree(LINUX / "icons", share / "icons")
        monkeypatch.setenv("XDG_DATA_DIRS", f"{share}:/usr/local/share:/usr/share")
    with Plasma(tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop
        monitor = NotifyMonitor(desktop)
        desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run",
                                     "--test-interval", "3"])
        [window] = desktop.wait_until(lambda: desktop.app_windows("^Self-check"), timeout=30,
                                      what="the self-check window")
        assert (window["appId"], window["caption"]) == ("desk-coach", "Self-check — Desk Coach")
        # The task manager's button for it, at the panel's left end, shows the app's icon.
        button = Geometry(0, desktop.panel.y, 60, desktop.panel.height)
        desktop.wait_until(lambda: green_pixels(desktop.capture_rgb(button)) >= 60, timeout=15,
                           what="Desk Coach's icon on its task manager button")
        desktop.screenshot(tmp_path / "identity.png")

        # The reminder names the app and its entry; Plasma's popup draws the entry's icon in its header.
        [reminder] = desktop.wait_until(lambda: [c for c in monitor.calls() if c.summary == REMINDER],
                                        timeout=30, what="the reminder")
        assert reminder.app_name == "Desk Coach" and reminder.hints["desktop-entry"] == "desk-coach"
        box = desktop.wait_until(lambda: desktop.notification_popup(reminder), timeout=10,
                                 what="the reminder's popup")
        header = Geometry(box.x, box.y, 36, 30)
        # The popup slides and fades in: its header is read once it is drawn, not at the first frame.
        desktop.wait_until(lambda: green_pixels(desktop.capture_rgb(header)) >= 20, timeout=10,
                           what="Desk Coach's icon in the reminder popup's header")
        desktop.screenshot(tmp_path / "identity-reminder.png")

    # Written by the app only where no package installed one.
    assert own_entry.exists() != installed

