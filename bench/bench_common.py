"""What every benchmark shares: the two apps started the same way, a headless desktop, output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "support"))
sys.path.insert(0, str(HERE.parent))

import desktops as matrix  # noqa: E402, F401  (the test matrix: one Desktop per desktop)
from desktop import HeadlessDesktop  # noqa: E402

#: The baseline and Desk Coach, each a Python module run by the same interpreter.
APPS = {
    "baseline": [sys.executable, str(HERE / "baseline_tray.py")],
    "desk_coach": [sys.executable, "-m", "desk_coach"],
}
LABELS = {"baseline": "baseline", "desk_coach": "Desk Coach"}


class Desktop(HeadlessDesktop):
    """The headless X11 desktop of the end-to-end tests, logging into a throw-away folder."""

    def __init__(self) -> None:
        super().__init__(log_dir=tempfile.mkdtemp(prefix="desk-coach-bench-logs-"))


def fresh_home(desktop: HeadlessDesktop, label: str) -> dict[str, str]:
    """The desktop's environment with XDG folders of a new, empty home for ``label``."""
    return home_in(desktop.env, label)


def home_in(session_env: dict[str, str], label: str) -> dict[str, str]:
    """``session_env`` with XDG folders of a new, empty home for ``label``."""
    home = Path(tempfile.mkdtemp(prefix=f"desk-coach-bench-{label}-"))
    env = dict(session_env)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    return env


def stop(process: subprocess.Popen) -> int:
    """SIGTERM (the apps quit cleanly on it), then wait; kill after 20 s."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def print_table(title: str, columns: list[str], rows: dict[str, list[str]]) -> None:
    widths = [max(len(c), *(len(r[i]) for r in rows.values())) for i, c in enumerate(columns)]
    print(title)
    print(" " * 14 + "".join(f"{c:>{w + 2}}" for c, w in zip(columns, widths, strict=True)))
    for label, row in rows.items():
        cells = "".join(f"{v:>{w + 2}}" for v, w in zip(row, widths, strict=True))
        print(f"{LABELS.get(label, label):14}{cells}")


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"written: {path}")
