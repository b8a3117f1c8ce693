"""What a blind user gets from Desk Coach: an AT-SPI bus in the headless X desktop, the app run with
Qt's accessibility on, the tree and events read through pyatspi, and Orca itself speaking.

``ScreenReaderDesktop`` is a ``HeadlessDesktop`` (Xvfb, private session bus, tray, notifications)
plus ``at-spi-bus-launcher``; its ``env`` turns Qt's accessibility bridge on. ``atspi(...)`` runs
``atspi_probe.py`` with the system python (pyatspi is a Debian package) and returns its JSON.
``Orca`` runs the real screen reader against that bus with a debug file and no speech synthesiser
(it logs each utterance as ``SPEECH OUTPUT``, which is what a user would hear).

Debian packages: at-spi2-core python3-pyatspi orca (with --no-install-recommends; it pulls
speech-dispatcher, which it needs to import but which never has to speak here).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import PACKAGES, DesktopError, HeadlessDesktop, program

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PROBE = Path(__file__).with_name("atspi_probe.py")
ORCA_LAUNCHER = Path(__file__).with_name("orca_line_buffered.py")
PACKAGES.update({"orca": "orca", BUS_LAUNCHER: "at-spi2-core", SYSTEM_PYTHON: "python3-pyatspi"})
#: Qt speaks AT-SPI only when asked: these turn its bridge on whether or not a screen reader runs.
ACCESSIBLE_QT = {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
#: Roles a keyboard user lands on (a focusable object of another role counts as a control too).
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
                 "spin button", "slider", "list", "list item", "page tab", "menu item", "link", "table",
                 "tree", "tree table", "password text", "check menu item", "radio menu item", "dial",
                 "scroll bar"}


class ScreenReaderDesktop(HeadlessDesktop):
    """A headless desktop with an accessibility bus; programs started in it speak AT-SPI."""

    def start(self) -> None:
        for needed in (BUS_LAUNCHER, SYSTEM_PYTHON):
            if not Path(needed).exists():
                raise DesktopError(f"{needed} is missing (Debian package: {PACKAGES[needed]}); "
                                   "the e2e tests need it installed, they do not skip")
        super().start()
        self._env.pop("NO_AT_BRIDGE", None)
        self._env.pop("AT_SPI_BUS_ADDRESS", None)
        self._env.update(ACCESSIBLE_QT)
        try:
            self.spawn("atspi-bus", [BUS_LAUNCHER, "--launch-immediately"])
            self.wait_until(lambda: self.name_has_owner("org.a11y.Bus"), timeout=self.timeout,
                            what="org.a11y.Bus on the session bus")
        except BaseException:
            self.close()
            raise

    def atspi(self, *args: str, timeout: float = 60.0) -> dict[str, Any]:
        """Run ``atspi_probe.py args`` in this desktop and return what it printed."""
        return probe(args, self.env, timeout=timeout)

    def apps(self) -> list[str]:
        """Names of the applications registered on the accessibility bus."""
        return list(self.atspi("apps")["apps"])

    def tree(self, app: str = "desk", window: str | None = None) -> Tree:
        """The active window of ``app`` (or the one titled ``window``), as a screen reader reads it."""
        args = ["tree", "--app", app] + (["--window", window] if window else [])
        return Tree(self.atspi(*args)["nodes"])

    def wait_for_window(self, title: str, app: str = "desk", timeout: float = 30.0) -> Tree:
        """The window titled ``title`` once it is on the accessibility bus with its controls."""
        def read() -> Tree | None:
            tree = self.tree(app, title)
            return tree if tree.nodes and tree.controls() else None
        return self.wait_until(read, timeout=timeout, interval=0.5,
                               what=f"window {title!r} on the AT-SPI bus")

    def watch(self, keys: list[str], app: str = "desk", seconds: float = 1.0,
              key_gap: float = 0.4) -> list[Event]:
        """Press ``keys`` (xdotool names: "Tab", "shift+Tab", "Return") and return what AT-SPI told."""
        out = self.atspi("watch", "--app", app, "--keys", ",".join(keys), "--seconds", str(seconds),
                         "--key-gap", str(key_gap), timeout=60 + len(keys) * key_gap + seconds)
        return [Event(**event) for event in out["events"]]

    def tab_order(self, count: int, app: str = "desk") -> list[Event]:
        """Press Tab ``count`` times; the focus events, in order (what receives focus at each press)."""
        return [e for e in self.watch(["Tab"] * count, app) if e.type.endswith("focused") and e.detail1]


def probe(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 60.0,
          meanwhile: Callable[[], None] | None = None) -> dict[str, Any]:
    """Run ``atspi_probe.py args`` with the system python and return what it printed.

    A probe of this very process (a window a test shows) must keep its Qt event loop running,
    since Qt answers AT-SPI there: pass ``meanwhile`` (e.g. ``lambda: qtbot.wait(50)``)."""
    with subprocess.Popen([SYSTEM_PYTHON, str(PROBE), *args], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True) as process:
        deadline = time.monotonic() + timeout
        while meanwhile is not None and process.poll() is None and time.monotonic() < deadline:
            meanwhile()
        out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    if process.returncode != 0:
        raise DesktopError(f"atspi_probe {' '.join(args)} exited {process.returncode}: {err}")
    return dict(json.loads(out))


@dataclass(frozen=True)
class Event:
    """One AT-SPI event from the app: its type, data and source."""

    at: float
    type: str
    detail1: int
    any_data: Any
    role: str
    name: str
    description: str
    key: str | None


@dataclass(frozen=True)
class Tree:
    """A window's accessible objects, depth-first (``nodes[0]`` is the window)."""

    nodes: list[dict[str, Any]]

    @property
    def window(self) -> dict[str, Any]:
        return self.nodes[0]

    def controls(self) -> list[dict[str, Any]]:
        """Objects a keyboard user can reach or operate: focusable ones and the control roles."""
        return [n for n in self.nodes[1:] if n["focusable"] or n["role"] in CONTROL_ROLES]

    def unnamed(self) -> list[dict[str, Any]]:
        """Focusable objects with neither a name nor a labelled-by relation: only their role is spoken."""
        return [n for n in self.nodes[1:] if n["focusable"] and not n["name"].strip()
                and not any(r["type"] == "labelled by" and any(r["targets"]) for r in n["relations"])]

    def find(self, role: str | None = None, name: str | None = None) -> list[dict[str, Any]]:
        """Nodes of ``role`` whose name matches the regex ``name``."""
        return [n for n in self.nodes if (role is None or n["role"] == role)
                and (name is None or re.search(name, n["name"]))]

    def texts(self) -> list[str]:
        """Every name, description and text in the window, as a screen reader could read them."""
        found = []
        for n in self.nodes:
            found += [n["name"], n["description"], n["text"] or ""]
        return [t for t in found if t.strip()]


