"""A small Wayland client over the wire protocol itself, in pure Python (standard library only).

Idle time on a Wayland compositor comes from two tiny protocols (``ext_idle_notifier_v1`` and
``org_kde_kwin_idle``): a few requests that carry integers and object ids, and events with no
arguments. That needs no libwayland binding, generated code or C build: a message is a header
(object id, then size << 16 | opcode) and 32-bit arguments, on a Unix socket. This module speaks
just enough of it: the display, the registry, binding globals, sending requests and dispatching
events to handlers per object. File descriptors sent by the compositor (there are none in the
protocols used here) are closed; requests that carry one send it as ancillary data.

Spec: https://wayland.freedesktop.org/docs/html/ch04.html#sect-Protocol-Wire-Format
"""

from __future__ import annotations

import array
import os
import socket
import struct
from collections.abc import Callable, Sequence

DISPLAY_ID = 1
_HEADER = struct.Struct("=II")
_MAX_FDS = 28  # libwayland's own bound per message
#: wl_display requests and events.
_SYNC, _GET_REGISTRY = 0, 1
_ERROR, _DELETE_ID = 0, 1
_BIND = 0  # wl_registry.bind
_GLOBAL, _GLOBAL_REMOVE = 0, 1

Handler = Callable[[int, bytes], None]  # (opcode, argument bytes)


class WaylandError(OSError):
    """The compositor reported a protocol error, went away, or the socket failed."""


def display_path(display: str | None, runtime_dir: str | None) -> str:
    """The socket path for ``WAYLAND_DISPLAY`` (a name in ``XDG_RUNTIME_DIR``, or an absolute path)."""
    name = display or "wayland-0"
    if os.path.isabs(name):
        return name
    if not runtime_dir:
        raise WaylandError(f"XDG_RUNTIME_DIR is not set, so {name!r} cannot be found")
    return os.path.join(runtime_dir, name)


def uint(value: int) -> bytes:
    return struct.pack("=I", value)


def fixed(value: float) -> bytes:
    """A signed 24.8 fixed-point number."""
    return struct.pack("=i", round(value * 256))


def string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return uint(len(raw)) + raw + b"\0" * (-len(raw) % 4)


def read_uint(data: bytes, offset: int = 0) -> tuple[int, int]:
    return struct.unpack_from("=I", data, offset)[0], offset + 4


def read_string(data: bytes, offset: int = 0) -> tuple[str, int]:
    length, offset = read_uint(data, offset)
    text = data[offset:offset + max(length - 1, 0)].decode(errors="replace")
    return text, offset + length + (-length % 4)


