"""Screenshots of strict mode's windows (issue 16, 2): the hint after Escape, the hold's progress,
the way-out button, in the plain break window and the guided routine, and Settings' page.

    DESK_COACH_SHOTS=/some/folder QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/strict_shots.py [LANG]

A fake clock: the pictures show the moments the tests check (1.5 s of a 3 s hold, the button
after 10 s). LANG ("de", "es", "en_XA") shows them in that language when its catalogue is built.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "support")]


class Camera:
    """Saves a widget as it looks once Qt has drawn it, in one folder, with the language's suffix."""

    def __init__(self, app, folder: Path, suffix: str) -> None:
        self.app, self.folder, self.suffix = app, folder, suffix

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def shot(self, widget, name: str) -> None:
        self.settle()
        path = self.folder / f"{name}{self.suffix}.png"
        widget.grab().save(str(path))
        print(path)


def escape(widget, press: bool = True) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    kind = QEvent.Type.KeyPress if press else QEvent.Type.KeyRelease
    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))


def strict_window(camera: Camera, name: str, window, clock) -> None:
    """Opened, Escape pressed once, Escape held 1.5 s, and the button after 10 s."""
    window.show()
    camera.shot(window, f"strict-{name}-opened")
    escape(window)
    escape(window, press=False)
    camera.shot(window, f"strict-{name}-hint")
    escape(window)
    clock.now += 1.5
    window.strict_way_out.way_out.refresh()
    camera.shot(window, f"strict-{name}-holding")
    escape(window, press=False)
    clock.now += 10
    window.refresh()
    window.strict_way_out.button.refresh()
    window.strict_way_out.button.setFocus()
    camera.shot(window, f"strict-{name}-button")


def settings_page(camera: Camera) -> None:
    from PySide6.QtWidgets import QListWidget

    from desk_coach.adapters.settings_file import shipped_schema
    from desk_coach.domain.settings import defaults
    from desk_coach.ui.settings_dialog import SettingsDialog
    from desk_coach.ui.settings_form import group_title

    settings = SettingsDialog(shipped_schema(), defaults(shipped_schema()), lambda s: None)
    settings.show()
    groups = settings.findChild(QListWidget)
    for row in range(groups.count()):
        if groups.item(row).text() == group_title("break_screen"):
            groups.setCurrentRow(row)
    camera.shot(settings, "strict-settings")


def main() -> int:
    from desk_coach.ui.application import create_qt_app

    app = create_qt_app([])
    language = sys.argv[1] if len(sys.argv) > 1 else ""
    if language:
        from desk_coach.wording.qt_catalogues import use_language

        use_language(language)
    folder = Path(os.environ.get("DESK_COACH_SHOTS", "/tmp/strict-shots"))
    folder.mkdir(parents=True, exist_ok=True)
    camera = Camera(app, folder, f"-{language}" if language else "")

    from test_guided_routine import LIBRARY, PLAN, FakeClock

    from desk_coach.domain.history import BreakKind
    from desk_coach.ui.break_window import BreakWindow
    from desk_coach.ui.routine.dialog import GuidedRoutineDialog
    from desk_coach.ui.way_out import StrictBreak

    strict = StrictBreak(length_s=180, hold_s=3, button_after_s=10)
    clock = FakeClock()
    plain = BreakWindow(BreakKind.MICRO, 180, clock=clock, strict=strict)
    strict_window(camera, "plain", plain, clock)
    plain.hide()
    clock = FakeClock()
    routine = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, strict=strict)
    strict_window(camera, "routine", routine, clock)
    routine.this_hurts()
    camera.shot(routine, "strict-routine-pain")
    routine.hide()
    settings_page(camera)
    return 0


if __name__ == "__main__":
    sys.exit(main())
