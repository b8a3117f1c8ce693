"""Screenshots of Settings' Sounds group with the spoken cues (issue 17), light and dark, in English,
German and Spanish, with each of the three choices shown in turn (the drop-down closed, as it sits):

    DESK_COACH_SHOTS=/some/folder QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/sounds_shots.py

Offscreen, Fusion, and a dark QPalette for "dark" (``progress_shots.dark_palette``). Writes
``sounds-<lang>-<theme>-<choice>.png``; a language shows translated once its catalogue is built.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    sys.path[:0] = [str(HERE), str(HERE.parent / "support")]
    from progress_shots import dark_palette
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QListWidget
    from window_gallery import settle

    from desk_coach.adapters.settings_file import shipped_schema
    from desk_coach.domain.settings import defaults
    from desk_coach.ui.application import create_qt_app
    from desk_coach.ui.language import apply_language
    from desk_coach.ui.settings_dialog import SettingsDialog
    from desk_coach.ui.settings_fields import FieldEditor
    from desk_coach.ui.settings_form import group_title

    folder = Path(os.environ.get("DESK_COACH_SHOTS", "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    app = create_qt_app([])
    app.setStyle("Fusion")
    light = QApplication.palette()
    for language in ("en", "de", "es"):
        apply_language(language)
        schema = shipped_schema(in_language=True)
        for theme, palette in (("light", light), ("dark", dark_palette())):
            QApplication.setPalette(palette)
            dialog = SettingsDialog(schema, defaults(schema), lambda settings: None, None)
            dialog.show()
            groups = dialog.findChild(QListWidget)
            [item] = groups.findItems(group_title("sounds"), Qt.MatchFlag.MatchExactly)
            groups.setCurrentItem(item)
            combo = next(e for e in dialog.findChildren(FieldEditor)
                         if e.objectName() == "sounds.spoken_cues").input
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                settle()
                path = folder / f"sounds-{language}-{theme}-{combo.itemData(index)}.png"
                dialog.grab().save(str(path))
                print(path)
            dialog.close()
            dialog.deleteLater()
            settle()


if __name__ == "__main__":
    main()
