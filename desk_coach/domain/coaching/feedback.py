"""What the user tells the coach after a routine: per exercise, how it felt and whether it hurt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Effort(StrEnum):
    TOO_EASY = "too_easy"
    JUST_RIGHT = "just_right"
    TOO_HARD = "too_hard"


@dataclass(frozen=True)
class ExerciseFeedback:
    """One exercise of a finished routine.

    ``pain`` is 0-10 and means pain, not the feeling of a stretch; ``done_fraction`` is the
    share of the planned dose actually done (holds or repetitions), 0 when skipped.
    """

    exercise_id: str
    effort: Effort | None
    pain: int
    done_fraction: float
    skipped: bool = False
    pain_button: bool = False  # the user pressed "this hurts" during the exercise
    sharp_pain: bool = False  # the pain was sharp or shooting (COACHING.md section 5, rule 5)
    numbness: bool = False  # numbness or tingling during or after the exercise (rule 5)

    def __post_init__(self) -> None:
        if not 0 <= self.pain <= 10:
            raise ValueError(f"pain must be 0-10, got {self.pain}")
        if not 0.0 <= self.done_fraction <= 1.0:
            raise ValueError(f"done_fraction must be 0-1, got {self.done_fraction}")
