"""A throw-away headless X11 desktop for end-to-end tests.

``HeadlessDesktop`` starts Xvfb, a private D-Bus session bus, the XEmbed tray host ``trayer`` and the
notification daemon ``dunst``, hands out an ``env`` to run programs inside it, and gives a test eyes and
hands: screenshots, xdotool, window geometry and the icons embedded in the tray.

Debian packages: xvfb dbus-daemon dbus-bin trayer dunst xdotool imagemagick libnotify-bin x11-utils.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import functools
import os
import pwd
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar

T = TypeVar("T")

#: Program -> the Debian package that ships it, for a useful error when it is missing.
PACKAGES = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus-daemon",
    "dbus-send": "dbus-bin",
    "trayer": "trayer",
    "dunst": "dunst",
    "xdotool": "xdotool",
    "import": "imagemagick",
    "xwininfo": "x11-utils",
    "libX11.so.6": "libx11-6",
}

TRAYER_ARGS = ["--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32",
               "--SetDockType", "true", "--transparent", "false", "--expand", "true"]
NOTIFICATIONS = "org.freedesktop.Notifications"
STOP_GRACE = 2.0  # seconds between SIGTERM and SIGKILL


class DesktopError(RuntimeError):
    """The desktop could not be started or a tool inside it failed."""


class MissingProgramError(DesktopError):
    """A program (or library) the harness needs is not installed."""

    def __init__(self, program: str) -> None:
        package = PACKAGES.get(program, "?")
        super().__init__(f"required program {program!r} not found (Debian package: {package}); "
                         "the e2e tests need it installed, they do not skip")
        self.program = program


class Geometry(NamedTuple):
    """A window's absolute place on the screen, in pixels."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class TrayIcon:
    """An X window embedded (XEmbed) in the tray host."""

    window: int
    wm_class: tuple[str, ...]  # (instance, class), empty when unset
    name: str | None
    geometry: Geometry


def program(name: str) -> str:
    """The full path of ``name``, or MissingProgramError."""
    path = shutil.which(name)
    if path is None:
        raise MissingProgramError(name)
    return path


