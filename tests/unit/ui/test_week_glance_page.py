"""The week at a glance as the window shows it, without Qt: which tiles, with which units."""

from __future__ import annotations

from datetime import date, timedelta

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.week_glance import BreaksDue, WeekGlance, sitting_glance, target_glances
from desk_coach.domain.weekly import DayStats, WeekStats
from desk_coach.ui.progress_presenter import target_name
from desk_coach.ui.week_glance_page import GlancePage

MONDAY = date(2026, 11, 23)


def page(
    goal_minutes: float,
    goal_targets: tuple[Target, ...],
    breaks: BreaksDue,
    *,
    current: bool = True,
    stretch: dict[Target, float] | None = None,
    sided: bool = False,
    **sets: float,
) -> GlancePage:
    days = tuple(
        DayStats(MONDAY + timedelta(days=i), sitting_minutes=m)
        for i, m in enumerate([200, 260, 0, 0, 0, 0, 0])
    )
    week = WeekStats("2026-W48", days, **sets, stretch_minutes_per_side=stretch or {})
    glance = WeekGlance(
        week=week,
        current=current,
        sitting=sitting_glance(week, goal_minutes, frozenset(range(5)), MONDAY + timedelta(days=1)),
        breaks=breaks,
        targets=target_glances(week, goal_targets, 5, frozenset(goal_targets) if sided else frozenset()),
        pull_sets=week.pull_sets,
        push_sets=week.push_sets,
        pull_to_push_ratio=2,
    )
    return GlancePage.of(glance, target_name)


def test_without_goals_or_exercise_the_tiles_are_sitting_and_breaks():
    shown = page(0, (), BreaksDue())
    assert [(t.key, t.title, t.value, t.detail) for t in shown.tiles] == [
        ("sitting", "Sitting a day", "230 min", "on average"),
        ("breaks", "Breaks taken", "–", "none came due"),
    ]
    assert shown.summary == ("You sat 230 min a day on average.", "No break came due.")
    assert shown.levels == () and shown.changes_title == "No level changed this week."


def test_a_goal_target_not_worked_yet_shows_its_whole_goal_to_go():
    shown = page(300, (Target.HIP_FLEXORS,), BreaksDue(taken=3, skipped=1), pull_sets=2.5, push_sets=1)
    tiles = {t.key: t for t in shown.tiles}
    assert (tiles["sitting"].value, tiles["sitting"].detail) == (
        "2 / 2 days",
        "within 300 min · average 230 min",
    )
    assert (tiles["breaks"].value, tiles["breaks"].detail) == ("75 %", "3 of 4 due")
    assert (tiles["hip_flexors"].value, tiles["hip_flexors"].detail) == ("0 / 5 min", "5 min to go")
    assert (tiles["pull_push"].value, tiles["pull_push"].tip) == (
        "2.5 : 1",
        "Sets this week — pull: 2.5, push: 1 (a half-done set counts half).",
    )
    assert list(shown.goals) == [Target.HIP_FLEXORS]
    assert shown.levels_title == "Your exercise levels now"


def test_a_past_week_names_its_levels_as_at_its_end():
    shown = page(300, (), BreaksDue(), current=False)
    assert shown.levels_title == "Your exercise levels at the end of this week"


def test_a_target_stretched_on_each_side_says_so_under_its_figure():
    shown = page(300, (Target.HIP_FLEXORS,), BreaksDue(), stretch={Target.HIP_FLEXORS: 4.0}, sided=True)
    tile = {t.key: t for t in shown.tiles}["hip_flexors"]
    assert (tile.value, tile.detail) == ("4 / 5 min", "each side, 1 min to go")
    met = page(300, (Target.HIP_FLEXORS,), BreaksDue(), stretch={Target.HIP_FLEXORS: 5.0}, sided=True)
    assert {t.key: t for t in met.tiles}["hip_flexors"].detail == "each side, goal met"
