"""The progress report's figures, against a hand calculation from the rows stored in a real
SQLite file: sitting per week, breaks taken of due, exercise minutes, pain and what changed,
the levels walked back week by week, and the summary's sentences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from report_history import desk_worker_screen

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Level, LevelChange, Prescription
from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.coaching.records import RoutineSource, ScreenRecord, ScreenScore, Side
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.said import Amount, Term, said
from desk_coach.domain.settings import defaults
from desk_coach.services.progress_report import ReportSaid, gather_report, levels_at, pain_rows
from desk_coach.services.week_report import WeekReport
from desk_coach.wording.say import say

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 3, 17, 0, tzinfo=ZONE)  # a Thursday; the week began Monday 30 Nov
GOAL = 300


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "desk-coach.db", ManualClock(NOW))
    yield db
    db.dispose()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time().replace(hour=hour, minute=minute), tzinfo=ZONE)


def gather(database: Database, weeks: int):
    clock = ManualClock(NOW)
    settings = defaults(shipped_schema())
    report = WeekReport(SqlWeekFigures(database.engine), clock, lambda: settings)
    return gather_report(report, lambda: SqlUnitOfWork(database.engine), clock.now, weeks, GOAL)


def exercise_of(target: Target):
    return load_library().library.for_target(target)[0]


LAST_WEEK = date(2026, 11, 23)  # Monday
THIS_WEEK = date(2026, 11, 30)


def store_two_weeks(database: Database) -> dict:
    """Last week: two days at the desk, a routine with pain; this week: one long day."""
    chest = exercise_of(Target.CHEST)
    glutes = exercise_of(Target.GLUTES)
    bouts = [
        (LAST_WEEK, 9, 0, 50),  # Monday: 50 + 40 = 90 min, longest 50
        (LAST_WEEK, 10, 0, 40),
        (LAST_WEEK + timedelta(days=2), 9, 0, 30),  # Wednesday: 30 min
        (THIS_WEEK + timedelta(days=1), 8, 0, 200),  # Tuesday: 200 + 150 = 350 min, over the goal of 300
        (THIS_WEEK + timedelta(days=1), 12, 0, 150),
    ]
    events = [
        (LAST_WEEK, 10, BreakEventKind.TAKEN),
        (LAST_WEEK, 11, BreakEventKind.SNOOZED),  # only puts a break off
        (LAST_WEEK, 12, BreakEventKind.SKIPPED),
        (LAST_WEEK + timedelta(days=2), 10, BreakEventKind.NATURAL),
        (THIS_WEEK + timedelta(days=1), 11, BreakEventKind.DISMISSED),
        (THIS_WEEK + timedelta(days=1), 15, BreakEventKind.TAKEN),
        (THIS_WEEK + timedelta(days=1), 16, BreakEventKind.QUIET_DELAYED),  # only puts it off
    ]
    routine_at = at(LAST_WEEK + timedelta(days=1), 14)
    level_before = Level(Target.CHEST.value, chest.id, chest.dose)
    level_after = Level(Target.CHEST.value, chest.id, chest.dose)
    pain_reason = said(
        ProgressionSaid.PAIN_STEP_DOWN,
        pain=said(ProgressionSaid.HURT_RATED, exercise=Term("exercise", chest.id), pain=4),
        where=said(ProgressionSaid.BACK_TO_DOSE, dose=Amount(chest.dose, chest.per_side)),
    )
    with SqlUnitOfWork(database.engine) as uow:
        for day, hour, minute, length in bouts:
            start = at(day, hour, minute)
            uow.history.add_bout(SittingBout(start, start + timedelta(minutes=length), BoutEnd.IDLE))
        for day, hour, kind in events:
            uow.history.add_break_event(BreakEvent(at(day, hour), kind, BreakKind.MICRO))
        session = uow.coaching.add_session(routine_at, BreakKind.LONG, RoutineSource.BREAK)
        uow.coaching.finish_session(
            session,
            routine_at + timedelta(minutes=5),
            True,
            [
                (
                    Prescription(chest.id, chest.dose, said(ProgressionSaid.FEWER_BREAKS)),
                    ExerciseFeedback(chest.id, Effort.JUST_RIGHT, 4, 1.0, pain_button=True),
                ),
                (
                    Prescription(glutes.id, glutes.dose, said(ProgressionSaid.FEWER_BREAKS)),
                    ExerciseFeedback(glutes.id, Effort.JUST_RIGHT, 0, 1.0),
                ),
            ],
            library=load_library().library,
        )
        uow.coaching.record_next_day_pain(routine_at, 3)
        uow.coaching.set_level(level_after, routine_at + timedelta(minutes=6))
        uow.coaching.add_level_change(
            LevelChange(
                routine_at + timedelta(minutes=6),
                Target.CHEST.value,
                level_before,
                level_after,
                "pain",
                pain_reason,
            )
        )
        uow.coaching.add_screen(screen(at(LAST_WEEK, 8), left=0, right=1))
        uow.coaching.add_screen(screen(at(THIS_WEEK, 8), left=2, right=1))
        uow.coaching.pause_region(
            Region.SHOULDERS,
            routine_at + timedelta(minutes=6),
            said(ProgressionSaid.PAIN_DURING, pain=4, exercise=Term("exercise", chest.id)),
            said(ProgressionSaid.RECHECK_AFTER_PAIN),
        )
    return {"chest": chest, "glutes": glutes, "routine_at": routine_at, "pain_reason": pain_reason}


def screen(taken: datetime, left: int, right: int) -> ScreenRecord:
    return desk_worker_screen(
        taken,
        ScreenScore("S1", Side.LEFT, left, False),
        ScreenScore("S1", Side.RIGHT, right, right == 1),
        ScreenScore("S3", None, 1, False),
    )


def test_the_weeks_figures_are_the_stored_rows_added_up(database):
    stored = store_two_weeks(database)
    report = gather(database, 2)
    assert [week.first_day for week in report.weeks] == [LAST_WEEK, THIS_WEEK]
    last, this = report.weeks
    assert last.sitting_minutes == pytest.approx(50 + 40 + 30)
    assert (last.days_sat, round(last.longest_bout_minutes)) == (2, 50)
    assert last.sitting_per_day == pytest.approx(120 / 2)
    assert this.sitting_minutes == pytest.approx(200 + 150)
    assert (this.days_sat, this.days_over_goal) == (1, 1)
    # taken and natural are breaks taken; skipped and dismissed were due too; a snooze or quiet
    # time only puts a break off
    assert (last.breaks_taken, last.breaks_due) == (2, 3)
    assert (this.breaks_taken, this.breaks_due) == (1, 2)
    assert last.routines_completed == 1
    chest, glutes = stored["chest"], stored["glutes"]
    assert last.exercise_minutes[Target.CHEST] == pytest.approx(chest.dose.seconds(chest.per_side) / 60)
    assert last.exercise_minutes[Target.GLUTES] == pytest.approx(glutes.dose.seconds(glutes.per_side) / 60)
    assert this.exercise_minutes == {}


def test_pain_reports_and_the_changes_they_caused_in_time_order(database):
    stored = store_two_weeks(database)
    report = gather(database, 2)
    rows = report.pain_rows
    reported = [row for row in rows if not row.is_change]
    changed = [row for row in rows if row.is_change]
    assert report.pain_reports == 2
    during = reported[0].said
    assert during.code == ReportSaid.EXERCISE_PAIN
    assert during.values["exercise"] == Term("exercise", stored["chest"].id)
    assert [clause.code for clause in during.values["what"]] == [
        ReportSaid.PAIN_DURING,
        ReportSaid.PAIN_BUTTON,
    ]
    assert during.values["what"][0].values["pain"] == 4
    assert reported[1].said == said(ReportSaid.NEXT_DAY_PAIN, pain=3)
    assert reported[1].at == stored["routine_at"] + timedelta(days=1)
    assert changed[0].said == stored["pain_reason"]
    assert changed[1].said.code == ReportSaid.REGION_PAUSED
    assert changed[1].said.values["region"] == Term("region", "shoulders")
    assert [row.at for row in rows] == sorted(row.at for row in rows)
    assert "pain 4 of 10 during the exercise and stopped with the pain button" in say(during)


def test_both_sides_of_each_check_and_the_summary(database):
    store_two_weeks(database)
    report = gather(database, 2)
    assert [screen.taken_at.date() for screen in report.screens] == [LAST_WEEK, THIS_WEEK]
    assert {(s.item_id, s.side) for s in report.screens[-1].scores} == {
        ("S1", Side.LEFT),
        ("S1", Side.RIGHT),
        ("S3", None),
    }
    codes = [line.code for line in report.summary]
    assert codes == [
        ReportSaid.SITTING_AVERAGE,
        ReportSaid.SITTING_GOAL_DAYS,
        ReportSaid.BREAKS_SHARE,
        ReportSaid.ROUTINES,
        ReportSaid.CHECKS_COMPARED,
        ReportSaid.PAIN_REPORTS,
        ReportSaid.CHANGES,
        ReportSaid.PAUSED_NOW,
    ]
    lines = [say(line) for line in report.summary]
    assert lines[0] == "Sitting: 157 min a day on average, over 3 days at the desk."  # 470 / 3
    assert lines[1] == "1 day over the daily goal of at most 300 min of sitting."
    assert lines[2] == "Breaks: 3 taken of 5 due (60 %)."
    checks = report.summary[4]
    assert checks.values["better"] == said(ReportSaid.BETTER, n=1)  # S1 left 0 -> 2
    assert checks.values["worse"] == said(ReportSaid.WORSE, n=0)
    assert "1 because of pain" in lines[6]


def test_levels_walk_back_through_the_changes_week_by_week():
    zone = ZoneInfo("UTC")
    first = Level("chest", "a", None)  # type: ignore[arg-type]
    second = Level("chest", "b", None)  # type: ignore[arg-type]
    glutes = Level("glutes", "g", None)  # type: ignore[arg-type]
    changes = [
        LevelChange(
            datetime(2026, 11, 10, tzinfo=zone), "glutes", None, glutes, "restart", said(ReportSaid.PAIN_NONE)
        ),
        LevelChange(
            datetime(2026, 11, 20, tzinfo=zone),
            "chest",
            first,
            second,
            "progress",
            said(ReportSaid.PAIN_NONE),
        ),
    ]
    moments = [datetime(2026, 11, d, tzinfo=zone) for d in (1, 15, 30)]
    walked = levels_at({"chest": second, "glutes": glutes}, changes, moments)
    assert walked == [
        {"chest": first},
        {"chest": first, "glutes": glutes},
        {"chest": second, "glutes": glutes},
    ]


def test_a_new_user_gets_one_sentence_and_empty_weeks(database):
    report = gather(database, 12)
    assert report.empty
    assert len(report.weeks) == 12
    assert report.weeks[-1].first_day == THIS_WEEK
    assert report.summary == (said(ReportSaid.NOTHING_YET),)


@pytest.mark.parametrize("weeks", [0, 261])
def test_the_weeks_must_be_1_to_260(database, weeks):
    with pytest.raises(ValueError):
        gather(database, weeks)


def test_a_pause_for_pain_is_a_change_because_of_pain_and_a_line_said_twice_reads_once():
    zone = ZoneInfo("UTC")
    at = datetime(2026, 11, 20, 10, tzinfo=zone)
    level = Level("chest", "a", None)  # type: ignore[arg-type]
    reason = said(
        ProgressionSaid.PAIN_PAUSED, pain=said(ReportSaid.PAIN_NONE), region=Term("region", "shoulders")
    )
    paused = LevelChange(at, "chest", level, None, "pause", reason)
    progressed = LevelChange(at, "chest", level, level, "progress", said(ReportSaid.PAIN_NONE))
    rows = pain_rows([], [paused, paused, progressed])
    assert [(row.at, row.said, row.is_change) for row in rows] == [(at, reason, True)]
