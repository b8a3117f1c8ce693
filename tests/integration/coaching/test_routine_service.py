"""A break's routine through the real service: planned, stored per exercise, progressed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from routine_coach import routine_coach

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import said
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def service(tmp_path):
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    yield coach.service, coach.clock, coach.database
    coach.database.dispose()


def run(svc, clock, plan, **answer):
    session = svc.start(plan)
    clock.advance(timedelta(minutes=3))
    feedback = [
        ExerciseFeedback(p.exercise_id, answer.get("effort", Effort.JUST_RIGHT), answer.get("pain", 0), 1.0)
        for p in plan.items
    ]
    return svc.finish(session, plan, feedback, completed=True)


def test_a_first_micro_break_is_desk_work_for_hip_flexors_or_chest_and_is_stored(service):
    svc, clock, database = service
    plan = svc.plan_break(BreakKind.MICRO, 180)
    assert plan.items
    first = svc.library[plan.items[0].exercise_id]
    assert first.desk and first.target.value in ("hip_flexors", "chest")
    run(svc, clock, plan)
    with SqlUnitOfWork(database.engine) as uow:
        [record] = uow.coaching.sessions_between(clock.now() - timedelta(hours=1), clock.now())
    assert record.completed and record.kind == BreakKind.MICRO
    assert [e.exercise_id for e in record.exercises] == [p.exercise_id for p in plan.items]
    assert all(e.effort == Effort.JUST_RIGHT and e.pain == 0 for e in record.exercises)


def test_severe_pain_pauses_the_region_and_gives_the_referral(service):
    svc, clock, database = service
    plan = svc.plan_break(BreakKind.MICRO, 180)
    outcome = run(svc, clock, plan, pain=7)
    assert outcome.referrals, "pain of 7/10 must bring the referral wording"
    assert outcome.changes
    with SqlUnitOfWork(database.engine) as uow:
        paused = uow.coaching.paused_regions()
    region = svc.library[plan.items[0].exercise_id].region
    assert region in paused
    clock.advance(timedelta(minutes=30))
    later = svc.plan_break(BreakKind.MICRO, 180)
    assert all(svc.library[p.exercise_id].region != region for p in later.items)


def test_few_breaks_taken_in_a_week_moves_breaks_later_once(service):
    from desk_coach.domain.history import BreakEvent, BreakEventKind

    svc, clock, database = service
    with SqlUnitOfWork(database.engine) as uow:
        for day in range(1, 9):
            at = clock.now() - timedelta(days=day)
            for n in range(4):
                kind = BreakEventKind.TAKEN if n == 0 else BreakEventKind.SKIPPED
                uow.history.add_break_event(BreakEvent(at, BreakEventKind.SHOWN, BreakKind.MICRO))
                uow.history.add_break_event(BreakEvent(at, kind, BreakKind.MICRO))
    adjustment = svc.check_adherence()
    assert adjustment is not None and adjustment.interval_change_min == 10
    line = adjustment.line()
    assert line is not None and "10 minutes later" in say(line)
    assert svc.check_adherence() is None, "one adjustment per window"


def test_before_any_self_check_every_break_is_a_walk_that_says_how_to_set_up(tmp_path):
    coach = routine_coach(
        tmp_path / "fresh.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN), set_up=False
    )
    svc, database = coach.service, coach.database
    try:
        for kind in (BreakKind.MICRO, BreakKind.LONG):
            plan = svc.plan_break(kind, 180)
            assert [svc.library[p.exercise_id].target.value for p in plan.items] == ["walk"]
            assert plan.notes == (said(PlanCode.NOT_SET_UP),)
            assert say(plan.notes[0]).startswith("Coaching is not set up yet")
            assert "Set up coaching…" in say(plan.notes[0])
    finally:
        database.dispose()


def _answered_with_breaks_ended_early(database, clock, done_fraction: float) -> None:
    """Eight days of four prompts a day, each answered with a break ended early."""
    from desk_coach.domain.history import BreakEvent, BreakEventKind

    with SqlUnitOfWork(database.engine) as uow:
        for day in range(1, 9):
            at = clock.now() - timedelta(days=day)
            for _ in range(4):
                uow.history.add_break_event(BreakEvent(at, BreakEventKind.SHOWN, BreakKind.MICRO))
                ended = BreakEvent(at, BreakEventKind.PARTIAL, BreakKind.MICRO, done_fraction=done_fraction)
                uow.history.add_break_event(ended)


def test_breaks_ended_after_most_of_them_count_as_done(service):
    """Rule 6 counts prompts answered with a break; a break left after most of it was done is
    one (the share is ``partial_counts_from_percent`` in rules.toml)."""
    svc, clock, database = service
    _answered_with_breaks_ended_early(database, clock, done_fraction=0.8)
    adjustment = svc.check_adherence()
    assert adjustment is None or adjustment.interval_change_min == 0


def test_breaks_left_at_once_do_not_count_as_done(service):
    svc, clock, database = service
    _answered_with_breaks_ended_early(database, clock, done_fraction=0.05)
    adjustment = svc.check_adherence()
    assert adjustment is not None and adjustment.interval_change_min == 10
