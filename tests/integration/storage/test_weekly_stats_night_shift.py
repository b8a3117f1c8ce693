"""A night shift is not cut in two days: with work hours that pass midnight, the user's day
begins when the shift ends (06:00 for 22:00-06:00), and every figure of the week, the streak
and the Progress window's week count the whole shift on the day it began, DST nights too."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures, days_with_breaks
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription
from desk_coach.domain.coaching.records import RoutineSource
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.settings import WEEKDAYS, validate
from desk_coach.domain.week_calendar import WeekCalendar, day_span_utc
from desk_coach.domain.weekly import WeekStats

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 2)
NIGHT_SHIFT = validate(shipped_schema(), {"work_hours": {day: ["22:00-06:00"] for day in WEEKDAYS}}, "test")[
    0
].work_hours
DAY_START = NIGHT_SHIFT.day_start_min


def load_week(engine, day: date, zone: ZoneInfo, first_weekday: int, day_start_min: int) -> WeekStats:
    """The user's week holding ``day``, as the week report reads it."""
    calendar = WeekCalendar(first_weekday, day_start_min)
    days = calendar.days_of(day)
    return SqlWeekFigures(engine).week(days, *calendar.span_utc(days, zone), day_start_min)


def at(day: date, hh: int, mm: int = 0, fold: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BERLIN).replace(fold=fold)


def store_shift(database, night: date, moments: list[tuple[datetime, datetime]]) -> None:
    """Bouts at ``moments``, a break taken after each, and one routine in the middle."""
    library = load_library().library
    exercise = next(iter(library))
    with SqlUnitOfWork(database.engine) as uow:
        for start, end in moments:
            uow.history.add_bout(SittingBout(start, end, BoutEnd.BREAK))
            uow.history.add_break_event(BreakEvent(end, BreakEventKind.TAKEN, BreakKind.MICRO))
        middle = moments[len(moments) // 2][1]
        session = uow.coaching.add_session(middle, BreakKind.LONG, RoutineSource.BREAK)
        result = (
            Prescription(exercise.id, exercise.dose, "test"),
            ExerciseFeedback(exercise.id, Effort.JUST_RIGHT, 0, 1.0),
        )
        uow.coaching.finish_session(session, middle + timedelta(minutes=6), True, [result], library=library)


def minutes(moments: list[tuple[datetime, datetime]]) -> float:
    return sum((end - start).total_seconds() for start, end in moments) / 60


def test_the_day_begins_when_the_night_shift_ends():
    assert DAY_START == 6 * 60


def test_a_monday_night_shift_counts_whole_on_monday(database):
    tuesday = MONDAY + timedelta(days=1)
    shift = [
        (at(MONDAY, 22, 10), at(MONDAY, 23, 40)),
        (at(tuesday, 0, 10), at(tuesday, 1, 30)),
        (at(tuesday, 4, 0), at(tuesday, 5, 50)),
    ]
    store_shift(database, MONDAY, shift)
    week = load_week(database.engine, MONDAY, BERLIN, 0, DAY_START)
    monday, tuesday_stats = week.days[0], week.days[1]
    assert monday.sitting_minutes == pytest.approx(minutes(shift))
    assert monday.longest_bout_minutes == pytest.approx(110)
    assert monday.breaks["taken"] == 3
    assert monday.routines_completed == 1
    assert sum(monday.exercise_minutes.values()) > 0
    assert tuesday_stats.sitting_minutes == 0 and tuesday_stats.breaks["taken"] == 0
    # At midnight boundaries (no night shift in the settings) the same night is cut in two.
    by_date = load_week(database.engine, MONDAY, BERLIN, 0, 0)
    assert by_date.days[1].sitting_minutes > 0


def test_a_shift_on_sunday_night_stays_in_its_week(database):
    sunday = MONDAY + timedelta(days=6)
    monday_after = sunday + timedelta(days=1)
    shift = [(at(sunday, 22, 30), at(sunday, 23, 50)), (at(monday_after, 1, 0), at(monday_after, 5, 0))]
    store_shift(database, sunday, shift)
    week = load_week(database.engine, MONDAY, BERLIN, 0, DAY_START)
    assert week.days[6].sitting_minutes == pytest.approx(minutes(shift))
    next_week = load_week(database.engine, monday_after, BERLIN, 0, DAY_START)
    assert next_week.sitting_minutes == 0


@pytest.mark.parametrize(
    ("night", "shift"),
    [
        # Clocks go back at 03:00 on Sunday 25 October 2026: the shift is nine hours long.
        (
            date(2026, 10, 24),
            [
                (at(date(2026, 10, 24), 22, 0), at(date(2026, 10, 25), 2, 30)),
                (at(date(2026, 10, 25), 2, 40, fold=1), at(date(2026, 10, 25), 5, 55)),
            ],
        ),
        # Clocks go forward at 02:00 on Sunday 29 March 2026: the shift is seven hours long.
        (
            date(2026, 3, 28),
            [
                (at(date(2026, 3, 28), 22, 0), at(date(2026, 3, 29), 1, 50)),
                (at(date(2026, 3, 29), 3, 10), at(date(2026, 3, 29), 5, 55)),
            ],
        ),
    ],
)
def test_a_dst_night_shift_counts_whole_on_the_day_it_began(database, night, shift):
    store_shift(database, night, shift)
    week = load_week(database.engine, night, BERLIN, 0, DAY_START)
    saturday, sunday = week.days[5], week.days[6]
    assert saturday.day == night
    assert saturday.sitting_minutes == pytest.approx(minutes(shift))
    assert saturday.breaks["taken"] == 2 and saturday.routines_completed == 1
    assert sunday.sitting_minutes == 0


def test_the_streak_counts_a_night_shift_on_the_day_it_began(database):
    tuesday = MONDAY + timedelta(days=1)
    store_shift(database, MONDAY, [(at(tuesday, 1, 0), at(tuesday, 2, 0))])  # only after midnight
    since, until = day_span_utc((MONDAY - timedelta(days=7), tuesday), BERLIN, DAY_START)
    with database.engine.connect() as connection:
        assert days_with_breaks(connection, since, until, DAY_START) == [MONDAY]
        assert days_with_breaks(connection, since, until) == [tuesday]
