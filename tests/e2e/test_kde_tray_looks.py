"""Desk Coach's tray icon (sitting: a teal ring on a dark disc, a white figure) on KDE Plasma's
light (Breeze) and dark (Breeze Dark) panels: drawn by plasmashell in the real tray, and it stands
out from the panel on both.

The crops of the tray around the icon are left in the test's folder (``tray-kde-light.png``,
``tray-kde-dark.png``) for the contact sheet.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from contact_sheet import write_png
from desktop import Geometry
from desktop_fixtures import DESKTOP
from desktops.kde import Plasma


def sitting(desktop: Plasma) -> bool:
    desktop.nudge()
    result = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=desktop.app_env(),
                            capture_output=True, text=True, timeout=30, check=False)
    return result.returncode == 0 and json.loads(result.stdout)["state"] == "sitting"


def _distance(a: bytes, b: bytes) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("look", ["light", "dark"])
def test_tray_icon_stands_out_on_plasmas_panel(look: str, request: pytest.FixtureRequest,
                                               tmp_path: Path) -> None:
    with Plasma(tmp_path / "desktop-logs", look=look) as desktop:
        request.node.stash[DESKTOP] = desktop
        panel = desktop.tray.empty[:3]  # the panel's own colour, at the tray's top left corner
        # A long test interval: no break comes due, and work hours do not apply (no "off hours" icon).
        desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "run", "--test-interval", "600"])
        desktop.wait_until(lambda: sitting(desktop), timeout=30, interval=0.5,
                           what="the coach to see the user sit")
        [item] = desktop.wait_until(lambda: [i for i in desktop.tray_items() if i.geometry], timeout=30,
                                    what="the Desk Coach icon drawn in the tray")
        icon = item.geometry
        pixels = desktop.capture_rgb(icon)
        crop = Geometry(desktop.size[0] - 120, desktop.panel.y, 120, desktop.panel.height)
        write_png(tmp_path / f"tray-kde-{look}.png", crop.width, crop.height, desktop.capture_rgb(crop))

    # Light panel: a light grey; dark panel: a dark grey.
    assert (sum(panel) > 500) == (look == "light"), panel
    strong = [pixels[i:i + 3] for i in range(0, len(pixels), 3) if _distance(pixels[i:i + 3], panel) > 150]
    # A good part of the icon (its disc) stands out clearly from the panel around it.
    assert len(strong) >= icon.width * icon.height // 4, (icon, len(strong))
