"""The planner: which exercises each break holds, at which dose, and why.

Pure domain code. It reads the person (:class:`CoachingProfile`), where they stand on each
ladder (levels), what they did this week (history), the coaching rules and the exercise
library, and returns a :class:`RoutinePlan`. It never reads a clock, a file or the database:
``now`` and the history are handed in, so the same inputs always give the same plan.

How a plan is made (COACHING.md sections 2, 5.8, 5.9 and 6)
-----------------------------------------------------------
* **Safety first.** A paused region gets no exercise at all; in pregnancy nothing is done
  lying on the back; floor exercises need room on the floor; and when exercise is not
  allowed (an emergency or PAR-Q+ answer) every break is a walk, with a note saying why.
* **What is at hand.** Only exercises whose equipment is all at hand (``profile.equipment``;
  never asked: ``rules.equipment.default_at_hand``); otherwise the ladder's next step down
  that can be done, else the easiest exercise of the target that can.
* **Needs from the screen** (``rules.screen_plan``): an item scored at or below its line's
  ``at_most`` asks for that line's stretching, strength work or named exercises on
  ``days_per_week`` days (7 = daily). These are the person's *focus* targets. Before any
  screen, the desk-worker default puts hip flexors and chest in focus. Every other target the
  screen plan names is kept up at the maintenance frequency; flexible people (dancers, or
  every item at the top score) stretch at the maintenance frequency and do strength work more
  often (section 5.9).
* **The daily routine** takes, in this order and while the routine's minutes last: in the
  week's last two work days the weekly protraction item (micro-breaks can make up stretching,
  never a push), the focus stretches still short of this week's minutes (furthest first), the
  focus exercises and the focus strength work that is due, the protraction item otherwise,
  the focus stretches that already have their minutes, the maintenance work that is due,
  pulls enough for this week's pushes (and the push still to come), and gentle mobility to
  round it off. Strength days are spaced ``7 // days_per_week`` apart unless the work days
  left (``work_days``) are just enough. Each exercise comes at its level's dose, exactly as
  the progression set it (a stretch after a step down for pain is held as often as the
  what-changed line said, not repeated up to the session's seconds); from 65
  (``profile.age_band``) a stretch not stepped down is held ``older_adult_reps`` x
  ``older_adult_hold_s``. Floor exercises only with floor room.
* **Moves that hurt today** (``left_out.left_out_today``) are in no plan for the rest of the
  day, nor are the harder moves of their ladders.
* **Rule 6** (``adherence``): while breaks are missed the routine is shorter
  (``shorter_routine_percent``, never below ``floor_minutes_per_day``) at the same levels, and
  says so; after breaks were kept up it ends with ``high_extra_exercises`` extra moves on offer.
  Walks fit their break: whole minutes, or one bout of the break's seconds under a minute.
* **A micro-break** is one or two desk exercises that fit in the break, in office clothes.
  Nothing from the last break leads the next; then the move used least today (and longest
  ago) comes first, ties going round in turn with ``index_today``, so no exercise fills the
  whole day. In a calendar week, a focus stretch the daily routines left this week cannot
  bring to the weekly minutes goes round first. When nothing fits, the break is a walk.
* **Push and pull** (section 6): weekly pull sets stay at least ``pull_to_push_ratio`` times
  the push sets, counting this week's history and today's plan; the protraction item (UB6)
  comes once a week only when the pulls can balance it; a micro-break never holds a push.
  Every chest stretch is paired with a pull set in the same break (``paired_with``).
* **Order:** for desk workers the hip-flexor stretch comes first and the chest stretch (with
  its pull) next; the rest follows in priority order.

"This week" is the days from ``week_start`` to today (the caller picks the calendar week),
or, without ``week_start``, the seven days ending today. History from before the week is
used only to space strength days apart.

Numbers the rules file does not hold are the module constants below, each marked [planner].
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from desk_coach.domain.coaching.adherence import FULL_LENGTH, AdherenceState
from desk_coach.domain.coaching.exercises import (
    Dose,
    Exercise,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    Target,
    TimedDose,
    balance_sets,
)
from desk_coach.domain.coaching.left_out import left_out_today
from desk_coach.domain.coaching.library_rules import CoachingRules, ScreenPlanRule
from desk_coach.domain.coaching.plan import Level, Prescription, RoutinePlan
from desk_coach.domain.coaching.plan_reasons import (
    DAYS_PER_WEEK,
    PlanCode,
    checks,
    how_often,
    paused,
    target_modifier,
    target_modifier_start,
    target_term,
    tightness,
)
from desk_coach.domain.coaching.profile import AgeBand, CoachingProfile, Equipment, Lifestyle
from desk_coach.domain.coaching.progression import entry_dose
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import Said, Term, said

# --- [planner] numbers not (yet) in rules.toml -------------------------------------------------

MICRO_MAX_ITEMS = 2
"""[planner] A micro-break holds one or two exercises (a chest stretch and its pull are two)."""

UNSCREENED_FOCUS: tuple[Target, ...] = (Target.HIP_FLEXORS, Target.CHEST)
"""[planner] Before any screen, the desk-worker default stretches these daily."""

DESK_WORKER_FIRST: tuple[Target, ...] = (Target.HIP_FLEXORS, Target.CHEST)
"""[planner] For desk workers these come first in a routine, in this order."""

PROTRACTION_FIRST_DAYS_LEFT = 2
"""[planner] In the last days of a calendar week, the weekly protraction item (if still owed)
comes right after the focus stretches instead of after the rest of the focus work."""

EXTRA_ROOM_S = 180
"""[planner] Room the routine would need for the extra exercise rule 6 offers (one more move)."""

WALK_EXERCISE = "MV1"
"""[planner] The walk break of the library; any walk exercise stands in when it is missing."""


# --- roles ---------------------------------------------------------------------------------------


class _Role(StrEnum):
    """What an exercise does for the plan, from its pattern."""

    STRETCH = "stretch"
    STRENGTH = "strength"  # pull, hinge, squat
    PUSH = "push"
    MOBILITY = "mobility"
    WALK = "walk"


def _role(target: Target, pattern: Pattern) -> _Role:
    if target == Target.WALK:
        return _Role.WALK
    if pattern == Pattern.STRETCH:
        return _Role.STRETCH
    if pattern == Pattern.PUSH:
        return _Role.PUSH
    if pattern == Pattern.MOBILITY:
        return _Role.MOBILITY
    return _Role.STRENGTH


def _exercise_role(exercise: Exercise) -> _Role:
    return _role(exercise.target, exercise.pattern)


# --- reasons and notes (worded by wording/sentences/plan.py) ---------------------------------

NOT_ALLOWED_NOTE = said(PlanCode.NOT_ALLOWED)
NOT_SET_UP_NOTE = said(PlanCode.NOT_SET_UP)
PREGNANCY_NOTE = said(PlanCode.PREGNANCY)
WALK_REASON = said(PlanCode.WALK)
ON_HOLD_WALK_REASON = said(PlanCode.ON_HOLD_WALK)
PULL_PARTNER_REASON = said(PlanCode.PULL_PARTNER)
EXTRA_REASON = said(PlanCode.EXTRA)
EXTRA_NOTE = said(PlanCode.EXTRA_NOTE)
MICRO_MOBILITY_REASON = said(PlanCode.MICRO_MOBILITY)
ROUTINE_MOBILITY_REASON = said(PlanCode.ROUTINE_MOBILITY)


# --- what the person needs -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Need:
    """Work the plan owes the person: a role for a target (or one named exercise), how often."""

    role: _Role
    target: Target | None  # None for a named exercise
    days_per_week: int
    reason: Said
    focus: bool  # asked for by the screen (or the desk-worker default): counted weekly
    exercise_id: str | None = None

    def matches(self, record: ExerciseRecord) -> bool:
        if self.exercise_id is not None:
            return record.exercise_id == self.exercise_id
        return record.target == self.target and _role(record.target, record.pattern) == self.role


def _on_hold_note(profile: CoachingProfile) -> Said:
    """Why exercise is on hold: coaching not set up yet, or the answers to the health questions."""
    return NOT_ALLOWED_NOTE if profile.screened else NOT_SET_UP_NOTE


def is_flexible(profile: CoachingProfile, rules: CoachingRules) -> bool:
    """Dancers and the like, or anyone whose screen items all reached the top score (5.9)."""
    if profile.lifestyles & rules.lifestyle.flexible:
        return True
    scores = profile.item_scores
    return (
        profile.screened
        and bool(scores)
        and all(score >= rules.lifestyle.flexible_when_all_at_least for score in scores.values())
    )


def _desk_worker(profile: CoachingProfile) -> bool:
    return Lifestyle.DESK_WORKER in profile.lifestyles


def _first_order(profile: CoachingProfile, target: Target | None) -> int:
    if _desk_worker(profile) and target in DESK_WORKER_FIRST:
        return DESK_WORKER_FIRST.index(target)
    return len(DESK_WORKER_FIRST)


def focus_stretch_targets(profile: CoachingProfile, rules: CoachingRules) -> tuple[Target, ...]:
    """The targets stretched daily (or as often as the screen plan says) because the screen
    found them tight, or the desk-worker default before any screen."""
    return tuple(
        need.target
        for need in _needs(profile, rules)
        if need.focus and need.role == _Role.STRETCH and need.target is not None
    )


def strength_days_per_week(profile: CoachingProfile, rules: CoachingRules) -> dict[Target, int]:
    """The days a week each target's strength work is owed in the daily routine (screen plan,
    maintenance, lifestyle)."""
    return {
        need.target: need.days_per_week
        for need in _needs(profile, rules)
        if need.role == _Role.STRENGTH and need.target is not None
    }


class _Asked:
    """The needs asked for so far, one per role and target (or exercise): the most days wins."""

    def __init__(self) -> None:
        self.needs: dict[tuple[_Role, Target | None, str | None], _Need] = {}

    def ask(self, need: _Need) -> None:
        key = (need.role, need.target, need.exercise_id)
        known = self.needs.get(key)
        if known is None or need.days_per_week > known.days_per_week:
            self.needs[key] = need

    def has(self, role: _Role, target: Target) -> bool:
        return (role, target, None) in self.needs


def _needs(profile: CoachingProfile, rules: CoachingRules) -> list[_Need]:
    """Everything the plan owes the person, most important first."""
    asked = _Asked()
    stretch_targets, strength_targets = _screen_plan_targets(rules)
    if profile.screened:
        for line in rules.screen_plan:
            for need in _screen_line_needs(line, profile.item_scores, rules):
                asked.ask(need)
    else:
        for focus_target in UNSCREENED_FOCUS:
            reason = said(PlanCode.UNSCREENED_STRETCH, target=target_term(focus_target))
            asked.ask(_Need(_Role.STRETCH, focus_target, DAYS_PER_WEEK, reason, focus=True))
            if focus_target not in stretch_targets:
                stretch_targets.append(focus_target)
    for need in _keep_up_needs(profile, rules, stretch_targets, strength_targets):
        if need.target is not None and not asked.has(need.role, need.target):
            asked.ask(need)

    kinds = (_Role.STRETCH, _Role.MOBILITY, _Role.STRENGTH)

    def priority(need: _Need) -> tuple[int, int, int]:
        kind = kinds.index(need.role) if need.role in kinds else len(kinds)
        return (0 if need.focus else 1, kind, _first_order(profile, need.target))

    return sorted(asked.needs.values(), key=priority)  # stable: ties keep the rules' order


def _screen_plan_targets(rules: CoachingRules) -> tuple[list[Target], list[Target]]:
    """The targets the screen plan stretches and strengthens, each once, in the rules' order."""
    stretch_targets: list[Target] = []
    strength_targets: list[Target] = []
    for line in rules.screen_plan:
        stretch_targets += [target for target in line.stretch_targets if target not in stretch_targets]
        strength_targets += [target for target in line.strength_targets if target not in strength_targets]
    return stretch_targets, strength_targets


