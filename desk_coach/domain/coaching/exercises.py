"""The exercise library as the core sees it: what each movement works, its dose and its ladder.

The library itself is data (resources/exercises/); these are the shapes it is read into.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Target(StrEnum):
    """The body area an exercise is for; plans and weekly volumes are counted per target."""

    HIP_FLEXORS = "hip_flexors"
    CHEST = "chest"
    GLUTES = "glutes"
    UPPER_BACK = "upper_back"
    THORACIC = "thoracic"
    HAMSTRINGS = "hamstrings"
    NECK = "neck"
    WALK = "walk"


class Pattern(StrEnum):
    """The movement pattern, for the push:pull balance and for telling stretches from strength."""

    PULL = "pull"
    PUSH = "push"
    HINGE = "hinge"
    SQUAT = "squat"
    STRETCH = "stretch"
    MOBILITY = "mobility"


class Region(StrEnum):
    """Body regions a red flag or a pain report can pause (several targets share one region)."""

    HIPS = "hips"
    SHOULDERS = "shoulders"
    BACK = "back"
    NECK = "neck"
    LEGS = "legs"


TARGET_REGION: Mapping[Target, Region | None] = {
    Target.HIP_FLEXORS: Region.HIPS,
    Target.GLUTES: Region.HIPS,
    Target.CHEST: Region.SHOULDERS,
    Target.UPPER_BACK: Region.SHOULDERS,
    Target.THORACIC: Region.BACK,
    Target.HAMSTRINGS: Region.LEGS,
    Target.NECK: Region.NECK,
    Target.WALK: None,
}


@dataclass(frozen=True)
class HoldDose:
    """A held position: ``reps`` holds of ``hold_s`` seconds (on each side when per_side)."""

    hold_s: int
    reps: int

    def seconds(self, per_side: bool) -> int:
        return self.hold_s * self.reps * (2 if per_side else 1)


@dataclass(frozen=True)
class RepsDose:
    """Strength work: ``sets`` sets of ``reps`` repetitions, each about ``rep_s`` seconds."""

    reps: int
    sets: int
    rep_s: int = 3

    def seconds(self, per_side: bool) -> int:
        return self.reps * self.sets * self.rep_s * (2 if per_side else 1)


@dataclass(frozen=True)
class TimedDose:
    """Continuous movement for ``minutes`` (the walk break)."""

    minutes: int

    def seconds(self, per_side: bool) -> int:
        return self.minutes * 60


Dose = HoldDose | RepsDose | TimedDose


def balance_sets(dose: Dose) -> int:
    """Sets for the push:pull count: a reps dose counts its sets, a series of holds one set."""
    if isinstance(dose, RepsDose):
        return dose.sets
    if isinstance(dose, HoldDose):
        return 1
    return 0


@dataclass(frozen=True)
class Exercise:
    """One movement of the library (see resources/exercises/ for the fields' meaning)."""

    id: str
    name: str
    steps: tuple[str, ...]
    target: Target
    pattern: Pattern
    dose: Dose
    per_side: bool
    desk: bool  # doable at the desk in office clothes
    equipment: tuple[str, ...]
    cautions: tuple[str, ...]
    regression: str | None
    progression: str | None
    supine: bool  # done lying on the back: replaced in later pregnancy
    source: str
    illustration: str  # resource path of the drawing, e.g. "exercises/illustrations/HF1.svg"

    @property
    def seconds(self) -> int:
        return self.dose.seconds(self.per_side)

    @property
    def region(self) -> Region | None:
        return TARGET_REGION[self.target]


class ExerciseLibrary:
    """The valid exercises, by id, with their ladders (easier <- exercise -> harder)."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self._by_id = {exercise.id: exercise for exercise in exercises}

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def for_target(self, target: Target) -> list[Exercise]:
        return [e for e in self._by_id.values() if e.target == target]

    def easier(self, exercise_id: str) -> Exercise | None:
        link = self._by_id[exercise_id].regression
        return self._by_id.get(link) if link else None

    def harder(self, exercise_id: str) -> Exercise | None:
        link = self._by_id[exercise_id].progression
        return self._by_id.get(link) if link else None
