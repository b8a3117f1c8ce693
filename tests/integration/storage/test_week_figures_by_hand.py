"""The week report's figures against a count made by hand from the rows stored (tests/support/
week_by_hand.py): a week that starts on Sunday, a night shift, bouts across midnight, events
stored while travelling (another UTC offset), done fractions, per-side doses, pull and push
sets, and the bout in progress counted on today in the tray's whole minutes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from week_by_hand import BERLIN, NOW, TODAY, ByHand, Diary, count_week, half_up_tenth, travelling_diary

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.settings import WEEKDAYS, validate
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.week_report import WeekReport
from desk_coach.wording.week_stats_words import summary_lines

ORDER = ["hip_flexors", "chest", "glutes", "upper_back", "thoracic", "hamstrings", "neck", "walk"]
NIGHT_START = 6 * 60  # a 22:00-06:00 shift: the user's day begins at 06:00


@pytest.fixture(scope="module")
def library():
    return load_library().library


@pytest.fixture
def stored(database, library) -> Diary:
    written = travelling_diary(library)
    written.store(database.engine, library)
    return written


def report_for(database, first_day: str, night_shift: bool = False, now: datetime = NOW) -> WeekReport:
    document: dict = {"calendar": {"first_day_of_week": first_day}}
    if night_shift:
        document["work_hours"] = {day: ["22:00-06:00"] for day in WEEKDAYS}
    settings = validate(shipped_schema(), document, "test")[0]
    # "locale": a regional setting whose weeks start on Saturday (as in Egypt)
    return WeekReport(SqlWeekFigures(database.engine), ManualClock(now), lambda: settings, lambda: 5)


def days_from(first: date) -> tuple[date, ...]:
    return tuple(first + timedelta(days=i) for i in range(7))


def check(stats: WeekStats, want: ByHand) -> None:
    """Every figure of ``stats`` equals the count by hand, day by day and in all."""
    assert tuple(day.day for day in stats.days) == want.days
    for day in stats.days:
        assert day.sitting_minutes == pytest.approx(want.sitting[day.day]), day.day
        assert day.longest_bout_minutes == pytest.approx(want.longest[day.day]), day.day
        assert dict(day.breaks) == want.breaks[day.day], day.day
        assert day.routines_completed == want.routines[day.day], day.day
        assert {t.value: m for t, m in day.exercise_minutes.items()} == pytest.approx(want.exercise[day.day])
    assert stats.sitting_minutes == pytest.approx(want.sitting_total)
    assert stats.longest_bout_minutes == pytest.approx(want.longest_total)
    assert stats.breaks_taken == want.breaks_taken
    assert {t.value: m for t, m in stats.exercise_minutes.items()} == pytest.approx(want.week_exercise)
    assert stats.pull_sets == pytest.approx(want.pull_sets)
    assert stats.push_sets == pytest.approx(want.push_sets)
    stretched = {t.value: m for t, m in stats.stretch_minutes_per_side.items()}
    assert stretched == pytest.approx(want.stretch_per_side)


CASES = [  # (first day setting, night shift, the week's first day)
    ("sunday", False, date(2026, 11, 22)),
    ("monday", False, date(2026, 11, 23)),
    ("monday", False, date(2026, 11, 16)),
    ("sunday", True, date(2026, 11, 22)),
    ("monday", True, date(2026, 11, 23)),
    ("locale", True, date(2026, 11, 21)),
]


@pytest.mark.parametrize(("first_day", "night_shift", "first"), CASES)
def test_every_figure_of_the_week_equals_the_count_by_hand(database, stored, first_day, night_shift, first):
    report = report_for(database, first_day, night_shift)
    stats = report.week_of(first + timedelta(days=3))
    check(stats, count_week(stored, days_from(first), NIGHT_START if night_shift else 0))


def test_the_history_holds_what_the_cases_are_for(stored):
    """The diary really has what the cases check: a 4.5 and a 2.5 (Python's round() made them
    4 and 2), partly done and per-side exercise, every kind of break, other offsets, midnight."""
    week = count_week(stored, days_from(date(2026, 11, 22)))
    assert (week.pull_sets, week.push_sets) == (pytest.approx(2.5), pytest.approx(4.5))
    assert week.exercise[date(2026, 11, 26)]["glutes"] == pytest.approx(128 / 60)
    items = [item for *_, done in stored.routines for item in done]
    assert any(item.per_side and item.pattern == "stretch" for item in items)  # counts once, on one side
    assert week.routines[date(2026, 11, 27)] == 1
    assert week.sitting[date(2026, 11, 28)] == pytest.approx(50)  # not cut at midnight
    shifted = count_week(stored, days_from(date(2026, 11, 22)), NIGHT_START)
    assert shifted.sitting[date(2026, 11, 22)] != week.sitting[date(2026, 11, 22)]
    assert shifted.breaks[date(2026, 11, 24)]["natural"] == 1  # 00:30 in Tokyo, before 06:00


@pytest.mark.parametrize(("first_day", "night_shift"), [("sunday", False), ("monday", True)])
def test_today_counts_the_bout_in_progress_in_the_trays_minutes(database, stored, first_day, night_shift):
    report = report_for(database, first_day, night_shift)
    first = date(2026, 11, 29) if first_day == "sunday" else date(2026, 11, 30)
    for sitting_s, tray_minutes in ((11 * 60 + 20, 11), (11 * 60 + 40, 12), (20, 0)):
        live = report.live_week_of(TODAY, sitting_s)
        want = count_week(stored, days_from(first), NIGHT_START if night_shift else 0,
                          bout_in_progress=(TODAY, tray_minutes))
        check(live, want)
        assert report.live_this_week(sitting_s) == live


def test_the_summary_says_the_figures_counted_by_hand(database, stored):
    stats = report_for(database, "sunday").week_of(date(2026, 11, 25))
    want = count_week(stored, days_from(date(2026, 11, 22)))
    first, second, third = summary_lines(stats)
    longest_day = max(want.longest, key=lambda day: want.longest[day])
    assert first == (f"You broke up sitting {want.breaks_taken} times; longest bout "
                     f"{round(want.longest_total)} min on {longest_day:%A}.")
    hours, minutes = divmod(round(want.sitting_total), 60)
    routines = sum(want.routines.values())
    assert second.startswith(f"Sitting in all: {hours} h {minutes:02d} min; {routines} routines completed; ")
    pull, push = half_up_tenth(want.pull_sets), half_up_tenth(want.push_sets)
    assert third.endswith(f"; {pull} pull sets, {push} push sets.")
    assert third.endswith("; 2.5 pull sets, 4.5 push sets.")
    in_order = sorted(want.week_exercise.items(), key=lambda item: ORDER.index(item[0]))
    worked = "; ".join(f"{name.replace('_', ' ')} {half_up_tenth(value)} min" for name, value in in_order)
    assert third.startswith(f"Exercise: {worked}; ")
    assert "neck 0.5 min" in third  # 30 s of a per-side stretch: Python's round() said "neck 0 min"


MIDNIGHT_CASES = [  # (first day, night shift, now, minutes sat so far, the day the bout began)
    ("monday", False, datetime(2026, 12, 3, 0, 10, tzinfo=BERLIN), 40, date(2026, 12, 2)),
    ("sunday", False, datetime(2026, 12, 6, 0, 10, tzinfo=BERLIN), 40, date(2026, 12, 5)),  # a new week
    ("monday", True, datetime(2026, 12, 3, 5, 0, tzinfo=BERLIN), 7 * 60, date(2026, 12, 2)),
    ("monday", False, datetime(2026, 12, 3, 9, 0, tzinfo=BERLIN), 30, date(2026, 12, 3)),
]


@pytest.mark.parametrize(("first_day", "night_shift", "now", "minutes", "began"), MIDNIGHT_CASES)
def test_no_figure_moves_when_the_bout_in_progress_ends(database, stored, first_day, night_shift, now,
                                                          minutes, began):
    """While it goes on, the bout counts where it will once stored: on the user's day it began
    (counted from midnight only, today dropped and yesterday jumped when a late bout ended)."""
    report = report_for(database, first_day, night_shift, now)
    days = {began, now.date()}
    live = {day: report.live_week_of(day, minutes * 60) for day in days}
    stored.sat(now - timedelta(minutes=minutes), minutes).store_last_bout(database.engine)
    for day in days:
        after = report.week_of(day)
        for shown, saved in zip(live[day].days, after.days, strict=True):
            assert shown.sitting_minutes == pytest.approx(saved.sitting_minutes), shown.day
            assert shown.longest_bout_minutes == pytest.approx(saved.longest_bout_minutes), shown.day
        want = count_week(stored, tuple(d.day for d in after.days),
                          NIGHT_START if night_shift else 0)
        check(after, want)
    [began_day] = [d for d in live[began].days if d.day == began]
    assert began_day.longest_bout_minutes >= minutes
