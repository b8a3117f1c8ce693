"""Self-checks opened in a process where the coach has run and stopped, with Python's collector
run after each test: the wizard looked for the control that would take the focus by walking the
focus chain past its page, into widgets of windows on their way out, and the process crashed
(segmentation fault) making the next widget. Run in a pytest of its own, so a crash is this test's
failure, not the end of the whole run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_checks_open_after_the_coach_ran_and_stopped() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "collect_between_tests", "-p", "no:randomly",
         "-p", "no:cacheprovider", "-o", "addopts=", "tests/ui/coach_started_and_stopped.py",
         "tests/ui/test_screen_wizard.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, (run.stdout[-3000:], run.stderr[-2000:])
