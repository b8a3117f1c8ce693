"""What every desktop of the matrix offers a test: start it, run the app inside it, give it input
through the desktop's own means, and read what the desktop shows (tray, windows, notifications,
screenshots). A test written against ``Desktop`` runs on each of them.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, ClassVar, Protocol, TypeVar

from desktop import (
    DesktopError,
    Geometry,
    format_logs,
    program,
    spawn_logged,
    stop_process,
    system_user,
    wait_until,
)
from notify_probe import NotifyCall

T = TypeVar("T")
#: The unprivileged user that runs a desktop's own programs when the tests run as root (CI):
#: sway, and the screen lockers, refuse to run (or to lock) as root.
DESKTOP_USER = "deskcoach-desktop"


@dataclass(frozen=True)
class TrayItem:
    """One item the tray host shows: an SNI item ("bus-name/path") or an XEmbed window id."""

    id: str
    title: str | None
    geometry: Geometry | None  # where it is drawn on the screen, once known

    @property
    def centre(self) -> tuple[int, int]:
        if self.geometry is None:
            raise DesktopError(f"the tray item {self.id} has no known place on the screen")
        x, y, width, height = self.geometry
        return x + width // 2, y + height // 2


@dataclass(frozen=True)
class Window:
    """A visible top-level window: the desktop's own id for it, and its title."""

    id: str
    title: str


