"""`desk-coach screen`: a trainer's JSON file checked and stored once, every problem named with
its file (and line and column for broken JSON), nothing stored on any problem, and the right
exit status; without options it asks the running coach to open the wizard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from desk_coach.resources import resource_text

from desk_coach import cli
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side
from desk_coach.wording.say import say

EXAMPLE = json.loads(resource_text("screen/example-trainer-screen.json"))


def write(tmp_path: Path, document: Any, name: str = "screen.json") -> Path:
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    return path


def stored() -> tuple[list, dict]:
    """Every screen in the user's database, and the paused regions."""
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            screens = uow.coaching.screens_between(
                datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
            )
            return screens, uow.coaching.paused_regions()
    finally:
        database.dispose()


def test_a_valid_file_is_stored_once_and_summarised(tmp_path, capsys):
    path = write(tmp_path, EXAMPLE)
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"Recorded the self-check from {path} (taken 2025-05-06 10:30).")
    assert "  - Toe touch: clearly limited for now." in out  # the lowest score, said plainly
    assert "  - Front-of-hip check: some room to grow; your left leg scored lower than your right." in out
    (screen,), paused = stored()
    assert screen.source is ScreenSource.JSON
    assert screen.note == "trainer: Sam Lee"
    assert screen.exercise_allowed
    assert paused == {}
    scores = {(s.item_id, s.side): s.score for s in screen.scores}
    assert scores[("S1", Side.LEFT)] == 1
    assert scores[("S2", Side.LEFT)] == 2  # the wall angel's 3 (of 0-3) is kept as 2 (of 0-2)
    assert scores[("S2", Side.RIGHT)] == 1
    assert scores[("S6", None)] is None


def test_red_flags_and_pain_are_stored_with_the_regions_they_pause(tmp_path, capsys):
    document = dict(EXAMPLE, red_flags=["pr_arm_nerves", "pregnant"])
    document["items"] = {"S1": {"left": 2, "right": 2}, "S5": {"pain": True}}
    assert cli.main(["screen", "--from-json", str(write(tmp_path, document))]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Please note:" in out
    (screen,), paused = stored()
    assert screen.pregnancy
    flags = {flag.question_id: flag for flag in screen.red_flags}
    assert flags["pr_arm_nerves"].tier is RedFlagTier.PROMPT
    assert flags["pr_arm_nerves"].regions == {Region.NECK, Region.SHOULDERS}
    assert set(paused) == {Region.NECK, Region.SHOULDERS, Region.LEGS, Region.BACK}
    assert say(paused[Region.NECK].reason) == "red flag: pr_arm_nerves"
    assert say(paused[Region.LEGS].reason) == "pain during the self-check: S5"
    assert say(paused[Region.LEGS].referral).startswith("Please don't push through pain.")


def test_an_invalid_file_names_each_problem_and_stores_nothing(tmp_path, capsys):
    document = dict(EXAMPLE, lifestyles=["yogi"], red_flags=["heart"])
    document["items"] = {"S1": {"left": 3}, "S9": {"score": 1}}
    path = write(tmp_path, document)
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{path}: field 'lifestyles': item 1: \"yogi\" is not a known lifestyle (one of desk_worker, "
        "walker, runner, dancer, athlete).",
        f"{path}: field 'red_flags': item 1: \"heart\" is not a known red-flag question id (the ids are "
        "listed in the example trainer file).",
        f"{path}: field 'items.S1.left': 3 is not a whole number from 0 to 2.",
        f"{path}: field 'items.S1.right': missing; give 0 to 2, or null if it was not done.",
        f"{path}: field 'items.S9': \"S9\" is not a known movement check (one of S1, S2, S3, S4, S5, S6).",
    ]
    assert not AppPaths.for_current_user().database.exists()  # not even opened


def test_broken_json_names_the_line_and_column(tmp_path, capsys):
    path = write(tmp_path, '{\n  "lifestyles": ["runner"],\n  "floor_room": tru\n}\n')
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"{path}: not valid JSON at line 3, column 17: Expecting value"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.json", "there is no such file"),
        (lambda tmp: tmp, "this is a folder, not a JSON file"),
        (lambda tmp: write(tmp, "[1, 2]"), "[1, 2] is a list, not one JSON object ({...})."),
    ],
)
def test_unusable_files_exit_1_with_one_line(tmp_path, capsys, make, message):
    path = make(tmp_path)
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err.splitlines() == [f"{path}: {message}"]


def test_non_utf8_bytes_name_their_line(tmp_path, capsys):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{\n  "trainer": "J\xf6rg"\n}\n')
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err.splitlines() == [f"{path}: line 2 holds bytes that are not UTF-8 text"]


@pytest.mark.parametrize("args", [("screen", "--from-json"), ("screen", "--bogus"), ("screen", "extra")])
def test_usage_errors_are_one_line_and_exit_2(args):
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == cli.EXIT_USAGE
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("desk-coach")
    assert "error:" in result.stderr


def test_screen_without_options_asks_the_running_coach(monkeypatch, capsys):
    asked: list[dict] = []

    def ask(request: dict) -> dict:
        asked.append(request)
        return {"ok": True}

    monkeypatch.setattr(cli, "_ask_coach", ask)
    assert cli.main(["screen"]) == cli.EXIT_OK
    assert asked == [{"command": "screen"}]
    assert capsys.readouterr().out == "The self-check is open in the running Desk Coach.\n"


