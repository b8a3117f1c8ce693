"""Plans as the user sees them in the guided routine: a 30-second break is a 30-second walk, and
the extra move rule 6 offers says it is an extra to skip freely."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.adherence import AdherenceState
from desk_coach.domain.coaching.planner import plan_daily_routine, plan_micro_break
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
    dialog.exercise_page.primary_button.click()  # Start
    dialog.refresh()
    assert dialog.exercise_page.phase_label.text() == "Walk at an easy pace"
    assert dialog.exercise_page.big_label.text() in ("0:30", "30")
    dialog.grab().save(str(tmp_path / "walk-30s.png"))
    for _ in range(4 * 29):
        clock.now += 0.25
        dialog.refresh()
    assert dialog.exercise_page.big_label.text() in ("0:01", "1")  # a minute would still show 0:31


def test_the_extra_move_on_offer_says_so_and_can_be_skipped(qtbot, tmp_path):
    now = datetime(2026, 3, 11, 13, tzinfo=timezone(timedelta(hours=1)))
    offered = AdherenceState(extra_exercises=1)
    plan = plan_daily_routine(
        DESK_WORKER_DEFAULT, {}, [], LOADED.rules, LOADED.library, now, 6, adherence=offered
    )
    extra = next(index for index, item in enumerate(plan.items) if item.extra)
    dialog = GuidedRoutineDialog(plan, LOADED.library, clock=FakeClock(), player_options={"prepare_s": 0})
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.exercise_page.primary_button.click()  # Start
    for _ in range(extra):
        dialog.exercise_page.skip_button.click()
        dialog.refresh()
    assert dialog.exercise_page.position_label.text() == (
        f"Exercise {extra + 1} of {len(plan.items)} · an extra on offer: skip it if you'd rather not"
    )
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "extra.png"))
