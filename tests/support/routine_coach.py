"""The coaching half of the app as the tests drive it: the real RoutineService over a real
SQLite file, the shipped library and rules, default settings and a manual clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desk_coach.adapters.exercise_files import LoadedLibrary, load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.settings import Settings, defaults
from desk_coach.services.routines import RoutineService


@dataclass
class RoutineCoach:
    service: RoutineService
    clock: ManualClock
    database: Database
    loaded: LoadedLibrary
    settings: Settings

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.database.engine)


def routine_coach(database_path: Path, start: datetime, *, set_up: bool = True) -> RoutineCoach:
    """A coach whose clock stands at ``start``; call ``database.dispose()`` when done.

    ``set_up``: a desk worker's self-check is stored an hour before ``start`` (without one,
    coaching is not set up and every break is a walk)."""
    from simulation import take_desk_worker_self_check

    clock = ManualClock(start)
    database = open_database(database_path, clock)
    if set_up:
        take_desk_worker_self_check(lambda: SqlUnitOfWork(database.engine), start - timedelta(hours=1))
    loaded = load_library()
    settings = defaults(shipped_schema())
    service = RoutineService(
        unit_of_work=lambda: SqlUnitOfWork(database.engine),
        library=loaded.library,
        rules=loaded.rules,
        clock=clock,
        settings=lambda: settings,
    )
    return RoutineCoach(service, clock, database, loaded, settings)
