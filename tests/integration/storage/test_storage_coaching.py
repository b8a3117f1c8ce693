"""The coaching tables (revision 0002): exact round trips, the schema's own guards, and a
database written by revision 0002 upgrading with every row intact.

samples/schema_0002.sqlite is a frozen fixture built once by
``make_sample_db.py --revision 0002``; tests only open copies of it.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_text import normalised_schema
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import IntegrityError

from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.adapters.storage.migrate import SCRIPT_LOCATION, current_revision, head_revision
from desk_coach.adapters.storage.models import metadata
from desk_coach.adapters.storage.said_column import said_from_column
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.exercises import (
    Dose,
    Exercise,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    Region,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import (
    ExerciseRecord,
    RedFlagRecord,
    RedFlagTier,
    RegionPause,
    RoutineRecord,
    RoutineSource,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.domain.said import recorded_text

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_0002 = SAMPLES / "schema_0002.sqlite"
COACHING_TABLES = (
    "routine_sessions",
    "exercise_results",
    "screen_results",
    "screen_scores",
    "screen_red_flags",
    "levels",
    "level_changes",
    "region_pauses",
)
ALL_TABLES = ("sitting_bouts", "break_events", *COACHING_TABLES)


def tz(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


BERLIN = ZoneInfo("Europe/Berlin")
CET, CEST, IST = tz(60), tz(120), tz(330)
ST_JOHNS = ZoneInfo("America/St_Johns")  # -03:30, and -02:30 in summer
EVER = (datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


def exercise(exercise_id: str, target: Target, pattern: Pattern, dose: Dose, per_side: bool) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id,
        steps=("Move.",),
        target=target,
        pattern=pattern,
        dose=dose,
        per_side=per_side,
        desk=True,
        equipment=(),
        cautions=(),
        regression=None,
        progression=None,
        supine=False,
        source="test",
        illustration=f"exercises/illustrations/{exercise_id}.svg",
    )


LIBRARY = ExerciseLibrary(
    [
        exercise("HF1", Target.HIP_FLEXORS, Pattern.STRETCH, HoldDose(30, 2), per_side=True),
        exercise("UB1", Target.UPPER_BACK, Pattern.PULL, RepsDose(10, 2), per_side=False),
        exercise("WALK1", Target.WALK, Pattern.MOBILITY, TimedDose(5), per_side=False),
        exercise("NK1", Target.NECK, Pattern.STRETCH, HoldDose(20, 2), per_side=True),
    ]
)
# What was planned and how it went: a hold, strength work, a walk, and one skipped.
RESULTS = [
    (
        Prescription("HF1", HoldDose(40, 2), "hip flexors: 6 h of sitting today"),
        ExerciseFeedback("HF1", Effort.JUST_RIGHT, pain=0, done_fraction=1.0),
    ),
    (
        Prescription("UB1", RepsDose(12, 3, rep_s=4), "a pull to balance the push", paired_with="HF1"),
        ExerciseFeedback(
            "UB1",
            Effort.TOO_HARD,
            pain=3,
            done_fraction=2 / 3,
            pain_button=True,
            sharp_pain=True,
            numbness=True,
        ),
    ),
    (
        Prescription("WALK1", TimedDose(5), "long break: a walk"),
        ExerciseFeedback("WALK1", None, pain=0, done_fraction=0.4),
    ),
    (
        Prescription("NK1", HoldDose(20, 2), "neck: 2 h at the laptop"),
        ExerciseFeedback("NK1", None, pain=0, done_fraction=0.0, skipped=True),
    ),
]
EXPECTED_EXERCISES = (
    ExerciseRecord(
        "HF1", Target.HIP_FLEXORS, Pattern.STRETCH, HoldDose(40, 2), True, 1.0, Effort.JUST_RIGHT, 0
    ),
    ExerciseRecord(
        "UB1",
        Target.UPPER_BACK,
        Pattern.PULL,
        RepsDose(12, 3, 4),
        False,
        2 / 3,
        Effort.TOO_HARD,
        3,
        pain_button=True,
        sharp_pain=True,
        numbness=True,
    ),
    ExerciseRecord("WALK1", Target.WALK, Pattern.MOBILITY, TimedDose(5), False, 0.4, None, 0),
    ExerciseRecord("NK1", Target.NECK, Pattern.STRETCH, HoldDose(20, 2), True, 0.0, None, 0, skipped=True),
)

SCREENS = [
    ScreenRecord(
        taken_at=datetime(2026, 11, 20, 18, 30, tzinfo=BERLIN),
        source=ScreenSource.WIZARD,
        lifestyles=frozenset({Lifestyle.DESK_WORKER, Lifestyle.RUNNER}),
        floor_room=True,
        exercise_allowed=True,
        pregnancy=False,
        scores=(
            ScreenScore("S1", Side.LEFT, 2, False),
            ScreenScore("S1", Side.RIGHT, 1, False),
            ScreenScore("S2", None, 1, False),
            ScreenScore("S3", Side.LEFT, None, False),
            ScreenScore("S3", Side.RIGHT, 0, True),
        ),
        red_flags=(RedFlagRecord("Q7", RedFlagTier.PROMPT, frozenset({Region.BACK})),),
        equipment=frozenset({Equipment.BAND, Equipment.DOORWAY}),
        age_band=AgeBand.FROM_65,
    ),
    # Taken later, though its wall clock reads earlier: Newfoundland is behind Berlin.
    ScreenRecord(
        taken_at=datetime(2026, 11, 20, 15, 0, tzinfo=ST_JOHNS),
        source=ScreenSource.JSON,
        lifestyles=frozenset(),
        floor_room=False,
        exercise_allowed=False,
        pregnancy=True,
        red_flags=(
            RedFlagRecord("PARQ2", RedFlagTier.PARQ, frozenset()),
            RedFlagRecord("PREG1", RedFlagTier.PREGNANCY, frozenset({Region.BACK, Region.HIPS})),
        ),
        note="from my trainer \u2013 Asha",
        equipment=frozenset(),  # asked, and nothing at hand: not the same as never asked
    ),
]


def start_and_finish(db: Database, started_at: datetime, ended_at: datetime) -> int:
    with SqlUnitOfWork(db.engine) as uow:
        session_id = uow.coaching.add_session(started_at, BreakKind.LONG, RoutineSource.TRAY, note="a note")
    with SqlUnitOfWork(db.engine) as uow:
        uow.coaching.finish_session(session_id, ended_at, True, RESULTS, library=LIBRARY)
    return session_id


def sessions(db: Database) -> list[RoutineRecord]:
    with SqlUnitOfWork(db.engine) as uow:
        return uow.coaching.sessions_between(*EVER)


def count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


# --- routines -------------------------------------------------------------------------------------


def test_a_routine_round_trips_with_its_results(db_path: Path, clock: ManualClock) -> None:
    db = open_database(db_path, clock)
    try:
        start_and_finish(
            db, datetime(2026, 11, 23, 14, 0, tzinfo=BERLIN), datetime(2026, 11, 23, 14, 9, tzinfo=BERLIN)
        )
    finally:
        db.dispose()
    reopened = open_database(db_path, clock)
    try:
        (routine,) = sessions(reopened)
    finally:
        reopened.dispose()
    assert routine == RoutineRecord(
        started_at=datetime(2026, 11, 23, 14, 0, tzinfo=CET),
        ended_at=datetime(2026, 11, 23, 14, 9, tzinfo=CET),
        kind=BreakKind.LONG,
        completed=True,
        source=RoutineSource.TRAY,
        exercises=EXPECTED_EXERCISES,
        note="a note",
    )
    assert (routine.started_at.isoformat(), routine.ended_at and routine.ended_at.isoformat()) == (
        "2026-11-23T14:00:00+01:00",
        "2026-11-23T14:09:00+01:00",
    )
    assert routine.exercises[0].seconds_done == 160


def test_a_routine_across_a_dst_change_keeps_each_ends_offset(database: Database) -> None:
    # 02:58 CEST to 02:03 CET on 25 October 2026: five minutes, though the clock went back.
    start_and_finish(
        database, datetime(2026, 10, 25, 0, 58, tzinfo=UTC), datetime(2026, 10, 25, 1, 3, tzinfo=UTC)
    )
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM routine_sessions")
    start_and_finish(
        database,
        datetime(2026, 10, 25, 2, 58, tzinfo=BERLIN),
        datetime(2026, 10, 25, 2, 3, fold=1, tzinfo=BERLIN),
    )
    (routine,) = sessions(database)
    assert routine.ended_at is not None
    assert (routine.started_at.isoformat(), routine.ended_at.isoformat()) == (
        "2026-10-25T02:58:00+02:00",
        "2026-10-25T02:03:00+01:00",
    )
    assert routine.ended_at - routine.started_at == timedelta(minutes=5)
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT started_at, start_utc_offset_min, ended_at, end_utc_offset_min FROM routine_sessions"
        ).one()
    assert tuple(row) == ("2026-10-25 00:58:00.000000", 120, "2026-10-25 01:03:00.000000", 60)


def test_next_morning_pain_is_recorded_for_the_routine_started_then(database: Database) -> None:
    first, second = datetime(2026, 11, 23, 9, tzinfo=CET), datetime(2026, 11, 23, 16, tzinfo=CET)
    for started_at in (first, second):
        start_and_finish(database, started_at, started_at + timedelta(minutes=5))
    with SqlUnitOfWork(database.engine) as uow:
        open_one = uow.coaching.add_session(
            datetime(2026, 11, 24, 8, tzinfo=CET), BreakKind.MICRO, RoutineSource.BREAK
        )
    with SqlUnitOfWork(database.engine) as uow:
        # The same instant on another wall clock is the same routine.
        assert uow.coaching.record_next_day_pain(second.astimezone(IST), 4)
        assert not uow.coaching.record_next_day_pain(datetime(2026, 11, 23, 12, tzinfo=CET), 4)
        assert not uow.coaching.record_next_day_pain(datetime(2026, 11, 24, 8, tzinfo=CET), 4)
        with pytest.raises(ValueError, match="0-10"):
            uow.coaching.record_next_day_pain(first, 11)
    assert open_one
    assert [r.next_day_pain for r in sessions(database)] == [None, 4, None]
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.record_next_day_pain(second, 0)
    assert [r.next_day_pain for r in sessions(database)] == [None, 0, None]


def test_a_routine_not_finished_comes_back_open(database: Database) -> None:
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.add_session(
            datetime(2026, 11, 26, 13, 30, tzinfo=IST), BreakKind.MICRO, RoutineSource.CLI
        )
    (routine,) = sessions(database)
    assert routine == RoutineRecord(
        datetime(2026, 11, 26, 13, 30, tzinfo=IST), None, BreakKind.MICRO, False, RoutineSource.CLI
    )
    assert routine.started_at.isoformat() == "2026-11-26T13:30:00+05:30"
    assert not routine.finished


def test_sessions_between_is_half_open_on_the_instant(database: Database) -> None:
    starts = [datetime(2026, 11, 23, 9, tzinfo=CET), datetime(2026, 11, 24, 9, tzinfo=IST)]
    with SqlUnitOfWork(database.engine) as uow:
        for started_at in starts:
            uow.coaching.add_session(started_at, BreakKind.MICRO, RoutineSource.BREAK)
    with SqlUnitOfWork(database.engine) as uow:
        # 08:00 UTC on the 23rd up to 03:30 UTC on the 24th (the second start) excluded.
        got = uow.coaching.sessions_between(datetime(2026, 11, 23, 8, tzinfo=UTC), starts[1])
        assert [r.started_at for r in got] == starts[:1]
        with pytest.raises(ValueError, match="timezone-aware"):
            uow.coaching.sessions_between(datetime(2026, 11, 23), starts[1])


def test_finishing_a_routine_checks_what_it_is_given(database: Database) -> None:
    started = datetime(2026, 11, 23, 9, tzinfo=CET)
    with SqlUnitOfWork(database.engine) as uow:
        session_id = uow.coaching.add_session(started, BreakKind.MICRO, RoutineSource.BREAK)
    later = started + timedelta(minutes=3)
    hold = Prescription("HF1", HoldDose(30, 2), "why")
    bad_calls = [
        (LookupError, "no routine session", session_id + 1, later, [], LIBRARY),
        (ValueError, "before it starts", session_id, started - timedelta(seconds=1), [], LIBRARY),
        (ValueError, "timezone-aware", session_id, datetime(2026, 11, 23, 9, 3), [], LIBRARY),
        (
            ValueError,
            "does not belong",
            session_id,
            later,
            [(hold, ExerciseFeedback("UB1", None, 0, 1.0))],
            LIBRARY,
        ),
        (
            ValueError,
            "not in the library",
            session_id,
            later,
            [(hold, ExerciseFeedback("HF1", None, 0, 1.0))],
            ExerciseLibrary([]),
        ),
    ]
    for error, message, sid, ended_at, results, library in bad_calls:
        with pytest.raises(error, match=message), SqlUnitOfWork(database.engine) as uow:
            uow.coaching.finish_session(sid, ended_at, True, results, library=library)
    assert sessions(database)[0].ended_at is None  # nothing of those attempts was kept
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.finish_session(session_id, later, False, [], library=LIBRARY)
    with pytest.raises(ValueError, match="already finished"), SqlUnitOfWork(database.engine) as uow:
        uow.coaching.finish_session(session_id, later, True, [], library=LIBRARY)
    assert sessions(database)[0].completed is False


def test_an_exception_inside_the_block_keeps_no_routine(database: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), SqlUnitOfWork(database.engine) as uow:
        session_id = uow.coaching.add_session(
            datetime(2026, 11, 23, 9, tzinfo=CET), BreakKind.LONG, RoutineSource.BREAK
        )
        uow.coaching.finish_session(
            session_id, datetime(2026, 11, 23, 9, 5, tzinfo=CET), True, RESULTS, library=LIBRARY
        )
        assert len(uow.coaching.sessions_between(*EVER)[0].exercises) == len(RESULTS)
        raise RuntimeError("boom")
    assert [count(database, t) for t in ("routine_sessions", "exercise_results")] == [0, 0]


def test_deleting_a_routine_deletes_its_results(database: Database) -> None:
    kept = start_and_finish(
        database, datetime(2026, 11, 23, 9, tzinfo=CET), datetime(2026, 11, 23, 9, 5, tzinfo=CET)
    )
    gone = start_and_finish(
        database, datetime(2026, 11, 24, 9, tzinfo=CET), datetime(2026, 11, 24, 9, 5, tzinfo=CET)
    )
    assert count(database, "exercise_results") == 2 * len(RESULTS)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"DELETE FROM routine_sessions WHERE id = {gone}")
    with database.engine.connect() as connection:
        owners = (
            connection.exec_driver_sql("SELECT DISTINCT session_id FROM exercise_results").scalars().all()
        )
    assert owners == [kept]
    assert count(database, "exercise_results") == len(RESULTS)


# --- screens ----------------------------------------------------------------------------------------


def test_screens_round_trip_with_scores_and_red_flags(db_path: Path, clock: ManualClock) -> None:
    db = open_database(db_path, clock)
    try:
        with SqlUnitOfWork(db.engine) as uow:
            assert uow.coaching.latest_screen() is None
            for screen in reversed(SCREENS):
                uow.coaching.add_screen(screen)
    finally:
        db.dispose()
    reopened = open_database(db_path, clock)
    try:
        with SqlUnitOfWork(reopened.engine) as uow:
            everything = uow.coaching.screens_between(*EVER)
            latest = uow.coaching.latest_screen()
            first_only = uow.coaching.screens_between(EVER[0], SCREENS[1].taken_at)
    finally:
        reopened.dispose()
    assert everything == SCREENS
    assert latest == SCREENS[1]
    assert first_only == SCREENS[:1]
    assert [s.taken_at.isoformat() for s in everything] == [
        "2026-11-20T18:30:00+01:00",
        "2026-11-20T15:00:00-03:30",
    ]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute(
            "SELECT lifestyles, equipment, age_band FROM screen_results ORDER BY taken_at"
        ).fetchall() == [("desk_worker,runner", "band,doorway", "65_plus"), ("", "", None)]
        assert connection.execute("SELECT regions FROM screen_red_flags ORDER BY question_id").fetchall() == [
            ("",),
            ("back,hips",),
            ("back",),
        ]


def test_a_partial_break_and_a_dismissed_reminder_round_trip(database: Database) -> None:
    at = datetime(2026, 11, 23, 14, 0, tzinfo=BERLIN)
    events = [
        BreakEvent(at, BreakEventKind.DISMISSED, BreakKind.MICRO, "closed"),
        BreakEvent(at + timedelta(minutes=5), BreakEventKind.PARTIAL, BreakKind.LONG, done_fraction=0.25),
    ]
    with SqlUnitOfWork(database.engine) as uow:
        for event in events:
            uow.history.add_break_event(event)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.history.break_events_between(*EVER) == events


def test_deleting_a_screen_deletes_its_scores_and_flags(database: Database) -> None:
    with SqlUnitOfWork(database.engine) as uow:
        ids = [uow.coaching.add_screen(screen) for screen in SCREENS]
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"DELETE FROM screen_results WHERE id = {ids[0]}")
    assert (count(database, "screen_scores"), count(database, "screen_red_flags")) == (0, 2)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.screens_between(*EVER) == SCREENS[1:]


# --- levels and level changes ----------------------------------------------------------------------


def test_levels_are_one_per_track_and_replaced(database: Database) -> None:
    monday = datetime(2026, 11, 23, 9, tzinfo=BERLIN)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.levels() == {}
        uow.coaching.set_level(Level("hip_flexors", "HF1", HoldDose(30, 2)), monday)
        uow.coaching.set_level(Level("upper_back", "UB1", RepsDose(10, 2)), monday)
        uow.coaching.set_level(Level("walk", "WALK1", TimedDose(5)), monday)
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.set_level(
            Level("hip_flexors", "HF2", RepsDose(8, 2, 5)), datetime(2026, 11, 24, 9, tzinfo=IST)
        )
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.levels() == {
            "hip_flexors": Level("hip_flexors", "HF2", RepsDose(8, 2, 5)),
            "upper_back": Level("upper_back", "UB1", RepsDose(10, 2, 3)),
            "walk": Level("walk", "WALK1", TimedDose(5)),
        }
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT dose_kind, hold_s, reps, sets, rep_s, minutes, updated_at, utc_offset_min "
            "FROM levels WHERE track = 'hip_flexors'"
        ).one()
    assert tuple(row) == ("reps", None, 8, 2, 5, None, "2026-11-24 03:30:00.000000", 330)


def test_level_changes_round_trip_including_first_levels_and_pauses(database: Database) -> None:
    hf1, hf2 = Level("hip_flexors", "HF1", HoldDose(30, 2)), Level("hip_flexors", "HF2", HoldDose(40, 2))
    th1 = Level("thoracic", "TH1", RepsDose(6, 1))
    changes = [
        LevelChange(
            datetime(2026, 11, 20, 18, 35, tzinfo=BERLIN),
            "hip_flexors",
            None,
            hf1,
            "rescreen",
            recorded_text("From your screen."),
        ),
        LevelChange(
            datetime(2026, 11, 24, 9, tzinfo=BERLIN),
            "hip_flexors",
            hf1,
            hf2,
            "progress",
            recorded_text("A longer hold."),
        ),
        LevelChange(
            datetime(2026, 11, 26, 9, tzinfo=IST),
            "thoracic",
            th1,
            None,
            "pain",
            recorded_text("Pain 6/10: paused."),
        ),
    ]
    with SqlUnitOfWork(database.engine) as uow:
        for change in reversed(changes):
            uow.coaching.add_level_change(change)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.level_changes_between(*EVER) == changes
        assert uow.coaching.level_changes_between(changes[1].at, changes[2].at) == changes[1:2]
        loaded = uow.coaching.level_changes_between(*EVER)
    assert [c.at.isoformat() for c in loaded] == [
        "2026-11-20T18:35:00+01:00",
        "2026-11-24T09:00:00+01:00",
        "2026-11-26T09:00:00+05:30",
    ]
    wrong = LevelChange(changes[0].at, "glutes", None, hf1, "rescreen", recorded_text(""))
    with pytest.raises(ValueError, match="holds a level of"), SqlUnitOfWork(database.engine) as uow:
        uow.coaching.add_level_change(wrong)


doses = st.one_of(
    st.builds(HoldDose, st.integers(1, 600), st.integers(1, 20)),
    st.builds(RepsDose, st.integers(1, 50), st.integers(1, 10), st.integers(1, 10)),
    st.builds(TimedDose, st.integers(1, 60)),
)
offsets = st.integers(min_value=-1439, max_value=1439).map(lambda m: timezone(timedelta(minutes=m)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    before=st.none() | doses,
    after=st.none() | doses,
    at=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2199, 1, 1), timezones=offsets),
)
def test_any_level_change_round_trips_exactly(
    database: Database, before: Dose | None, after: Dose | None, at: datetime
) -> None:
    change = LevelChange(
        at,
        "track",
        None if before is None else Level("track", "A1", before),
        None if after is None else Level("track", "B2", after),
        "hold",
        recorded_text("\u2713"),
    )
    with SqlUnitOfWork(database.engine) as uow:
        uow.coaching.add_level_change(change)
        if after is not None:
            uow.coaching.set_level(Level("track", "B2", after), at)
    try:
        with SqlUnitOfWork(database.engine) as uow:
            (loaded,) = uow.coaching.level_changes_between(*EVER)
            assert loaded == change and loaded.at.isoformat() == at.isoformat()
            assert uow.coaching.levels() == ({} if after is None else {"track": Level("track", "B2", after)})
    finally:
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM level_changes"))
            connection.execute(text("DELETE FROM levels"))


# --- paused regions ----------------------------------------------------------------------------------


def test_regions_pause_and_resume(database: Database) -> None:
    monday, tuesday = datetime(2026, 11, 23, 9, tzinfo=BERLIN), datetime(2026, 11, 24, 9, tzinfo=IST)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.paused_regions() == {}
        assert uow.coaching.pause_region(Region.BACK, monday, R("pain 6/10 during TH1"), R("See a physio."))
        assert uow.coaching.pause_region(Region.HIPS, tuesday, R("screen: PREG1"), R("Ask your midwife."))
        # Already paused: the first pause stands.
        assert not uow.coaching.pause_region(Region.BACK, tuesday, R("again"), R("again"))
    with SqlUnitOfWork(database.engine) as uow:
        paused = uow.coaching.paused_regions()
    assert paused == {
        Region.BACK: RegionPause(monday, R("pain 6/10 during TH1"), R("See a physio.")),
        Region.HIPS: RegionPause(tuesday, R("screen: PREG1"), R("Ask your midwife.")),
    }
    assert paused[Region.HIPS].since.isoformat() == "2026-11-24T09:00:00+05:30"
    since, reason, referral = paused[Region.BACK]  # also a plain (since, reason, referral) tuple
    assert (since.isoformat(), reason, referral) == (
        "2026-11-23T09:00:00+01:00",
        R("pain 6/10 during TH1"),
        R("See a physio."),
    )

    with SqlUnitOfWork(database.engine) as uow:
        with pytest.raises(ValueError, match="before it was paused"):
            uow.coaching.resume_region(Region.BACK, monday - timedelta(minutes=1))
        assert uow.coaching.resume_region(Region.BACK, tuesday)
        assert not uow.coaching.resume_region(Region.BACK, tuesday)
        assert not uow.coaching.resume_region(Region.NECK, tuesday)
        assert set(uow.coaching.paused_regions()) == {Region.HIPS}
        # Paused again later: a new pause, the old one stays in the history.
        assert uow.coaching.pause_region(
            Region.BACK, tuesday + timedelta(days=1), R("again"), R("See a doctor.")
        )
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.paused_regions()[Region.BACK].referral == R("See a doctor.")
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT region, paused_at, pause_utc_offset_min, resumed_at, resume_utc_offset_min "
            "FROM region_pauses ORDER BY id"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("back", "2026-11-23 08:00:00.000000", 60, "2026-11-24 03:30:00.000000", 330),
        ("hips", "2026-11-24 03:30:00.000000", 330, None, None),
        ("back", "2026-11-25 03:30:00.000000", 330, None, None),
    ]


def test_a_region_has_at_most_one_open_pause(database: Database) -> None:
    insert = (
        "INSERT INTO region_pauses (region, paused_at, pause_utc_offset_min, reason, referral) "
        "VALUES ('neck', '2026-11-23 08:00:00.000000', 60, '', '')"
    )
    with database.engine.begin() as connection:
        connection.exec_driver_sql(insert)
    with database.engine.begin() as connection, pytest.raises(IntegrityError, match="UNIQUE"):
        connection.exec_driver_sql(insert)


# --- the schema's own guards --------------------------------------------------------------------------

VALID_ROWS: dict[str, dict[str, str]] = {
    "routine_sessions": {
        "started_at": "'2026-11-23 08:00:00.000000'",
        "start_utc_offset_min": "60",
        "ended_at": "'2026-11-23 08:05:00.000000'",
        "end_utc_offset_min": "60",
        "kind": "'micro'",
        "completed": "1",
        "source": "'break'",
        "note": "''",
    },
    "exercise_results": {
        "session_id": "1",
        "position": "0",
        "exercise_id": "'HF1'",
        "target": "'hip_flexors'",
        "pattern": "'stretch'",
        "dose_kind": "'hold'",
        "hold_s": "30",
        "reps": "2",
        "per_side": "1",
        "reason": "''",
        "done_fraction": "1.0",
        "effort": "'just_right'",
        "pain": "0",
        "skipped": "0",
        "pain_button": "0",
    },
    "screen_results": {
        "taken_at": "'2026-11-20 17:30:00.000000'",
        "utc_offset_min": "60",
        "source": "'wizard'",
        "lifestyles": "'desk_worker'",
        "floor_room": "1",
        "exercise_allowed": "1",
        "pregnancy": "0",
        "note": "''",
    },
    "screen_scores": {"screen_id": "1", "item_id": "'S1'", "side": "'left'", "score": "2", "pain": "0"},
    "screen_red_flags": {"screen_id": "1", "question_id": "'Q7'", "tier": "'prompt'", "regions": "'back'"},
    "levels": {
        "track": "'walk'",
        "exercise_id": "'WALK1'",
        "dose_kind": "'timed'",
        "minutes": "5",
        "updated_at": "'2026-11-23 08:00:00.000000'",
        "utc_offset_min": "60",
    },
    "level_changes": {
        "changed_at": "'2026-11-23 08:00:00.000000'",
        "utc_offset_min": "60",
        "track": "'upper_back'",
        "before_exercise_id": "'UB1'",
        "before_dose_kind": "'reps'",
        "before_reps": "10",
        "before_sets": "2",
        "before_rep_s": "3",
        "rule": "'pain'",
        "reason": "''",
    },
    "region_pauses": {
        "region": "'back'",
        "paused_at": "'2026-11-23 08:00:00.000000'",
        "pause_utc_offset_min": "60",
        "reason": "''",
        "referral": "''",
        "resumed_at": "'2026-11-24 08:00:00.000000'",
        "resume_utc_offset_min": "60",
    },
}
BAD_VALUES = [
    ("exercise_results", {"pain": "11"}),
    ("exercise_results", {"pain": "-1"}),
    ("exercise_results", {"done_fraction": "1.5"}),
    ("exercise_results", {"done_fraction": "-0.1"}),
    ("exercise_results", {"effort": "'meh'"}),
    ("exercise_results", {"target": "'knees'"}),
    ("exercise_results", {"pattern": "'twist'"}),
    ("exercise_results", {"position": "-1"}),
    ("exercise_results", {"skipped": "2"}),
    ("exercise_results", {"dose_kind": "'sprint'"}),
    ("exercise_results", {"dose_kind": "'reps'"}),  # a hold's columns under another kind
    ("exercise_results", {"sets": "2"}),  # a hold with a column it does not use
    ("exercise_results", {"hold_s": "NULL"}),  # a hold without its length
    ("routine_sessions", {"kind": "'huge'"}),
    ("routine_sessions", {"source": "'email'"}),
    ("routine_sessions", {"ended_at": "'2026-11-23 07:59:59.000000'"}),
    ("routine_sessions", {"ended_at": "NULL"}),  # completed, yet never ended; offset without time
    ("routine_sessions", {"end_utc_offset_min": "NULL"}),
    ("routine_sessions", {"start_utc_offset_min": "1440"}),
    ("screen_results", {"source": "'fax'"}),
    ("screen_results", {"pregnancy": "'yes'"}),
    ("screen_results", {"utc_offset_min": "-1440"}),
    ("screen_scores", {"score": "3"}),
    ("screen_scores", {"side": "'middle'"}),
    ("screen_red_flags", {"tier": "'mild'"}),
    ("levels", {"dose_kind": "'hold'"}),
    ("levels", {"minutes": "NULL"}),
    ("level_changes", {"before_exercise_id": "NULL"}),  # half a level
    ("level_changes", {"after_dose_kind": "'timed'"}),  # a kind without an exercise or minutes
    ("level_changes", {"before_minutes": "4"}),
    ("region_pauses", {"region": "'knees'"}),
    ("region_pauses", {"resumed_at": "'2026-11-22 08:00:00.000000'"}),
    ("region_pauses", {"resume_utc_offset_min": "NULL"}),
]


def insert_sql(table: str, changes: dict[str, str] | None = None) -> str:
    values = VALID_ROWS[table] | (changes or {})
    return f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join(values.values())})"


def insert_parents(connection: Connection) -> None:
    connection.exec_driver_sql(insert_sql("routine_sessions"))
    connection.exec_driver_sql(insert_sql("screen_results"))


def test_the_valid_rows_are_valid(database: Database) -> None:
    with database.engine.begin() as connection:
        insert_parents(connection)
        for table in COACHING_TABLES:
            if table not in ("routine_sessions", "screen_results"):
                connection.exec_driver_sql(insert_sql(table))
    assert [count(database, t) for t in COACHING_TABLES] == [1] * len(COACHING_TABLES)


@pytest.mark.parametrize(("table", "changes"), BAD_VALUES, ids=lambda v: str(v))
def test_check_constraints_reject_bad_values(database: Database, table: str, changes: dict[str, str]) -> None:
    with database.engine.begin() as connection:
        insert_parents(connection)
    with (
        database.engine.begin() as connection,
        pytest.raises(IntegrityError, match="CHECK constraint failed"),
    ):
        connection.exec_driver_sql(insert_sql(table, changes))


def test_results_need_their_routine(database: Database) -> None:
    with database.engine.begin() as connection, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        connection.exec_driver_sql(insert_sql("exercise_results", {"session_id": "42"}))


# --- revisions and the frozen 0002 sample --------------------------------------------------------------


def migrate(connection: Connection, action: str, revision: str) -> None:
    """Run alembic's upgrade or downgrade to ``revision`` on ``connection``, in its transaction."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    getattr(command, action)(config, revision)


