# ruff: noqa: RUF001  (doses are written with a real times sign, as the user read them)
"""Revision 0004: the English reasons a history already holds become codes and values where the
old templates recognise them, any other text is kept word for word, and a downgrade gives the
English back. Checked on a real SQLite file at revision 0003 holding what the old code wrote."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.storage.migrate import SCRIPT_LOCATION, current_revision
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.exercises import HoldDose, Region, RepsDose, TimedDose
from desk_coach.domain.coaching.progression_said import ProgressionSaid as P
from desk_coach.domain.coaching.progression_said import (
    amount,
    exercise_term,
    ordinal,
    region_term,
    symptom_term,
    times,
)
from desk_coach.domain.said import RECORDED_TEXT, Said, from_data, said, to_data
from desk_coach.wording.say import say

LIBRARY = load_library().library  # also names the exercises for say()
MONDAY = "2026-11-23 08:00:00.000000"  # as a time is stored: UTC
EVER = (datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))

# What the progression wrote before revision 0004, word for word.
STEP_UP = "Glute bridge felt too easy twice: now 3 sets of 10."
PAIN_DOWN = (
    "Band row or pull-apart hurt (4/10): left out for the rest of today, then back to shoulder-blade "
    "squeeze, 10 × 5 s, for now."
)
SECOND_PAIN = (
    "Shoulder-blade squeeze hurt (4/10), the second time for your shoulders: "
    "exercises for your shoulders are paused for now."
)
RESTART = "After 14 days away, single-leg bridge restarts a step lower: glute bridge, 2 sets of 10."
FEWER = (
    "Fewer breaks got done this week: breaks now come 10 minutes later and routines are shorter, "
    "at the same level."
)
PAUSE_REASON = "pain 6/10 during glute bridge"
REFERRAL = (
    "Because you noticed pain of 6/10 during the glute bridge, we've paused exercises for your hips. "
    "Please see a doctor or physiotherapist before you start them again. Often it turns out to be "
    "nothing serious, but it is worth having it checked."
)
# Written by others (the self-check, the planner) or by hand: no template reads them.
SCREEN_LINE = "Your screen sets where hip flexor work starts."
SCREEN_REASON = "red flag: pr_back_pain"
SCREEN_REFERRAL = "Ask your midwife or doctor before back and hip exercises."
PLANNED_BECAUSE = "Keeps your hips moving after long sitting."

LEVEL_REASONS = [STEP_UP, PAIN_DOWN, SECOND_PAIN, RESTART, FEWER, SCREEN_LINE, ""]


def revision_0004() -> ModuleType:
    path = SCRIPT_LOCATION / "versions" / "0004_reasons_as_codes.py"
    spec = importlib.util.spec_from_file_location("revision_0004", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def migrate(connection: Connection, action: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    getattr(command, action)(config, revision)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A history file at revision 0003 holding English reasons, as the old version left it."""
    engine = create_engine(f"sqlite:///{tmp_path / 'history.db'}")
    with engine.begin() as connection:
        migrate(connection, "upgrade", "0003")
        sql = connection.exec_driver_sql
        for reason in LEVEL_REASONS:
            sql(
                "INSERT INTO level_changes (changed_at, utc_offset_min, track, rule, reason) "
                "VALUES ('2026-11-23 08:00:00.000000', 60, 'glutes', 'progress', ?)",
                (reason,),
            )
        for region, reason, referral in (
            ("hips", PAUSE_REASON, REFERRAL),
            ("back", SCREEN_REASON, SCREEN_REFERRAL),
        ):
            sql(
                "INSERT INTO region_pauses (region, paused_at, pause_utc_offset_min, reason, referral) "
                "VALUES (?, '2026-11-23 08:00:00.000000', 60, ?, ?)",
                (region, reason, referral),
            )
        columns = "id, started_at, start_utc_offset_min, kind, completed, source, note"
        sql(f"INSERT INTO routine_sessions ({columns}) VALUES (1, '{MONDAY}', 60, 'micro', 0, 'break', '')")
        sql(
            "INSERT INTO exercise_results (session_id, position, exercise_id, target, pattern, dose_kind, "
            "reps, sets, rep_s, per_side, reason, done_fraction, pain, skipped, pain_button) "
            "VALUES (1, 0, 'GL2', 'glutes', 'hinge', 'reps', 10, 2, 5, 0, ?, 1.0, 0, 0, 0)",
            (PLANNED_BECAUSE,),
        )
    yield engine
    engine.dispose()


