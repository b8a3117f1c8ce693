"""The SQL aggregation of a week against the count by hand (tests/support/week_by_hand.py), over
random histories: bouts, breaks and routines stored at any UTC offset people live at (-12:00 to
+14:00), read by a user now in any of them, weeks starting on any day, days starting at midnight
or at the end of a night shift."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from week_by_hand import KINDS, Diary, count_week, done

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.week_calendar import WeekCalendar

FIRST = date(2026, 11, 9)
SPAN_DAYS = 21
LIBRARY = load_library().library
EXERCISES = sorted(exercise.id for exercise in LIBRARY)

offsets = st.integers(-12 * 4, 14 * 4).map(lambda quarters: timezone(timedelta(minutes=15 * quarters)))


def _moment(day: int, minute: int, zone: timezone) -> datetime:
    return datetime.combine(FIRST + timedelta(days=day), time(), zone) + timedelta(minutes=minute)


moments = st.builds(_moment, st.integers(0, SPAN_DAYS - 1), st.integers(0, 24 * 60 - 1), offsets)
fractions = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]) | st.floats(0, 1).map(lambda f: round(f, 3))


@st.composite
def diaries(draw) -> Diary:
    diary = Diary()
    for start in draw(st.lists(moments, max_size=25)):
        diary.sat(start, draw(st.integers(1, 300)) + draw(st.integers(0, 59)) / 60)
    for at in draw(st.lists(moments, max_size=25)):
        diary.broke(at, draw(st.sampled_from(KINDS)))
    for started in draw(st.lists(moments, max_size=6)):
        items = draw(st.lists(st.tuples(st.sampled_from(EXERCISES), fractions), max_size=4))
        diary.exercised(started, draw(st.booleans()), *(done(LIBRARY, ex, f) for ex, f in items))
    return diary


def half_a_world_away() -> Diary:
    """A bout and a break at each end of the week 23-29 November, stored at UTC-12:00 on its last
    evening and at UTC+14:00 on its first morning: 26 hours from a reader at the other end."""
    west, east = timezone(timedelta(hours=-12)), timezone(timedelta(hours=14))
    diary = Diary()
    for start in (datetime(2026, 11, 29, 23, 30, tzinfo=west), datetime(2026, 11, 23, 0, 10, tzinfo=east)):
        diary.sat(start, 20).broke(start + timedelta(minutes=20), "taken")
    return diary


@pytest.mark.parametrize("viewer_hours", [-12, 14])
def test_a_week_read_across_the_date_line_keeps_its_first_and_last_evenings(viewer_hours):
    """The SQL window was one day wider than the week: a user now at UTC+14:00 lost the week's last
    evening stored at UTC-12:00 (and the other way round)."""
    check_week(half_a_world_away(), 14, timezone(timedelta(hours=viewer_hours)), 0, 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    diary=diaries(),
    anchor=st.integers(0, SPAN_DAYS - 1),
    viewer=offsets,
    first_weekday=st.integers(0, 6),
    day_start_min=st.sampled_from([0, 4 * 60, 6 * 60]),
)
def test_the_sql_week_equals_the_count_by_hand(diary, anchor, viewer, first_weekday, day_start_min):
    check_week(diary, anchor, viewer, first_weekday, day_start_min)


def check_week(diary: Diary, anchor: int, viewer: timezone, first_weekday: int, day_start_min: int) -> None:
    """The week holding day ``anchor`` of the span, read by a user now at ``viewer``: the SQL's
    figures equal the count by hand."""
    with tempfile.TemporaryDirectory() as folder:
        now = datetime(2026, 12, 5, 12, tzinfo=viewer)
        database = open_database(Path(folder) / "desk-coach.db", ManualClock(now))
        try:
            diary.store(database.engine, LIBRARY)
            calendar = WeekCalendar(first_weekday, day_start_min)
            days = calendar.days_of(FIRST + timedelta(days=anchor))
            since, until = calendar.span_utc(days, viewer)
            stats = SqlWeekFigures(database.engine).week(days, since, until, day_start_min)
        finally:
            database.dispose()
    want = count_week(diary, days, day_start_min)
    # SQLite measures a bout with julianday(): to within a few milliseconds (1e-4 min = 6 ms).
    for day in stats.days:
        assert day.sitting_minutes == pytest.approx(want.sitting[day.day], abs=1e-4), day.day
        assert day.longest_bout_minutes == pytest.approx(want.longest[day.day], abs=1e-4), day.day
        assert dict(day.breaks) == want.breaks[day.day], day.day
        assert day.routines_completed == want.routines[day.day], day.day
        worked = {target.value: minutes for target, minutes in day.exercise_minutes.items()}
        assert worked == pytest.approx(want.exercise[day.day], abs=1e-4), day.day
    assert stats.pull_sets == pytest.approx(want.pull_sets, abs=1e-4)
    assert stats.push_sets == pytest.approx(want.push_sets, abs=1e-4)
