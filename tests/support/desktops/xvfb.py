"""The desktop every earlier end-to-end test used: Xvfb, the XEmbed tray host trayer and dunst,
no window manager. dunst answers through its context menu, driven by a script (``MenuDesktop``)."""

from __future__ import annotations

from desktop import HeadlessDesktop
from notify_probe import MenuDesktop, NotifyCall

from desktops.base import TrayItem
from desktops.x11 import X11Desktop


class XvfbTrayerDunst(X11Desktop):
    name = "xvfb"
    notification_server = "dunst"

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
