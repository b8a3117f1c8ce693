"""The progression: after each routine, the next level of every exercise track, and why.

COACHING.md section 5, rules 1-7, with every number taken from ``CoachingRules``
(resources/exercises/rules.toml):

1. strength: "too easy" with the whole dose done in ``too_easy_sessions`` sessions in a row adds a
   set (up to ``cap_sets``), then reps (``add_reps`` at a time, up to ``cap_reps``); past the cap
   the next exercise of the ladder starts at ``next_step_sets`` x ``next_step_reps``;
2. stretch: "too easy" or "just right" for ``stretch_steady_weeks`` lengthens the hold (20 -> 30 s),
   then adds a hold (2 -> 3), never past ``stretch_cap_s_per_session`` per side; the next stretch of
   the ladder only after a re-screen showed the target improved;
3. hold: anything else keeps the level; no track steps up more than ``max_step_ups_per_week``
   times in 7 days;
4. regress: "too hard" ``too_hard_sessions`` times at this level, or less than ``done_below`` of
   the dose done, steps one down;
5. pain: pain >= ``stop_and_regress_at`` (or the "this hurts" button) steps the exercise one
   down; pain >= ``pause_region_at``, a second pain stop in the same region, sharp or shooting
   pain, or numbness or tingling pauses the whole region and returns a referral;
6. adherence: ``adherence_adjustment`` (sit interval, routine length, an extra exercise);
7. re-screen and time away: ``rescreen_due`` and ``restart_after_break``.

One step is one place on the track's ladder of doses: within an exercise its dose steps
(below), then the next exercise. Stepping down from an exercise's first dose leads to the
easier exercise at *its* first dose (a new movement starts from its comfortable start); only the
easiest exercise of a ladder has one dose below its first one, so pain or a break can still step
it down once; below that the level stays where it is.

Pure: no clock, no I/O. The caller passes ``now`` and the past it has stored.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple

from desk_coach.domain.coaching.exercises import (
    TARGET_REGION,
    Dose,
    Exercise,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    Region,
    RepsDose,
    Target,
)
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.left_out import sore_next_morning
from desk_coach.domain.coaching.library_rules import CoachingRules, ProgressionRules
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.progression_said import (
    ProgressionSaid,
    amount,
    exercise_term,
    ordinal,
    region_term,
    symptom_term,
    times,
)
from desk_coach.domain.coaching.records import RegionPause, RoutineRecord, ScreenRecord
from desk_coach.domain.said import RECORDED_TEXT, Said, said

# How far back an earlier pain stop still makes a new one in the same region "the second time".
# rules.toml has no such number yet (PainRules.repeat_within_days is the proposed name); until it
# does, one re-screen cycle (4 weeks) is used.
PAIN_REPEAT_WITHIN_DAYS = 28


class Rule(StrEnum):
    """Why a level changed (``LevelChange.rule``)."""

    PROGRESS = "progress"  # rules 1 and 2
    REGRESS = "regress"  # rule 4
    PAIN = "pain"  # rule 5, one step down
    PAUSE = "pause"  # rule 5, the region is paused (``after`` is None)
    RESTART = "restart"  # rule 7, back after time away


class Symptom(StrEnum):
    """Warning signs the user may report with the pain of an exercise (rule 5)."""

    SHARP = "sharp"  # sharp or shooting pain
    NUMBNESS = "numbness"  # numbness or tingling


@dataclass(frozen=True)
class ProgressionOutcome:
    """The levels after a routine, the changes that led there, and any region paused.

    ``levels`` holds every track passed in: a track whose region was paused keeps the level one
    step lower, where it picks up once the region is resumed. ``paused_regions`` gives the short
    reason of each new pause, ``referrals`` the referrals to show (one per new pause), and
    ``pauses`` both together, ready for the store's ``pause_region``.
    """

    levels: dict[str, Level]
    changes: list[LevelChange]
    paused_regions: dict[Region, Said] = field(default_factory=dict)
    referrals: list[Said] = field(default_factory=list)
    pauses: dict[Region, RegionPause] = field(default_factory=dict)


# --------------------------------------------------------------------------- results


class _Result(NamedTuple):
    """One exercise of one routine, as the rules look at it."""

    at: datetime
    exercise_id: str
    region: Region | None
    effort: Effort | None
    pain: int
    pain_button: bool
    done: float
    skipped: bool
    completed: bool  # the routine ran to its end
    symptoms: frozenset[Symptom] = frozenset()  # warning signs the user reported with it
    next_morning: bool = False  # pain reported the morning after, not during the exercise


_HARDNESS = {Effort.TOO_EASY: 0, Effort.JUST_RIGHT: 1, Effort.TOO_HARD: 2}


def _merge(results: list[_Result]) -> _Result:
    """One result for an exercise done more than once in a routine: the hardest, most painful."""
    if len(results) == 1:
        return results[0]
    efforts = [r.effort for r in results if r.effort is not None]
    done = [r.done for r in results if not r.skipped]
    return results[0]._replace(
        effort=max(efforts, key=_HARDNESS.__getitem__) if efforts else None,
        pain=max(r.pain for r in results),
        pain_button=any(r.pain_button for r in results),
        done=min(done) if done else 0.0,
        skipped=not done,
        symptoms=frozenset().union(*(r.symptoms for r in results)),
    )


def _grouped(results: Iterable[_Result]) -> list[_Result]:
    by_exercise: dict[str, list[_Result]] = {}
    for result in results:
        by_exercise.setdefault(result.exercise_id, []).append(result)
    return [_merge(group) for group in by_exercise.values()]


def _region_of(exercise_id: str, library: ExerciseLibrary) -> Region | None:
    return library[exercise_id].region if exercise_id in library else None


def _symptoms(sharp_pain: bool, numbness: bool) -> frozenset[Symptom]:
    return frozenset(s for s, said in ((Symptom.SHARP, sharp_pain), (Symptom.NUMBNESS, numbness)) if said)


def _routine_results(record: RoutineRecord) -> list[_Result]:
    return _grouped(
        _Result(
            at=record.started_at,
            exercise_id=e.exercise_id,
            region=TARGET_REGION[e.target],
            effort=e.effort,
            pain=e.pain,
            pain_button=e.pain_button,
            done=e.done_fraction,
            skipped=e.skipped,
            completed=record.completed,
            symptoms=_symptoms(e.sharp_pain, e.numbness),
        )
        for e in record.exercises
    )


def _next_morning_results(record: RoutineRecord, rules: CoachingRules, at: datetime) -> list[_Result]:
    """Pain the morning after a routine: one pain stop per region of the moves done in it,
    at ``at`` (one report about a routine counts once per region, however many moves it held)."""
    if not sore_next_morning(record, rules):
        return []
    assert record.next_day_pain is not None
    by_region: dict[Region | None, _Result] = {}
    for e in record.exercises:
        if e.done_fraction > 0 and e.target in TARGET_REGION:
            region = TARGET_REGION[e.target]
            by_region.setdefault(
                region,
                _Result(
                    at=at,
                    exercise_id=e.exercise_id,
                    region=region,
                    effort=None,
                    pain=record.next_day_pain,
                    pain_button=False,
                    done=e.done_fraction,
                    skipped=False,
                    completed=True,
                    next_morning=True,
                ),
            )
    return list(by_region.values())


def _feedback_results(
    feedback: Sequence[ExerciseFeedback], library: ExerciseLibrary, at: datetime
) -> list[_Result]:
    return _grouped(
        _Result(
            at=at,
            exercise_id=f.exercise_id,
            region=_region_of(f.exercise_id, library),
            effort=f.effort,
            pain=f.pain,
            pain_button=f.pain_button,
            done=f.done_fraction,
            skipped=f.skipped,
            completed=True,
            symptoms=_symptoms(f.sharp_pain, f.numbness),
        )
        for f in feedback
    )


def _days(earlier: datetime, later: datetime) -> int:
    """Calendar days from one moment to another, each on its own wall clock (DST-proof)."""
    return (later.date() - earlier.date()).days


def _below(done: float, share: Fraction) -> bool:
    """Whether ``done`` is less than ``share``; 8 of 12 reps (0.666...) is not less than 2/3."""
    return Fraction(done).limit_denominator(10_000) < share


def symptoms_acted_on(rules: CoachingRules) -> tuple[Symptom, ...]:
    """The warning signs that pause a region (``pause_on_sharp_pain``,
    ``pause_on_numbness_or_tingling``): the ones worth asking about."""
    pain = rules.pain
    acted = {Symptom.SHARP: pain.pause_on_sharp_pain, Symptom.NUMBNESS: pain.pause_on_numbness_or_tingling}
    return tuple(symptom for symptom in Symptom if acted[symptom])


def _warning_signs(result: _Result, rules: CoachingRules) -> list[Symptom]:
    """The warning signs reported with this result that the rules act on."""
    return [symptom for symptom in symptoms_acted_on(rules) if symptom in result.symptoms]


def _hurt(result: _Result, rules: CoachingRules) -> bool:
    """Rule 5: this exercise was stopped for pain, or brought on a warning sign."""
    return (
        result.pain_button
        or result.pain >= rules.pain.stop_and_regress_at
        or bool(_warning_signs(result, rules))
    )


# --------------------------------------------------------------------------- the ladder of doses


STRENGTH_PATTERNS = frozenset({Pattern.PULL, Pattern.PUSH, Pattern.HINGE, Pattern.SQUAT})


def _grows_in_reps(exercise: Exercise) -> bool:
    """Strength work counted in sets and reps: the dose itself progresses (rule 1)."""
    return isinstance(exercise.dose, RepsDose) and exercise.pattern in STRENGTH_PATTERNS


def _grows_in_holds(exercise: Exercise) -> bool:
    """A held stretch: hold time and holds progress (rule 2)."""
    return isinstance(exercise.dose, HoldDose) and exercise.pattern == Pattern.STRETCH


def entry_dose(exercise: Exercise, library: ExerciseLibrary, rules: CoachingRules) -> Dose:
    """The dose an exercise starts at when a step leads to it.

    Strength work reached from an easier exercise starts at ``next_step_sets`` x
    ``next_step_reps`` (the library's reps, kept inside that range); anything else at the
    library's dose.
    """
    dose = exercise.dose
    if isinstance(dose, RepsDose) and _grows_in_reps(exercise) and library.easier(exercise.id) is not None:
        p = rules.progression
        reps = min(max(dose.reps, p.next_step_reps.low), p.next_step_reps.high)
        return replace(dose, reps=reps, sets=p.next_step_sets)
    return dose


def dose_steps(exercise: Exercise, library: ExerciseLibrary, rules: CoachingRules) -> list[Dose]:
    """The doses of one exercise, easiest first, as the progression moves through them.

    Strength in reps: one more set at a time up to ``cap_sets``, then ``add_reps`` more reps
    up to ``cap_reps`` (2 x 10, 3 x 10, 3 x 12, 3 x 14, 3 x 15). Stretch: the hold goes to
    ``stretch_hold_to_s``, then one more hold up to ``stretch_reps_to``, never past
    ``stretch_cap_s_per_session`` a side. Mobility drills, other holds (a squeeze, a chin tuck)
    and timed doses keep their dose; they move only along the ladder. The easiest exercise of
    a ladder also has one dose below its first: a set fewer, a shorter stretch hold, or
    ``add_reps`` fewer holds.
    """
    p = rules.progression
    entry = entry_dose(exercise, library, rules)
    bottom = library.easier(exercise.id) is None
    if isinstance(entry, RepsDose):
        return _reps_steps(entry, exercise, bottom, p)
    if isinstance(entry, HoldDose) and _grows_in_holds(exercise):
        return _stretch_steps(entry, bottom, p)
    if isinstance(entry, HoldDose) and bottom and entry.reps > p.add_reps:
        return [replace(entry, reps=entry.reps - p.add_reps), entry]
    return [entry]


def _reps_steps(entry: RepsDose, exercise: Exercise, bottom: bool, p: ProgressionRules) -> list[Dose]:
    """Strength in reps: a set more up to the cap, then more reps a set; a set fewer below the
    entry dose at the bottom of a ladder."""
    steps: list[Dose] = [entry]
    if bottom and entry.sets > 1:
        steps.insert(0, replace(entry, sets=entry.sets - 1))
    dose = entry
    while _grows_in_reps(exercise) and dose.reps <= p.cap_reps:
        if dose.sets < p.cap_sets:
            dose = replace(dose, sets=min(dose.sets + p.add_sets, p.cap_sets))
        elif dose.sets == p.cap_sets and dose.reps < p.cap_reps:
            dose = replace(dose, reps=min(dose.reps + p.add_reps, p.cap_reps))
        else:
            break
        steps.append(dose)
    return steps


def _stretch_steps(entry: HoldDose, bottom: bool, p: ProgressionRules) -> list[Dose]:
    """A stretch: longer holds, then a hold more, within the cap of seconds a side; a shorter
    hold below the entry dose at the bottom of a ladder."""
    steps: list[Dose] = [entry]
    cap = p.stretch_cap_s_per_session
    shorter = [hold for hold in (p.stretch_hold_to_s, p.stretch_hold_from_s) if hold < entry.hold_s]
    if bottom and shorter:
        steps.insert(0, replace(entry, hold_s=shorter[0]))
    stretch = entry
    while True:
        if stretch.hold_s < p.stretch_hold_from_s and p.stretch_hold_from_s * stretch.reps <= cap:
            stretch = replace(stretch, hold_s=p.stretch_hold_from_s)
        elif stretch.hold_s < p.stretch_hold_to_s and p.stretch_hold_to_s * stretch.reps <= cap:
            stretch = replace(stretch, hold_s=p.stretch_hold_to_s)
        elif stretch.reps < p.stretch_reps_to and stretch.hold_s * (stretch.reps + 1) <= cap:
            stretch = replace(stretch, reps=stretch.reps + 1)
        else:
            break
        steps.append(stretch)
    return steps


def _size(dose: Dose) -> tuple[int, ...]:
    """How much work a dose is, to place a dose that is not on the steps between two that are."""
    if isinstance(dose, RepsDose):
        return (dose.sets * dose.reps, dose.sets, dose.reps)
    if isinstance(dose, HoldDose):
        return (dose.hold_s * dose.reps, dose.hold_s, dose.reps)
    return (dose.minutes,)


def _same_kind(steps: list[Dose], dose: Dose) -> list[Dose]:
    return [step for step in steps if type(step) is type(dose)]


def step_up(
    level: Level, library: ExerciseLibrary, rules: CoachingRules, *, next_exercise: bool = True
) -> Level | None:
    """One step up the track's ladder: the next dose, else (if allowed) the harder exercise."""
    exercise = library[level.exercise_id]
    bigger = [
        d
        for d in _same_kind(dose_steps(exercise, library, rules), level.dose)
        if _size(d) > _size(level.dose)
    ]
    if isinstance(level.dose, RepsDose) and _grows_in_reps(exercise):
        # Rule 1: a set more, else reps more; never reps traded for sets (2 x 12 -> 3 x 12).
        dose, p = level.dose, rules.progression
        if dose.sets < p.cap_sets:
            return replace(level, dose=replace(dose, sets=min(dose.sets + p.add_sets, p.cap_sets)))
        if dose.reps < p.cap_reps:
            return replace(level, dose=replace(dose, reps=min(dose.reps + p.add_reps, p.cap_reps)))
        bigger = []
    if bigger:
        return replace(level, dose=bigger[0])
    harder = library.harder(exercise.id)
    if harder is None or not next_exercise:
        return None
    return replace(level, exercise_id=harder.id, dose=entry_dose(harder, library, rules))


def step_down(level: Level, library: ExerciseLibrary, rules: CoachingRules) -> Level | None:
    """One step down: the dose before, else the easier exercise at its first dose; None at the foot."""
    exercise = library[level.exercise_id]
    smaller = [
        d
        for d in _same_kind(dose_steps(exercise, library, rules), level.dose)
        if _size(d) < _size(level.dose)
    ]
    if smaller:
        return replace(level, dose=smaller[-1])
    easier = library.easier(exercise.id)
    if easier is None:
        return None
    return replace(level, exercise_id=easier.id, dose=entry_dose(easier, library, rules))


# --------------------------------------------------------------------------- words


def _pain_said(exercise_id: str, result: _Result) -> Said:
    """The start of a what-changed line about pain: "Glute bridge hurt (4/10)"."""
    exercise = exercise_term(exercise_id)
    if result.next_morning:
        if result.pain:
            return said(ProgressionSaid.SORE_NEXT_MORNING_RATED, exercise=exercise, pain=result.pain)
        return said(ProgressionSaid.SORE_NEXT_MORNING, exercise=exercise)
    if result.pain:
        return said(ProgressionSaid.HURT_RATED, exercise=exercise, pain=result.pain)
    return said(ProgressionSaid.HURT, exercise=exercise)


def _where_now(before: Level, after: Level, library: ExerciseLibrary, *, up: bool) -> Said:
    """The end of a what-changed line: the new dose, or the other exercise and its dose."""
    exercise = library[after.exercise_id]
    dose = amount(after.dose, exercise.per_side)
    if after.exercise_id == before.exercise_id:
        return said(ProgressionSaid.NOW_DOSE if up else ProgressionSaid.BACK_TO_DOSE, dose=dose)
    code = ProgressionSaid.NEXT_UP if up else ProgressionSaid.BACK_TO_EASIER
    return said(code, exercise=exercise_term(exercise.id), dose=dose)


def _step(exercise: Exercise, why: Said, where: Said) -> Said:
    """A what-changed line of rules 1, 2 and 4: "Glute bridge felt too easy twice: now 3 sets of 12."."""
    return said(ProgressionSaid.STEP, exercise=exercise_term(exercise.id), why=why, where=where)


def referral(noticed: Said, region: Region) -> Said:
    """The prompt-tier referral (COACHING.md section 7) for a region paused by the progression."""
    return said(ProgressionSaid.REFERRAL, noticed=noticed, region=region_term(region))


# --------------------------------------------------------------------------- rule 5: pauses


def _repeat_within_days(rules: CoachingRules) -> int:
    return getattr(rules.pain, "repeat_within_days", PAIN_REPEAT_WITHIN_DAYS)


class _PauseCause(NamedTuple):
    result: _Result  # the exercise that triggered it
    symptom: Symptom | None
    stops: int  # pain stops in the region, this one included


def _pause_causes(
    stops: list[_Result],
    past: list[_Result],
    paused: Collection[Region],
    rules: CoachingRules,
    now: datetime,
) -> dict[Region, _PauseCause]:
    pain = rules.pain
    within = _repeat_within_days(rules)
    causes: dict[Region, _PauseCause] = {}
    for region in dict.fromkeys(r.region for r in stops):
        if region is None or region in paused:
            continue
        here = [r for r in stops if r.region == region]
        earlier = [r for r in past if r.region == region and _hurt(r, rules) and _days(r.at, now) <= within]
        count = len(earlier) + len(here)
        flagged = [(r, s) for r in here for s in _warning_signs(r, rules)]
        worst = max(here, key=lambda r: r.pain)
        if flagged:
            causes[region] = _PauseCause(flagged[0][0], flagged[0][1], count)
        elif worst.pain >= pain.pause_region_at or count >= pain.pause_region_after_stops:
            causes[region] = _PauseCause(worst, None, count)
    return causes


def _pause_texts(
    region: Region, cause: _PauseCause, library: ExerciseLibrary, rules: CoachingRules
) -> tuple[Said, Said, Said]:
    """(short reason for the record, referral, what-changed line) of one pause."""
    result = cause.result
    exercise = exercise_term(result.exercise_id)
    where = region_term(region)
    pain = _pain_said(result.exercise_id, result)
    if cause.symptom is not None:
        symptom = symptom_term(cause.symptom)
        return (
            said(ProgressionSaid.SYMPTOM_DURING, symptom=symptom, exercise=exercise),
            referral(said(ProgressionSaid.NOTICED_SYMPTOM, symptom=symptom, exercise=exercise), region),
            said(ProgressionSaid.SYMPTOM_PAUSED, exercise=exercise, symptom=symptom, region=where),
        )
    if result.pain >= rules.pain.pause_region_at:
        short, noticed = (
            (ProgressionSaid.PAIN_MORNING_AFTER, ProgressionSaid.NOTICED_PAIN_MORNING_AFTER)
            if result.next_morning
            else (ProgressionSaid.PAIN_DURING, ProgressionSaid.NOTICED_PAIN_DURING)
        )
        return (
            said(short, pain=result.pain, exercise=exercise),
            referral(said(noticed, pain=result.pain, exercise=exercise), region),
            said(ProgressionSaid.PAIN_PAUSED, pain=pain, region=where),
        )
    return (
        said(
            ProgressionSaid.PAIN_IN_REGION_REPEATED,
            region=where,
            times=times(cause.stops),
            n=_repeat_within_days(rules),
        ),
        referral(said(ProgressionSaid.NOTICED_REPEATED_PAIN, region=where), region),
        said(ProgressionSaid.REPEAT_PAIN_PAUSED, pain=pain, nth=ordinal(cause.stops), region=where),
    )


# --------------------------------------------------------------------------- rules 1-5


def _last_change_at(changes: Sequence[LevelChange], track: str) -> datetime | None:
    times = [c.at for c in changes if c.track == track]
    return max(times) if times else None


def _step_ups_this_week(changes: Sequence[LevelChange], track: str, now: datetime) -> int:
    return sum(1 for c in changes if c.track == track and c.rule == Rule.PROGRESS and _days(c.at, now) < 7)


def _screen_items(target: Target, rules: CoachingRules, library: ExerciseLibrary) -> set[str]:
    """The screen items whose scores speak for a target (the screen-to-plan lines, rule 8)."""
    items: set[str] = set()
    for line in rules.screen_plan:
        named = {library[e].target for e in line.exercises if e in library}
        if target in line.stretch_targets or target in line.strength_targets or target in named:
            items.update(line.items)
    return items


def _lowest(screen: ScreenRecord, item: str) -> int | None:
    scores = [s.score for s in screen.scores if s.item_id == item and s.score is not None]
    return min(scores) if scores else None


def screen_improved(
    target: Target,
    screens: Sequence[ScreenRecord],
    since: datetime | None,
    rules: CoachingRules,
    library: ExerciseLibrary,
) -> bool:
    """Whether the latest screen (taken after ``since``) scored higher than the one before on
    any item that speaks for ``target``."""
    ordered = sorted(screens, key=lambda s: s.taken_at)
    if len(ordered) < 2 or (since is not None and ordered[-1].taken_at <= since):
        return False
    latest, before = ordered[-1], ordered[-2]
    for item in _screen_items(target, rules, library):
        new, old = _lowest(latest, item), _lowest(before, item)
        if new is not None and old is not None and new > old:
            return True
    return False


def progress(
    levels: Mapping[str, Level],
    session: RoutineRecord | Sequence[ExerciseFeedback],
    history: Sequence[RoutineRecord],
    last_changes: Sequence[LevelChange],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
    *,
    paused: Collection[Region] = (),
    screens: Sequence[ScreenRecord] = (),
    symptoms: Mapping[str, Collection[Symptom]] | None = None,
) -> ProgressionOutcome:
    """The levels after one routine (COACHING.md section 5, rules 1-5).

    ``session`` is the routine just finished (or its feedback, taken as done at ``now``).
    ``history`` holds the routines before it and ``last_changes`` the level changes, both over
    the same stretch of time, at least the last 4 weeks (a copy of ``session`` in ``history``
    is ignored). ``paused`` are the regions paused already, ``screens`` the self-screens (only
    the last two are compared) and ``symptoms`` the warning signs reported per exercise id.

    A track changes at most once per call, by the first rule that applies: pain, then
    regress, then progress; a track with no result in ``session`` keeps its level. Only results
    of the track's current exercise count, from its last change on (an easier stand-in the
    planner chose for the desk moves nothing, though its pain still counts for the region).
    Pain reported the next morning (``pain.next_morning_pain_counts``) can be passed as a
    session of its own: feedback with that pain, no effort and nothing skipped.
    """
    symptoms = symptoms or {}
    if isinstance(session, RoutineRecord):
        current = _routine_results(session)
        history = [record for record in history if record.started_at != session.started_at]
    else:
        current = _feedback_results(session, library, now)
    current = [r._replace(symptoms=r.symptoms | frozenset(symptoms.get(r.exercise_id, ()))) for r in current]
    past = _past_results(history, rules)
    by_exercise = {result.exercise_id: result for result in current}

    new_levels = dict(levels)
    changes: list[LevelChange] = []
    outcome = ProgressionOutcome(new_levels, changes)

    def change(track: str, before: Level, after: Level | None, rule: Rule, reason: Said) -> None:
        changes.append(LevelChange(now, track, before, after, rule, reason))

    # Rule 5: pain stops the exercise and steps it down; some pain pauses its whole region.
    stops = [result for result in current if _hurt(result, rules)]
    causes = _pause_causes(stops, past, paused, rules, now)
    handled = _pain_stops(outcome, levels, by_exercise, causes, rules, library, now)

    no_step_up = set(paused) | set(causes)
    for track, level in levels.items():
        result = by_exercise.get(level.exercise_id)
        if track in handled or level.exercise_id not in library or result is None or result.skipped:
            continue
        exercise = library[level.exercise_id]
        since = _last_change_at(last_changes, track)
        rated = sorted(
            (
                r
                for r in [*past, result]
                if r.exercise_id == level.exercise_id
                and not r.skipped
                and r.effort is not None
                and (since is None or r.at >= since)
            ),
            key=lambda r: r.at,
        )

        # Rule 4: too hard, or too little of it done, steps down.
        why = _regress_reason(result, rated, rules)
        if why is not None:
            lower = step_down(level, library, rules)
            if lower is not None:
                new_levels[track] = lower
                where = _where_now(level, lower, library, up=False)
                change(track, level, lower, Rule.REGRESS, _step(exercise, why, where))
            continue

        # Rules 1-3: step up when earned, at most once a week and never in a paused region.
        if exercise.region in no_step_up:
            continue
        if _step_ups_this_week(last_changes, track, now) >= rules.progression.max_step_ups_per_week:
            continue
        why, higher = _progress(level, exercise, result, rated, since, rules, library, screens, now)
        if higher is not None and why is not None:
            new_levels[track] = higher
            where = _where_now(level, higher, library, up=True)
            change(track, level, higher, Rule.PROGRESS, _step(exercise, why, where))
    return outcome


def _past_results(history: Iterable[RoutineRecord], rules: CoachingRules) -> list[_Result]:
    """What earlier routines count for: their results, and the pain reported the morning after."""
    past: list[_Result] = []
    for record in history:
        past += _routine_results(record)
        past += _next_morning_results(record, rules, record.started_at)
    return past


def _pain_stops(
    outcome: ProgressionOutcome,
    levels: Mapping[str, Level],
    by_exercise: Mapping[str, _Result],
    causes: Mapping[Region, _PauseCause],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
) -> set[str]:
    """Rule 5 into ``outcome``: the pauses of ``causes`` with their referrals, and one step down
    for every track whose exercise hurt; returns those tracks."""
    for region, cause in causes.items():
        reason, referral, _ = _pause_texts(region, cause, library, rules)
        outcome.paused_regions[region] = reason
        outcome.referrals.append(referral)
        outcome.pauses[region] = RegionPause(now, reason, referral)
    handled: set[str] = set()
    for track, level in levels.items():
        result = by_exercise.get(level.exercise_id)
        if level.exercise_id not in library or result is None or not _hurt(result, rules):
            continue
        handled.add(track)
        lower = step_down(level, library, rules)
        if result.region is not None and result.region in causes:
            outcome.levels[track] = lower or level
            line = _pause_texts(result.region, causes[result.region], library, rules)[2]
            outcome.changes.append(LevelChange(now, track, level, None, Rule.PAUSE, line))
        elif lower is not None:
            outcome.levels[track] = lower
            where = _where_now(level, lower, library, up=False)
            line = said(
                ProgressionSaid.PAIN_STEP_DOWN, pain=_pain_said(level.exercise_id, result), where=where
            )
            outcome.changes.append(LevelChange(now, track, level, lower, Rule.PAIN, line))
    return handled


def pain_next_morning(
    levels: Mapping[str, Level],
    reported: Sequence[RoutineRecord],
    history: Sequence[RoutineRecord],
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
    *,
    paused: Collection[Region] = (),
) -> ProgressionOutcome:
    """Rule 5 for pain the morning after: the routines of ``reported`` (their
    ``next_day_pain`` set) step every track whose exercise was done in them one down, when
    that pain counts (``pain.next_morning_pain_counts``, at least ``stop_and_regress_at``).
    One report counts as one pain stop per region; with earlier stops in ``history`` (the
    routines of the last weeks) or pain of ``pause_region_at`` or more it pauses the region.
    """
    outcome = ProgressionOutcome(dict(levels), [])
    when = {record.started_at for record in reported}
    stops = [result for record in reported for result in _next_morning_results(record, rules, now)]
    if not stops:
        return outcome
    pain = max(result.pain for result in stops)
    by_exercise: dict[str, _Result] = {}
    for record in reported:
        for e in record.exercises:
            if e.done_fraction > 0 and e.target in TARGET_REGION:
                region = TARGET_REGION[e.target]
                stop = stops[0]._replace(exercise_id=e.exercise_id, region=region, pain=pain)
                by_exercise.setdefault(e.exercise_id, stop)
    past = _past_results([record for record in history if record.started_at not in when], rules)
    past += [result for record in history if record.started_at in when for result in _routine_results(record)]
    causes = _pause_causes(stops, past, paused, rules, now)
    _pain_stops(outcome, levels, by_exercise, causes, rules, library, now)
    return outcome


def _regress_reason(result: _Result, rated: list[_Result], rules: CoachingRules) -> Said | None:
    r = rules.regression
    if result.effort == Effort.TOO_HARD:
        too_hard = sum(1 for x in rated if x.effort == Effort.TOO_HARD)
        if too_hard >= r.too_hard_sessions:
            return said(ProgressionSaid.FELT_TOO_HARD, times=times(too_hard))
    if result.completed and result.done > 0 and _below(result.done, r.done_below):
        share = Fraction(r.done_below)
        return said(ProgressionSaid.HARD_TO_FINISH, part=share.numerator, whole=share.denominator)
    return None


def _progress(
    level: Level,
    exercise: Exercise,
    result: _Result,
    rated: list[_Result],
    since: datetime | None,
    rules: CoachingRules,
    library: ExerciseLibrary,
    screens: Sequence[ScreenRecord],
    now: datetime,
) -> tuple[Said | None, Level | None]:
    p = rules.progression
    if not rated or rated[-1] is not result or _hurt(result, rules):
        return None, None
    if exercise.pattern == Pattern.STRETCH:
        # Rule 2: steady ("too easy" or "just right") for the last weeks.
        run: list[_Result] = []
        for x in reversed(rated):
            if x.effort == Effort.TOO_HARD or _hurt(x, rules) or _below(x.done, rules.regression.done_below):
                break
            run.append(x)
        weeks = p.stretch_steady_weeks
        if not run or _days(run[-1].at, now) < 7 * weeks:
            return None, None
        why = said(ProgressionSaid.FELT_COMFORTABLE, n=weeks)
        higher = step_up(level, library, rules, next_exercise=False)
        if higher is not None:
            return why, higher
        if p.stretch_next_step_needs_rescreen:
            if not screen_improved(exercise.target, screens, since, rules, library):
                return None, None
            why = said(ProgressionSaid.FELT_COMFORTABLE_CHECK_IMPROVED, n=weeks)
        return why, step_up(level, library, rules)
    # Rule 1: the whole dose done and "too easy", so many sessions in a row.
    needed = p.too_easy_sessions
    tail = rated[-needed:]
    if len(tail) < needed or not all(
        x.effort == Effort.TOO_EASY and x.done >= 1.0 and not _hurt(x, rules) for x in tail
    ):
        return None, None
    return said(ProgressionSaid.FELT_TOO_EASY, times=times(needed)), step_up(level, library, rules)


# --------------------------------------------------------------------------- rule 6: adherence


class RoutineChange(StrEnum):
    SAME = "same"
    SHORTER = "shorter"  # fewer exercises, each at the same level


class AdherenceAdjustment(NamedTuple):
    """What rule 6 changes: minutes added to the sit interval, the routine length, and how many
    extra exercises to offer (0: none)."""

    interval_change_min: int
    routine_change: RoutineChange
    offer_extra: int

    def line(self) -> Said | None:
        """The what-changed line for this adjustment (None when nothing changes)."""
        if self.routine_change == RoutineChange.SHORTER:
            if self.interval_change_min:
                return said(ProgressionSaid.FEWER_BREAKS_LATER, n=self.interval_change_min)
            return said(ProgressionSaid.FEWER_BREAKS)
        if self.offer_extra:
            return said(ProgressionSaid.BREAKS_KEPT_UP, n=self.offer_extra)
        return None


NO_ADJUSTMENT = AdherenceAdjustment(0, RoutineChange.SAME, 0)


def adherence_adjustment(
    prompts_shown: Sequence[int],
    prompts_done: Sequence[int],
    window: int | None = None,
    *,
    rules: CoachingRules | None = None,
    sit_interval_min: int | None = None,
) -> AdherenceAdjustment:
    """Rule 6, from per-day counts of break prompts shown and done, oldest day first.

    Pass the days since the last adherence adjustment, so one is made once per window.
    ``window`` is its length in days (``adherence.window_days`` when None). Below
    ``low_below_percent`` done over the last window: the sit interval grows by
    ``low_add_interval_min`` (never past ``interval_max_min`` when ``sit_interval_min`` is
    given) and routines get shorter at the same difficulty. At least ``high_from_percent`` in
    each of the last ``high_for_weeks`` windows: ``high_extra_exercises`` are offered.
    """
    _check_prompt_counts(prompts_shown, prompts_done)
    a = (rules or CoachingRules()).adherence
    days = window if window is not None else a.window_days
    if days < 1:
        raise ValueError(f"the window must be at least one day, got {days}")
    if len(prompts_shown) < days:
        return NO_ADJUSTMENT

    def block(index: int) -> tuple[int, int]:
        end = len(prompts_shown) - index * days
        return sum(prompts_shown[end - days : end]), sum(prompts_done[end - days : end])

    shown, done = block(0)
    if shown and done * 100 < a.low_below_percent * shown:
        add = a.low_add_interval_min
        if sit_interval_min is not None:
            add = max(0, min(add, a.interval_max_min - sit_interval_min))
        return AdherenceAdjustment(add, RoutineChange.SHORTER, 0)
    weeks = a.high_for_weeks
    if len(prompts_shown) < days * weeks:
        return NO_ADJUSTMENT
    for index in range(weeks):
        shown, done = block(index)
        if not shown or done * 100 < a.high_from_percent * shown:
            return NO_ADJUSTMENT
    return AdherenceAdjustment(0, RoutineChange.SAME, a.high_extra_exercises)


def _check_prompt_counts(prompts_shown: Sequence[int], prompts_done: Sequence[int]) -> None:
    if len(prompts_shown) != len(prompts_done):
        raise ValueError("prompts_shown and prompts_done need one count per day each")
    if any(count < 0 for count in (*prompts_shown, *prompts_done)):
        raise ValueError("prompt counts cannot be negative")


# --------------------------------------------------------------------------- rule 7: re-screen, restart


class RescreenDue(NamedTuple):
    due: bool
    reason: Said | None  # shown with the offer; None when not due


def rescreen_due(
    last_screen_at: datetime | None,
    last_pain_regression_at: datetime | None,
    last_session_at: datetime | None,
    now: datetime,
    rules: CoachingRules,
) -> RescreenDue:
    """Rule 7: whether to offer the self-screen again, and why.

    Due after a pain step-down since the last screen, when the last routine is at least
    ``away_days`` ago and came after the last screen (ask before the first routine back), and
    ``every_days`` after the last screen. Before any screen it is always due.
    """
    r = rules.rescreen
    if last_screen_at is None:
        return RescreenDue(True, said(ProgressionSaid.RECHECK_FIRST))
    pain_at = last_pain_regression_at
    if r.after_pain_regression and pain_at is not None and pain_at > last_screen_at:
        return RescreenDue(True, said(ProgressionSaid.RECHECK_AFTER_PAIN))
    if last_session_at is not None and last_screen_at <= last_session_at:
        away = _days(last_session_at, now)
        if away >= r.away_days:
            return RescreenDue(True, said(ProgressionSaid.RECHECK_WELCOME_BACK, n=away))
    since = _days(last_screen_at, now)
    if since >= r.every_days:
        weeks = since // 7
        if weeks >= 2:
            return RescreenDue(True, said(ProgressionSaid.RECHECK_WEEKS, n=weeks))
        return RescreenDue(True, said(ProgressionSaid.RECHECK_DAYS, n=since))
    return RescreenDue(False, None)


def last_pain_regression_at(changes: Iterable[LevelChange]) -> datetime | None:
    """When pain last stepped a level down or paused a track (for ``rescreen_due``)."""
    times = [c.at for c in changes if c.rule in (Rule.PAIN, Rule.PAUSE)]
    return max(times) if times else None


def restart_after_break(
    levels: Mapping[str, Level],
    days_away: float,
    rules: CoachingRules,
    library: ExerciseLibrary,
    now: datetime,
    *,
    last_changes: Sequence[LevelChange] = (),
) -> ProgressionOutcome:
    """Rule 7: after at least ``away_days`` without a routine, every track restarts
    ``restart_steps_down`` steps lower. Call it before planning the first routine back;
    ``last_changes`` (the changes since the last routine) keep it from applying twice.
    """
    r = rules.rescreen
    unchanged = ProgressionOutcome(dict(levels), [])
    if days_away < r.away_days or r.restart_steps_down == 0:
        return unchanged
    break_began = now - timedelta(days=days_away)
    if any(c.rule == Rule.RESTART and c.at >= break_began for c in last_changes):
        return unchanged
    new_levels = dict(levels)
    changes: list[LevelChange] = []
    for track, level in levels.items():
        if level.exercise_id not in library:
            continue
        lower = level
        for _ in range(r.restart_steps_down):
            below = step_down(lower, library, rules)
            if below is None:
                break
            lower = below
        if lower == level:
            continue
        new_levels[track] = lower
        exercise = exercise_term(level.exercise_id)
        if lower.exercise_id == level.exercise_id:
            dose = amount(lower.dose, library[level.exercise_id].per_side)
            reason = said(ProgressionSaid.RESTART_SAME, n=int(days_away), exercise=exercise, dose=dose)
        else:
            easier = library[lower.exercise_id]
            reason = said(
                ProgressionSaid.RESTART_EASIER,
                n=int(days_away),
                exercise=exercise,
                easier=exercise_term(easier.id),
                dose=amount(lower.dose, easier.per_side),
            )
        changes.append(LevelChange(now, track, level, lower, Rule.RESTART, reason))
    return ProgressionOutcome(new_levels, changes)


# --------------------------------------------------------------------------- what changed


def what_changed(changes: Iterable[LevelChange]) -> list[Said]:
    """The lines to show the user for these changes, in order, each once."""
    return list(dict.fromkeys(change.reason for change in changes if _says_something(change.reason)))


def _says_something(line: Said) -> bool:
    """Not an empty line kept from before the history stored codes."""
    return line.code != RECORDED_TEXT or bool(line.values.get("text"))
