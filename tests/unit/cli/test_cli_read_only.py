"""Read commands read: `plan` and `stats` in a fresh home create no database, file or folder.

With no history yet they answer from nothing (the default plan, an empty week) and say so.
"""

from __future__ import annotations

import json

import pytest

from desk_coach.cli import main


def everything_under(home) -> list[str]:
    return sorted(str(path.relative_to(home)) for path in home.rglob("*"))


@pytest.mark.parametrize("args", [["plan"], ["plan", "--json"], ["stats"], ["stats", "--json"]])
def test_a_read_command_in_a_fresh_home_creates_nothing(isolated_home, capsys, args):
    before = everything_under(isolated_home)
    assert main(args) == 0
    assert everything_under(isolated_home) == before
    capsys.readouterr()


def test_plan_in_a_fresh_home_says_it_is_the_default_plan(capsys):
    assert main(["plan"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "No history yet, so this is the plan for a first start (nothing was saved)."
    assert "Daily routine" in out


def test_stats_in_a_fresh_home_says_the_week_is_empty(capsys):
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No history yet, so this week is empty (nothing was saved).\n")


def test_json_stays_pure_and_the_note_goes_to_stderr(capsys):
    assert main(["stats", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["totals"]["sitting_minutes"] == 0
    assert "No history yet" in captured.err
