"""`desk-coach stats`, text and JSON, against a count by hand from the rows stored (tests/support/
week_by_hand.py): a week starting on Sunday with a trip, midnight bouts and partly done sets, and
this week with the running coach's bout in progress counted on today, as the tray says it."""

from __future__ import annotations

import json
import re

import pytest
from week_by_hand import (
    NOW,
    TODAY,
    ByHand,
    count_week,
    half_up_tenth,
    sitting_status,
    travelling_diary,
    tray_minutes,
)

import desk_coach.cli as cli
from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.instance_link import NoRunningCoach
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.bootstrap import Container
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.week_calendar import week_days

SUNDAY = 6


class AtNow(Container):
    """The CLI's container at ``NOW``, with a running coach that has sat ``sitting_s`` (None: no
    coach runs)."""

    sitting_s: float | None = None

    def __init__(self) -> None:
        super().__init__(clock=ManualClock(NOW))

    def ask_running_coach(self, request: dict) -> dict:
        if self.sitting_s is None:
            raise NoRunningCoach("none in this test")
        assert request == {"command": "status"}
        return {"ok": True, "status": sitting_status(self.sitting_s).as_json(NOW)}


@pytest.fixture
def diary(monkeypatch):
    paths = AppPaths.for_current_user()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('[calendar]\nfirst_day_of_week = "sunday"\n', encoding="utf-8")
    library = load_library().library
    written = travelling_diary(library)
    database = open_database(paths.database, ManualClock(NOW))
    try:
        written.store(database.engine, library)
    finally:
        database.dispose()
    container = AtNow()
    monkeypatch.setattr(cli, "_container", lambda: container)
    return written, container


def run(capsys, *args: str) -> str:
    assert cli.main(["stats", *args]) == 0
    return capsys.readouterr().out


def check_document(document: dict, want: ByHand) -> None:
    """The JSON's figures (minutes to the tenth) equal the count by hand."""
    assert [day["date"] for day in document["days"]] == [day.isoformat() for day in want.days]
    for day, shown in zip(want.days, document["days"], strict=True):
        assert shown["sitting_minutes"] == pytest.approx(want.sitting[day], abs=0.051), day
        assert shown["longest_bout_minutes"] == pytest.approx(want.longest[day], abs=0.051), day
        assert shown["breaks"] == want.breaks[day], day
        assert shown["routines_completed"] == want.routines[day], day
        assert shown["exercise_minutes"] == pytest.approx(want.exercise[day], abs=0.051), day
    totals = document["totals"]
    assert totals["sitting_minutes"] == pytest.approx(want.sitting_total, abs=0.051)
    assert totals["exercise_minutes"] == pytest.approx(want.week_exercise, abs=0.051)
    assert str(totals["pull_sets"]) == half_up_tenth(want.pull_sets)
    assert str(totals["push_sets"]) == half_up_tenth(want.push_sets)


def check_table(text: str, want: ByHand) -> None:
    """Each day's row of the table: sitting and longest bout to the minute, breaks by kind, routines."""
    day_rows = [line for line in text.splitlines() if re.match(r"\w{3} \d\d ", line)]
    rows = {line[:6]: re.split(r"\s{2,}", line) for line in day_rows}
    assert len(rows) == 7
    for day in want.days:
        _label, sat, longest, *breaks, routines, _exercise = rows[f"{day:%a} {day:%d}"]
        assert abs(int(sat.removesuffix(" min")) - want.sitting[day]) <= 0.5, day
        assert abs(int(longest.removesuffix(" min")) - want.longest[day]) <= 0.5, day
        assert [int(count) for count in breaks] == list(want.breaks[day].values()), day
        assert int(routines) == want.routines[day], day


def test_a_past_week_that_starts_on_sunday_equals_the_count_by_hand(capsys, diary):
    written, _container = diary
    want = count_week(written, week_days(TODAY.replace(day=25, month=11), SUNDAY))
    document = json.loads(run(capsys, "--week", "2026-W48", "--json"))
    check_document(document, want)
    assert document["bout_in_progress_minutes"] == 0
    text = run(capsys, "--week", "2026-W48")
    assert text.startswith("Week 2026-W48, Sun 22 Nov to Sat 28 Nov 2026\n")
    check_table(text, want)
    assert text.rstrip().endswith("; 2.5 pull sets, 4.5 push sets.")  # Python's round() said "2" and "4"
    assert "The figures include" not in text


@pytest.mark.parametrize("sitting_s", [11 * 60 + 20, 11 * 60 + 40])
def test_this_week_counts_the_running_coachs_bout_as_the_tray_says_it(capsys, diary, sitting_s):
    written, container = diary
    container.sitting_s = sitting_s
    minutes = tray_minutes(sitting_s)  # "Sitting 11 min", as the tray's tooltip says
    want = count_week(written, week_days(TODAY, SUNDAY), bout_in_progress=(TODAY, minutes))
    document = json.loads(run(capsys, "--json"))
    check_document(document, want)
    assert document["bout_in_progress_minutes"] == minutes
    text = run(capsys)
    check_table(text, want)
    assert f"\nThe figures include the {minutes} min sat since your last break (not saved yet).\n" in text
    hours, rest = divmod(round(want.sitting_total), 60)
    assert f"Sitting in all: {hours} h {rest:02d} min;" in text


def test_this_week_without_a_running_coach_is_the_stored_history(capsys, diary):
    written, container = diary
    container.sitting_s = None
    want = count_week(written, week_days(TODAY, SUNDAY))
    document = json.loads(run(capsys, "--json"))
    check_document(document, want)
    assert document["bout_in_progress_minutes"] == 0
    assert "The figures include" not in run(capsys)
