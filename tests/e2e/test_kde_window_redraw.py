"""Desk Coach's windows on KDE Plasma 5.27 (Wayland) show what they draw after the user resizes them.

KWin before 6.2 reads the first buffer of a window's new size as if Qt had not padded its rows,
and leaves the window in diagonal stripes wherever it does not repaint afterwards; the app paints
each window whole once more when its size settles (desk_coach/ui/redraw_after_resize.py). Without
that, this test saw the routine window striped after each resize (3 of 3 here); the journey
(test_desktop_journey.py) reads the same margin on every desktop as the window first shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from desktop_fixtures import DESKTOP
from desktops.kde import Plasma

ROUTINE = "^Stretch routine"


def test_the_routine_window_is_drawn_whole_after_the_user_resizes_it(request: pytest.FixtureRequest,
                                                                        tmp_path: Path) -> None:
    with Plasma(tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop
        desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run",
                                     "--test-interval", "600"])
        [check] = desktop.wait_until(lambda: desktop.windows("^Self-check"), timeout=30,
                                     what="the self-check")
        desktop.focus(check)
        desktop.key("Escape")  # not now: breaks are walks until it is taken
        desktop.wait_until(lambda: not desktop.windows("^Self-check"), timeout=10,
                           what="the self-check closed")
        desktop.run(sys.executable, "-m", "desk_coach", "break")
        [window] = desktop.wait_until(lambda: desktop.windows(ROUTINE), timeout=15, what="the routine window")
        desktop.wait_until(lambda: desktop.margin_blank(window), timeout=10, interval=0.5,
                           what="the routine window drawn whole as it shows")

        for grow in (30, 67):  # two sizes whose rows Qt pads (not a multiple of 64 pixels wide)
            box = desktop.window_box(window)
            desktop.resize(window, box.width + grow, box.height + grow)
            desktop.wait_until(lambda box=box: desktop.window_box(window) != box, timeout=10,
                               what="KWin to resize the routine window")
            try:
                desktop.wait_until(lambda: desktop.margin_blank(window), timeout=10, interval=0.5,
                                   what=f"the routine window drawn whole once {grow} pixels larger")
            except AssertionError:
                desktop.screenshot(tmp_path / "kde-routine-resized.png")  # for the reader
                raise