def stored(engine: Engine, table: str, column: str) -> list[str]:
    with engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(f"SELECT {column} FROM {table} ORDER BY id")]


def test_upgrading_turns_the_english_into_codes_and_keeps_other_text_word_for_word(engine: Engine) -> None:
    with engine.begin() as connection:
        migrate(connection, "upgrade", "head")
        assert current_revision(connection) == "0004"
    changes = [from_data(json.loads(text)) for text in stored(engine, "level_changes", "reason")]
    assert [change.code for change in changes] == [
        P.STEP,
        P.PAIN_STEP_DOWN,
        P.REPEAT_PAIN_PAUSED,
        P.RESTART_EASIER,
        P.FEWER_BREAKS_LATER,
        RECORDED_TEXT,
        RECORDED_TEXT,
    ]
    assert changes[0] == said(
        P.STEP,
        exercise=exercise_term("GL2"),
        why=said(P.FELT_TOO_EASY, times=times(2)),
        where=said(P.NOW_DOSE, dose=amount(RepsDose(reps=10, sets=3), per_side=False)),
    )
    assert changes[1].values["where"] == said(
        P.BACK_TO_EASIER, exercise=exercise_term("UB1"), dose=amount(HoldDose(hold_s=5, reps=10), False)
    )
    assert changes[2].values["nth"] == ordinal(2) and changes[2].values["region"] == region_term(
        Region.SHOULDERS
    )
    assert changes[3].values["n"] == 14 and changes[3].values["easier"] == exercise_term("GL2")
    assert changes[5].values == {"text": SCREEN_LINE}  # not the progression's: kept as it was
    reasons = [from_data(json.loads(text)) for text in stored(engine, "region_pauses", "reason")]
    assert reasons[0] == said(P.PAIN_DURING, pain=6, exercise=exercise_term("GL2"))
    assert reasons[1].values == {"text": SCREEN_REASON}
    referral = from_data(json.loads(stored(engine, "region_pauses", "referral")[0]))
    assert referral.values["region"] == region_term(Region.HIPS)
    planned = from_data(json.loads(stored(engine, "exercise_results", "reason")[0]))
    assert planned.values == {"text": PLANNED_BECAUSE}

    # Nothing lost: the history reads back as the same English it held.
    with SqlUnitOfWork(engine) as uow:
        lines = [say(change.reason) for change in uow.coaching.level_changes_between(*EVER)]
        paused = uow.coaching.paused_regions()
    assert lines == LEVEL_REASONS
    assert (say(paused[Region.HIPS].reason), say(paused[Region.HIPS].referral)) == (PAUSE_REASON, REFERRAL)
    assert (say(paused[Region.BACK].reason), say(paused[Region.BACK].referral)) == (
        SCREEN_REASON,
        SCREEN_REFERRAL,
    )


def test_downgrading_writes_the_english_back(engine: Engine) -> None:
    before = {(table, column): stored(engine, table, column) for table, column in revision_0004().COLUMNS}
    with engine.begin() as connection:
        migrate(connection, "upgrade", "head")
        migrate(connection, "downgrade", "0003")
        assert current_revision(connection) == "0003"
    assert {key: stored(engine, *key) for key in before} == before


def test_a_column_an_older_version_wrote_reads_as_its_text(engine: Engine) -> None:
    """A text written after the upgrade by an older copy of the app (no JSON) still reads."""
    with engine.begin() as connection:
        migrate(connection, "upgrade", "head")
        connection.exec_driver_sql(
            "INSERT INTO level_changes (changed_at, utc_offset_min, track, rule, reason) "
            "VALUES ('2026-11-24 08:00:00.000000', 60, 'glutes', 'progress', '{not json: kept}')"
        )
    with SqlUnitOfWork(engine) as uow:
        assert say(uow.coaching.level_changes_between(*EVER)[-1].reason) == "{not json: kept}"


