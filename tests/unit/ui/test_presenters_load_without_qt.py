"""The views' presenters are plain Python: importing them loads no Qt module at all (import-linter
checks their own imports; this also covers the packages they sit in)."""

from __future__ import annotations

import subprocess
import sys

PRESENTERS = (
    "desk_coach.ui.routine.player",
    "desk_coach.ui.routine.screen",
    "desk_coach.ui.routine.answers",
    "desk_coach.ui.routine.session",
    "desk_coach.ui.break_countdown",
    "desk_coach.ui.settings_form",
    "desk_coach.ui.screen_wizard.flow",
    "desk_coach.ui.work_day_line",
    "desk_coach.ui.week_glance_page",
    "desk_coach.ui.screen_geometry",
)


def test_the_presenters_load_without_qt():
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {PRESENTERS!r}]; "
            "sys.exit(sorted(m for m in sys.modules if m.startswith('PySide6'))[:1] or 0)")
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