def _screen_line_needs(line: ScreenPlanRule, scores: Mapping[str, int], rules: CoachingRules) -> list[_Need]:
    """What one line of the screen plan asks for, when the person's scores meet it."""
    hit = [item for item in line.items if item in scores and scores[item] <= line.at_most]
    if not hit:
        return []
    often = how_often(line.days_per_week)
    # A tight target is stretched on at least min_days_per_week days (section 2: >= 5).
    stretch_days = max(line.days_per_week, rules.stretch.min_days_per_week)
    found = checks(hit)
    needs = []
    for stretched in line.stretch_targets:
        tight = tightness(stretched)
        reason = said(PlanCode.TIGHT_STRETCH, checks=found, tightness=tight, often=how_often(stretch_days))
        needs.append(_Need(_Role.STRETCH, stretched, stretch_days, reason, focus=True))
    for strengthened in line.strength_targets:
        reason = said(
            PlanCode.ROOM_FOR_STRENGTH, checks=found, target=target_modifier(strengthened), often=often
        )
        needs.append(_Need(_Role.STRENGTH, strengthened, line.days_per_week, reason, focus=True))
    for exercise_id in line.exercises:
        reason = said(PlanCode.SUGGESTED_MOVE, checks=found, often=often)
        needs.append(_Need(_Role.MOBILITY, None, line.days_per_week, reason, True, exercise_id))
    return needs