# Every sentence the progression stores, as the domain makes it: the old templates read its
# English back to the same code and values, and write the same English from them.
HF1, GL2, GL3, UB1 = (exercise_term(e) for e in ("HF1", "GL2", "GL3", "UB1"))
HIPS = region_term(Region.HIPS)
SENTENCES = [
    said(
        P.STEP,
        exercise=GL2,
        why=said(P.FELT_TOO_HARD, times=times(3)),
        where=said(P.BACK_TO_DOSE, dose=amount(RepsDose(10, 2), False)),
    ),
    said(
        P.STEP,
        exercise=GL2,
        why=said(P.HARD_TO_FINISH, part=2, whole=3),
        where=said(P.BACK_TO_EASIER, exercise=exercise_term("GL1"), dose=amount(HoldDose(5, 10), False)),
    ),
    said(
        P.STEP,
        exercise=HF1,
        why=said(P.FELT_COMFORTABLE, n=1),
        where=said(P.NOW_DOSE, dose=amount(HoldDose(30, 2), True)),
    ),
    said(
        P.STEP,
        exercise=HF1,
        why=said(P.FELT_COMFORTABLE_CHECK_IMPROVED, n=2),
        where=said(P.NEXT_UP, exercise=exercise_term("HF2"), dose=amount(HoldDose(30, 1), True)),
    ),
    said(
        P.STEP,
        exercise=GL2,
        why=said(P.FELT_TOO_EASY, times=times(1)),
        where=said(P.NEXT_UP, exercise=GL3, dose=amount(RepsDose(8, 2), True)),
    ),
    said(
        P.PAIN_STEP_DOWN,
        pain=said(P.HURT, exercise=GL2),
        where=said(P.BACK_TO_DOSE, dose=amount(RepsDose(10, 1), False)),
    ),
    said(
        P.PAIN_STEP_DOWN,
        pain=said(P.SORE_NEXT_MORNING, exercise=GL3),
        where=said(P.BACK_TO_EASIER, exercise=GL2, dose=amount(RepsDose(10, 2), False)),
    ),
    said(
        P.PAIN_STEP_DOWN,
        pain=said(P.SORE_NEXT_MORNING_RATED, exercise=UB1, pain=5),
        where=said(P.BACK_TO_DOSE, dose=amount(HoldDose(5, 8), False)),
    ),
    said(P.SYMPTOM_PAUSED, exercise=GL2, symptom=symptom_term("numbness"), region=HIPS),
    said(P.PAIN_PAUSED, pain=said(P.HURT_RATED, exercise=GL2, pain=7), region=HIPS),
    said(P.REPEAT_PAIN_PAUSED, pain=said(P.HURT, exercise=GL2), nth=ordinal(6), region=HIPS),
    said(P.SYMPTOM_DURING, symptom=symptom_term("sharp"), exercise=GL3),
    said(P.PAIN_MORNING_AFTER, pain=7, exercise=GL2),
    said(P.PAIN_IN_REGION_REPEATED, region=HIPS, times=times(2), n=28),
    said(
        P.REFERRAL, noticed=said(P.NOTICED_SYMPTOM, symptom=symptom_term("sharp"), exercise=GL2), region=HIPS
    ),
    said(P.REFERRAL, noticed=said(P.NOTICED_PAIN_MORNING_AFTER, pain=8, exercise=GL3), region=HIPS),
    said(P.REFERRAL, noticed=said(P.NOTICED_REPEATED_PAIN, region=HIPS), region=HIPS),
    said(P.FEWER_BREAKS),
    said(P.BREAKS_KEPT_UP, n=1),
    said(P.BREAKS_KEPT_UP, n=2),
    said(P.RESTART_SAME, n=15, exercise=GL2, dose=amount(TimedDose(3), False)),
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s.code)
def test_the_old_templates_read_and_write_what_the_progression_says(sentence: Said) -> None:
    old = revision_0004().Sentences({e.id: e.name for e in LIBRARY})
    english = say(sentence)
    assert old.read(english) == to_data(sentence)
    assert old.write(to_data(sentence)) == english
