"""XFCE 4.18 on X11: Xvfb, the xfwm4 window manager (no compositor), xfce4-panel with only its
systray plugin (a StatusNotifierItem host, and the SNI watcher) across the top, and
xfce4-notifyd, which draws notification actions as buttons: a test clicks them. A click on the
notification outside its buttons closes it (xfce4-notifyd 0.7: reason "dismissed", no action).

Debian packages: xfwm4 xfce4-panel xfce4-notifyd xfconf, xfce4-session (xflock4) and xscreensaver
(with the X11 ones of desktop.py).
"""

from __future__ import annotations

import glob
from collections import Counter

from desktop import PACKAGES, DesktopError, Geometry, HeadlessDesktop, MissingProgramError
from notify_probe import NotifyCall

from desktops.base import TrayItem, Window
from desktops.sni import SniTray, host_registered
from desktops.x11 import X11Desktop

PACKAGES.update({"xfwm4": "xfwm4", "xfce4-panel": "xfce4-panel", "xfconfd": "xfconf",
                 "xfce4-notifyd": "xfce4-notifyd", "gdbus": "libglib2.0-bin", "xflock4": "xfce4-session"})
PANEL_HEIGHT = 32
NOTIFYD_CLASS = "xfce4-notifyd"

#: One panel across the top holding only the systray plugin, so the tray area changes only when an
#: item comes or goes (no clock, no launcher).
PANEL_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="{PANEL_HEIGHT}"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
"""


def _libexec(name: str) -> str:
    """A program XFCE installs outside PATH (/usr/lib/<arch>/xfce4/...)."""
    found = sorted(glob.glob(f"/usr/lib/*/xfce4/*/{name}"))
    if not found:
        raise MissingProgramError(name)
    return found[0]


class Xfce(X11Desktop):
    name = "xfce"
    notification_server = "xfce4-notifyd"
    idle_source = "XScreenSaver"
    lock_command = ("xflock4",)  # XFCE's own: its session's LockCommand, else the first locker found

    def _headless(self) -> HeadlessDesktop:
        # No D-Bus activation: every service here is one this desktop started.
        return HeadlessDesktop(self.size, log_dir=self.log_dir, timeout=self.timeout, tray=False,
                               notifications=False, dbus_activation=False)

    def start(self) -> None:
        super().start()
        assert self.x.temp_dir is not None
        home = self.x.temp_dir / "xfce"
        channels = home / "config" / "xfce4" / "xfconf" / "xfce-perchannel-xml"
        channels.mkdir(parents=True)
        (channels / "xfce4-panel.xml").write_text(PANEL_XML)
        own = self.x.env | {"XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
                            "XDG_DATA_HOME": str(home / "data")}
        desktop_env = self.session_env(own) | {"NO_AT_BRIDGE": "1"}
        xfconfd = self.spawn("xfconfd", [_libexec("xfconfd")], env=desktop_env)
        self._wait_started(xfconfd, lambda: self.x.name_has_owner("org.xfce.Xfconf"), "xfconfd on the bus")
        self.spawn("xfwm4", ["xfwm4", "--compositor=off"], env=desktop_env)
        panel = self.spawn("xfce4-panel", ["xfce4-panel"], env=desktop_env)
        notifyd = self.spawn("xfce4-notifyd", [_libexec("xfce4-notifyd")], env=desktop_env)
        self._wait_started(notifyd, lambda: self.x.name_has_owner("org.freedesktop.Notifications"),
                           "xfce4-notifyd on the bus")
        self._wait_started(panel, lambda: host_registered(self), "the panel's tray registered as SNI host")
        self._wait_started(panel, self._wm_running, "xfwm4 managing the screen")
        area = Geometry(0, 0, self.size[0], PANEL_HEIGHT)
        self._wait_started(panel, lambda: self.steady(area), "the panel drawn")
        self.tray = SniTray(self, area)

    def session_env(self, env: dict[str, str]) -> dict[str, str]:
        return env | {"XDG_CURRENT_DESKTOP": "XFCE", "XDG_SESSION_TYPE": "x11"}

    def app_env(self) -> dict[str, str]:
        return self.session_env(self.x.env)

    def _wm_running(self) -> bool:
        return "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False).stdout

    # -- hands ---------------------------------------------------------------------------------

    def focus(self, window: Window) -> None:
        self.xdotool("windowactivate", "--sync", window.id)  # ask xfwm4, as a click on it would

    # -- eyes ----------------------------------------------------------------------------------

    def tray_items(self) -> list[TrayItem]:
        return self.tray.items()

    def _notification_windows(self) -> list[str]:
        return self.run("xdotool", "search", "--onlyvisible", "--classname", NOTIFYD_CLASS,
                        check=False).stdout.split()

    def notifications_shown(self) -> int:
        return len(self._notification_windows())

    def _shown_with_buttons(self, call: NotifyCall) -> list[tuple[Geometry, list[tuple[int, int]]]]:
        """The notifications showing as many buttons as ``call`` has actions (xfce4-notifyd draws
        one per action, "default" included; the other messages have fewer), with their buttons."""
        keys = call.actions[::2]
        found = []
        for window in self._notification_windows():
            box = self.x.window_geometry(window)
            buttons = button_row(self.capture_rgb(box), box)
            if len(buttons) == len(keys):
                found.append((box, buttons))
        return found

    def answer_notification(self, call: NotifyCall, action: str) -> None:
        """Click the action's button: one per action, in the order the call listed them, on one row
        at the bottom of the notification."""
        shown = self._shown_with_buttons(call)
        if not shown:
            raise DesktopError(f"no notification shows the buttons of {call.actions[::2]}")
        _, buttons = shown[-1]
        x, y = buttons[call.actions[::2].index(action)]
        self.click(x, y)

    def dismiss_notification(self, call: NotifyCall) -> None:
        """A click on the notification's text, above its buttons: xfce4-notifyd closes it."""
        shown = self._shown_with_buttons(call)
        if not shown:
            raise DesktopError(f"no notification shows the buttons of {call.actions[::2]}")
        box, _ = shown[-1]
        self.click(box.x + box.width // 2, box.y + 20)

    def notification_reachable(self, call: NotifyCall) -> bool:
        """On screen with its buttons (a notification that does not expire stays until answered)."""
        return bool(self._shown_with_buttons(call))


def button_row(pixels: bytes, box: Geometry) -> list[tuple[int, int]]:
    """The centres (screen coordinates) of the buttons on the lowest row of a notification: runs
    of columns, on a line through that row, whose colour is not the window's background."""
    _, _, width, height = box

    def pixel(x: int, y: int) -> bytes:
        offset = (y * width + x) * 3
        return pixels[offset:offset + 3]

    background = Counter(pixels[i:i + 3] for i in range(0, len(pixels), 3)).most_common(1)[0][0]
    probe_x = width - 30  # inside the last button: the row ends near the right edge
    column = [pixel(probe_x, y) == background for y in range(height)]
    padding = next((y for y in range(height - 1, 0, -1) if column[y]), None)  # under the border
    bottom = next((y for y in range(padding or 0, 0, -1) if not column[y]), None)
    if padding is None or bottom is None:
        return []
    top = next((y for y in range(bottom, 0, -1) if column[y]), 0)
    middle = (top + bottom) // 2
    runs, start = [], None
    for x in range(width):
        inside = pixel(x, middle) != background
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            runs.append((start, x))
            start = None
    wide = [(a, b) for a, b in runs if b - a >= 30]  # buttons, not the border
    return [(box.x + (a + b) // 2, box.y + middle) for a, b in wide]