def schema_of(connection: Connection) -> list[tuple[str, str, str]]:
    """Every table and index with its SQL, whitespace removed (layout is not schema)."""
    rows = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [(kind, name, re.sub(r"\s+", "", sql)) for kind, name, sql in rows]


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_each_sample_has_exactly_the_schema_its_revision_creates(tmp_path: Path, revision: str) -> None:
    sample = tmp_path / "sample.sqlite"
    shutil.copyfile(SAMPLES / f"schema_{revision}.sqlite", sample)
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    try:
        with engine.begin() as connection:
            migrate(connection, "upgrade", revision)
            migrated = schema_of(connection)
        sample_engine = create_engine(f"sqlite:///{sample}")
        try:
            with sample_engine.connect() as connection:
                assert schema_of(connection) == migrated
                assert current_revision(connection) == revision
        finally:
            sample_engine.dispose()
    finally:
        engine.dispose()


def test_downgrading_0002_leaves_exactly_0001(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'down.db'}")
    try:
        with engine.begin() as connection:
            migrate(connection, "upgrade", "0001")
            schema_0001 = schema_of(connection)
            migrate(connection, "upgrade", "0002")
            assert {name for _, name, _ in schema_of(connection)} >= set(COACHING_TABLES)
            migrate(connection, "downgrade", "0001")
            assert schema_of(connection) == schema_0001
            migrate(connection, "upgrade", "head")
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


