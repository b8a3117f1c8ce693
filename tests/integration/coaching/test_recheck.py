"""A re-check through the real services and a real SQLite file: a clean one lifts the pauses
the last one (or a painful exercise) set, says so, and the history keeps both."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from routine_coach import routine_service

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.export import read_tables
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.profile import Lifestyle
from desk_coach.domain.coaching.records import ScreenSource, Side
from desk_coach.domain.coaching.screening import ItemScore, ScreenResult, gate, summarize
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import defaults
from desk_coach.services.screening import coaching_before, record_screen
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")
CONTENT = load_screen_content()
CLEAN = (
    ItemScore("S1", Side.LEFT, 1),
    ItemScore("S1", Side.RIGHT, 1),
    ItemScore("S2", Side.LEFT, 2),
    ItemScore("S2", Side.RIGHT, 2),
    ItemScore("S3", None, 1),
    ItemScore("S4", Side.LEFT, 1),
    ItemScore("S4", Side.RIGHT, 1),
    ItemScore("S5", None, 1),
)


@pytest.fixture
def home(tmp_path):
    clock = ManualClock(datetime(2026, 11, 2, 9, 0, tzinfo=BERLIN))
    database = open_database(tmp_path / "desk-coach.db", clock)
    yield clock, database
    database.dispose()


def take(clock, database, red_flags=(), scores=CLEAN) -> ScreenResult:
    """A self-check as the wizard records it, at the clock's time."""
    result = ScreenResult(
        clock.now(),
        ScreenSource.WIZARD,
        frozenset({Lifestyle.DESK_WORKER}),
        False,
        frozenset(red_flags),
        scores,
    )
    record_screen(
        lambda: SqlUnitOfWork(database.engine),
        CONTENT,
        result,
        gate(CONTENT, result.red_flags, result.pain_items),
    )
    return result


def paused(database) -> set[Region]:
    with SqlUnitOfWork(database.engine) as uow:
        return set(uow.coaching.paused_regions())


def lines(database, clock) -> list[str]:
    with SqlUnitOfWork(database.engine) as uow:
        changes = uow.coaching.level_changes_between(
            clock.now() - timedelta(days=60), clock.now() + timedelta(1)
        )
    return [say(change.reason) for change in changes]


def test_a_clean_recheck_lifts_a_red_flag_pause_says_so_and_keeps_both_in_the_history(home):
    clock, database = home
    take(clock, database, red_flags={"pr_back_pain"}, scores=CLEAN[:5])  # S4, S5 left out
    assert paused(database) == {Region.BACK, Region.HIPS}

    clock.advance(timedelta(days=28))
    before = coaching_before(lambda: SqlUnitOfWork(database.engine))
    assert before == ({Region.BACK, Region.HIPS}, False)
    recheck = ScreenResult(
        clock.now(), ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), False, frozenset(), CLEAN
    )
    summary = summarize(recheck, CONTENT, *before)  # what the wizard's last page shows
    back_on = (
        "The moves for your hips and back are back on: this time you answered no to the health "
        "questions that paused them, and their movement checks went without pain."
    )
    assert summary.resumed == (back_on,)
    assert not any(say(line).startswith("Paused for now") for line in summary.focus)
    take(clock, database)

    assert paused(database) == set()
    assert back_on in lines(database, clock)  # the what-changed history
    rows = read_tables(database.engine)["region_pauses"]
    assert {row["region"] for row in rows} == {"back", "hips"}
    assert all(
        row["reason_text"] == "red flag: pr_back_pain" and row["resumed_at"] is not None for row in rows
    )

    # And the planner has those moves again.
    loaded = load_library()
    settings = defaults(shipped_schema())
    service = routine_service(database, clock, settings, loaded)
    routine = service.plan_break(BreakKind.LONG, 0)
    assert {loaded.library[item.exercise_id].region for item in routine.items} & {Region.HIPS}
    assert PlanCode.PAUSED not in {note.code for note in routine.notes}


def test_a_recheck_that_still_answers_yes_keeps_the_pause(home):
    clock, database = home
    take(clock, database, red_flags={"pr_back_pain"}, scores=CLEAN[:5])
    clock.advance(timedelta(days=28))
    take(clock, database, red_flags={"pr_back_pain"}, scores=CLEAN[:5])
    assert paused(database) == {Region.BACK, Region.HIPS}
    assert not any("back on" in line for line in lines(database, clock))


def test_a_region_comes_back_only_with_a_pain_free_check_of_its_own(home):
    clock, database = home
    take(clock, database, red_flags={"pr_back_pain"}, scores=CLEAN[:5])
    clock.advance(timedelta(days=28))
    take(clock, database, scores=(*CLEAN[:7], ItemScore("S5", None, None)))  # toe touch skipped
    assert paused(database) == {Region.BACK}, "the hips had a clean check, the back none"


def test_a_check_that_hurt_pauses_and_a_later_pain_free_one_lifts_it(home):
    clock, database = home
    hurt = (*CLEAN[:2], ItemScore("S2", Side.LEFT, 0, True), ItemScore("S2", Side.RIGHT, 0, True), *CLEAN[4:])
    take(clock, database, scores=hurt)
    assert paused(database) == {Region.SHOULDERS}
    clock.advance(timedelta(days=28))
    take(clock, database)
    assert paused(database) == set()


def test_a_clean_recheck_ends_walk_breaks_only(home):
    clock, database = home
    take(clock, database, red_flags={"parq_medication"}, scores=())
    assert coaching_before(lambda: SqlUnitOfWork(database.engine)) == (set(), True)
    clock.advance(timedelta(days=28))
    take(clock, database)
    with SqlUnitOfWork(database.engine) as uow:
        assert uow.coaching.latest_screen().exercise_allowed
    assert (
        "Stretches and strength moves are back on: this time you answered no to every health "
        "question that had put them on hold." in lines(database, clock)
    )


def test_a_pause_from_a_painful_exercise_is_lifted_by_a_clean_recheck(home):
    clock, database = home
    take(clock, database)
    loaded = load_library()
    settings = defaults(shipped_schema())
    service = routine_service(database, clock, settings, loaded)
    clock.advance(timedelta(hours=1))
    plan = service.plan_break(BreakKind.MICRO, 180)
    session = service.start(plan)
    clock.advance(timedelta(minutes=3))
    answers = [ExerciseFeedback(p.exercise_id, Effort.JUST_RIGHT, 8, 1.0) for p in plan.items]
    service.finish(session, plan, answers, completed=True)
    region = loaded.library[plan.items[0].exercise_id].region
    assert region in paused(database)
    clock.advance(timedelta(days=14))
    take(clock, database)
    assert region not in paused(database)


def test_a_trainer_file_taken_before_a_pause_does_not_lift_it(home):
    clock, database = home
    take(clock, database, red_flags={"pr_back_pain"}, scores=CLEAN[:5])
    when = clock.now() - timedelta(days=3)
    earlier = ScreenResult(
        when, ScreenSource.JSON, frozenset({Lifestyle.DESK_WORKER}), False, frozenset(), CLEAN
    )
    record_screen(lambda: SqlUnitOfWork(database.engine), CONTENT, earlier, gate(CONTENT, frozenset(), ()))
    assert paused(database) == {Region.BACK, Region.HIPS}
