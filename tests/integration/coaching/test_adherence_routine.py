"""Rule 6 through the real service and SQLite: missed breaks shorten the daily routine at the same
level, never below the daily floor, and breaks kept up bring it back to full length."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.planner import plan_seconds
from desk_coach.domain.coaching.profile import Lifestyle
from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.domain.said import said
from desk_coach.domain.settings import defaults
from desk_coach.services.planning import todays_plan
from desk_coach.services.routines import RoutineService
from desk_coach.wording.plan_words import explain_plan

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(tmp_path):
    clock = ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    database = open_database(tmp_path / "db.sqlite", clock)
    with SqlUnitOfWork(database.engine) as uow:  # coaching set up: a desk worker, tight hips and chest
        scores = (ScreenScore("S1", None, 1, False), ScreenScore("S2", None, 1, False))
        uow.coaching.add_screen(
            ScreenRecord(
                clock.now() - timedelta(hours=1),
                ScreenSource.WIZARD,
                frozenset({Lifestyle.DESK_WORKER}),
                floor_room=False,
                exercise_allowed=True,
                pregnancy=False,
                scores=scores,
            )
        )
    loaded = load_library()
    settings = defaults(shipped_schema())
    settings = replace(settings, breaks=replace(settings.breaks, long_break_min=6))
    service = RoutineService(
        unit_of_work=lambda: SqlUnitOfWork(database.engine),
        library=loaded.library,
        rules=loaded.rules,
        clock=clock,
        settings=lambda: settings,
    )
    yield service, clock, database, loaded, settings
    database.dispose()


def prompts(database, clock, days: int, done_of_four: int) -> None:
    """Four reminders a day on each of the last ``days`` days, ``done_of_four`` of them taken."""
    with SqlUnitOfWork(database.engine) as uow:
        for day in range(1, days + 1):
            at = clock.now() - timedelta(days=day)
            for n in range(4):
                kind = BreakEventKind.TAKEN if n < done_of_four else BreakEventKind.SKIPPED
                uow.history.add_break_event(BreakEvent(at, BreakEventKind.SHOWN, BreakKind.MICRO))
                uow.history.add_break_event(BreakEvent(at, kind, BreakKind.MICRO))


def test_missed_breaks_shorten_the_routine_and_kept_up_breaks_bring_it_back(coach):
    service, clock, database, loaded, settings = coach
    full = service.plan_break(BreakKind.LONG, 6 * 60)
    assert plan_seconds(full, loaded.library) > 3 * 60

    prompts(database, clock, days=8, done_of_four=1)  # 25 % done
    assert service.check_adherence() is not None
    shorter = service.plan_break(BreakKind.LONG, 6 * 60)
    seconds = plan_seconds(shorter, loaded.library)
    assert loaded.rules.adherence.floor_minutes_per_day * 60 <= seconds <= 3 * 60
    full_doses = {item.exercise_id: item.dose for item in full.items}
    assert all(full_doses.get(item.exercise_id, item.dose) == item.dose for item in shorter.items)
    assert "shorter (3 min instead of 6)" in " ".join(explain_plan(shorter, loaded.library))
    # `desk-coach plan` shows the same shorter routine.
    plans, _ = todays_plan(
        lambda: SqlUnitOfWork(database.engine), loaded.library, loaded.rules, settings, clock.now()
    )
    assert plan_seconds(plans[0], loaded.library) == seconds

    # Two weeks of breaks kept up: the routine is back to its full length.
    clock.advance(timedelta(days=15))
    prompts(database, clock, days=14, done_of_four=4)
    assert service.check_adherence() is not None
    again = service.plan_break(BreakKind.LONG, 6 * 60)
    assert PlanCode.SHORTER not in {note.code for note in again.notes}
    # ... and the extra exercise the message offers is there, last, and says it may be skipped.
    assert len(again.items) > len(full.items)
    assert again.items[-1].reason == said(PlanCode.EXTRA)
    assert [item.exercise_id for item in again.items[: len(full.items)]] == [
        i.exercise_id for i in full.items
    ]
    assert "extra on offer" in " ".join(explain_plan(again, loaded.library))
