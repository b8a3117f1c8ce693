"""`desk-coach stats`: one ISO week's figures as a table or as JSON; a bad week is a usage error."""

from __future__ import annotations

import json
import re
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


@pytest.fixture(autouse=True)
def monday_first_locale(monkeypatch):
    """The default first day of the week is the locale's: these tests count ISO weeks, Monday
    first, whatever the machine's regional settings (the C locale has no territory: Monday)."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


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
    store_week_with_one_routine()
    document = stats_json(capsys, "--week", "2026-W10")
    assert document["days"][0]["date"] == date(2026, 3, 2).isoformat()
    tuesday = document["days"][1]
    assert tuesday["sitting_minutes"] == 52
    assert tuesday["breaks"]["taken"] == 1
    assert main(["stats", "--week", "2026-W10"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Week 2026-W10, Mon 2 Mar to Sun 8 Mar 2026\n")  # as wording/figures writes days
    assert "You broke up sitting 1 time; longest bout 52 min on Tuesday." in text


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
    assert "1 break ended early, 1 closed unanswered." in text


@pytest.mark.parametrize(
    "week", ["2026-48", "2026-W54", "2025-W53", "next", "2026-W4", "0001-W01", "9999-W52", "0000-W01"]
)
def test_a_bad_week_is_a_one_line_usage_error(capsys, week):
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--week", week])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--week" in err


def store_week_with_one_routine() -> None:
    """Tuesday of 2026-W10: a 52-minute bout, one break taken and one routine with pull sets."""
    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.domain.coaching.exercises import Pattern
    from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
    from desk_coach.domain.coaching.plan import Prescription
    from desk_coach.domain.coaching.records import RoutineSource

    library = load_library().library
    pull = next(e for e in library if e.pattern == Pattern.PULL)
    at = datetime(2026, 3, 3, 10, 0).astimezone()
    database = open_database(AppPaths.for_current_user().database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_bout(SittingBout(at, at + timedelta(minutes=52), BoutEnd.BREAK))
            uow.history.add_break_event(
                BreakEvent(at + timedelta(minutes=52), BreakEventKind.TAKEN, BreakKind.MICRO)
            )
            begun = at + timedelta(minutes=52)
            session = uow.coaching.add_session(begun, BreakKind.LONG, RoutineSource.BREAK)
            feedback = ExerciseFeedback(pull.id, Effort.JUST_RIGHT, 0, 0.7)
            result = (Prescription(pull.id, pull.dose, "test"), feedback)
            uow.coaching.finish_session(session, at + timedelta(minutes=58), True, [result], library=library)
    finally:
        database.dispose()


def test_the_table_reads_as_a_person_would_want(capsys):
    store_week_with_one_routine()
    assert main(["stats", "--week", "2026-W10"]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("Day "))
    columns = header.split("  ")
    assert "sat" not in header.lower().split()
    assert "quiet_d" not in text and "_" not in header
    assert [c.strip() for c in columns if c.strip()] == [
        "Day",
        "Sitting",
        "Longest bout",
        "Taken",
        "Ended early",
        "Natural",
        "Snoozed",
        "Closed",
        "Skipped",
        "Held back",
        "Routines",
        "Exercise",
    ]
    tuesday = next(line for line in lines if line.startswith("Tue 03"))
    assert "52 min" in tuesday
    assert any(line.startswith("Week ") and "52 min" in line for line in lines[2:])
    assert "You broke up sitting 1 time; longest bout 52 min on Tuesday." in text
    assert "1 routine completed" in text and "1 routines" not in text
    sets = next(line for line in lines if line.startswith("Exercise:"))
    assert re.search(r"; \d+(\.\d)? pull sets?, \d+(\.\d)? push sets?\.$", sets), sets


def test_the_summary_counts_in_whole_words_and_sets_to_the_tenth():
    from desk_coach.domain.weekly import DayStats, WeekStats, week_days
    from desk_coach.wording.week_stats_words import summary_lines

    days = week_days(date(2026, 3, 2))
    tuesday = DayStats(days[1], 52.0, 52.0, {"taken": 1, "natural": 1, "snoozed": 1}, routines_completed=2)
    stats = WeekStats("2026-W10", (DayStats(days[0]), tuesday, *map(DayStats, days[2:])), 2.6, 1.0)
    first, second, third = summary_lines(stats)
    assert first == "You broke up sitting 2 times; longest bout 52 min on Tuesday."
    assert second == (
        "Sitting in all: 0 h 52 min; 2 routines completed; "
        "1 break snoozed."
    )
    assert third == "Exercise: none yet; 2.6 pull sets, 1 push set."  # sets to the tenth


def test_a_night_shift_counts_on_the_day_it_began(capsys):
    paths = AppPaths.for_current_user()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('[work_hours]\nmonday = ["22:00-06:00"]\n', encoding="utf-8")
    monday_night = datetime(2026, 11, 2, 22, 30).astimezone()
    tuesday_early = datetime(2026, 11, 3, 4, 0).astimezone()
    database = open_database(paths.database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            for start in (monday_night, tuesday_early):
                uow.history.add_bout(SittingBout(start, start + timedelta(minutes=60), BoutEnd.BREAK))
    finally:
        database.dispose()
    document = stats_json(capsys, "--week", "2026-W45")
    assert document["days"][0]["sitting_minutes"] == 120
    assert document["days"][1]["sitting_minutes"] == 0
    assert main(["stats", "--week", "2026-W45"]) == 0
    text = capsys.readouterr().out
    assert "Each day runs from 06:00 to 06:00, so a night shift counts on the day it began." in text
    assert "longest bout 60 min on Monday" in text


@pytest.mark.parametrize("week", ["0002-W01", "9998-W52"])
def test_the_first_and_last_weeks_counted_are_shown(capsys, week):
    assert main(["stats", "--week", week]) == 0
    assert f"\nWeek {week}, " in capsys.readouterr().out


def write_settings(text: str) -> None:
    settings_file = AppPaths.for_current_user().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(text, encoding="utf-8")


def test_weeks_start_on_the_day_the_settings_say_as_in_the_progress_window(capsys):
    write_settings('[calendar]\nfirst_day_of_week = "sunday"\n')
    document = stats_json(capsys, "--week", "2026-W48")
    days = [day["date"] for day in document["days"]]
    assert days[0] == "2026-11-22" and days[-1] == "2026-11-28"  # Sunday to Saturday
    # Six of its days, the Wednesday 25th among them, are in ISO week 48: so is its number.
    assert document["week"] == "2026-W48"
    assert main(["stats", "--week", "2026-W48"]) == 0
    assert "\nWeek 2026-W48, Sun 22 Nov to Sat 28 Nov 2026\n" in capsys.readouterr().out


def test_this_week_starts_on_the_locales_first_day_when_the_settings_say_locale(capsys, monkeypatch):
    write_settings('[calendar]\nfirst_day_of_week = "locale"\n')
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    first = date.fromisoformat(stats_json(capsys)["days"][0]["date"])
    assert first.weekday() == 6  # Sunday, as in the United States
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    first = date.fromisoformat(stats_json(capsys)["days"][0]["date"])
    assert first.weekday() == 0