def test_downgrading_0003_leaves_exactly_0002(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'down.db'}")
    try:
        with engine.begin() as connection:
            migrate(connection, "upgrade", "0002")
            schema_0002 = schema_of(connection)
            migrate(connection, "upgrade", "0003")
            migrate(connection, "downgrade", "0002")
            assert normalised_schema(schema_of(connection)) == normalised_schema(schema_0002)
    finally:
        engine.dispose()


R = recorded_text


def as_written(tables: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows with each sentence stored as recorded text (revision 0004) back to its words."""

    def words(value: object) -> object:
        if isinstance(value, str) and value.startswith('{"code":"recorded_text"'):
            return said_from_column(value).values["text"]
        return value

    return {table: [tuple(words(value) for value in row) for row in rows] for table, rows in tables.items()}


def raw_rows(path: Path, columns_of: Path | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table; with ``columns_of``, only the columns that database has
    (a later revision adds columns: the ones a release wrote must come through unchanged)."""
    with closing(read_only(columns_of or path)) as connection:
        columns = {
            table: ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
            for table in ALL_TABLES
        }
    with closing(read_only(path)) as connection:
        return {
            table: connection.execute(f"SELECT {columns[table]} FROM {table} ORDER BY rowid").fetchall()
            for table in ALL_TABLES
        }


@pytest.fixture
def pristine_0002(tmp_path: Path) -> Path:
    copy = tmp_path / "pristine" / SAMPLE_0002.name
    copy.parent.mkdir()
    shutil.copyfile(SAMPLE_0002, copy)
    return copy


# What the 0002 sample's rows mean, written out independently of make_sample_db.py.
EXPECTED_SESSIONS = [
    RoutineRecord(
        datetime(2026, 10, 25, 2, 58, tzinfo=CEST),
        datetime(2026, 10, 25, 2, 3, tzinfo=CET),
        BreakKind.MICRO,
        True,
        RoutineSource.BREAK,
        (
            ExerciseRecord(
                "NK1", Target.NECK, Pattern.STRETCH, HoldDose(20, 2), True, 1.0, Effort.JUST_RIGHT, 0
            ),
        ),
    ),
    RoutineRecord(
        datetime(2026, 11, 23, 9, 47, tzinfo=CET),
        datetime(2026, 11, 23, 9, 49, 30, tzinfo=CET),
        BreakKind.MICRO,
        True,
        RoutineSource.BREAK,
        (
            ExerciseRecord(
                "HF1", Target.HIP_FLEXORS, Pattern.STRETCH, HoldDose(30, 2), True, 1.0, Effort.JUST_RIGHT, 0
            ),
            ExerciseRecord(
                "UB1", Target.UPPER_BACK, Pattern.PULL, RepsDose(10, 2, 3), False, 1.0, Effort.TOO_EASY, 0
            ),
        ),
    ),
    RoutineRecord(
        datetime(2026, 11, 23, 14, 0, tzinfo=CET),
        datetime(2026, 11, 23, 14, 8, 12, 500000, tzinfo=CET),
        BreakKind.LONG,
        True,
        RoutineSource.TRAY,
        (
            ExerciseRecord("WALK1", Target.WALK, Pattern.MOBILITY, TimedDose(5), False, 1.0, None, 0),
            ExerciseRecord(
                "GL1", Target.GLUTES, Pattern.SQUAT, RepsDose(8, 2, 4), False, 0.75, Effort.TOO_HARD, 2
            ),
            ExerciseRecord(
                "CH1", Target.CHEST, Pattern.STRETCH, HoldDose(30, 1), True, 1.0, Effort.JUST_RIGHT, 0
            ),
        ),
    ),
    RoutineRecord(
        datetime(2026, 11, 24, 10, 15, tzinfo=CET),
        datetime(2026, 11, 24, 10, 16, 10, tzinfo=CET),
        BreakKind.MICRO,
        False,
        RoutineSource.BREAK,
        (
            ExerciseRecord(
                "TH1",
                Target.THORACIC,
                Pattern.MOBILITY,
                RepsDose(6, 1, 3),
                False,
                0.5,
                None,
                6,
                pain_button=True,
            ),
            ExerciseRecord(
                "NK1", Target.NECK, Pattern.STRETCH, HoldDose(20, 2), True, 0.0, None, 0, skipped=True
            ),
        ),
    ),
    RoutineRecord(
        datetime(2026, 11, 26, 9, 0, tzinfo=IST),
        datetime(2026, 11, 26, 9, 2, 40, tzinfo=IST),
        BreakKind.MICRO,
        True,
        RoutineSource.CLI,
        (
            ExerciseRecord(
                "HM1", Target.HAMSTRINGS, Pattern.HINGE, HoldDose(30, 2), True, 1.0, Effort.JUST_RIGHT, 1
            ),
        ),
    ),
    RoutineRecord(
        datetime(2026, 11, 26, 13, 30, tzinfo=IST),
        None,
        BreakKind.LONG,
        False,
        RoutineSource.BREAK,
        note="walk only \u2013 red flag",
    ),
]
EXPECTED_SCREENS = [
    ScreenRecord(
        taken_at=datetime(2026, 11, 20, 18, 30, tzinfo=CET),
        source=ScreenSource.WIZARD,
        lifestyles=frozenset({Lifestyle.DESK_WORKER, Lifestyle.RUNNER}),
        floor_room=True,
        exercise_allowed=True,
        pregnancy=False,
        scores=(
            ScreenScore("S1", Side.LEFT, 2, False),
            ScreenScore("S1", Side.RIGHT, 1, False),
            ScreenScore("S2", None, 1, False),
            ScreenScore("S3", Side.LEFT, None, False),
            ScreenScore("S3", Side.RIGHT, 0, True),
        ),
        red_flags=(RedFlagRecord("Q7", RedFlagTier.PROMPT, frozenset({Region.BACK})),),
    ),
    ScreenRecord(
        taken_at=datetime(2026, 11, 26, 7, 45, tzinfo=IST),
        source=ScreenSource.JSON,
        lifestyles=frozenset({Lifestyle.DESK_WORKER}),
        floor_room=False,
        exercise_allowed=False,
        pregnancy=True,
        scores=(ScreenScore("S1", None, 2, False),),
        red_flags=(
            RedFlagRecord("PARQ2", RedFlagTier.PARQ, frozenset()),
            RedFlagRecord("PREG1", RedFlagTier.PREGNANCY, frozenset({Region.BACK, Region.HIPS})),
        ),
        note="from my trainer, Asha",
    ),
]
EXPECTED_LEVELS = {
    "hip_flexors": Level("hip_flexors", "HF2", HoldDose(40, 2)),
    "upper_back": Level("upper_back", "UB2", RepsDose(12, 2, 3)),
    "walk": Level("walk", "WALK1", TimedDose(5)),
}
EXPECTED_LEVEL_CHANGES = [
    LevelChange(
        datetime(2026, 11, 20, 18, 35, tzinfo=CET),
        "hip_flexors",
        None,
        Level("hip_flexors", "HF1", HoldDose(30, 2)),
        "rescreen",
        R("Your screen sets where hip flexor work starts."),
    ),
    LevelChange(
        datetime(2026, 11, 24, 9, 0, tzinfo=CET),
        "hip_flexors",
        Level("hip_flexors", "HF1", HoldDose(30, 2)),
        Level("hip_flexors", "HF2", HoldDose(40, 2)),
        "progress",
        R("Hip flexors felt easy twice: a deeper stretch, held longer."),
    ),
    LevelChange(
        datetime(2026, 11, 24, 10, 16, 10, tzinfo=CET),
        "thoracic",
        Level("thoracic", "TH1", RepsDose(6, 1, 3)),
        None,
        "pain",
        R("Pain 6/10 in the upper back: thoracic work is paused."),
    ),
    LevelChange(
        datetime(2026, 11, 25, 8, 30, tzinfo=CET),
        "upper_back",
        Level("upper_back", "UB1", RepsDose(10, 2, 3)),
        Level("upper_back", "UB2", RepsDose(12, 2, 3)),
        "progress",
        R("Two more repetitions per set."),
    ),
]
REFERRAL = "Ask your midwife or doctor before back and hip exercises."
EXPECTED_PAUSED = {
    Region.BACK: RegionPause(datetime(2026, 11, 26, 7, 45, tzinfo=IST), R("screen: PREG1"), R(REFERRAL)),
    Region.HIPS: RegionPause(datetime(2026, 11, 26, 7, 45, tzinfo=IST), R("screen: PREG1"), R(REFERRAL)),
}


def test_the_0002_sample_is_revision_0002(pristine_0002: Path) -> None:
    with closing(read_only(pristine_0002)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
    counts = {table: len(rows) for table, rows in raw_rows(pristine_0002).items()}
    assert counts == {
        "sitting_bouts": 6,
        "break_events": 8,
        "routine_sessions": 6,
        "exercise_results": 9,
        "screen_results": 2,
        "screen_scores": 6,
        "screen_red_flags": 3,
        "levels": 3,
        "level_changes": 4,
        "region_pauses": 3,
    }


def test_upgrading_the_0002_sample_keeps_every_row(
    db_path: Path, pristine_0002: Path, clock: ManualClock
) -> None:
    before = raw_rows(pristine_0002)
    db_path.parent.mkdir()
    shutil.copyfile(SAMPLE_0002, db_path)
    db = open_database(db_path, clock)
    try:
        assert db.notices == []
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        with SqlUnitOfWork(db.engine) as uow:
            routines = uow.coaching.sessions_between(*EVER)
            screens = uow.coaching.screens_between(*EVER)
            latest = uow.coaching.latest_screen()
            levels = uow.coaching.levels()
            changes = uow.coaching.level_changes_between(*EVER)
            paused = uow.coaching.paused_regions()
            assert len(uow.history.bouts_between(*EVER)) == 6
    finally:
        db.dispose()
    # The sentences are kept as recorded text now (revision 0004), word for word.
    assert as_written(raw_rows(db_path, columns_of=pristine_0002)) == before
    assert routines == EXPECTED_SESSIONS
    assert [(r.started_at.isoformat(), r.ended_at and r.ended_at.isoformat()) for r in routines] == [
        (r.started_at.isoformat(), r.ended_at and r.ended_at.isoformat()) for r in EXPECTED_SESSIONS
    ]
    assert screens == EXPECTED_SCREENS and latest == EXPECTED_SCREENS[-1]
    assert [s.taken_at.isoformat() for s in screens] == [s.taken_at.isoformat() for s in EXPECTED_SCREENS]
    assert levels == EXPECTED_LEVELS
    assert changes == EXPECTED_LEVEL_CHANGES
    assert [c.at.isoformat() for c in changes] == [c.at.isoformat() for c in EXPECTED_LEVEL_CHANGES]
    assert paused == EXPECTED_PAUSED
    assert {r: p.since.isoformat() for r, p in paused.items()} == dict.fromkeys(
        paused, "2026-11-26T07:45:00+05:30"
    )
