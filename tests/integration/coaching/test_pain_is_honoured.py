""""This hurts" through the real service and a real SQLite file: the move stays out of every
plan for the rest of the local day, and comes back at exactly the dose the feedback announced."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from routine_coach import routine_coach

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.history import BreakKind
from desk_coach.services.planning import todays_plan
from desk_coach.wording.figures import dose_words
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(tmp_path):
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))  # a Monday
    yield coach.service, coach.clock, coach.database, coach.loaded, coach.settings
    coach.database.dispose()


def done_in_full(plan):
    return [ExerciseFeedback(p.exercise_id, Effort.JUST_RIGHT, 0, 1.0) for p in plan.items]


def every_plan_today(service, clock, database, loaded, settings):
    """The plans the rest of the day brings: the breaks as they come (each done), the daily
    routine, and what ``desk-coach plan`` shows."""
    plans = []
    for kind in (BreakKind.MICRO, BreakKind.MICRO, BreakKind.LONG, BreakKind.MICRO, BreakKind.MICRO):
        clock.advance(timedelta(minutes=15))
        plan = service.plan_break(kind, settings.breaks.micro_break_s)
        plans.append(plan)
        session = service.start(plan)
        clock.advance(timedelta(minutes=3))
        service.finish(session, plan, done_in_full(plan), completed=True)
    shown, _ = todays_plan(
        lambda: SqlUnitOfWork(database.engine), loaded.library, loaded.rules, settings, clock.now()
    )
    return plans + shown


def test_a_move_that_hurt_stays_out_today_and_comes_back_at_the_dose_announced(coach):
    service, clock, database, loaded, settings = coach
    library = service.library
    plan = service.plan_break(BreakKind.MICRO, settings.breaks.micro_break_s)
    hurt = library[plan.items[0].exercise_id]
    session = service.start(plan)
    clock.advance(timedelta(seconds=40))
    feedback = [ExerciseFeedback(hurt.id, None, 0, 0.25, skipped=True, pain_button=True)]
    feedback += done_in_full(plan)[1:]
    outcome = service.finish(session, plan, feedback, completed=True)

    with SqlUnitOfWork(database.engine) as uow:
        level = uow.coaching.levels()[hurt.target.value]
    assert level.exercise_id == hurt.id and level.dose != hurt.dose, "the pain stop steps the dose down"
    announced = dose_words(level.dose, hurt.per_side)
    [line] = [say(line) for line in outcome.changes if say(line).startswith(hurt.name)]
    assert "rest of today" in line and line.endswith(f"back to {announced}.")

    for later in every_plan_today(service, clock, database, loaded, settings):
        assert hurt.id not in [item.exercise_id for item in later.items], later

    clock.sleep(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN) - clock.now())
    tomorrow, _ = todays_plan(
        lambda: SqlUnitOfWork(database.engine), loaded.library, loaded.rules, settings, clock.now()
    )
    doses = [item.dose for p in tomorrow for item in p.items if item.exercise_id == hurt.id]
    assert doses, "the move is back the next day"
    assert {dose_words(dose, hurt.per_side) for dose in doses} == {announced}
    routine = service.plan_break(BreakKind.LONG, 0)
    [item] = [item for item in routine.items if item.exercise_id == hurt.id]
    assert dose_words(item.dose, hurt.per_side) == announced
