"""A working week through the real coach service, a fake clock and a real SQLite file.

Thursday 22 to Wednesday 28 October 2026 in Berlin: lunch away every day, a camera meeting
on Thursday, overtime on Friday, the laptop suspended every night and over the weekend, the
switch from summer to winter time on Sunday, snoozes on Tuesday and a skip on Wednesday.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from simulation import Simulation, Span

from desk_coach.domain.history import BoutEnd, BreakEventKind, BreakKind
from desk_coach.domain.reminders import ReminderAction
from desk_coach.wording.reminder_words import body_words, title_words

BERLIN = ZoneInfo("Europe/Berlin")
THU, FRI, MON, TUE, WED = (date(2026, 10, d) for d in (22, 23, 26, 27, 28))
WORKDAYS = (THU, FRI, MON, TUE, WED)


def at(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss), tzinfo=BERLIN)


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    sim = Simulation(at(THU, 8, 50), tmp_path_factory.mktemp("week") / "desk-coach.db")
    finish = {day: at(day, 17, 30) for day in WORKDAYS} | {FRI: at(FRI, 18, 30)}
    for day in WORKDAYS:
        sim.user.work += [Span(at(day, 9, 0), at(day, 12, 30)), Span(at(day, 13, 15), finish[day])]
    sim.user.meetings.append(Span(at(THU, 14, 0), at(THU, 15, 0)))

    sim.coach.start()
    for n, day in enumerate(WORKDAYS):
        if n:
            sim.suspend_until(at(day, 8, 50))
        if day == TUE:
            sim.answers = [ReminderAction.SNOOZE, ReminderAction.SNOOZE, ReminderAction.START]
        if day == WED:
            sim.answers = [ReminderAction.SKIP]
        sim.run_until(finish[day] + timedelta(minutes=5))
    sim.coach.stop()
    return sim


def reminders_on(sim, day):
    return [(t, r) for t, r in sim.reminders() if t.astimezone(BERLIN).date() == day]


@pytest.mark.parametrize("day", WORKDAYS)
def test_the_first_reminder_comes_thirty_minutes_into_the_day_after_a_typing_pause(week, day):
    first_time, first = reminders_on(week, day)[0]
    assert first_time == at(day, 9, 30, 3)
    assert first.kind == BreakKind.MICRO
    assert title_words(first) == "Time to stand up"


def test_winter_time_moves_the_utc_hour_but_not_the_working_day(week):
    thursday, _ = reminders_on(week, THU)[0]
    monday, _ = reminders_on(week, MON)[0]
    assert thursday.utcoffset() == timedelta(hours=2)
    assert monday.utcoffset() == timedelta(hours=1)
    assert (monday.astimezone(ZoneInfo("UTC")).hour, thursday.astimezone(ZoneInfo("UTC")).hour) == (8, 7)


def test_no_reminder_outside_work_hours_or_while_the_laptop_sleeps(week):
    for moment, _ in week.reminders():
        local = moment.astimezone(BERLIN)
        assert local.weekday() < 5
        assert time(9, 0) <= local.time() < time(17, 30), local
    friday_evening = [t for t, _ in reminders_on(week, FRI) if t >= at(FRI, 17, 30)]
    assert friday_evening == []


def test_no_reminder_during_the_meeting_and_the_delayed_break_follows_it(week):
    thursday = [t for t, _ in reminders_on(week, THU)]
    assert not [t for t in thursday if at(THU, 14, 0) <= t < at(THU, 15, 0)]
    assert at(THU, 15, 0, 3) in thursday
    _, events = week.stored()
    delayed = [e for e in events if e.kind == BreakEventKind.QUIET_DELAYED]
    assert len(delayed) == 1
    assert at(THU, 14, 0) < delayed[0].at < at(THU, 15, 0)
    assert delayed[0].note == "camera"


def test_each_day_offers_one_routine_after_the_middle_of_the_work_day(week):
    for day in WORKDAYS:
        long_ones = [t for t, r in reminders_on(week, day) if r.kind == BreakKind.LONG]
        assert len(long_ones) == 1, day
        assert long_ones[0] == at(day, 13, 45, 3), day  # back from lunch 13:15, 30 min later


def test_snoozes_are_limited_and_remembered(week):
    tuesday = reminders_on(week, TUE)[:3]
    (t1, r1), (t2, r2), (_, r3) = tuesday
    assert [r.can_snooze for r in (r1, r2, r3)] == [True, True, False]
    assert t2 - t1 == timedelta(minutes=5, seconds=22)  # answered after 22 s, snoozed 5 min
    assert "Snoozed once already." in body_words(r2)
    assert "Snoozed 2 times already. Start now, or skip this one." in body_words(r3)


def test_a_skip_is_mentioned_by_the_next_reminder(week):
    (t1, _), (t2, r2) = reminders_on(week, WED)[:2]
    assert "You skipped the last break" in body_words(r2)
    assert timedelta(minutes=30) <= t2 - t1 <= timedelta(minutes=31)


def test_lunch_counts_as_a_long_natural_break_and_ends_the_bout(week):
    bouts, events = week.stored()
    for day in WORKDAYS:
        lunch = [
            e
            for e in events
            if e.kind == BreakEventKind.NATURAL
            and at(day, 13, 0) <= e.at <= at(day, 13, 20)
        ]
        assert len(lunch) == 1 and lunch[0].break_kind == BreakKind.LONG, day
        assert any(b.end_reason == BoutEnd.IDLE and b.ended_at == at(day, 12, 30) for b in bouts), day


def test_sleep_is_never_sitting(week):
    bouts, _ = week.stored()
    for bout in bouts:
        start, end = bout.started_at.astimezone(BERLIN), bout.ended_at.astimezone(BERLIN)
        assert start.date() == end.date()
        assert end.time() <= time(18, 30)
    longest = max(bouts, key=lambda b: b.seconds)
    # Friday's overtime, after work hours, is the one long bout: no reminder may interrupt it.
    assert longest.ended_at == at(FRI, 18, 30)
    assert longest.seconds < 80 * 60


def test_no_due_break_is_lost(week):
    _, events = week.stored()
    followed = (BreakEventKind.DUE, BreakEventKind.SHOWN, BreakEventKind.QUIET_DELAYED)
    steps = [e for e in events if e.kind in followed]
    dues = [i for i, e in enumerate(steps) if e.kind == BreakEventKind.DUE]
    assert len(dues) == len(week.reminders())
    for n, i in enumerate(dues):
        following = steps[i + 1 : dues[n + 1] if n + 1 < len(dues) else None]
        shown = [e for e in following if e.kind == BreakEventKind.SHOWN]
        assert len(shown) == 1, steps[i]
        delayed = any(e.kind == BreakEventKind.QUIET_DELAYED for e in following)
        assert delayed or shown[0].at - steps[i].at <= timedelta(seconds=61)


def test_every_answer_is_stored(week):
    _, events = week.stored()
    kinds = [e.kind for e in events]
    assert kinds.count(BreakEventKind.SNOOZED) == 2
    assert kinds.count(BreakEventKind.SKIPPED) == 1
    assert kinds.count(BreakEventKind.TAKEN) == len(week.reminders()) - 3
    assert len(week.view.breaks) == kinds.count(BreakEventKind.TAKEN)
