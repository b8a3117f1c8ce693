"""`desk-coach stats`: one ISO week's figures as a table or as JSON; a bad week is a usage error."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.cli import main
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout


def stats_json(capsys, *args: str) -> dict:
    assert main(["stats", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_on_an_empty_home_is_seven_days_of_zeros(capsys):
    document = stats_json(capsys)
    today = datetime.now().astimezone().date()
    year, week, _ = today.isocalendar()
    assert document["week"] == f"{year}-W{week:02d}"
    assert today.isoformat() in [day["date"] for day in document["days"]]
    assert len(document["days"]) == 7
    for day in document["days"]:
        assert day["sitting_minutes"] == 0
        assert day["longest_bout_minutes"] == 0
        assert set(day["breaks"].values()) == {0}
        assert day["routines_completed"] == 0
        assert day["exercise_minutes"] == {}
    totals = document["totals"]
    assert totals["sitting_minutes"] == 0
    assert totals["pull_sets"] == 0
    assert totals["push_sets"] == 0
    assert set(totals["breaks"]) == {
        "taken", "partial", "natural", "snoozed", "dismissed", "skipped", "quiet_delayed"
    }


def test_a_given_week_shows_its_days_and_stored_figures(capsys):
    at = datetime(2026, 3, 3, 10, 0).astimezone()  # Tuesday of 2026-W10, local time
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_bout(SittingBout(at, at + timedelta(minutes=52), BoutEnd.BREAK))
            uow.history.add_break_event(
                BreakEvent(at + timedelta(minutes=52), BreakEventKind.TAKEN, BreakKind.MICRO)
            )
    finally:
        database.dispose()
    document = stats_json(capsys, "--week", "2026-W10")
    assert document["days"][0]["date"] == date(2026, 3, 2).isoformat()
    tuesday = document["days"][1]
    assert tuesday["sitting_minutes"] == 52
    assert tuesday["breaks"]["taken"] == 1
    assert main(["stats", "--week", "2026-W10"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Week 2026-W10\n")
    assert "You broke up sitting 1 times; longest bout 52 min on Tuesday." in text


def test_breaks_ended_early_and_reminders_closed_unanswered_are_counted_apart(capsys):
    at = datetime(2026, 3, 4, 11, 0).astimezone()  # Wednesday of 2026-W10
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_break_event(BreakEvent(at, BreakEventKind.DISMISSED, BreakKind.MICRO))
            partial = BreakEvent(at + timedelta(minutes=5), BreakEventKind.PARTIAL, BreakKind.MICRO, "", 0.3)
            uow.history.add_break_event(partial)
    finally:
        database.dispose()
    wednesday = stats_json(capsys, "--week", "2026-W10")["days"][2]
    assert (wednesday["breaks"]["partial"], wednesday["breaks"]["dismissed"]) == (1, 1)
    assert wednesday["breaks"]["taken"] == 0  # a break left early is not a break taken
    assert main(["stats", "--week", "2026-W10"]) == 0
    text = capsys.readouterr().out
    assert "ended early 1, snoozed 0, closed unanswered 1" in text


@pytest.mark.parametrize("week", ["2026-48", "2026-W54", "2025-W53", "next", "2026-W4"])
def test_a_bad_week_is_a_one_line_usage_error(capsys, week):
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--week", week])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--week" in err
