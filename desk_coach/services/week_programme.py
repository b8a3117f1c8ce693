"""The week's programme day by day, so a user or a trainer can see it keeps the weekly rules.

``desk-coach plan --week`` shows the calendar week that holds today (the next one once this
week's work days are over): the days before today as they were done, today's later breaks and
the days after as the planner would plan them if every break were done in full at today's
levels. Work days and break times come from the settings (work hours, sit interval, the longer
routine after the middle of the work day). The totals set each tight target's stretching
against its weekly goal (COACHING.md section 2) and the pull sets against the push sets, with
the weekly push move (section 6). Reads only; the planning itself is the domain planner's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Pattern, RepsDose, Target
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.coaching.planner import (
    focus_stretch_targets,
    item_dose_words,
    lookup_exercise,
    plan_daily_routine,
    plan_micro_break,
    strength_days_per_week,
    target_noun,
)
from desk_coach.domain.coaching.profile import CoachingProfile
from desk_coach.domain.coaching.progression import STRENGTH_PATTERNS
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord, RoutineSource
from desk_coach.domain.figures import minutes_figure, week_span_words
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import Settings
from desk_coach.services.planning import (
    adherence_in_force,
    coaching_state,
    plan_document,
    profile_document,
    week_start,
    work_days,
)
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
    items = tuple(
        Prescription(e.exercise_id, e.dose, "Done.") for e in record.exercises if e.done_fraction > 0
    )
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


# --- in words and as data ------------------------------------------------------------------------


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _minutes(seconds: float) -> str:
    return minutes_figure(seconds / 60, tenths=True)


def _moves(plan: RoutinePlan, library: ExerciseLibrary) -> str:
    words = []
    for item in plan.items:
        exercise = lookup_exercise(library, item.exercise_id)
        name = exercise.name if exercise else item.exercise_id
        words.append(f"{name} {item_dose_words(exercise, item.dose)}")
    return "; ".join(words) or "nothing"


def _micro_summary(plans: Sequence[RoutinePlan], library: ExerciseLibrary) -> str:
    counts = Counter(item.exercise_id for plan in plans for item in plan.items)
    parts = []
    for exercise_id, count in counts.most_common():
        exercise = lookup_exercise(library, exercise_id)
        parts.append(f"{exercise.name if exercise else exercise_id} x{count}")
    return ", ".join(parts)


def week_lines(week: WeekProgramme, library: ExerciseLibrary) -> list[str]:
    """The week as text: a heading, each day's routine and micro-breaks, then the weekly figures."""
    end = week.first_day + timedelta(days=DAYS - 1)
    lines = [f"Week of {week_span_words(week.first_day, end)}, every planned break done in full:"]
    for day in week.days:
        lines += ["", *_day_lines(day, week.today, library)]
    lines += ["", "This week against the weekly rules:"]
    if not week.profile.exercise_allowed:
        why = "Exercises are on hold" if week.profile.screened else "Coaching is not set up yet"
        lines.append(f"  {why}, so every break is a walk and no weekly goal applies.")
        return lines
    return lines + _stretch_lines(week.totals) + _balance_lines(week.totals, library)


def _day_lines(day: DayProgramme, today: date, library: ExerciseLibrary) -> list[str]:
    """One day: its routine with its note, its micro-breaks, or that it has none."""
    if not day.work_day and not day.plans:
        return [f"{day.day:%a %d %b}: no work hours, no breaks."]
    when = "done" if day.day < today else ("today" if day.day == today else "planned")
    lines = [f"{day.day:%a %d %b} ({when}):"]
    routines = [plan for plan in day.plans if plan.kind == BreakKind.LONG]
    micro = [plan for plan in day.plans if plan.kind == BreakKind.MICRO]
    for routine in routines:
        lines.append(f"  Daily routine: {_moves(routine, library)}.")
        if routine.note:
            lines.append(f"    Note: {routine.note}")
    if micro:
        breaks = "micro-break" if len(micro) == 1 else "micro-breaks"
        lines.append(f"  {len(micro)} {breaks}: {_micro_summary(micro, library)}.")
    if not routines and not micro:
        lines.append(f"  {'No breaks taken.' if day.day < today else 'No breaks left.'}")
    return lines


