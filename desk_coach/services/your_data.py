"""The user's data as a whole: export it, or delete all of it.

The settings dialog and the `export` / `delete-data` commands both come here. Deleting is
refused while another Desk Coach runs (it would write its history again at once); the running
app deletes its own data only after it has stopped recording.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desk_coach.domain.clock import Clock
from desk_coach.domain.said import Said, SaidCode, said
from desk_coach.services.ports import DataRemoval, HistoryExport


class YourDataSaid(SaidCode):
    """What deleting the user's data tells them (worded in ``wording/sentences/your_data.py``)."""

    STILL_RUNNING = "your_data.still_running"


class CoachStillRunning(Exception):
    """Another Desk Coach is running: its data is not deleted under it. ``said`` tells the
    user; the exception's text is its code, for the log."""

    def __init__(self, why: Said | None = None) -> None:
        self.said = why or said(YourDataSaid.STILL_RUNNING)
        super().__init__(self.said.code)


class YourData:
    """``other_coach_running`` asks whether another Desk Coach of this user is running."""

    def __init__(
        self,
        export: HistoryExport | None,
        removal: DataRemoval,
        clock: Clock,
        other_coach_running: Callable[[], bool] = lambda: False,
    ) -> None:
        self._export = export
        self._removal = removal
        self._clock = clock
        self._other_coach_running = other_coach_running

    def export(self, fmt: str, output: Path, *, force: bool = False) -> list[Path]:
        """Write every table of the history to ``output``; raises ExportFailed."""
        assert self._export is not None, "built without a history to export"
        return self._export.write(fmt, output, self._clock.now(), force=force)

    def files(self) -> list[Path]:
        """What ``delete_all`` would remove now."""
        return self._removal.files()

    def delete_all(self) -> list[Path]:
        """Remove every file Desk Coach keeps; raises CoachStillRunning, or OSError."""
        if self._other_coach_running():
            raise CoachStillRunning()
        return self._removal.remove()
