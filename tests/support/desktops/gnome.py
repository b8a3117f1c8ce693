"""GNOME Shell 43 on Wayland, headless (``gnome-shell --headless --wayland --no-x11
--virtual-monitor``), with the AppIndicator extension as the StatusNotifierItem tray host and the
shell's own notifications.

Each session gets a private home, runtime folder, session bus and a second bus standing in for the
system bus (gnome-shell dies without one), with no D-Bus activation: every service here is one this
desktop started. Settings come from a key file (``GSETTINGS_BACKEND=keyfile``, no dconf): the
AppIndicator extension enabled, the hot corner off (its pointer barrier traps injected motion at
x=0), no automatic screen blanking. The shell shares the tests' ``XDG_DATA_HOME`` with the app, as a
user's session does, so it finds the desktop entry the app writes there. gnome-shell 43 runs as root.

The desktop's own interfaces, over one D-Bus connection kept for the session's lifetime:
- input: Mutter's RemoteDesktop session, with a ScreenCast stream of the monitor for absolute
  pointer motion (the session ends with its connection; it needs PipeWire running). While it runs
  the shell shows its orange indicator in the top bar, left of the system menu: the tray icon is
  found where the bar changed, not at a fixed place;
- pictures: ``org.gnome.Shell.Screenshot`` (only for allow-listed bus names, so the connection owns
  ``org.gnome.Screenshot``);
- windows: ``org.gnome.Shell.Introspect.GetWindows`` (allow-listed for the portal's bus name, which
  the connection owns too): titles and app ids;
- locking: ``org.gnome.ScreenSaver`` (Lock, GetActive, SetActive), with a GDM stand-in on the
  system bus (see ``lock``).
What the shell offers no interface for (where a banner and its buttons are drawn, what the message
list holds, activating a window as a click on it does) is read from the shell itself through a small
test extension, ``gnome_probe``: an ``Eval`` over D-Bus, as Looking Glass evaluates code.

Notifications: the shell shows one banner at a time, under the clock. A normal one goes into the
message list (opened by a click on the clock) 4 s after the user is back at the keyboard; there
GNOME 43 draws no action buttons, only a click (the "default" action) and a close button. A
critical one (Desk Coach's reminders here) stays, expanded with its buttons. Each Notify reaches
the shell through its notification service (gjs), which hands it on with a Notify of its own.

Debian packages: gnome-shell gnome-shell-extension-appindicator pipewire dbus-daemon libglib2.0-bin
(and xwayland, dbus-x11, which gnome-shell's dependencies expect).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import PACKAGES, DesktopError, Geometry, _base_env, program
from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from notify_probe import NotifyCall
from unix_socket import listens

from desktops.base import DeviceInputDesktop, TrayItem, Window, text_rows
from desktops.sni import host_registered, item_title, registered_items
from desktops.sway import BUS_CONFIG
from desktops.wayland_input import BUTTONS, KEYS, MODIFIERS

PACKAGES.update({"gnome-shell": "gnome-shell", "gjs": "gjs", "pipewire": "pipewire",
                 "dbus-daemon": "dbus-daemon", "gdbus": "libglib2.0-bin"})
APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
PROBE = "desk-coach-test-probe@desk-coach"
PROBE_SOURCE = Path(__file__).with_name("gnome_probe")
PROBE_NAME = "org.deskcoach.TestProbe"
PANEL_HEIGHT = 32  # GNOME 43's top bar at scale 1
NOTIFICATIONS = "org.freedesktop.Notifications"

SETTINGS = f"""[org/gnome/shell]
enabled-extensions=['{APPINDICATOR}', '{PROBE}']
disable-user-extensions=false
welcome-dialog-last-shown-version='999'

[org/gnome/desktop/interface]
enable-hot-corners=false

