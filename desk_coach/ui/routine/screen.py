"""What the guided routine shows, worked out from its :class:`RoutinePlayer` without Qt.

The dialog (``dialog.GuidedRoutineDialog``) lays the widgets out and copies these values onto
them; every word and every choice of what to show (which title, which count, which main button,
the pain page's way on) is decided here, so it is tested without a display. The module sits
beside its view in ``ui/`` rather than in ``services/``: it is the state of one window, not a use
case, and it imports no Qt (an import-linter contract keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_coach.domain.coaching.exercises import Exercise, Pattern
from desk_coach.domain.coaching.left_out import LEFT_OUT_TODAY
from desk_coach.domain.figures import countdown_words, duration_words
from desk_coach.ui.routine.player import Event, Phase, RoutinePlayer, Side

STRETCH_CUE = "Ease in slowly until you feel a mild pull, never pain. Keep breathing normally; don't bounce."
PAIN_TITLE = "Stop here. Please don't push through pain."
PAIN_TEXT = (
    "{name} is " + LEFT_OUT_TODAY + ". If it hurts like this again, a physiotherapist can help "
    "find out why."
)
SWITCH_TEXT = "Switch sides"
EXTRA_TEXT = "an extra on offer: skip it if you'd rather not"
END_QUESTION = "End the routine now? What you have done so far still counts."

# Each has a single key while the routine runs and a mnemonic (Alt+letter) like every button.
PAUSE_TEXT, RESUME_TEXT = "&Pause  (P)", "&Resume  (P)"
SKIP_TEXT = "&Skip exercise  (S)"
HURT_TEXT = "This &hurts  (H)"
PRIMARY_TEXT = {
    None: "S&tart  (Space)",  # before the routine starts
    Phase.PREPARE: "I'm rea&dy  (Space)",
    Phase.REST: "Skip the res&t  (Space)",
    Phase.SWITCH: "Rea&dy  (Space)",
    Phase.SET: "Rep &done  (Space)",
}
SIDE_TEXT = {Side.LEFT: "left side", Side.RIGHT: "right side"}
PROGRESS_STEPS = 1000  # the progress bar's range: fine enough to move every tick


@dataclass(frozen=True)
class ExerciseWords:
    """The words around an exercise: its numbered steps, the stretch cue and any caution."""

    name: str
    steps: tuple[str, ...]
    cue: str  # empty: no cue (not a stretch)
    cautions: str  # empty: nothing to take care of


def exercise_words(exercise: Exercise) -> ExerciseWords:
    return ExerciseWords(
        name=exercise.name,
        steps=exercise.steps,
        cue=STRETCH_CUE if exercise.pattern is Pattern.STRETCH else "",
        cautions="Take care: " + " ".join(exercise.cautions) if exercise.cautions else "",
    )


@dataclass(frozen=True)
class ExerciseScreen:
    """The exercise page at one moment: the position, the phase, the big figure and the buttons."""

    position: str  # "Exercise 2 of 5", with a word when it is an extra
    progress: int  # of PROGRESS_STEPS
    announce: bool  # "Switch sides" shown large
    title: str
    big: str  # the time left or the repetitions; empty: nothing big to show
    big_name: str  # what the big figure is, for a screen reader
    detail: str
    paused: bool
    primary: str | None  # the main button's text; None: no main action now (a timed hold)
    pause_enabled: bool
    pause_text: str


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _phase_words(player: RoutinePlayer) -> tuple[str, str, str]:
    """The title, the big figure and the line under it, for the present phase."""
    segment = player.segment
    assert segment is not None
    phase = segment.phase
    side = f" · {SIDE_TEXT[segment.side]}" if segment.side else ""
    current = player.current
    block = "Set" if current and current.segments[-1].phase is Phase.SET else "Hold"
    upcoming = f"{block} {segment.number} of {segment.of}" if segment.of else ""
    big = countdown_words(player.remaining_s)
    if not player.started:
        return ("Ready when you are", "",
                f"{_plural(player.count, 'exercise')}, {duration_words(player.total_s)}. "
                "The clock starts when you press Start.")
    if phase is Phase.PREPARE:
        return f"Get ready{side}", big, f"{upcoming} starts next." if upcoming else ""
    if phase is Phase.HOLD:
        return f"Hold {segment.number} of {segment.of}{side}", big, "left" if ":" in big else "seconds left"
    if phase is Phase.REST:
        return "Rest", big, f"{upcoming}{side} next."
    if phase is Phase.SWITCH:
        title = f"Now the {SIDE_TEXT[segment.side]}" if segment.side else "Now the other side"
        return title, big, f"{upcoming} starts next."
    if phase is Phase.SET:
        rep_s = segment.seconds / segment.reps
        detail = (
            "Press Space after each rep." if player.self_counting
            else f"Counting one rep every {rep_s:g} s. Press Space after each rep to count yourself."
        )
        reps = f"{player.reps_counted} / {segment.reps}"
        return f"Set {segment.number} of {segment.of}{side}", reps, detail
    return "Walk at an easy pace", big, "left"  # the walk


def exercise_screen(player: RoutinePlayer) -> ExerciseScreen:
    """The exercise page for ``player`` as it stands (started or not; not finished)."""
    segment = player.segment
    assert segment is not None, "the routine is over: there is no exercise to show"
    position = f"Exercise {player.index + 1} of {player.count}"
    if player.plan.items[player.index].extra:
        position += f" · {EXTRA_TEXT}"
    title, big, detail = _phase_words(player)
    return ExerciseScreen(
        position=position,
        progress=round(player.progress * PROGRESS_STEPS),
        announce=segment.phase is Phase.SWITCH and player.started,
        title=title,
        big=big,
        big_name="Repetitions" if segment.phase is Phase.SET else "Time left",
        detail=detail,
        paused=player.paused,
        primary=PRIMARY_TEXT.get(segment.phase) if player.started else PRIMARY_TEXT[None],
        pause_enabled=player.started,
        pause_text=RESUME_TEXT if player.paused else PAUSE_TEXT,
    )


def primary_step(player: RoutinePlayer, now: float) -> list[Event] | None:
    """The main action (Space): start, count a rep or end a wait, whichever the moment calls for.

    None when it does nothing now (paused, or over)."""
    if player.finished:
        return None
    if not player.started:
        return player.start(now)
    if player.paused:
        return None
    if player.phase is Phase.SET:
        return player.rep_done(now)
    return player.skip_wait(now)


@dataclass(frozen=True)
class PainScreen:
    """The page after "This hurts": what to do, and the way on."""

    text: str
    next_text: str
    go_on: str  # the main button
    can_end: bool  # "End the routine" is offered (not after the last exercise)


def pain_screen(hurt: str, following: Exercise | None) -> PainScreen:
    """The page for the exercise named ``hurt``, with ``following`` the one that comes next (if any)."""
    text = PAIN_TEXT.format(name=hurt)
    if following is None:
        return PainScreen(text, "That was the last exercise.", "&Go on", can_end=False)
    return PainScreen(text, f"Next: {following.name}. The clock waits until you go on.",
                      "&Go on to the next exercise", can_end=True)