class SpeechLog:
    """What Orca spoke, read from its debug file (``SPEECH OUTPUT: '...'`` lines)."""

    #: An utterance may span lines (a message box's text): Orca indents the lines after the first.
    SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*?)'[ \t]*(?:\{[^{}\n]*\})?(?: voice=\w+)?[ \t]*$", re.M | re.S)
    INDENT = re.compile(r"\n {18}")

    def __init__(self, path: Path) -> None:
        self.path = path

    def mark(self) -> int:
        """A moment to read from: the number of utterances so far."""
        return len(self.spoken())

    def busy_mark(self) -> tuple[int, int]:
        """Utterances and log size so far: while Orca works through a queue of events (a loaded
        machine, a window changed fast) it says nothing for seconds but still writes its log."""
        return self.mark(), self.path.stat().st_size if self.path.exists() else 0

    def spoken(self, since: int = 0) -> list[str]:
        """What Orca spoke, one utterance per entry, from the ``since``-th on."""
        text = self.path.read_text(errors="replace") if self.path.exists() else ""
        return [self.INDENT.sub("\n", said) for said in self.SPOKEN.findall(text) if said.strip()][since:]


ORCA_LOCK = Path(tempfile.gettempdir()) / "desk-coach-tests-orca.lock"


def one_orca_at_a_time(timeout: float = 600.0) -> int:
    """Wait for, and take, the machine-wide turn to run Orca; the open file holding it.

    Orca refuses to start while another Orca of the same user runs ("Another screen reader process
    is already running for this session"), whatever bus it is on, so the tests' Orcas take turns
    (the suite runs in several workers). The turn is the lock on a file, released when the file is
    closed: when that test's Orca has exited."""
    fd = os.open(ORCA_LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                raise DesktopError(f"another test's Orca held {ORCA_LOCK} for {timeout:.0f} s") from None
            time.sleep(0.5)


class Orca:
    """The Orca screen reader on a ScreenReaderDesktop's bus; ``spoken()`` is what it said so far.

    Orca logs each utterance as ``SPEECH OUTPUT: '...'`` in its debug file. It runs with speech
    disabled in its settings only through the synthesiser: speech-dispatcher is not started (no
    audio), yet Orca still decides and logs what it would say. The launcher makes the debug file
    line-buffered so the log can be read while Orca runs.
    """

    def __init__(self, desktop: ScreenReaderDesktop, log_dir: Path) -> None:
        self.desktop = desktop
        self.log = log_dir / "orca-debug.out"
        self.speech = SpeechLog(self.log)
        self.prefs = log_dir / "orca-prefs"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Orca:
        program("orca")
        self.prefs.mkdir(parents=True, exist_ok=True)
        lock = one_orca_at_a_time()
        self.process = self.desktop.spawn("orca", [
            SYSTEM_PYTHON, str(ORCA_LAUNCHER), "--debug-file", str(self.log), "--user-prefs", str(self.prefs),
            "--disable", "braille", "--disable", "braille-monitor"])
        process = self.process
        threading.Thread(target=lambda: (process.wait(), os.close(lock)), daemon=True).start()
        self.desktop.wait_until(lambda: "orca" in [a.lower() for a in self.desktop.apps()], timeout=30,
                                interval=0.5, what="Orca on the AT-SPI bus")
        self.wait_to_speak("Screen reader on", timeout=30)
        self.settle()  # it reads the active window when it starts
        return self

    def mark(self) -> int:
        """A moment to read from: the number of utterances so far."""
        return self.speech.mark()

    def spoken(self, since: int = 0) -> list[str]:
        """What Orca spoke, one utterance per entry, from the ``since``-th on."""
        return self.speech.spoken(since)

    def wait_to_speak(self, pattern: str, since: int = 0, timeout: float = 15.0) -> list[str]:
        """What Orca spoke since ``since``, once an utterance matches ``pattern``."""
        def heard() -> list[str] | None:
            said = self.spoken(since)
            return said if any(re.search(pattern, line) for line in said) else None
        return self.desktop.wait_until(heard, timeout=timeout, interval=0.3,
                                       what=f"Orca to say /{pattern}/ (said: {self.spoken(since)})")

    def settle(self, quiet: float = 1.5, timeout: float = 15.0) -> list[str]:
        """Wait until Orca has said nothing new for ``quiet`` seconds; all it said."""
        deadline, last, since = time.monotonic() + timeout, -1, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.spoken())
            if count != last:
                last, since = count, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
            time.sleep(0.2)
        return self.spoken()
