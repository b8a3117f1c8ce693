"""The command line speaks the user's language; its JSON is the same in every language but for
the words it carries beside the codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from desk_coach import cli


def run_cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": language}
    return subprocess.run(
        [sys.executable, "-m", "desk_coach", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_plan_speaks_german_when_the_system_does():
    result = run_cli("plan", language="de_DE.UTF-8")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == (
        "Das Coaching ist noch nicht eingerichtet: nur Gehpausen, "
        "bis du den Selbstcheck machst ('desk-coach screen')."
    )
    assert "Nächste Mikropause" in result.stdout


def test_a_language_without_a_catalogue_is_english():
    result = run_cli("plan", language="fi_FI.UTF-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Coaching is not set up yet: walk breaks only until")


def test_status_json_keeps_its_code_in_every_language_and_adds_the_words():
    english = json.loads(run_cli("status", "--json", language="en_US.UTF-8").stdout)
    german = json.loads(run_cli("status", "--json", language="de_DE.UTF-8").stdout)
    assert english["error"] == german["error"] == {"code": "command_line.not_running", "values": {}}
    assert english["error_text"] == "Desk Coach is not running (start it with 'desk-coach')."
    assert german["error_text"] == "Desk Coach läuft nicht (starte ihn mit 'desk-coach')."
    assert {key: value for key, value in german.items() if key != "error_text"} == {
        key: value for key, value in english.items() if key != "error_text"
    }


@pytest.mark.parametrize(
    ("settings", "setting"),
    [
        (SimpleNamespace(), "system"),
        (SimpleNamespace(language="es"), "es"),
        (SimpleNamespace(language=SimpleNamespace(language="de")), "de"),
        (SimpleNamespace(language=""), "system"),
    ],
)
def test_the_language_setting_is_read_when_the_settings_have_one(settings, setting):
    container = SimpleNamespace(load_settings=lambda: SimpleNamespace(settings=settings, problems=()))
    assert cli._language_setting(container) == setting  # type: ignore[arg-type]


def test_a_problem_of_the_settings_file_is_told_in_german(isolated_home):
    settings = isolated_home / "config" / "desk-coach" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("[breaks]\nsit_interval_min = 5\n", encoding="utf-8")
    result = run_cli("settings", "--check", language="de_DE.UTF-8")
    assert result.returncode == 1
    # The unit comes from the settings' schema, a content file translated on its own.
    assert result.stderr.startswith(
        f"{settings}: Feld 'breaks.sit_interval_min': 5 passt nicht, "
        "erlaubt ist eine ganze Zahl von 20 bis 60 ("
    )
    assert result.stderr.endswith("); es gilt der Standardwert 30.\n")


def test_stats_reads_in_spanish():
    result = run_cli("stats", language="es_ES.UTF-8")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Aún no hay historial, así que esta semana está vacía (no se guardó nada)."
    assert lines[3].split() == [
        *("Día", "Sentado", "Tramo", "más", "largo", "Hechas", "Acortadas", "Naturales"),
        *("Pospuestas", "Cerradas", "Omitidas", "Retenidas", "Rutinas", "Ejercicio"),
    ]
    assert lines[-1] == "Ejercicio: ninguno todavía; 0 series de tracción, 0 series de empuje."


def test_json_keeps_each_sentence_as_its_code_and_adds_its_words_beside_it():
    from desk_coach.domain.data_file_codes import FileCode
    from desk_coach.domain.said import said, to_data

    missing = to_data(said(FileCode.MISSING))
    ignored = to_data(said(FileCode.IGNORED))
    document = {
        "minutes": 12.5,
        "reason": missing,
        "items": [{"id": "B1", "why": [missing, ignored]}],
        "note": {"code": 3},
        "error": missing,
        "error_text": "kept as it was",
    }
    assert cli.with_words(document) == {
        "minutes": 12.5,
        "reason": missing,
        "reason_text": "missing",
        "items": [{"id": "B1", "why": [missing, ignored], "why_text": ["missing", "it is ignored"]}],
        "note": {"code": 3},
        "error": missing,
        "error_text": "kept as it was",
    }


def test_plan_json_is_the_same_in_every_language_but_for_its_words():
    english = json.loads(run_cli("plan", "--json", language="en_US.UTF-8").stdout)
    german = json.loads(run_cli("plan", "--json", language="de_DE.UTF-8").stdout)

    def codes_only(value):
        if isinstance(value, dict):
            return {key: codes_only(item) for key, item in value.items() if not key.endswith("_text")}
        if isinstance(value, list):
            return [codes_only(item) for item in value]
        return value

    assert codes_only(german) == codes_only(english)


def test_the_pseudo_language_marks_every_text_of_a_command():
    result = run_cli("paths", language="en_XA")
    assert result.returncode == 0, result.stderr
    assert all(line.startswith("[") for line in result.stdout.splitlines()), result.stdout
