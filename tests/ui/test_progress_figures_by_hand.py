"""What the user sees of a week, against a count by hand from the rows stored (tests/support/
week_by_hand.py): the Progress window opened as the tray menu opens it (CoachingWindows.show_progress,
weeks starting on Sunday), its charts this week and last, and the weekly summary notification.
Today counts the bout in progress in the whole minutes the tray's "Sitting N min" says, in the
window and in the summary alike."""

from __future__ import annotations

from datetime import date

import pytest
from week_by_hand import (
    KINDS,
    NOW,
    TODAY,
    ByHand,
    Diary,
    count_week,
    done,
    half_up_tenth,
    travelling_diary,
    tray_minutes,
)

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.screening import ScreenContentError
from desk_coach.domain.settings import validate
from desk_coach.domain.week_calendar import week_days
from desk_coach.services.week_report import WeekReport
from desk_coach.ui.coaching_windows import CoachingWindows, WindowData
from desk_coach.ui.progress_presenter import BREAK_NAMES, EXERCISE, LONGEST_BOUT, SITTING

SUNDAY = 6
SHIPPED = load_library()
LIBRARY = SHIPPED.library
TARGETS = ["Hip flexors", "Chest", "Glutes", "Upper back", "Thoracic", "Hamstrings", "Neck", "Walk"]
TARGET_IDS = ["hip_flexors", "chest", "glutes", "upper_back", "thoracic", "hamstrings", "neck", "walk"]


class Shell:
    """The tray shell as the windows use it here: the notifications it was told."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []

    def tell(self, title: str, text: str, on_click=None) -> None:
        self.told.append((title, text))


class Coach:
    sitting_s = 0.0


def no_screen_content():
    raise ScreenContentError("not needed for the week's figures")


@pytest.fixture
def open_windows(qtbot, tmp_path):
    """The tray app's windows over a history holding ``diary``, at ``NOW``, weeks from Sunday."""
    opened = []

    def make(written: Diary):
        database = open_database(tmp_path / f"desk-coach-{len(opened)}.db", ManualClock(NOW))
        written.store(database.engine, LIBRARY)
        settings = validate(shipped_schema(), {"calendar": {"first_day_of_week": "sunday"}}, "test")[0]
        report = WeekReport(SqlWeekFigures(database.engine), ManualClock(NOW), lambda: settings,
                            unit_of_work=lambda: SqlUnitOfWork(database.engine))
        coach, shell = Coach(), Shell()
        data = WindowData(
            settings=lambda: settings, now=lambda: NOW, unit_of_work=lambda: SqlUnitOfWork(database.engine),
            routines=None, rules=SHIPPED.rules, screen_content=no_screen_content, settings_file=None,
            settings_saved=lambda _settings: None, autostart=None, your_data=None,
            delete_all=lambda: None, week_report=report, next_break_at=lambda: None,
            remember_not_set_up=lambda: None, sitting_now=lambda: coach.sitting_s,
        )
        shown = CoachingWindows(shell, data)
        opened.append((shown, database))
        return shown, shell, coach

    yield make
    for shown, database in opened:
        if shown.progress is not None:
            shown.progress.close()
        database.dispose()


@pytest.fixture
def windows(open_windows):
    written = travelling_diary(LIBRARY)
    return (*open_windows(written), written)


def check_charts(window, want: ByHand) -> None:
    """Every bar of the sitting, breaks and exercise charts equals the count by hand."""
    labels = window.category_labels("sitting")
    assert [label[:3] for label in labels] == [f"{day:%a}" for day in want.days]
    assert window.series_values(SITTING) == pytest.approx([want.sitting[day] for day in want.days])
    assert window.series_values(LONGEST_BOUT) == pytest.approx([want.longest[day] for day in want.days])
    for kind in KINDS:
        shown = window.series_values(BREAK_NAMES[kind])
        assert shown == [want.breaks[day][kind] for day in want.days], kind
    assert window.category_labels("targets") == TARGETS
    minutes = [want.week_exercise.get(target, 0.0) for target in TARGET_IDS]
    assert window.series_values(EXERCISE) == pytest.approx(minutes, abs=0.051)  # bars hold the tenth


def test_this_week_and_last_in_the_window_equal_the_count_by_hand(windows):
    shown, _shell, coach, written = windows
    coach.sitting_s = 11 * 60 + 20
    minutes = tray_minutes(coach.sitting_s)
    assert minutes == 11
    shown.show_progress()
    window = shown.progress
    this_week = count_week(written, week_days(TODAY, SUNDAY), bout_in_progress=(TODAY, minutes))
    check_charts(window, this_week)
    today = this_week.days.index(TODAY)
    assert window.series_values(SITTING)[today] == pytest.approx(4 + 11)  # 4 min stored, 11 sat so far
    window.show_previous_week()
    last_week = count_week(written, week_days(date(2026, 11, 25), SUNDAY))
    check_charts(window, last_week)
    pull, push = half_up_tenth(last_week.pull_sets), half_up_tenth(last_week.push_sets)
    assert (pull, push) == ("2.5", "4.5")
    assert f"{pull} : {push}" in window.balance_label.text()
    assert f"Pull : push {pull} : {push}" in window.summary_label.text()  # the coach's summary


def test_the_weekly_summary_counts_the_bout_in_progress_as_the_window_does(windows):
    shown, shell, coach, written = windows
    coach.sitting_s = 40 * 60 + 35
    minutes = tray_minutes(coach.sitting_s)
    want = count_week(written, week_days(TODAY, SUNDAY), bout_in_progress=(TODAY, minutes))
    shown.weekly_summary()
    [(title, text)] = shell.told
    assert title == "Your week"
    first, second, third, hint = text.split("\n")
    longest_day = max(want.longest, key=lambda day: want.longest[day])
    assert first == (f"You broke up sitting {want.breaks_taken} times; longest bout "
                     f"{round(want.longest_total)} min on {longest_day:%A}.")
    assert longest_day == TODAY  # the bout in progress (41 min) is the week's longest
    hours, rest = divmod(round(want.sitting_total), 60)
    assert second.startswith(f"Sitting in all: {hours} h {rest:02d} min; ")
    assert third == "Exercise: none yet; 0 pull sets, 0 push sets."
    assert hint == "Progress… in the tray menu shows the charts."
    shown.show_progress()
    assert shown.progress.series_values(SITTING) == pytest.approx([want.sitting[day] for day in want.days])
    assert shown.progress.series_values(LONGEST_BOUT)[want.days.index(TODAY)] == pytest.approx(minutes)


def test_a_quarter_minute_reads_alike_on_the_bar_and_in_the_summary(open_windows):
    """15 s of a hip-flexor stretch (an eighth of 2 x 2 x 30 s, per side) is 0.25 min: to the
    tenth half up, 0.3 on the bar, its label and the weekly summary (the bar's round() made it 0.2)."""
    written = Diary().exercised(NOW.replace(hour=9), True, done(LIBRARY, "HF1", 0.125))
    shown, shell, _coach = open_windows(written)
    shown.show_progress()
    want = count_week(written, week_days(TODAY, SUNDAY))
    assert want.week_exercise == {"hip_flexors": 0.25}
    assert shown.progress.series_values(EXERCISE)[0] == pytest.approx(0.3)
    assert shown.progress.presenter.week.target_labels[0] == "0.3 min"
    shown.weekly_summary()
    [(_title, text)] = shell.told
    assert "Exercise: hip flexors 0.3 min; 0 pull sets, 0 push sets." in text.split("\n")
