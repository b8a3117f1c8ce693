"""What the routine dialog shows, worked out from the player without Qt: titles, counts, the main
button, the words around an exercise and the page after "This hurts"."""

from __future__ import annotations

import pytest

from desk_coach.domain.coaching.exercises import Exercise, HoldDose, Pattern, RepsDose, Target, TimedDose
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine.player import Phase, RoutinePlayer
from desk_coach.ui.routine.screen import (
    PROGRESS_STEPS,
    exercise_screen,
    exercise_words,
    pain_screen,
    pause_text,
    primary_step,
    primary_text,
    resume_text,
    stretch_cue,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def exercise(exercise_id: str, name: str, dose, *, per_side: bool = False, pattern: Pattern = Pattern.STRETCH,
             target: Target = Target.HIP_FLEXORS, cautions: tuple[str, ...] = ()) -> Exercise:
    return Exercise(
        id=exercise_id, name=name, steps=("First.", "Second."), target=target, pattern=pattern, dose=dose,
        per_side=per_side, desk=True, equipment=(), cautions=cautions, regression=None, progression=None,
        supine=False, source="test", illustration=f"exercises/illustrations/test-{exercise_id}.svg",
    )


STRETCH = exercise("T-HIP", "Hip stretch", HoldDose(hold_s=30, reps=2), per_side=True,
                   cautions=("Skip it if your knee hurts.",))
ROWS = exercise("T-ROW", "Band row", RepsDose(reps=10, sets=2, rep_s=3), pattern=Pattern.PULL,
                target=Target.UPPER_BACK)
WALK = exercise("T-WALK", "Walk", TimedDose(minutes=2), pattern=Pattern.MOBILITY, target=Target.WALK)
LIBRARY = {e.id: e for e in (STRETCH, ROWS, WALK)}


def player_of(*exercises: Exercise, clock: FakeClock, extra: bool = False) -> RoutinePlayer:
    items = tuple(Prescription(e.id, e.dose, "test", extra=extra) for e in exercises)
    return RoutinePlayer(RoutinePlan(BreakKind.LONG, items), LIBRARY, clock=clock)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_before_the_start_it_says_how_long_and_offers_start(clock):
    screen = exercise_screen(player_of(STRETCH, ROWS, WALK, clock=clock))
    assert screen.position == "Exercise 1 of 3"
    assert screen.title == "Ready when you are"
    assert screen.big == ""
    assert screen.detail.startswith("3 exercises, about ")
    assert screen.detail.endswith("The clock starts when you press Start.")
    assert screen.primary == primary_text(None)
    assert not screen.pause_enabled and screen.progress == 0


def test_one_exercise_of_one_minute_reads_in_the_singular(clock):
    screen = exercise_screen(player_of(WALK, clock=clock))
    assert screen.detail.startswith("1 exercise, about 2 min.")


def test_a_hold_shows_the_seconds_left_and_no_main_button(clock):
    player = player_of(STRETCH, clock=clock)
    player.start(clock())
    assert exercise_screen(player).title == "Get ready · left side"
    assert exercise_screen(player).detail == "Hold 1 of 2 starts next."
    clock.now += 11
    player.tick(clock())
    screen = exercise_screen(player)
    assert (screen.title, screen.big, screen.detail) == ("Hold 1 of 2 · left side", "29", "seconds left")
    assert screen.primary is None and screen.big_name == "Time left"
    assert 0 < screen.progress < PROGRESS_STEPS


def test_switching_sides_is_announced(clock):
    player = player_of(STRETCH, clock=clock)
    player.start(clock())
    clock.now += 10 + 30 + 1
    player.tick(clock())
    assert player.phase is Phase.SWITCH
    screen = exercise_screen(player)
    assert screen.announce and screen.title == "Now the right side"
    assert screen.primary == primary_text(Phase.SWITCH)


def test_a_set_counts_reps_and_space_counts_one(clock):
    player = player_of(ROWS, clock=clock)
    assert primary_step(player, clock()) is not None  # Start
    assert primary_step(player, clock()) is not None  # I'm ready: the set begins
    screen = exercise_screen(player)
    assert screen.title == "Set 1 of 2"
    assert screen.big == "0 / 10" and screen.big_name == "Repetitions"
    assert screen.detail.startswith("Counting one rep every 3 s.")
    primary_step(player, clock())
    screen = exercise_screen(player)
    assert screen.big == "1 / 10" and screen.detail == "Press Space after each rep."


def test_paused_the_main_action_does_nothing_and_pause_reads_resume(clock):
    player = player_of(STRETCH, clock=clock)
    player.start(clock())
    player.pause(clock())
    assert primary_step(player, clock()) is None
    screen = exercise_screen(player)
    assert screen.paused and screen.pause_text == resume_text()
    player.resume(clock())
    assert exercise_screen(player).pause_text == pause_text()


def test_an_extra_says_it_may_be_skipped(clock):
    assert "an extra on offer" in exercise_screen(player_of(STRETCH, clock=clock, extra=True)).position


def test_the_walk_counts_down(clock):
    player = player_of(WALK, clock=clock)
    player.start(clock())
    screen = exercise_screen(player)
    assert (screen.title, screen.big, screen.detail) == ("Walk at an easy pace", "2:00", "left")


def test_the_words_around_an_exercise():
    stretch = exercise_words(STRETCH)
    assert stretch.steps == ("First.", "Second.") and stretch.cue == stretch_cue()
    assert stretch.cautions == "Take care: Skip it if your knee hurts."
    rows = exercise_words(ROWS)
    assert rows.cue == "" and rows.cautions == ""


def test_the_pain_page_offers_the_next_exercise_or_says_it_was_the_last():
    middle = pain_screen("Hip stretch", ROWS)
    assert middle.text.startswith("Hip stretch is ")
    assert middle.next_text == "Next: Band row. The clock waits until you go on."
    assert middle.can_end and middle.go_on == "&Go on to the next exercise"
    last = pain_screen("Walk", None)
    assert last.next_text == "That was the last exercise."
    assert not last.can_end and last.go_on == "&Go on"


@pytest.fixture
def pseudo():
    """Every text in the pseudo-language, without Qt: a template shows as one bracketed text."""
    from desk_coach.wording import translate
    from desk_coach.wording.pseudo import pseudo_text

    translate.set_backend(lambda _c, source, _d, n: pseudo_text(translate.english(source, -1), n))
    yield
    translate.set_backend(None)


def test_a_title_with_a_side_is_one_sentence_a_translator_can_reorder(clock, pseudo):
    player = player_of(STRETCH, clock=clock)
    player.start(clock())
    title = exercise_screen(player).title
    # One template, "[Get ready · {side}]", with the side's own words inside: not two pieces glued.
    assert title.startswith("[Ĝéţ ŕéåđý · [ļéƒţ šîđé") and title.endswith("]")
    assert title.count("[") == 2


def test_every_word_of_the_exercise_page_is_translated(clock, pseudo):
    player = player_of(STRETCH, ROWS, WALK, clock=clock, extra=True)
    screens = [exercise_screen(player)]
    player.start(clock())
    for _ in range(60):
        clock.now += 3
        player.tick(clock())
        if player.finished:
            break
        screens.append(exercise_screen(player))
    for screen in screens:
        for text in (screen.position, screen.title, screen.detail, screen.big_name, screen.pause_text,
                     screen.primary or ""):
            assert not any("a" <= char.lower() <= "z" for char in text), text
