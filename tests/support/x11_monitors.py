"""A real X11 session with several monitors of different sizes and scales, as Qt's xcb platform
sees them: one QScreen per monitor, with its geometry (issue 16).

    with X11Monitors(layout("1920x1080", "1280x1024", "2560x1440@2"), log_dir) as session:
        app = subprocess.Popen([...], env=session.app_env())
        session.pointer_to("M2")           # xdotool: the pointer in the middle of that monitor
        session.remove("M3")               # unplugged while the app runs (Qt: screenRemoved)
        session.add(Monitor("M3", ...))    # plugged in again (Qt: screenAdded)
        session.screenshot(path)           # the whole root window, every monitor side by side

How: one Xvfb screen as large as the monitors' bounding box, its one RandR output switched off,
and a RandR 1.5 monitor per monitor (``xrandr --setmonitor NAME w/mmw x h/mmh+x+y none``). Qt 6's
xcb platform makes its QScreens from RandR monitors when the server speaks RandR 1.5 (Xvfb of
xserver 21 says 1.6), and re-reads them on the ConfigureNotify of the root window the server
sends after each SetMonitor and DeleteMonitor: a monitor added or removed reaches a running app.
What did not work, and why:
- monitors set on an Xvfb started without ``-noreset`` vanish as soon as ``xrandr`` disconnects:
  the last client leaving resets the server, and its monitors with it (the harness's Xvfb has
  ``-noreset``);
- with the output left on, the server adds an automatic monitor for it (the whole root) beside
  the ones set by hand; a monitor naming the output as its own replaces it, but that one cannot
  be removed and set again. With the output off, every monitor is one set here;
- Xvfb's ``+xinerama`` with several ``-screen``: Qt reads RandR first, and Xvfb's RandR knows only
  the first screen's output: one QScreen;
- setting a monitor again under the same name (to resize it) fails with BadValue on xserver
  21.1: :meth:`X11Monitors.resize` removes it and sets it anew.

Scales: X11 has one DPI for the whole display, so a 2x monitor beside a 1x one is Qt's own
per-screen factor, ``QT_SCREEN_SCALE_FACTORS="M1=1;M2=2"`` by monitor name, as KDE's X11 session
sets it (:meth:`X11Monitors.app_env`). Qt then gives that screen a device pixel ratio of 2 and a
logical size of half its pixels, its top-left corner where the monitor is.

Debian packages: xvfb, x11-xserver-utils (xrandr), xdotool, imagemagick (import).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import PACKAGES, DesktopError, Geometry, HeadlessDesktop

PACKAGES.update({"xrandr": "x11-xserver-utils"})
MM_PER_PIXEL = 25.4 / 96  # the monitors' physical size as a 96-dpi screen's: the DPI stays 96


@dataclass(frozen=True)
class Monitor:
    """One monitor: its RandR name, its place and size in device pixels, and Qt's scale for it."""

    name: str
    x: int
    y: int
    width: int
    height: int
    scale: float = 1.0

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    @property
    def logical(self) -> tuple[int, int, int, int]:
        """Its rectangle as Qt gives it to the app: the top-left where it is, the size divided by
        the scale."""
        return self.x, self.y, round(self.width / self.scale), round(self.height / self.scale)

    def setmonitor_geometry(self) -> str:
        """xrandr's ``w/mmw x h/mmh + x + y``."""
        mm_w, mm_h = round(self.width * MM_PER_PIXEL), round(self.height * MM_PER_PIXEL)
        return f"{self.width}/{mm_w}x{self.height}/{mm_h}+{self.x}+{self.y}"


def layout(*sizes: str) -> list[Monitor]:
    """Monitors side by side, left to right, tops aligned, named M1, M2...: each size is
    ``"WIDTHxHEIGHT"`` or ``"WIDTHxHEIGHT@SCALE"`` (``"2560x1440@2"``)."""
    monitors, x = [], 0
    for number, size in enumerate(sizes, start=1):
        found = re.fullmatch(r"(\d+)x(\d+)(?:@([\d.]+))?", size)
        if found is None:
            raise ValueError(f"a monitor size is WIDTHxHEIGHT[@SCALE], not {size!r}")
        width, height = int(found[1]), int(found[2])
        monitors.append(Monitor(f"M{number}", x, 0, width, height, float(found[3] or 1)))
        x += width
    return monitors


