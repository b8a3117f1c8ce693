"""Rule 6 in force: whether the daily routine is shorter now, from the adjustments stored so far.

``RoutineService.check_adherence`` stores each adherence adjustment as a level change of the
"adherence" track; its ``rule`` says what changed (:func:`adjustment_rule`). The latest one
decides: after "fewer breaks got done" the daily routine is shorter at the same difficulty
until a later adjustment finds the breaks kept up again (at least ``high_from_percent`` for
``high_for_weeks`` weeks), which brings the routine back to its full length and offers
``high_extra_exercises`` extra moves at its end (the user may skip them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.plan import LevelChange
from desk_coach.domain.coaching.progression import AdherenceAdjustment, RoutineChange

ADHERENCE_TRACK = "adherence"
"""The pseudo-track adherence adjustments are stored under."""

SHORTER_RULE = "adherence_shorter"
"""Rule of a stored adjustment that made the routine shorter (fewer breaks got done)."""

KEPT_UP_RULE = "adherence_kept_up"
"""Rule of a stored adjustment that found the breaks kept up (an extra exercise offered)."""


def adjustment_rule(adjustment: AdherenceAdjustment) -> str:
    """The ``rule`` an adherence adjustment is stored with, so the planner can act on it."""
    return SHORTER_RULE if adjustment.routine_change == RoutineChange.SHORTER else KEPT_UP_RULE


@dataclass(frozen=True)
class AdherenceState:
    """What rule 6 asks of the daily routine now."""

    shorter: bool = False
    extra_exercises: int = 0  # offered at the end of the routine after breaks were kept up

    def routine_minutes(self, routine_min: int, rules: CoachingRules) -> int:
        """The daily routine's length: shorter by the rules' share while breaks are missed,
        never below the daily floor (2 min, Andersen 2011) nor above the full length."""
        if not self.shorter:
            return routine_min
        adherence = rules.adherence
        shorter = -(-routine_min * adherence.shorter_routine_percent // 100)
        return min(routine_min, max(adherence.floor_minutes_per_day, shorter))


FULL_LENGTH = AdherenceState()


def adherence_state(changes: Iterable[LevelChange], rules: CoachingRules) -> AdherenceState:
    """The state the latest stored adherence adjustment left (oldest change first in ``changes``)."""
    state = FULL_LENGTH
    for change in changes:
        if change.track != ADHERENCE_TRACK:
            continue
        if change.rule == SHORTER_RULE:
            state = AdherenceState(shorter=True)
        elif change.rule == KEPT_UP_RULE:
            state = AdherenceState(extra_exercises=rules.adherence.high_extra_exercises)
    return state
