"""The week at a glance for the Progress window: the week's figures set against the plan.

Reads, for one ``WeekStats`` the week report made, what the figures are measured against: the
daily sitting goal and the work days (settings), the weekly stretching goal of each tight or
focus target (``rules.stretch.weekly_minutes_per_tight_target`` for each of
``focus_stretch_targets``, as the planner and ``desk-coach plan --week`` count it), the pull :
push ratio the rules want, every track's level at the end of the week (today's for this week,
walked back through the changes made since for a past one, as the report walks them) and the
level changes made in the week. The breaks that came due are the week report's count
(``WeekReport.breaks_due``), which the progress report uses too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Pattern, Target
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Level
from desk_coach.domain.coaching.planner import focus_stretch_targets
from desk_coach.domain.coaching.profile import CoachingProfile, Equipment
from desk_coach.domain.settings import Settings
from desk_coach.domain.week_glance import (
    LadderStep,
    StretchGoals,
    WeekGlance,
    ladder_steps,
    sitting_glance,
    target_glances,
)
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.planning import coaching_state, work_days
from desk_coach.services.ports import UnitOfWork
from desk_coach.services.progress_report import levels_at
from desk_coach.services.week_report import WeekReport

_JUST_AFTER = timedelta(seconds=1)
"""Level changes are read up to a second after now, so one made this very second counts."""


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
        current = today in days
        since, until = self._report.calendar().span_utc(days, now.tzinfo)
        breaks = self._report.breaks_due(days, self._unit_of_work)
        with self._unit_of_work() as uow:
            since_then = uow.coaching.level_changes_between(since, now + _JUST_AFTER)
        changes = tuple(change for change in since_then if change.at < until)
        levels: tuple[LadderStep, ...] = ()
        goals = StretchGoals()
        if self._library is not None:
            profile, tracks, _ = coaching_state(
                self._unit_of_work, self._library, rules, now, now, settings.coaching.equipment
            )
            if not current:  # the levels at the end of that week, walked back from today's
                tracks = levels_at(tracks, since_then, (until,))[0]
            levels = ladder_steps(self._library, tracks) if profile.exercise_allowed else ()
            goals = _goals(self._library, rules, profile, tracks)
        return WeekGlance(
            week=week,
            current=current,
            sitting=sitting_glance(week, settings.goals.daily_sitting_max_min, work_days(settings), today),
            breaks=breaks,
            targets=target_glances(week, goals.targets, goals.minutes, goals.per_side),
            pull_sets=week.pull_sets,
            push_sets=week.push_sets,
            pull_to_push_ratio=rules.strength.pull_to_push_ratio,
            levels=levels,
            changes=changes,
        )


def stretch_goals(
    library: ExerciseLibrary | None,
    rules: CoachingRules,
    unit_of_work: Callable[[], UnitOfWork],
    now: datetime,
    equipment: frozenset[Equipment] | None,
) -> StretchGoals:
    """The weekly stretching goals the plan sets now (none without exercise content or while
    exercises are on hold), as the glance and the progress report count stretching against them."""
    if library is None:
        return StretchGoals()
    profile, tracks, _ = coaching_state(unit_of_work, library, rules, now, now, equipment)
    return _goals(library, rules, profile, tracks)


def _goals(
    library: ExerciseLibrary, rules: CoachingRules, profile: CoachingProfile, levels: Mapping[str, Level]
) -> StretchGoals:
    """The goals of ``profile`` (none while exercises are on hold), said "each side" for a target
    whose exercise in ``levels`` is done on each side."""
    if not profile.exercise_allowed:
        return StretchGoals()
    targets = focus_stretch_targets(profile, rules)
    return StretchGoals(
        targets, rules.stretch.weekly_minutes_per_tight_target, stretched_per_side(library, targets, levels)
    )


def stretched_per_side(
    library: ExerciseLibrary, targets: tuple[Target, ...], levels: Mapping[str, Level]
) -> frozenset[Target]:
    """The ``targets`` stretched on each side, so their goal is said "each side": the exercise of
    the target's track (``levels``, a track named after its target), or without one any of the
    library's stretches for it."""

    def sided(target: Target) -> bool:
        level = levels.get(target.value)
        if level is not None and level.exercise_id in library:
            return library[level.exercise_id].per_side
        return any(e.per_side and e.pattern == Pattern.STRETCH for e in library.for_target(target))

    return frozenset(target for target in targets if sided(target))