class X11Monitors(HeadlessDesktop):
    """Xvfb with RandR monitors, a private session bus, and optionally a window manager
    (``window_manager="xfwm4"``: frames, its own placement and focus); no tray, no notifications.
    A context manager, as :class:`desktop.HeadlessDesktop`."""

    def __init__(self, monitors: Sequence[Monitor], log_dir: str | os.PathLike[str] | None = None, *,
                 window_manager: str | None = None, timeout: float = 10.0) -> None:
        if not monitors:
            raise ValueError("a session needs at least one monitor")
        self.initial = list(monitors)
        width = max(monitor.x + monitor.width for monitor in monitors)
        height = max(monitor.y + monitor.height for monitor in monitors)
        super().__init__((width, height), tray=False, notifications=False, dbus_activation=False,
                         log_dir=log_dir, timeout=timeout)
        self.window_manager = window_manager
        self.scales = {monitor.name: monitor.scale for monitor in monitors}

    def start(self) -> None:
        super().start()
        try:
            width, height = self.size
            # The output off (and the screen's size kept): no automatic monitor beside ours.
            self.run("xrandr", "--fb", f"{width}x{height}", "--output", "screen", "--off")
            for monitor in self.initial:
                self.add(monitor)
            if self.window_manager:
                self._start_window_manager(self.window_manager)
        except BaseException:
            self.close()
            raise

    def _start_window_manager(self, name: str) -> None:
        if name != "xfwm4":
            raise DesktopError(f"no window manager {name!r} here (xfwm4 only)")
        self.spawn("xfwm4", ["xfwm4", "--compositor=off"])
        self._wait_started("xfwm4", lambda: "window id" in self.run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False).stdout, "xfwm4 managing the screen")

    # -- the monitors ----------------------------------------------------------------------------

    def monitors(self) -> list[Monitor]:
        """The monitors the server lists now (``xrandr --listmonitors``), with their Qt scale."""
        listed = []
        for line in self.run("xrandr", "--listmonitors").stdout.splitlines()[1:]:
            found = re.match(r"\s*\d+: [+*]*(\S+) (\d+)/\d+x(\d+)/\d+\+(-?\d+)\+(-?\d+)", line)
            if found:
                name = found[1]
                listed.append(Monitor(name, int(found[4]), int(found[5]), int(found[2]), int(found[3]),
                                      self.scales.get(name, 1.0)))
        return listed

    def monitor(self, name: str) -> Monitor:
        found = [monitor for monitor in self.monitors() if monitor.name == name]
        if not found:
            raise DesktopError(f"no monitor {name!r}: {self.monitors()}")
        return found[0]

    def add(self, monitor: Monitor) -> None:
        """Plug a monitor in (inside the root window; its scale is Qt's, set for apps started
        after this)."""
        self.scales[monitor.name] = monitor.scale
        self.run("xrandr", "--setmonitor", monitor.name, monitor.setmonitor_geometry(), "none")

    def remove(self, name: str) -> None:
        """Unplug a monitor."""
        self.run("xrandr", "--delmonitor", name)

    def resize(self, monitor: Monitor) -> None:
        """Give a monitor another place or size (removed and set anew: see the module's docstring).

        Seen: a Qt app that reads the two changes at once keeps the monitor's old geometry (Qt's
        xcb platform updates a monitor it knows by name without telling its QScreen): to play a
        resolution change for an app, :meth:`remove`, wait for the app's screenRemoved, then
        :meth:`add`."""
        self.remove(monitor.name)
        self.add(monitor)

    # -- hands and eyes --------------------------------------------------------------------------

    def pointer_to(self, name: str, offset: tuple[int, int] = (0, 0)) -> tuple[int, int]:
        """Move the pointer to the middle of monitor ``name`` (plus ``offset``); returns where."""
        x, y = self.monitor(name).centre
        x, y = x + offset[0], y + offset[1]
        if self.pointer() != (x, y):  # xdotool's --sync waits for a motion: none comes if it is there
            self.xdotool("mousemove", "--sync", str(x), str(y))
        return x, y

    def pointer(self) -> tuple[int, int]:
        found = re.search(r"x:(-?\d+) y:(-?\d+)", self.xdotool("getmouselocation"))
        assert found is not None
        return int(found[1]), int(found[2])

    def frame_geometry(self, win_id: int | str) -> Geometry:
        """A top-level window as the user sees it: the client window with the frame a window
        manager draws around it (its ``_NET_FRAME_EXTENTS``; none without a window manager)."""
        x, y, width, height = self.window_geometry(win_id)
        extents = self.run("xprop", "-id", str(win_id), "_NET_FRAME_EXTENTS", check=False).stdout
        found = re.search(r"= (\d+), (\d+), (\d+), (\d+)", extents)
        if found is None:
            return Geometry(x, y, width, height)
        left, right, top, bottom = (int(value) for value in found.groups())
        return Geometry(x - left, y - top, width + left + right, height + top + bottom)

    def app_env(self) -> dict[str, str]:
        """The environment for a Qt app here: xcb, and each monitor's scale by its name."""
        return self.env | {
            "QT_QPA_PLATFORM": "xcb",
            "QT_SCREEN_SCALE_FACTORS": ";".join(f"{name}={scale:g}" for name, scale in self.scales.items()),
            "QT_ENABLE_HIGHDPI_SCALING": "1",
        }

    def wait_for_monitors(self, names: Sequence[str], timeout: float = 5.0) -> None:
        self.wait_until(lambda: [monitor.name for monitor in self.monitors()] == list(names), timeout,
                        what=f"the monitors {list(names)}")

    def screenshot(self, path: str | os.PathLike[str], outline: bool = True) -> Path:
        """The whole root window (black where no monitor shows) as a PNG; with ``outline``, each
        monitor's edge drawn on it in yellow and its name in its top-left corner (for the reader)."""
        path = super().screenshot(path)
        if outline:
            draw = []
            for monitor in self.monitors():
                right, bottom = monitor.x + monitor.width - 2, monitor.y + monitor.height - 2
                draw += ["-draw", f"rectangle {monitor.x + 1},{monitor.y + 1} {right},{bottom}",
                         "-draw", f"text {monitor.x + 12},{monitor.y + 28} '{monitor.name} {monitor.width}x"
                         f"{monitor.height} @{monitor.scale:g}'"]
            font = self.run("fc-match", "sans", "-f", "%{file}", check=False).stdout.strip()
            self.run("convert", str(path), "-fill", "none", "-stroke", "yellow", "-strokewidth", "3",
                     *(["-font", font] if font else []), "-pointsize", "22", *draw, str(path), timeout=30)
        return path

    @classmethod
    def attach(cls, monitors: Sequence[Monitor], env: Mapping[str, str]) -> X11Monitors:
        """The session another process started (its ``DISPLAY`` in ``env``): hands and eyes only,
        for a program running inside it (stopping it is the starter's)."""
        session = cls(monitors)
        session.display = env["DISPLAY"]
        session._env = dict(env)
        return session


def run_module_inside(module: str, monitors: Sequence[Monitor], window_manager: str | None, log_dir: Path,
                      child: tuple[str, str], shots: Path | None = None,
                      pytest_args: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """Start a session of ``monitors`` and run the pytest module ``module`` again inside it, its
    inner tests told apart by the environment variable ``child`` (name, value); with ``shots``,
    ``DESK_COACH_SHOTS`` names the folder its photographs go to."""
    with X11Monitors(monitors, log_dir, window_manager=window_manager) as session:
        env = {**os.environ, **session.app_env(), child[0]: child[1]}
        if shots is not None:
            env["DESK_COACH_SHOTS"] = str(shots)
        return subprocess.run(
            [sys.executable, "-m", "pytest", module, "-q", "-p", "no:cacheprovider", "-o", "addopts=", "-x",
             *pytest_args],
            cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True, timeout=600)
