"""What the guided routine shows, worked out from its :class:`RoutinePlayer` without Qt.

The dialog (``dialog.GuidedRoutineDialog``) lays the widgets out and copies these values onto
them; every word and every choice of what to show (which title, which count, which main button,
the pain page's way on) is decided here, so it is tested without a display. The module sits
beside its view in ``ui/`` rather than in ``services/``: it is the state of one window, not a use
case, and it imports no Qt (an import-linter contract keeps it so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desk_coach.domain.coaching.exercises import Exercise, Pattern
from desk_coach.ui.routine.player import Event, Phase, RoutinePlayer, Side
from desk_coach.wording.figures import countdown_words, duration_words
from desk_coach.wording.translate import number, translate

PROGRESS_STEPS = 1000  # the progress bar's range: fine enough to move every tick


def stretch_cue() -> str:
    #: Under the steps of every stretch in the guided routine.
    return translate("RoutineWindow", "Ease in slowly until you feel a mild pull, never pain. "
                     "Keep breathing normally; don't bounce.")


def pain_title() -> str:
    #: The title of the page shown after the user pressed "This hurts" during an exercise.
    return translate("RoutineWindow", "Stop here. Please don't push through pain.")


def switch_text() -> str:
    #: Shown large when it is time to change to the other side of the body.
    return translate("RoutineWindow", "Switch sides")


def end_question() -> str:
    #: Asked when the user presses Escape during the routine; answered by "Keep going" or "End now".
    return translate("RoutineWindow", "End the routine now? What you have done so far still counts.")


# Each has a single key while the routine runs and a mnemonic (Alt+letter) like every button.
def pause_text() -> str:
    #: Button: stops the routine's clock. "(P)" names the key that does the same; keep it as it is.
    return translate("RoutineWindow", "&Pause  (P)")


def resume_text() -> str:
    #: Button, in place of Pause while paused. "(P)" names the key that does the same; keep it.
    return translate("RoutineWindow", "&Resume  (P)")


def skip_text() -> str:
    #: Button: leaves the current exercise and goes on to the next. "(S)" names its key; keep it.
    return translate("RoutineWindow", "&Skip exercise  (S)")


def hurt_text() -> str:
    #: Button: stops the exercise because it hurts. "(H)" names its key; keep it.
    return translate("RoutineWindow", "This &hurts  (H)")


def primary_text(phase: Phase | None) -> str:
    """The main button's text in ``phase`` (None: before the routine starts)."""
    if phase is None:
        #: The main button before the routine starts. "(Space)" names its key: translate the key's name.
        return translate("RoutineWindow", "S&tart  (Space)")
    if phase is Phase.PREPARE:
        #: The main button while the user gets into position: ends the wait. "(Space)" names its key.
        return translate("RoutineWindow", "I'm rea&dy  (Space)")
    if phase is Phase.REST:
        #: The main button during a short rest between two holds or sets. "(Space)" names its key.
        return translate("RoutineWindow", "Skip the res&t  (Space)")
    if phase is Phase.SWITCH:
        #: The main button while the user changes sides: ends the wait. "(Space)" names its key.
        return translate("RoutineWindow", "Rea&dy  (Space)")
    if phase is Phase.SET:
        #: The main button during a set: counts one repetition. "(Space)" names its key.
        return translate("RoutineWindow", "Rep &done  (Space)")
    return ""


PRIMARY_PHASES: tuple[Phase | None, ...] = (None, Phase.PREPARE, Phase.REST, Phase.SWITCH, Phase.SET)
"""The moments that have a main button (a timed hold and the walk have none)."""


def side_words(side: Side) -> str:
    """The side of the body that works now. The body's own left and right: never mirrored for a
    right-to-left language."""
    if side is Side.LEFT:
        #: The side of the body an exercise is done on (the user's own left, not the screen's).
        return translate("RoutineWindow", "left side")
    #: The side of the body an exercise is done on (the user's own right, not the screen's).
    return translate("RoutineWindow", "right side")


@dataclass(frozen=True)
class ExerciseWords:
    """The words around an exercise: its numbered steps, the stretch cue and any caution."""

    name: str
    steps: tuple[str, ...]
    cue: str  # empty: no cue (not a stretch)
    cautions: str  # empty: nothing to take care of


