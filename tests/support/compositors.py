"""Real Wayland compositors, headless, for the idle tests: sway 1.7 and KWin (``kwin_wayland --virtual``).

Each is a context manager that starts the compositor with its own runtime folder, waits for its
socket, gives the environment a client of that session sees (``env``), and injects pointer input
through the compositor's own protocol, so the compositor sees a user: wlroots' virtual pointer on
sway, ``org_kde_kwin_fake_input`` on KWin (offered with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``).
Input is sent with the project's own wire client (``desk_coach.adapters.idle.wayland_wire``).

Traps: sway refuses to run as root, so as root it runs as an unprivileged user made here (root
still connects to its socket); ``/usr/bin/kwin_wayland`` carries a file capability that a
container refuses, so a plain copy runs instead (its name must still end in ``kwin_wayland``).
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from desktop import stop_process, system_user
from desktops.wayland_input import KWinFakeInput
from unix_socket import listens

from desk_coach.adapters.idle.wayland_wire import WaylandConnection, fixed, uint

T = TypeVar("T")
TEST_USER = "desk-coach-test"
STOP_GRACE = 3.0


class CompositorError(RuntimeError):
    """The compositor could not be started."""


class Compositor:
    """Shared lifecycle: a temp folder, processes stopped on close, logs kept for a failing test."""

    name = "compositor"
    desktop = ""
    socket_name = ""

    def __init__(self, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self.tmp = Path(tempfile.mkdtemp(prefix=f"desk-coach-{self.name}-"))
        self.tmp.chmod(0o755)
        self.runtime = self.tmp / "runtime"
        self.runtime.mkdir(mode=0o700)
        self.startup_seconds = 0.0
        self._procs: list[tuple[subprocess.Popen[bytes], IO[bytes]]] = []

    def __enter__(self) -> Compositor:
        began = time.monotonic()
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        raise NotImplementedError

    def inject_pointer_motion(self) -> None:
        """Move the pointer a little, through the compositor: the seat sees user input."""
        raise NotImplementedError

    @property
    def socket_path(self) -> Path:
        return self.runtime / self.socket_name

    @property
    def env(self) -> dict[str, str]:
        """What a client in this session sees (the socket given as an absolute path)."""
        base = {k: v for k, v in os.environ.items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_SESSION_ID")}
        return base | {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": self.desktop,
                       "WAYLAND_DISPLAY": str(self.socket_path), "XDG_RUNTIME_DIR": str(self.runtime)}

    def spawn(self, name: str, argv: list[str], env: dict[str, str],
              **popen_kw: Any) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115 - closed in close()
        try:
            proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True, **popen_kw)
        except BaseException:
            log.close()
            raise
        self._procs.append((proc, log))
        return proc

    def wait_until(self, predicate: Callable[[], T], what: str, timeout: float | None = None) -> T:
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while True:
            value = predicate()
            if value:
                return value
            for proc, _log in self._procs:
                if proc.poll() is not None:
                    raise CompositorError(f"{proc.args[0]} exited ({proc.returncode}) while waiting for "
                                          f"{what}\n{self.logs()}")
            if time.monotonic() >= deadline:
                raise AssertionError(f"timed out waiting for {what} (last: {value!r})\n{self.logs()}")
            time.sleep(0.05)

    def logs(self, tail: int = 30) -> str:
        parts = []
        for log in sorted(self.tmp.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()[-tail:]
            parts.append(f"--- {log.name} ---\n" + "\n".join(lines))
        return "\n".join(parts)

    def close(self) -> None:
        while self._procs:
            proc, log = self._procs.pop()
            _stop(proc)
            log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _connect(self) -> WaylandConnection:
        return WaylandConnection(str(self.socket_path)).connect()

    def _answers(self) -> bool:
        """Whether the compositor answers a roundtrip on its socket (its event loop runs)."""
        with contextlib.suppress(OSError):
            self._connect().close()
            return True
        return False


class Sway(Compositor):
    """sway on wlroots' headless backend (pixman renderer, no input devices), with an empty config."""

    name = "sway"
    desktop = "sway"
    socket_name = "wayland-1"

    def start(self) -> None:
        sway = _program("sway")
        user = _unprivileged_user() if os.geteuid() == 0 else None
        if user is not None:
            for path in (self.tmp, self.runtime):
                os.chown(path, user.pw_uid, user.pw_gid)
        config = self.tmp / "sway.config"
        config.write_text("output HEADLESS-1 resolution 1280x800\n")
        config.chmod(0o644)  # sway's user reads it whatever the umask (the CLI, run in-process, sets 077)
        env = self.env | {"HOME": str(self.tmp), "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
                          "WLR_RENDERER": "pixman"}
        del env["WAYLAND_DISPLAY"]
        as_user: dict[str, Any] = {} if user is None else {"user": user.pw_uid, "group": user.pw_gid,
                                                            "extra_groups": []}
        self.spawn("sway", [sway, "--config", str(config)], env, **as_user)
        found = self.wait_until(lambda: sorted(self.runtime.glob("wayland-[0-9]")), "sway's Wayland socket")
        self.socket_name = found[0].name
        self.wait_until(self._answers, "sway to answer on its socket")

    def windows(self) -> list[tuple[str, str]]:
        """(app id, title) of each window sway manages, from its IPC (``swaymsg -t get_tree``)."""
        [ipc] = self.runtime.glob("sway-ipc.*.sock")
        tree = json.loads(subprocess.run([_program("swaymsg"), "-s", str(ipc), "-t", "get_tree", "-r"],
                                         capture_output=True, text=True, check=True, timeout=10).stdout)
        found, nodes = [], [tree]
        while nodes:
            node = nodes.pop()
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append((node.get("app_id") or "", node.get("name") or ""))
            nodes += node.get("nodes", []) + node.get("floating_nodes", [])
        return found

    def inject_pointer_motion(self) -> None:
        connection = self._connect()
        try:
            seat = connection.bind("wl_seat", 1)
            manager = connection.bind("zwlr_virtual_pointer_manager_v1", 1)
            pointer = connection.new_id()
            connection.send(manager, 0, uint(seat), uint(pointer))  # create_virtual_pointer(seat, id)
            millis = int(time.monotonic() * 1000) & 0xFFFFFFFF
            connection.send(pointer, 0, uint(millis), fixed(7.0), fixed(5.0))  # motion(time, dx, dy)
            connection.send(pointer, 4)  # frame
            connection.send(pointer, 8)  # destroy
            connection.roundtrip()
        finally:
            connection.close()


