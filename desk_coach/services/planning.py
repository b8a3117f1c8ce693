"""Today's plan from what the coach remembers: the latest screen, the levels, this week.

Used by ``desk-coach plan`` (in words: ``wording/plan_words.py``); the app can use the same
calls to plan a break. Reads only, in one unit of work; the planning itself is the domain
planner's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from desk_coach.domain.coaching.adherence import AdherenceState, adherence_state
from desk_coach.domain.coaching.exercises import Dose, ExerciseLibrary, HoldDose, Region, RepsDose, TimedDose
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import Level, RoutinePlan
from desk_coach.domain.coaching.planner import (
    initial_levels,
    plan_daily_routine,
    plan_micro_break,
)
from desk_coach.domain.coaching.profile import DESK_WORKER_DEFAULT, CoachingProfile, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RoutineRecord, ScreenRecord
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import Settings
from desk_coach.domain.week_calendar import first_weekday, week_days
from desk_coach.services.ports import UnitOfWork

NEXT_MICRO_BREAKS = 3
"""How many of the coming micro-breaks ``todays_plan`` shows."""

# "locale" would follow the regional settings; nothing here can read them, so it means Monday
# (ISO 8601) until the app resolves it.
_LOCALE_FIRST_DAY = 0


NOT_SET_UP = replace(DESK_WORKER_DEFAULT, exercise_allowed=False)
"""The profile before any self-check is stored: coaching is not set up yet, so every break is
a walk (the disclaimer was not accepted, the health questions not answered)."""


def profile_from_screen(
    screen: ScreenRecord | None,
    paused: Iterable[Region] = (),
    equipment: frozenset[Equipment] | None = None,
) -> CoachingProfile:
    """The person as the planner sees them, from the stored screen and the regions paused now.

    Each item's score is the lowest over its sides, 0 if it hurt; an item not scored is left
    out. Before any screen coaching is not set up (:data:`NOT_SET_UP`): walk breaks only.
    ``paused`` comes from storage (``paused_regions()``), which also holds pauses for pain
    after the screen and drops those the progression or a clean re-check lifted, so the
    screen's own red flags are not read again here. ``equipment`` is what the settings say is
    at hand (``settings.coaching.equipment``, where the self-check saves its answer); without
    it, the screen's answer (None when it was never asked).
    """
    regions = frozenset(paused)
    if screen is None:
        return replace(NOT_SET_UP, paused_regions=regions, equipment=equipment)
    scores: dict[str, int] = {}
    for score in screen.scores:
        value = 0 if score.pain else score.score
        if value is None:
            continue
        scores[score.item_id] = min(scores.get(score.item_id, value), value)
    return CoachingProfile(
        item_scores=scores,
        lifestyles=screen.lifestyles or frozenset({Lifestyle.DESK_WORKER}),
        floor_room=screen.floor_room,
        exercise_allowed=screen.exercise_allowed,
        paused_regions=regions,
        pregnancy=screen.pregnancy,
        equipment=equipment if equipment is not None else screen.equipment,
        age_band=screen.age_band,
        screened_at=screen.taken_at,
    )


def week_start(today: date, settings: Settings) -> date:
    """The first day of the calendar week holding ``today``, as the settings count weeks."""
    first = first_weekday(settings.calendar.first_day_of_week, _LOCALE_FIRST_DAY)
    return week_days(today, first)[0]


ADHERENCE_LOOKBACK_DAYS = 366
"""How far back the latest adherence adjustment is looked for (it stays in force until the next)."""


def work_days(settings: Settings) -> frozenset[int]:
    """The weekdays (Monday 0) with work hours; every day when work hours are not honoured."""
    hours = settings.work_hours
    if not hours.honour:
        return frozenset(range(7))
    return frozenset(day for day in range(7) if hours.on(day))


def adherence_in_force(
    uow_factory: Callable[[], UnitOfWork], rules: CoachingRules, now: datetime
) -> AdherenceState:
    """What rule 6 asks of the daily routine now: the latest stored adherence adjustment's."""
    since = now - timedelta(days=ADHERENCE_LOOKBACK_DAYS)
    with uow_factory() as uow:
        changes = uow.coaching.level_changes_between(since, now + timedelta(seconds=1))
    return adherence_state(changes, rules)