def _stretch_lines(totals: WeekTotals) -> list[str]:
    """The week's stretching per target: against the goal where a target is tight."""
    lines = []
    for target in totals.tight:
        got = totals.stretch_s.get(target, 0.0)
        mark = "reached" if got >= totals.goal_s else "short"
        lines.append(
            f"  {_capital(target_noun(target))} stretching: {_minutes(got)} min a side "
            f"({_minutes(totals.routine_stretch_s.get(target, 0.0))} in daily routines), "
            f"goal {_minutes(totals.goal_s)} min: {mark}."
        )
    if not totals.tight:
        lines.append("  No target needs daily stretching; stretches keep things up a few times a week.")
    for target, seconds in totals.stretch_s.items():
        if target not in totals.tight:
            lines.append(f"  {_capital(target_noun(target))} stretching: {_minutes(seconds)} min a side.")
    return lines


def _balance_lines(totals: WeekTotals, library: ExerciseLibrary) -> list[str]:
    """Strength days per target, pulls against pushes, and the protraction sessions."""
    lines = []
    for target, days in sorted(totals.strength_days.items()):
        owed = totals.strength_goal.get(target)
        goal = f", goal {owed}: {'reached' if days >= owed else 'short'}" if owed else ""
        lines.append(f"  {_capital(target_noun(target))} strength work: {days} days in daily routines{goal}.")
    balance = "at least" if totals.balanced else "fewer than"
    lines.append(
        f"  Pull sets {totals.pull_sets:g}, push sets {totals.push_sets:g}: pulls are {balance} "
        f"{totals.ratio} times the pushes."
    )
    name = lookup_exercise(library, totals.protraction)
    label = name.name if name else totals.protraction
    times = {0: "not at all", 1: "once", 2: "twice"}.get(
        totals.protraction_sessions, f"{totals.protraction_sessions} times"
    )
    lines.append(f"  {label}: {times} this week (goal: at least {totals.protraction_goal}).")
    return lines


def week_document(week: WeekProgramme, library: ExerciseLibrary) -> dict[str, Any]:
    """The week as plain data (for ``--json``)."""
    totals = week.totals
    return {
        "first_day": week.first_day.isoformat(),
        "today": week.today.isoformat(),
        "profile": profile_document(week.profile),
        "days": [
            {
                "date": day.day.isoformat(),
                "weekday": f"{day.day:%A}",
                "work_day": day.work_day,
                "done": [plan_document(plan, library) for plan in day.done],
                "planned": [plan_document(plan, library) for plan in day.planned],
            }
            for day in week.days
        ],
        "totals": {
            "stretch_minutes_per_side": {
                target.value: round(seconds / 60, 2) for target, seconds in sorted(totals.stretch_s.items())
            },
            "stretch_minutes_per_side_in_daily_routines": {
                target.value: round(seconds / 60, 2)
                for target, seconds in sorted(totals.routine_stretch_s.items())
            },
            "strength_days": {target.value: days for target, days in sorted(totals.strength_days.items())},
            "strength_days_goal": {
                target.value: days for target, days in sorted(totals.strength_goal.items())
            },
            "tight_targets": [target.value for target in totals.tight],
            "weekly_goal_minutes_per_tight_target": totals.goal_s / 60,
            "pull_sets": totals.pull_sets,
            "push_sets": totals.push_sets,
            "pull_to_push_ratio": totals.ratio,
            "balanced": totals.balanced,
            "protraction_exercise": totals.protraction,
            "protraction_sessions": totals.protraction_sessions,
            "protraction_sessions_goal": totals.protraction_goal,
        },
    }
