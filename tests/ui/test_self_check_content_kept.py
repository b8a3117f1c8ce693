"""The self-check content the app keeps (read once, ``ScreenContentFile``) is read again in the
new language when the user chooses another one in Settings."""

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


def _names(coach: DeskCoachApp) -> list[str]:
    return [item.name for item in coach.container.screen_content().items]


def test_the_kept_self_check_content_follows_a_new_language(coach):
    coach.start()
    english = _names(coach)
    assert "Front-of-hip check" in english
    assert coach.container.screen_content() is coach.container.screen_content()  # kept
    coach.windows.data.settings_saved(replace(coach.settings, display=Display("de")))
    german = _names(coach)
    assert german != english
    coach.windows.data.settings_saved(replace(coach.settings, display=Display("system")))
    assert _names(coach) == english
