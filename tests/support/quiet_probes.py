"""What the quiet sensors' tests and their benchmark (bench/quiet_sensors.py) set up alike: a process
holding a (fake) camera open, Qt windows in the headless desktop with a window manager's marks
played by xprop, and a private PulseAudio server with a speaker and a microphone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop import HeadlessDesktop

HOLDER = """
import sys, time
with open(sys.argv[1], "rb"):
    print("open", flush=True)
    sys.stdin.readline()  # hold it until told
"""


class Holder:
    """A process that opens ``path`` and holds it until released."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "open\n"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()


def fake_devices(folder: Path) -> Path:
    """A device folder with two video devices and /dev/null's namesake, all plain files."""
    folder.mkdir()
    for name in ("video0", "video1", "null"):
        (folder / name).touch()
    return folder


WINDOW_APP = """
import sys
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
mode, title = sys.argv[1:]
window = QWidget()
window.setWindowTitle(title)
screen = app.primaryScreen().geometry()
if mode == "fullscreen":  # asks for fullscreen, with nobody to make it so
    window.showFullScreen()
elif mode == "fullscreen-sized":  # asks for fullscreen and sizes itself to the screen, as games do
    window.setGeometry(screen)
    window.showFullScreen()
elif mode == "covering":  # as big as the screen, but not fullscreen (a desktop background, a kiosk)
    window.setGeometry(screen)
    window.show()
else:
    window.resize(320, 200)
    window.show()
window.activateWindow()
sys.exit(app.exec())
"""


def show_window(desktop: HeadlessDesktop, folder: Path, mode: str, title: str) -> int:
    """Run a Qt window in ``mode`` inside the desktop; its X window id once it is visible and focused."""
    script = folder / "window_app.py"
    script.write_text(WINDOW_APP)
    desktop.spawn(f"window-{title}", [sys.executable, str(script), mode, title])

    def visible() -> list[str]:
        found = desktop.run("xdotool", "search", "--onlyvisible", "--name", f"^{title}$", check=False)
        return found.stdout.split()

    [window] = desktop.wait_until(visible, timeout=15, what=f"the {mode} window {title!r}")
    desktop.wait_until(lambda: desktop.xdotool("getwindowfocus") == window, what=f"{title!r} focused")
    return int(window)


def set_active_window(desktop: HeadlessDesktop, window: int) -> None:
    desktop.run(
        "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32c", "-set", "_NET_ACTIVE_WINDOW", str(window)
    )


def set_state(desktop: HeadlessDesktop, window: int, *atoms: str) -> None:
    """Set _NET_WM_STATE with xprop (which writes a single atom)."""
    [atom] = atoms
    desktop.run("xprop", "-id", str(window), "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", atom)


PULSE_PROGRAMS = ("pulseaudio", "pactl", "parecord")


class PulseUnavailable(Exception):
    """PulseAudio's programs are not installed; the message names them."""


@contextmanager
def pulse_server(folder: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with a null sink (``speakers``) and a null source (``mic``);
    yields the environment that reaches it."""
    missing = [name for name in PULSE_PROGRAMS if shutil.which(name) is None]
    if missing:
        raise PulseUnavailable(
            f"{', '.join(missing)} not installed (Debian packages pulseaudio, pulseaudio-utils)"
        )
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {name: value for name, value in os.environ.items() if not name.startswith("PULSE_")}
    env |= {"XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config")}
    log_path = folder / "pulseaudio.log"
    log = open(log_path, "wb")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--log-target=stderr", "-L", "module-native-protocol-unix",
         "-L", "module-null-sink sink_name=speakers", "-L", "module-null-source source_name=mic"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False).returncode:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not start: " + log_path.read_text())
            time.sleep(0.05)
        yield env
    finally:
        server.terminate()
        server.wait(10)
        log.close()


class Recorder:
    """parecord taking what ``source`` hears, until stopped."""

    def __init__(self, env: dict[str, str], source: str) -> None:
        self.proc = subprocess.Popen(
            ["parecord", "-d", source, "--raw", os.devnull],
            env=env,
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