def _keep_up_needs(
    profile: CoachingProfile,
    rules: CoachingRules,
    stretch_targets: list[Target],
    strength_targets: list[Target],
) -> list[_Need]:
    """Maintenance for every target of the plan: what is left when the screen asks for nothing more."""
    flexible = is_flexible(profile, rules)
    lifestyle = rules.lifestyle
    stretch_days = (
        lifestyle.flexible_stretch_days_per_week.low
        if flexible
        else rules.maintenance.stretch_days_per_week.low
    )
    strength_days = (
        lifestyle.flexible_strength_days_per_week if flexible else rules.maintenance.strength_days_per_week
    )
    stretches = [
        _Need(_Role.STRETCH, target, stretch_days, _keep_up_reason(profile, rules, target, True), False)
        for target in stretch_targets
    ]
    strength = [
        _Need(_Role.STRENGTH, target, strength_days, _keep_up_reason(profile, rules, target, False), False)
        for target in strength_targets
    ]
    return stretches + strength


def _keep_up_reason(profile: CoachingProfile, rules: CoachingRules, kept: Target, stretch: bool) -> Said:
    flexible = is_flexible(profile, rules)
    modifier = target_modifier(kept)
    if stretch:
        often = how_often(
            rules.lifestyle.flexible_stretch_days_per_week.low
            if flexible
            else rules.maintenance.stretch_days_per_week.low
        )
        if flexible:
            return said(PlanCode.FLEXIBLE_STRETCH, target=modifier, often=often)
        checked = _checks_for(profile, rules, kept, stretch=True)
        if checked:
            return said(PlanCode.FINE_STRETCH, checks=checked, target=modifier, often=often)
        return said(PlanCode.KEEP_UP_STRETCH, target=modifier, often=often)
    often = how_often(
        rules.lifestyle.flexible_strength_days_per_week
        if flexible
        else rules.maintenance.strength_days_per_week
    )
    if flexible:
        return said(PlanCode.FLEXIBLE_STRENGTH, target=modifier, often=often)
    return said(PlanCode.KEEP_UP_STRENGTH, target=target_modifier_start(kept), often=often)


def _checks_for(
    profile: CoachingProfile, rules: CoachingRules, kept: Target, stretch: bool
) -> tuple[Term, ...]:
    """The self-check's items that looked at this target, as terms (none before any screen)."""
    if not profile.screened:
        return ()
    items = [
        item
        for line in rules.screen_plan
        if kept in (line.stretch_targets if stretch else line.strength_targets)
        for item in line.items
        if item in profile.item_scores
    ]
    return checks(items)


# --- the week ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Week:
    """What the history says about this week, today and the days before."""

    today: date
    start: date
    calendar: bool  # a week with a first day (False: the seven days ending today)
    done: tuple[tuple[date, BreakKind, ExerciseRecord], ...]  # each exercise partly done or more
    sessions: tuple[tuple[date, RoutineRecord], ...]  # routines started before now, any age
    work_days: frozenset[int] = frozenset(range(DAYS_PER_WEEK))  # weekdays with work hours

    @classmethod
    def of(
        cls,
        history: Iterable[RoutineRecord],
        now: datetime,
        week_start: date | None,
        work_days: Iterable[int] | None = None,
    ) -> _Week:
        today = now.date()
        earliest = today - timedelta(days=DAYS_PER_WEEK - 1)
        start = earliest if week_start is None else min(max(week_start, earliest), today)
        sessions = tuple((record.started_at.date(), record) for record in history if record.started_at <= now)
        done = tuple(
            (day, record.kind, exercise)
            for day, record in sessions
            for exercise in record.exercises
            if exercise.done_fraction > 0
        )
        days = frozenset(range(DAYS_PER_WEEK)) if work_days is None else frozenset(work_days)
        return cls(today, start, week_start is not None, done, sessions, days or frozenset({today.weekday()}))

    def work_days_left(self) -> int:
        """Work days from today to the end of this week, today included."""
        end = self.start + timedelta(days=DAYS_PER_WEEK - 1) if self.calendar else self.today
        days = (self.today + timedelta(days=n) for n in range((end - self.today).days + 1))
        return max(1, sum(1 for day in days if day.weekday() in self.work_days))

    @property
    def days_left(self) -> int | None:
        """Days of a calendar week from today on, today included; None for a rolling week."""
        if not self.calendar:
            return None
        return max(1, DAYS_PER_WEEK - (self.today - self.start).days)

    def this_week(self) -> Iterable[ExerciseRecord]:
        return (exercise for day, _, exercise in self.done if self.start <= day <= self.today)

    def stretch_seconds(self, target: Target | None) -> float:
        """Seconds of stretching this target got this week, on each side."""
        return sum(
            exercise.dose.seconds(False) * exercise.done_fraction
            for exercise in self.this_week()
            if exercise.target == target and exercise.pattern == Pattern.STRETCH
        )

    def sets(self, pattern: Pattern) -> float:
        return sum(
            balance_sets(exercise.dose) * exercise.done_fraction
            for exercise in self.this_week()
            if exercise.pattern == pattern
        )

    def sessions_with(self, exercise_id: str) -> int:
        return sum(
            1
            for day, record in self.sessions
            if self.start <= day <= self.today
            and any(e.exercise_id == exercise_id and e.done_fraction > 0 for e in record.exercises)
        )

    def routine_days(self, need: _Need) -> set[date]:
        """Days a daily routine met this need. Micro-breaks do not count: their desk versions
        are extras, and must not stand in for the routine's strength or stretching days."""
        return {day for day, kind, exercise in self.done if kind == BreakKind.LONG and need.matches(exercise)}

    def due(self, need: _Need) -> bool:
        """Whether the daily routine owes this need today: every day for a daily need; else
        when the routines of this week met it on fewer days than it asks, not yet today, and
        not within the last 7 // days_per_week days (strength days spaced apart)."""
        if need.days_per_week >= DAYS_PER_WEEK:
            return True
        days = self.routine_days(need)
        if self.today in days:
            return False
        days = {day for day in days if day < self.today}
        owed = need.days_per_week - len({day for day in days if day >= self.start})
        if owed <= 0:
            return False
        if self.calendar and owed >= self.work_days_left():
            return True  # the work days left are just enough: no rest day to spare
        spacing = DAYS_PER_WEEK // need.days_per_week
        return not days or (self.today - max(days)).days >= spacing

    def used_today(self) -> Counter[str]:
        return Counter(exercise.exercise_id for day, _, exercise in self.done if day == self.today)

    def last_used_today(self) -> dict[str, float]:
        """When each exercise done today was last started (as a timestamp)."""
        last: dict[str, float] = {}
        for day, record in self.sessions:
            if day != self.today:
                continue
            for exercise in record.exercises:
                if exercise.done_fraction > 0:
                    at = record.started_at.timestamp()
                    last[exercise.exercise_id] = max(at, last.get(exercise.exercise_id, at))
        return last

    def in_last_break(self) -> set[str]:
        """The exercises of today's most recent routine."""
        today = [record for day, record in self.sessions if day == self.today]
        if not today:
            return set()
        latest = max(today, key=lambda record: record.started_at)
        return {exercise.exercise_id for exercise in latest.exercises if exercise.done_fraction > 0}


