"""sway 1.7 on Wayland, headless (wlroots' headless backend, pixman renderer), with waybar as the
StatusNotifierItem tray host and mako for notifications.

sway refuses to run as root, so when the tests run as root (CI) the compositor and its clients
(waybar, mako, grim, makoctl) run as an unprivileged user made for the purpose,
``deskcoach-desktop``; the app under test stays the tests' own user, connecting to sway's socket by
its path and to a session bus that admits both users. Input goes through the compositor's virtual
pointer and keyboard (``wayland_input``): to sway they are input devices like any other.

Debian packages: sway swaylock waybar mako-notifier grim (makoctl needs busctl, from systemd), dbus-daemon,
libglib2.0-bin (gdbus).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from desktop import PACKAGES, DesktopError, Geometry, _base_env, program, stop_process
from notify_probe import NotifyCall
from unix_socket import listens

from desktops.base import DeviceInputDesktop, TrayItem, Window, desktop_user, text_rows
from desktops.sni import SniTray, host_registered
from desktops.wayland_input import VirtualInput

PACKAGES.update({"sway": "sway", "swaymsg": "sway", "swaylock": "swaylock", "waybar": "waybar",
                 "mako": "mako-notifier", "makoctl": "mako-notifier", "grim": "grim", "busctl": "systemd",
                 "gdbus": "libglib2.0-bin"})
BAR_HEIGHT = 30
LOCK_COLOUR = "5a1e3c"  # what swaylock covers the screen with here
NOTIFICATIONS = "org.freedesktop.Notifications"

#: A session bus for two users (the compositor's and the tests'), with no D-Bus activation:
#: every service on it is one this desktop started.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{address}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
SWAY_CONFIG = """output * resolution {width}x{height} bg #203040 solid_color
default_border normal
"""
#: Only the tray, at the right end of a bar across the top.
WAYBAR_CONFIG = {"layer": "top", "position": "top", "height": BAR_HEIGHT, "modules-left": [],
                 "modules-center": [], "modules-right": ["tray"], "tray": {"icon-size": 24, "spacing": 8}}


class Sway(DeviceInputDesktop):
    name = "sway"
    session_type = "wayland"
    notification_server = "mako"
    idle_source = "org_kde_kwin_idle"  # sway 1.7 has no ext_idle_notifier_v1
    #: waybar 0.9.17's tray menu opens under the tiled windows on sway 1.7: with a tiled window
    #: covering the place under the icon (the journey's typing pad, or any window filling the
    #: workspace) the right click shows nothing; with no window there, or only a small floating one
    #: away from it, the menu shows and works (24 menus out of 24 in 8 sessions). A layering matter
    #: of sway and waybar, not of the app: the journey starts the break with ``desk-coach break``.
    tray_menu_works = False
    #: sway focuses each new window on the focused workspace (``should_focus`` in its view.c); a
    #: client cannot decline, only the user's own ``no_focus`` rules can.
    new_windows_take_keyboard = True
    input: VirtualInput | None = None
    tmp: Path | None = None

    def start(self) -> None:
        for name in ("sway", "swaymsg", "waybar", "mako", "makoctl", "grim", "busctl", "dbus-daemon",
                     "dbus-send", "gdbus"):
            program(name)
        self.tmp = Path(tempfile.mkdtemp(prefix="desk-coach-sway-"))
        self.tmp.chmod(0o755)
        self.as_user = desktop_user()
        home, runtime, app_runtime = self.tmp / "home", self.tmp / "runtime", self.tmp / "app-runtime"
        for folder in (home / ".config" / "sway", home / ".config" / "waybar", runtime, app_runtime):
            folder.mkdir(parents=True)
        runtime.chmod(0o700)
        app_runtime.chmod(0o700)
        (home / ".config" / "sway" / "config").write_text(SWAY_CONFIG.format(width=self.size[0],
                                                                                height=self.size[1]))
        (home / ".config" / "waybar" / "config").write_text(json.dumps(WAYBAR_CONFIG))
        if self.as_user:
            for path in (home, *home.rglob("*"), runtime):
                os.chown(path, self.as_user["user"], self.as_user["group"])
        self.bus_address = f"unix:path={self.tmp}/bus"
        (self.tmp / "bus.conf").write_text(BUS_CONFIG.format(address=self.bus_address))
        bus = self.spawn("dbus", ["dbus-daemon", f"--config-file={self.tmp}/bus.conf", "--nofork"],
                         env=_base_env())
        self._wait_started(bus, lambda: listens(self.tmp / "bus"), "the session bus")

        self.user_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(home / ".config"),
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address, "XDG_CURRENT_DESKTOP": "sway",
            "XDG_SESSION_TYPE": "wayland", "NO_AT_BRIDGE": "1",
            "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman",
        }
        sway = self.spawn("sway", ["sway"], env=self.user_env, **self.as_user)
        socket = self.wait_for_file(sway, runtime, r"wayland-\d+", "the Wayland socket")
        ipc = self.wait_for_file(sway, runtime, r"sway-ipc\..*\.sock", "sway's IPC socket")
        self.user_env |= {"WAYLAND_DISPLAY": socket.name, "SWAYSOCK": str(ipc)}
        self.wayland_socket = socket
        self._wait_started(sway, lambda: self.user_run("swaymsg", "-t", "get_outputs", check=False)
                           .returncode == 0, "sway answering on its IPC socket")
        self._app_env = _base_env() | {
            "XDG_RUNTIME_DIR": str(app_runtime), "WAYLAND_DISPLAY": str(socket),
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address, "XDG_CURRENT_DESKTOP": "sway",
            "XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "wayland",
        }
        self._app_env.pop("DISPLAY", None)

        mako = self.spawn("mako", ["mako"], env=self.user_env, **self.as_user)
        self._wait_started(mako, lambda: self.name_has_owner(NOTIFICATIONS), "mako on the bus")
        waybar = self.spawn("waybar", ["waybar"], env=self.user_env, **self.as_user)
        self._wait_started(waybar, lambda: host_registered(self), "waybar's tray registered as SNI host")
        self.input = VirtualInput(str(socket), self.size)
        # The right end of the bar, where the tray is; the pointer rests at the left end (nudge).
        area = Geometry(self.size[0] - 400, 0, 400, BAR_HEIGHT)
        self._wait_started(waybar, lambda: self.steady(area), "the bar drawn")
        self.tray = SniTray(self, area)

    def stop(self) -> None:
        if self.input is not None:
            self.input.close()
            self.input = None
        super().stop()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def wait_for_file(self, proc: subprocess.Popen[bytes], folder: Path, pattern: str, what: str) -> Path:
        def found() -> Path | None:
            return next((p for p in sorted(folder.iterdir()) if re.fullmatch(pattern, p.name)), None)

        self._wait_started(proc, found, what)
        path = found()
        assert path is not None
        return path

    def app_env(self) -> dict[str, str]:
        return dict(self._app_env)

    def user_run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run one of the desktop's own tools (swaymsg, makoctl) as the desktop's user."""
        return self.run(*argv, check=check, env=self.user_env, **self.as_user)

    # -- hands ---------------------------------------------------------------------------------

    def nudge_spot(self) -> tuple[int, int]:
        """The empty left end of the bar."""
        return 10, BAR_HEIGHT // 2

    def pick_menu_entry(self, row: int, mnemonic: str) -> None:
        """waybar's menus get no keyboard on sway 1.7 (its bar takes none): click the entry, found as
        the ``row``-th line of text down the menu's left side."""
        box = self.menu_box
        rows = text_rows(self.capture_rgb(box), box, range(8, min(box.width, 160)))
        if len(rows) < 3:
            raise DesktopError(f"found {len(rows)} lines of text in the tray menu at {box}")
        self.click(box.x + 40, rows[row])

    def focus(self, window: Window) -> None:
        self.user_run("swaymsg", f"[con_id={window.id}]", "focus")

    # -- eyes ----------------------------------------------------------------------------------

    def _app_nodes(self) -> list[dict[str, Any]]:
        """sway's tree nodes that hold a client's window."""
        tree = json.loads(self.user_run("swaymsg", "-t", "get_tree", "--raw").stdout)
        found, todo = [], [tree]
        while todo:
            node = todo.pop()
            todo += node.get("nodes", []) + node.get("floating_nodes", [])
            if node.get("pid"):
                found.append(node)
        return found

    def windows(self, title_pattern: str) -> list[Window]:
        return [Window(str(node["id"]), node.get("name") or "") for node in self._app_nodes()
                if node.get("visible") and re.search(title_pattern, node.get("name") or "")]

    def window_box(self, window: Window) -> Geometry:
        """Its container as sway tiles it (title bar and borders included)."""
        for node in self._app_nodes():
            if str(node["id"]) == window.id:
                rect = node["rect"]
                return Geometry(rect["x"], rect["y"], rect["width"], rect["height"])
        raise DesktopError(f"sway knows no window {window}")

    def tray_items(self) -> list[TrayItem]:
        return self.tray.items()

    def _mako_list(self) -> list[dict[str, Any]]:
        data = json.loads(self.user_run("makoctl", "list").stdout)["data"]
        return data[0] if data else []

    def notifications_shown(self) -> int:
        return len(self._mako_list())

    def _mako_number(self, call: NotifyCall) -> int | None:
        """mako's id of the newest notification it shows with the summary of ``call``."""
        shown = [n["id"]["data"] for n in self._mako_list()
                 if n.get("summary", {}).get("data") == call.summary]
        return max(shown, default=None)

    def answer_notification(self, call: NotifyCall, action: str) -> None:
        """mako draws no buttons: a user (or their key binding) runs ``makoctl invoke``."""
        number = self._mako_number(call)
        if number is None:
            raise DesktopError(f"mako shows no notification {call.summary!r}")
        self.user_run("makoctl", "invoke", "-n", str(number), action)

    def dismiss_notification(self, call: NotifyCall) -> None:
        """``makoctl dismiss``, as a user's key binding does (a left click would choose the
        notification's default action, mako's default for ``on-button-left``)."""
        number = self._mako_number(call)
        if number is None:
            raise DesktopError(f"mako shows no notification {call.summary!r}")
        self.user_run("makoctl", "dismiss", "-n", str(number))

    def notification_reachable(self, call: NotifyCall) -> bool:
        """mako keeps a notification that does not expire on screen until it is answered."""
        return self._mako_number(call) is not None

    # -- the lock: swaylock --------------------------------------------------------------------

    def lock(self) -> None:
        """swaylock, as sway users lock (by hand or from swayidle). It tells applications nothing:
        sway 1.7 has no session-lock protocol to ask, and swaylock sets no logind hint; Desk Coach
        sees the lock as no input."""
        self._swaylock = self.spawn("swaylock", ["swaylock", "--color", LOCK_COLOUR], env=self.user_env,
                                    **self.as_user)
        middle = Geometry(self.size[0] // 2, self.size[1] // 2, 1, 1)
        self._wait_started(self._swaylock, lambda: self.capture_rgb(middle) == bytes.fromhex(LOCK_COLOUR),
                           "swaylock covering the screen")

    def unlock(self) -> None:
        """The tests have no password to type: they stop swaylock, which ends the lock on sway 1.7
        (its input inhibitor goes with it)."""
        if getattr(self, "_swaylock", None) is not None:
            stop_process(self._swaylock)
            self._swaylock = None

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        Path(path).write_bytes(self.output("grim", "-t", "png", "-", env=self.user_env, **self.as_user))
        return Path(path)

    def capture_rgb(self, region: Geometry) -> bytes:
        x, y, width, height = region
        ppm = self.output("grim", "-g", f"{x},{y} {width}x{height}", "-t", "ppm", "-",
                          env=self.user_env, **self.as_user)
        match = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
        if not match:
            raise DesktopError("grim gave no PPM picture")
        return ppm[match.end():]
