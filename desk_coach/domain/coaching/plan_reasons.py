"""Why each exercise is in a plan, and the plan's notes, as codes and values (never English).

The planner gives every :class:`~desk_coach.domain.coaching.plan.Prescription` a reason and
every :class:`~desk_coach.domain.coaching.plan.RoutinePlan` its notes as :class:`Said` values
with the codes below; ``wording/sentences/plan.py`` holds their sentences. Each reason is one
whole sentence with values, so a translator never glues fragments, with one exception that
translates cleanly on its own: how often something comes (:func:`how_often`, "twice a week").

The values these sentences carry:

- ``target``: ``Term("target", ...)`` for the body area as a noun ("hip flexors"), or
  ``Term("target_modifier", ...)`` where English uses it before a noun ("hip-flexor stretch"),
  ``Term("target_modifier_start", ...)`` for that at the start of a sentence ("Glute strength");
  ``Term("tightness", ...)`` for what a check showed ("tight hip flexors");
- ``checks``: a tuple of ``Term("check", item id)``; their names come from the self-check's
  content (``screen.toml``), registered by whoever loads it (``wording/check_names.py``);
- ``often``: a nested :class:`Said` from :func:`how_often`;
- ``n``: the count a plural or "twice as many" depends on;
- ``regions``: a tuple of ``Term("region", ...)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.said import Said, SaidCode, Term, said

DAYS_PER_WEEK = 7


class PlanCode(SaidCode):
    # -- how often (a clause of the reasons below)
    DAILY = "plan.daily"
    TIMES_A_WEEK = "plan.times_a_week"  # n: days a week
    # -- reasons: what the self-check found
    UNSCREENED_STRETCH = "plan.unscreened_stretch"  # target
    TIGHT_STRETCH = "plan.tight_stretch"  # checks, tightness, often
    ROOM_FOR_STRENGTH = "plan.room_for_strength"  # checks, target (modifier), often
    SUGGESTED_MOVE = "plan.suggested_move"  # checks, often
    # -- reasons: keeping things up
    FLEXIBLE_STRETCH = "plan.flexible_stretch"  # target (modifier), often
    FINE_STRETCH = "plan.fine_stretch"  # checks, target (modifier), often
    KEEP_UP_STRETCH = "plan.keep_up_stretch"  # target (modifier), often
    FLEXIBLE_STRENGTH = "plan.flexible_strength"  # target (modifier), often
    KEEP_UP_STRENGTH = "plan.keep_up_strength"  # target (modifier, starting the sentence), often
    # -- reasons: short breaks
    QUICK_STRETCH = "plan.quick_stretch"  # target (modifier)
    QUICK_MOVE = "plan.quick_move"  # target (modifier)
    CATCH_UP_STRETCH = "plan.catch_up_stretch"  # target (modifier), minutes, goal
    MICRO_MOBILITY = "plan.micro_mobility"
    # -- reasons: the routine's balance and its extras
    PULL_PARTNER = "plan.pull_partner"
    PROTRACTION = "plan.protraction"  # n: pulls per push
    BALANCE_PULL = "plan.balance_pull"  # n: pulls per push
    BUILD_UP_PULL = "plan.build_up_pull"  # n: pulls per push
    ROUTINE_MOBILITY = "plan.routine_mobility"
    EXTRA = "plan.extra"
    # -- reasons: walks
    WALK = "plan.walk"
    ON_HOLD_WALK = "plan.on_hold_walk"
    DONE = "plan.done"  # a break already done, shown in the week's programme
    # -- notes
    NOT_ALLOWED = "plan.not_allowed"
    NOT_SET_UP = "plan.not_set_up"
    PREGNANCY = "plan.pregnancy"
    PAUSED = "plan.paused"  # regions
    SHORTER = "plan.shorter"  # minutes, full
    EXTRA_NOTE = "plan.extra_note"
    NO_DESK_EXERCISE_FITS = "plan.no_desk_exercise_fits"  # n: the break's seconds
    NOTHING_TO_PLAN = "plan.nothing_to_plan"


REGION_ORDER = (Region.HIPS, Region.SHOULDERS, Region.BACK, Region.NECK, Region.LEGS)


def how_often(days: int) -> Said:
    """ "daily" from seven days a week, else "twice a week" (``n`` days)."""
    if days >= DAYS_PER_WEEK:
        return said(PlanCode.DAILY)
    return said(PlanCode.TIMES_A_WEEK, n=days)


def target_term(value: Target) -> Term:
    """A target as a noun: "hip flexors"."""
    return Term("target", value.value)


def target_modifier(value: Target) -> Term:
    """A target before a noun: the "hip-flexor" of "hip-flexor stretch"."""
    return Term("target_modifier", value.value)


def target_modifier_start(value: Target) -> Term:
    """A target before a noun at the start of a sentence: the "Glute" of "Glute strength work"."""
    return Term("target_modifier_start", value.value)


def tightness(value: Target) -> Term:
    """What a check showed of a target: "tight hip flexors", "a stiff neck"."""
    return Term("tightness", value.value)


def checks(items: Iterable[str]) -> tuple[Term, ...]:
    """The self-check's items, each once, in the order given."""
    return tuple(Term("check", item) for item in dict.fromkeys(items))


def paused(regions: Iterable[Region]) -> Said:
    """Exercises for these regions are paused until someone has had a look."""
    wanted = set(regions)
    named = tuple(Term("region", region.value) for region in REGION_ORDER if region in wanted)
    return said(PlanCode.PAUSED, regions=named)
