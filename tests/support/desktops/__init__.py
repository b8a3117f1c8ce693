"""The desktop matrix: each desktop Desk Coach is proven on, behind one interface (``Desktop``).

    with desktops.start("sway", log_dir) as desktop:
        app = desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach"])
        item = desktop.wait_until(desktop.tray_items)
        desktop.click(*item[0].centre, button=3)

| name | session | tray host | notifications | input | screenshot |
|---|---|---|---|---|---|
| xvfb | X11 (Xvfb, no window manager) | trayer (XEmbed) | dunst (context menu) | xdotool | import |
| xfce | X11 (Xvfb + xfwm4) | xfce4-panel systray (SNI) | xfce4-notifyd (buttons) | xdotool | import |
| sway | Wayland (headless wlroots) | waybar (SNI) | mako (makoctl) | virtual pointer and keyboard | grim |
| kde | Wayland (Plasma 5.27) | plasmashell (SNI) | plasmashell (buttons) | KWin fake input | ScreenShot2 |
| gnome | Wayland (Mutter) | AppIndicator (SNI) | gnome-shell (buttons) | RemoteDesktop | Shell.Screenshot |

A desktop that cannot start raises ``desktop.DesktopError`` (``MissingProgramError`` names the
Debian package): tests never skip it. To add one, subclass ``Desktop`` in a module
of its own and list it in ``DESKTOPS``.
"""

from __future__ import annotations

import os

from desktops.base import Desktop, TrayItem, Window
from desktops.gnome import GnomeShell
from desktops.kde import Plasma
from desktops.sway import Sway
from desktops.xfce import Xfce
from desktops.xvfb import XvfbTrayerDunst

DESKTOPS: dict[str, type[Desktop]] = {cls.name: cls for cls in (XvfbTrayerDunst, Xfce, Sway, Plasma,
                                                                  GnomeShell)}

__all__ = ["DESKTOPS", "Desktop", "TrayItem", "Window", "start"]


def start(name: str, log_dir: str | os.PathLike[str] | None = None) -> Desktop:
    """A desktop of the matrix, not yet started: use it as a context manager."""
    return DESKTOPS[name](log_dir)