# --- choosing exercises --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    profile: CoachingProfile
    levels: Mapping[str, Level]
    rules: CoachingRules
    library: ExerciseLibrary
    left_out: frozenset[str] = frozenset()  # moves that hurt today

    def usable(self, exercise: Exercise, desk_only: bool) -> bool:
        at_hand = equipment_at_hand(self.profile, self.rules)
        return not self._left_out(exercise) and _usable(exercise, self.profile, desk_only, at_hand)

    def _left_out(self, exercise: Exercise) -> bool:
        """A move that hurt today (or harder on its ladder), or the same kind of move for the
        same target off that ladder, such as the free-standing version of a hip-flexor stretch
        that hurt with a desk to hold: none stands in for it today."""
        if exercise.id in self.left_out:
            return True
        return any(
            hurt in self.library
            and self.library[hurt].target == exercise.target
            and _exercise_role(self.library[hurt]) == _exercise_role(exercise)
            and exercise.id not in _ladder(self.library, hurt)
            for hurt in self.left_out
        )

    def dose_for(self, exercise: Exercise) -> Dose:
        """The dose of the level standing on this exercise, else the library's starting dose."""
        for level in self.levels.values():
            if level.exercise_id == exercise.id and _dose_fits(exercise, level.dose):
                return level.dose
        return exercise.dose

    def choose(
        self,
        fits: Callable[[Exercise], bool],
        *,
        target: Target | None,
        desk_only: bool,
        exclude: Iterable[str] = (),
    ) -> Exercise | None:
        """The exercise for this slot: the level's, or the nearest easier one that can be done
        here; failing that the easiest usable exercise that fits."""
        return next(iter(self.candidates(fits, target=target, desk_only=desk_only, exclude=exclude)), None)

    def candidates(
        self,
        fits: Callable[[Exercise], bool],
        *,
        target: Target | None,
        desk_only: bool,
        exclude: Iterable[str] = (),
    ) -> list[Exercise]:
        library = self.library
        skip = set(exclude)
        found: list[Exercise] = []

        def ok(exercise: Exercise) -> bool:
            return (
                exercise.id not in skip
                and (target is None or exercise.target == target)
                and fits(exercise)
                and self.usable(exercise, desk_only)
                and exercise.id not in {e.id for e in found}
            )

        levels = [
            level
            for level in self.levels.values()
            if level.exercise_id in library
            and (target is None or library[level.exercise_id].target == target)
            and fits(library[level.exercise_id])
        ]
        levels.sort(key=lambda level: level.track != (target.value if target else ""))
        for level in levels:
            step: Exercise | None = library[level.exercise_id]
            seen: set[str] = set()
            while step is not None and step.id not in seen:
                seen.add(step.id)
                if ok(step):
                    found.append(step)
                    break
                step = library.easier(step.id)
        order = {exercise.id: index for index, exercise in enumerate(library)}
        rest = sorted(
            (exercise for exercise in library if ok(exercise)),
            key=lambda e: (_depth(library, e), not e.desk, order[e.id]),
        )
        return found + rest


def default_equipment(rules: CoachingRules) -> frozenset[Equipment]:
    """What the planner counts on before the self-check asked what is at hand."""
    return rules.equipment.default_at_hand


def equipment_at_hand(profile: CoachingProfile, rules: CoachingRules) -> frozenset[Equipment]:
    """What the person has at hand: their answer, or the rules' default set when never asked."""
    return default_equipment(rules) if profile.equipment is None else profile.equipment


def _has_equipment(exercise: Exercise, at_hand: frozenset[Equipment]) -> bool:
    """Every piece the exercise needs is at hand (a piece the app does not know never is)."""
    return all(piece in {item.value for item in at_hand} for piece in exercise.equipment)


def _usable(
    exercise: Exercise, profile: CoachingProfile, desk_only: bool, at_hand: frozenset[Equipment]
) -> bool:
    if exercise.region is not None and exercise.region in profile.paused_regions:
        return False
    if profile.pregnancy and exercise.supine:
        return False
    if not _has_equipment(exercise, at_hand):
        return False
    return exercise.desk or (profile.floor_room and not desk_only)


def _dose_fits(exercise: Exercise, dose: Dose) -> bool:
    """Whether a level's dose can be used for this exercise (a stretch is held, a walk timed)."""
    if exercise.pattern == Pattern.STRETCH:
        return isinstance(dose, HoldDose)
    if exercise.target == Target.WALK:
        return isinstance(dose, TimedDose)
    return not isinstance(dose, TimedDose)


def _depth(library: ExerciseLibrary, exercise: Exercise) -> int:
    """Steps below this exercise on its ladder."""
    depth, seen = 0, {exercise.id}
    step = library.easier(exercise.id)
    while step is not None and step.id not in seen:
        seen.add(step.id)
        depth += 1
        step = library.easier(step.id)
    return depth


def _ladder(library: ExerciseLibrary, exercise_id: str) -> set[str]:
    """Every exercise on the ladder of this one."""
    ids = {exercise_id}
    for move in (library.easier, library.harder):
        step = move(exercise_id)
        while step is not None and step.id not in ids:
            ids.add(step.id)
            step = move(step.id)
    return ids


def _of(*patterns: Pattern) -> Callable[[Exercise], bool]:
    return lambda exercise: exercise.pattern in patterns and exercise.target != Target.WALK


