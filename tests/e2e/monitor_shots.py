"""Screenshots of every window opened on each monitor of a real X server with two and three
monitors (issue 16, 3), and of a window after its monitor was unplugged, in one command:

    DESK_COACH_SHOTS=/some/folder .venv/bin/python tests/e2e/monitor_shots.py [SESSION ...]

SESSION is a key of ``SESSIONS`` in ``test_windows_on_monitors`` (all without arguments): a layout
of monitors, bare or with the xfwm4 window manager. Each shot is the whole root window, each
monitor outlined in yellow with its name, size and scale: ``SESSION-WINDOW-on-MONITOR.png``. The
shots are taken by that module's own tests, run in the session, so what is photographed is what
they check.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "support")]

from test_windows_on_monitors import SESSIONS, SHOTS_ENV, run_inside  # noqa: E402


def main(names: list[str]) -> int:
    folder = os.environ.get(SHOTS_ENV)
    if not folder:
        print(f"usage: {SHOTS_ENV}=/some/folder {sys.argv[0]} [{' '.join(SESSIONS)}]", file=sys.stderr)
        return 2
    failed = 0
    for name in names or list(SESSIONS):
        with tempfile.TemporaryDirectory() as logs:
            run = run_inside(name, Path(logs), Path(folder))
        print(f"{name}: {run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-2000:]}")
        failed += run.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
