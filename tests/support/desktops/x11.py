"""What X11 desktops of the matrix share: an Xvfb session from ``desktop.HeadlessDesktop`` (display
and private bus), xdotool for input and window lookup, ImageMagick for pictures."""

from __future__ import annotations

import os
from pathlib import Path

from desktop import Geometry, HeadlessDesktop

from desktops.base import Desktop, Window


class X11Desktop(Desktop):
    """A desktop on Xvfb; ``self.x`` is the HeadlessDesktop holding the display and the bus."""

    session_type = "x11"

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, timeout: float = 20.0) -> None:
        super().__init__(log_dir, timeout)
        self.x = self._headless()

    def _headless(self) -> HeadlessDesktop:
        """The Xvfb session to build on (subclasses choose which of its own parts it runs)."""
        return HeadlessDesktop(self.size, log_dir=self.log_dir, timeout=self.timeout, tray=False,
                               notifications=False)

    def start(self) -> None:
        self.x.start()

    def stop(self) -> None:
        super().stop()  # the app and what the test started, then the desktop's own parts
        self.x.close()

    def app_env(self) -> dict[str, str]:
        return self.x.env

    # -- hands ---------------------------------------------------------------------------------

    def xdotool(self, *args: str) -> str:
        return self.run("xdotool", *args).stdout.rstrip("\n")

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    def key(self, *combos: str) -> None:
        for combo in combos:
            self.xdotool("key", combo)

    def nudge(self) -> None:
        self._nudges = getattr(self, "_nudges", 0) + 1
        self.xdotool("mousemove", str(10 + self._nudges % 20), str(self.size[1] - 10))

    def focus(self, window: Window) -> None:
        self.xdotool("windowfocus", "--sync", window.id)  # no window manager to ask (xvfb)

    # -- eyes ----------------------------------------------------------------------------------

    def windows(self, title_pattern: str) -> list[Window]:
        found = self.run("xdotool", "search", "--onlyvisible", "--name", title_pattern,
                         check=False).stdout.split()
        titles = [self.run("xdotool", "getwindowname", win, check=False).stdout.strip() for win in found]
        return [Window(win, title) for win, title in zip(found, titles, strict=True)]

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        return self.x.screenshot(path)

    def capture_rgb(self, region: Geometry) -> bytes:
        x, y, width, height = region
        crop = f"{width}x{height}+{x}+{y}"
        return self.output("import", "-window", "root", "-crop", crop, "-depth", "8", "rgb:-")
