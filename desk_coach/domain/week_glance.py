"""A week at a glance: the few figures a trainer would look at first, and the coach's summary.

Pure values built from a :class:`~desk_coach.domain.weekly.WeekStats`, the week's break events,
the plan's weekly goals and the exercise levels (``services/week_glance.py`` reads them); the
words are ``wording/sentences/glance.py``'s, the drawing the Progress window's.

**Breaks due.** A break "came due" when the coach recorded it due (``BreakEventKind.DUE``) or
when the user broke up sitting before it had to (see :func:`breaks_due`). Each break counts once,
by its final answer, whatever happened on the way: a reminder snoozed, closed unanswered or held
back in quiet time comes due again and is the same break, so "due, snoozed, due, taken" is one
break, taken. The share of breaks taken is ``taken / due``, so it never passes 100 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desk_coach.domain.coaching.exercises import Exercise, ExerciseLibrary, Target
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.history import BreakEvent, BreakEventKind
from desk_coach.domain.said import Said, SaidCode, Term, said
from desk_coach.domain.weekly import WeekSaid, WeekStats

PARTIAL_NOT_COUNTED = "too short to count as a break"
"""The coach's note on a break ended so early it did not count (``services/coach.py``): the
break comes due again, so it is put off, not answered."""

_PUT_OFF = frozenset({BreakEventKind.SNOOZED, BreakEventKind.DISMISSED, BreakEventKind.QUIET_DELAYED})


class BreakAnswer(StrEnum):
    """What finally became of a break that came due."""

    TAKEN = "taken"  # run to its end, or a natural break away from the desk
    ENDED_EARLY = "ended_early"  # begun and left before its end (and long enough to count)
    SKIPPED = "skipped"
    PUT_OFF = "put_off"  # snoozed, closed unanswered or held back, and not answered since
    WAITING = "waiting"  # due, no answer yet (the reminder is showing)


def _date(at: datetime) -> date:
    return at.date()


_FINAL = {
    BreakEventKind.TAKEN: BreakAnswer.TAKEN,
    BreakEventKind.NATURAL: BreakAnswer.TAKEN,
    BreakEventKind.PARTIAL: BreakAnswer.ENDED_EARLY,
    BreakEventKind.SKIPPED: BreakAnswer.SKIPPED,
}


@dataclass(frozen=True)
class BreaksDue:
    """The breaks that came due in a week, each counted once by its final answer."""

    taken: int = 0
    ended_early: int = 0
    skipped: int = 0
    put_off: int = 0
    waiting: int = 0

    @property
    def due(self) -> int:
        return self.taken + self.ended_early + self.skipped + self.put_off + self.waiting

    @property
    def percent_taken(self) -> int | None:
        """Breaks taken as a whole percentage of breaks due; None when none came due."""
        return round(100 * self.taken / self.due) if self.due else None


def breaks_due(events: Iterable[BreakEvent], day_of: Callable[[datetime], date] = _date) -> BreaksDue:
    """Count the breaks that came due in ``events`` (any order), each once, by its last answer.

    - A ``DUE`` opens a break unless one is open: after a snooze, a reminder closed unanswered, a
      wait for quiet time, or a break ended too early to count, the break that comes due again
      is the same one.
    - ``TAKEN`` and ``NATURAL`` answer it as taken, ``PARTIAL`` as ended early, ``SKIPPED`` as
      skipped; the next ``DUE`` opens a new break.
    - An answer with no break open is a break of its own, taken *and* due: the user broke up
      sitting before a reminder had to (a natural break away from the desk, a break started
      from the tray), which restarts the coach's interval just as a break taken when due does.
      So are answers to a break that came due before the events read (the week before).
    - A break still open at the end of its day (``day_of``: the user's day of a moment, which a
      night shift moves) or of the events counts as put off (its last answer was a snooze, a
      close or quiet time) or as waiting (no answer yet): a new day's break is a new one.
    - ``SHOWN`` says nothing about the answer.
    """
    counts = dict.fromkeys(BreakAnswer, 0)
    open_break: BreakAnswer | None = None
    open_day: date | None = None
    for event in sorted(events, key=lambda e: e.at):
        day = day_of(event.at)
        if open_break is not None and day != open_day:
            counts[open_break] += 1
            open_break = None
        open_day = day
        kind = event.kind
        if kind == BreakEventKind.DUE:
            open_break = open_break or BreakAnswer.WAITING
        elif kind in _PUT_OFF or (kind == BreakEventKind.PARTIAL and PARTIAL_NOT_COUNTED in event.note):
            open_break = BreakAnswer.PUT_OFF
        elif kind in _FINAL:
            counts[_FINAL[kind]] += 1
            open_break = None
    if open_break is not None:
        counts[open_break] += 1
    return BreaksDue(*(counts[answer] for answer in BreakAnswer))


@dataclass(frozen=True)
class SittingGlance:
    """Sitting per day against the daily goal, over the days that count: the work days up to
    today (a day still to come has no figure yet) and any other day with sitting recorded."""

    goal_minutes: float  # 0: no goal set
    days: tuple[tuple[date, float], ...]  # (day, minutes sat) of each day that counts

    @property
    def counted(self) -> int:
        return len(self.days)

    @property
    def within_goal(self) -> int:
        """Days that stayed at or under the goal (all of them without a goal)."""
        return sum(1 for _, minutes in self.days if self.goal_minutes <= 0 or minutes <= self.goal_minutes)

    @property
    def average_minutes(self) -> float:
        """Minutes a day on the days with any sitting (a day off does not pull it down)."""
        sat = [minutes for _, minutes in self.days if minutes > 0]
        return sum(sat) / len(sat) if sat else 0.0

    @property
    def most_over(self) -> tuple[date, float] | None:
        """The day furthest over the goal and by how many minutes; None when no day was over."""
        over = [(day, minutes - self.goal_minutes) for day, minutes in self.days]
        worst = max(over, key=lambda pair: pair[1], default=None)
        return worst if self.goal_minutes > 0 and worst is not None and worst[1] > 0 else None


def sitting_glance(
    week: WeekStats, goal_minutes: float, work_days: frozenset[int], today: date
) -> SittingGlance:
    days = tuple(
        (day.day, day.sitting_minutes)
        for day in week.days
        if day.sitting_minutes > 0 or (day.day.weekday() in work_days and day.day <= today)
    )
    return SittingGlance(float(goal_minutes), days)


@dataclass(frozen=True)
class StretchGoals:
    """The weekly stretching goal the plan sets (``desk-coach plan --week``): ``minutes`` for each of
    ``targets`` (the tight or focus ones), counted on one side; ``per_side``: the targets whose
    stretches are done on each side, so the goal is said "each side"."""

    targets: tuple[Target, ...] = ()
    minutes: int = 0
    per_side: frozenset[Target] = frozenset()


@dataclass(frozen=True)
class TargetGlance:
    """A target's minutes this week, and its weekly goal when the plan sets one.

    With a goal, ``minutes`` is the target's stretching counted on one side
    (``WeekStats.stretch_minutes_per_side``), the goal's unit as ``desk-coach plan --week`` counts
    it: 2 x 30 s each side is one minute, not two. ``per_side``: the target's stretches are done on
    each side, so the goal is said "each side". Without a goal, every minute of exercise."""

    target: Target
    minutes: float
    goal_minutes: int | None = None
    per_side: bool = False

    @property
    def short_minutes(self) -> float:
        """Minutes still missing to the goal (0 when met or without a goal)."""
        return max(0.0, self.goal_minutes - self.minutes) if self.goal_minutes else 0.0

    @property
    def met(self) -> bool:
        return self.goal_minutes is not None and self.minutes >= self.goal_minutes


def target_glances(
    week: WeekStats,
    goal_targets: Sequence[Target],
    goal_minutes: int,
    per_side: frozenset[Target] = frozenset(),
) -> tuple[TargetGlance, ...]:
    """The targets with a weekly goal (the plan's order) first, their stretching counted on one
    side; then the others worked, every minute. ``per_side``: the targets stretched on each side."""
    stretched = week.stretch_minutes_per_side
    with_goal = tuple(
        TargetGlance(t, stretched.get(t, 0.0), goal_minutes, t in per_side) for t in goal_targets
    )
    others = tuple(TargetGlance(t, m) for t, m in week.exercise_minutes.items() if t not in goal_targets)
    return with_goal + others


@dataclass(frozen=True)
class LadderStep:
    """Where a track stands on its exercise ladder: the exercise and its rung, 1 the easiest."""

    track: str
    exercise_id: str
    step: int
    steps: int


def ladder_step(library: ExerciseLibrary, level: Level) -> LadderStep | None:
    """The rung of ``level``'s exercise on its ladder (easier and harder links followed);
    None when the library no longer holds the exercise."""
    if level.exercise_id not in library:
        return None
    below, above = (
        _walk(library, level.exercise_id, library.easier),
        _walk(library, level.exercise_id, library.harder),
    )
    return LadderStep(level.track, level.exercise_id, below + 1, below + 1 + above)


def _walk(library: ExerciseLibrary, exercise_id: str, step: Callable[[str], Exercise | None]) -> int:
    """How many rungs one way of ``exercise_id`` (a loop is followed once)."""
    seen = {exercise_id}
    move = step(exercise_id)
    while move is not None and move.id not in seen:
        seen.add(move.id)
        move = step(move.id)
    return len(seen) - 1


def ladder_steps(library: ExerciseLibrary, levels: dict[str, Level]) -> tuple[LadderStep, ...]:
    """Every track's rung, in the order of the targets (a track is named after its target)."""
    order = {target.value: index for index, target in enumerate(Target)}
    steps = (ladder_step(library, level) for level in levels.values())
    return tuple(sorted((s for s in steps if s is not None), key=lambda s: (order.get(s.track, 99), s.track)))


@dataclass(frozen=True)
class WeekGlance:
    """One week at a glance (see the module). ``current``: the week holds today."""

    week: WeekStats
    current: bool
    sitting: SittingGlance
    breaks: BreaksDue
    targets: tuple[TargetGlance, ...]
    pull_sets: float
    push_sets: float
    pull_to_push_ratio: int
    levels: tuple[LadderStep, ...] = ()
    changes: tuple[LevelChange, ...] = ()

    @property
    def empty(self) -> bool:
        week = self.week
        return week.sitting_minutes == 0 and sum(week.breaks.values()) == 0 and not week.exercise_minutes

    @property
    def balanced(self) -> bool:
        """Pull sets at least ``pull_to_push_ratio`` times the push sets (COACHING.md section 6)."""
        return self.pull_sets >= self.pull_to_push_ratio * self.push_sets

    def summary(self) -> tuple[Said, ...]:
        """The coach's summary: sitting against the goal, breaks taken of those due, exercise
        against the weekly goals and pull : push (worded in ``wording/sentences/glance.py``)."""
        if self.empty:
            return (said(GlanceSaid.EMPTY_NOW if self.current else GlanceSaid.EMPTY_PAST),)
        lines = [self._sitting_line(), self._breaks_line()]
        exercise = self._exercise_line()
        if exercise is not None:
            lines.append(exercise)
        return tuple(lines)

    def _sitting_line(self) -> Said:
        sitting = self.sitting
        average = round(sitting.average_minutes)
        if sitting.goal_minutes <= 0 or sitting.counted == 0:
            return said(GlanceSaid.SITTING_AVERAGE, average=average)
        goal = round(sitting.goal_minutes)
        over = sitting.most_over
        if over is None:
            return said(
                GlanceSaid.SITTING_WITHIN_ALL,
                n=sitting.counted,
                within=sitting.counted,
                goal=goal,
                average=average,
            )
        return said(
            GlanceSaid.SITTING_WITHIN,
            n=sitting.counted,
            within=sitting.within_goal,
            goal=goal,
            weekday=Term("weekday_long", str(over[0].weekday())),
            over=round(over[1]),
        )

    def _breaks_line(self) -> Said:
        breaks = self.breaks
        if breaks.percent_taken is None:
            return said(GlanceSaid.BREAKS_NONE_DUE)
        return said(GlanceSaid.BREAKS_TAKEN, n=breaks.due, taken=breaks.taken, percent=breaks.percent_taken)

    def _exercise_line(self) -> Said | None:
        clauses = [
            said(
                _TARGET_CODES[t.met, t.per_side],
                target=Term("week_target", t.target.value),
                minutes=_tenths(t.minutes),
                goal=t.goal_minutes,
                short=_tenths(t.short_minutes),
            )
            for t in self.targets
            if t.goal_minutes is not None
        ]
        balance = None
        if self.pull_sets or self.push_sets:
            code = GlanceSaid.PULL_PUSH_ON_TRACK if self.balanced else GlanceSaid.PULL_PUSH_MORE_PULL
            balance = said(
                code,
                pull=_tenths(self.pull_sets),
                push=_tenths(self.push_sets),
                ratio=self.pull_to_push_ratio,
            )
        if not clauses:
            return balance
        goals = clauses[0]
        for clause in clauses[1:]:
            goals = said(WeekSaid.SEMICOLON_JOIN, first=goals, next=clause)
        if balance is None:
            return said(GlanceSaid.GOALS, goals=goals)
        return said(GlanceSaid.GOALS_BALANCE, goals=goals, balance=balance)


def _tenths(value: float) -> int | float:
    """A figure to the tenth, whole when whole: sets ("4", half-done "2.5"), minutes ("1.5")."""
    rounded = round(value, 1)
    return int(rounded) if float(rounded).is_integer() else rounded


class GlanceSaid(SaidCode):
    """The coach's summary of a week (worded in ``wording/sentences/glance.py``)."""

    EMPTY_NOW = "glance.empty_now"
    EMPTY_PAST = "glance.empty_past"
    SITTING_AVERAGE = "glance.sitting_average"  # average (minutes a day)
    SITTING_WITHIN_ALL = "glance.sitting_within_all"  # n (days), within (= n), goal, average (minutes)
    SITTING_WITHIN = "glance.sitting_within"  # n (days), within, goal, weekday, over (minutes)
    BREAKS_NONE_DUE = "glance.breaks_none_due"
    BREAKS_TAKEN = "glance.breaks_taken"  # n (due), taken, percent
    TARGET_MET = "glance.target_met"  # target, minutes, goal, short (0)
    TARGET_SHORT = "glance.target_short"  # target, minutes, goal, short (minutes to go)
    TARGET_MET_EACH_SIDE = "glance.target_met_each_side"  # as TARGET_MET, minutes on each side
    TARGET_SHORT_EACH_SIDE = "glance.target_short_each_side"  # as TARGET_SHORT, on each side
    GOALS = "glance.goals"  # goals (clauses)
    GOALS_BALANCE = "glance.goals_balance"  # goals (clauses), balance (sentence)
    PULL_PUSH_ON_TRACK = "glance.pull_push_on_track"  # pull, push, ratio
    PULL_PUSH_MORE_PULL = "glance.pull_push_more_pull"  # pull, push, ratio


_TARGET_CODES = {
    (True, False): GlanceSaid.TARGET_MET,
    (False, False): GlanceSaid.TARGET_SHORT,
    (True, True): GlanceSaid.TARGET_MET_EACH_SIDE,
    (False, True): GlanceSaid.TARGET_SHORT_EACH_SIDE,
}
"""A target's clause of the summary: goal met or not, stretched on each side or not."""
