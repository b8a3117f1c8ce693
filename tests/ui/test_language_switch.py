"""The language changes without a restart: a new choice in Settings words the tray menu again at
once, the exercises are read again in it, and windows opened afterwards speak it; a language set
in the settings file is spoken from the start."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.domain.settings import Display
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.language import apply_language


@pytest.fixture
def coach(qapp):
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    yield app
    for window in list(app.shell.windows):
        window.close()
    app.stop()
    apply_language("en")


def _choose(coach: DeskCoachApp, language: str) -> None:
    """What the Settings window does on Save: hand the saved settings to the app."""
    coach.windows.data.settings_saved(replace(coach.settings, display=Display(language)))


def test_choosing_german_words_the_tray_at_once_and_the_next_windows(coach):
    coach.start()
    coach.windows.wizard.close()  # the first start's self-check, opened in English
    assert coach.tray.progress_action.text() == "Pr&ogress…"
    assert coach.routines.library["HF1"].name == "Standing split-stance hip-flexor stretch"
    _choose(coach, "de")
    assert coach.tray.progress_action.text() == "&Fortschritt…"
    assert coach.routines.library["HF1"].name == "Stehende Hüftbeuger-Dehnung in Schrittstellung"
    coach.windows.show_self_check()
    assert coach.windows.wizard.windowTitle().startswith("Selbstcheck")
    coach.windows.wizard.close()
    _choose(coach, "system")  # the tests' system speaks English
    assert coach.tray.progress_action.text() == "Pr&ogress…"
    assert coach.routines.library["HF1"].name == "Standing split-stance hip-flexor stretch"


def test_a_language_in_the_settings_file_is_spoken_from_the_start(coach):
    settings_file = AppPaths.for_current_user().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('[display]\nlanguage = "es"\n', encoding="utf-8")
    coach.start()
    assert coach.tray.progress_action.text() == "Pr&ogreso…"
    assert coach.tray.quit_action.text() == "Sal&ir de Desk Coach"
