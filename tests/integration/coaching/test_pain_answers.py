# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""The pain questions through the real service and a real SQLite file: sharp or shooting pain
and numbness or tingling pause the region (COACHING.md section 5, rule 5), and pain the next
morning, asked once at the first routine of the next day, steps yesterday's moves down."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from routine_coach import routine_coach

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.history import BreakKind
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def coach(tmp_path):
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    yield coach.service, coach.clock, coach.database
    coach.database.dispose()


def sessions(database, clock):
    with SqlUnitOfWork(database.engine) as uow:
        return uow.coaching.sessions_between(clock.now() - timedelta(days=3), clock.now() + timedelta(1))


def paused(database):
    with SqlUnitOfWork(database.engine) as uow:
        return uow.coaching.paused_regions()


def routine(service, clock, kind=BreakKind.MICRO, **first):
    """One break's routine, every move done just right; ``first`` answers for the first move."""
    plan = service.plan_break(kind, 180)
    session = service.start(plan)
    clock.advance(timedelta(minutes=3))
    feedback = [ExerciseFeedback(p.exercise_id, Effort.JUST_RIGHT, 0, 1.0) for p in plan.items]
    pain = first.pop("pain", 0)
    feedback[0] = ExerciseFeedback(plan.items[0].exercise_id, Effort.JUST_RIGHT, pain, 1.0, **first)
    return plan, service.finish(session, plan, feedback, completed=True)


@pytest.mark.parametrize(
    ("said", "words"),
    [({"numbness": True}, "numbness or tingling"), ({"sharp_pain": True}, "sharp or shooting pain")],
)
def test_a_warning_sign_with_mild_pain_pauses_the_region_and_refers(coach, said, words):
    service, clock, database = coach
    plan, outcome = routine(service, clock, pain=2, **said)
    first = service.library[plan.items[0].exercise_id]
    [stored] = [e for r in sessions(database, clock) for e in r.exercises if e.exercise_id == first.id]
    assert stored.sharp_pain == said.get("sharp_pain", False)
    assert stored.numbness == said.get("numbness", False)
    assert first.region in paused(database)
    [referral] = [say(text) for text in outcome.referrals]
    assert words in referral and "doctor or physiotherapist" in referral
    assert any(words in say(line) and "paused" in say(line) for line in outcome.changes)
    clock.advance(timedelta(minutes=20))
    later = service.plan_break(BreakKind.LONG, 0)
    assert all(service.library[p.exercise_id].region != first.region for p in later.items)


def test_the_next_morning_question_comes_once_at_the_first_routine_of_the_next_day(coach):
    service, clock, _ = coach
    assert service.next_morning_question() is None, "nothing done yesterday"
    plan, _ = routine(service, clock)
    assert service.next_morning_question() is None, "not on the same day"
    clock.sleep(datetime(2026, 11, 24, 8, 30, tzinfo=BERLIN) - clock.now())
    question = service.next_morning_question()
    assert question is not None
    assert question.moves == tuple(service.library[p.exercise_id].name for p in plan.items)
    service.start(service.plan_break(BreakKind.MICRO, 180))  # the first routine of the day opens
    assert service.next_morning_question() is None, "once a day, at its first routine"


def test_not_said_stores_nothing_and_changes_nothing(coach):
    service, clock, database = coach
    routine(service, clock)
    clock.sleep(datetime(2026, 11, 24, 8, 30, tzinfo=BERLIN) - clock.now())
    question = service.next_morning_question()
    outcome = service.answer_next_morning(question, None)
    assert outcome.changes == [] and outcome.referrals == []
    assert [r.next_day_pain for r in sessions(database, clock)] == [None]


def test_pain_the_next_morning_steps_yesterdays_moves_down_and_leaves_them_out_today(coach):
    service, clock, database = coach
    plan, _ = routine(service, clock)
    hurt = service.library[plan.items[0].exercise_id]
    clock.sleep(datetime(2026, 11, 24, 8, 30, tzinfo=BERLIN) - clock.now())
    question = service.next_morning_question()
    outcome = service.answer_next_morning(question, 4)
    assert [r.next_day_pain for r in sessions(database, clock)] == [4]
    line = next(say(line) for line in outcome.changes if hurt.name.lower() in say(line).lower())
    assert line == (
        f"Pain the morning after the {hurt.name[0].lower()}{hurt.name[1:]} (4/10): "
        "left out for the rest of today, then back to 2 × 20 s each side."
    )
    assert not paused(database), "one report is one pain stop: no pause yet"
    for kind in (BreakKind.MICRO, BreakKind.LONG):
        assert hurt.id not in [p.exercise_id for p in service.plan_break(kind, 180).items]


def test_severe_pain_the_next_morning_pauses_the_region(coach):
    service, clock, database = coach
    plan, _ = routine(service, clock)
    region = service.library[plan.items[0].exercise_id].region
    clock.sleep(datetime(2026, 11, 24, 8, 30, tzinfo=BERLIN) - clock.now())
    outcome = service.answer_next_morning(service.next_morning_question(), 7)
    assert region in paused(database)
    assert any("7/10 the morning after" in say(referral) for referral in outcome.referrals)
