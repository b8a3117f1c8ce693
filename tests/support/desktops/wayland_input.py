"""Real input for Wayland compositors: a virtual pointer and a virtual keyboard on wlroots (sway,
``VirtualInput``), KWin's ``org_kde_kwin_fake_input`` (``KWinFakeInput``: the Plasma desktop and
the idle tests' bare KWin).

The compositor adds them to its seat as input devices, so what they send is input like any other:
it moves the cursor, clicks what is under it, types into the focused window or popup menu, and
counts as activity for the compositor's idle clock. One connection holds both for the whole
session: a device that came and went for each key press would close an open popup menu.

The Wayland wire protocol is simple enough to speak directly (a header of object id, size and
opcode, then 32-bit arguments), so no protocol binding is needed; the keyboard's keymap is made
by libxkbcommon (``us``), which Qt and sway already need.
"""

from __future__ import annotations

import array
import ctypes
import ctypes.util
import os
import socket
import struct
import time
from collections.abc import Iterator

from desk_coach.adapters.idle.wayland_wire import WaylandConnection, fixed, string, uint

POINTER_MANAGER = "zwlr_virtual_pointer_manager_v1"
KEYBOARD_MANAGER = "zwp_virtual_keyboard_manager_v1"

#: Linux input event codes (linux/input-event-codes.h) for the keys and buttons the tests press.
BUTTONS = {1: 0x110, 2: 0x112, 3: 0x111}  # left, middle, right
KEYS = {name: code for code, name in enumerate("1234567890", start=2)} | {
    **{letter: code for code, letter in enumerate("qwertyuiop", start=16)},
    **{letter: code for code, letter in enumerate("asdfghjkl", start=30)},
    **{letter: code for code, letter in enumerate("zxcvbnm", start=44)},
    "Escape": 1, "Tab": 15, "Return": 28, "space": 57, "BackSpace": 14,
    "Up": 103, "Down": 108, "Left": 105, "Right": 106,
}
MODIFIERS = {"shift": (42, 1), "ctrl": (29, 4), "alt": (56, 8), "super": (125, 64)}  # key, xkb mask (us)


class WaylandInputError(RuntimeError):
    """The compositor refused a request or lacks the virtual input protocols."""


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)


