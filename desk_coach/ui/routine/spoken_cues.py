"""What the routine says to a screen reader as it runs: the exercise's name and first step when it
comes up, each phase as it begins ("Hold 1 of 2 · left side", "Switch sides. Now the right side",
"Rest"), the countdown every ten seconds and in its last three, and the repetitions as they are
counted. Built from the :class:`~desk_coach.ui.routine.screen.ExerciseScreen` the page shows, so it
says what the screen shows, never more often than a listener can follow.
"""

from __future__ import annotations

from desk_coach.ui.routine.screen import ExerciseScreen, switch_text
from desk_coach.wording.translate import translate


def exercise_line(name: str, steps: list[str] | tuple[str, ...]) -> str:
    """The new exercise: its name and its first step."""
    if not steps:
        return name
    #: Read by a screen reader when an exercise comes up: {name} is the exercise, {step} its first step.
    return translate("RoutineWindow", "{name}. First: {step}").format(name=name, step=steps[0])


def _count_due(seconds: int, previous: int | None) -> bool:
    """Every ten seconds, then each of the last three."""
    if seconds == previous or seconds <= 0:
        return False
    return seconds <= 3 or seconds % 10 == 0


def screen_line(previous: ExerciseScreen | None, screen: ExerciseScreen) -> str:
    """What to say now that ``screen`` follows ``previous`` (empty: nothing new worth saying)."""
    parts: list[str] = []
    if screen.paused:
        if previous is None or not previous.paused:
            #: Read by a screen reader when the routine is paused.
            parts.append(translate("RoutineWindow", "Paused"))
        return " ".join(parts)
    phase_changed = previous is None or previous.title != screen.title or previous.paused
    if screen.announce and (previous is None or not previous.announce):
        parts.append(switch_text() + ".")
    if phase_changed:
        parts.append(screen.title + ".")
        if screen.seconds_left is not None and screen.big:
            #: Read by a screen reader as a phase begins: how long it lasts in seconds;
            #: {count} is a figure such as "30".
            parts.append(translate("RoutineWindow", "{count} seconds.").format(count=screen.big)
                         if ":" not in screen.big else screen.big + ".")
    elif screen.seconds_left is not None:
        before = previous.seconds_left if previous is not None else None
        if _count_due(screen.seconds_left, before):
            parts.append(screen.big)
    if screen.seconds_left is None and screen.big and screen.pause_enabled and (
            phase_changed or previous is None or previous.big != screen.big):
        #: Read by a screen reader when the repetitions counted change; {count} is "8 / 10".
        parts.append(translate("RoutineWindow", "Repetitions {count}").format(count=screen.big))
    return " ".join(parts)