def test_screen_says_when_the_running_coach_cannot_open_it(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_ask_coach", lambda request: {"ok": False, "error": "unknown command 'screen'"})
    assert cli.main(["screen"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err == "The running Desk Coach cannot open the self-check; restart it.\n"


def test_screen_without_a_running_coach_says_so():
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "screen"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == cli.EXIT_FAILURE
    assert result.stderr.strip() == "Desk Coach is not running (start it with 'desk-coach')."


def test_recording_from_json_loads_no_qt(tmp_path):
    path = write(tmp_path, EXAMPLE)
    code = (
        "import sys\n"
        "from desk_coach.cli import main\n"
        f"status = main(['screen', '--from-json', {str(path)!r}])\n"
        "print('QT-MODULES', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "sys.exit(status)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES []" in result.stdout


def test_the_stored_screen_reads_back_as_the_profile_the_domain_gives(tmp_path):
    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.domain.coaching.screen_readers import from_trainer_json
    from desk_coach.domain.coaching.screening import to_profile
    from desk_coach.services.planning import profile_from_screen

    document = dict(EXAMPLE, red_flags=["pr_back_pain"])
    document["items"] = dict(EXAMPLE["items"], S2={"left": 3, "right": 2, "pain": True})
    assert cli.main(["screen", "--from-json", str(write(tmp_path, document))]) == cli.EXIT_OK
    (screen,), paused = stored()
    content = load_screen_content()
    result, _ = from_trainer_json(document, content, datetime.now(UTC))
    assert profile_from_screen(screen, paused) == to_profile(result, content)


def test_a_file_may_say_what_is_at_hand_and_the_age_band_and_both_are_stored(tmp_path, capsys):
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.domain.coaching.profile import AgeBand, Equipment

    document = dict(EXAMPLE, equipment=["chair", "wall", "mini_band"], age_band="65_plus")
    assert cli.main(["screen", "--from-json", str(write(tmp_path, document))]) == cli.EXIT_OK
    out = capsys.readouterr().out
    said = "Equipment at hand, now also the equipment setting the plans follow: chair, wall, mini_band."
    assert said in out
    (screen,), _ = stored()
    assert screen.equipment == {Equipment.CHAIR, Equipment.WALL, Equipment.MINI_BAND}
    assert screen.age_band is AgeBand.FROM_65
    settings = SettingsFile(AppPaths.for_current_user().settings_file).load()
    assert not settings.problems
    assert settings.settings.coaching.equipment == {Equipment.CHAIR, Equipment.WALL, Equipment.MINI_BAND}


def test_without_equipment_or_age_band_neither_is_asked_and_the_settings_are_left_alone(tmp_path, capsys):
    document = {key: value for key, value in EXAMPLE.items() if key not in ("equipment", "age_band")}
    assert cli.main(["screen", "--from-json", str(write(tmp_path, document))]) == cli.EXIT_OK
    assert "Equipment" not in capsys.readouterr().out
    (screen,), _ = stored()
    assert screen.equipment is None and screen.age_band is None
    assert not AppPaths.for_current_user().settings_file.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"equipment": "band"}, "field 'equipment': \"band\" is text, not a list of pieces of equipment"),
        ({"equipment": ["rope"]}, "field 'equipment': item 1: \"rope\" is not a known piece of equipment"),
        ({"age_band": 70}, "field 'age_band': 70 is a whole number, not a known age band (one of under_65"),
    ],
)
def test_a_wrong_equipment_list_or_age_band_is_named_and_nothing_stored(tmp_path, capsys, changes, message):
    path = write(tmp_path, dict(EXAMPLE, **changes))
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert f"{path}: {message}" in err
    assert stored()[0] == []


def test_a_clean_trainer_recheck_says_what_comes_back_on(tmp_path, capsys):
    first = dict(EXAMPLE, taken_at="2025-05-06T10:30:00+02:00", red_flags=["pr_back_pain"])
    first["items"] = {key: value for key, value in EXAMPLE["items"].items() if key != "S5"}
    assert cli.main(["screen", "--from-json", str(write(tmp_path, first, "first.json"))]) == cli.EXIT_OK
    assert set(stored()[1]) == {Region.BACK, Region.HIPS}
    capsys.readouterr()
    clean = dict(EXAMPLE, taken_at="2025-06-03T10:30:00+02:00", red_flags=[])
    clean["items"] = dict(EXAMPLE["items"], S5={"score": 1})
    assert cli.main(["screen", "--from-json", str(write(tmp_path, clean, "again.json"))]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Back on:\n  - The moves for your hips and back are back on: this time you answered no" in out
    assert stored()[1] == {}


def test_a_trainer_file_taken_before_a_pause_lifts_nothing_and_says_nothing(tmp_path, capsys):
    later = dict(EXAMPLE, taken_at="2025-06-03T10:30:00+02:00", red_flags=["pr_back_pain"])
    later["items"] = {key: value for key, value in EXAMPLE["items"].items() if key != "S5"}
    assert cli.main(["screen", "--from-json", str(write(tmp_path, later, "later.json"))]) == cli.EXIT_OK
    capsys.readouterr()
    earlier = dict(EXAMPLE, taken_at="2025-05-06T10:30:00+02:00", red_flags=[])
    assert cli.main(["screen", "--from-json", str(write(tmp_path, earlier, "earlier.json"))]) == cli.EXIT_OK
    assert "Back on" not in capsys.readouterr().out
    assert set(stored()[1]) == {Region.BACK, Region.HIPS}
