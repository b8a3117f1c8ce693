"""What X11 desktops of the matrix share: an Xvfb session from ``desktop.HeadlessDesktop`` (display
and private bus), xdotool for input and window lookup, ImageMagick for pictures, and XScreenSaver
to lock the session.

XScreenSaver is the locker here: the bare X server has none of its own, and XFCE's lock command
(``xflock4``) calls it first; light-locker, XFCE's other choice, hands the lock over to LightDM
through logind, neither of which runs in a headless session. XScreenSaver does not lock for root,
so when the tests run as root it runs as ``DESKTOP_USER``. It tells applications that the screen
is locked only through the root window's ``_SCREENSAVER_STATUS`` (no D-Bus service, no logind
hint), which Desk Coach reads (``adapters/idle/xscreensaver_lock.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import ClassVar

from desktop import PACKAGES, Geometry, HeadlessDesktop, stop_process

from desktops.base import Desktop, Window, desktop_user

PACKAGES.update({"xscreensaver": "xscreensaver", "xscreensaver-command": "xscreensaver", "xprop": "x11-utils",
                 "xlsatoms": "x11-utils"})


class X11Desktop(Desktop):
    """A desktop on Xvfb; ``self.x`` is the HeadlessDesktop holding the display and the bus."""

    session_type = "x11"
    #: How the user locks the session here (run as the tests' own user, the session's).
    lock_command: ClassVar[tuple[str, ...]] = ("xscreensaver-command", "-lock")
    lock_told_to_apps = True  # XScreenSaver's _SCREENSAVER_STATUS, which the coach reads

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, timeout: float = 20.0) -> None:
        super().__init__(log_dir, timeout)
        self.x = self._headless()
        self._locker: subprocess.Popen[bytes] | None = None
        self._locker_home: Path | None = None

    def _headless(self) -> HeadlessDesktop:
        """The Xvfb session to build on (subclasses choose which of its own parts it runs)."""
        return HeadlessDesktop(self.size, log_dir=self.log_dir, timeout=self.timeout, tray=False,
                               notifications=False)

    def start(self) -> None:
        self.x.start()

    def stop(self) -> None:
        super().stop()  # the app and what the test started, then the desktop's own parts
        self.x.close()
        if self._locker_home is not None:
            shutil.rmtree(self._locker_home, ignore_errors=True)
            self._locker_home = None

    # -- the lock: XScreenSaver ----------------------------------------------------------------

    def lock(self) -> None:
        self.start_locker()
        self.run(*self.lock_command)
        self.wait_until(lambda: "screen locked" in self._locker_says(), timeout=10, interval=0.2,
                        what="XScreenSaver to say the screen is locked")

    def unlock(self) -> None:
        """The tests have no password to type: they stop XScreenSaver, which unlocks as it goes
        (the next ``lock`` starts it again)."""
        if self._locker is not None:
            stop_process(self._locker)
            self._locker = None

    def start_locker(self) -> None:
        """XScreenSaver running, the screen not locked (a session's locker daemon, waiting)."""
        if self._locker is not None and self._locker.poll() is None:
            return
        as_user = desktop_user()
        self._locker_home = self._locker_home or Path(tempfile.mkdtemp(prefix="desk-coach-locker-"))
        if as_user:
            os.chown(self._locker_home, as_user["user"], as_user["group"])
        env = {key: value for key, value in self.app_env().items()  # not the tests' bus nor runtime folder
               if key not in ("XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")}
        env["HOME"] = str(self._locker_home)
        self._locker = self.spawn("xscreensaver", ["xscreensaver", "-no-splash"], env=env, **as_user)
        self._wait_started(self._locker, lambda: "XScreenSaver" in self._locker_says(),
                           "XScreenSaver answering")

    def _locker_says(self) -> str:
        return self.run("xscreensaver-command", "-time", check=False).stdout

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

    def window_box(self, window: Window) -> Geometry:
        """The client window itself (inside any frame the window manager draws)."""
        return self.x.window_geometry(window.id)

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        return self.x.screenshot(path)

    def capture_rgb(self, region: Geometry) -> bytes:
        x, y, width, height = region
        crop = f"{width}x{height}+{x}+{y}"
        return self.output("import", "-window", "root", "-crop", crop, "-depth", "8", "rgb:-")
