"""The week at a glance, figure by figure, against counts made by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from glance_history import MONDAY, on

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.domain.week_glance import (
    PARTIAL_NOT_COUNTED,
    BreaksDue,
    GlanceSaid,
    SittingGlance,
    TargetGlance,
    WeekGlance,
    breaks_due,
    sitting_glance,
    target_glances,
)
from desk_coach.domain.weekly import DayStats, WeekStats
from desk_coach.wording.say import say

WORK_DAYS = frozenset(range(5))
D, S, T, N = BreakEventKind.DUE, BreakEventKind.SHOWN, BreakEventKind.TAKEN, BreakEventKind.NATURAL
SN, DI, SK = BreakEventKind.SNOOZED, BreakEventKind.DISMISSED, BreakEventKind.SKIPPED
P, Q = BreakEventKind.PARTIAL, BreakEventKind.QUIET_DELAYED


def events(
    *steps: tuple[str, BreakEventKind] | tuple[str, BreakEventKind, str], day: date = MONDAY
) -> list[BreakEvent]:
    made = []
    for step in steps:
        clock, kind, *note = step
        made.append(BreakEvent(on(day, clock), kind, BreakKind.MICRO, note=note[0] if note else ""))
    return made


def week(minutes: list[float], first: date = MONDAY, **totals: float) -> WeekStats:
    days = tuple(DayStats(first + timedelta(days=i), sitting_minutes=m) for i, m in enumerate(minutes))
    return WeekStats("2026-W48", days, **totals)


# -- breaks due ---------------------------------------------------------------------------------


def test_a_snoozed_break_that_is_then_taken_counts_once_as_taken():
    snoozed_then_taken = events(
        ("10:00", D), ("10:00", S), ("10:01", SN), ("10:11", D), ("10:11", S), ("10:12", T)
    )
    assert breaks_due(snoozed_then_taken) == BreaksDue(taken=1)
    assert breaks_due(snoozed_then_taken).percent_taken == 100


def test_each_break_counts_once_by_its_last_answer():
    week_of_answers = events(
        ("09:00", D), ("09:00", S), ("09:01", T),  # taken
        ("10:00", D), ("10:00", S), ("10:01", DI), ("10:10", D), ("10:11", SK),  # closed, then skipped
        ("11:00", D), ("11:00", Q), ("11:30", S), ("11:31", T),  # held back in quiet time, then taken
        ("12:00", D), ("12:00", S), ("12:01", P, f"20 s on your feet, {PARTIAL_NOT_COUNTED}"),
        ("12:11", D), ("12:12", P, "90 s on your feet"),  # too short to count, then ended early
        ("14:00", D), ("14:00", S), ("14:01", SN), ("14:11", D), ("14:12", SN),  # put off, unanswered
    )  # fmt: skip
    assert breaks_due(week_of_answers) == BreaksDue(taken=2, ended_early=1, skipped=1, put_off=1)
    assert breaks_due(week_of_answers).due == 5
    assert breaks_due(week_of_answers).percent_taken == 40


def test_a_break_taken_before_a_reminder_counts_as_due_and_taken():
    natural_then_due = events(("09:30", N), ("10:00", T), ("11:00", D), ("11:00", S))
    assert breaks_due(natural_then_due) == BreaksDue(taken=2, waiting=1)


def test_a_break_left_open_at_the_end_of_its_day_is_not_merged_with_the_next_days():
    monday = events(("17:00", D), ("17:01", SN))
    tuesday = events(("10:00", D), ("10:01", T), day=MONDAY + timedelta(days=1))
    assert breaks_due(monday + tuesday) == BreaksDue(taken=1, put_off=1)


def test_no_break_due_has_no_share():
    assert breaks_due([]).percent_taken is None
    assert breaks_due(events(("10:00", S))).due == 0


# -- sitting against the goal -------------------------------------------------------------------


def test_sitting_counts_the_work_days_up_to_today_and_any_day_sat():
    stats = week([280, 340, 0, 290, 150, 30, 0])  # Wednesday off sick, a little on Saturday
    glance = sitting_glance(stats, 300, WORK_DAYS, today=MONDAY + timedelta(days=5))
    assert [day for day, _ in glance.days] == [MONDAY + timedelta(days=i) for i in (0, 1, 2, 3, 4, 5)]
    assert glance.within_goal == 5  # all but Tuesday
    assert glance.most_over == (MONDAY + timedelta(days=1), 40)
    assert glance.average_minutes == pytest.approx((280 + 340 + 290 + 150 + 30) / 5)  # days sat only


def test_days_still_to_come_are_not_counted():
    glance = sitting_glance(week([200, 0, 0, 0, 0, 0, 0]), 300, WORK_DAYS, today=MONDAY)
    assert glance.counted == 1 and glance.within_goal == 1 and glance.most_over is None


def test_a_week_that_starts_on_sunday_counts_its_own_days():
    sunday = MONDAY - timedelta(days=1)
    stats = week([45, 320, 280, 0, 0, 0, 0], first=sunday)  # a Sunday at the desk
    glance = sitting_glance(stats, 300, WORK_DAYS, today=sunday + timedelta(days=2))  # Tuesday
    assert glance.days == ((sunday, 45), (MONDAY, 320), (MONDAY + timedelta(days=1), 280))
    assert (glance.counted, glance.within_goal, glance.most_over) == (3, 2, (MONDAY, 20))


# -- exercise against the weekly goals --------------------------------------------------------------


def test_targets_with_a_goal_come_first_and_say_what_is_missing():
    stats = WeekStats(
        "2026-W48",
        (DayStats(MONDAY, exercise_minutes={Target.CHEST: 1.5, Target.NECK: 2.0, Target.HIP_FLEXORS: 12.0}),),
        stretch_minutes_per_side={Target.CHEST: 1.5, Target.HIP_FLEXORS: 6.0},
    )
    glances = target_glances(stats, (Target.HIP_FLEXORS, Target.CHEST), 5, frozenset({Target.HIP_FLEXORS}))
    assert glances == (
        TargetGlance(Target.HIP_FLEXORS, 6.0, 5, per_side=True),
        TargetGlance(Target.CHEST, 1.5, 5),
        TargetGlance(Target.NECK, 2.0),
    )
    assert [(g.met, g.short_minutes) for g in glances] == [(True, 0.0), (False, 3.5), (False, 0.0)]


def test_stretching_each_side_counts_against_the_goal_once_not_twice():
    """Half the plan's hip flexor stretching (2 x 30 s each side on 3 days: 3 min a side) is 6
    minutes of exercise, both sides: the goal of 5 min each side is not met."""
    stats = WeekStats(
        "2026-W48",
        (DayStats(MONDAY, sitting_minutes=60, exercise_minutes={Target.HIP_FLEXORS: 6.0}),),
        stretch_minutes_per_side={Target.HIP_FLEXORS: 3.0},
    )
    targets = target_glances(stats, (Target.HIP_FLEXORS,), 5, frozenset({Target.HIP_FLEXORS}))
    assert not targets[0].met and targets[0].short_minutes == 2.0
    line = glance_of(stats, targets=targets).summary()[-1]
    assert say(line) == "Stretching this week: hip flexors 3 of 5 min each side, 2 min to go."


# -- the coach's summary -----------------------------------------------------------------------------


def glance_of(stats: WeekStats, **changes: object) -> WeekGlance:
    values: dict[str, object] = {
        "week": stats,
        "current": True,
        "sitting": sitting_glance(stats, 300, WORK_DAYS, MONDAY + timedelta(days=4)),
        "breaks": BreaksDue(taken=18, ended_early=2, skipped=1, put_off=3),
        "targets": target_glances(stats, (Target.HIP_FLEXORS, Target.CHEST), 5),
        "pull_sets": stats.pull_sets,
        "push_sets": stats.push_sets,
        "pull_to_push_ratio": 2,
    }
    values.update(changes)
    return WeekGlance(**values)  # type: ignore[arg-type]


def test_the_summary_says_the_week_against_the_goals():
    days = [
        DayStats(MONDAY + timedelta(days=i), sitting_minutes=m, exercise_minutes=ex)
        for i, (m, ex) in enumerate(
            [(280, {Target.HIP_FLEXORS: 6.0}), (340, {Target.CHEST: 3.0}), (250, {}), (290, {}), (150, {})]
        )
    ] + [DayStats(MONDAY + timedelta(days=i)) for i in (5, 6)]
    stats = WeekStats(
        "2026-W48",
        tuple(days),
        pull_sets=6,
        push_sets=3,
        stretch_minutes_per_side={Target.HIP_FLEXORS: 6.0, Target.CHEST: 3.0},
    )
    summary = glance_of(stats).summary()
    assert [line.code for line in summary] == [
        GlanceSaid.SITTING_WITHIN,
        GlanceSaid.BREAKS_TAKEN,
        GlanceSaid.GOALS_BALANCE,
    ]
    assert [say(line) for line in summary] == [
        "You stayed within your 300 min sitting goal on 4 of 5 days; Tuesday went 40 min over.",
        "You took 18 of the 24 breaks that came due (75 %).",
        "Stretching this week: hip flexors 6 of 5 min, goal met; chest 3 of 5 min, 2 min to go. "
        "Pull : push 6 : 3 — on track (at least 2 : 1).",
    ]


def test_too_few_pulling_sets_are_said_gently():
    stats = week([100, 0, 0, 0, 0, 0, 0], pull_sets=2, push_sets=2.5)
    line = glance_of(stats, targets=()).summary()[-1]
    assert say(line) == "Pull : push 2 : 2.5 — a few more pulling sets would bring it to 2 : 1."


def test_an_empty_week_says_so_plainly():
    stats = week([0] * 7)
    assert [say(s) for s in glance_of(stats).summary()] == [
        "Nothing recorded this week yet — your figures appear here as you work."
    ]
    assert [say(s) for s in glance_of(stats, current=False).summary()] == [
        "Nothing was recorded in this week."
    ]


def test_without_a_goal_the_summary_says_the_average():
    stats = week([200, 260, 0, 0, 0, 0, 0])
    glance = glance_of(stats, sitting=SittingGlance(0, ((MONDAY, 200), (MONDAY + timedelta(days=1), 260))))
    assert say(glance.summary()[0]) == "You sat 230 min a day on average."
    assert say(glance_of(stats, breaks=BreaksDue()).summary()[1]) == "No break came due."
