"""The storage layer runs on SQLAlchemy Core alone: using it never imports ``sqlalchemy.orm``.

The ORM (and mapping declarative classes) cost the tray app ~7.5 MB of resident memory, for a
row mapper Core does as well. Each check runs in a fresh interpreter, because a module
imported once stays imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.adapters.storage.database import open_database
    from desk_coach.adapters.storage.export import read_tables
    from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
    from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures, days_with_breaks
    from desk_coach.domain.clock import ManualClock
    from desk_coach.domain.week_calendar import WeekCalendar
    from desk_coach.domain.coaching.exercises import HoldDose, Region
    from desk_coach.domain.coaching.feedback import ExerciseFeedback
    from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.domain.coaching.records import (
        RedFlagRecord, RedFlagTier, RoutineSource, ScreenRecord, ScreenScore, ScreenSource, Side,
    )
    from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout

    now = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)
    day = (now - timedelta(days=1), now + timedelta(days=1))
    library = load_library().library
    exercise = next(iter(library))
    db = open_database(Path(sys.argv[1]), ManualClock(now))
    with SqlUnitOfWork(db.engine) as uow:
        uow.history.add_bout(SittingBout(now - timedelta(hours=1), now, BoutEnd.BREAK))
        uow.history.add_break_event(BreakEvent(now, BreakEventKind.TAKEN, BreakKind.MICRO))
        session_id = uow.coaching.add_session(now, BreakKind.MICRO, RoutineSource.BREAK)
        uow.coaching.finish_session(
            session_id, now + timedelta(minutes=2), True,
            [(Prescription(exercise.id, exercise.dose, "test"), ExerciseFeedback(exercise.id, None, 0, 1.0))],
            library=library,
        )
        uow.coaching.add_screen(ScreenRecord(
            now, ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), True, True, False,
            scores=(ScreenScore("S1", Side.LEFT, 2, False),),
            red_flags=(RedFlagRecord("Q7", RedFlagTier.PROMPT, frozenset({Region.BACK})),),
        ))
        level = Level("hips", exercise.id, HoldDose(30, 2))
        uow.coaching.set_level(level, now)
        uow.coaching.add_level_change(LevelChange(now, "hips", None, level, "start", "first level"))
        uow.coaching.pause_region(Region.NECK, now, "pain", "see someone")
    with SqlUnitOfWork(db.engine) as uow:
        seen = {
            "bouts": len(uow.history.bouts_between(*day)),
            "events": len(uow.history.break_events_between(*day)),
            "routine_exercises": [len(r.exercises) for r in uow.coaching.sessions_between(*day)],
            "screen_scores": len(uow.coaching.latest_screen().scores),
            "screens": len(uow.coaching.screens_between(*day)),
            "levels": sorted(uow.coaching.levels()),
            "level_changes": len(uow.coaching.level_changes_between(*day)),
            "paused": sorted(uow.coaching.paused_regions()),
        }
    calendar = WeekCalendar()
    week = calendar.days_of(now.date())
    figures = SqlWeekFigures(db.engine).week(week, *calendar.span_utc(week, UTC), 0)
    seen["week_taken"] = figures.breaks["taken"]
    with db.engine.connect() as connection:
        seen["break_days"] = len(days_with_breaks(connection, *day))
    seen["exported_tables"] = len(read_tables(db.engine))
    db.dispose()
    seen["orm_loaded"] = sorted(m for m in sys.modules if m.split(".")[:2] == ["sqlalchemy", "orm"])
    print(json.dumps(seen))
    """
)


def run_fresh(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_storing_and_reading_never_imports_the_orm(tmp_path: Path) -> None:
    path = tmp_path / "data" / "desk-coach.db"
    first = run_fresh(path)  # a new database: Alembic creates the schema
    again = run_fresh(path)  # the steady state: a database already at head
    assert first["orm_loaded"] == [] and again["orm_loaded"] == []
    # The round trips really ran: each run adds one of everything (one open pause per region).
    for run, (rows, paused) in zip((first, again), ((1, 1), (2, 1)), strict=True):
        assert run["bouts"] == run["events"] == run["screens"] == run["level_changes"] == rows
        assert run["routine_exercises"] == [1] * rows
        assert (run["screen_scores"], run["levels"], run["paused"]) == (1, ["hips"], ["neck"] * paused)
        assert (run["week_taken"], run["break_days"]) == (rows, 1)
        assert run["exported_tables"] == 10
