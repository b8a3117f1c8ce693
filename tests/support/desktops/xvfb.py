"""The desktop every earlier end-to-end test used: Xvfb, the XEmbed tray host trayer and dunst,
no window manager. dunst answers through its context menu, driven by a script (``MenuDesktop``);
a left click on a notification closes it (dunst's default ``mouse_left_click = close_current``)."""

from __future__ import annotations

from desktop import DesktopError, HeadlessDesktop
from notify_probe import MenuDesktop, NotifyCall

from desktops.base import TrayItem
from desktops.x11 import X11Desktop


class XvfbTrayerDunst(X11Desktop):
    name = "xvfb"
    notification_server = "dunst"
    idle_source = "XScreenSaver"

    def _headless(self) -> HeadlessDesktop:
        folder = self.log_dir / "dunst-menu"
        folder.mkdir(exist_ok=True)
        desktop = HeadlessDesktop(self.size, log_dir=self.log_dir, timeout=self.timeout,
                                  dunst_config=MenuDesktop.dunst_config(folder))
        self.menu = MenuDesktop.of(desktop, folder)
        return desktop

    def tray_items(self) -> list[TrayItem]:
        return [TrayItem(str(icon.window), icon.name or (icon.wm_class[-1] if icon.wm_class else None),
                         icon.geometry) for icon in self.x.tray_icons()]

    def notifications_shown(self) -> int:
        return int(self.run("dunstctl", "count", "displayed").stdout.strip())

    def answer_notification(self, call: NotifyCall, action: str) -> None:
        self.menu.choose(action)

    def _dunst_windows(self) -> list[str]:
        found = self.run("xdotool", "search", "--onlyvisible", "--classname", "Dunst", check=False)
        return found.stdout.split()

    def dismiss_notification(self, call: NotifyCall) -> None:
        """A left click on the notification: dunst closes it (reason "dismissed"). dunst draws the
        notifications it shows in one window, newest first: the click goes to the first line."""
        windows = self._dunst_windows()
        if not windows:
            raise DesktopError("dunst shows no notification to close")
        box = self.x.window_geometry(windows[0])
        self.click(box.x + box.width // 2, box.y + 12)

    def notification_reachable(self, call: NotifyCall) -> bool:
        """dunst keeps a notification that does not expire on screen until it is answered or closed."""
        return self.notifications_shown() >= 1 and bool(self._dunst_windows())
