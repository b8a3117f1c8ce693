"""What is at hand and the age band reach the planner's profile: from the settings (where the
self-check saves the equipment) and from the stored screen, through a real SQLite file."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import ScreenRecord, ScreenSource
from desk_coach.domain.settings import Coaching, defaults
from desk_coach.services import planning
from desk_coach.services.planning import profile_from_screen, todays_plan
from desk_coach.services.routines import RoutineService

BERLIN = ZoneInfo("Europe/Berlin")
AT_HAND = frozenset({Equipment.CHAIR, Equipment.WALL})


def screen(taken_at: datetime, **changes) -> ScreenRecord:
    return ScreenRecord(
        taken_at,
        ScreenSource.WIZARD,
        lifestyles=frozenset({Lifestyle.DESK_WORKER}),
        floor_room=False,
        exercise_allowed=True,
        pregnancy=False,
        **changes,
    )


def test_the_settings_say_what_is_at_hand_else_the_screen():
    taken = datetime(2026, 11, 2, 9, 0, tzinfo=BERLIN)
    asked = screen(taken, equipment=frozenset({Equipment.BAND}), age_band=AgeBand.FROM_65)
    assert profile_from_screen(asked, (), AT_HAND).equipment == AT_HAND
    assert profile_from_screen(asked).equipment == {Equipment.BAND}
    assert profile_from_screen(screen(taken)).equipment is None  # never asked
    assert profile_from_screen(asked).age_band is AgeBand.FROM_65


def test_todays_plan_and_the_routine_service_plan_with_the_settings_equipment(tmp_path, monkeypatch):
    clock = ManualClock(datetime(2026, 11, 2, 10, 0, tzinfo=BERLIN))
    database = open_database(tmp_path / "desk-coach.db", clock)
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.add_screen(screen(clock.now() - timedelta(hours=1), age_band=AgeBand.FROM_65))
    settings = dataclasses.replace(defaults(shipped_schema()), coaching=Coaching(AT_HAND))
    loaded = load_library()
    try:
        _, profile = todays_plan(
            lambda: SqlUnitOfWork(database.engine), loaded.library, loaded.rules, settings, clock.now()
        )
        assert profile.equipment == AT_HAND
        assert profile.age_band is AgeBand.FROM_65

        seen = []
        real = planning.profile_from_screen

        def spy(*args):
            seen.append(real(*args))
            return seen[-1]

        monkeypatch.setattr("desk_coach.services.routines.profile_from_screen", spy)
        service = RoutineService(
            unit_of_work=lambda: SqlUnitOfWork(database.engine),
            library=loaded.library,
            rules=loaded.rules,
            clock=clock,
            settings=lambda: settings,
        )
        service.plan_break(planning.BreakKind.MICRO, 180)
        assert [profile.equipment for profile in seen] == [AT_HAND]
    finally:
        database.dispose()
