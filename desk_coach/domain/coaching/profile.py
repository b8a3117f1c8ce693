"""What the coach knows about the person, distilled from the latest self-screen.

The planner and the progression read only this, never the raw screen, so a screen taken in
the wizard, one recorded from a trainer's JSON file and the desk-worker default before any
screen all look the same to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desk_coach.domain.coaching.exercises import Region


class Equipment(StrEnum):
    """What a person can have at hand for a break; the library's ``equipment`` names these."""

    DESK = "desk"
    CHAIR = "chair"
    WALL = "wall"
    DOORWAY = "doorway"
    MAT = "mat"
    TOWEL = "towel"
    CUSHION = "cushion"
    BAND = "band"
    MINI_BAND = "mini_band"
    DUMBBELL = "dumbbell"


class AgeBand(StrEnum):
    """The age band a person gave (optional); 65 and over gets gentler, longer holds (section 2)."""

    UNDER_65 = "under_65"
    FROM_65 = "65_plus"


class Lifestyle(StrEnum):
    DESK_WORKER = "desk_worker"
    RUNNER = "runner"
    WALKER = "walker"
    DANCER = "dancer"
    ATHLETE = "athlete"


@dataclass(frozen=True)
class CoachingProfile:
    """The person as the planner sees them.

    ``item_scores`` maps screen items ("S1".."S6") to the lowest score over both sides (0-2);
    an item not done is absent. ``exercise_allowed`` is False after an emergency or PAR-Q+
    red flag: then only walk breaks run. ``paused_regions`` get no exercise at all.
    """

    item_scores: Mapping[str, int] = field(default_factory=dict)
    lifestyles: frozenset[Lifestyle] = frozenset({Lifestyle.DESK_WORKER})
    floor_room: bool = False
    exercise_allowed: bool = True
    paused_regions: frozenset[Region] = frozenset()
    pregnancy: bool = False
    equipment: frozenset[Equipment] | None = None  # None: never asked; the planner assumes the default set
    age_band: AgeBand | None = None
    screened_at: datetime | None = None  # None: no screen yet, the desk-worker default applies

    @property
    def screened(self) -> bool:
        return self.screened_at is not None


DESK_WORKER_DEFAULT = CoachingProfile()
