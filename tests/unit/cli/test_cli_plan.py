# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""`desk-coach plan`: today's plan from the user's database, as text with reasons or as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.cli import main
from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import Lifestyle
from desk_coach.domain.coaching.records import ScreenRecord, ScreenScore, ScreenSource, Side


def plan_json(capsys) -> dict:
    assert main(["plan", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def store_screen(scores: list[ScreenScore], paused: tuple[Region, ...] = (), **changes) -> None:
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    taken_at = datetime.now().astimezone() - timedelta(hours=1)
    values = {
        "lifestyles": frozenset({Lifestyle.DESK_WORKER}),
        "floor_room": False,
        "exercise_allowed": True,
        "pregnancy": False,
    } | changes
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.coaching.add_screen(ScreenRecord(taken_at, ScreenSource.JSON, scores=tuple(scores), **values))
            for region in paused:
                uow.coaching.pause_region(region, taken_at, "test", "See a physiotherapist.")
    finally:
        database.dispose()


def test_plan_json_on_a_fresh_home_is_walk_breaks_until_coaching_is_set_up(capsys):
    document = plan_json(capsys)
    assert document["profile"]["screened"] is False
    assert document["profile"]["exercise_allowed"] is False
    routine = document["daily_routine"]
    assert [item["target"] for item in routine["items"]] == ["walk"]
    assert routine["notes_text"][0].startswith("Coaching is not set up yet")
    assert [note["code"] for note in routine["notes"]] == ["plan.not_set_up"]
    for plan in document["micro_breaks"]:
        assert [item["target"] for item in plan["items"]] == ["walk"]
        assert plan["notes"] == routine["notes"]


def test_plan_on_a_fresh_home_says_coaching_is_not_set_up_and_how(capsys):
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Coaching is not set up yet: walk breaks only until you take the self-check")
    assert "desk-coach screen" in out
    assert "stretch" not in out.split("Note:")[0].lower()


def test_plan_json_for_a_desk_worker_puts_hips_and_chest_first(capsys):
    store_screen([ScreenScore("S1", Side.LEFT, 1, False), ScreenScore("S2", Side.LEFT, 1, False)])
    document = plan_json(capsys)
    assert document["profile"]["lifestyles"] == ["desk_worker"]
    routine = document["daily_routine"]
    targets = [item["target"] for item in routine["items"]]
    assert targets[:2] == ["hip_flexors", "chest"]
    chest = routine["items"][1]
    assert chest["paired_with"] == routine["items"][2]["exercise_id"]
    assert routine["items"][2]["pattern"] == "pull"
    assert routine["seconds"] <= 6 * 60  # the shipped routine length
    assert all(item["reason_text"].endswith(".") for item in routine["items"])
    assert routine["items"][0]["dose"] == {"kind": "hold", "hold_s": 30, "reps": 2}
    micro_breaks = document["micro_breaks"]
    assert len(micro_breaks) == 3
    assert micro_breaks[0]["items"][0]["target"] == "hip_flexors"
    for plan in micro_breaks:
        assert plan["kind"] == "micro"
        assert 1 <= len(plan["items"]) <= 2 and plan["seconds"] <= 180
        assert all(item["desk"] for item in plan["items"])


def test_plan_prints_each_exercise_with_its_dose_and_reason(capsys):
    store_screen([ScreenScore("S1", Side.LEFT, 1, False), ScreenScore("S2", Side.LEFT, 1, False)])
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Planned from your movement check of ")
    lines = out.splitlines()
    assert any(line.startswith("Daily routine (about ") for line in lines)
    assert sum(line.startswith("Next micro-break") for line in lines) == 3
    hip = next(line for line in lines if "hip-flexor stretch" in line)
    assert "2 × 30 s each side" in hip
    assert "showed tight hip flexors, so this stretch comes daily." in hip
    assert any("Goes with: Shoulder-blade squeeze." in line for line in lines)


def test_plan_follows_the_latest_screen_and_the_paused_regions(capsys):
    store_screen(
        [ScreenScore("S1", Side.LEFT, 2, False), ScreenScore("S1", Side.RIGHT, 0, False)],
        paused=(Region.SHOULDERS,),
    )
    document = plan_json(capsys)
    assert document["profile"]["screened"] is True
    assert document["profile"]["item_scores"] == {"S1": 0}
    assert document["profile"]["paused_regions"] == ["shoulders"]
    routine = document["daily_routine"]
    hip = routine["items"][0]
    assert hip["target"] == "hip_flexors"
    assert hip["reason_text"] == (
        "Your front-of-hip check showed tight hip flexors, so this stretch comes daily."
    )
    every = [item for plan in [routine, *document["micro_breaks"]] for item in plan["items"]]
    assert not {"chest", "upper_back"} & {item["target"] for item in every}
    assert any("shoulders are paused" in note for note in routine["notes_text"])


def test_plan_is_a_walk_with_a_reason_when_exercise_is_not_allowed(capsys):
    store_screen([], exercise_allowed=False)
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Planned from your movement check of ")
    assert "Walk break: 6 min." in out
    assert "Note: Exercises are on hold because of your answers to the health questions" in out


def test_plan_says_what_happened_to_a_damaged_database_and_still_plans(isolated_home, capsys):
    database = AppPaths.for_current_user().database
    database.parent.mkdir(parents=True)
    database.write_text("not a database")
    assert main(["plan", "--json"]) == 0
    captured = capsys.readouterr()
    assert "is not a database" in captured.err
    assert json.loads(captured.out)["profile"]["screened"] is False


def test_plan_fails_with_exit_1_when_the_database_cannot_be_opened(isolated_home, capsys):
    AppPaths.for_current_user().database.mkdir(parents=True)  # a folder where the file should be
    assert main(["plan"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot open its database" in captured.err


def test_plan_usage_errors_are_one_line_and_exit_2():
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "plan", "--bogus"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "error:" in result.stderr


def test_plan_loads_no_qt_and_needs_no_display():
    code = (
        "import sys\n"
        "from desk_coach.cli import main\n"
        "status = main(['plan', '--json'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT-MODULES', loaded, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES []" in result.stderr
    assert json.loads(result.stdout)["daily_routine"]["items"]
