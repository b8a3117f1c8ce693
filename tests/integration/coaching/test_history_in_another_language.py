"""A history recorded in English is shown in German after switching: the reasons are stored as
codes and values, and worded in the language in force when they are shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from routine_coach import routine_coach

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.history import BreakKind
from desk_coach.wording import qt_catalogues
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")
EVER = (datetime(2000, 1, 1, tzinfo=BERLIN), datetime(2100, 1, 1, tzinfo=BERLIN))


@pytest.fixture
def coach(tmp_path) -> Iterator:
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    yield coach
    coach.database.dispose()


@pytest.fixture
def english() -> Iterator[None]:
    qt_catalogues.use_language("en")
    yield
    qt_catalogues.use_language("en")


def routine(coach, **first) -> None:
    """One break's routine, every move done just right; ``first`` answers for the first move."""
    service, clock = coach.service, coach.clock
    plan = service.plan_break(BreakKind.MICRO, 180)
    session = service.start(plan)
    clock.advance(timedelta(minutes=3))
    feedback = [ExerciseFeedback(p.exercise_id, Effort.JUST_RIGHT, 0, 1.0) for p in plan.items]
    pain = first.pop("pain", 0)
    feedback[0] = ExerciseFeedback(plan.items[0].exercise_id, Effort.JUST_RIGHT, pain, 1.0, **first)
    service.finish(session, plan, feedback, completed=True)


def history(coach):
    with SqlUnitOfWork(coach.database.engine) as uow:
        return uow.coaching.level_changes_between(*EVER), uow.coaching.paused_regions()


def test_a_history_recorded_in_english_is_shown_in_german_after_switching(coach, english) -> None:
    routine(coach, pain=4)  # a pain stop: the move steps one down
    coach.clock.advance(timedelta(days=1))
    routine(coach, pain=2, numbness=True)  # a warning sign: the region is paused, with a referral
    changes, paused = history(coach)
    codes = [change.reason.code for change in changes]
    assert ProgressionSaid.PAIN_STEP_DOWN in codes and ProgressionSaid.SYMPTOM_PAUSED in codes
    [pause] = paused.values()
    assert pause.referral.code == ProgressionSaid.REFERRAL

    in_english = [say(change.reason) for change in changes]
    assert any("left out for the rest of today" in line for line in in_english)
    assert say(pause.referral).startswith("Because you noticed numbness or tingling during the ")

    qt_catalogues.use_language("de")
    changes, paused = history(coach)  # the same stored history, read again after the switch
    in_german = [say(change.reason) for change in changes]
    [pause] = paused.values()
    # These assertions depend on the German catalogue (resources/i18n/desk_coach_de.qm) holding the
    # progression's sentences (/work/tools/tr/progression.json, applied and compiled).
    assert any("für den Rest des Tages ausgelassen" in line for line in in_german), in_german
    assert any("Taubheit oder Kribbeln" in line and "pausieren vorerst" in line for line in in_german)
    assert say(pause.referral).startswith("Weil du Taubheit oder Kribbeln bei ")
    assert "ärztlich oder physiotherapeutisch" in say(pause.referral)

    qt_catalogues.use_language("en")
    assert [say(change.reason) for change in history(coach)[0]] == in_english
