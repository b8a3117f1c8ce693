"""The questions after a routine and before the first one of a day, worked out without Qt.

The feedback page (``feedback.FeedbackPage``) and the morning-after page
(``next_morning.NextMorningPage``) lay out buttons, radio buttons and spin boxes; what they say
and what an answer comes to (which exercises are asked about, when the warning signs are asked,
what "not said" stores) is decided here and tested without a display. Beside its views in
``ui/``: it is the state of two pages, not a use case; it imports no Qt (an import-linter
contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.left_out import LEFT_OUT_TODAY
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.ui.routine.player import ExerciseFinished

NOT_SAID = -1  # a pain question left open where 0 would contradict the answer already given


@dataclass(frozen=True)
class FeedbackWords:
    """The head of the feedback page: its title, and the one-press answer when there is one."""

    title: str
    all_right: str  # the one-press answer's text
    any_done: bool  # some exercise was done: the one-press answer is offered


def feedback_words(results: Sequence[ExerciseFinished], completed: bool) -> FeedbackWords:
    any_pain = any(r.pain_button for r in results)
    return FeedbackWords(
        title="How did it go?" if completed else "You ended early. How did it go?",
        all_right="The &rest were just right, no pain" if any_pain else "&All just right, no pain",
        any_done=any(not r.skipped for r in results),
    )


def skipped_line(result: ExerciseFinished) -> str:
    """What happened to an exercise that was not done to the end."""
    if result.pain_button:
        return f"Stopped because it hurt: {LEFT_OUT_TODAY}."
    done = round(result.done_fraction * 100)
    return "Skipped." if done == 0 else f"Skipped after {done} % of it."


def asks_warning_signs(result: ExerciseFinished, pain: int) -> bool:
    """The warning signs are asked where there was pain: a number above 0, or "This hurts"."""
    return result.pain_button or pain > 0


def exercise_feedback(result: ExerciseFinished, effort: Effort | None, pain: int | None,
                      said: Collection[Symptom] = ()) -> ExerciseFeedback:
    """One row's answers: ``pain`` None when the row has no pain question, NOT_SAID left open;
    ``said`` the warning signs ticked while they were asked."""
    return ExerciseFeedback(result.exercise_id, effort, max(0, pain or 0), result.done_fraction,
                            skipped=result.skipped, pain_button=result.pain_button,
                            sharp_pain=Symptom.SHARP in said, numbness=Symptom.NUMBNESS in said)


def _lower_first(name: str) -> str:
    """"Seated chest opener" mid-sentence; a name that starts with a short form stays as it is."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def join_names(names: Sequence[str]) -> str:
    """The names as a list inside a sentence: "a, b and c"."""
    names = [_lower_first(name) for name in names]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def morning_pain(value: int) -> int | None:
    """The spin box's value as an answer: None ("not said") when it was left open."""
    return None if value == NOT_SAID else value
