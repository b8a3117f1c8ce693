"""Screenshots of the status window (issue 17), light and dark, at 1x and 2x, in English, German
and Spanish, a break due (every button it can enable):

    DESK_COACH_SHOTS=/some/folder .venv/bin/python tests/ui/status_shots.py

Each scale runs in a process of its own (Qt reads the scale once): offscreen, Fusion, and a dark
QPalette for "dark" (``progress_shots.dark_palette``). Writes ``status-<lang>-<theme>-<scale>x.png``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCALE_ENV = "DESK_COACH_STATUS_SHOT_SCALE"


def shoot(folder: Path, scale: int) -> None:
    sys.path[:0] = [str(HERE), str(HERE.parent / "support")]
    from progress_shots import dark_palette
    from PySide6.QtWidgets import QApplication
    from window_gallery import _status_due, _tray, settle

    from desk_coach.ui.application import create_qt_app
    from desk_coach.ui.language import apply_language
    from desk_coach.ui.status_window import StatusWindow

    app = create_qt_app([])
    app.setStyle("Fusion")
    light = QApplication.palette()
    for language in ("en", "de", "es"):
        apply_language(language)
        for theme, palette in (("light", light), ("dark", dark_palette())):
            QApplication.setPalette(palette)
            tray = _tray()
            tray.set_snooze_lengths((5, 10))
            status, summary = _status_due()
            tray.show_status(status, summary, can_snooze=True)
            window = StatusWindow(tray)
            window.show()
            settle()
            window.grab().save(str(folder / f"status-{language}-{theme}-{scale}x.png"))
            window.close()
            window.deleteLater()
            settle()


def main() -> None:
    folder = Path(os.environ.get("DESK_COACH_SHOTS", "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    if os.environ.get(SCALE_ENV):
        shoot(folder, int(os.environ[SCALE_ENV]))
        return
    for scale in (1, 2):
        env = {**os.environ, SCALE_ENV: str(scale), "QT_SCALE_FACTOR": str(scale),
               "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run([sys.executable, __file__], env=env, check=True)


if __name__ == "__main__":
    main()