class KWin(Compositor):
    """``kwin_wayland --virtual`` with private session and system buses, fake input allowed."""

    name = "kwin"
    desktop = "KDE"
    socket_name = "wayland-kde"

    @property
    def env(self) -> dict[str, str]:
        """A KDE Plasma client's view: the session's own D-Bus session and system buses too."""
        return super().env | {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.runtime / 'bus'}",
                              "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={self.runtime / 'sysbus'}",
                              "KDE_FULL_SESSION": "true", "KDE_SESSION_VERSION": "5"}

    def start(self) -> None:
        kwin = self.tmp / "bin" / "kwin_wayland"
        kwin.parent.mkdir()
        shutil.copy(_program("kwin_wayland"), kwin)  # a copy carries no file capability
        env = self.env | {"HOME": str(self.tmp), "XDG_CONFIG_HOME": str(self.tmp / "config"),
                          "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1"}
        del env["WAYLAND_DISPLAY"]
        env.pop("QT_QPA_PLATFORM", None)  # kwin picks its own platform
        dbus = _program("dbus-daemon")
        self.spawn("dbus-session", [dbus, "--session", "--nofork",
                                    f"--address={env['DBUS_SESSION_BUS_ADDRESS']}"], env)
        # GNOME and KDE want a system bus too; a second session-type bus stands in for it.
        self.spawn("dbus-system", [dbus, "--config-file=/usr/share/dbus-1/session.conf", "--nofork",
                                   f"--address={env['DBUS_SYSTEM_BUS_ADDRESS']}"], env)
        self.wait_until(lambda: listens(self.runtime / "bus") and listens(self.runtime / "sysbus"),
                        "the private D-Bus buses")
        self.spawn("kwin", [str(kwin), "--virtual", "--width", "1280", "--height", "800",
                            "--socket", self.socket_name], env)
        self.wait_until(self.socket_path.exists, "KWin's Wayland socket")
        self.wait_until(self._answers, "KWin to answer on its socket")

    def inject_pointer_motion(self) -> None:
        fake = KWinFakeInput(str(self.socket_path))
        try:
            fake.nudge()
        finally:
            fake.close()


def _program(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if found is None:
        raise CompositorError(f"{name} is not installed (see packaging/debian-test.txt)")
    return found


def _unprivileged_user() -> pwd.struct_passwd:
    """The test user sway runs as when the tests run as root; created on first use."""
    return system_user(TEST_USER, ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin"])


def _stop(proc: subprocess.Popen[bytes]) -> None:
    stop_process(proc, STOP_GRACE)
