"""Screenshots of the Progress window with a rich week (issue 15): 1366x768 at 1x and 2880x1800 at 2x,
light and dark, Fusion and GTK, in one command:

    DESK_COACH_SHOTS=/some/folder .venv/bin/python tests/ui/progress_shots.py [NAME ...]

For each shot NAME (all of :data:`SHOTS` without arguments) it writes ``progress-NAME.png`` (the
window as it opens) and ``progress-NAME-all.png`` (everything the window scrolls through, at the
window's width). Each shot runs in a process of its own, as Qt reads the screen's size and scale
only once: offscreen Qt with a screen of that size (``QT_SCALE_FACTOR`` for 2x), the Fusion style
with a dark QPalette for "dark", or the GTK platform theme (Adwaita, ``GTK_THEME=Adwaita:dark`` for
dark) under ``xvfb-run``, which GTK needs to read its settings. GTK shots are skipped without it.

The week is the tests' busy week (``test_progress_window``), the self-checks eight re-checks over
six months, four of them in the last fortnight, with equal scores across items.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHOTS_ENV = "DESK_COACH_SHOTS"
CHILD_ENV = "DESK_COACH_SHOT"
#: name: (width, height in device pixels, scale, platform theme ("" for Fusion), dark)
SHOTS: dict[str, tuple[int, int, int, str, bool]] = {
    "1366x768-fusion-light": (1366, 768, 1, "", False),
    "1366x768-fusion-dark": (1366, 768, 1, "", True),
    "1366x768-gtk-light": (1366, 768, 1, "gtk3", False),
    "1366x768-gtk-dark": (1366, 768, 1, "gtk3", True),
    "2880x1800-2x-fusion-light": (2880, 1800, 2, "", False),
    "2880x1800-2x-fusion-dark": (2880, 1800, 2, "", True),
    "2880x1800-2x-gtk-light": (2880, 1800, 2, "gtk3", False),
    "2880x1800-2x-gtk-dark": (2880, 1800, 2, "gtk3", True),
}


def run_all(names: list[str], folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in names:
        width, height, scale, theme, dark = SHOTS[name]
        with tempfile.TemporaryDirectory() as tmp:
            screen = Path(tmp) / "screen.json"
            screen.write_text(json.dumps({"screens": [{
                "name": name, "x": 0, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
            }]}), encoding="utf-8")
            env = {**os.environ, CHILD_ENV: name, SHOTS_ENV: str(folder), "QT_SCALE_FACTOR": str(scale),
                   "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
            for variable in ("QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR", "GTK_THEME",
                             "QT_ENABLE_HIGHDPI_SCALING", "QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME"):
                env.pop(variable, None)
            display: list[str] = []
            if theme:
                if shutil.which("xvfb-run") is None:
                    print(f"{name}: skipped, the {theme} platform theme needs a display (no xvfb-run)")
                    continue
                env["QT_QPA_PLATFORMTHEME"] = theme
                env["GTK_THEME"] = "Adwaita:dark" if dark else "Adwaita"
                display = ["xvfb-run", "-a"]
            else:
                env["QT_STYLE_OVERRIDE"] = "Fusion"
            run = subprocess.run([*display, sys.executable, __file__], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=300)
            print(run.stdout.strip() or f"{name}: no output")
            if run.returncode:
                failed += 1
                print(run.stderr[-3000:])
    return 1 if failed else 0


# ---------------------------------------------------------------------------- one shot, in a child


def dark_palette():
    """A dark palette as a dark desktop theme gives Fusion (window #2B2B2B, text #E6E6E6)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#2B2B2B", roles.WindowText: "#E6E6E6", roles.Base: "#1E1E1E",
        roles.AlternateBase: "#333333", roles.Text: "#E6E6E6", roles.Button: "#3A3A3A",
        roles.ButtonText: "#E6E6E6", roles.ToolTipBase: "#3A3A3A", roles.ToolTipText: "#E6E6E6",
        roles.Highlight: "#3D7BD9", roles.HighlightedText: "#FFFFFF", roles.PlaceholderText: "#9A9A9A",
        roles.Light: "#505050", roles.Midlight: "#444444", roles.Mid: "#2F2F2F", roles.Dark: "#202020",
        roles.Shadow: "#101010", roles.Link: "#7AB0FF",
    }.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7A7A7A"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7A7A7A"))
    return palette