def _of_role(role: _Role) -> Callable[[Exercise], bool]:
    return lambda exercise: _exercise_role(exercise) == role


def _older_adult(profile: CoachingProfile) -> bool:
    return profile.age_band == AgeBand.FROM_65


def _stretch_aim(rules: CoachingRules, profile: CoachingProfile) -> int:
    """Seconds of stretching per target and side in one session (section 2), within the cap;
    from 65 the gentler, longer holds (2 x 45 s)."""
    if _older_adult(profile):
        return rules.stretch.older_adult_hold_s * rules.stretch.older_adult_reps
    return min(rules.stretch.seconds_per_target_per_session, rules.progression.stretch_cap_s_per_session)


def _older_adult_dose(dose: Dose, exercise: Exercise, rules: CoachingRules) -> Dose:
    """From 65 a stretch is held at least ``older_adult_hold_s``, ``older_adult_reps`` times;
    one the progression stepped below the library's dose (pain) keeps the dose its line named."""
    if not isinstance(dose, HoldDose) or dose.seconds(False) < exercise.dose.seconds(False):
        return dose
    stretch = rules.stretch
    return HoldDose(hold_s=max(dose.hold_s, stretch.older_adult_hold_s), reps=stretch.older_adult_reps)


# --- building a plan -----------------------------------------------------------------------------

_Group = tuple[Prescription, ...]


class _Draft:
    """The plan being built: groups of prescriptions that go together, within a time budget."""

    def __init__(self, library: ExerciseLibrary, budget_s: int) -> None:
        self.library = library
        self.budget_s = budget_s
        self.groups: list[_Group] = []

    def seconds_of(self, group: Iterable[Prescription]) -> int:
        return sum(_seconds(item, self.library) for item in group)

    @property
    def seconds(self) -> int:
        return sum(self.seconds_of(group) for group in self.groups)

    @property
    def left(self) -> int:
        return self.budget_s - self.seconds

    @property
    def items(self) -> list[Prescription]:
        return [item for group in self.groups for item in group]

    @property
    def ids(self) -> set[str]:
        return {item.exercise_id for item in self.items}

    def has(self, target: Target | None, role: _Role) -> bool:
        return any(
            self.library[item.exercise_id].target == target
            and _exercise_role(self.library[item.exercise_id]) == role
            for item in self.items
        )

    def sets(self, pattern: Pattern) -> int:
        return sum(
            balance_sets(item.dose)
            for item in self.items
            if self.library[item.exercise_id].pattern == pattern
        )

    def add(self, group: _Group | None) -> bool:
        if not group:
            return False
        ids = [item.exercise_id for item in group]
        if len(set(ids)) != len(ids) or set(ids) & self.ids:
            return False
        for item in group:
            exercise = self.library[item.exercise_id]
            if exercise.pattern == Pattern.STRETCH and self.has(exercise.target, _Role.STRETCH):
                return False  # one stretch per target and session
        if self.seconds_of(group) > self.left:
            return False
        self.groups.append(group)
        return True

    def ids_of(self, pattern: Pattern) -> set[str]:
        return {item.exercise_id for item in self.items if self.library[item.exercise_id].pattern == pattern}

    def add_pairing(self, group: _Group) -> bool:
        """A chest stretch paired with a pull this draft already holds: the stretch joins, the
        pull now says it goes with it."""
        stretch, pull = group
        if not self.add((stretch,)):
            return False
        self.groups = [
            tuple(
                replace(item, paired_with=stretch.exercise_id)
                if item.exercise_id == pull.exercise_id
                else item
                for item in planned
            )
            for planned in self.groups
        ]
        return True

    def snapshot(self) -> list[_Group]:
        return list(self.groups)

    def restore(self, groups: list[_Group]) -> None:
        self.groups = list(groups)


def _seconds(item: Prescription, library: ExerciseLibrary) -> int:
    per_side = library[item.exercise_id].per_side if item.exercise_id in library else False
    return item.dose.seconds(per_side)


def _group_for(
    need: _Need, ctx: _Context, *, desk_only: bool, exclude: set[str], room_s: int | None = None
) -> _Group | None:
    """The prescriptions that meet one need: one exercise, or a chest stretch and its pull.

    With ``room_s`` (micro-breaks) a stretch is shortened to fewer holds to fit, never below one.
    """
    library = ctx.library
    if need.exercise_id is not None:
        exercise = _named(need.exercise_id, ctx, desk_only=desk_only, exclude=exclude)
        if exercise is None:
            return None
        return (Prescription(exercise.id, ctx.dose_for(exercise), need.reason),)
    exercise = ctx.choose(_of_role(need.role), target=need.target, desk_only=desk_only, exclude=exclude)
    if exercise is None:
        return None
    dose = ctx.dose_for(exercise)
    if need.role != _Role.STRETCH:
        return (Prescription(exercise.id, dose, need.reason),)
    if _older_adult(ctx.profile):
        dose = _older_adult_dose(dose, exercise, ctx.rules)
    partner: Prescription | None = None
    if exercise.target == Target.CHEST and ctx.rules.strength.pair_chest_stretch_with_pull:
        pull = ctx.choose(_of(Pattern.PULL), target=None, desk_only=desk_only, exclude=exclude)
        if pull is None:
            return None  # a chest stretch never goes without its pull
        partner = Prescription(pull.id, ctx.dose_for(pull), PULL_PARTNER_REASON, paired_with=exercise.id)
    if room_s is not None and isinstance(dose, HoldDose):
        room = room_s - (0 if partner is None else _seconds(partner, library))
        while dose.reps > 1 and dose.seconds(exercise.per_side) > room:
            dose = replace(dose, reps=dose.reps - 1)
    stretch = Prescription(
        exercise.id, dose, need.reason, paired_with=None if partner is None else partner.exercise_id
    )
    return (stretch,) if partner is None else (stretch, partner)


def _named(exercise_id: str, ctx: _Context, *, desk_only: bool, exclude: set[str]) -> Exercise | None:
    """A named exercise (e.g. NK1), or where its ladder's level stands, stepping down to one
    that can be done here."""
    library = ctx.library
    if exercise_id not in library:
        return None
    ladder = _ladder(library, exercise_id)
    starts = [level.exercise_id for level in ctx.levels.values() if level.exercise_id in ladder]
    for start in [*starts, exercise_id]:
        step: Exercise | None = library[start]
        seen: set[str] = set()
        while step is not None and step.id not in seen:
            seen.add(step.id)
            if step.id not in exclude and ctx.usable(step, desk_only):
                return step
            step = library.easier(step.id)
    return None


