"""What the reminders, the status line, the week, the self-check's summary and the coach's
notices say: codes and values, worded in today's English by ``say()`` (and in German once its
catalogue is loaded)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.screening import ScreeningSaid
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import ReminderAction, ReminderSaid, compose_reminder
from desk_coach.domain.said import Said, Term, said
from desk_coach.domain.weekly import DayStats, WeekSaid, WeekStats, week_days
from desk_coach.services.coach_status import CoachState, CoachStatus, StatusSaid
from desk_coach.services.daily_check import DailyCheckSaid
from desk_coach.services.launch_requests import LaunchSaid
from desk_coach.services.ports import StorageSaid
from desk_coach.services.set_up import SetUpSaid, first_steps
from desk_coach.services.your_data import YourDataSaid
from desk_coach.wording.qt_catalogues import use_language
from desk_coach.wording.reminder_words import action_words, body_words, title_words
from desk_coach.wording.say import known_codes, say
from desk_coach.wording.status_words import status_line
from desk_coach.wording.week_stats_words import summary_lines

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
FAMILIES = (
    ReminderSaid, StatusSaid, WeekSaid, ScreeningSaid, SetUpSaid, DailyCheckSaid, LaunchSaid, YourDataSaid,
    StorageSaid,
)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_code_has_a_sentence(family) -> None:
    assert {code.value for code in family} <= known_codes()


def reminder_words(
    kind=BreakKind.MICRO, *, snoozes=0, skips=0, can_snooze=True, break_s=180
) -> tuple[str, str]:
    reminder = compose_reminder(kind, 34 * 60, break_length_s=break_s, routine_length_min=5,
                                snoozes_in_a_row=snoozes, skips_in_a_row=skips, can_snooze=can_snooze)
    return title_words(reminder), body_words(reminder)


def test_reminders_read_as_before() -> None:
    assert reminder_words() == (
        "Time to stand up", "You've been sitting for 34 min. Stand, walk a few steps and stretch for 3 min."
    )
    assert reminder_words(break_s=90)[1].endswith("stretch for 90 s.")
    assert reminder_words(BreakKind.LONG) == (
        "Time for your stretch routine",
        "You've been sitting for 34 min. About 5 minutes: "
        "hip flexors and chest first, then glutes and upper back.",
    )
    skipped_one = " You skipped the last break; even a minute on your feet helps."
    assert reminder_words(skips=1)[1].endswith(skipped_one)
    assert reminder_words(skips=3)[1].endswith(" The last 3 breaks were skipped; how about a short one now?")
    assert reminder_words(snoozes=1)[1].endswith(" Snoozed once already.")
    assert reminder_words(snoozes=2, can_snooze=False)[1].endswith(
        " Snoozed 2 times already. Start now, or skip this one."
    )
    assert [action_words(action) for action in ReminderAction if action != ReminderAction.DISMISS] == [
        "Start", "Snooze", "Skip"
    ]


def status(state: CoachState, *, sitting_min: float = 34, next_in_min: float | None = 11, detail=None,
           sensing: bool = True, storage_problem: Said | None = None) -> str:
    next_at = None if next_in_min is None else NOW + timedelta(minutes=next_in_min)
    coach_status = CoachStatus(state, sitting_min * 60, 1800, 0, next_at, BreakKind.MICRO, detail, sensing,
                               "test", storage_problem)
    return status_line(coach_status.summary(NOW))


def test_the_status_line_reads_as_before() -> None:
    assert status(CoachState.SITTING) == "Sitting 34 min · next break in 11 min"
    assert status(CoachState.SITTING, next_in_min=None) == "Sitting 34 min"
    assert status(CoachState.BREAK_DUE, detail=said(StatusSaid.TYPING)) == (
        "Sitting 34 min · time for a break · break waits for a pause in your typing"
    )
    assert status(CoachState.ON_BREAK) == "On a break"
    assert status(CoachState.AWAY, sensing=False) == (
        "Away from the desk · activity cannot be sensed on this desktop"
    )
    assert status(CoachState.PAUSED, sitting_min=0.5) == "Desk Coach"
    full = status(CoachState.SITTING, storage_problem=said(StorageSaid.FULL))
    assert full.endswith(" · not saving: the disk that holds your history is full")
    quiet = said(StatusSaid.QUIET, reasons=(Term("quiet", "camera"), Term("quiet", "do_not_disturb")))
    assert status(CoachState.QUIET, detail=quiet) == (
        "Sitting 34 min · break waits: the camera is in use and do not disturb is on"
    )
    monday = said(StatusSaid.WEEKDAY_AT, weekday=Term("weekday", "0"), time="09:00")
    assert say(said(StatusSaid.OFF_HOURS_UNTIL, at=monday)) == "outside work hours until Mon 09:00"
    tomorrow = said(StatusSaid.TOMORROW_AT, time="09:00")
    assert say(said(StatusSaid.PAUSED_UNTIL, at=tomorrow)) == "paused until tomorrow 09:00"


def a_week() -> WeekStats:
    days = week_days(date(2026, 3, 2))
    breaks = {"taken": 3, "partial": 2, "natural": 1, "snoozed": 1, "dismissed": 0, "skipped": 4,
              "quiet_delayed": 0}
    tuesday = DayStats(days[1], 610.0, 75.0, breaks, routines_completed=1,
                       exercise_minutes={Target.CHEST: 12.0, Target.UPPER_BACK: 8.4})
    return WeekStats("2026-W10", (DayStats(days[0]), tuesday, *map(DayStats, days[2:])), 1.0, 2.5)


def test_the_week_reads_as_before() -> None:
    assert summary_lines(a_week(), goal_minutes=20) == (
        "You broke up sitting 4 times; longest bout 75 min on Tuesday.",
        "Sitting in all: 10 h 10 min; 1 routine completed; 2 breaks ended early, 1 snoozed, 4 skipped.",
        "Exercise: chest 12 min, goal 20; upper back 8.4 min, goal 20; 1 pull set, 2.5 push sets.",
    )
    empty = WeekStats.empty(week_days(date(2026, 3, 2)))
    assert summary_lines(empty) == (
        "You broke up sitting 0 times; no sitting recorded.",
        "Sitting in all: 0 h 00 min; 0 routines completed; no break put off or cut short.",
        "Exercise: none yet; 0 pull sets, 0 push sets.",
    )


def test_the_end_of_the_self_check_reads_as_before() -> None:
    steps = first_steps(["  Micro-break:  ", ""], NOW + timedelta(minutes=30), NOW, 30)
    assert steps.moves == ("Micro-break:",)
    assert say(steps.first_break) == (
        "Your first break comes at 10:30 (in about 30 min), after 30 minutes of sitting; "
        "time away from the keyboard counts as a break."
    )
    assert say(first_steps([], None, NOW, 45).first_break) == (
        "Your first break comes after 45 minutes of sitting, inside your work hours."
    )
    assert say(steps.tray).startswith("Desk Coach lives in the system tray, usually by the clock")


@pytest.fixture
def german() -> Iterator[None]:
    use_language("de")
    yield
    use_language("en")


def test_in_german_the_status_and_the_week_are_german(german) -> None:
    assert status(CoachState.SITTING) == "Sitzt seit 34 Min. · nächste Pause in 11 Min."
    assert summary_lines(a_week())[0] == (
        "Du hast das Sitzen 4-mal unterbrochen; am längsten am Stück: 75 Min. am Dienstag."
    )
    assert say(said(SetUpSaid.NOT_SET_UP_TITLE)) == "Das Coaching ist noch nicht eingerichtet"


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_language("en_XA")
    yield
    use_language("en")


def test_in_the_pseudo_language_no_english_is_left(pseudo) -> None:
    title, body = reminder_words(snoozes=2, can_snooze=False)
    assert title.startswith("[") and "stand" not in title
    assert body.count("[") == 3 and "sitting" not in body and "Snoozed" not in body
    assert all(action_words(action).startswith("[") for action in ReminderAction if action != "dismiss")
    line = status(CoachState.SITTING, storage_problem=said(StorageSaid.FULL))
    assert "Sitting" not in line and "saving" not in line and "disk" not in line
    for text in summary_lines(a_week(), goal_minutes=20):
        assert text.startswith("[") and not {"sitting", "chest", "breaks", "Tuesday"} & set(text.split())
