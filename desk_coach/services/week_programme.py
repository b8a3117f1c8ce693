"""The week's programme day by day, so a user or a trainer can see it keeps the weekly rules.

``desk-coach plan --week`` shows the calendar week that holds today (the next one once this
week's work days are over): the days before today as they were done, today's later breaks and
the days after as the planner would plan them if every break were done in full at today's
levels. Work days and break times come from the settings (work hours, sit interval, the longer
routine after the middle of the work day). The totals set each tight target's stretching
against its weekly goal (COACHING.md section 2) and the pull sets against the push sets, with
the weekly push move (section 6). Reads only; the planning itself is the domain planner's, the
words ``wording/week_words.py``'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Pattern, RepsDose, Target
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.coaching.plan_reasons import PlanCode
from desk_coach.domain.coaching.planner import (
    focus_stretch_targets,
    lookup_exercise,
    plan_daily_routine,
    plan_micro_break,
    strength_days_per_week,
)
from desk_coach.domain.coaching.profile import CoachingProfile
from desk_coach.domain.coaching.progression import STRENGTH_PATTERNS
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, RoutineSource
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import said
from desk_coach.domain.settings import Settings
from desk_coach.services.planning import adherence_in_force, coaching_state, week_start, work_days
from desk_coach.services.ports import UnitOfWork

DAYS = 7


@dataclass(frozen=True)
class DayProgramme:
    """One day of the week: its breaks' plans (the daily routine first), done or to come."""

    day: date
    work_day: bool
    done: tuple[RoutinePlan, ...]  # what was done (before now), as plans
    planned: tuple[RoutinePlan, ...]  # what is planned from now on

    @property
    def plans(self) -> tuple[RoutinePlan, ...]:
        return self.done + self.planned


@dataclass(frozen=True)
class WeekTotals:
    """The week's figures for the weekly rules, every planned break counted as done in full."""

    stretch_s: dict[Target, float]  # seconds a side per target
    routine_stretch_s: dict[Target, float]  # of which in the daily routines
    strength_days: dict[Target, int]  # days with the target's strength work in a daily routine
    strength_goal: dict[Target, int]  # days a week the rules owe it
    goal_s: int  # weekly stretching per tight target
    tight: tuple[Target, ...]
    pull_sets: float
    push_sets: float
    ratio: int
    protraction: str
    protraction_sessions: int
    protraction_goal: int

    @property
    def balanced(self) -> bool:
        return self.pull_sets >= self.ratio * self.push_sets


@dataclass(frozen=True)
class WeekProgramme:
    first_day: date
    today: date
    profile: CoachingProfile
    days: tuple[DayProgramme, ...]
    totals: WeekTotals


def break_times(day: date, settings: Settings, tz: tzinfo) -> list[tuple[datetime, BreakKind]]:
    """The breaks of one day as the settings place them: one every sit interval inside the work
    hours (a sitting bout that runs through), the first after the middle of the work day the
    longer routine (when there is one)."""
    every = settings.breaks.sit_interval_min
    spans = settings.work_hours.on(day.weekday())  # when not honoured, still the likeliest hours at the desk
    midnight = datetime.combine(day, time(), tzinfo=tz)
    times: list[int] = []
    for span in spans:
        minute = span.start_min + every
        while minute <= span.end_min:
            times.append(minute)
            minute += every
    if not times:
        return []
    middle = (spans[0].start_min + spans[-1].end_min) / 2
    long_at = (
        next((m for m in times if m >= middle), times[-1]) if settings.breaks.long_breaks_per_day else None
    )
    return [
        (midnight + timedelta(minutes=m), BreakKind.LONG if m == long_at else BreakKind.MICRO) for m in times
    ]


def _as_record(plan: RoutinePlan, at: datetime, library: ExerciseLibrary) -> RoutineRecord:
    exercises = tuple(
        ExerciseRecord(item.exercise_id, e.target, e.pattern, item.dose, e.per_side, 1.0, None, 0)
        for item in plan.items
        if (e := lookup_exercise(library, item.exercise_id)) is not None
    )
    return RoutineRecord(at, at, plan.kind, True, RoutineSource.BREAK, exercises)


def _as_plan(record: RoutineRecord) -> RoutinePlan:
    done = said(PlanCode.DONE)
    items = tuple(Prescription(e.exercise_id, e.dose, done) for e in record.exercises if e.done_fraction > 0)
    return RoutinePlan(record.kind, items)