def _walk(library: ExerciseLibrary) -> Exercise | None:
    if WALK_EXERCISE in library and library[WALK_EXERCISE].target == Target.WALK:
        return library[WALK_EXERCISE]
    return next((exercise for exercise in library if exercise.target == Target.WALK), None)


def _walk_plan(
    kind: BreakKind, library: ExerciseLibrary, seconds: int, reason: Said, notes: tuple[Said, ...]
) -> RoutinePlan:
    walk = _walk(library)
    if walk is None:
        return RoutinePlan(kind, (), notes)
    return RoutinePlan(kind, (Prescription(walk.id, walk_dose(seconds), reason),), notes)


def walk_dose(seconds: int) -> Dose:
    """A walk that fits ``seconds``: whole minutes, or under a minute one timed bout of them
    (stored like a single hold; the routine plays it as a walk)."""
    if seconds >= 60:
        return TimedDose(minutes=seconds // 60)
    return HoldDose(hold_s=max(1, seconds), reps=1)


def _micro_walk_seconds(library: ExerciseLibrary, break_s: int) -> int:
    """The library's walk, cut to the break's length."""
    walk = _walk(library)
    usual = walk.dose.seconds(False) if walk is not None else 60
    return min(usual, break_s)


def _notes(profile: CoachingProfile, *extra: Said | None) -> tuple[Said, ...]:
    notes = [note for note in extra if note is not None]
    if profile.paused_regions:
        notes.append(paused(profile.paused_regions))
    if profile.pregnancy:
        notes.append(PREGNANCY_NOTE)
    return tuple(notes)


def _ordered(
    groups: Sequence[_Group], profile: CoachingProfile, library: ExerciseLibrary
) -> tuple[Prescription, ...]:
    """Desk workers: the hip-flexor stretch first, the chest stretch (with its pull) next."""

    def key(group: _Group) -> int:
        lead = library[group[0].exercise_id]
        return (
            _first_order(profile, lead.target) if lead.pattern == Pattern.STRETCH else len(DESK_WORKER_FIRST)
        )

    return tuple(item for group in sorted(groups, key=key) for item in group)


def _check_inputs(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")


def _context(
    profile: CoachingProfile,
    levels: Mapping[str, Level],
    history: Sequence[RoutineRecord],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
) -> _Context:
    start_levels = _with_start_levels(profile, levels, rules, library)
    return _Context(profile, start_levels, rules, library, left_out_today(history, now, rules, library))


def _with_start_levels(
    profile: CoachingProfile, levels: Mapping[str, Level], rules: CoachingRules, library: ExerciseLibrary
) -> dict[str, Level]:
    return {**initial_levels(profile, rules, library), **levels}


# --- the daily routine ---------------------------------------------------------------------------


def plan_daily_routine(
    profile: CoachingProfile,
    levels: Mapping[str, Level],
    history: Sequence[RoutineRecord],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
    routine_min: int,
    *,
    week_start: date | None = None,
    work_days: Iterable[int] | None = None,
    adherence: AdherenceState | None = None,
) -> RoutinePlan:
    """The longer guided routine for today, at most ``routine_min`` minutes long.

    ``history`` is what was done before ``now`` (at least this week's routines; earlier ones
    help space strength days). ``levels`` are the tracks' levels; a track without one starts
    where :func:`initial_levels` puts it.
    """
    _check_inputs(now)
    if routine_min < 1:
        raise ValueError(f"routine_min must be at least 1, got {routine_min}")
    if not profile.exercise_allowed:
        return _walk_plan(
            BreakKind.LONG, library, routine_min * 60, ON_HOLD_WALK_REASON, (_on_hold_note(profile),)
        )
    ctx = _context(profile, levels, history, rules, library, now)
    week = _Week.of(history, now, week_start, work_days)
    state = adherence or FULL_LENGTH
    minutes = state.routine_minutes(routine_min, rules)
    draft = _Draft(library, minutes * 60)
    _fill_routine(draft, ctx, week)
    extras = _extra_groups(draft, ctx, week, state.extra_exercises)

    shorter = _shorter_note(minutes, routine_min)
    if not draft.groups:
        why = said(PlanCode.NOTHING_TO_PLAN)
        return _walk_plan(BreakKind.LONG, library, minutes * 60, WALK_REASON, _notes(profile, shorter, why))
    items = _ordered(draft.groups, profile, library) + tuple(item for group in extras for item in group)
    return RoutinePlan(BreakKind.LONG, items, _notes(profile, shorter, EXTRA_NOTE if extras else None))


def _fill_routine(draft: _Draft, ctx: _Context, week: _Week) -> None:
    """The daily routine's choices in priority order, while its minutes last."""
    needs = _needs(ctx.profile, ctx.rules)
    goal_s = ctx.rules.stretch.weekly_minutes_per_tight_target * 60
    focus = [need for need in needs if need.focus and week.due(need)]
    focus_stretches = sorted(
        (need for need in focus if need.role == _Role.STRETCH),
        key=lambda need: -(goal_s - week.stretch_seconds(need.target)),
    )
    # A focus stretch that already has this week's minutes (micro-breaks count) makes way for
    # the strength work that is due; it still comes when there is room.
    short = [need for need in focus_stretches if week.stretch_seconds(need.target) < goal_s]
    first = [*short, *(need for need in focus if need.role != _Role.STRETCH)]
    then = [
        *(need for need in focus_stretches if need not in short),
        *(need for need in needs if not need.focus and week.due(need)),
    ]
    late = week.days_left is not None and week.work_days_left() <= PROTRACTION_FIRST_DAYS_LEFT
    if late:
        # Micro-breaks can make up stretching but never a push: the push goes in first.
        _add_protraction(draft, ctx, week)
    for need in first:
        _take(draft, ctx, need)
    if not late:
        _add_protraction(draft, ctx, week)
    for need in then:
        _take(draft, ctx, need)
    _balance_pulls(draft, ctx, week, ahead=_push_sets_owed(draft, ctx, week))
    _add_mobility_fillers(draft, ctx, week)


def _take(draft: _Draft, ctx: _Context, need: _Need) -> None:
    """One need into the routine, unless the routine already covers it or nothing fits."""
    if need.exercise_id is None and need.role != _Role.STRETCH and draft.has(need.target, need.role):
        return  # e.g. the upper back already has the chest stretch's pull
    group = _group_for(need, ctx, desk_only=False, exclude=draft.ids)
    if group is None and need.target == Target.CHEST and need.role == _Role.STRETCH:
        # Every pull that can be done here is planned already (e.g. with the push): the
        # chest stretch pairs with one of them in this same break.
        group = _group_for(need, ctx, desk_only=False, exclude=draft.ids - draft.ids_of(Pattern.PULL))
        if group is not None and len(group) == 2:
            draft.add_pairing(group)
            return
    draft.add(group)


def _add_mobility_fillers(draft: _Draft, ctx: _Context, week: _Week) -> None:
    """Mobility drills for the minutes left, the ones least done today first, one per target."""
    used_today = week.used_today()
    fillers = sorted(
        ctx.candidates(_of_role(_Role.MOBILITY), target=None, desk_only=False, exclude=draft.ids),
        key=lambda exercise: used_today[exercise.id],
    )
    for exercise in fillers:
        if not draft.has(exercise.target, _Role.MOBILITY):
            draft.add((Prescription(exercise.id, ctx.dose_for(exercise), ROUTINE_MOBILITY_REASON),))


def _extra_groups(draft: _Draft, ctx: _Context, week: _Week, count: int) -> list[_Group]:
    """Rule 6's offer after breaks were kept up: the next ``count`` choices the routine would
    take with more time, marked as extras the user may skip."""
    if count <= 0:
        return []
    roomy = _Draft(ctx.library, draft.budget_s + EXTRA_ROOM_S)
    _fill_routine(roomy, ctx, week)
    extras = [group for group in roomy.groups if not {item.exercise_id for item in group} & draft.ids]
    offered = extras[:count]
    return [tuple(replace(item, reason=EXTRA_REASON, extra=True) for item in group) for group in offered]


def _shorter_note(minutes: int, routine_min: int) -> Said | None:
    if minutes >= routine_min:
        return None
    return said(PlanCode.SHORTER, minutes=minutes, full=routine_min)


def _pull_order(ctx: _Context, draft: _Draft) -> list[Exercise]:
    return ctx.candidates(_of(Pattern.PULL), target=None, desk_only=False, exclude=draft.ids)


def _add_protraction(draft: _Draft, ctx: _Context, week: _Week) -> None:
    """The weekly protraction item, with the pulls that keep the week balanced, or nothing."""
    strength = ctx.rules.strength
    protraction = strength.protraction_exercise
    if (
        protraction not in ctx.library
        or week.sessions_with(protraction) >= strength.protraction_sessions_per_week
    ):
        return
    exercise = ctx.library[protraction]
    if protraction in draft.ids or not ctx.usable(exercise, desk_only=False):
        return
    reason = said(PlanCode.PROTRACTION, n=strength.pull_to_push_ratio)
    before = draft.snapshot()
    if not draft.add((Prescription(exercise.id, ctx.dose_for(exercise), reason),)):
        return
    _balance_pulls(draft, ctx, week)
    if not _balanced(draft, ctx, week):
        draft.restore(before)


def _balanced(draft: _Draft, ctx: _Context, week: _Week, ahead: int = 0) -> bool:
    pull = week.sets(Pattern.PULL) + draft.sets(Pattern.PULL)
    push = week.sets(Pattern.PUSH) + draft.sets(Pattern.PUSH) + ahead
    return pull >= ctx.rules.strength.pull_to_push_ratio * push


def _balance_pulls(draft: _Draft, ctx: _Context, week: _Week, ahead: int = 0) -> None:
    """Add pulls (as time allows) until this week's pulls are at the ratio to its pushes, and
    to the ``ahead`` push sets still to come this week."""
    ratio = ctx.rules.strength.pull_to_push_ratio
    reason = said(PlanCode.BUILD_UP_PULL if ahead else PlanCode.BALANCE_PULL, n=ratio)
    for pull in _pull_order(ctx, draft):
        if _balanced(draft, ctx, week, ahead):
            return
        draft.add((Prescription(pull.id, ctx.dose_for(pull), reason),))


def _push_sets_owed(draft: _Draft, ctx: _Context, week: _Week) -> int:
    """Sets of the weekly protraction item this week still owes (0 when done, planned or not doable)."""
    strength = ctx.rules.strength
    protraction = strength.protraction_exercise
    if protraction not in ctx.library or protraction in draft.ids:
        return 0
    if week.sessions_with(protraction) >= strength.protraction_sessions_per_week:
        return 0
    exercise = ctx.library[protraction]
    return balance_sets(ctx.dose_for(exercise)) if ctx.usable(exercise, desk_only=False) else 0


# --- micro-breaks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """One choice for a micro-break: a group and what it is for."""

    group: _Group
    position: int
    catch_up: bool

    @property
    def lead(self) -> str:
        return self.group[0].exercise_id


def plan_micro_break(
    profile: CoachingProfile,
    levels: Mapping[str, Level],
    history: Sequence[RoutineRecord],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
    break_s: int,
    index_today: int,
    *,
    week_start: date | None = None,
    work_days: Iterable[int] | None = None,
) -> RoutinePlan:
    """A short break of ``break_s`` seconds: one or two desk exercises, or a walk.

    ``index_today`` counts the micro-breaks before this one today (0 for the first); with
    today's history it turns the choice round so no exercise fills the whole day.
    """
    _check_inputs(now)
    if break_s < 1:
        raise ValueError(f"break_s must be at least 1, got {break_s}")
    if index_today < 0:
        raise ValueError(f"index_today cannot be negative, got {index_today}")
    walk_seconds = _micro_walk_seconds(library, break_s)
    if not profile.exercise_allowed:
        return _walk_plan(
            BreakKind.MICRO, library, walk_seconds, ON_HOLD_WALK_REASON, (_on_hold_note(profile),)
        )
    ctx = _context(profile, levels, history, rules, library, now)
    week = _Week.of(history, now, week_start, work_days)
    units = _micro_units(ctx, week, break_s)
    if not units:
        why = said(PlanCode.NO_DESK_EXERCISE_FITS, n=break_s)
        return _walk_plan(BreakKind.MICRO, library, walk_seconds, WALK_REASON, _notes(profile, why))

    # Not what the last break held; then the move used least today, and of those the one
    # used longest ago; ties (no history yet) go round in turn with index_today.
    used, last_used, just_done = week.used_today(), week.last_used_today(), week.in_last_break()
    start = index_today % len(units)

    def order(offset: int) -> Callable[[_Unit], tuple[bool, int, float, int]]:
        return lambda unit: (
            any(item.exercise_id in just_done for item in unit.group),
            used[unit.lead],
            last_used.get(unit.lead, float("-inf")),
            (unit.position - start - offset) % len(units),
        )

    lead = min(units, key=order(0))
    draft = _Draft(library, break_s)
    draft.add(lead.group)
    if len(lead.group) < MICRO_MAX_ITEMS:
        lead_target = library[lead.lead].target
        seconds = [
            unit
            for unit in units
            if len(unit.group) <= MICRO_MAX_ITEMS - len(draft.items)
            and library[unit.lead].target != lead_target
            and unit.lead not in draft.ids
            and not any(item.exercise_id in just_done for item in unit.group)
        ]
        for unit in sorted(seconds, key=order(len(units) // 2)):
            if draft.add(unit.group):
                break
    return RoutinePlan(BreakKind.MICRO, _ordered(draft.groups, profile, library), _notes(profile))


def _micro_units(ctx: _Context, week: _Week, break_s: int) -> list[_Unit]:
    """Every desk choice that fits this break, most important first."""
    rules, library = ctx.rules, ctx.library
    flexible = is_flexible(ctx.profile, rules)
    aim = _stretch_aim(rules, ctx.profile)
    groups: list[tuple[_Group, bool]] = []
    seen: set[str] = set()

    def offer(group: _Group | None, catch_up: bool = False) -> None:
        if not group or any(item.exercise_id in seen for item in group):
            return
        if sum(_seconds(item, library) for item in group) > break_s:
            return
        if any(library[item.exercise_id].pattern == Pattern.PUSH for item in group):
            return
        seen.update(item.exercise_id for item in group)
        groups.append((group, catch_up))

    for need in _needs(ctx.profile, rules):
        if need.role == _Role.STRETCH and flexible and not need.focus:
            continue  # flexible people: less stretching
        group = _group_for(need, ctx, desk_only=True, exclude=seen, room_s=break_s)
        if group and not need.focus and need.target is not None:
            # Kept-up work says why it is in a short break, not how often the routine has it.
            quick = PlanCode.QUICK_STRETCH if need.role == _Role.STRETCH else PlanCode.QUICK_MOVE
            reason = said(quick, target=target_modifier(need.target))
            group = (replace(group[0], reason=reason), *group[1:])
        catch_up = _catch_up_reason(need, rules, week, aim)
        if catch_up is not None and group:
            group = (replace(group[0], reason=catch_up), *group[1:])
        offer(group, catch_up is not None)
    for exercise in ctx.candidates(_of_role(_Role.MOBILITY), target=None, desk_only=True, exclude=seen):
        offer((Prescription(exercise.id, ctx.dose_for(exercise), MICRO_MOBILITY_REASON),))
    groups.sort(key=lambda pair: not pair[1])  # stable: stretches to catch up go round first
    return [_Unit(group, position, catch_up) for position, (group, catch_up) in enumerate(groups)]


def _catch_up_reason(need: _Need, rules: CoachingRules, week: _Week, aim: float) -> Said | None:
    """Why a focus stretch comes in a short break too: the daily routines left this week cannot
    make up its weekly minutes alone. None when they can, or for any other need."""
    days_left = None if week.days_left is None else week.work_days_left()
    if not (need.focus and need.role == _Role.STRETCH and need.target is not None and days_left is not None):
        return None
    goal_s = rules.stretch.weekly_minutes_per_tight_target * 60
    if goal_s - week.stretch_seconds(need.target) <= days_left * aim:
        return None
    minutes = int(week.stretch_seconds(need.target) // 60)
    return said(
        PlanCode.CATCH_UP_STRETCH,
        target=target_modifier(need.target),
        minutes=minutes,
        goal=rules.stretch.weekly_minutes_per_tight_target,
    )


# --- starting levels -----------------------------------------------------------------------------


def initial_levels(
    profile: CoachingProfile, rules: CoachingRules, library: ExerciseLibrary
) -> dict[str, Level]:
    """Where each track (one per target, keyed by its value) starts, from the screen.

    Each track starts on the easiest rung of its main ladder (the longest ladder that starts
    at the desk, never the push item) at the library's dose. Runners and athletes start
    ``start_steps_up`` rungs higher where that rung can be done (floor room, no supine work in
    pregnancy); flexible people never start a stretch higher (less stretching, section 5.9).
    Before any screen this is the desk-worker default, hip flexors and chest first.
    """
    steps_up = rules.lifestyle.start_steps_up if profile.lifestyles & rules.lifestyle.start_higher else 0
    flexible = is_flexible(profile, rules)
    at_hand = equipment_at_hand(profile, rules)
    order = {exercise.id: index for index, exercise in enumerate(library)}
    targets = [*DESK_WORKER_FIRST, *(target for target in Target if target not in DESK_WORKER_FIRST)]
    levels: dict[str, Level] = {}
    for target in targets:
        bottoms = [
            exercise
            for exercise in library.for_target(target)
            if library.easier(exercise.id) is None and exercise.pattern != Pattern.PUSH
        ]
        if not bottoms:
            continue
        start = min(
            bottoms,
            key=lambda e: (not e.desk, -len(_ladder(library, e.id)), order[e.id]),
        )
        climb = 0 if flexible and start.pattern == Pattern.STRETCH else steps_up
        for _ in range(climb):
            harder = library.harder(start.id)
            if harder is not None and _usable(harder, profile, False, at_hand):
                start = harder
                continue
            # The step up cannot be done here (no floor room, lying on the back in pregnancy,
            # equipment not at hand): strength work still starts above the easiest move, with
            # another exercise of the same kind for this target that can (e.g. sit-to-stand).
            if start.pattern != Pattern.STRETCH and library.easier(start.id) is None:
                start = next(
                    (
                        other
                        for other in library.for_target(target)
                        if other.id not in _ladder(library, start.id)
                        and _exercise_role(other) == _exercise_role(start)
                        and _usable(other, profile, False, at_hand)
                    ),
                    start,
                )
            break
        dose = start.dose if start in bottoms else entry_dose(start, library, rules)
        levels[target.value] = Level(target.value, start.id, dose)
    return levels


# --- figures -------------------------------------------------------------------------------------


def plan_seconds(plan: RoutinePlan, library: ExerciseLibrary) -> int:
    """How long the plan's exercises take, without the pauses between them."""
    return sum(_seconds(item, library) for item in plan.items)


def lookup_exercise(library: ExerciseLibrary, exercise_id: str) -> Exercise | None:
    """The exercise with this id, or None when the library does not have it."""
    if exercise_id not in library:
        return None
    return library[exercise_id]