class VirtualInput:
    """A virtual pointer and keyboard on the compositor at ``socket_path`` (a context manager)."""

    def __init__(self, socket_path: str, screen: tuple[int, int]) -> None:
        self.screen = screen
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.connect(socket_path)
        self._buffer = b""
        self._next_id = 2  # 1 is wl_display
        self._registry = self._new_id()
        self._send(1, 1, struct.pack("<I", self._registry))  # wl_display.get_registry
        self._globals: dict[str, tuple[int, int]] = {}
        self.roundtrip()
        missing = [name for name in ("wl_seat", POINTER_MANAGER, KEYBOARD_MANAGER)
                   if name not in self._globals]
        if missing:
            raise WaylandInputError(f"the compositor does not offer {', '.join(missing)}")
        seat = self._bind("wl_seat", 1)
        pointers, keyboards = self._bind(POINTER_MANAGER, 1), self._bind(KEYBOARD_MANAGER, 1)
        self._pointer = self._new_id()  # new ids must come in order
        self._send(pointers, 0, struct.pack("<II", seat, self._pointer))
        self._keyboard = self._new_id()
        self._send(keyboards, 0, struct.pack("<II", seat, self._keyboard))
        keymap = _us_keymap()
        fd = os.memfd_create("desk-coach-test-keymap")
        try:
            os.write(fd, keymap)
            self._send(self._keyboard, 0, struct.pack("<II", 1, len(keymap)), fds=[fd])  # XKB_V1
        finally:
            os.close(fd)
        self.roundtrip()

    def __enter__(self) -> VirtualInput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._sock.close()

    # -- what tests do -------------------------------------------------------------------------

    def move(self, x: int, y: int) -> None:
        width, height = self.screen
        self._send(self._pointer, 1, struct.pack("<IIIII", _now(), x, y, width, height))  # motion_absolute
        self._send(self._pointer, 4)  # frame
        self.roundtrip()

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Move to (x, y), then press and release ``button`` (1 left, 2 middle, 3 right)."""
        self.move(x, y)
        for state in (1, 0):
            time.sleep(0.1)  # a menu opened on press must see the release as a separate event
            self._send(self._pointer, 2, struct.pack("<III", _now(), BUTTONS[button], state))
            self._send(self._pointer, 4)
            self.roundtrip()

    def key(self, combo: str) -> None:
        """Press and release a key, with modifiers: ``"b"``, ``"Escape"``, ``"alt+e"`` (xdotool's names)."""
        *mods, name = combo.split("+")
        held = [MODIFIERS[mod.lower()] for mod in mods]
        mask = 0
        for code, bit in held:
            mask |= bit
            self._key(code, 1, mask)
        self._key(KEYS[name], 1, mask)
        self._key(KEYS[name], 0, mask)
        for code, bit in reversed(held):
            mask &= ~bit
            self._key(code, 0, mask)
        self.roundtrip()

    def roundtrip(self) -> None:
        """Wait until the compositor has handled everything sent; raise on a protocol error."""
        callback = self._new_id()
        self._send(1, 0, struct.pack("<I", callback))  # wl_display.sync
        for obj, opcode, body in self._events():
            if obj == 1 and opcode == 0:  # wl_display.error
                message = body[12:].split(b"\0")[0].decode(errors="replace")
                raise WaylandInputError(f"protocol error: {message}")
            if obj == self._registry and opcode == 0:  # wl_registry.global
                name, length = struct.unpack_from("<II", body)
                interface = body[8:8 + length - 1].decode()
                version = struct.unpack_from("<I", body, 8 + length + (-length % 4))[0]
                self._globals[interface] = (name, version)
            if obj == callback:
                return

    # -- the wire ------------------------------------------------------------------------------

    def _key(self, code: int, state: int, mask: int) -> None:
        self._send(self._keyboard, 1, struct.pack("<III", _now(), code, state))
        self._send(self._keyboard, 2, struct.pack("<IIII", mask, 0, 0, 0))  # modifiers
        time.sleep(0.02)

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _bind(self, interface: str, version: int) -> int:
        new = self._new_id()
        name = self._globals[interface][0]
        arguments = struct.pack("<I", name) + _string(interface) + struct.pack("<II", version, new)
        self._send(self._registry, 0, arguments)  # wl_registry.bind
        return new

    def _send(self, obj: int, opcode: int, payload: bytes = b"", fds: list[int] | None = None) -> None:
        message = struct.pack("<II", obj, (8 + len(payload)) << 16 | opcode) + payload
        if fds:
            self._sock.sendmsg([message], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
        else:
            self._sock.sendall(message)

    def _events(self) -> Iterator[tuple[int, int, bytes]]:
        self._sock.settimeout(10)
        while True:
            while len(self._buffer) >= 8:
                obj, size_opcode = struct.unpack_from("<II", self._buffer)
                size = size_opcode >> 16
                if len(self._buffer) < size:
                    break
                body, self._buffer = self._buffer[8:size], self._buffer[size:]
                yield obj, size_opcode & 0xFFFF, body
            chunk = self._sock.recv(65536)
            if not chunk:
                raise WaylandInputError("the compositor closed the connection")
            self._buffer += chunk


def _now() -> int:
    return int(time.monotonic() * 1000) & 0xFFFFFFFF


def _us_keymap() -> bytes:
    """The text of a ``us`` XKB keymap, NUL-terminated, from libxkbcommon."""
    path = ctypes.util.find_library("xkbcommon") or "libxkbcommon.so.0"
    xkb = ctypes.CDLL(path)
    xkb.xkb_context_new.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_get_as_string.restype = ctypes.c_void_p
    xkb.xkb_keymap_get_as_string.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    xkb.xkb_context_unref.argtypes = [ctypes.c_void_p]
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    context = xkb.xkb_context_new(0)
    keymap = xkb.xkb_keymap_new_from_names(context, None, 0)  # the defaults: evdev rules, us layout
    if not keymap:
        raise WaylandInputError("libxkbcommon could not build a us keymap (is xkb-data installed?)")
    text = xkb.xkb_keymap_get_as_string(keymap, 1)  # XKB_KEYMAP_FORMAT_TEXT_V1
    try:
        return ctypes.string_at(text) + b"\0"
    finally:
        libc.free(text)
        xkb.xkb_keymap_unref(keymap)
        xkb.xkb_context_unref(context)


class KWinFakeInput:
    """Real input for KWin: ``org_kde_kwin_fake_input`` v4, offered to any client when KWin runs
    with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``. KWin feeds it through its own input stack as a
    device of its seat: it moves the cursor, clicks, types into the focused window and resets
    KWin's idle clock. Keys are Linux key codes; KWin keeps the modifier state itself.

    Spoken with the app's own wire client (``wayland_wire``); one connection for the session.
    A popup menu opened on a press needs to see the move, the press and the release as separate
    moments: each is sent, answered (a roundtrip) and followed by a short pause.
    """

    AUTHENTICATE, MOTION, BUTTON, MOTION_ABSOLUTE, KEY = 0, 1, 2, 9, 10
    PAUSE = 0.15

    def __init__(self, socket_path: str) -> None:
        self.connection = WaylandConnection(socket_path).connect()
        if "org_kde_kwin_fake_input" not in self.connection.globals:
            self.connection.close()
            raise WaylandInputError("KWin does not offer org_kde_kwin_fake_input "
                                    "(is KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 set?)")
        self.fake = self.connection.bind("org_kde_kwin_fake_input", 4)
        self.connection.send(self.fake, self.AUTHENTICATE, string("Desk Coach tests"), string("test input"))
        self.connection.roundtrip()

    def close(self) -> None:
        self.connection.close()

    def _send(self, opcode: int, *args: bytes, pause: float = 0.0) -> None:
        self.connection.send(self.fake, opcode, *args)
        self.connection.roundtrip()
        if pause:
            time.sleep(pause)

    def nudge(self, dx: float = 7.0, dy: float = 5.0) -> None:
        """A relative pointer move: the user is at the desk."""
        self._send(self.MOTION, fixed(dx), fixed(dy))

    def move(self, x: float, y: float) -> None:
        self._send(self.MOTION_ABSOLUTE, fixed(x), fixed(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Move to (x, y) (arriving from a few pixels away, so the target sees the pointer enter),
        then press and release ``button`` (1 left, 2 middle, 3 right)."""
        for dx in (-3, -1, 0):
            self._send(self.MOTION_ABSOLUTE, fixed(x + dx), fixed(y), pause=self.PAUSE)
        self._send(self.BUTTON, uint(BUTTONS[button]), uint(1), pause=self.PAUSE)
        self._send(self.BUTTON, uint(BUTTONS[button]), uint(0), pause=self.PAUSE)

    def key(self, combo: str) -> None:
        """Press and release a key, with modifiers: ``"b"``, ``"Escape"``, ``"alt+e"`` (xdotool's names)."""
        *mods, name = combo.split("+")
        held = [MODIFIERS[mod.lower()][0] for mod in mods]
        for code in held:
            self._send(self.KEY, uint(code), uint(1), pause=0.03)
        self._send(self.KEY, uint(KEYS[name]), uint(1), pause=0.03)
        self._send(self.KEY, uint(KEYS[name]), uint(0), pause=0.03)
        for code in reversed(held):
            self._send(self.KEY, uint(code), uint(0), pause=0.03)
