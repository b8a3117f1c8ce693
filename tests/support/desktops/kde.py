"""KDE Plasma 5.27 on Wayland, headless: ``kwin_wayland --virtual`` and plasmashell, whose system
tray is the StatusNotifierItem host (the watcher lives in kded5) and whose notification applet is
the notification server; it draws the reminder's actions as buttons, and a test clicks them.

How it is driven and read, all through KWin and Plasma's own interfaces:
- input: Wayland ``org_kde_kwin_fake_input`` (``KWinFakeInput``), offered to any client with
  ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``; to KWin it is a device of its seat;
- windows and focus: a KWin script loaded through ``org.kde.KWin /Scripting`` prints what KWin
  knows of its windows (``print`` lands in KWin's log), or activates one;
- screenshots: ``org.kde.KWin.ScreenShot2`` (raw pixels through a pipe; allowed with
  ``KWIN_SCREENSHOT_NO_PERMISSION_CHECKS=1``);
- lock: ``org.freedesktop.ScreenSaver.Lock`` (KWin's built-in screen locker).

The session is private: its own home and config (seeded so plasmashell skips its first-run
layout: one panel along the bottom with a task manager and the system tray, no clock, so the tray
area changes only when an item comes or goes), its own session bus and a second bus standing in
for the system bus (without one, parts of Plasma give up). Plasma also looks in the app's
``$XDG_DATA_HOME`` for desktop entries and icons, as in a real session where both share one home.

Traps: ``/usr/bin/kwin_wayland`` carries the file capability ``cap_sys_resource``, which a
container refuses ("Operation not permitted"): a plain copy runs instead, and its name must still
end in ``kwin_wayland``. plasmashell needs Qt's Wayland platform plugin (``qtwayland5``).

Measured here (2 cores, no GPU): KWin's socket after ~0.4 s, the whole session ready (tray host,
notifications, panel drawn) after 2.2-4.2 s, the first start after installing the packages too.

Debian packages: kwin-wayland plasma-workspace plasma-desktop qtwayland5 kde-style-breeze xwayland,
dbus-daemon.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from contact_sheet import write_png
from desktop import PACKAGES, DesktopError, Geometry, _base_env, program
from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from notify_probe import NotifyCall
from unix_socket import listens

from desktops.base import DeviceInputDesktop, TrayItem, Window
from desktops.logind import FakeLogind
from desktops.sni import SniTray, host_registered
from desktops.wayland_input import KWinFakeInput

PACKAGES.update({"kwin_wayland": "kwin-wayland", "plasmashell": "plasma-workspace", "kded5": "kded5",
                 "gdbus": "libglib2.0-bin", "Xwayland": "xwayland"})
SOCKET = "wayland-kde"
NOTIFICATIONS = "org.freedesktop.Notifications"
KWIN = "org.kde.KWin"
SCREENSHOT = DBusAddress("/org/kde/KWin/ScreenShot2", bus_name="org.kde.KWin.ScreenShot2",
                         interface="org.kde.KWin.ScreenShot2")
SCRIPTING = DBusAddress("/Scripting", bus_name=KWIN, interface="org.kde.kwin.Scripting")
SCREEN_SAVER = DBusAddress("/ScreenSaver", bus_name="org.freedesktop.ScreenSaver",
                           interface="org.freedesktop.ScreenSaver")

#: One panel along the bottom: a task manager and the system tray, whose only own applet is the
#: notifications bell (always shown: the notification history is one click away on it).
APPLETS = """[Containments][1]
activityId=
formfactor=0
immutability=1
lastScreen=0
location=0
plugin=org.kde.plasma.folder
wallpaperplugin=org.kde.color

[Containments][1][Wallpaper][org.kde.color][General]
Color=40,60,80

[Containments][2]
activityId=
formfactor=2
immutability=1
lastScreen=0
location=4
plugin=org.kde.panel
wallpaperplugin=org.kde.image