class HeadlessDesktop:
    """Xvfb + private D-Bus + tray host + notification daemon; a context manager.

    ``tray=False`` leaves out trayer, ``notifications=False`` leaves out dunst, and
    ``dbus_activation=False`` runs the bus without the standard service folders so nothing (dunst!)
    is auto-started on demand. ``dunst_config`` runs dunst with that dunstrc (``-config``) instead of its
    defaults. Logs go to ``log_dir`` (kept after close, unlike the temp dir).
    """

    def __init__(self, size: tuple[int, int] = (1280, 800), depth: int = 24, *, tray: bool = True,
                 notifications: bool = True, dbus_activation: bool = True,
                 log_dir: str | os.PathLike[str] | None = None, timeout: float = 10.0,
                 dunst_config: str | os.PathLike[str] | None = None) -> None:
        self.size, self.depth = size, depth
        self.tray, self.notifications, self.dbus_activation = tray, notifications, dbus_activation
        self.timeout = timeout
        self.dunst_config = Path(dunst_config) if dunst_config else None
        self.log_dir = Path(log_dir) if log_dir else Path(tempfile.mkdtemp(prefix="desk-coach-e2e-logs-"))
        self.display = ""
        self.bus_address = ""
        self.startup_seconds = 0.0
        self._tmp: Path | None = None
        self._procs: list[tuple[str, subprocess.Popen[bytes], IO[bytes]]] = []
        self._env: dict[str, str] = {}

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> HeadlessDesktop:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Start everything and wait until each part answers; on failure, clean up and raise."""
        if self._tmp is not None:
            raise DesktopError("this desktop is already running")
        needed = ["Xvfb", "dbus-daemon", "dbus-send"]
        needed += ["trayer"] * self.tray + ["dunst"] * self.notifications
        for name in needed:
            program(name)
        if self.tray:
            _xlib()  # fail early when libX11 is missing
        began = time.monotonic()
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(prefix="desk-coach-e2e-"))
        runtime = self._tmp / "runtime"
        runtime.mkdir(mode=0o700)
        self._env = _base_env() | {"XDG_RUNTIME_DIR": str(runtime)}
        atexit.register(self.close)  # in case a caller forgets to
        try:
            self._start_xvfb()
            self._start_dbus()
            if self.tray:
                self.spawn("trayer", ["trayer", *TRAYER_ARGS])
                self._wait_started("trayer", lambda: self.tray_owner() != 0, "_NET_SYSTEM_TRAY_S0 owned")
            if self.notifications:
                config = ["-config", str(self.dunst_config)] if self.dunst_config else []
                self.spawn("dunst", ["dunst", *config])
                self._wait_started("dunst", lambda: self.name_has_owner(NOTIFICATIONS),
                                   f"{NOTIFICATIONS} owned on the bus")
        except BaseException:
            self.close()
            raise
        self.startup_seconds = time.monotonic() - began

    def close(self) -> None:
        """Stop what was started, newest first (TERM, KILL after 2 s), and remove the temp dir."""
        atexit.unregister(self.close)
        while self._procs:
            _, proc, log = self._procs.pop()
            stop_process(proc)
            log.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def spawn(self, name: str, argv: Sequence[str], **popen_kw: Any) -> subprocess.Popen[bytes]:
        """Run ``argv`` inside the desktop, logging to ``log_dir/name.log``; it is stopped on close."""
        popen_kw.setdefault("env", self.env)
        proc, log = spawn_logged(self.log_dir, name, argv, **popen_kw)
        self._procs.append((name, proc, log))
        return proc

    def stop_notifications(self) -> None:
        """Stop the notification daemon, as a crash would: it leaves the bus without a word."""
        for name, proc, _ in self._procs:
            if name == "dunst" and proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.wait_until(lambda: not self.name_has_owner(NOTIFICATIONS), what=f"{NOTIFICATIONS} to be free")

    def restart_notifications(self, dunst_config: str | os.PathLike[str] | None = None) -> None:
        """Stop the notification daemon and start a new one (a desktop restarting its daemon),
        with ``dunst_config`` if given, else the desktop's."""
        self.stop_notifications()
        chosen = dunst_config or self.dunst_config
        config = ["-config", str(chosen)] if chosen else []
        self.spawn("dunst", ["dunst", *config])
        self.wait_until(lambda: self.name_has_owner(NOTIFICATIONS), what=f"{NOTIFICATIONS} owned again")

    def _start_xvfb(self) -> None:
        width, height = self.size
        screen = f"{width}x{height}x{self.depth}"
        number = self._spawn_and_read("xvfb", lambda fd: [
            "Xvfb", "-displayfd", str(fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"])
        self.display = self._env["DISPLAY"] = f":{number}"

    def _start_dbus(self) -> None:
        assert self._tmp is not None
        # The bus may start only dunst: other notification servers installed for the desktop matrix
        # (xfce4-notifyd, mako) also offer org.freedesktop.Notifications, and one of them started in
        # the moment dunst restarts would keep dunst out. Without activation nothing is started.
        services = self._tmp / "dbus-services"
        services.mkdir(exist_ok=True)
        dunst = Path("/usr/share/dbus-1/services/org.knopwob.dunst.service")
        if self.dbus_activation and dunst.exists():
            (services / dunst.name).write_text(dunst.read_text())
        text = Path("/usr/share/dbus-1/session.conf").read_text()
        own = f"<servicedir>{services}</servicedir>" if self.dbus_activation else ""
        (self._tmp / "session.conf").write_text(re.sub(r"<standard_session_servicedirs\s*/>", own, text))
        config = f"--config-file={self._tmp / 'session.conf'}"
        socket = f"unix:path={self._env['XDG_RUNTIME_DIR']}/bus"
        self.bus_address = self._spawn_and_read("dbus", lambda fd: [
            "dbus-daemon", config, "--nofork", f"--address={socket}", f"--print-address={fd}"])
        self._env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address

    def _spawn_and_read(self, name: str, argv: Callable[[int], list[str]]) -> str:
        """Spawn ``argv(fd)`` and return the first line it writes to ``fd`` (display number, bus address)."""
        read_fd, write_fd = os.pipe()
        try:
            proc = self.spawn(name, argv(write_fd), pass_fds=[write_fd])
        finally:
            os.close(write_fd)
        try:
            return self._read_line(read_fd, name, proc)
        finally:
            os.close(read_fd)

    def _read_line(self, fd: int, name: str, proc: subprocess.Popen[bytes]) -> str:
        data, deadline = b"", time.monotonic() + self.timeout
        while b"\n" not in data:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise DesktopError(f"{name} did not report its address within {self.timeout} s\n"
                                   + self.format_logs())
            chunk = os.read(fd, 256)
            if not chunk:
                raise DesktopError(f"{name} exited ({proc.wait()}) before it was ready\n{self.format_logs()}")
            data += chunk
        return data.decode().strip()

    def _wait_started(self, name: str, ready: Callable[[], bool], what: str) -> None:
        proc = next(p for n, p, _ in self._procs if n == name)

        def check() -> bool:
            if proc.poll() is not None:
                raise DesktopError(f"{name} exited ({proc.returncode}) before {what}\n" + self.format_logs())
            return ready()

        try:
            self.wait_until(check, self.timeout, what=f"{name}: {what}")
        except AssertionError as error:
            raise DesktopError(f"{error}\n{self.format_logs()}") from None

    # -- what tests use --------------------------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        """A fresh copy of the environment for programs run inside this desktop."""
        return dict(self._env)

    @property
    def pids(self) -> list[int]:
        """The process ids started so far, oldest first."""
        return [proc.pid for _, proc, _ in self._procs]

    @property
    def temp_dir(self) -> Path | None:
        """The private temp dir (bus socket, XDG_RUNTIME_DIR); None once closed."""
        return self._tmp

    def run(self, *argv: str, timeout: float = 10.0, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a short command inside the desktop and return its result (DesktopError if it fails)."""
        result = subprocess.run([program(argv[0]), *argv[1:]], env=self.env, capture_output=True, text=True,
                                timeout=timeout, stdin=subprocess.DEVNULL, check=False)
        if check and result.returncode != 0:
            raise DesktopError(f"{' '.join(argv)} exited {result.returncode}: {result.stderr.strip()}")
        return result

    def xdotool(self, *args: str) -> str:
        """Run xdotool on this display; its stdout without the trailing newline."""
        return self.run("xdotool", *args).stdout.rstrip("\n")

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save the whole screen as an image (PNG by suffix) and return its path."""
        self.run("import", "-window", "root", str(path), timeout=30)
        return Path(path)

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        """The (r, g, b) colour of one screen pixel."""
        argv = [program("import"), "-window", "root", "-crop", f"1x1+{x}+{y}", "-depth", "8", "rgb:-"]
        out = subprocess.run(argv, env=self.env, capture_output=True, timeout=30, check=True).stdout
        return out[0], out[1], out[2]

    def window_geometry(self, win_id: int | str) -> Geometry:
        """A window's absolute x, y, width, height, as ``xwininfo -id`` reports it."""
        out = self.run("xwininfo", "-id", str(win_id)).stdout
        value = {key: int(re.search(rf"{key}:\s+(-?\d+)", out).group(1))  # type: ignore[union-attr]
                 for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
        return Geometry(*value.values())

    def name_has_owner(self, name: str) -> bool:
        """Whether a well-known name (e.g. org.freedesktop.Notifications) is owned on the bus."""
        out = self.run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                       "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}").stdout
        return "boolean true" in out

    def tray_owner(self) -> int:
        """The window owning ``_NET_SYSTEM_TRAY_S0``, or 0 when there is no tray."""
        with _connect(self.display) as (x, d):
            return x.XGetSelectionOwner(d, x.XInternAtom(d, b"_NET_SYSTEM_TRAY_S0", False))

    def tray_icons(self) -> list[TrayIcon]:
        """The viewable XEmbed client windows inside trayer's own top-level windows."""
        hosts = [proc.pid for name, proc, _ in self._procs if name == "trayer"]
        if not hosts:
            return []
        with _connect(self.display) as (x, d):
            root = x.XDefaultRootWindow(d)
            tops = [w for w in _children(x, d, root) if _cardinal(x, d, w, b"_NET_WM_PID") in hosts]
            icons, todo = [], [c for w in tops for c in _children(x, d, w)]
            while todo:
                win = todo.pop()
                todo += _children(x, d, win)
                if _property(x, d, win, b"_XEMBED_INFO") is not None and (geo := _geometry(x, d, win, root)):
                    wm_class = (_property(x, d, win, b"WM_CLASS") or b"").decode(errors="replace")
                    name = _property(x, d, win, b"_NET_WM_NAME") or _property(x, d, win, b"WM_NAME")
                    icons.append(TrayIcon(win, tuple(filter(None, wm_class.split("\0"))),
                                          name.decode(errors="replace") if name else None, geo))
        return sorted(icons, key=lambda icon: (icon.geometry.x, icon.geometry.y))

    def wait_until(self, predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.05,
                   what: str | None = None) -> T:
        """Poll ``predicate`` until it returns something truthy and return that; AssertionError on timeout."""
        return wait_until(predicate, timeout, interval, what)

    def format_logs(self, tail: int = 40) -> str:
        """The last ``tail`` lines of every process log, to print when a test fails."""
        return format_logs(self.log_dir, tail)


# -- helpers (also used by the desktop matrix, tests/support/desktops) -------------------------------


def spawn_logged(log_dir: Path, name: str, argv: Sequence[str],
                 **popen_kw: Any) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """Start ``argv`` in a session of its own, its output appended to ``log_dir/name.log``;
    returns the process and the open log, which the caller closes once the process is stopped."""
    argv = [program(argv[0]), *argv[1:]]
    log = open(log_dir / f"{name}.log", "ab")  # noqa: SIM115 - the caller closes it
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, **popen_kw)
    except BaseException:
        log.close()
        raise
    return proc, log


def wait_until(predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.05,
               what: str | None = None) -> T:
    """Poll ``predicate`` until it returns something truthy and return that; AssertionError on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            what = what or getattr(predicate, "__name__", repr(predicate))
            raise AssertionError(f"timed out after {timeout} s waiting for: {what} (last: {value!r})")
        time.sleep(interval)


def system_user(name: str, useradd_options: Sequence[str]) -> pwd.struct_passwd:
    """The account ``name``, made with ``useradd`` on first use. Tests run in parallel workers
    (./dev test): another may be making the same account, or holding the lock on /etc/passwd,
    at the same moment, so a failed useradd is tried again until the account is there."""
    deadline = time.monotonic() + 30
    while True:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
        done = subprocess.run([program("useradd"), *useradd_options, name], capture_output=True, text=True)
        if done.returncode != 0 and time.monotonic() > deadline:
            with contextlib.suppress(KeyError):
                return pwd.getpwnam(name)
            raise DesktopError(f"useradd {name} failed: {done.stderr.strip()}")
        if done.returncode != 0:
            time.sleep(0.2)


def format_logs(log_dir: Path, tail: int = 40) -> str:
    """The last ``tail`` lines of every process log in ``log_dir``, to print when a test fails."""
    parts = [f"desktop logs in {log_dir}"]
    for log in sorted(log_dir.glob("*.log")):
        lines = log.read_text(errors="replace").splitlines()[-tail:]
        parts.append(f"--- {log.name} ---\n" + "\n".join(lines))
    return "\n".join(parts)


def _base_env() -> dict[str, str]:
    """os.environ without what would send programs to another display, bus or Qt platform."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "QT_QPA_PLATFORM")}
    return env | {"QT_QPA_PLATFORM": "xcb"}


def stop_process(proc: subprocess.Popen[bytes], grace: float = STOP_GRACE) -> None:
    """SIGTERM the process group we created for ``proc``, SIGKILL it after ``grace`` seconds."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# -- libX11 through ctypes: one short connection per query ------------------------------------------

_ulong, _p = ctypes.c_ulong, ctypes.c_void_p
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, _p, _p)
_IGNORE_ERRORS = _ERROR_HANDLER(lambda display, event: 0)  # a window may vanish while we look at it
_IS_VIEWABLE = 2


class _WindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", _p), ("root", _ulong),
                ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                ("backing_store", ctypes.c_int), ("backing_planes", _ulong), ("backing_pixel", _ulong),
                ("save_under", ctypes.c_int), ("colormap", _ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", _p)]


@functools.cache
def _xlib() -> ctypes.CDLL:
    try:
        x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    except OSError:
        raise MissingProgramError("libX11.so.6") from None
    pointer, uint, out_ulong = ctypes.POINTER, ctypes.c_uint, ctypes.POINTER(_ulong)
    for name, restype, argtypes in [
        ("XOpenDisplay", _p, [ctypes.c_char_p]),
        ("XCloseDisplay", ctypes.c_int, [_p]),
        ("XSync", ctypes.c_int, [_p, ctypes.c_int]),
        ("XSetErrorHandler", _p, [_p]),
        ("XDefaultRootWindow", _ulong, [_p]),
        ("XInternAtom", _ulong, [_p, ctypes.c_char_p, ctypes.c_int]),
        ("XGetSelectionOwner", _ulong, [_p, _ulong]),
        ("XQueryTree", ctypes.c_int, [_p, _ulong, out_ulong, out_ulong, pointer(out_ulong), pointer(uint)]),
        ("XGetWindowAttributes", ctypes.c_int, [_p, _ulong, pointer(_WindowAttributes)]),
        ("XTranslateCoordinates", ctypes.c_int, [_p, _ulong, _ulong, ctypes.c_int, ctypes.c_int,
                                                 pointer(ctypes.c_int), pointer(ctypes.c_int), out_ulong]),
        ("XGetWindowProperty", ctypes.c_int, [_p, _ulong, _ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                              _ulong, out_ulong, pointer(ctypes.c_int), out_ulong, out_ulong,
                                              pointer(pointer(ctypes.c_ubyte))]),
        ("XFree", ctypes.c_int, [_p]),
    ]:
        getattr(x, name).restype, getattr(x, name).argtypes = restype, argtypes
    return x


class _connect:
    """``with _connect(":3") as (x, display)``: a connection that ignores X errors while open."""

    def __init__(self, display: str) -> None:
        self.name = display

    def __enter__(self) -> tuple[ctypes.CDLL, int]:
        self.x = x = _xlib()
        self.old_handler = x.XSetErrorHandler(ctypes.cast(_IGNORE_ERRORS, _p))
        self.display = x.XOpenDisplay(self.name.encode())
        if not self.display:
            x.XSetErrorHandler(self.old_handler)
            raise DesktopError(f"cannot open X display {self.name!r}")
        return x, self.display

    def __exit__(self, *exc: object) -> None:
        self.x.XSync(self.display, False)
        self.x.XCloseDisplay(self.display)
        self.x.XSetErrorHandler(self.old_handler)


def _children(x: ctypes.CDLL, d: int, win: int) -> list[int]:
    root, parent, kids, count = _ulong(), _ulong(), ctypes.POINTER(_ulong)(), ctypes.c_uint()
    if not x.XQueryTree(d, win, root, parent, ctypes.byref(kids), count):
        return []
    found = [kids[i] for i in range(count.value)]
    if kids:
        x.XFree(kids)
    return found


def _property(x: ctypes.CDLL, d: int, win: int, name: bytes) -> bytes | None:
    """A window property's raw bytes (format 32 as C longs), or None when it is not set."""
    kind, fmt, count, after = _ulong(), ctypes.c_int(), _ulong(), _ulong()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    atom = x.XInternAtom(d, name, False)
    if x.XGetWindowProperty(d, win, atom, 0, 4096, False, 0, kind, fmt, count, after, ctypes.byref(data)):
        return None  # not Success
    try:
        if not kind.value:
            return None
        size = {8: 1, 16: ctypes.sizeof(ctypes.c_short), 32: ctypes.sizeof(ctypes.c_long)}[fmt.value]
        return ctypes.string_at(data, count.value * size)
    finally:
        if data:
            x.XFree(data)


def _cardinal(x: ctypes.CDLL, d: int, win: int, name: bytes) -> int | None:
    raw = _property(x, d, win, name)
    return ctypes.c_ulong.from_buffer_copy(raw).value if raw and len(raw) >= ctypes.sizeof(_ulong) else None


def _geometry(x: ctypes.CDLL, d: int, win: int, root: int) -> Geometry | None:
    """Absolute geometry of a viewable window, else None."""
    attrs = _WindowAttributes()
    if not x.XGetWindowAttributes(d, win, ctypes.byref(attrs)) or attrs.map_state != _IS_VIEWABLE:
        return None
    ax, ay, child = ctypes.c_int(), ctypes.c_int(), _ulong()
    if not x.XTranslateCoordinates(d, win, root, 0, 0, ax, ay, child):
        return None
    return Geometry(ax.value, ay.value, attrs.width, attrs.height)
