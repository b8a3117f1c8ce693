"""Why an exercise was planned is kept in the history as its code and values, not as English, so
a routine done today reads in another language tomorrow."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.storage.database import Database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription
from desk_coach.domain.coaching.plan_reasons import PlanCode, how_often, target_modifier
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import from_data, said
from desk_coach.wording.say import say

LIBRARY = load_library().library


def test_a_planned_exercise_keeps_its_reason_as_code_and_values(database: Database) -> None:
    now = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
    glute = LIBRARY["GL1"]
    reason = said(PlanCode.KEEP_UP_STRETCH, target=target_modifier(glute.target), often=how_often(2))
    with SqlUnitOfWork(database.engine) as uow:
        session_id = uow.coaching.add_session(now, BreakKind.LONG, RoutineSource.BREAK)
        uow.coaching.finish_session(
            session_id,
            now + timedelta(minutes=5),
            True,
            [(Prescription(glute.id, glute.dose, reason), ExerciseFeedback(glute.id, None, 0, 1.0))],
            library=LIBRARY,
        )
    with database.engine.connect() as connection:
        [text] = connection.exec_driver_sql("SELECT reason FROM exercise_results").scalars()
    stored = from_data(json.loads(text))
    assert stored == reason
    assert say(stored) == "A glute stretch twice a week keeps things moving."
