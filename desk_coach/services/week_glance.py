"""The week at a glance for the Progress window: the week's figures set against the plan.

Reads, for one ``WeekStats`` the week report made, what the figures are measured against: the
daily sitting goal and the work days (settings), the weekly stretching goal of each tight or
focus target (``rules.stretch.weekly_minutes_per_tight_target`` for each of
``focus_stretch_targets``, as the planner and ``desk-coach plan --week`` count it), the pull :
push ratio the rules want, every track's level now and the level changes made in the week. The
week's break events give the breaks that came due (``domain/week_glance.breaks_due``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Target
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.planner import focus_stretch_targets
from desk_coach.domain.settings import Settings
from desk_coach.domain.week_glance import (
    LadderStep,
    WeekGlance,
    breaks_due,
    ladder_steps,
    sitting_glance,
    target_glances,
)
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.planning import coaching_state, work_days
from desk_coach.services.ports import UnitOfWork
from desk_coach.services.week_report import WeekReport

_MARGIN = timedelta(days=1)
"""Events are read a day beyond the week's UTC bounds and kept by their own local day: an
offset never reaches a day (as ``adapters/storage/weekly_stats.py`` counts them)."""


class WeekGlanceReader:
    """Builds the :class:`WeekGlance` of a week; ``now`` is the clock (aware); ``library`` None
    (no exercise content) leaves the ladders and the stretching goals out."""

    def __init__(
        self,
        report: WeekReport,
        unit_of_work: Callable[[], UnitOfWork],
        now: Callable[[], datetime],
        settings: Callable[[], Settings],
        rules: CoachingRules,
        library: ExerciseLibrary | None,
    ) -> None:
        self._report = report
        self._unit_of_work = unit_of_work
        self._now = now
        self._settings = settings
        self._rules = rules
        self._library = library

    def glance(self, week: WeekStats) -> WeekGlance:
        settings = self._settings()
        rules = self._rules
        now = self._now()
        today = settings.work_hours.day_of(now)
        days = tuple(day.day for day in week.days)
        since, until = self._report.calendar().span_utc(days, now.tzinfo)
        with self._unit_of_work() as uow:
            events = [
                event
                for event in uow.history.break_events_between(since - _MARGIN, until + _MARGIN)
                if settings.work_hours.day_of(event.at) in days
            ]
            changes = uow.coaching.level_changes_between(since, until)
        levels: tuple[LadderStep, ...] = ()
        goal_targets: tuple[Target, ...] = ()
        if self._library is not None:
            profile, tracks, _ = coaching_state(
                self._unit_of_work, self._library, rules, now, now, settings.coaching.equipment
            )
            levels = ladder_steps(self._library, tracks) if profile.exercise_allowed else ()
            goal_targets = focus_stretch_targets(profile, rules) if profile.exercise_allowed else ()
        return WeekGlance(
            week=week,
            current=today in days,
            sitting=sitting_glance(week, settings.goals.daily_sitting_max_min, work_days(settings), today),
            breaks=breaks_due(events, settings.work_hours.day_of),
            targets=target_glances(week, goal_targets, rules.stretch.weekly_minutes_per_tight_target),
            pull_sets=week.pull_sets,
            push_sets=week.push_sets,
            pull_to_push_ratio=rules.strength.pull_to_push_ratio,
            levels=levels,
            changes=tuple(changes),
        )