class Desktop(ABC):
    """A headless desktop session; a context manager. Subclasses fill in the desktop's own ways."""

    #: A short name for test ids and logs ("xvfb", "xfce", "sway"...).
    name: ClassVar[str]
    #: "x11" or "wayland": what the app under test talks to.
    session_type: ClassVar[str]
    #: The program that draws notifications here.
    notification_server: ClassVar[str]
    #: False where a right click on the tray icon does not reliably open its menu here, so a test
    #: cannot count on it (see the desktop's module for what was seen).
    tray_menu_works: ClassVar[bool] = True
    #: The screen, in pixels.
    size: ClassVar[tuple[int, int]] = (1280, 800)
    #: True where the desktop gives the keyboard to every new window, whatever the window asks
    #: (a window shown "without activating" still takes it from the one the user types in).
    new_windows_take_keyboard: ClassVar[bool] = False

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, timeout: float = 20.0) -> None:
        self.log_dir = Path(log_dir or tempfile.mkdtemp(prefix=f"desk-coach-{self.name}-logs-"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self.startup_seconds = 0.0
        self._procs: list[tuple[str, subprocess.Popen[bytes], IO[bytes]]] = []

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> Desktop:
        began = time.monotonic()
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @abstractmethod
    def start(self) -> None:
        """Start the session and wait until its tray host and notification server answer."""

    def stop(self) -> None:
        """Stop what this desktop started, newest first."""
        while self._procs:
            _, proc, log = self._procs.pop()
            stop_process(proc)
            log.close()

    # -- running programs inside -----------------------------------------------------------------

    @abstractmethod
    def app_env(self) -> dict[str, str]:
        """The environment an app started in this session gets (display, bus, session type...)."""

    def spawn(self, name: str, argv: Sequence[str], **popen_kw: Any) -> subprocess.Popen[bytes]:
        """Start ``argv`` in the session (the app's environment unless ``env`` is given), logged to
        ``log_dir/name.log``; it is stopped with the desktop."""
        if "env" not in popen_kw:
            popen_kw["env"] = self.app_env()
        proc, log = spawn_logged(self.log_dir, name, argv, **popen_kw)
        self._procs.append((name, proc, log))
        return proc

    def run(self, *argv: str, timeout: float = 30.0, check: bool = True,
            env: dict[str, str] | None = None, **popen_kw: Any) -> subprocess.CompletedProcess[str]:
        """Run a short command in the session and return its result (DesktopError if it fails)."""
        result = subprocess.run([program(argv[0]), *argv[1:]], env=env or self.app_env(), capture_output=True,
                                text=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False, **popen_kw)
        if check and result.returncode != 0:
            raise DesktopError(f"{' '.join(argv)} exited {result.returncode}: {result.stderr.strip()}")
        return result

    def output(self, *argv: str, env: dict[str, str] | None = None, **popen_kw: Any) -> bytes:
        """The raw standard output of a short command run in the session (pictures, mostly)."""
        return subprocess.run([program(argv[0]), *argv[1:]], env=env or self.app_env(), capture_output=True,
                              timeout=30, check=True, stdin=subprocess.DEVNULL, **popen_kw).stdout

    def _wait_started(self, proc: subprocess.Popen[bytes], ready: Callable[[], Any], what: str) -> None:
        """Wait for ``ready``; DesktopError with the logs if ``proc`` dies or it takes too long."""
        def check() -> Any:
            if proc.poll() is not None:
                raise DesktopError(f"{self.name}: exited ({proc.returncode}) before {what}\n"
                                   + self.format_logs())
            return ready()

        try:
            wait_until(check, self.timeout, 0.1, what=f"{self.name}: {what}")
        except AssertionError as error:
            raise DesktopError(f"{error}\n{self.format_logs()}") from None

    def name_has_owner(self, name: str) -> bool:
        """Whether a well-known name (org.freedesktop.Notifications...) is owned on the session bus."""
        out = self.run("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                       "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}",
                       check=False).stdout
        return "boolean true" in out

    def steady(self, area: Geometry) -> bool:
        """Whether ``area`` shows something (not all black) and the same twice in a row: drawn."""
        first = self.capture_rgb(area)
        return any(first) and first == self.capture_rgb(area)

    @staticmethod
    def wait_until(predicate: Callable[[], T], timeout: float = 5.0, interval: float = 0.05,
                   what: str | None = None) -> T:
        return wait_until(predicate, timeout, interval, what)

    def format_logs(self, tail: int = 40) -> str:
        return format_logs(self.log_dir, tail)

    # -- hands: the desktop's own input ----------------------------------------------------------

    @abstractmethod
    def click(self, x: int, y: int, button: int = 1) -> None:
        """Move the pointer to (x, y) and click ``button`` (1 left, 3 right)."""

    @abstractmethod
    def key(self, *combos: str) -> None:
        """Press keys in the focused window or menu, xdotool's names: ``"b"``, ``"Escape"``, ``"alt+e"``."""

    @abstractmethod
    def nudge(self) -> None:
        """A small pointer move in an empty corner: the user is at the desk."""

    def open_tray_menu(self, item: TrayItem, timeout: float = 10) -> Geometry:
        """A real right click on the tray icon; returns the menu's box once the host has drawn it
        (:meth:`tray_menu_drawn`)."""
        x, y = item.centre
        assert item.geometry is not None
        row = item.geometry.y + item.geometry.height + 8  # under a panel a little taller than the icon
        screen = Geometry(0, 0, *self.size)
        # A click that opened nothing is clicked again, as a user would: on a busy machine a shell
        # now and then drops the first right click after the session was locked (seen in GNOME and
        # on xvfb, once in a few dozen journeys); the second must open the menu.
        for attempt in (1, 2, 3):
            if attempt > 1:  # where the host draws the icon now, once it has it again (GNOME's
                # extension drops an item now and then, and the app registers it again after a while)
                item = self.wait_until(
                    lambda wanted=item.id: next(
                        (i for i in self.tray_items() if i.id == wanted and i.geometry), None),
                    timeout=20, interval=0.5, what="the tray icon shown again")
                x, y = item.centre
                assert item.geometry is not None
                row = item.geometry.y + item.geometry.height + 8
            before = self.capture_rgb(screen)
            self.click(x, y, button=3)

            def drawn(before: bytes = before, x: int = x, row: int = row) -> Geometry | None:
                return self.tray_menu_drawn(before, x, row)

            try:
                self.menu_box = self.wait_until(drawn, timeout=timeout, interval=0.2,
                                                what="the tray menu drawn by the icon")
                break
            except AssertionError:
                self.screenshot(self.log_dir / f"no-tray-menu-{attempt}.png")  # for the failed test's reader
                if attempt == 3:
                    raise
                self.key("Escape")  # whatever the first click opened instead
        time.sleep(0.3)  # let the menu finish drawing and take the keyboard
        return self.menu_box

    def tray_menu_drawn(self, before: bytes, x: int, row: int) -> Geometry | None:
        """The box of the tray menu a right click at ``x`` opened, once drawn (None before): what
        appeared since the screen capture ``before`` across the ``row`` under the panel, next to
        the icon, at least 100 x 150 pixels (notifications keep a margin below the panel and are
        smaller)."""
        box = menu_box(before, self.capture_rgb(Geometry(0, 0, *self.size)), self.size, x, row)
        return box if box is not None and box.width >= 100 and box.height >= 150 else None

    def pick_menu_entry(self, row: int, mnemonic: str) -> None:
        """Choose an entry of the open tray menu: the ``row``-th line of text in it (0 the first,
        -1 the last), whose underlined letter is ``mnemonic``. Here: its letter, typed."""
        self.key(mnemonic)

    @abstractmethod
    def focus(self, window: Window) -> None:
        """Give ``window`` the keyboard, the way the desktop does when the user clicks it."""

    # -- eyes: what the desktop shows ------------------------------------------------------------

    @abstractmethod
    def windows(self, title_pattern: str) -> list[Window]:
        """The visible top-level windows whose title matches the regular expression."""

    def window_box(self, window: Window) -> Geometry:
        """Where ``window`` is on the screen, as the desktop places it (its frame, title bar and
        borders included where the desktop draws them)."""
        raise NotImplementedError(f"{self.name}: finding where a window is")

    def margin_blank(self, window: Window) -> bool:
        """Whether the window's left margin, under its title bar, is one colour from top to bottom
        as a Qt window with layout margins draws it (see ``blank_margin``)."""
        box = self.window_box(window)
        return blank_margin(self.capture_rgb(box), box)

    @abstractmethod
    def tray_items(self) -> list[TrayItem]:
        """The items the tray host holds, with where each is drawn when that is known."""

    def tray_refuses_every_item(self) -> bool:
        """Whether the tray host itself takes no item now, whichever app asks (so no app can show
        an icon); False where that was never seen."""
        return False

    @abstractmethod
    def notifications_shown(self) -> int:
        """How many notifications the server is showing now."""

    @abstractmethod
    def answer_notification(self, call: NotifyCall, action: str) -> None:
        """Answer the notification of ``call`` with ``action``, the way a user does on this server."""

    def dismiss_notification(self, call: NotifyCall) -> None:
        """Close the notification of ``call`` without choosing an action, the way a user does on
        this server (its close button, a swipe, ``makoctl dismiss``...)."""
        raise NotImplementedError(f"{self.name}: dismissing a notification")

    def notification_reachable(self, call: NotifyCall) -> bool:
        """Whether the notification of ``call`` is on screen, or one click away in the desktop's
        own list of notifications (GNOME's message tray, Plasma's history...)."""
        raise NotImplementedError(f"{self.name}: finding a notification on screen or in its list")

    #: What ``status --json`` names as this desktop's idle source (its ``sensor`` contains it).
    idle_source: ClassVar[str]

    #: Whether the desktop's locker tells applications that the session is locked in a way Desk
    #: Coach reads (org.freedesktop.ScreenSaver's GetActive, logind's LockedHint). Where it does
    #: not, the coach sees a locked session only as no input (the stored bout ends "idle").
    lock_told_to_apps: ClassVar[bool] = False

    #: False where the desktop takes no screenshot while the session is locked (KWin's screenshot
    #: effect is off under the lock screen: a request waits until the unlock).
    screenshots_while_locked: ClassVar[bool] = True

    def lock(self) -> None:
        """Lock the session through the desktop's own interface (its screen saver / locker service)
        and return once the desktop says it is locked."""
        raise NotImplementedError(f"{self.name}: locking the session")

    def unlock(self) -> None:
        """End the lock again (as a user typing a password would) and return once it has ended."""
        raise NotImplementedError(f"{self.name}: unlocking the session")

    @abstractmethod
    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save the whole screen as a PNG and return its path."""

    @abstractmethod
    def capture_rgb(self, region: Geometry) -> bytes:
        """The pixels of ``region``, 3 bytes a pixel, row by row."""


class InputDevice(Protocol):
    """What a desktop's own input injection offers: a compositor's virtual or fake input devices,
    a remote-desktop session."""

    def click(self, x: int, y: int, button: int = 1) -> None: ...
    def key(self, combo: str) -> None: ...
    def move(self, x: int, y: int) -> None: ...


class DeviceInputDesktop(Desktop):
    """A desktop whose hands are an input device the harness holds (``input``, set by ``start``)."""

    input: InputDevice | None = None
    _nudges = 0

    @abstractmethod
    def nudge_spot(self) -> tuple[int, int]:
        """An empty place a nudge moves the pointer near (a few pixels to its right each time)."""

    def click(self, x: int, y: int, button: int = 1) -> None:
        assert self.input is not None
        self.input.click(x, y, button)

    def key(self, *combos: str) -> None:
        assert self.input is not None
        for combo in combos:
            self.input.key(combo)

    def nudge(self) -> None:
        assert self.input is not None
        self._nudges += 1
        x, y = self.nudge_spot()
        self.input.move(x + self._nudges % 20, y)


def changed_box(before: bytes, after: bytes, region: Geometry) -> Geometry | None:
    """The smallest box (in screen coordinates) holding every pixel of ``region`` that differs
    between two captures of it, or None when nothing changed."""
    x0, y0, width, height = region
    row = width * 3
    rows = [y for y in range(height) if before[y * row:(y + 1) * row] != after[y * row:(y + 1) * row]]
    if not rows:
        return None
    left, right = width, 0
    for y in rows:
        a, b = before[y * row:(y + 1) * row], after[y * row:(y + 1) * row]
        left = min(left, _common_prefix(a, b) // 3)
        right = max(right, width - 1 - _common_prefix(a[::-1], b[::-1]) // 3)
    return Geometry(x0 + left, y0 + rows[0], right - left + 1, rows[-1] - rows[0] + 1)


def menu_box(before: bytes, after: bytes, size: tuple[int, int], x: int, y: int) -> Geometry | None:
    """The box of a menu that appeared between two screen captures and covers the row ``y`` near
    ``x``: along that row, the widest run of changed pixels within 200 pixels of ``x``; down the
    column just inside its left end, the run of changed pixels holding ``y``. (Other things change
    meanwhile, such as the pointer's arrow where the click was: only the menu's own row and column
    count.)"""
    width, height = size

    def changed(px: int, py: int) -> bool:
        offset = (py * width + px) * 3
        return before[offset:offset + 3] != after[offset:offset + 3]

    runs = _runs([changed(px, y) for px in range(width)])
    if not runs:
        return None
    near = [run for run in runs if max(0, run[0] - x, x - run[1]) <= 200] or runs
    left, right = max(near, key=lambda run: run[1] - run[0])  # the widest near x: not the pointer's arrow
    column = min(left + 4, right)
    down = _runs([changed(column, py) for py in range(height)])
    top, bottom = next(run for run in down if run[0] <= y <= run[1])
    return Geometry(left, top, right - left + 1, bottom - top + 1)


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (first, last) index of each run of True in ``flags``."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs


def _common_prefix(a: bytes, b: bytes) -> int:
    """How many leading bytes ``a`` and ``b`` share (a binary search over slice comparisons)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


#: The left margin strip ``blank_margin`` reads: inside any border a desktop draws (up to 5 pixels),
#: short of where a Qt layout's margin ends (the routine window's is about 20 pixels).
MARGIN_COLUMNS = range(6, 14)


def blank_margin(pixels: bytes, box: Geometry, columns: range = MARGIN_COLUMNS) -> bool:
    """Whether a window captured in ``pixels`` (its ``box`` on the screen) shows a blank left margin:
    down the lower three quarters of the box (under any title bar), the ``columns`` are the
    window's background colour on every row but at most one short run (a pointer resting there).

    A window whose buffer the compositor read with the wrong row length (KWin before 6.2 with Qt's
    padded rows: desk_coach/ui/redraw_after_resize.py) is drawn sheared: each row starts a little
    further into the buffer than the last, so what lies anywhere in the window, and the black
    padding, crosses the margin every few rows. Whatever the theme or the desktop's decorations."""
    _, _, width, height = box
    rows = range(height // 4, height - 8)

    def strip(y: int) -> bytes:
        return pixels[(y * width + columns.start) * 3:(y * width + columns.stop) * 3]

    strips = {y: strip(y) for y in rows}
    background = _commonest_pixel(b"".join(strips.values()))
    off = [any(strips[y][i:i + 3] != background for i in range(0, len(strips[y]), 3)) for y in rows]
    runs = _runs(off)
    return len(runs) <= 1 and all(last - first < 32 for first, last in runs)


def _commonest_pixel(pixels: bytes) -> bytes:
    counts: dict[bytes, int] = {}
    for i in range(0, len(pixels), 3):
        counts[pixels[i:i + 3]] = counts.get(pixels[i:i + 3], 0) + 1
    return max(counts, key=counts.__getitem__)


def text_rows(pixels: bytes, box: Geometry, columns: range) -> list[int]:
    """The middle y (screen coordinates) of each line of text in ``box`` (as captured in
    ``pixels``), looking only at ``columns`` (x inside the box): runs of rows with dark-enough marks
    on the box's most common colour, at least 6 pixels tall (separators and borders are thinner)."""
    _, _, width, height = box
    background = _commonest_pixel(pixels)

    def ink(y: int) -> bool:
        marks = 0
        for x in columns:
            offset = (y * width + x) * 3
            if sum(abs(c - b) for c, b in zip(pixels[offset:offset + 3], background, strict=True)) > 90:
                marks += 1
        return marks >= 2

    return [box.y + (first + last) // 2 for first, last in _runs([ink(y) for y in range(height)])
            if last - first >= 5]


def desktop_user() -> dict[str, Any]:
    """Popen arguments that run a program as ``DESKTOP_USER`` (made on first use): none unless we
    are root."""
    if os.geteuid() != 0:
        return {}
    entry = system_user(DESKTOP_USER, ["--system", "--user-group", "--no-create-home",
                                       "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin"])
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
