"""The week at a glance read from a real SQLite history (``glance_history``), figure by figure
against the counts made by hand in that module: the bout in progress counted on today, breaks
due counted once each, the plan's goals, the levels and the week's changes; and a week that
starts on Sunday."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from glance_history import (
    BERLIN,
    BOUT_IN_PROGRESS_S,
    MONDAY,
    TODAY,
    GlanceHistory,
    glance_settings,
)

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.history import BoutEnd, BreakEvent, BreakEventKind, BreakKind, SittingBout
from desk_coach.domain.week_glance import BreaksDue, LadderStep, WeekGlance

SUNDAY_BEFORE = MONDAY - timedelta(days=1)


@pytest.fixture(scope="module")
def loaded():
    return load_library()


@pytest.fixture
def history(tmp_path, loaded):
    history = GlanceHistory(tmp_path / "desk-coach.db", loaded)
    yield history
    history.close()


def days_sat(glance: WeekGlance) -> list[tuple[date, int]]:
    """The days counted and their minutes, to the minute (SQLite sums seconds in floating point)."""
    return [(day, round(minutes)) for day, minutes in glance.sitting.days]


def over(glance: WeekGlance) -> tuple[date, int] | None:
    worst = glance.sitting.most_over
    return None if worst is None else (worst[0], round(worst[1]))


def test_the_glance_of_the_week_matches_the_hand_count(history):
    report, reader = history.readers(glance_settings())
    glance = reader.glance(report.live_week_of(TODAY, BOUT_IN_PROGRESS_S))
    assert glance.current
    assert days_sat(glance) == [
        (MONDAY + timedelta(days=i), m) for i, m in enumerate([280, 340, 250, 290, 120 + 30])
    ]
    assert (glance.sitting.within_goal, glance.sitting.counted) == (4, 5)
    assert over(glance) == (MONDAY + timedelta(days=1), 40)
    assert glance.sitting.average_minutes == pytest.approx((280 + 340 + 250 + 290 + 150) / 5)
    assert glance.breaks == BreaksDue(taken=8, ended_early=1, skipped=1, put_off=1, waiting=1)
    assert glance.breaks.percent_taken == 67  # 8 of 12
    assert [(t.target, t.goal_minutes) for t in glance.targets] == [
        (Target.HIP_FLEXORS, 5),
        (Target.CHEST, 5),
        (Target.UPPER_BACK, None),  # no weekly goal: not tight
    ]
    assert [(t.minutes, t.per_side) for t in glance.targets] == [
        (pytest.approx(2 * (2 * 30) / 60), True),  # twice 2 x 30 s a side: 2 min each side
        (pytest.approx((2 * 30 + 0.5 * 2 * 30) / 60), False),  # 2 x 30 s, then half of it
        (pytest.approx((2 * (12 * 2 * 4) + 10 * 2 * 4) / 60), False),  # two band rows, a wall push-up plus
    ]
    assert glance.week.exercise_minutes[Target.HIP_FLEXORS] == pytest.approx(4)  # both sides: the chart
    assert (glance.pull_sets, glance.push_sets, glance.pull_to_push_ratio) == (4, 2, 2)
    assert glance.balanced
    assert glance.levels[0] == LadderStep("hip_flexors", "HF2", 2, 2)
    assert [(c.track, c.after.exercise_id if c.after else None) for c in glance.changes] == [
        ("hip_flexors", "HF2")
    ]


def test_the_bout_in_progress_counts_in_todays_sitting(history):
    report, reader = history.readers(glance_settings())
    stored = reader.glance(report.week_of(TODAY))
    live = reader.glance(report.live_week_of(TODAY, 200 * 60))  # 200 min so far: over the goal
    assert days_sat(stored)[-1] == (TODAY, 120)
    assert days_sat(live)[-1] == (TODAY, 320)
    assert (live.sitting.within_goal, over(live)) == (3, (MONDAY + timedelta(days=1), 40))


def test_a_week_that_starts_on_sunday_holds_that_sunday_and_not_the_next(history):
    with history.unit_of_work() as uow:  # the Sunday before: 45 min at the desk and a walk away from it
        began = datetime.combine(SUNDAY_BEFORE, time(10), tzinfo=BERLIN)
        uow.history.add_bout(SittingBout(began, began + timedelta(minutes=45), BoutEnd.IDLE))
        uow.history.add_break_event(
            BreakEvent(began + timedelta(minutes=46), BreakEventKind.NATURAL, BreakKind.MICRO)
        )
    report, reader = history.readers(glance_settings("sunday"))
    glance = reader.glance(report.live_week_of(TODAY, BOUT_IN_PROGRESS_S))
    assert glance.week.days[0].day == SUNDAY_BEFORE
    assert days_sat(glance)[0] == (SUNDAY_BEFORE, 45)  # not a work day, but sat
    assert (glance.sitting.within_goal, glance.sitting.counted) == (5, 6)
    assert (glance.breaks.taken, glance.breaks.due) == (9, 13)
    report, reader = history.readers(glance_settings("monday"))
    assert reader.glance(report.week_of(TODAY)).breaks.due == 12  # the Monday week leaves it out


def test_a_past_week_is_not_current_and_holds_no_changes(history):
    report, reader = history.readers(glance_settings())
    glance = reader.glance(report.week_of(TODAY - timedelta(days=7)))
    assert not glance.current and glance.empty
    assert glance.changes == ()
    assert glance.breaks.due == 0


def test_a_past_week_shows_the_levels_at_its_end(history):
    """The hip-flexor track stepped up on Wednesday: the week before ended on the standing stretch."""
    report, reader = history.readers(glance_settings())
    before = reader.glance(report.week_of(TODAY - timedelta(days=7)))
    assert before.levels[0] == LadderStep("hip_flexors", "HF1", 1, 2)
    assert reader.glance(report.week_of(TODAY)).levels[0] == LadderStep("hip_flexors", "HF2", 2, 2)


@pytest.mark.parametrize("first_day", ["monday", "sunday"])
def test_the_report_counts_the_weeks_breaks_as_the_progress_tile_does(history, first_day):
    """One stored history, one count: the report's row for the week says the tile's "9 of 13".
    A reminder closed unanswered and then taken is one break, not two."""
    from desk_coach.services.progress_report import gather_report

    friday = datetime.combine(TODAY, time(11), tzinfo=BERLIN)
    with history.unit_of_work() as uow:
        for minute, kind in ((0, BreakEventKind.DUE), (1, BreakEventKind.DISMISSED),
                             (10, BreakEventKind.DUE), (11, BreakEventKind.TAKEN)):
            uow.history.add_break_event(BreakEvent(friday + timedelta(minutes=minute), kind, BreakKind.MICRO))
    report, reader = history.readers(glance_settings(first_day))
    glance = reader.glance(report.week_of(TODAY))
    printed = gather_report(report, history.unit_of_work, history.clock.now, 2).weeks[-1]
    assert (glance.breaks.taken, glance.breaks.due) == (9, 13)
    assert (printed.breaks_taken, printed.breaks_due) == (9, 13)


def test_the_report_counts_stretching_against_the_goal_as_the_progress_tile_does(history):
    """Hip flexors: 2 x 30 s each side twice, 4 minutes of exercise but 2 of the 5 minutes each
    side the plan asks for; the report's summary and the tile both count it on one side."""
    from desk_coach.services.progress_report import ReportSaid, gather_report
    from desk_coach.services.week_glance import stretch_goals
    from desk_coach.wording.say import say

    report, reader = history.readers(glance_settings())
    glance = reader.glance(report.week_of(TODAY))
    loaded = history.loaded
    goals = stretch_goals(loaded.library, loaded.rules, history.unit_of_work, history.clock.now(), None)
    assert (goals.targets, goals.minutes, goals.per_side) == (
        (Target.HIP_FLEXORS, Target.CHEST), 5, frozenset({Target.HIP_FLEXORS})
    )
    printed = gather_report(report, history.unit_of_work, history.clock.now, 2, 300, goals)
    tile = {t.target: t.minutes for t in glance.targets}
    assert printed.weeks[-1].stretch_minutes_per_side[Target.HIP_FLEXORS] == tile[Target.HIP_FLEXORS] == 2
    lines = [say(line) for line in printed.summary if line.code in (ReportSaid.STRETCH_GOAL,
                                                                    ReportSaid.STRETCH_GOAL_EACH_SIDE)]
    assert lines == [
        "Stretching for the hip flexors, 5 min a week each side: reached in 0 of 2 weeks.",
        "Stretching for the chest, 5 min a week: reached in 0 of 2 weeks.",
    ]
