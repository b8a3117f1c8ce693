"""Export and delete of everything Desk Coach keeps, as the settings dialog and the CLI ask."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desk_coach.domain.clock import ManualClock
from desk_coach.services.your_data import CoachStillRunning, YourData
from desk_coach.wording.say import say

NOW = datetime(2026, 3, 2, 9, 0).astimezone()


class Export:
    def __init__(self) -> None:
        self.calls: list = []

    def write(self, fmt, output, at, *, force):
        self.calls.append((fmt, output, at, force))
        return [output]


class Removal:
    def __init__(self) -> None:
        self.kept = [Path("/data/desk-coach.db"), Path("/config/settings.toml")]

    def files(self):
        return list(self.kept)

    def remove(self):
        removed, self.kept = self.kept, []
        return removed


def test_an_export_is_stamped_with_the_time_it_was_made():
    export = Export()
    data = YourData(export, Removal(), ManualClock(NOW))
    assert data.export("json", Path("/tmp/out.json"), force=True) == [Path("/tmp/out.json")]
    assert export.calls == [("json", Path("/tmp/out.json"), NOW, True)]


def test_delete_names_the_files_then_removes_them():
    removal = Removal()
    data = YourData(None, removal, ManualClock(NOW))
    assert data.files() == [Path("/data/desk-coach.db"), Path("/config/settings.toml")]
    assert len(data.delete_all()) == 2
    assert data.files() == []


def test_nothing_is_deleted_while_another_coach_runs():
    removal = Removal()
    data = YourData(None, removal, ManualClock(NOW), other_coach_running=lambda: True)
    with pytest.raises(CoachStillRunning) as refused:
        data.delete_all()
    assert say(refused.value.said) == "Desk Coach is running; quit it first, then delete your data."
    assert len(removal.kept) == 2