def coaching_state(
    uow_factory: Callable[[], UnitOfWork],
    library: ExerciseLibrary,
    rules: CoachingRules,
    since: datetime,
    now: datetime,
    equipment: frozenset[Equipment] | None = None,
) -> tuple[CoachingProfile, dict[str, Level], list[RoutineRecord]]:
    """What the planner starts from: the person (latest screen, regions paused now, the
    equipment the settings say is at hand), every track's level (stored, else where the screen
    puts it) and the routines since ``since``."""
    with uow_factory() as uow:
        screen = uow.coaching.latest_screen()
        stored_levels = uow.coaching.levels()
        history = uow.coaching.sessions_between(since, now)
        paused = uow.coaching.paused_regions()
    profile = profile_from_screen(screen, paused, equipment)
    return profile, {**initial_levels(profile, rules, library), **stored_levels}, list(history)


def todays_plan(
    uow_factory: Callable[[], UnitOfWork],
    library: ExerciseLibrary,
    rules: CoachingRules,
    settings: Settings,
    now: datetime,
) -> tuple[list[RoutinePlan], CoachingProfile]:
    """Today's daily routine (when the settings ask for one) and the next micro-breaks.

    The plans come from the latest screen, the stored levels (tracks without one start where
    the screen puts them), this calendar week's routines and the regions paused now.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    today = now.date()
    first_day = week_start(today, settings)
    # A week more than this one, to space strength days across the start of the week.
    since = datetime.combine(first_day - timedelta(days=7), time(), tzinfo=now.tzinfo)
    profile, levels, history = coaching_state(
        uow_factory, library, rules, since, now, settings.coaching.equipment
    )
    breaks = settings.breaks
    plans: list[RoutinePlan] = []
    if breaks.long_breaks_per_day > 0:
        plans.append(
            plan_daily_routine(
                profile,
                levels,
                history,
                rules,
                library,
                now,
                breaks.long_break_min,
                week_start=first_day,
                work_days=work_days(settings),
                adherence=adherence_in_force(uow_factory, rules, now),
            )
        )
    taken = sum(
        1 for record in history if record.kind == BreakKind.MICRO and record.started_at.date() == today
    )
    plans.extend(
        plan_micro_break(
            profile,
            levels,
            history,
            rules,
            library,
            now,
            breaks.micro_break_s,
            taken + ahead,
            week_start=first_day,
            work_days=work_days(settings),
        )
        for ahead in range(NEXT_MICRO_BREAKS)
    )
    return plans, profile


# --- as data -------------------------------------------------------------------------------------


def dose_document(dose: Dose) -> dict[str, Any]:
    if isinstance(dose, HoldDose):
        return {"kind": "hold", "hold_s": dose.hold_s, "reps": dose.reps}
    if isinstance(dose, RepsDose):
        return {"kind": "reps", "reps": dose.reps, "sets": dose.sets, "rep_s": dose.rep_s}
    if isinstance(dose, TimedDose):
        return {"kind": "timed", "minutes": dose.minutes}
    raise TypeError(f"unknown dose {dose!r}")


def profile_document(profile: CoachingProfile) -> dict[str, Any]:
    return {
        "screened": profile.screened,
        "screened_at": None if profile.screened_at is None else profile.screened_at.isoformat(),
        "item_scores": dict(sorted(profile.item_scores.items())),
        "lifestyles": sorted(lifestyle.value for lifestyle in profile.lifestyles),
        "floor_room": profile.floor_room,
        "exercise_allowed": profile.exercise_allowed,
        "paused_regions": sorted(region.value for region in profile.paused_regions),
        "pregnancy": profile.pregnancy,
        "equipment": None if profile.equipment is None else sorted(item.value for item in profile.equipment),
        "age_band": None if profile.age_band is None else profile.age_band.value,
    }