def rich_screens(today: date) -> list:
    from test_progress_window import ZONE

    from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource, Side

    sided = {"S1", "S2", "S4"}
    plan = [  # days back: a score per item (S1..S6); one side a point lower where marked "-"
        (170, "0 1 0 1 1 2"), (120, "1- 1 1 1 1 2"), (75, "1 2 1 1- 2 2"), (40, "2- 2 1 2 2 2"),
        (13, "2 2 2 2 2 2"), (9, "2- 2 2 2 2 2"), (4, "2 2 2 1 2 2"), (0, "2 2 2 2 2 2"),
    ]
    screens = []
    for back, scores in plan:
        day = today - timedelta(days=back)
        entries = []
        for number, text in enumerate(scores.split(), 1):
            item, score = f"S{number}", int(text.rstrip("-"))
            other = score - 1 if text.endswith("-") else score
            if item in sided:
                entries += [ScreenScore(item, Side.LEFT, score, False),
                            ScreenScore(item, Side.RIGHT, other, False)]
            else:
                entries.append(ScreenScore(item, None, score, False))
        screens.append(ScreenRecord(
            taken_at=datetime(day.year, day.month, day.day, 9 + back % 5, 0, tzinfo=ZONE),
            source=ScreenSource.WIZARD, lifestyles=frozenset(), floor_room=True, exercise_allowed=True,
            pregnancy=False, scores=tuple(entries),
        ))
    return screens


def _let_layouts_finish(seconds: float = 0.5) -> None:
    """Run the event loop a moment: on X11 the charts made after the first paint reach their
    final size a few layout passes later (a shot taken at once caught them half resized)."""
    import time

    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def take_shot(name: str, folder: Path) -> None:
    """The window as the tray app opens it: a week stored in a real SQLite file (the week at a
    glance's history, with the bout in progress), six months of self-checks, the streak and the
    Save report… button."""
    sys.path[:0] = [str(HERE), str(ROOT / "tests" / "support")]
    from glance_history import BOUT_IN_PROGRESS_S, GlanceHistory, glance_settings
    from PySide6.QtWidgets import QApplication
    from test_progress_window import FakeScreens
    from window_gallery import settle

    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

    app = QApplication([sys.argv[0]])
    _w, _h, _scale, theme, dark = SHOTS[name]
    if dark and not theme:
        app.setPalette(dark_palette())
    content = load_screen_content()
    history = GlanceHistory(Path(tempfile.mkdtemp()) / "desk-coach.sqlite3", load_library())
    settings = glance_settings()
    report, reader = history.readers(settings)
    today = report.today()
    window = ProgressWindow(ProgressPresenter(
        lambda day: report.live_week_of(day, BOUT_IN_PROGRESS_S), today,
        first_weekday=report.calendar().first_weekday, goal_minutes=settings.goals.daily_sitting_max_min,
        load_screens=FakeScreens(rich_screens(today)), screen_items=[(i.id, i.name) for i in content.items],
        load_break_days=report.break_days, read_today=report.today, load_glance=reader.glance,
        score_words=content.summary.score_words,
    ))
    window.set_report_saver(lambda _parent: None)
    window.show()
    settle()
    window.charts()  # made one turn after the first paint: here, if not yet
    _let_layouts_finish()
    folder.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(folder / f"progress-{name}.png"))
    window.content.grab().save(str(folder / f"progress-{name}-all.png"))
    palette = "dark" if window.is_dark() else "light"
    print(f"{name}: {window.size().width()}x{window.size().height()} logical, style {app.style().name()}, "
          f"{palette} palette (window {window.palette().window().color().name()})")
    window.close()
    history.close()


if __name__ == "__main__":
    folder = Path(os.environ.get(SHOTS_ENV) or Path(tempfile.gettempdir()) / "desk-coach-shots")
    if os.environ.get(CHILD_ENV):
        take_shot(os.environ[CHILD_ENV], folder)
        sys.exit(0)
    wanted = sys.argv[1:] or list(SHOTS)
    unknown = [name for name in wanted if name not in SHOTS]
    if unknown:
        sys.exit(f"no shot called {', '.join(unknown)}; there are: {', '.join(SHOTS)}")
    print(f"shots in {folder}")
    sys.exit(run_all(wanted, folder))