def week_programme(
    uow_factory: Callable[[], UnitOfWork],
    library: ExerciseLibrary,
    rules: CoachingRules,
    settings: Settings,
    now: datetime,
) -> WeekProgramme:
    """The week's programme: done days from the history, the rest planned (see the module)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    tz = now.tzinfo
    today = now.date()
    working = work_days(settings)
    first = week_start(today, settings)
    ahead = (
        at
        for n in range((today - first).days, DAYS)
        for at, _ in break_times(first + timedelta(days=n), settings, tz)
        if at > now
    )
    if next(ahead, None) is None:  # this week's breaks are over: show the coming one
        first += timedelta(days=DAYS)
    since = datetime.combine(first - timedelta(days=DAYS), time(), tzinfo=tz)
    profile, levels, history = coaching_state(
        uow_factory, library, rules, since, now, settings.coaching.equipment
    )
    adherence = adherence_in_force(uow_factory, rules, now)
    days: list[DayProgramme] = []
    for number in range(DAYS):
        day = first + timedelta(days=number)
        done = tuple(_as_plan(r) for r in history if r.started_at.date() == day and r.started_at <= now)
        planned: list[RoutinePlan] = []
        micro_today = sum(1 for r in history if r.kind == BreakKind.MICRO and r.started_at.date() == day)
        for at, kind in break_times(day, settings, tz):
            if at <= now:
                continue
            if kind == BreakKind.LONG:
                plan = plan_daily_routine(
                    profile,
                    levels,
                    history,
                    rules,
                    library,
                    at,
                    settings.breaks.long_break_min,
                    week_start=first,
                    work_days=working,
                    adherence=adherence,
                )
            else:
                plan = plan_micro_break(
                    profile,
                    levels,
                    history,
                    rules,
                    library,
                    at,
                    settings.breaks.micro_break_s,
                    micro_today,
                    week_start=first,
                    work_days=working,
                )
                micro_today += 1
            planned.append(plan)
            history.append(_as_record(plan, at, library))
        days.append(DayProgramme(day, day.weekday() in working, done, tuple(planned)))
    return WeekProgramme(first, today, profile, tuple(days), _totals(days, profile, rules, library))


def _totals(
    days: Sequence[DayProgramme], profile: CoachingProfile, rules: CoachingRules, library: ExerciseLibrary
) -> WeekTotals:
    stretch: Counter[Target] = Counter()
    in_routines: Counter[Target] = Counter()
    strength: dict[Target, set[date]] = {}
    sets: Counter[Pattern] = Counter()
    protraction = rules.strength.protraction_exercise
    sessions = 0
    for day in days:
        for plan in day.plans:
            if any(item.exercise_id == protraction for item in plan.items):
                sessions += 1
            for item in plan.items:
                exercise = lookup_exercise(library, item.exercise_id)
                if exercise is None or exercise.target == Target.WALK:
                    continue
                if exercise.pattern == Pattern.STRETCH:
                    stretch[exercise.target] += item.dose.seconds(False)
                    if plan.kind == BreakKind.LONG:
                        in_routines[exercise.target] += item.dose.seconds(False)
                    continue
                sets[exercise.pattern] += item.dose.sets if isinstance(item.dose, RepsDose) else 1
                if plan.kind == BreakKind.LONG and exercise.pattern in STRENGTH_PATTERNS:
                    strength.setdefault(exercise.target, set()).add(day.day)
    goal = strength_days_per_week(profile, rules) if profile.exercise_allowed else {}
    return WeekTotals(
        stretch_s=dict(stretch),
        routine_stretch_s=dict(in_routines),
        strength_days={target: len(strength.get(target, ())) for target in {*goal, *strength}},
        strength_goal=goal,
        goal_s=rules.stretch.weekly_minutes_per_tight_target * 60,
        tight=focus_stretch_targets(profile, rules) if profile.exercise_allowed else (),
        pull_sets=sets[Pattern.PULL],
        push_sets=sets[Pattern.PUSH],
        ratio=rules.strength.pull_to_push_ratio,
        protraction=protraction,
        protraction_sessions=sessions,
        protraction_goal=rules.strength.protraction_sessions_per_week,
    )
