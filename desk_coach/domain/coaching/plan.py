"""A planned routine: which exercises, at which dose, and why each one is there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_coach.domain.coaching.exercises import Dose
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said


@dataclass(frozen=True)
class Level:
    """Where a person stands on one track (one target): the exercise of the ladder and its dose."""

    track: str
    exercise_id: str
    dose: Dose


@dataclass(frozen=True)
class LevelChange:
    """A step on a ladder or a change of dose, with the rule that made it and a line for the user.

    ``after`` is None when the track was paused (pain or a red flag).
    """

    at: datetime
    track: str
    before: Level | None
    after: Level | None
    rule: str  # e.g. "progress", "regress", "pain", "hold", "adherence_shorter", "rescreen", "restart"
    reason: Said  # the "what changed" line shown to the user


@dataclass(frozen=True)
class Prescription:
    """One exercise of a routine: what to do, how much, and why it was chosen today."""

    exercise_id: str
    dose: Dose
    reason: Said  # codes in ``plan_reasons.PlanCode``; worded by ``wording/sentences/plan.py``
    paired_with: str | None = None  # e.g. a chest stretch paired with a pull set
    extra: bool = False  # offered beyond the routine's length (rule 6), free to skip


@dataclass(frozen=True)
class RoutinePlan:
    kind: BreakKind
    items: tuple[Prescription, ...]
    notes: tuple[Said, ...] = ()  # e.g. why only a walk is planned (a red flag, a paused region)
