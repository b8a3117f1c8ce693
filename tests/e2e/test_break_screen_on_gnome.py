"""The break screen in GNOME Shell (Wayland, headless, two virtual monitors of different sizes):
a layer covers each monitor whole (issue 16, 1).

On Wayland a client can neither place nor stack its windows; each layer asks for full screen on
its own output (Qt: ``showFullScreen`` on the layer's QScreen, ``xdg_toplevel.set_fullscreen``
with that output), and the break's window is inside the user's layer, so it is above it whatever
the compositor stacks. What is checked is what Mutter did: each layer's window box is its
monitor's box. The app cannot read the pointer on Wayland (Qt says (0, 0), see
tests/e2e/test_gnome_monitors.py): the layer the pointer enters tells where it is, and the break's
window moves onto it. Mutter tells a surface the pointer entered only once the pointer moves: a
user who stands up without touching the mouse finds the window on the first monitor.
With ``DESK_COACH_SHOTS=folder`` it is photographed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import Geometry
from desktops.gnome import GnomeShell
from test_gnome_monitors import pointer_on

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
from pathlib import Path
from PySide6.QtCore import QTimer
def tell():  # the screen of the layer holding the break's window, written where the test reads it
    holder = cover.holder
    Path(sys.argv[2]).write_text(holder.screen().name() if holder is not None else "none")
telling = QTimer(interval=200, timeout=tell)  # as it stands, again and again: the test waits for its answer
telling.start()
app.exec()
"""


@pytest.fixture(scope="module")
def gnome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GnomeShell]:
    with GnomeShell(tmp_path_factory.mktemp("gnome-cover") / "desktop-logs", monitors=MONITORS) as desktop:
        yield desktop


def test_each_monitor_is_covered_by_its_layer_and_the_window_is_where_the_pointer_is(gnome, tmp_path):
    """The pointer on the second monitor: the app reads (0, 0), the first; once the pointer moves,
    the layer it enters tells it, and the break's window moves there."""
    boxes = gnome.monitor_boxes()
    assert boxes == [Geometry(0, 0, 1280, 800), Geometry(1280, 0, 1024, 768)]
    pointer_on(gnome, 1)
    title = "Desk Coach break screen"
    told = tmp_path / "holder.txt"
    app = gnome.spawn(title, [sys.executable, "-c", OPENER, title, str(told)])
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
            on_second = next(layer for layer in layers if gnome.window_monitor(layer) == 1)
            box = boxes[1]
            stirs = iter(range(10**6))

            def on_the_second() -> bool:
                # The user stirs the mouse until the routine comes (one move can reach the layer before
                # its surface takes pointer events, on a loaded machine).
                step = next(stirs) % 2
                gnome.input.move(box.x + box.width // 2 + 20 + step, box.y + box.height // 2 + 9)
                return told.exists() and on_second.title.endswith(" " + told.read_text())

            gnome.wait_until(on_the_second, timeout=20, interval=0.25,
                             what="the break's window on the pointer's monitor")
        finally:
            if os.environ.get("DESK_COACH_SHOTS"):
                folder = Path(os.environ["DESK_COACH_SHOTS"])
                folder.mkdir(parents=True, exist_ok=True)
                gnome.screenshot(folder / "gnome-break-screen-on-two-monitors.png")
    finally:
        app.terminate()
        app.wait(10)
