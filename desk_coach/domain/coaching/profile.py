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
    screened_at: datetime | None = None  # None: no screen yet, the desk-worker default applies

    @property
    def screened(self) -> bool:
        return self.screened_at is not None


DESK_WORKER_DEFAULT = CoachingProfile()
