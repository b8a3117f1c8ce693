"""The break screen in GNOME Shell (Wayland, headless, two virtual monitors of different sizes):
a layer covers each monitor whole (issue 16, 1).

On Wayland a client can neither place nor stack its windows; each layer asks for full screen on
its own output (Qt: ``showFullScreen`` on the layer's QScreen, ``xdg_toplevel.set_fullscreen``
with that output), and the break's window is inside the user's layer, so it is above it whatever
the compositor stacks. What is checked is what Mutter did: each layer's window box is its
monitor's box. (The app cannot read the pointer on Wayland: the routine goes to the first
monitor, see tests/e2e/test_gnome_monitors.py.) With ``DESK_COACH_SHOTS=folder`` it is photographed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import Geometry
from desktops.gnome import GnomeShell

MONITORS = [(1280, 800), (1024, 768)]
#: A covered break as the coach's view opens it, each layer titled "TITLE SCREEN-NAME".
OPENER = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_screen import BreakCover
from desk_coach.ui.break_window import BreakWindow
title = sys.argv[1]
window = BreakWindow(BreakKind.MICRO, 180)
cover = BreakCover(BreakKind.MICRO, Cover.COVER, lambda: window.length_s - window.elapsed_s, window.close,
                   guided=False)
cover.open(window)
for screen, layer in cover.layers.items():
    layer.setWindowTitle(f"{title} {screen.name()}")
app.exec()
"""


@pytest.fixture(scope="module")
def gnome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GnomeShell]:
    with GnomeShell(tmp_path_factory.mktemp("gnome-cover") / "desktop-logs", monitors=MONITORS) as desktop:
        yield desktop


def test_each_monitor_is_covered_by_its_layer(gnome):
    boxes = gnome.monitor_boxes()
    assert boxes == [Geometry(0, 0, 1280, 800), Geometry(1280, 0, 1024, 768)]
    title = "Desk Coach break screen"
    app = gnome.spawn(title, [sys.executable, "-c", OPENER, title])
    try:
        def both_listed():
            listed = gnome.windows(f"^{title} ")
            return listed if len(listed) == 2 else None

        layers = gnome.wait_until(both_listed, timeout=20, what="a layer on each monitor")

        def covering() -> bool:
            return sorted((gnome.window_monitor(layer), gnome.window_box(layer)) for layer in layers) == [
                (0, boxes[0]), (1, boxes[1])]

        try:
            gnome.wait_until(covering, timeout=10, what="each layer covering its monitor")
        finally:
            if os.environ.get("DESK_COACH_SHOTS"):
                folder = Path(os.environ["DESK_COACH_SHOTS"])
                folder.mkdir(parents=True, exist_ok=True)
                gnome.screenshot(folder / "gnome-break-screen-on-two-monitors.png")
    finally:
        app.terminate()
        app.wait(10)
