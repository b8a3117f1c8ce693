"""Not collected on its own: run by test_wizard_after_the_coach_stopped.py ahead of the self-check's
tests, in a process of their own."""

from __future__ import annotations

from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.ui.application import create_qt_app


def test_the_coach_starts_and_stops(qapp) -> None:
    coach = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    coach.start()
    for window in list(coach.shell.windows):  # the first-run self-check, closed
        window.close()
    coach.stop()
    coach.close_windows()
