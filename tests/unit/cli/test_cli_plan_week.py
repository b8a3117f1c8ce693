# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""`desk-coach plan --week`: the week's programme day by day, and whether it keeps the weekly rules."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.cli import main
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_MORNING = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)


@pytest.fixture
def now(monkeypatch):
    """The command's clock, fixed: Monday morning unless a test moves it."""
    moment = {"now": MONDAY_MORNING}
    monkeypatch.setattr(SystemClock, "now", lambda self: moment["now"])
    return moment


def store_screen(at: datetime, scores: dict[str, int], **changes) -> None:
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    values = {
        "lifestyles": frozenset({Lifestyle.DESK_WORKER}),
        "floor_room": False,
        "exercise_allowed": True,
        "pregnancy": False,
    } | changes
    try:
        with SqlUnitOfWork(database.engine) as uow:
            score_rows = tuple(ScreenScore(item, None, score, False) for item, score in scores.items())
            uow.coaching.add_screen(ScreenRecord(at, ScreenSource.JSON, scores=score_rows, **values))
    finally:
        database.dispose()


def week_json(capsys) -> dict:
    assert main(["plan", "--week", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def write_settings(text: str) -> None:
    paths = AppPaths.for_current_user()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text)


def test_the_week_shows_each_day_with_its_routine_and_the_weekly_figures(now, capsys):
    store_screen(MONDAY_MORNING.replace(hour=7), {"S1": 1, "S2": 1, "S3": 2, "S4": 2, "S5": 2})
    assert main(["plan", "--week"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Week of Mon 23 Nov to Sun 29 Nov 2026, every planned break done in full:"
    for day in ("Mon 23 Nov (today):", "Tue 24 Nov (planned):", "Fri 27 Nov (planned):"):
        assert day in lines
    assert "Sat 28 Nov: no work hours, no breaks." in lines
    assert sum(1 for line in lines if line.startswith("  Daily routine: ")) == 5
    assert "  Daily routine: Standing split-stance hip-flexor stretch 2 × 30 s each side;" in out
    assert any(
        line.startswith("  Hip flexors stretching: ") and line.endswith("goal 5 min: reached.")
        for line in lines
    )
    assert any(
        line.startswith("  Pull sets ") and "pulls are at least 2 times the pushes" in line for line in lines
    )
    assert "  Wall push-up plus: once this week (goal: at least 1)." in lines


def test_the_week_as_json_keeps_every_weekly_rule_for_an_active_person_with_weak_glutes(now, capsys):
    at_hand = frozenset({Equipment.DESK, Equipment.CHAIR, Equipment.WALL, Equipment.MAT})
    store_screen(
        MONDAY_MORNING.replace(hour=7),
        {"S1": 1, "S2": 2, "S3": 2, "S4": 0, "S5": 1},
        lifestyles=frozenset({Lifestyle.RUNNER}),
        floor_room=True,
        equipment=at_hand,
    )
    write_settings('[coaching]\nequipment = ["desk", "chair", "wall", "mat"]\n')  # as the self-check saves it
    week = week_json(capsys)
    assert week["profile"]["equipment"] == ["chair", "desk", "mat", "wall"]
    assert [day["weekday"] for day in week["days"]] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    assert [day["work_day"] for day in week["days"]] == [True] * 5 + [False] * 2
    totals = week["totals"]
    assert totals["tight_targets"] == ["hip_flexors", "hamstrings"]
    for target in totals["tight_targets"]:
        assert totals["stretch_minutes_per_side"][target] >= totals["weekly_goal_minutes_per_tight_target"]
    assert totals["pull_sets"] >= totals["pull_to_push_ratio"] * totals["push_sets"]
    assert totals["protraction_sessions"] >= 1
    assert totals["strength_days"]["glutes"] >= totals["strength_days_goal"]["glutes"] == 3
    moves = {
        item["exercise_id"]
        for day in week["days"]
        for plan in day["planned"]
        if plan["kind"] == "long"
        for item in plan["items"]
    }
    assert "GL2" in moves, "an active person with floor room starts glute work on the bridge"
    assert not moves & {"UB2", "CH1"}, "no band or doorway at hand"


def test_work_days_come_from_the_work_hours_settings(now, capsys):
    store_screen(MONDAY_MORNING.replace(hour=7), {"S1": 1, "S2": 1})
    write_settings('[work_hours]\nfriday = []\nsaturday = ["08:00-14:00"]\n')
    week = week_json(capsys)
    work = {day["weekday"]: day["work_day"] for day in week["days"]}
    assert work["Friday"] is False and work["Saturday"] is True
    saturday = next(day for day in week["days"] if day["weekday"] == "Saturday")
    assert any(plan["kind"] == "long" for plan in saturday["planned"])
    friday = next(day for day in week["days"] if day["weekday"] == "Friday")
    assert friday["planned"] == []


def test_after_the_last_break_of_the_week_the_coming_week_is_shown(now, capsys):
    now["now"] = datetime(2026, 11, 27, 19, 0, tzinfo=BERLIN)  # Friday evening
    assert week_json(capsys)["first_day"] == "2026-11-30"


def test_from_65_the_week_holds_each_stretch_two_times_45_seconds(now, capsys):
    store_screen(
        MONDAY_MORNING.replace(hour=7),
        {"S1": 0, "S2": 2, "S3": 2, "S4": 2, "S5": 1},
        age_band=AgeBand.FROM_65,
    )
    week = week_json(capsys)
    assert week["profile"]["age_band"] == "65_plus"
    holds = [
        item["dose"]
        for day in week["days"]
        for plan in day["planned"]
        if plan["kind"] == "long"
        for item in plan["items"]
        if item["pattern"] == "stretch"
    ]
    assert holds and all(dose == {"kind": "hold", "hold_s": 45, "reps": 2} for dose in holds)


def test_while_exercises_are_on_hold_the_week_is_walks_and_says_so(now, capsys):
    store_screen(MONDAY_MORNING.replace(hour=7), {}, exercise_allowed=False)
    assert main(["plan", "--week"]) == 0
    out = capsys.readouterr().out
    assert "  Daily routine: Walk break 6 min." in out
    assert "Exercises are on hold, so every break is a walk and no weekly goal applies." in out
    assert "stretching" not in out


def test_on_a_fresh_home_the_week_is_walks_until_coaching_is_set_up_and_nothing_is_created(now, capsys):
    assert main(["plan", "--week"]) == 0
    out = capsys.readouterr().out
    assert "Coaching is not set up yet, so every break is a walk and no weekly goal applies." in out
    assert not AppPaths.for_current_user().database.exists()
