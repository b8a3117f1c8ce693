"""What the start-up does before the tray icon shows, and what it leaves for later.

The icon is what the user waits for; the database, SQLAlchemy and the coach come after it.
Each check runs in a fresh interpreter, because what a process has imported cannot be undone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap


def run_fresh(code: str, tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_icon_shows_before_the_database_or_sqlalchemy_is_loaded(tmp_path):
    seen = run_fresh(
        """
        import json, sys
        from desk_coach.ui.qt_loading import load_qt
        load_qt()
        from desk_coach.adapters.paths import AppPaths
        from desk_coach.app import DeskCoachApp
        from desk_coach.ui.application import create_qt_app
        paths = AppPaths.for_current_user()
        coach = DeskCoachApp(paths, create_qt_app([]))
        coach.show_icon()
        before = {"sqlalchemy": "sqlalchemy" in sys.modules, "database": paths.database.exists(),
                  "tray": coach.tray.is_visible()}
        coach.start_coaching()
        after = {"sqlalchemy": "sqlalchemy" in sys.modules, "database": paths.database.exists()}
        coach.stop()
        print(json.dumps({"before": before, "after": after}))
        """,
        tmp_path,
    )
    assert seen["before"] == {"sqlalchemy": False, "database": False, "tray": True}
    assert seen["after"] == {"sqlalchemy": True, "database": True}


def test_pyside_import_hook_is_taken_out_and_qt_still_works(tmp_path):
    seen = run_fresh(
        """
        import builtins, json, linecache
        standard = builtins.__import__
        from desk_coach.ui.qt_loading import load_qt
        removed = load_qt()
        import sqlalchemy.orm
        from PySide6.QtCharts import QChart
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        fired = []
        QTimer.singleShot(0, lambda: (fired.append(True), app.quit()))
        app.exec()
        chart = QChart()
        chart.setTitle("week")
        print(json.dumps({
            "removed": removed,
            "standard_import": builtins.__import__ is standard,
            "sources_cached": [f for f in linecache.cache if "sqlalchemy" in f and f.endswith(".py")],
            "timer_fired": fired == [True],
            "chart_title": chart.title(),
            "enum": int(Qt.AlignmentFlag.AlignLeft.value),
        }))
        """,
        tmp_path,
    )
    assert seen["removed"] is True
    assert seen["standard_import"] is True
    assert seen["sources_cached"] == [], "SQLAlchemy's sources were read into memory by the hook"
    assert seen["timer_fired"] and seen["chart_title"] == "week" and seen["enum"] == 1
