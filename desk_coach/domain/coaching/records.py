"""What the coach remembers: finished routines, self-screens and paused regions, as history.

These are the values storage hands back to the planner and the progression. They hold only
what those need from the past: when a routine ran, what each exercise was for and how it
went; what a screen found. Times are timezone-aware and come back on the wall clock the user
had when they happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from desk_coach.domain.coaching.exercises import Dose, Pattern, Region, Target
from desk_coach.domain.coaching.feedback import Effort
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.history import BreakKind, require_aware
from desk_coach.domain.said import Said


class RoutineSource(StrEnum):
    """How a routine was started."""

    BREAK = "break"  # a scheduled break
    TRAY = "tray"  # the user asked for one from the tray menu
    CLI = "cli"  # ``desk-coach break`` on the command line


class ScreenSource(StrEnum):
    """Where a self-screen came from."""

    WIZARD = "wizard"  # taken in the app's screen wizard
    JSON = "json"  # recorded from a trainer's JSON file


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class RedFlagTier(StrEnum):
    """How serious a red-flag answer is, which decides what the coach does about it."""

    EMERGENCY = "emergency"  # stop, seek care now: walk breaks only
    PARQ = "parq"  # a PAR-Q+ yes: see a professional before exercising; walk breaks only
    PROMPT = "prompt"  # worth a check-up; the named regions are paused
    PREGNANCY = "pregnancy"  # pregnancy-safe choices (no supine work later on)


@dataclass(frozen=True)
class ExerciseRecord:
    """One exercise of a past routine: what it worked, the planned dose, and how it went.

    ``done_fraction`` is the share of the planned dose done, ``pain`` is 0-10.
    """

    exercise_id: str
    target: Target
    pattern: Pattern
    dose: Dose
    per_side: bool
    done_fraction: float
    effort: Effort | None
    pain: int
    skipped: bool = False
    pain_button: bool = False
    sharp_pain: bool = False
    numbness: bool = False

    @property
    def seconds_done(self) -> float:
        """Seconds of the planned dose actually done, for weekly volumes."""
        return self.dose.seconds(self.per_side) * self.done_fraction


@dataclass(frozen=True)
class RoutineRecord:
    """One routine: started, and finished (``ended_at``) unless the app stopped during it."""

    started_at: datetime
    ended_at: datetime | None
    kind: BreakKind
    completed: bool
    source: RoutineSource
    exercises: tuple[ExerciseRecord, ...] = ()
    note: str = ""
    next_day_pain: int | None = None  # pain 0-10 the morning after, asked at the next routine

    def __post_init__(self) -> None:
        require_aware(self.started_at, "started_at")
        if self.next_day_pain is not None and not 0 <= self.next_day_pain <= 10:
            raise ValueError(f"next_day_pain must be 0-10, got {self.next_day_pain}")
        if self.ended_at is not None:
            require_aware(self.ended_at, "ended_at")
            if self.ended_at < self.started_at:
                raise ValueError("a routine cannot end before it starts")

    @property
    def finished(self) -> bool:
        return self.ended_at is not None


class ScreenScore(NamedTuple):
    """One screen item on one side (``side`` None for an item done once): score 0-2, None if
    not scored (stopped, or not done), and whether it hurt."""

    item_id: str
    side: Side | None
    score: int | None
    pain: bool


class RedFlagRecord(NamedTuple):
    """A red-flag question answered yes, its tier and the regions it concerns (may be none)."""

    question_id: str
    tier: RedFlagTier
    regions: frozenset[Region]


@dataclass(frozen=True)
class ScreenRecord:
    """One self-screen as it was taken: the answers the profile is distilled from."""

    taken_at: datetime
    source: ScreenSource
    lifestyles: frozenset[Lifestyle]
    floor_room: bool
    exercise_allowed: bool
    pregnancy: bool
    scores: tuple[ScreenScore, ...] = ()
    red_flags: tuple[RedFlagRecord, ...] = ()
    note: str = ""
    equipment: frozenset[Equipment] | None = None  # None: not asked (a screen before the question)
    age_band: AgeBand | None = None  # None: not asked, or the person chose not to say

    def __post_init__(self) -> None:
        require_aware(self.taken_at, "taken_at")
        for score in self.scores:
            if score.score is not None and not 0 <= score.score <= 2:
                raise ValueError(f"screen scores are 0-2, got {score.score} for {score.item_id}")


class RegionPause(NamedTuple):
    """Why a region gets no exercise, since when, and the referral the user is shown."""

    since: datetime
    reason: Said
    referral: Said
