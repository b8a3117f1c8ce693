"""The questions after a routine and before the first one of a day, without Qt: what the feedback
page says, when it asks about the warning signs, and what each answer stores."""

from __future__ import annotations

from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.ui.routine.answers import (
    NOT_SAID,
    asks_warning_signs,
    exercise_feedback,
    feedback_words,
    join_names,
    morning_pain,
    skipped_line,
)
from desk_coach.ui.routine.player import ExerciseFinished

DONE = ExerciseFinished(0, "T-HIP", 1.0)
SKIPPED = ExerciseFinished(1, "T-ROW", 0.0, skipped=True)
HALF = ExerciseFinished(1, "T-ROW", 0.5, skipped=True)
HURT = ExerciseFinished(2, "T-WALK", 0.3, skipped=True, pain_button=True)


def test_the_title_says_when_the_routine_was_ended_early():
    assert feedback_words([DONE], completed=True).title == "How did it go?"
    assert feedback_words([DONE], completed=False).title == "You ended early. How did it go?"


def test_the_one_press_answer_is_offered_only_when_something_was_done():
    assert feedback_words([DONE, SKIPPED], True).any_done
    assert not feedback_words([SKIPPED, HURT], True).any_done


def test_after_this_hurts_the_one_press_answer_is_about_the_rest():
    assert feedback_words([DONE, HURT], True).all_right == "The &rest were just right, no pain"
    assert feedback_words([DONE], True).all_right == "&All just right, no pain"


def test_a_skipped_exercise_says_how_far_it_got():
    assert skipped_line(SKIPPED) == "Skipped."
    assert skipped_line(HALF) == "Skipped after 50 % of it."
    assert skipped_line(HURT).startswith("Stopped because it hurt: ")


def test_the_warning_signs_are_asked_only_where_there_was_pain():
    assert not asks_warning_signs(DONE, 0)
    assert asks_warning_signs(DONE, 1)
    assert asks_warning_signs(HURT, NOT_SAID)


def test_answers_become_the_feedback_stored():
    assert exercise_feedback(DONE, Effort.TOO_HARD, 4) == ExerciseFeedback("T-HIP", Effort.TOO_HARD, 4, 1.0)
    assert exercise_feedback(SKIPPED, None, None) == ExerciseFeedback("T-ROW", None, 0, 0.0, skipped=True)
    said = exercise_feedback(HURT, None, NOT_SAID, {Symptom.SHARP})
    assert (said.pain, said.pain_button, said.sharp_pain, said.numbness) == (0, True, True, False)


def test_the_morning_question_names_yesterdays_moves_in_a_sentence():
    assert join_names(["Seated chest opener"]) == "seated chest opener"
    assert join_names(["Hip flexor stretch", "Band row", "TV stretch"]) == (
        "hip flexor stretch, band row and TV stretch"
    )
    assert join_names([]) == ""


def test_a_morning_answer_left_open_is_not_said():
    assert morning_pain(NOT_SAID) is None
    assert morning_pain(0) == 0 and morning_pain(7) == 7


def test_a_language_that_keeps_capitals_keeps_the_names_as_written():
    from desk_coach.wording import translate

    # German writes "Sitzende Brustöffnung" mid-sentence as it is: its catalogue says "no".
    translate.set_backend(lambda _c, source, d, n: "no" if d == "names lowercase mid-sentence" else source)
    try:
        assert join_names(["Hip flexor stretch", "Band row"]) == "Hip flexor stretch and Band row"
    finally:
        translate.set_backend(None)
