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
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.ui.routine.player import ExerciseFinished
from desk_coach.wording.say import list_words
from desk_coach.wording.translate import number, translate

NOT_SAID = -1  # a pain question left open where 0 would contradict the answer already given


@dataclass(frozen=True)
class FeedbackWords:
    """The head of the feedback page: its title, and the one-press answer when there is one."""

    title: str
    all_right: str  # the one-press answer's text
    any_done: bool  # some exercise was done: the one-press answer is offered


def feedback_words(results: Sequence[ExerciseFinished], completed: bool) -> FeedbackWords:
    any_pain = any(r.pain_button for r in results)
    if completed:
        #: The title of the questions after a routine.
        title = translate("RoutineFeedback", "How did it go?")
    else:
        #: The title of the questions after a routine the user ended before its last exercise.
        title = translate("RoutineFeedback", "You ended early. How did it go?")
    if any_pain:
        #: Button answering for every exercise done except the one that hurt: effort just right, pain 0.
        all_right = translate("RoutineFeedback", "The &rest were just right, no pain")
    else:
        #: Button answering for every exercise done: effort just right, pain 0; it saves at once.
        all_right = translate("RoutineFeedback", "&All just right, no pain")
    return FeedbackWords(title=title, all_right=all_right, any_done=any(not r.skipped for r in results))


def skipped_line(result: ExerciseFinished) -> str:
    """What happened to an exercise that was not done to the end."""
    if result.pain_button:
        #: In the questions after a routine, for an exercise stopped with "This hurts".
        return translate("RoutineFeedback", "Stopped because it hurt: left out for the rest of today.")
    done = round(result.done_fraction * 100)
    if done == 0:
        #: In the questions after a routine, for an exercise the user skipped before doing any of it.
        return translate("RoutineFeedback", "Skipped.")
    #: In the questions after a routine, for an exercise skipped part-way; {percent} is a number, 0-100.
    return translate("RoutineFeedback", "Skipped after {percent} % of it.").format(percent=number(done))


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


def names_lowered_mid_sentence() -> bool:
    """Whether the language writes an exercise's name with a small first letter inside a sentence
    ("you did the seated chest opener"): English and Spanish do; German keeps its capitals."""
    #: Not shown. Write "yes" if, in your language, an exercise's name ("Seated chest opener") starts
    #: with a small letter inside a sentence, as in English; write "no" to keep it as written (German nouns).
    return translate("RoutineFeedback", "yes", "names lowercase mid-sentence").strip().lower() == "yes"


def join_names(names: Sequence[str]) -> str:
    """The names as a list inside a sentence: "a, b and c"."""
    if names_lowered_mid_sentence():
        names = [_lower_first(name) for name in names]
    return list_words(list(names))


def morning_pain(value: int) -> int | None:
    """The spin box's value as an answer: None ("not said") when it was left open."""
    return None if value == NOT_SAID else value