def exercise_words(exercise: Exercise) -> ExerciseWords:
    cautions = ""
    if exercise.cautions:
        #: Before an exercise's cautions (safety advice from the library), under its steps.
        cautions = translate("RoutineWindow", "Take care: {cautions}").format(
            cautions=" ".join(exercise.cautions))
    return ExerciseWords(
        name=exercise.name,
        steps=exercise.steps,
        cue=stretch_cue() if exercise.pattern is Pattern.STRETCH else "",
        cautions=cautions,
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
    seconds_left: int | None = None  # whole seconds of a running countdown, for spoken cues; None: no clock


def _block_title(is_set: bool, number_: int, of: int, side: Side | None) -> str:
    """"Hold 1 of 2", "Set 2 of 3 · left side": the title while a hold or set runs."""
    values = {"number": number(number_), "total": number(of)}
    if side is None:
        if is_set:
            #: Title while a set of repetitions runs: set 2 of 3.
            return translate("RoutineWindow", "Set {number} of {total}").format(**values)
        #: Title while a stretch is held: hold 1 of 2.
        return translate("RoutineWindow", "Hold {number} of {total}").format(**values)
    side_word = side_words(side)
    if is_set:
        #: Title while a set runs on one side of the body; {side} is "left side" or "right side".
        return translate("RoutineWindow", "Set {number} of {total} · {side}").format(side=side_word, **values)
    #: Title while a stretch is held on one side of the body; {side} is "left side" or "right side".
    return translate("RoutineWindow", "Hold {number} of {total} · {side}").format(side=side_word, **values)


def _starts_next(is_set: bool, number_: int, of: int) -> str:
    """"Hold 1 of 2 starts next.": under the title while the user gets ready or changes sides."""
    values = {"number": number(number_), "total": number(of)}
    if is_set:
        #: Under the countdown while the user gets ready: which set comes after the wait.
        return translate("RoutineWindow", "Set {number} of {total} starts next.").format(**values)
    #: Under the countdown while the user gets ready: which hold comes after the wait.
    return translate("RoutineWindow", "Hold {number} of {total} starts next.").format(**values)


def _after_rest(is_set: bool, number_: int, of: int, side: Side | None) -> str:
    """"Hold 2 of 2 · left side next.": under the countdown of a rest."""
    values = {"number": number(number_), "total": number(of)}
    if side is None:
        if is_set:
            #: Under the countdown of a rest between two sets: the set that comes next.
            return translate("RoutineWindow", "Set {number} of {total} next.").format(**values)
        #: Under the countdown of a rest between two holds: the hold that comes next.
        return translate("RoutineWindow", "Hold {number} of {total} next.").format(**values)
    side_word = side_words(side)
    if is_set:
        #: Under the countdown of a rest: the set that comes next and its side, "left side" or "right side".
        return translate("RoutineWindow", "Set {number} of {total} · {side} next.").format(
            side=side_word, **values)
    #: Under the countdown of a rest: the hold that comes next and its side, "left side" or "right side".
    return translate("RoutineWindow", "Hold {number} of {total} · {side} next.").format(
        side=side_word, **values)


def _time_left(big: str) -> str:
    """The line under a countdown: "left" under "1:30", "seconds left" under "30"."""
    if ":" in big:
        #: Under a countdown in minutes and seconds, "1:30": the time that is left (not the side).
        return translate("RoutineWindow", "left", "time remaining")
    #: Under a countdown in seconds, "30".
    return translate("RoutineWindow", "seconds left")


def _seconds(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 1)


def _phase_words(player: RoutinePlayer) -> tuple[str, str, str]:
    """The title, the big figure and the line under it, for the present phase."""
    segment = player.segment
    assert segment is not None
    phase = segment.phase
    current = player.current
    is_set = bool(current and current.segments[-1].phase is Phase.SET)
    big = countdown_words(player.remaining_s)
    if not player.started:
        #: Before the routine starts: how many exercises and how long, "3 exercises, about 5 min."
        detail = translate(
            "RoutineWindow", "%n exercise(s), {duration}. The clock starts when you press Start.", None,
            player.count)
        #: The title before the routine starts.
        return translate("RoutineWindow", "Ready when you are"), "", detail.format(
            duration=duration_words(player.total_s))
    if phase is Phase.PREPARE:
        if segment.side:
            #: Title while the user gets into position; {side} is "left side" or "right side".
            title = translate("RoutineWindow", "Get ready · {side}").format(side=side_words(segment.side))
        else:
            #: Title while the user gets into position for the exercise.
            title = translate("RoutineWindow", "Get ready")
        return title, big, _starts_next(is_set, segment.number, segment.of) if segment.of else ""
    if phase is Phase.HOLD:
        return _block_title(False, segment.number, segment.of, segment.side), big, _time_left(big)
    if phase is Phase.REST:
        #: Title of a short rest between two holds or sets.
        return (translate("RoutineWindow", "Rest"), big,
                _after_rest(is_set, segment.number, segment.of, segment.side))
    if phase is Phase.SWITCH:
        if segment.side:
            #: Title when it is time to change sides; {side} is "left side" or "right side".
            title = translate("RoutineWindow", "Now the {side}").format(side=side_words(segment.side))
        else:
            #: Title when it is time to change to the other side of the body.
            title = translate("RoutineWindow", "Now the other side")
        return title, big, _starts_next(is_set, segment.number, segment.of)
    if phase is Phase.SET:
        if player.self_counting:
            #: Under the repetitions counted, once the user counts them with the Space key.
            detail = translate("RoutineWindow", "Press Space after each rep.")
        else:
            #: Under the repetitions counted: the coach counts at a pace ({seconds} seconds a repetition).
            detail = translate(
                "RoutineWindow",
                "Counting one rep every {seconds} s. Press Space after each rep to count yourself.",
            ).format(seconds=_seconds(segment.seconds / segment.reps))
        reps = f"{number(player.reps_counted)} / {number(segment.reps)}"
        return _block_title(True, segment.number, segment.of, segment.side), reps, detail
    #: Title during the walk break.
    return translate("RoutineWindow", "Walk at an easy pace"), big, _time_left(big)


def exercise_screen(player: RoutinePlayer) -> ExerciseScreen:
    """The exercise page for ``player`` as it stands (started or not; not finished)."""
    segment = player.segment
    assert segment is not None, "the routine is over: there is no exercise to show"
    values = {"number": number(player.index + 1), "total": number(player.count)}
    if player.plan.items[player.index].extra:
        #: Above the exercise: where it is in the routine, and that it is an optional extra.
        position = translate(
            "RoutineWindow", "Exercise {number} of {total} · an extra on offer: skip it if you'd rather not"
        ).format(**values)
    else:
        #: Above the exercise: where it is in the routine, "Exercise 2 of 5".
        position = translate("RoutineWindow", "Exercise {number} of {total}").format(**values)
    title, big, detail = _phase_words(player)
    if segment.phase is Phase.SET:
        #: What a screen reader calls the big figure during a set: repetitions counted / planned.
        big_name = translate("RoutineWindow", "Repetitions")
    else:
        #: What a screen reader calls the big countdown.
        big_name = translate("RoutineWindow", "Time left")
    return ExerciseScreen(
        position=position,
        progress=round(player.progress * PROGRESS_STEPS),
        announce=segment.phase is Phase.SWITCH and player.started,
        title=title,
        big=big,
        big_name=big_name,
        detail=detail,
        paused=player.paused,
        primary=(primary_text(segment.phase) or None) if player.started else primary_text(None),
        pause_enabled=player.started,
        pause_text=resume_text() if player.paused else pause_text(),
        seconds_left=(None if segment.phase is Phase.SET or not player.started
                      else max(0, math.ceil(player.remaining_s - 1e-6))),
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
    #: After "This hurts": {name} is the exercise that hurt. Calm, no diagnosis.
    text = translate(
        "RoutineWindow",
        "{name} is left out for the rest of today. If it hurts like this again, a physiotherapist can help "
        "find out why.",
    ).format(name=hurt)
    if following is None:
        #: After "This hurts", when the exercise that hurt was the routine's last.
        last = translate("RoutineWindow", "That was the last exercise.")
        #: Button after "This hurts" on the last exercise: on to the questions about the routine.
        return PainScreen(text, last, translate("RoutineWindow", "&Go on"), can_end=False)
    #: After "This hurts": the exercise that comes next; the routine waits until the user goes on.
    next_text = translate("RoutineWindow", "Next: {name}. The clock waits until you go on.").format(
        name=following.name)
    #: Button after "This hurts": on to the next exercise of the routine.
    go_on = translate("RoutineWindow", "&Go on to the next exercise")
    return PainScreen(text, next_text, go_on, can_end=True)
