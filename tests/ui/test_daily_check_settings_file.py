"""The daily adherence check moves breaks later by writing that one value to the user's settings
file (as the README says), in place: the user's comments and layout stay, the coach follows."""

from __future__ import annotations

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.said import Said, said
from desk_coach.ui.application import create_qt_app

USERS_FILE = """\
# Mine: written by hand, please keep my notes.

[breaks]
sit_interval_min = 40   # 40 suits my back

[sounds]
volume = 20
"""


class FewerBreaksDone:
    interval_change_min = 5

    def line(self) -> Said:
        return said(ProgressionSaid.FEWER_BREAKS_LATER, n=5)


@pytest.fixture
def coach(qapp):
    paths = AppPaths.for_current_user()
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text(USERS_FILE, encoding="utf-8")
    app = DeskCoachApp(paths, create_qt_app([]))
    app.start()
    for window in list(app.shell.windows):  # the first-run self-check
        window.close()
    yield app
    for window in list(app.shell.windows):
        window.close()
    app.stop()


def test_the_daily_check_writes_only_the_new_interval_and_keeps_the_users_file(coach, monkeypatch):
    monkeypatch.setattr(coach.routines, "check_adherence", lambda: FewerBreaksDone())
    monkeypatch.setattr(coach.routines, "rescreen_reason", lambda: None)

    coach._daily_coaching_check()

    assert coach.paths.settings_file.read_text(encoding="utf-8") == USERS_FILE.replace(
        "sit_interval_min = 40   #", "sit_interval_min = 45   #"
    )
    assert coach.settings.breaks.sit_interval_min == 45
    assert coach.settings.sounds.volume == 20