[org/gnome/desktop/session]
idle-delay=uint32 0
"""

RD_PATH, RD_NAME = "/org/gnome/Mutter/RemoteDesktop", "org.gnome.Mutter.RemoteDesktop"
RD_SESSION = "org.gnome.Mutter.RemoteDesktop.Session"
SC_NAME = "org.gnome.Mutter.ScreenCast"
SEATS = Path("/run/systemd/seats")  # where gnome-shell looks for systemd managing the seats
#: The session bus is sway's (open to every user, no D-Bus activation) but for the shell's own
#: helpers: its notification service (it owns org.freedesktop.Notifications and hands each message
#: to the shell) and org.gnome.ScreenSaver (it hands Lock and SetActive to the shell). A second
#: bus, with no activation at all, stands for the system bus.
SHELL_HELPERS = ("org.gnome.Shell.Notifications", "org.gnome.ScreenSaver")
#: JavaScript for the probe: an actor's box on the screen, and the notifications of the message list.
BOX = ("const box = actor => { const [x, y] = actor.get_transformed_position(); "
       "const [w, h] = actor.get_transformed_size(); return [x, y, w, h]; }")
WATCHER_NAME = "org.kde.StatusNotifierWatcher"
SHOWN = 2  # the message tray's state once a banner has come down (State.SHOWN)
LISTED = "Main.panel.statusArea.dateMenu._messageList._notificationSection._messages"


class ShellBus:
    """One connection to the session bus, held for the desktop's lifetime: it owns the names the
    shell's allow lists ask for and keeps the RemoteDesktop session alive."""

    def __init__(self, address: str) -> None:
        self.conn: DBusConnection = open_dbus_connection(address)
        for name in ("org.gnome.Screenshot", "org.freedesktop.impl.portal.desktop.gnome"):
            self.conn.send_and_get_reply(message_bus.RequestName(name))

    def call(self, dest: str, path: str, interface: str, method: str, signature: str | None = None,
             *args: Any, timeout: float = 10) -> tuple[Any, ...]:
        message = new_method_call(DBusAddress(path, bus_name=dest, interface=interface), method, signature,
                                  args)
        reply = self.conn.send_and_get_reply(message, timeout=timeout)
        if reply.header.message_type == MessageType.error:
            raise DesktopError(f"{interface}.{method}: {reply.body}")
        return reply.body

    def close(self) -> None:
        self.conn.close()


class RemoteDesktopInput:
    """Mutter's RemoteDesktop session: the pointer and keyboard of a remote user, to the shell an
    input like any other (it moves the cursor, clicks, types, and counts as activity)."""

    def __init__(self, bus: ShellBus, size: tuple[int, int],
                 monitors: Sequence[Geometry] | None = None) -> None:
        self.bus, self.size = bus, size
        #: Each virtual monitor's box, as the shell lays them out (Meta-0, Meta-1...): absolute
        #: motion is relative to a stream of one monitor, so there is one stream per monitor.
        self.monitors = list(monitors or [Geometry(0, 0, *size)])
        (self.session,) = bus.call(RD_NAME, RD_PATH, RD_NAME, "CreateSession")
        session_id = bus.call(RD_NAME, self.session, "org.freedesktop.DBus.Properties", "Get", "ss",
                              RD_SESSION, "SessionId")[0][1]
        (cast,) = bus.call(SC_NAME, "/org/gnome/Mutter/ScreenCast", SC_NAME, "CreateSession", "a{sv}",
                           {"remote-desktop-session-id": ("s", session_id)})
        self.streams = [bus.call(SC_NAME, cast, SC_NAME + ".Session", "RecordMonitor", "sa{sv}",
                                 f"Meta-{index}", {})[0] for index in range(len(self.monitors))]
        self.stream = self.streams[0]
        self._call("Start")
        # The first key of a new virtual keyboard reaches no client (the seat is still taking on its
        # keymap): a Shift tap, which nothing answers, goes first.
        for pressed in (True, False):
            self._call("NotifyKeyboardKeycode", "ub", MODIFIERS["shift"][0], pressed)

    def _call(self, method: str, signature: str | None = None, *args: Any) -> None:
        self.bus.call(RD_NAME, self.session, RD_SESSION, method, signature, *args)

    def move(self, x: float, y: float) -> None:
        """To (x, y) on the whole desktop: relative to the monitor holding it, through its stream."""
        index = next((index for index, (mx, my, width, height) in enumerate(self.monitors)
                      if mx <= x < mx + width and my <= y < my + height), 0)
        mx, my = self.monitors[index][:2]
        self._call("NotifyPointerMotionAbsolute", "sdd", self.streams[index], float(x - mx), float(y - my))

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.move(x, y)
        for pressed in (True, False):
            time.sleep(0.1)  # a menu opened on press must see the release as a separate event
            self._call("NotifyPointerButton", "ib", BUTTONS[button], pressed)

    def key(self, combo: str) -> None:
        """Press and release a key, with modifiers: ``"b"``, ``"Escape"``, ``"alt+e"`` (xdotool's names)."""
        *mods, name = combo.split("+")
        codes = [MODIFIERS[mod.lower()][0] for mod in mods] + [KEYS[name]]
        for code in codes:
            self._call("NotifyKeyboardKeycode", "ub", code, True)
            time.sleep(0.02)
        for code in reversed(codes):
            self._call("NotifyKeyboardKeycode", "ub", code, False)
            time.sleep(0.02)

    def press(self, name: str, down: bool) -> None:
        """A key down or up alone, to hold it (its repeats are the client's to make, as on any
        Wayland seat)."""
        self._call("NotifyKeyboardKeycode", "ub", KEYS[name], down)

    def close(self) -> None:
        with contextlib.suppress(DesktopError, OSError):  # the shell went first
            self._call("Stop")