[Containments][2][Applets][3]
immutability=1
plugin=org.kde.plasma.taskmanager

[Containments][2][Applets][3][Configuration][General]
launchers=

[Containments][2][Applets][4]
immutability=1
plugin=org.kde.plasma.systemtray

[Containments][2][Applets][4][Configuration]
SystrayContainmentId=5

[Containments][2][General]
AppletOrder=3;4

[Containments][5]
activityId=
formfactor=2
immutability=1
lastScreen=0
location=4
plugin=org.kde.plasma.private.systemtray
wallpaperplugin=org.kde.image

[Containments][5][Applets][6]
immutability=1
plugin=org.kde.plasma.notifications

[Containments][5][General]
extraItems=org.kde.plasma.notifications
knownItems={known}
shownItems=org.kde.plasma.notifications
"""
KNOWN_APPLETS = tuple(f"org.kde.{name}" for name in (
    "plasma.battery", "plasma.keyboardlayout", "plasma.manage-inputmethod", "plasma.mediacontroller",
    "plasma.devicenotifier", "plasma.clipboard", "plasma.notifications", "plasma.volume",
    "plasma.networkmanagement", "plasma.bluetooth", "plasma.printmanager", "kscreen",
    "plasma.nightcolorcontrol", "plasma.vault", "plasma.weather", "kdeconnect", "plasma.keyboardindicator",
    "plasma.cameraindicator"))
#: The Plasma theme (panel, tray, notification popups) and the colour scheme of each look.
LOOKS = {"light": ("default", "BreezeLight"), "dark": ("breeze-dark", "BreezeDark")}

#: A KWin script: every window KWin manages, as one JSON line in KWin's log after ``token``.
LIST_SCRIPT = """var found = [];
var windows = workspace.clientList();
for (var i = 0; i < windows.length; i++) {
    var w = windows[i];
    found.push({id: w.internalId.toString(), caption: w.caption, appId: w.desktopFileName,
                resourceClass: String(w.resourceClass), normal: w.normalWindow || w.dialog,
                notification: w.notification || w.criticalNotification, minimized: w.minimized,
                active: w.active, x: w.x, y: w.y, width: w.width, height: w.height, pid: w.pid});
}
print("%(token)s " + JSON.stringify(found));
"""
#: A KWin script: give the window ``id`` the keyboard, as a click on it would.
FOCUS_SCRIPT = """var windows = workspace.clientList();
for (var i = 0; i < windows.length; i++) {
    if (windows[i].internalId.toString() == "%(id)s") { workspace.activeClient = windows[i]; }
}
var active = workspace.activeClient;
print("%(token)s " + JSON.stringify(active ? active.internalId.toString() : ""));
"""
#: A KWin script: give the window ``id`` a new size, its top left corner kept, as a drag on its
#: bottom right corner does.
RESIZE_SCRIPT = """var windows = workspace.clientList();
var found = false;
for (var i = 0; i < windows.length; i++) {
    if (windows[i].internalId.toString() == "%(id)s") {
        var g = windows[i].frameGeometry;
        windows[i].frameGeometry = {x: g.x, y: g.y, width: %(width)s, height: %(height)s};
        found = true;
    }
}
print("%(token)s " + JSON.stringify(found));
"""


class Plasma(DeviceInputDesktop):
    name = "kde"
    session_type = "wayland"
    notification_server = "plasmashell"
    idle_source = "ext_idle_notifier_v1"
    #: KWin 5.27 gives each new Wayland window the keyboard at its default focus-stealing prevention
    #: ("Low"): xdg-shell has no way for a window to ask not to be activated (Qt's
    #: WA_ShowWithoutActivating reaches X11 window managers only); only the user's own window rules
    #: or a stricter level keep the keyboard where it was. Seen: the routine window opened from the
    #: tray menu took the keys meant for the window the user typed in.
    new_windows_take_keyboard = True
    #: KDE's screen locker reports the lock to logind (LockedHint), where the app reads it.
    lock_told_to_apps = True
    input: KWinFakeInput | None = None
    bus: DBusConnection | None = None
    logind: FakeLogind | None = None
    tmp: Path | None = None

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, timeout: float = 60.0,
                 look: str = "light") -> None:
        super().__init__(log_dir, timeout)
        self.look = look
        self._tokens = itertools.count(1)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        for name in ("kwin_wayland", "plasmashell", "dbus-daemon", "dbus-send", "gdbus"):
            program(name)
        self.tmp = Path(tempfile.mkdtemp(prefix="desk-coach-kde-"))
        home, runtime = self.tmp / "home", self.tmp / "runtime"
        config = home / ".config"
        config.mkdir(parents=True)
        runtime.mkdir(mode=0o700)
        self._seed_config(config)
        self.runtime = runtime
        app_data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        session = {
            "XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": SOCKET,
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={runtime}/bus",
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={runtime}/system-bus",
            "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE", "KDE_FULL_SESSION": "true",
            "KDE_SESSION_VERSION": "5",
        }
        self.session = session
        self.desktop_env = _base_env() | session | {
            "HOME": str(home), "XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            # Plasma finds the entry and icon the app writes into its own data folder, as in one home.
            "XDG_DATA_DIRS": f"{app_data}:{os.environ.get('XDG_DATA_DIRS') or '/usr/local/share:/usr/share'}",
            "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1", "KWIN_SCREENSHOT_NO_PERMISSION_CHECKS": "1",
            "NO_AT_BRIDGE": "1",
        }
        self.desktop_env.pop("QT_QPA_PLATFORM")
        self.desktop_env.pop("DISPLAY", None)
        dbus = program("dbus-daemon")
        bus = self.spawn("dbus", [dbus, "--session", "--nofork",
                                  f"--address={session['DBUS_SESSION_BUS_ADDRESS']}"], env=self.desktop_env)
        # A second bus stands in for the system bus, which KWin and plasmashell want.
        self.spawn("system-bus", [dbus, "--config-file=/usr/share/dbus-1/session.conf", "--nofork",
                                  f"--address={session['DBUS_SYSTEM_BUS_ADDRESS']}"], env=self.desktop_env)
        self._wait_started(bus, lambda: listens(runtime / "bus") and listens(runtime / "system-bus"),
                           "the session and system buses")
        # logind, for KWin's screen locker (lock state, unlock) and the app (LockedHint).
        self.logind = FakeLogind(session["DBUS_SYSTEM_BUS_ADDRESS"])
        kwin = self.tmp / "bin" / "kwin_wayland"
        kwin.parent.mkdir()
        shutil.copy(program("kwin_wayland"), kwin)  # a copy carries no file capability
        kwin_proc = self.spawn("kwin", [str(kwin), "--virtual", "--width", str(self.size[0]), "--height",
                                        str(self.size[1]), "--socket", SOCKET], env=self.desktop_env)
        self._wait_started(kwin_proc, lambda: (runtime / SOCKET).exists(), "KWin's Wayland socket")
        self.bus = open_dbus_connection(session["DBUS_SESSION_BUS_ADDRESS"], enable_fds=True)
        self._wait_started(kwin_proc, lambda: self.name_has_owner("org.kde.KWin.ScreenShot2"),
                           "KWin's screenshot service on the bus")
        self.input = KWinFakeInput(str(runtime / SOCKET))
        shell = self.spawn("plasmashell", ["plasmashell", "--no-respawn"],
                           env=self.desktop_env | {"QT_QPA_PLATFORM": "wayland"})
        self._wait_started(shell, lambda: self.name_has_owner(NOTIFICATIONS), "plasmashell's notifications")
        self._wait_started(shell, lambda: host_registered(self), "plasmashell's tray registered as SNI host")
        self._wait_started(shell, self._panel, "the panel shown")
        self.panel = self._panel()
        area = Geometry(self.size[0] - 300, self.panel.y, 300, self.panel.height)
        self._wait_started(shell, lambda: self.steady(area), "the panel drawn")
        self.tray = SniTray(self, area)
        self.nudge()

    def _seed_config(self, config: Path) -> None:
        """What plasmashell would otherwise work out on its first start, and this session's look."""
        (config / "plasma-org.kde.plasma.desktop-appletsrc").write_text(
            APPLETS.format(known=",".join(KNOWN_APPLETS)))
        theme, scheme = LOOKS[self.look]
        (config / "plasmashellrc").write_text("[PlasmaViews][Panel 2][Defaults]\nthickness=44\n")
        (config / "plasmarc").write_text(f"[Theme]\nname={theme}\n")
        colors = Path("/usr/share/color-schemes") / f"{scheme}.colors"
        general = f"[General]\nColorScheme={scheme}\n\n[KDE]\nAnimationDurationFactor=0\n"
        # kdeglobals holds the colours themselves, as plasma-apply-colorscheme writes them.
        text = colors.read_text() if colors.exists() else ""
        text = re.sub(r"^\[General\][^\[]*", "", text, flags=re.MULTILINE)
        (config / "kdeglobals").write_text(general + "\n" + text)
        (config / "kscreenlockerrc").write_text("[Daemon]\nAutolock=false\nLockOnResume=false\n")
        (config / "ksmserverrc").write_text("[General]\nloginMode=emptySession\n")
        (config / "plasma-localerc").write_text("[Formats]\nLANG=C.UTF-8\n")

    def _panel(self) -> Geometry | None:
        """Where the panel is: plasmashell's window across the bottom of the screen."""
        return next((Geometry(w["x"], w["y"], w["width"], w["height"]) for w in self._kwin_windows()
                     if w["appId"] == "org.kde.plasmashell" and w["width"] == self.size[0]
                     and w["y"] > 0 and w["y"] + w["height"] == self.size[1]), None)

    def stop(self) -> None:
        if self.input is not None:
            self.input.close()
            self.input = None
        if self.bus is not None:
            self.bus.close()
            self.bus = None
        super().stop()
        if self.logind is not None:
            self.logind.close()
            self.logind = None
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def app_env(self) -> dict[str, str]:
        env = _base_env() | self.session | {"QT_QPA_PLATFORM": "wayland"}
        env.pop("DISPLAY", None)
        env["WAYLAND_DISPLAY"] = str(self.runtime / SOCKET)
        return env

    # -- D-Bus -----------------------------------------------------------------------------------

    def _call(self, address: DBusAddress, method: str, signature: str | None = None, body: tuple = (),
              timeout: float = 10) -> tuple:
        assert self.bus is not None
        message = new_method_call(address, method, signature, body)
        reply = self.bus.send_and_get_reply(message, timeout=timeout)
        if reply.header.message_type == MessageType.error:
            raise DesktopError(f"{address.bus_name} {method}: {reply.body}")
        return reply.body

    def _kwin_script(self, template: str, **values: str) -> Any:
        """Run a KWin script and return the JSON it printed (KWin writes ``print`` to its log)."""
        assert self.tmp is not None
        token = f"desk-coach-tests-{next(self._tokens)}"
        script = self.tmp / f"{token}.js"
        script.write_text(template % {"token": token, **values})
        log = self.log_dir / "kwin.log"
        self._call(SCRIPTING, "loadScript", "ss", (str(script), token))
        try:
            self._call(SCRIPTING, "start")
            pattern = re.compile(rf"^js: {re.escape(token)} (.*)$", re.MULTILINE)
            found = self.wait_until(lambda: pattern.search(log.read_text(errors="replace")), timeout=10,
                                    what=f"KWin to run the script {token}")
        finally:
            self._call(SCRIPTING, "unloadScript", "s", (token,))
            script.unlink()
        return json.loads(found.group(1))

    def _kwin_windows(self) -> list[dict[str, Any]]:
        return self._kwin_script(LIST_SCRIPT)

    # -- hands -----------------------------------------------------------------------------------

    def nudge_spot(self) -> tuple[int, int]:
        """The empty desktop, above the panel's left end."""
        return 20, self.size[1] // 2

    def open_tray_menu(self, item: TrayItem, timeout: float = 10) -> Geometry:
        """A real right click on the icon; the menu is the popup window KWin then shows (above
        the panel), at least 100 x 150 pixels (tooltips are smaller)."""
        before = {w["id"] for w in self._kwin_windows()}
        self.click(*item.centre, button=3)

        def shown() -> Geometry | None:
            return next((Geometry(w["x"], w["y"], w["width"], w["height"]) for w in self._kwin_windows()
                         if w["id"] not in before and not w["normal"] and not w["notification"]
                         and w["width"] >= 100 and w["height"] >= 150), None)

        try:
            self.menu_box = self.wait_until(shown, timeout=timeout, interval=0.2, what="the tray menu")
        except AssertionError:
            self.screenshot(self.log_dir / "no-tray-menu.png")  # for the failed test's reader
            raise
        self.wait_until(lambda: self.steady(self.menu_box), timeout=5, what="the tray menu drawn")
        return self.menu_box

    def focus(self, window: Window) -> None:
        if self._kwin_script(FOCUS_SCRIPT, id=window.id) != window.id:
            raise DesktopError(f"KWin did not give {window} the keyboard")

    def resize(self, window: Window, width: int, height: int) -> None:
        """Resize the window's frame to ``width`` x ``height``, as the user's drag on a corner does."""
        if not self._kwin_script(RESIZE_SCRIPT, id=window.id, width=str(width), height=str(height)):
            raise DesktopError(f"KWin knows no window {window} to resize")

    # -- eyes ------------------------------------------------------------------------------------

    def windows(self, title_pattern: str) -> list[Window]:
        return [Window(w["id"], w["caption"]) for w in self._kwin_windows()
                if w["normal"] and not w["minimized"] and re.search(title_pattern, w["caption"])]

    def window_box(self, window: Window) -> Geometry:
        """Its frame as KWin places it (Breeze draws a title bar, no side borders)."""
        for w in self._kwin_windows():
            if w["id"] == window.id:
                return Geometry(w["x"], w["y"], w["width"], w["height"])
        raise DesktopError(f"KWin knows no window {window}")

    def app_windows(self, title_pattern: str) -> list[dict[str, Any]]:
        """What KWin knows of the matching windows: app id (the desktop entry's name), class..."""
        return [w for w in self._kwin_windows() if w["normal"] and re.search(title_pattern, w["caption"])]

    def tray_items(self) -> list[TrayItem]:
        """The SNI items; where the one is drawn: the tray grows to the left as items come, so
        the area that changed since the tray was empty holds the bell moved over too, and the
        new icon is the rightmost mark in it (Plasma puts application items after its own)."""
        return [TrayItem(item.id, item.title, item.geometry and self._rightmost_mark(item.geometry))
                for item in self.tray.items()]

    def _rightmost_mark(self, area: Geometry) -> Geometry | None:
        pixels = self._still(area)
        if pixels is None:
            return None  # still being drawn (the tray slides its items over as one comes)
        _, _, width, height = area
        background = _commonest(self.tray.empty)

        def ink(x: int, y: int) -> bool:
            offset = (y * width + x) * 3
            return _colour_distance(pixels[offset:offset + 3], background) > 30

        marks = _runs([any(ink(x, y) for y in range(height)) for x in range(width)], gap=3)
        if len(marks) < 2:
            return None  # only the bell moved over so far: the new icon is not drawn yet
        left, right = marks[-1]
        rows = [y for y in range(height) if any(ink(x, y) for x in range(left, right + 1))]
        return Geometry(area.x + left, area.y + rows[0], right - left + 1, rows[-1] - rows[0] + 1)

    def _popups(self) -> list[Geometry]:
        return [Geometry(w["x"], w["y"], w["width"], w["height"]) for w in self._kwin_windows()
                if w["notification"] and not w["minimized"]]

    def notifications_shown(self) -> int:
        return len(self._popups())

    def _popup_for(self, call: NotifyCall) -> tuple[Geometry, list[tuple[int, int]]]:
        """The popup showing ``call``: the newest one with a button for each of its actions
        (plasmashell draws none for "default", which a click on the body sends), and those
        buttons' centres."""
        keys = [key for key in call.actions[::2] if key != "default"]
        found = []
        for box in reversed(self._popups()):  # KWin lists the newest last
            pixels = self.wait_until(lambda box=box: self._still(box), timeout=5,
                                     what="the notification popup drawn and still")
            if box not in self._popups():
                return self._popup_for(call)  # it moved meanwhile
            buttons = popup_buttons(pixels, box)
            if len(buttons) == len(keys):
                return box, buttons
            found.append(buttons)
        raise DesktopError(f"no notification popup shows {len(keys)} buttons for {keys}: found {found}")

    def _still(self, box: Geometry) -> bytes | None:
        """The pixels of ``box`` if it shows the same twice in a row (not sliding or fading in)."""
        pixels = self.capture_rgb(box)
        return pixels if pixels == self.capture_rgb(box) else None

    def answer_notification(self, call: NotifyCall, action: str) -> None:
        """Click the action's button, which plasmashell draws in the order the call listed them."""
        _, buttons = self._popup_for(call)
        keys = [key for key in call.actions[::2] if key != "default"]
        self.click(*buttons[keys.index(action)])

    def dismiss_notification(self, call: NotifyCall) -> None:
        """Click the popup's close button: the rightmost mark on its header row."""
        box, _ = self._popup_for(call)
        self.click(*close_button(self.capture_rgb(box), box))

    def notification_reachable(self, call: NotifyCall) -> bool:
        """Whether its popup is on screen: plasmashell keeps a popup that asks for no timeout (the
        reminder does) until it is answered or closed. (A popup that timed out would be in the
        history behind the tray's bell; not looked for here.)"""
        return self.notification_popup(call) is not None

    def notification_popup(self, call: NotifyCall) -> Geometry | None:
        """Where the popup of ``call`` is on the screen, if it is shown."""
        try:
            return self._popup_for(call)[0]
        except DesktopError:
            return None

    screenshots_while_locked = False

    def lock(self) -> None:
        """Lock through ``org.freedesktop.ScreenSaver.Lock`` (KWin's screen locker); locked once
        the locker says so and has told logind (``LockedHint``), where apps read it."""
        self._call(SCREEN_SAVER, "Lock")
        self.wait_until(lambda: self._locked() is True, timeout=15, interval=0.2,
                        what="KWin's screen locker to lock")

    def unlock(self) -> None:
        """End the lock as ``loginctl unlock-session`` does: logind's Unlock signal to the locker."""
        assert self.logind is not None
        self.logind.unlock()
        self.wait_until(lambda: self._locked() is False, timeout=15, interval=0.2,
                        what="KWin's screen locker to unlock")

    def _locked(self) -> bool | None:
        """True or False when the screen saver service and logind's LockedHint agree, else None."""
        assert self.logind is not None
        (active,) = self._call(SCREEN_SAVER, "GetActive")
        return active if active == self.logind.locked_hint else None

    # -- pictures --------------------------------------------------------------------------------

    def _capture(self, region: Geometry | None = None) -> tuple[int, int, bytes]:
        """(width, height, RGB pixels) of the workspace or ``region``, from KWin's screenshot service."""
        read, write = os.pipe()
        chunks: list[bytes] = []
        reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: os.read(read, 1 << 20), b"")))
        reader.start()
        try:
            if region is None:
                (meta,) = self._call(SCREENSHOT, "CaptureWorkspace", "a{sv}h", ({}, write))
            else:
                (meta,) = self._call(SCREENSHOT, "CaptureArea", "iiuua{sv}h", (*region, {}, write))
        finally:
            os.close(write)
            reader.join(10)
            os.close(read)
        info = {key: value for key, (_, value) in meta.items()}
        width, height, stride = info["width"], info["height"], info["stride"]
        if info.get("format") not in (4, 5, 6):  # QImage RGB32 / ARGB32 (premultiplied): B, G, R, A
            raise DesktopError(f"KWin sent pictures in QImage format {info.get('format')}")
        data = b"".join(chunks)
        rows = b"".join(data[y * stride:y * stride + width * 4] for y in range(height))
        rgb = bytearray(width * height * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = rows[2::4], rows[1::4], rows[0::4]
        return width, height, bytes(rgb)

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        return write_png(Path(path), *self._capture())

    def capture_rgb(self, region: Geometry) -> bytes:
        width, height, rgb = self._capture(region)
        if (width, height) != (region.width, region.height):
            raise DesktopError(f"KWin captured {width}x{height} for {region}")
        return rgb


def _runs(flags: list[bool], gap: int = 0) -> list[tuple[int, int]]:
    """The (first, last) index of each run of True in ``flags``, bridging gaps of up to ``gap``."""
    runs: list[tuple[int, int]] = []
    for index, flag in enumerate(flags):
        if not flag:
            continue
        if runs and index - runs[-1][1] <= gap + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _commonest(pixels: bytes) -> bytes:
    """The commonest colour of RGB pixels: a background."""
    return Counter(pixels[i:i + 3] for i in range(0, len(pixels), 3)).most_common(1)[0][0]


def _colour_distance(a: bytes, b: bytes) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


def popup_buttons(pixels: bytes, box: Geometry) -> list[tuple[int, int]]:
    """The centres (screen coordinates) of the action buttons along the bottom of a Plasma
    notification popup: wide runs, just under the buttons' top edge, of the buttons' face colour
    (the commonest colour near the popup's bottom that is not the popup's own background)."""
    _, _, width, height = box

    def pixel(x: int, y: int) -> bytes:
        offset = (y * width + x) * 3
        return pixels[offset:offset + 3]

    background = _commonest(pixels)
    bottom = range(max(0, height - 45), height)
    faces = Counter(pixel(x, y) for y in bottom for x in range(width)
                    if _colour_distance(pixel(x, y), background) > 45)
    if not faces:
        return []
    face = faces.most_common(1)[0][0]
    rows = [y for y in bottom if sum(_colour_distance(pixel(x, y), face) <= 8 for x in range(width)) >= 40]
    if not rows:
        return []
    top = rows[0] + 3  # inside the buttons, above their labels
    middle = (rows[0] + rows[-1]) // 2
    runs, start = [], None
    for x in range(width + 1):
        inside = x < width and _colour_distance(pixel(x, top), face) <= 8
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            runs.append((start, x))
            start = None
    return [(box.x + (a + b) // 2, box.y + middle) for a, b in runs if b - a >= 20]


def close_button(pixels: bytes, box: Geometry) -> tuple[int, int]:
    """The centre (screen coordinates) of a Plasma notification popup's close button: the
    rightmost mark in its header (the top 30 rows)."""
    _, _, width, _ = box

    def pixel(x: int, y: int) -> bytes:
        offset = (y * width + x) * 3
        return pixels[offset:offset + 3]

    background = _commonest(pixels)
    header = range(4, 30)
    marked = [x for x in range(width - 4)
              if any(_colour_distance(pixel(x, y), background) > 90 for y in header)]
    if not marked:
        raise DesktopError(f"no close button in the notification popup at {box}")
    right = marked[-1]
    left = right
    while left - 1 in marked:
        left -= 1
    ys = [y for y in header for x in range(left, right + 1) if _colour_distance(pixel(x, y), background) > 90]
    return box.x + (left + right) // 2, box.y + (min(ys) + max(ys)) // 2
