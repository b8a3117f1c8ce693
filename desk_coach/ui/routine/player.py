"""The guided routine as a state machine: which exercise, which side, which hold or set, how long.

Pure Python, no Qt: the dialog owns a :class:`RoutinePlayer`, calls :meth:`RoutinePlayer.tick`
from a display timer and the action methods from its buttons, and turns the events they return
into what the user sees and hears. Time always comes from a monotonic clock reading (``now``,
seconds), never from counting ticks, so a late tick or a test's fake clock gives the same result.

How a routine is walked
-----------------------
Each prescription of the plan becomes a list of *segments*, played in order:

* a hold (``HoldDose``): ``get ready`` (``prepare_s``), then hold 1 of N, a short rest
  (``rest_s``), hold 2 of N ...; per side, the sides take turns after each hold (left 1,
  ``switch sides`` (``switch_s``), right 1, switch, left 2 ...), so each side rests while the
  other works, as the library's steps say;
* strength work (``RepsDose``): ``get ready``, then set 1 of N, a rest (``set_rest_s``), set 2
  ...; per side, the sides take turns after each set in the same way;
* the walk (``TimedDose``, or a single bout for a walk under a minute): one countdown of its
  length, with no get-ready.

Waits (get ready, rest, switch sides) end on their own, or at once with :meth:`skip_wait`.
Holds and the walk are timed and cannot be shortened except by skipping the exercise.

How repetitions are counted
---------------------------
A set is *paced*: unless the user counts, the player counts one repetition every ``rep_s``
seconds of the dose (the pace the library gives, about 3 s), so a user who would rather not
reach for the keyboard in the middle of a sit-to-stand simply follows the counter, and a set
never waits forever for someone who walked off. The first time the user presses "Rep done"
(:meth:`rep_done`) in an exercise, the player stops pacing that exercise and counts only the
presses: counting on both at once would count a slow repetition twice. The set ends when its
count reaches the planned repetitions.

What is counted as done
-----------------------
``done_fraction`` of an exercise is the share of its planned units that were completed: whole
holds for a hold dose, repetitions for strength work, and seconds for the walk. Skipping an
exercise (or stopping it with "this hurts") keeps what was done before, and marks it skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from desk_coach.domain.coaching.exercises import Dose, Exercise, HoldDose, RepsDose, Target, TimedDose
from desk_coach.domain.coaching.plan import RoutinePlan

PREPARE_S = 10.0  # to read the steps and get into position before the first hold or set
REST_S = 5.0  # between two holds on the same side
SWITCH_S = 5.0  # to change sides
SET_REST_S = 15.0  # between two sets of strength work: light desk work, short rests
_EPSILON = 1e-9


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class Phase(StrEnum):
    """What the user is doing right now."""

    PREPARE = "prepare"  # reading the steps and getting into position
    HOLD = "hold"  # holding a position, timed
    SET = "set"  # a set of repetitions, counted
    REST = "rest"  # between two holds or sets on the same side
    SWITCH = "switch"  # changing to the other side
    WALK = "walk"  # the walk break, timed
    FINISHED = "finished"  # the routine is over (ran to the end or was ended)


WAITS = frozenset({Phase.PREPARE, Phase.REST, Phase.SWITCH})


@dataclass(frozen=True)
class Segment:
    """One step of an exercise. ``number`` of ``of`` counts holds or sets; a wait carries the
    number of the hold or set after it (0 and 0 for the walk)."""

    phase: Phase
    seconds: float  # planned length; for a set, repetitions x seconds per repetition
    side: Side | None = None
    number: int = 0
    of: int = 0
    reps: int = 0  # repetitions in a set


# -- events ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExerciseStarted:
    """The player moved to exercise ``index`` (0-based) of the plan."""

    index: int
    exercise_id: str


@dataclass(frozen=True)
class SideSwitched:
    """Time to change sides: the next holds or sets are on ``side``."""

    exercise_id: str
    side: Side


@dataclass(frozen=True)
class BlockFinished:
    """A hold, a set or the walk ran to its end: time to let go."""

    exercise_id: str
    phase: Phase
    number: int
    of: int
    side: Side | None


@dataclass(frozen=True)
class ExerciseFinished:
    """An exercise is over: done to the end, skipped, or stopped because it hurt."""

    index: int
    exercise_id: str
    done_fraction: float
    skipped: bool = False
    pain_button: bool = False


@dataclass(frozen=True)
class RoutineFinished:
    """The routine is over: ``completed`` is False when the user ended it early."""

    completed: bool


Event = ExerciseStarted | SideSwitched | BlockFinished | ExerciseFinished | RoutineFinished


class ExerciseLookup(Protocol):
    def __getitem__(self, exercise_id: str, /) -> Exercise: ...


# -- planning the segments ------------------------------------------------------------------------


def segments_for(dose: Dose, per_side: bool, *, prepare_s: float = PREPARE_S, rest_s: float = REST_S,
                 switch_s: float = SWITCH_S, set_rest_s: float = SET_REST_S,
                 alternate_sides: bool = True) -> tuple[Segment, ...]:
    """The steps of one exercise at ``dose``, waits included.

    A wait carries the number of the hold or set that follows it. Per side, the sides take turns
    after each hold or set (left 1, right 1, left 2, right 2), as the library's steps say ("swap
    legs after each hold", "finish the set, then switch legs"), so each side rests while the
    other works; ``alternate_sides=False`` does every hold on the left, then every one on the right.
    """
    if isinstance(dose, TimedDose):
        return (Segment(Phase.WALK, float(dose.minutes * 60)),)
    sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if per_side else (None,)
    if isinstance(dose, HoldDose):
        count, work, rest = dose.reps, Segment(Phase.HOLD, float(dose.hold_s)), rest_s
    elif isinstance(dose, RepsDose):
        count, rest = dose.sets, set_rest_s
        work = Segment(Phase.SET, float(dose.reps * dose.rep_s), reps=dose.reps)
    else:  # pragma: no cover - the Dose union is closed
        raise TypeError(f"unknown dose {dose!r}")
    if alternate_sides:
        order = [(number, side) for number in range(1, count + 1) for side in sides]
    else:
        order = [(number, side) for side in sides for number in range(1, count + 1)]
    steps: list[Segment] = []
    if prepare_s > 0:
        steps.append(Segment(Phase.PREPARE, prepare_s, sides[0], 1, count))
    for position, (number, side) in enumerate(order):
        if position and side != order[position - 1][1]:
            steps.append(Segment(Phase.SWITCH, switch_s, side, number, count))
        elif position and rest > 0:
            steps.append(Segment(Phase.REST, rest, side, number, count))
        steps.append(Segment(work.phase, work.seconds, side, number, count, work.reps))
    return tuple(steps)


@dataclass(frozen=True)
class PlannedExercise:
    exercise: Exercise
    dose: Dose
    segments: tuple[Segment, ...]

    @property
    def total_units(self) -> float:
        """Holds, repetitions or seconds in the whole dose (both sides)."""
        if self.segments and all(segment.phase is Phase.WALK for segment in self.segments):
            return float(sum(segment.seconds for segment in self.segments))
        return float(sum(s.reps or 1 for s in self.segments if s.phase in (Phase.HOLD, Phase.SET)))

    @property
    def weight(self) -> float:
        return sum(s.seconds for s in self.segments)


# -- the player -----------------------------------------------------------------------------------


class RoutinePlayer:
    """Walks a :class:`RoutinePlan` exercise by exercise, side by side, hold by hold.

    ``exercises`` looks an Exercise up by id (an ``ExerciseLibrary`` or a dict); every id of the
    plan must be there (KeyError otherwise). The dose played is the prescription's, not the
    library's default. ``clock`` gives monotonic seconds; every method takes an optional ``now``
    that defaults to ``clock()``.

    Nothing runs until :meth:`start`. Every method that changes the state first brings the
    player up to ``now`` and returns the events that happened, in order (a list, maybe empty).
    After a :class:`RoutineFinished` every method does nothing and returns ``[]``.
    """

    def __init__(
        self,
        plan: RoutinePlan,
        exercises: ExerciseLookup | Mapping[str, Exercise],
        *,
        clock: Callable[[], float] = time.monotonic,
        prepare_s: float = PREPARE_S,
        rest_s: float = REST_S,
        switch_s: float = SWITCH_S,
        set_rest_s: float = SET_REST_S,
        alternate_sides: bool = True,
    ) -> None:
        if not plan.items:
            raise ValueError("a routine needs at least one exercise")
        self._clock = clock
        self.plan = plan
        self.exercises: tuple[PlannedExercise, ...] = tuple(
            PlannedExercise(
                exercises[item.exercise_id],
                item.dose,
                (Segment(Phase.WALK, float(item.dose.seconds(False))),)
                if exercises[item.exercise_id].target == Target.WALK
                else segments_for(item.dose, exercises[item.exercise_id].per_side, prepare_s=prepare_s,
                                  rest_s=rest_s, switch_s=switch_s, set_rest_s=set_rest_s,
                                  alternate_sides=alternate_sides),
            )
            for item in plan.items
        )
        self._total_weight = sum(p.weight for p in self.exercises) or 1.0
        self._index = 0  # current exercise
        self._segment = 0  # current segment of it
        self._elapsed = 0.0  # active seconds spent in the current segment
        self._done_units = 0.0  # holds, repetitions or seconds done in the current exercise
        self._reps = 0  # repetitions counted in the current set
        self._pace_mark = 0.0  # self._elapsed when the last repetition was counted
        self._self_counting = False  # the user counts repetitions in this exercise
        self._started = False
        self._running = False
        self._last = 0.0  # clock reading up to which time has been accounted
        self._finished: RoutineFinished | None = None
        self.results: list[ExerciseFinished] = []

    # -- what the player says ---------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._started

    @property
    def running(self) -> bool:
        """Started, not paused and not finished: time counts."""
        return self._running

    @property
    def paused(self) -> bool:
        return self._started and not self._running and self._finished is None

    @property
    def finished(self) -> bool:
        return self._finished is not None

    @property
    def completed(self) -> bool | None:
        """True/False once finished (ran to the end / ended early); None before."""
        return self._finished.completed if self._finished else None

    @property
    def index(self) -> int:
        """The current exercise (0-based); the number of exercises once finished."""
        return self._index

    @property
    def count(self) -> int:
        return len(self.exercises)

    @property
    def current(self) -> PlannedExercise | None:
        return None if self.finished else self.exercises[self._index]

    @property
    def exercise(self) -> Exercise | None:
        return None if self.finished else self.exercises[self._index].exercise

    @property
    def next_exercise(self) -> Exercise | None:
        """The exercise after the current one, if any."""
        nxt = self._index + 1
        return self.exercises[nxt].exercise if not self.finished and nxt < len(self.exercises) else None

    @property
    def segment(self) -> Segment | None:
        return None if self.finished else self.exercises[self._index].segments[self._segment]

    @property
    def phase(self) -> Phase:
        segment = self.segment
        return Phase.FINISHED if segment is None else segment.phase

    @property
    def side(self) -> Side | None:
        segment = self.segment
        return None if segment is None else segment.side

    @property
    def remaining_s(self) -> float:
        """Seconds left in the current timed segment (for a set: at the pace, while paced)."""
        segment = self.segment
        if segment is None:
            return 0.0
        if segment.phase is Phase.SET:
            rep_s = segment.seconds / segment.reps
            return max(0.0, (segment.reps - self._reps) * rep_s - (self._elapsed - self._pace_mark))
        return max(0.0, segment.seconds - self._elapsed)

    @property
    def reps_counted(self) -> int:
        """Repetitions counted in the current set (0 outside a set)."""
        return self._reps if self.phase is Phase.SET else 0

    @property
    def self_counting(self) -> bool:
        """The user counts the repetitions of the current exercise ("Rep done")."""
        return self._self_counting

    @property
    def done_fraction(self) -> float:
        """The share of the current exercise's dose done so far."""
        current = self.current
        return 0.0 if current is None else self._fraction(current)

    @property
    def routine_done_fraction(self) -> float:
        """The share of the whole routine done, 0-1: each exercise's done part, weighted by its
        planned time; exercises skipped or never reached add nothing."""
        done = {r.index: r.done_fraction for r in self.results}
        if self.current is not None and not self.finished:
            done.setdefault(self._index, self._fraction(self.current))
        return min(1.0, sum(p.weight * done.get(i, 0.0) for i, p in enumerate(self.exercises))
                   / self._total_weight)

    @property
    def total_s(self) -> float:
        """The planned length of the whole routine, waits included (sets at their pace)."""
        return sum(p.weight for p in self.exercises)

    @property
    def progress(self) -> float:
        """The share of the whole routine behind us, 0-1 (by planned time; skipped parts count)."""
        if self.finished:
            return 1.0
        current = self.exercises[self._index]
        behind = sum(p.weight for p in self.exercises[: self._index])
        behind += sum(s.seconds for s in current.segments[: self._segment])
        segment = current.segments[self._segment]
        if segment.phase is Phase.SET:
            within = segment.seconds * self._reps / segment.reps
            if not self._self_counting:
                within += min(self._elapsed - self._pace_mark, segment.seconds / segment.reps)
            behind += min(segment.seconds, within)
        else:
            behind += min(self._elapsed, segment.seconds)
        return min(1.0, behind / self._total_weight)

    # -- actions ------------------------------------------------------------------------------------

    def start(self, now: float | None = None) -> list[Event]:
        """Start the routine (once): the first exercise begins and time counts from ``now``."""
        if self._started or self.finished:
            return []
        self._started = self._running = True
        self._last = self._now(now)
        return [ExerciseStarted(self._index, self.exercises[self._index].exercise.id)]

    def tick(self, now: float | None = None) -> list[Event]:
        """Account for the time up to ``now``: finish what ran out, move on, return the events."""
        now = self._now(now)
        if not self._running:
            return []
        events: list[Event] = []
        available = max(0.0, now - self._last)
        self._last = max(self._last, now)
        while available > _EPSILON and self._running:
            available = self._advance(available, events)
        return events

    def pause(self, now: float | None = None) -> list[Event]:
        events = self.tick(now)
        self._running = False
        return events

    def resume(self, now: float | None = None) -> list[Event]:
        if not self.paused:
            return []
        self._running = True
        self._last = self._now(now)
        return []

    def skip_wait(self, now: float | None = None) -> list[Event]:
        """End a get-ready, rest or switch-sides wait at once (the user is ready)."""
        events = self.tick(now)
        if self._running and self.phase in WAITS:
            self._next_segment(events)
        return events

    def rep_done(self, now: float | None = None) -> list[Event]:
        """The user finished a repetition: count it, and from now on count only their presses."""
        events = self.tick(now)
        if self._running and self.phase is Phase.SET:
            self._self_counting = True
            self._count_rep(events)
        return events

    def skip_exercise(self, now: float | None = None) -> list[Event]:
        """Leave the current exercise (keeping what was done) and go on to the next one; before
        :meth:`start`, this starts the routine at the next exercise."""
        events = self.tick(now) if self._started else self.start(now)
        if not self.finished:
            self._finish_exercise(events, skipped=True)
        return events

    def pain(self, now: float | None = None) -> list[Event]:
        """"This hurts": stop the exercise, mark it skipped because of pain, and go on to the next
        one *paused*, so nothing counts while the user reads the advice; :meth:`resume` goes on."""
        events = self.tick(now) if self._started else self.start(now)
        if self.finished:
            return events
        self._finish_exercise(events, skipped=True, pain_button=True)
        self._running = False
        return events

    def end(self, now: float | None = None) -> list[Event]:
        """End the routine early. The current exercise is reported (as skipped) only if some of
        it was done; exercises not reached are not reported."""
        events = self.tick(now)
        if self.finished:
            return events
        current = self.exercises[self._index]
        if self._done_units > 0:
            self.results.append(ExerciseFinished(self._index, current.exercise.id,
                                                 self._fraction(current), skipped=True))
            events.append(self.results[-1])
        self._finish(events, completed=False)
        return events

    # -- inside ---------------------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    def _fraction(self, planned: PlannedExercise) -> float:
        return max(0.0, min(1.0, self._done_units / planned.total_units))

    def _advance(self, available: float, events: list[Event]) -> float:
        """Spend up to ``available`` active seconds in the current segment; return what is left."""
        segment = self.exercises[self._index].segments[self._segment]
        if segment.phase is Phase.SET:
            if self._self_counting:  # waits for the presses; time passes only for the display
                self._elapsed += available
                return 0.0
            rep_s = segment.seconds / segment.reps
            to_next = rep_s - (self._elapsed - self._pace_mark)
            if available + _EPSILON < to_next:
                self._elapsed += available
                return 0.0
            self._elapsed += to_next
            self._count_rep(events)
            return available - to_next
        to_end = segment.seconds - self._elapsed
        if available + _EPSILON < to_end:
            self._elapsed += available
            if segment.phase is Phase.WALK:
                self._done_units = self._elapsed
            return 0.0
        self._elapsed = segment.seconds
        if segment.phase in (Phase.HOLD, Phase.WALK):
            self._done_units = self._elapsed if segment.phase is Phase.WALK else self._done_units + 1
            events.append(BlockFinished(self.exercises[self._index].exercise.id, segment.phase,
                                        segment.number, segment.of, segment.side))
        self._next_segment(events)
        return max(0.0, available - to_end)

    def _count_rep(self, events: list[Event]) -> None:
        segment = self.exercises[self._index].segments[self._segment]
        self._reps += 1
        self._done_units += 1
        self._pace_mark = self._elapsed
        if self._reps >= segment.reps:
            events.append(BlockFinished(self.exercises[self._index].exercise.id, segment.phase,
                                        segment.number, segment.of, segment.side))
            self._next_segment(events)

    def _next_segment(self, events: list[Event]) -> None:
        current = self.exercises[self._index]
        if self._segment + 1 >= len(current.segments):
            self._finish_exercise(events)
            return
        self._segment += 1
        self._elapsed = self._pace_mark = 0.0
        self._reps = 0
        segment = current.segments[self._segment]
        if segment.phase is Phase.SWITCH and segment.side is not None:
            events.append(SideSwitched(current.exercise.id, segment.side))

    def _finish_exercise(self, events: list[Event], *, skipped: bool = False,
                         pain_button: bool = False) -> None:
        current = self.exercises[self._index]
        result = ExerciseFinished(self._index, current.exercise.id, self._fraction(current),
                                  skipped=skipped, pain_button=pain_button)
        self.results.append(result)
        events.append(result)
        self._index += 1
        self._segment = 0
        self._elapsed = self._pace_mark = self._done_units = 0.0
        self._reps = 0
        self._self_counting = False
        if self._index >= len(self.exercises):
            self._finish(events, completed=True)
        else:
            events.append(ExerciseStarted(self._index, self.exercises[self._index].exercise.id))

    def _finish(self, events: list[Event], *, completed: bool) -> None:
        self._running = False
        self._finished = RoutineFinished(completed)
        self._index = len(self.exercises)
        events.append(self._finished)
