"""The Wayland idle sensor against a fake compositor that speaks the Wayland wire protocol.

The real compositors (sway 1.7, KWin 5.27) are in test_idle_compositors.py; this fake serves what
they cannot be made to do on demand: a version-1 notifier, a compositor without any idle protocol, one
that goes away. A Unix socket answers wl_display, wl_registry and the idle notifiers
(ext_idle_notifier_v1 and org_kde_kwin_idle), and sends idle / resumed when the test says.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_coach.adapters.idle.factory import create_idle_sensor
from desk_coach.adapters.idle.lock_fallback import LockFallbackSensor
from desk_coach.adapters.idle.wayland import KDE_IDLE, WaylandIdleSensor

DISPLAY_ID = 1


def _string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return struct.pack("=I", len(raw)) + raw + b"\0" * (-len(raw) % 4)


class FakeCompositor:
    """Serves one client at a time on ``path``: a seat and (unless told not to) an idle notifier."""

    def __init__(self, path: Path, *, notifier_version: int | None = 2, kde_idle: bool = False) -> None:
        self.path = path
        self.globals = [(1, "wl_seat", 1)]
        if kde_idle:
            self.globals.append((3, "org_kde_kwin_idle", 1))
        if notifier_version is not None:
            self.globals.append((2, "ext_idle_notifier_v1", notifier_version))
        self.requests: list[str] = []
        self.timeouts: list[int] = []
        self._objects: dict[int, str] = {DISPLAY_ID: "wl_display"}
        self._notifications: list[int] = []
        self._client: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(1)
        self._thread = threading.Thread(target=self._serve, name="fake compositor", daemon=True)
        self._thread.start()

    def idle(self) -> None:
        self._notify(0)  # ext_idle_notification_v1.idled

    def resume(self) -> None:
        self._notify(1)  # ext_idle_notification_v1.resumed

    def wait_for(self, request: str, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while request not in self.requests:
            assert time.monotonic() < deadline, f"no {request} request; got {self.requests}"
            time.sleep(0.01)

    def close(self) -> None:
        """The compositor goes away: listening socket and client connection closed."""
        for connection in (self._server, self._client):  # shutdown() also wakes a blocked accept()
            if connection is not None:
                with contextlib.suppress(OSError):  # already closed by the client
                    connection.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(5)

    def _notify(self, opcode: int) -> None:
        for notification in self._notifications:
            self._send(notification, opcode)

    def _send(self, target: int, opcode: int, payload: bytes = b"") -> None:
        assert self._client is not None
        with self._send_lock:
            self._client.sendall(struct.pack("=II", target, (8 + len(payload)) << 16 | opcode) + payload)

    def _serve(self) -> None:
        try:
            self._client, _ = self._server.accept()
        except OSError:
            return
        buffer = b""
        with self._client:
            while True:
                try:
                    chunk = self._client.recv(4096)
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                while len(buffer) >= 8:
                    target, word = struct.unpack_from("=II", buffer)
                    size = word >> 16
                    if len(buffer) < size:
                        break
                    try:
                        self._handle(target, word & 0xFFFF, buffer[8:size])
                    except (BrokenPipeError, ConnectionResetError):
                        return  # the client hung up before reading the answer, as a real one may
                    buffer = buffer[size:]

    def _handle(self, target: int, opcode: int, args: bytes) -> None:
        interface = self._objects.get(target, "?")
        if interface == "wl_display" and opcode == 0:  # sync(callback)
            (callback,) = struct.unpack("=I", args)
            self._send(callback, 0, struct.pack("=I", 0))  # wl_callback.done
            self._send(DISPLAY_ID, 1, struct.pack("=I", callback))  # wl_display.delete_id
            return
        if interface == "wl_display" and opcode == 1:  # get_registry(registry)
            (registry,) = struct.unpack("=I", args)
            self._objects[registry] = "wl_registry"
            for name, global_interface, version in self.globals:
                self._send(registry, 0, struct.pack("=I", name) + _string(global_interface)
                           + struct.pack("=I", version))
            return
        if interface == "wl_registry" and opcode == 0:  # bind(name, interface, version, id)
            length = struct.unpack_from("=I", args, 4)[0]
            bound = args[8:8 + length - 1].decode()
            _, new_id = struct.unpack_from("=II", args, 8 + length + (-length % 4))
            self._objects[new_id] = bound
            self.requests.append(f"bind {bound}")
            return
        if interface == "ext_idle_notifier_v1" and opcode in (1, 2):
            new_id, timeout, _seat = struct.unpack("=IIi", args)
            self._objects[new_id] = "ext_idle_notification_v1"
            self._notifications.append(new_id)
            self.timeouts.append(timeout)
            self.requests.append("get_input_idle_notification" if opcode == 2 else "get_idle_notification")
            return
        if interface == "org_kde_kwin_idle" and opcode == 0:  # get_idle_timeout(id, seat, timeout)
            new_id, _seat, timeout = struct.unpack("=IiI", args)
            self._objects[new_id] = "org_kde_kwin_idle_timeout"
            self._notifications.append(new_id)
            self.timeouts.append(timeout)
            self.requests.append("get_idle_timeout")
            return
        self.requests.append(f"{interface}#{opcode}")


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="dc-wl-") as folder:  # short: unix socket paths are limited
        yield Path(folder)


@pytest.fixture
def compositor(runtime_dir: Path) -> Iterator[FakeCompositor]:
    fake = FakeCompositor(runtime_dir / "wayland-7")
    yield fake
    fake.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def wait_until_idle(sensor: WaylandIdleSensor, at_least: float) -> float:
    deadline = time.monotonic() + 5
    while (idle := sensor.idle_seconds()) is not None and idle < at_least and time.monotonic() < deadline:
        time.sleep(0.01)
    assert idle is not None
    return idle


def test_idle_follows_the_compositors_idled_and_resumed_events(compositor: FakeCompositor, runtime_dir: Path):
    clock = Clock()
    sensor = WaylandIdleSensor("wayland-7", str(runtime_dir), clock=clock)
    try:
        assert sensor.idle_seconds() == 0.0  # connected; not idle yet
        assert compositor.requests[-1] == "get_input_idle_notification"  # v2: input only, inhibitors ignored
        assert compositor.timeouts == [1000]
        compositor.idle()  # no input for the 1-s timeout
        assert wait_until_idle(sensor, 1.0) == 1.0
        clock.now += 30  # nothing happens for half a minute
        assert sensor.idle_seconds() == 31.0
        compositor.resume()  # the mouse moved
        deadline = time.monotonic() + 5
        while sensor.idle_seconds() != 0.0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sensor.idle_seconds() == 0.0
        assert sensor.is_locked() is None
    finally:
        sensor.close()


def test_a_version_1_notifier_is_used_too(runtime_dir: Path):
    compositor = FakeCompositor(runtime_dir / "wayland-1", notifier_version=1)
    sensor = WaylandIdleSensor(str(runtime_dir / "wayland-1"))
    try:
        assert sensor.idle_seconds() == 0.0
        assert compositor.requests[-1] == "get_idle_notification"
    finally:
        sensor.close()
        compositor.close()


def test_a_compositor_without_the_protocol_gives_none(runtime_dir: Path):
    compositor = FakeCompositor(runtime_dir / "wayland-2", notifier_version=None)
    sensor = WaylandIdleSensor("wayland-2", str(runtime_dir))
    try:
        assert sensor.idle_seconds() is None
    finally:
        sensor.close()
        compositor.close()


def test_the_compositor_going_away_gives_none(compositor: FakeCompositor, runtime_dir: Path):
    sensor = WaylandIdleSensor("wayland-7", str(runtime_dir))
    try:
        assert sensor.idle_seconds() == 0.0
        compositor.close()
        deadline = time.monotonic() + 5
        while sensor.idle_seconds() is not None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sensor.idle_seconds() is None
    finally:
        sensor.close()


def test_no_compositor_at_all_gives_none(runtime_dir: Path):
    sensor = WaylandIdleSensor("wayland-9", str(runtime_dir))
    assert sensor.idle_seconds() is None
    sensor.close()


def test_factory_picks_it_on_sway(compositor: FakeCompositor, runtime_dir: Path, tmp_path: Path):
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(runtime_dir),
           "XDG_CURRENT_DESKTOP": "sway", "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus"}
    sensor = create_idle_sensor(env, "linux")
    try:
        chosen = sensor.sensor if isinstance(sensor, LockFallbackSensor) else sensor
        assert isinstance(chosen, WaylandIdleSensor)
        assert sensor.idle_seconds() == 0.0
    finally:
        sensor.close()


def test_ext_idle_notify_is_preferred_where_both_protocols_are_offered(runtime_dir: Path):
    compositor = FakeCompositor(runtime_dir / "wayland-3", kde_idle=True)
    sensor = WaylandIdleSensor("wayland-3", str(runtime_dir))
    try:
        assert sensor.idle_seconds() == 0.0
        assert compositor.requests == ["bind wl_seat", "bind ext_idle_notifier_v1",
                                       "get_input_idle_notification"]
        assert "ext_idle_notifier_v1" in sensor.description
    finally:
        sensor.close()
        compositor.close()


def test_org_kde_kwin_idle_alone_is_used_with_its_own_events(runtime_dir: Path):
    compositor = FakeCompositor(runtime_dir / "wayland-4", notifier_version=None, kde_idle=True)
    clock = Clock()
    sensor = WaylandIdleSensor("wayland-4", str(runtime_dir), clock=clock)
    try:
        assert sensor.idle_seconds() == 0.0
        assert compositor.requests[-1] == "get_idle_timeout" and compositor.timeouts == [1000]
        assert sensor.protocol is KDE_IDLE
        assert sensor.description == "the Wayland compositor's idle notifications (org_kde_kwin_idle)"
        compositor.idle()  # org_kde_kwin_idle_timeout.idle
        assert wait_until_idle(sensor, 1.0) == 1.0
        compositor.resume()  # org_kde_kwin_idle_timeout.resumed
        deadline = time.monotonic() + 5
        while sensor.idle_seconds() != 0.0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sensor.idle_seconds() == 0.0
    finally:
        sensor.close()
        compositor.close()
