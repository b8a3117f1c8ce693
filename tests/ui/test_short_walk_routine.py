"""A 30-second micro-break as the user sees it: a 30-second walk, not a minute."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.planner import plan_micro_break
from desk_coach.domain.coaching.profile import DESK_WORKER_DEFAULT
from desk_coach.ui.routine.dialog import GuidedRoutineDialog

LOADED = load_library()


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_a_30_second_break_walks_for_30_seconds(qtbot, tmp_path):
    now = datetime(2026, 3, 11, 10, tzinfo=timezone(timedelta(hours=1)))
    plan = plan_micro_break(DESK_WORKER_DEFAULT, {}, [], LOADED.rules, LOADED.library, now, 30, 0)
    clock = FakeClock()
    dialog = GuidedRoutineDialog(plan, LOADED.library, clock=clock)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.primary_button.click()  # Start
    dialog.refresh()
    assert dialog.phase_label.text() == "Walk at an easy pace"
    assert dialog.big_label.text() in ("0:30", "30")
    dialog.grab().save(str(tmp_path / "walk-30s.png"))
    for _ in range(4 * 29):
        clock.now += 0.25
        dialog.refresh()
    assert dialog.big_label.text() in ("0:01", "1")  # a minute would still show 0:31
