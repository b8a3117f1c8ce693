"""Night shifts: a work-hours range that passes midnight belongs to the day it starts on.

A Monday 22:00-06:00 shift is in work hours at Monday 23:30 and Tuesday 05:00, is one work
day for the long break, and "until tomorrow" means the next shift. The user's day begins
when the night shift ends (06:00), on the wall clock, so summer time does not move it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain import break_policy as policy
from desk_coach.domain.break_policy import BreakState, Moment, Verdict
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import WEEKDAYS, Settings, validate

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 2)


def night_shifts(*days: str, hours: str = "22:00-06:00", **others: list[str]) -> Settings:
    week = {day: ([hours] if day in days else others.get(day, [])) for day in WEEKDAYS}
    settings, problems = validate(shipped_schema(), {"work_hours": week}, "test")
    assert problems == []
    return settings


def at(day: date, hh: int, mm: int = 0, fold: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BERLIN).replace(fold=fold)


TUESDAY = MONDAY + timedelta(days=1)


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (at(MONDAY, 21, 59), False),
        (at(MONDAY, 22, 0), True),
        (at(MONDAY, 23, 30), True),
        (at(TUESDAY, 0, 0), True),
        (at(TUESDAY, 5, 0), True),
        (at(TUESDAY, 5, 59), True),
        (at(TUESDAY, 6, 0), False),
        (at(TUESDAY, 23, 30), False),  # Tuesday has no shift
        (at(MONDAY, 5, 0), False),  # Sunday night had none either
    ],
)
def test_a_monday_night_shift_is_work_hours_until_tuesday_morning(moment, inside):
    assert policy.in_work_hours(night_shifts("monday"), moment) is inside


def test_outside_the_shift_the_coach_waits_for_the_next_one():
    settings = night_shifts("monday")
    state = BreakState(interval_start_mono=0.0)
    decision = policy.decide(settings, state, Moment(at(TUESDAY, 7, 0), 100.0, 0.0, sitting=True))
    assert decision.verdict == Verdict.OFF_HOURS
    assert decision.until == at(MONDAY + timedelta(days=7), 22, 0)
    inside = policy.decide(settings, state, Moment(at(TUESDAY, 5, 0), 100.0, 0.0, sitting=True))
    assert inside.verdict == Verdict.NOT_DUE


def test_the_long_break_comes_once_in_the_middle_of_the_shift():
    settings = night_shifts("monday", "tuesday")
    assert settings.breaks.long_breaks_per_day == 1
    state = BreakState()
    assert policy.break_kind_due(settings, state, at(TUESDAY, 1, 59)) == BreakKind.MICRO
    assert policy.break_kind_due(settings, state, at(TUESDAY, 2, 0)) == BreakKind.LONG  # 22:00 + 4 h
    state = policy.break_taken(state, BreakKind.LONG, at(TUESDAY, 2, 10))
    assert policy.break_kind_due(settings, state, at(TUESDAY, 4, 0)) == BreakKind.MICRO
    # Tuesday's own shift is a new work day, though the last long break was on Tuesday's date too.
    assert policy.break_kind_due(settings, state, at(TUESDAY, 23, 0)) == BreakKind.MICRO
    wednesday = TUESDAY + timedelta(days=1)
    assert policy.break_kind_due(settings, state, at(wednesday, 2, 0)) == BreakKind.LONG


def test_until_tomorrow_in_a_night_shift_is_the_next_shift():
    settings = night_shifts("monday", "tuesday")
    assert policy.tomorrow_morning(settings, at(TUESDAY, 2, 0)) == at(TUESDAY, 22, 0)
    assert policy.tomorrow_morning(settings, at(MONDAY, 23, 0)) == at(TUESDAY, 22, 0)


def test_until_tomorrow_by_day_is_unchanged():
    settings, _ = validate(shipped_schema(), {}, "test")
    assert settings.work_hours.day_start_min == 0
    assert policy.tomorrow_morning(settings, at(MONDAY, 15, 0)) == at(TUESDAY, 9, 0)


def test_the_users_day_begins_when_the_night_shift_ends():
    hours = night_shifts("monday").work_hours
    assert hours.day_start_min == 6 * 60
    assert hours.day_of(at(MONDAY, 22, 30)) == MONDAY
    assert hours.day_of(at(TUESDAY, 5, 59)) == MONDAY
    assert hours.day_of(at(TUESDAY, 6, 0)) == TUESDAY


def test_the_day_begins_no_later_than_the_earliest_start_of_work():
    hours = night_shifts("monday", saturday=["05:00-13:00"]).work_hours
    assert hours.day_start_min == 5 * 60  # the Saturday morning shift is not cut


@pytest.mark.parametrize(
    ("night", "moments"),
    [
        # Clocks go back on Sunday 25 October 2026 at 03:00: 02:00-03:00 comes twice.
        (date(2026, 10, 24), [(1, 30, 0), (2, 30, 0), (2, 30, 1), (3, 30, 0), (5, 59, 0)]),
        # Clocks go forward on Sunday 29 March 2026 at 02:00: 02:00-03:00 never comes.
        (date(2026, 3, 28), [(1, 30, 0), (3, 0, 0), (5, 59, 0)]),
    ],
)
def test_a_dst_night_is_one_shift_and_one_day(night, moments):
    settings = night_shifts("saturday")
    sunday = night + timedelta(days=1)
    for hh, mm, fold in moments:
        moment = at(sunday, hh, mm, fold)
        assert policy.in_work_hours(settings, moment), moment
        assert settings.work_hours.day_of(moment) == night, moment
    assert not policy.in_work_hours(settings, at(sunday, 6, 0))
    assert settings.work_hours.day_of(at(sunday, 6, 0)) == sunday


def test_honour_off_ignores_the_shift():
    settings = night_shifts("monday")
    settings = replace(settings, work_hours=replace(settings.work_hours, honour=False))
    noon = Moment(at(TUESDAY, 12, 0), 1.0, 0.0, sitting=True)
    decision = policy.decide(settings, BreakState(interval_start_mono=0.0), noon)
    assert decision.verdict == Verdict.NOT_DUE