class GnomeShell(DeviceInputDesktop):
    name = "gnome"
    session_type = "wayland"
    notification_server = "gnome-shell"
    idle_source = "Mutter"  # status --json: "GNOME's idle monitor (org.gnome.Mutter.IdleMonitor)"
    #: Mutter 43 focuses a new Wayland window on map unless an intervening user event says
    #: otherwise, and a Wayland window carries no user time to compare (``intervening_user_event_
    #: occurred`` in its window.c): the routine window takes the keyboard; a client cannot decline.
    new_windows_take_keyboard = True
    #: org.gnome.ScreenSaver.GetActive, which the coach reads (a bout ends "lock").
    lock_told_to_apps = True
    bus: ShellBus | None = None
    input: RemoteDesktopInput | None = None
    tmp: Path | None = None

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, timeout: float = 20.0,
                 monitors: Sequence[tuple[int, int]] | None = None) -> None:
        """``monitors``: the size of each virtual monitor, left to right (``--virtual-monitor``
        given once for each); one of the desktop's ``size`` without."""
        super().__init__(log_dir, timeout)
        self.monitor_sizes = list(monitors or [self.size])

    def monitor_boxes(self) -> list[Geometry]:
        """Each monitor's box on the desktop as the shell lays them out, in its own order."""
        boxes = self.eval("[...Array(global.display.get_n_monitors()).keys()].map(index => {"
                          " const r = global.display.get_monitor_geometry(index);"
                          " return [r.x, r.y, r.width, r.height]; })")
        return [Geometry(*box) for box in boxes]

    def window_monitor(self, window: Window) -> int:
        """The index of the monitor the shell counts ``window`` on."""
        return self.eval(f"""(() => {{
            const window = global.display.list_all_windows().find(w => String(w.get_id()) === '{window.id}');
            return window ? window.get_monitor() : -1; }})()""")

    def start(self) -> None:
        for name in ("gnome-shell", "gjs", "pipewire", "dbus-daemon", "dbus-send", "gdbus"):
            program(name)
        if not Path("/usr/share/gnome-shell/extensions", APPINDICATOR).is_dir():
            raise DesktopError("the AppIndicator extension is missing: apt-get install "
                               "gnome-shell-extension-appindicator")
        self.tmp = Path(tempfile.mkdtemp(prefix="desk-coach-gnome-"))
        home, runtime, data = self.tmp / "home", self.tmp / "runtime", self.tmp / "data"
        settings = home / ".config" / "glib-2.0" / "settings"
        for folder in (settings, runtime, data / "gnome-shell" / "extensions"):
            folder.mkdir(parents=True)
        runtime.chmod(0o700)
        (settings / "keyfile").write_text(SETTINGS)
        shutil.copytree(PROBE_SOURCE, data / "gnome-shell" / "extensions" / PROBE)
        self.bus_address = f"unix:path={runtime}/bus"
        system_bus = f"unix:path={self.tmp}/system-bus"
        test_env = _base_env()
        user_data = test_env.get("XDG_DATA_HOME") or str(Path(test_env["HOME"]) / ".local" / "share")
        session = {
            "XDG_RUNTIME_DIR": str(runtime), "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "DBUS_SYSTEM_BUS_ADDRESS": system_bus, "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "GNOME", "WAYLAND_DISPLAY": "wayland-0", "NO_AT_BRIDGE": "1",
        }
        self.shell_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": user_data, "XDG_DATA_DIRS": f"{data}:/usr/local/share:/usr/share",
            "GSETTINGS_BACKEND": "keyfile", **session,
        }
        self._app_env = test_env | session | {"QT_QPA_PLATFORM": "wayland"}
        self._app_env.pop("DISPLAY", None)
        self._start_buses(self.tmp, system_bus)

        if os.geteuid() == 0 and not SEATS.exists():  # see lock(): a clean CI machine may lack it
            SEATS.mkdir(parents=True, exist_ok=True)  # another worker may make it too
        gdm = self.spawn("gdm-stand-in", [sys.executable, str(Path(__file__).with_name("gdm_stand_in.py"))],
                         env=self.shell_env | {"PYTHONPATH": os.pathsep.join(sys.path)})
        self._wait_started(gdm, lambda: "ready" in (self.log_dir / "gdm-stand-in.log").read_text(),
                           "the GDM stand-in on the system bus")
        monitors = [arg for width, height in self.monitor_sizes
                    for arg in ("--virtual-monitor", f"{width}x{height}")]
        shell = self.spawn("gnome-shell", ["gnome-shell", "--headless", "--wayland", "--no-x11", *monitors],
                           env=self.shell_env)
        self._wait_started(shell, lambda: self.name_has_owner("org.gnome.Shell"), "gnome-shell on the bus")
        pipewire = self.spawn("pipewire", ["pipewire"], env=self.shell_env)
        self._wait_started(pipewire, lambda: (runtime / "pipewire-0").exists(), "PipeWire's socket")
        self.bus = ShellBus(self.bus_address)
        self._wait_started(shell, lambda: self.name_has_owner(PROBE_NAME), "the test probe")
        self._wait_started(shell, lambda: self.eval("Main.layoutManager._startingUp") is False,
                           "the shell's start-up animation")
        self.input = RemoteDesktopInput(self.bus, self.size, self.monitor_boxes())
        self.eval("Main.overview.hide()")  # GNOME starts in the overview
        self._wait_started(shell, lambda: self.eval("Main.overview.visible") is False,
                           "the overview hidden")
        self._wait_started(shell, lambda: host_registered(self), "the AppIndicator tray as SNI host")
        self._wait_started(shell, lambda: self.name_has_owner(NOTIFICATIONS), "its notification service")
        if os.geteuid() == 0:  # the shell warns about it; that message is not the tests' to count
            self._wait_started(shell, lambda: self.eval("Main.messageTray.getSources().length") > 0,
                               "the shell's warning about running as root")
        # In a full session gnome-settings-daemon's power plugin starts the screen-saver service
        # at login (it watches ActiveChanged); here the first call does.
        self._wait_started(shell, lambda: self._screensaver("GetActive") == (False,), "org.gnome.ScreenSaver")
        self.eval("Main.messageTray.getSources().forEach(source => source.destroy())")
        self._wait_started(shell, lambda: self.banner() is None, "no banner on screen")
        # The right end of the top bar (the clock in the middle changes by the minute).
        area = Geometry(self.size[0] // 2 + 100, 0, self.size[0] // 2 - 100, PANEL_HEIGHT)
        self._wait_started(shell, lambda: self.eval(
            "Main.panel.statusArea.screenSharing.visible") is True,
            "the screen-sharing indicator")
        self._wait_started(shell, lambda: self.steady(area), "the top bar drawn")

    def _start_buses(self, tmp: Path, system_bus: str) -> None:
        """The session bus (activating the shell's helper services) and a system bus of its own."""
        services = tmp / "services"
        services.mkdir()
        for helper in SHELL_HELPERS:
            shutil.copy(f"/usr/share/dbus-1/services/{helper}.service", services)
        for name, address, activation in (("dbus", self.bus_address, f"<servicedir>{services}</servicedir>"),
                                          ("system-dbus", system_bus, "")):
            config = tmp / f"{name}.conf"
            config.write_text(BUS_CONFIG.format(address=address).replace("<auth>EXTERNAL</auth>",
                                                                          f"<auth>EXTERNAL</auth>{activation}"))
            bus = self.spawn(name, ["dbus-daemon", f"--config-file={config}", "--nofork"], env=self.shell_env)
            self._wait_started(bus, lambda address=address: listens(address), f"the {name} bus")

    def stop(self) -> None:
        if self.input is not None:
            self.input.close()
            self.input = None
        if self.bus is not None:
            self.bus.close()
            self.bus = None
        super().stop()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def app_env(self) -> dict[str, str]:
        return dict(self._app_env)

    def call(self, dest: str, path: str, interface: str, method: str, signature: str | None = None,
             *args: Any) -> tuple[Any, ...]:
        if self.bus is None:
            raise DesktopError("the GNOME session is not running")
        return self.bus.call(dest, path, interface, method, signature, *args)

    def eval(self, code: str) -> Any:
        """Evaluate JavaScript in the shell (through the test probe) and return its JSON result."""
        ok, result = self.call(PROBE_NAME, "/org/deskcoach/TestProbe", PROBE_NAME, "Eval", "s", code)
        if not ok:
            raise DesktopError(f"the shell could not evaluate {code!r}: {result}")
        return json.loads(result) if result else None

    # -- hands ---------------------------------------------------------------------------------

    def nudge_spot(self) -> tuple[int, int]:
        """The empty bottom edge."""
        return self.size[0] // 2, self.size[1] - 10

    def tray_menu_drawn(self, before: bytes, x: int, row: int) -> Geometry | None:
        """The menu the shell says is open under a tray icon, once it has finished sliding in and
        is drawn. Not the pixels that changed since the click: a reminder's banner sliding down
        meanwhile changed more of them than the menu (a loaded CI run took the banner for it)."""
        menu = self._open_tray_menu()
        return menu if menu is not None and self.steady(menu) else None

    def _open_tray_menu(self) -> Geometry | None:
        """Where the shell draws the entries of a tray icon's open menu (None: none open, or still
        fading in)."""
        box = self.eval("""(() => {
            const open = Main.panel._rightBox.get_children()
                .map(bin => bin.get_children()[0])
                .find(button => button?.constructor.name === 'AppIndicatorsIndicatorStatusIcon'
                                && button.menu?.isOpen);
            // The entries' box: the pointer box around it is wider, with the arrow and margins
            // that show the desktop (which the text rows would take for a line of text).
            if (!open?.menu.actor.mapped || open.menu.actor.opacity < 255) return null;
            const [x, y] = open.menu.box.get_transformed_position();
            const [w, h] = open.menu.box.get_transformed_size();
            return [x, y, w, h].map(Math.round);
        })()""")
        return Geometry(*box) if box else None

    def pick_menu_entry(self, row: int, mnemonic: str) -> None:
        """GNOME's menus draw no mnemonics: click the entry, the ``row``-th line of text down the menu
        (as the menu is now: a submenu opens inside it and makes it taller)."""
        box = self.wait_until(lambda: (menu := self._open_tray_menu()) and self.steady(menu) and menu,
                              timeout=5, what="the tray menu open and at rest")
        self.menu_box = box
        rows = text_rows(self.capture_rgb(box), box, range(16, min(box.width, 180)))
        if len(rows) < 3:
            raise DesktopError(f"found {len(rows)} lines of text in the tray menu at {box}")
        self.click(box.x + 60, rows[row])

    def focus(self, window: Window) -> None:
        """Activate the window, as the shell does when the user clicks it or picks it in the overview."""
        found = self.eval(f"""(() => {{
            const window = global.display.list_all_windows().find(w => String(w.get_id()) === '{window.id}');
            if (!window) return false;
            window.activate(global.get_current_time());
            return true; }})()""")
        if not found:
            raise DesktopError(f"no window {window.id} ({window.title!r}) to focus")
        self.wait_until(lambda: self._windows().get(window.id, {}).get("has-focus"), timeout=5,
                        what=f"{window.title!r} focused")

    # -- eyes ----------------------------------------------------------------------------------

    def _windows(self) -> dict[str, dict[str, Any]]:
        (found,) = self.call("org.gnome.Shell.Introspect", "/org/gnome/Shell/Introspect",
                             "org.gnome.Shell.Introspect", "GetWindows")
        return {str(wid): {key: value[1] for key, value in props.items()} for wid, props in found.items()}

    def windows(self, title_pattern: str) -> list[Window]:
        return [Window(wid, props.get("title", "")) for wid, props in self._windows().items()
                if not props.get("is-hidden") and re.search(title_pattern, props.get("title", ""))]

    def window_box(self, window: Window) -> Geometry:
        """Its frame rectangle as Mutter places it (the Qt window's own title bar included)."""
        rect = self.eval(f"""(() => {{
            const window = global.display.list_all_windows().find(w => String(w.get_id()) === '{window.id}');
            if (!window) return null;
            const r = window.get_frame_rect();
            return [r.x, r.y, r.width, r.height]; }})()""")
        if rect is None:
            raise DesktopError(f"the shell knows no window {window}")
        return Geometry(*rect)

    def window_app(self, window: Window) -> dict[str, Any]:
        """What the shell makes of a window's app: its id and name as the top bar shows it."""
        return self.eval(f"""(() => {{
            const window = global.display.list_all_windows().find(w => String(w.get_id()) === '{window.id}');
            const app = imports.gi.Shell.WindowTracker.get_default().get_window_app(window);
            return {{id: app.get_id(), name: app.get_name(), windowBacked: app.is_window_backed(),
                     appMenu: Main.panel.statusArea.appMenu?._label?.text ?? null}}; }})()""")

    def tray_items(self) -> list[TrayItem]:
        """The items the watcher holds, each placed where the AppIndicator extension draws its icon
        in the top bar (read from the shell: the bar's own animations and indicators make a picture
        of the empty bar an unreliable reference). Several items are paired with the icons from left
        to right (only one was ever tried)."""
        registered = registered_items(self)
        icons = self.eval("""Main.panel._rightBox.get_children()
            .map(bin => bin.get_children()[0])
            .filter(button => button?.constructor.name === 'AppIndicatorsIndicatorStatusIcon')
            .map(button => {
                const actor = button.get_children()[0]?.get_children()[0]?.get_children()[0];
                if (!actor?.mapped) return null;
                const [x, y] = actor.get_transformed_position();
                const [w, h] = actor.get_transformed_size();
                return w > 0 && h > 0 ? [x, y, w, h].map(Math.round) : null;
            })""")
        places = [Geometry(*box) if box else None for box in icons] if len(icons) == len(registered) else []
        return [TrayItem(item, item_title(self, item), places[index] if places else None)
                for index, item in enumerate(registered)]

    def tray_refuses_every_item(self) -> bool:
        """After some unlocks (CI, two journeys in a dozen), the AppIndicator extension's watcher
        answered every registration "No such method", 31 s of the app's tries in a row: a
        watcher the extension made again with its own method table lost. Asked here with an item
        of the test's own (no such object: the extension drops it again)."""
        try:
            self.call(WATCHER_NAME, "/StatusNotifierWatcher", WATCHER_NAME, "RegisterStatusNotifierItem", "s",
                      "/org/deskcoach/NoSuchItem")
        except DesktopError as error:
            return "No such method" in str(error)
        return False

    def notifications_shown(self) -> int:
        return 1 if self.banner() else 0

    def banner(self) -> dict[str, Any] | None:
        """The banner on screen: its title, box, the box of each action button (drawn once it is
        expanded), whether it is critical, whether the shell set it a time to go, and whether the user
        has been at the keyboard while it showed."""
        return self.eval("""(() => {
            const tray = Main.messageTray;
            const banner = tray._banner;
            if (!banner || tray._notificationState === 0 || !banner.mapped) return null;
            const box = actor => { const [x, y] = actor.get_transformed_position();
                const [w, h] = actor.get_transformed_size(); return [x, y, w, h]; };
            const buttons = banner._buttonBox ? banner._buttonBox.get_children()
                .filter(b => b.mapped).map(b => [b.label, box(b)]) : [];
            return {title: banner.notification.title, box: box(banner), expanded: banner.expanded,
                    state: tray._notificationState, buttons, critical: banner.notification.urgency === 3,
                    expires: tray._notificationTimeoutId !== 0,
                    userSeen: tray._userActiveWhileNotificationShown};
        })()""")

    def notification_sources(self) -> list[dict[str, Any]]:
        """Who the shell files the notifications under (the heading of each in the message list):
        each source's title and app id (None where it found no app)."""
        return self.eval("""Main.messageTray.getSources()
            .map(source => ({title: source.title, app: source.app?.get_id() ?? null}))""")

    def _reveal_banner(self, call: NotifyCall) -> dict[str, Any]:
        """The banner of ``call``, expanded and at rest: the pointer resting on it makes the shell
        keep it and draw its buttons (and its close button), as a user pointing at it sees. The
        call's banner is the one showing its buttons (reminders share a title); at rest, because a
        click while it still slides down lands on its body."""
        labels = [label for key, label in zip(call.actions[::2], call.actions[1::2], strict=True)
                  if key != "default"]  # GNOME draws no button for the click on the banner
        last: list[Any] = [None]

        def expanded() -> dict[str, Any] | None:
            banner = self.banner()
            if banner is None or banner["title"] != call.summary or banner["state"] != SHOWN:
                return None
            x, y, width, height = banner["box"]
            assert self.input is not None
            self.input.move(x + width // 2, y + min(height // 2, 30))
            if not banner["expanded"] or [label for label, _ in banner["buttons"]] != labels:
                return None
            steady, last[0] = banner == last[0], banner
            return banner if steady else None

        return self.wait_until(expanded, timeout=5, interval=0.3,
                               what=f"the banner {call.summary!r} expanded with {labels}")

    def answer_notification(self, call: NotifyCall, action: str) -> None:
        """Point at the banner (it expands and shows the actions as buttons) and click the button
        labelled as the call's ``action``; "default" is a click on the banner itself. Once the
        banner has gone into the message list, "default" is a click on the notification there
        (GNOME 43 draws no action buttons in the list: only the click and the close button)."""
        if action == "default" and not self._banner_of(call):
            x, y, width, height = self._listed_message(call)
            self.click(int(x + width / 2), int(y + height / 2))
            return
        banner = self._reveal_banner(call)
        if action == "default":
            x, y, _, _ = banner["box"]
            self.click(int(x) + 80, int(y) + 20)
            return
        labels = dict(zip(call.actions[::2], call.actions[1::2], strict=True))
        boxes = dict(banner["buttons"])
        if labels.get(action) not in boxes:
            raise DesktopError(f"the banner shows no button {labels.get(action)!r}: {list(boxes)}")
        x, y, width, height = boxes[labels[action]]
        self.click(int(x + width / 2), int(y + height / 2))

    def dismiss_notification(self, call: NotifyCall) -> None:
        """Its close button: the round cross at the top right of the banner, or of the notification in
        the message list once the banner has gone, drawn while the pointer is on it."""
        if self._banner_of(call):
            self._reveal_banner(call)
            close = self.eval(f"{BOX}; Main.messageTray._banner?._closeButton?.mapped ? "
                              "box(Main.messageTray._banner._closeButton) : null")
        else:
            x, y, width, height = self._listed_message(call)
            self.input.move(int(x + width / 2), int(y + height / 2))  # the cross shows on hover
            close = self.wait_until(lambda: self.eval(
                f"{BOX}; {LISTED}.filter(m => m.notification.title === {json.dumps(call.summary)})"
                ".map(m => m._closeButton).filter(b => b.mapped && b.opacity > 0).map(box)[0] ?? null"),
                timeout=5, interval=0.2, what="the close button of the listed notification")
        if close is None:
            raise DesktopError(f"the notification {call.summary!r} shows no close button")
        x, y, width, height = close
        self.click(int(x + width / 2), int(y + height / 2))

    def _banner_of(self, call: NotifyCall) -> bool:
        banner = self.banner()
        return banner is not None and banner["title"] == call.summary

    def _listed_message(self, call: NotifyCall) -> tuple[float, float, float, float]:
        """Open the message list (a click on the clock, as a user does) and return the box of the
        notification of ``call`` in it."""
        if not self.eval("Main.panel.statusArea.dateMenu.menu.isOpen"):
            x, y, width, height = self.eval(f"{BOX}; box(Main.panel.statusArea.dateMenu)")
            self.click(int(x + width / 2), int(y + height / 2))
        return self.wait_until(lambda: self.eval(
            f"{BOX}; {LISTED}.filter(m => m.notification.title === {json.dumps(call.summary)} && m.mapped)"
            ".map(box)[0] ?? null"), timeout=5, interval=0.2, what=f"{call.summary!r} in the message list")

    def notification_reachable(self, call: NotifyCall) -> bool:
        """On screen as the banner, or in the message list that a click on the clock opens (the
        shell moves a banner there when it times out)."""
        banner = self.banner()
        if banner is not None and banner["title"] == call.summary:
            return True
        listed = self.eval("""Main.messageTray.getSources().flatMap(source => source.notifications)
            .map(notification => notification.title)""")
        return call.summary in listed

    def lock(self) -> None:
        """``org.gnome.ScreenSaver.Lock``, as the system menu's Lock does; it returns once the lock
        screen is up. (gnome-shell makes its screen shield only where GDM answers on the system bus,
        which ``gdm_stand_in`` does, and /run/systemd/seats exists, which start() sees to as root.)"""
        if not self.eval("Main.screenShield !== null"):
            raise DesktopError("gnome-shell made no screen shield: no GDM on the system bus, or no "
                               f"{SEATS}")
        self._screensaver("Lock")
        self.wait_until(self._locked, timeout=10, what="the screen shield up")

    def unlock(self) -> None:
        """What the unlock dialog does once the password is right: the shield goes away."""
        self._screensaver("SetActive", "b", False)
        self.wait_until(lambda: not self._locked(), timeout=10, what="the screen shield gone")

    def _screensaver(self, method: str, signature: str | None = None, *args: Any) -> tuple[Any, ...]:
        return self.call("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", method,
                         signature, *args)

    def _locked(self) -> bool:
        return bool(self._screensaver("GetActive")[0]) and bool(self.eval("Main.screenShield.locked"))

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        path = Path(path).resolve()
        self._screenshot("Screenshot", "bbs", True, False, str(path))  # with the pointer, no flash
        return path

    def _screenshot(self, method: str, signature: str, *args: Any) -> None:
        ok, _ = self.call("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot",
                          "org.gnome.Shell.Screenshot", method, signature, *args)
        if not ok:
            raise DesktopError(f"the shell took no picture: {method}{args}")

    def capture_rgb(self, region: Geometry) -> bytes:
        from PySide6.QtGui import QImage  # decodes the shell's PNG; no QGuiApplication needed

        assert self.tmp is not None
        path = self.tmp / "capture.png"
        x, y, width, height = region
        self._screenshot("ScreenshotArea", "iiiibs", x, y, width, height, False, str(path))
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
        if (image.width(), image.height()) != (width, height):
            raise DesktopError(f"asked the shell for {region}, got {image.width()}x{image.height()}")
        line, stride = width * 3, image.bytesPerLine()
        data = bytes(image.constBits())[:stride * height]
        return b"".join(data[row * stride:row * stride + line] for row in range(height))
