"""The command line as a user meets it: version, help, usage errors, and no Qt widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desk_coach import __version__
from desk_coach.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_coach", *args], capture_output=True, text=True, timeout=60
    )


def test_version_prints_the_package_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"desk-coach {__version__}"


def test_help_lists_every_subcommand():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("run", "paths", "settings"):
        assert f"    {command} " in result.stdout


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("--frobnicate",), ("paths", "--bogus"), ("settings", "--check", "extra")],
)
def test_usage_errors_are_one_line_and_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk-coach")
    assert "error:" in lines[0]


def test_unknown_command_names_it():
    assert "'frobnicate'" in run_cli("frobnicate").stderr


def test_paths_follow_the_xdg_folders(isolated_home, capsys):
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert f"database:  {isolated_home / 'data' / 'desk-coach' / 'desk-coach.db'}" in out
    assert f"settings:  {isolated_home / 'config' / 'desk-coach' / 'settings.toml'}" in out
    assert str(isolated_home / "state" / "desk-coach") in out


@pytest.mark.parametrize("args", [["paths"], ["settings"], ["settings", "--check"]])
@pytest.mark.parametrize(
    ("system_language", "qt_modules"),
    [("C.UTF-8", []), ("en_GB.UTF-8", []), ("de_DE.UTF-8", ["PySide6.QtCore"])],
)
def test_subcommands_work_without_qt_widgets_or_a_display(args, system_language, qt_modules):
    """In English no Qt at all; in another language its catalogues, loaded with QtCore alone."""
    code = (
        "import sys\n"
        "from desk_coach.cli import main\n"
        f"status = main({args!r})\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))\n"
        "print('QT-MODULES', loaded, 'PySide6' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    env_without_display = {
        k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}
    }
    env_without_display["LANG"] = system_language
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env_without_display
    )
    assert result.returncode == 0, result.stderr
    assert f"QT-MODULES {qt_modules} {bool(qt_modules)}" in result.stdout


@pytest.mark.parametrize("command", ["status", "break"])
def test_commands_for_the_running_coach_say_when_none_runs(command):
    result = run_cli(command)
    assert result.returncode == 1
    assert result.stderr.strip() == "Desk Coach is not running (start it with 'desk-coach')."


@pytest.mark.parametrize(
    "args",
    [("run", "--test-interval", "0"), ("run", "--test-interval", "soon"), ("run", "--test-idle", "5")],
)
def test_test_timing_is_checked(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


def test_status_json_with_no_coach_running_is_a_json_object_with_the_error():
    result = run_cli("status", "--json")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document == {
        "running": False,
        "error": {"code": "command_line.not_running", "values": {}},
        "error_text": "Desk Coach is not running (start it with 'desk-coach').",
    }


@pytest.mark.parametrize("as_json", [False, True])
def test_status_from_a_coach_that_could_not_start_says_so_without_a_traceback(monkeypatch, capsys, as_json):
    """A running Desk Coach whose coach did not start answers without a status (once a KeyError)."""
    from desk_coach.adapters import instance_link

    error = "Desk Coach is running but its coach has not started; see the log: /x/desk-coach.log"
    reply = {"ok": False, "error": error}
    monkeypatch.setattr(instance_link, "ask_running_coach", lambda _name, _request: reply)
    assert main(["status", "--json"] if as_json else ["status"]) == 1
    out, err = capsys.readouterr()
    if as_json:
        assert json.loads(out) == {
            "running": True,
            "error": {"code": "recorded_text", "values": {"text": error}},
            "error_text": error,
        }
    else:
        assert err.strip() == error
