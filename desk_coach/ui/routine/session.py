"""The guided routine dialog's state and decisions, without Qt.

A :class:`RoutineSession` owns the :class:`RoutinePlayer` and knows what the dialog does not
draw: which page is up (the morning-after question, an exercise, the page after "This hurts",
the feedback), whether "End the routine now?" is asked, which action a key or button may take
now, what Escape means at each moment, and that the routine is reported exactly once. Each
action returns the :class:`Cues` the player's events call for (a sound, an exercise to show,
the end of the routine), or None when it does nothing now; the dialog
(``dialog.GuidedRoutineDialog``) turns them into widgets, focus and sounds.

Beside its view in ``ui/``: the state of one window, not a use case (storing the feedback is the
dialog's owner's); no Qt import (an import-linter contract keeps it so).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk_coach.domain.coaching.exercises import Exercise
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.ui.routine.player import (
    BlockFinished,
    Event,
    ExerciseLookup,
    ExerciseStarted,
    RoutineFinished,
    RoutinePlayer,
    SideSwitched,
)
from desk_coach.ui.routine.screen import PainScreen, pain_screen, primary_step


class Page(StrEnum):
    NEXT_MORNING = "next_morning"  # "Any pain this morning from yesterday's moves?"
    EXERCISE = "exercise"
    PAIN = "pain"  # after "This hurts": what to do, and the way on
    FEEDBACK = "feedback"  # "How did it go?"


class Escape(StrEnum):
    """What Escape does at this moment."""

    CLOSE = "close"  # on the feedback page: report the answers as they stand and close
    GO_ON = "go_on"  # the pain page after the last exercise: nothing left to end, on to the feedback
    KEEP_GOING = "keep_going"  # the end question is up: take it back
    ASK_END = "ask_end"  # ask whether to end the routine


@dataclass(frozen=True)
class Cues:
    """What the player's events call for: a sound ("switch" or "done"), an exercise to show
    (its index), and whether the routine is over (on to the feedback)."""

    sound: str | None = None
    exercise: int | None = None
    finished: bool = False


def cues_of(events: Iterable[Event], *, finish: bool = True) -> Cues:
    """The cues of ``events``; with ``finish`` False, the end of the routine is not acted on
    (after "This hurts" the pain page comes first)."""
    events = list(events)
    sound = None
    if any(isinstance(e, SideSwitched) for e in events):
        sound = "switch"
    elif any(isinstance(e, BlockFinished) for e in events):
        sound = "done"
    started = [e.index for e in events if isinstance(e, ExerciseStarted)]
    finished = finish and any(isinstance(e, RoutineFinished) for e in events)
    return Cues(sound, started[-1] if started else None, finished)


class RoutineSession:
    """One run of the guided routine dialog over ``plan``.

    ``opened_by_user``: the user asked for the routine, so it starts without waiting for Start
    (once the morning-after question, when ``asks_morning``, is answered). ``player_options``
    go to the RoutinePlayer. Every action takes ``now``, monotonic seconds.
    """

    def __init__(
        self,
        plan: RoutinePlan,
        exercises: ExerciseLookup | Mapping[str, Exercise],
        *,
        clock: Callable[[], float] = time.monotonic,
        opened_by_user: bool = True,
        asks_morning: bool = False,
        player_options: Mapping[str, object] | None = None,
    ) -> None:
        self._exercises = exercises
        self._clock = clock
        self._player_options: dict[str, Any] = dict(player_options or {})  # checked by RoutinePlayer
        self.player = self._new_player(plan)
        self.opened_by_user = opened_by_user
        self.page = Page.NEXT_MORNING if asks_morning else Page.EXERCISE
        self.confirming = False  # "End the routine now?" is up
        self._resume_after_confirm = False
        self._reported = False

    def _new_player(self, plan: RoutinePlan) -> RoutinePlayer:
        return RoutinePlayer(plan, self._exercises, clock=self._clock, **self._player_options)

    # -- what may happen now ------------------------------------------------------------------------

    @property
    def controls_live(self) -> bool:
        """Pause, Skip and "This hurts" act: an exercise is up, nothing is asked, it is not over."""
        return self.page is Page.EXERCISE and not self.confirming and not self.player.finished

    @property
    def awaiting_start(self) -> bool:
        """Opened by the user and not started yet: the dialog starts it (and takes the focus) when shown."""
        return self.opened_by_user and not self.player.started and not self.player.finished

    def escape(self) -> Escape:
        if self.page is Page.FEEDBACK:
            return Escape.CLOSE
        if self.page is Page.PAIN and self.player.finished:
            return Escape.GO_ON
        return Escape.KEEP_GOING if self.confirming else Escape.ASK_END

    # -- actions ------------------------------------------------------------------------------------

    def refresh(self, now: float) -> Cues:
        """Bring the routine up to the clock."""
        return cues_of(self.player.tick(now))

    def start(self, now: float) -> Cues:
        return cues_of(self.player.start(now))

    def primary(self, now: float) -> Cues | None:
        """Space or the main button: start, "I'm ready", skip the rest or count a rep."""
        if self.page is not Page.EXERCISE or self.confirming:
            return None
        events = primary_step(self.player, now)
        return None if events is None else cues_of(events)

    def toggle_pause(self, now: float) -> Cues | None:
        if not self.controls_live or not self.player.started:
            return None
        if self.player.running:
            return cues_of(self.player.pause(now))
        self.player.resume(now)
        return Cues()

    def skip(self, now: float) -> Cues | None:
        if not self.controls_live:
            return None
        return cues_of(self.player.skip_exercise(now))

    def hurt(self, now: float) -> tuple[Cues, PainScreen] | None:
        """"This hurts": the exercise stops, the routine waits on the pain page."""
        if not self.controls_live:
            return None
        name = self.player.exercise.name if self.player.exercise else ""
        cues = cues_of(self.player.pain(now), finish=False)
        self.page = Page.PAIN
        return cues, pain_screen(name, self.player.exercise)

    def go_on_after_pain(self, now: float) -> Cues:
        """From the pain page: the next exercise, or the feedback when that was the last."""
        if self.player.finished:
            return Cues(finished=True)
        self.page = Page.EXERCISE
        self.player.resume(now)
        return Cues()

    def morning_answered(self) -> bool:
        """The morning-after question is answered (or skipped); True when the routine should start now."""
        self.page = Page.EXERCISE
        return self.opened_by_user and not self.player.started

    def ask_end(self, now: float) -> Cues | None:
        """Escape: ask whether to end the routine; the clock stops while the question is up."""
        if self.player.finished or self.confirming:
            return None
        self._resume_after_confirm = self.player.running
        self.confirming = True
        return cues_of(self.player.pause(now))

    def keep_going(self, now: float) -> bool:
        """Take the end question back (the clock runs on if it ran before); False when none was up."""
        if not self.confirming:
            return False
        self.confirming = False
        if self._resume_after_confirm:
            self.player.resume(now)
        return True

    def end_now(self, now: float) -> Cues:
        """End the routine early (on to the feedback, or closing when nothing was done)."""
        self.confirming = False
        return cues_of(self.player.end(now))

    def replace_plan(self, plan: RoutinePlan) -> bool:
        """Run ``plan`` instead; only before the start (False, and nothing changes, after)."""
        if self.player.started or self.player.finished or not plan.items:
            return False
        self.player = self._new_player(plan)
        return True

    def to_feedback(self) -> bool:
        """The routine is over: on to the feedback page; False when nothing was done to ask about."""
        if not self.player.results:
            return False
        self.page = Page.FEEDBACK
        return True

    # -- the report ----------------------------------------------------------------------------------

    def close(self, now: float) -> Cues | None:
        """The window is closing: end the routine where it is, without asking. None when it was
        already reported (nothing more to say)."""
        if self._reported:
            return None
        return Cues() if self.player.finished else cues_of(self.player.end(now), finish=False)

    def report(self) -> bool:
        """True exactly once: the routine is reported now."""
        if self._reported:
            return False
        self._reported = True
        return True

    def unanswered(self) -> list[ExerciseFeedback]:
        """What was done, with no answers given (effort None, pain 0)."""
        return [ExerciseFeedback(r.exercise_id, None, 0, r.done_fraction, r.skipped, r.pain_button)
                for r in self.player.results]