class WaylandConnection:
    """One client connection: ``globals`` after ``connect``, then ``bind``, ``send`` and ``dispatch``.

    Blocking calls wait at most ``timeout`` seconds, so a compositor that hangs cannot hang the caller.
    Not thread-safe: use it from one thread at a time.
    """

    def __init__(self, path: str, *, timeout: float = 5.0) -> None:
        self.path = path
        self.globals: dict[str, tuple[int, int]] = {}  # interface -> (name, version), first of each
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(timeout)
        self._next_id = DISPLAY_ID + 1
        self._handlers: dict[int, Handler] = {DISPLAY_ID: self._on_display}
        self._buffer = b""
        self._registry = 0
        self._done: set[int] = set()

    # -- setting up ------------------------------------------------------------------------------

    def connect(self) -> WaylandConnection:
        """Connect and read the compositor's globals (one roundtrip)."""
        try:
            self._sock.connect(self.path)
        except OSError as error:
            self._sock.close()
            raise WaylandError(f"cannot connect to {self.path}: {error.strerror or error}") from error
        try:
            self._registry = self.new_id(self._on_registry)
            self.send(DISPLAY_ID, _GET_REGISTRY, uint(self._registry))
            self.roundtrip()
        except BaseException:
            self._sock.close()
            raise
        return self

    def new_id(self, handler: Handler | None = None) -> int:
        """A fresh object id, whose events go to ``handler`` (ignored without one)."""
        object_id, self._next_id = self._next_id, self._next_id + 1
        self._handlers[object_id] = handler or _ignore
        return object_id

    def bind(self, interface: str, version: int, handler: Handler | None = None) -> int:
        """Bind the global ``interface`` at ``version`` (at most what it offers); its new object id."""
        name, offered = self.globals[interface]
        object_id = self.new_id(handler)
        self.send(self._registry, _BIND, uint(name), string(interface), uint(min(version, offered)),
                  uint(object_id))
        return object_id

    def version(self, interface: str) -> int:
        return self.globals[interface][1]

    # -- messages --------------------------------------------------------------------------------

    def send(self, object_id: int, opcode: int, *args: bytes, fds: Sequence[int] = ()) -> None:
        payload = b"".join(args)
        message = _HEADER.pack(object_id, (_HEADER.size + len(payload)) << 16 | opcode) + payload
        try:
            if fds:
                self._sock.sendmsg([message], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
            else:
                self._sock.sendall(message)
        except OSError as error:
            raise WaylandError(f"the compositor at {self.path} went away: {error}") from error

    def roundtrip(self) -> None:
        """Send a sync and dispatch events until the compositor answers it: all before it is handled."""
        callback = self.new_id(lambda opcode, args: self._done.add(callback))
        self.send(DISPLAY_ID, _SYNC, uint(callback))
        while callback not in self._done:
            self.dispatch()
        self._done.discard(callback)

    def dispatch(self) -> None:
        """Read what the socket has (blocking for the first bytes) and hand each whole event on."""
        fds = array.array("i")
        try:
            data, ancillary, _flags, _address = self._sock.recvmsg(
                65536, socket.CMSG_SPACE(_MAX_FDS * fds.itemsize))
        except OSError as error:  # includes the timeout
            raise WaylandError(f"reading from the compositor at {self.path}: {error}") from error
        for level, kind, fd_data in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(fd_data[:len(fd_data) - len(fd_data) % fds.itemsize])
        for fd in fds:
            os.close(fd)  # nothing used here carries a file descriptor
        if not data:
            raise WaylandError(f"the compositor at {self.path} closed the connection")
        self._buffer += data
        while len(self._buffer) >= _HEADER.size:
            object_id, size_opcode = _HEADER.unpack_from(self._buffer)
            size = size_opcode >> 16
            if size < _HEADER.size:
                raise WaylandError(f"a malformed message from the compositor at {self.path}")
            if len(self._buffer) < size:
                break
            args, self._buffer = self._buffer[_HEADER.size:size], self._buffer[size:]
            self._handlers.get(object_id, _ignore)(size_opcode & 0xFFFF, args)

    def fileno(self) -> int:
        return self._sock.fileno()

    def settimeout(self, timeout: float | None) -> None:
        self._sock.settimeout(timeout)

    def close(self) -> None:
        self._sock.close()

    # -- the display and registry ----------------------------------------------------------------

    def _on_display(self, opcode: int, args: bytes) -> None:
        if opcode == _ERROR:
            object_id, offset = read_uint(args)
            code, offset = read_uint(args, offset)
            message, _ = read_string(args, offset)
            raise WaylandError(f"protocol error {code} on object {object_id}: {message}")
        if opcode == _DELETE_ID:
            self._handlers.pop(read_uint(args)[0], None)

    def _on_registry(self, opcode: int, args: bytes) -> None:
        if opcode == _GLOBAL:
            name, offset = read_uint(args)
            interface, offset = read_string(args, offset)
            version, _ = read_uint(args, offset)
            self.globals.setdefault(interface, (name, version))
        elif opcode == _GLOBAL_REMOVE:
            name = read_uint(args)[0]
            for interface, (global_name, _version) in list(self.globals.items()):
                if global_name == name:
                    del self.globals[interface]


def _ignore(opcode: int, args: bytes) -> None:
    return None
