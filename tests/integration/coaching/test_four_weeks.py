"""Four simulated weeks of coaching per kind of person, through the real services and SQLite.

Each person takes a self-check on the first morning (stored like the wizard stores it), then
works four calendar weeks on a fake clock: each morning the app's daily coaching check (rule 6),
then on every work day (from the work-hours settings) a break every hour, placed as
``plan --week`` places them (the one after the middle of the day is the daily routine). Each
break is shown and taken (or skipped, for a person who skips), every exercise done in full and
rated "too easy", which pushes the progression as hard as a user can. Afterwards the stored
history is checked against the weekly rules of COACHING.md sections 2, 5 and 6, week by week,
not plan by plan.

A new kind of person is one more ``Person(...)`` in ``PEOPLE``: its own work hours
(``work_hours``, as the night-shift worker), a later self-check (``rescreens``), a self-check
recorded through the screening service on a given morning (``on_day``, as the person whose
back pain paused hips and back until the re-check) and the week from which the weekly volumes
are owed (``rules_from_week``). No move is ever planned in a region paused at the time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.export import read_tables
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.adherence import KEPT_UP_RULE, SHORTER_RULE
from desk_coach.domain.coaching.exercises import HoldDose, Pattern, Region, RepsDose, Target
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.domain.coaching.planner import plan_seconds
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import (
    RoutineRecord,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.coaching.screening import ItemScore, ScreenResult, gate
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.domain.settings import Settings, defaults
from desk_coach.services.planning import week_start
from desk_coach.services.routines import RoutineService
from desk_coach.services.screening import record_screen
from desk_coach.services.week_programme import break_times

BERLIN = ZoneInfo("Europe/Berlin")
FIRST_DAY = date(2026, 11, 2)  # a Monday
WEEKS = 4
LOADED = load_library()
LIBRARY, RULES = LOADED.library, LOADED.rules

ALL_GOOD = {"S1": 2, "S2": 2, "S3": 2, "S4": 2, "S5": 2}
DESK_ONLY = frozenset({Equipment.DESK, Equipment.CHAIR})


@dataclass(frozen=True)
class Screen:
    """The answers of one self-check, as a person gives them."""

    scores: Mapping[str, int]
    lifestyles: frozenset[Lifestyle] = frozenset({Lifestyle.DESK_WORKER})
    floor_room: bool = False
    pregnancy: bool = False
    equipment: frozenset[Equipment] | None = None
    age_band: AgeBand | None = None
    exercise_allowed: bool = True

    def record(self, at: datetime) -> ScreenRecord:
        scores = tuple(ScreenScore(item, None, score, False) for item, score in self.scores.items())
        return ScreenRecord(
            taken_at=at,
            source=ScreenSource.WIZARD,
            lifestyles=self.lifestyles,
            floor_room=self.floor_room,
            exercise_allowed=self.exercise_allowed,
            pregnancy=self.pregnancy,
            scores=scores,
            equipment=self.equipment,
            age_band=self.age_band,
        )


@dataclass(frozen=True)
class Person:
    """One kind of user: the first self-check, later ones by day number, the work hours."""

    name: str
    screen: Screen
    tight: frozenset[Target]  # the targets the rules stretch daily for this screen (section 5.8)
    strength_days: Mapping[Target, int] = field(default_factory=dict)  # strength days a week owed
    rescreens: Mapping[int, Screen] = field(default_factory=dict)  # day number -> a new self-check
    settings: Mapping[str, object] = field(default_factory=dict)  # replaced fields of settings.breaks
    work_hours: Mapping[str, tuple[str, ...]] | None = None  # weekday -> ranges (None: the defaults)
    take_every: int = 1  # takes every n-th break shown and skips the rest (1: every break)
    on_day: Mapping[int, Callable[[Callable[[], SqlUnitOfWork], datetime], None]] = field(
        default_factory=dict
    )
    # ^ day number -> something done through the storage that morning (e.g. a red flag answered)
    rules_from_week: int = 0  # the weekly volumes are owed from this week on (0: the first)


SCREEN_CONTENT = load_screen_content()
CLEAN_CHECK = (
    *(ItemScore("S1", side, 1) for side in (Side.LEFT, Side.RIGHT)),
    *(ItemScore("S2", side, 2) for side in (Side.LEFT, Side.RIGHT)),  # 0-3 a side: 1 on the 0-2 scale
    ItemScore("S3", None, 1),
    *(ItemScore("S4", side, 1) for side in (Side.LEFT, Side.RIGHT)),
    ItemScore("S5", None, 1),
)


def wizard_check(red_flags: frozenset[str], scores: tuple[ItemScore, ...]):
    """A self-check taken in the wizard and recorded as the app records it (pauses, lifts)."""

    def take(unit_of_work, at: datetime) -> None:
        result = ScreenResult(
            at, ScreenSource.WIZARD, frozenset({Lifestyle.DESK_WORKER}), False, red_flags, scores
        )
        record_screen(
            unit_of_work, SCREEN_CONTENT, result, gate(SCREEN_CONTENT, red_flags, result.pain_items)
        )

    return take


PEOPLE = (
    Person(
        "desk worker, tight hips and chest, forward head",
        Screen({"S1": 1, "S2": 1, "S3": 1, "S4": 2, "S5": 2}),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST}),
        strength_days={Target.UPPER_BACK: 3},
    ),
    Person(
        "runner with weak glutes and floor room",
        Screen(
            {"S1": 1, "S2": 2, "S3": 2, "S4": 0, "S5": 1},
            lifestyles=frozenset({Lifestyle.RUNNER}),
            floor_room=True,
            equipment=frozenset({Equipment.DESK, Equipment.CHAIR, Equipment.WALL, Equipment.MAT}),
        ),
        tight=frozenset({Target.HIP_FLEXORS, Target.HAMSTRINGS}),
        strength_days={Target.GLUTES: 3},
    ),
    Person(
        "pregnant, floor room, weak glutes",
        Screen({"S1": 1, "S2": 1, "S3": 2, "S4": 1, "S5": 2}, floor_room=True, pregnancy=True),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST}),
        strength_days={Target.GLUTES: 3},
    ),
    Person(
        "nothing at hand beyond desk and chair",
        Screen({"S1": 1, "S2": 1, "S3": 1, "S4": 1, "S5": 1}, equipment=DESK_ONLY),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST, Target.HAMSTRINGS}),
        strength_days={Target.GLUTES: 3, Target.UPPER_BACK: 3},
    ),
    Person(
        "nothing at hand at all, tight hips, chest and hamstrings",
        Screen({"S1": 0, "S2": 0, "S3": 2, "S4": 2, "S5": 0}, equipment=frozenset()),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST, Target.HAMSTRINGS}),
    ),
    Person(
        "no floor room, runner with weak glutes",
        Screen(
            {"S1": 2, "S2": 1, "S3": 2, "S4": 1, "S5": 2},
            lifestyles=frozenset({Lifestyle.RUNNER}),
            floor_room=False,
        ),
        tight=frozenset({Target.CHEST}),
        strength_days={Target.GLUTES: 3},
    ),
    Person(
        "65 or over, tight hips and hamstrings",
        Screen({"S1": 0, "S2": 2, "S3": 2, "S4": 2, "S5": 1}, age_band=AgeBand.FROM_65),
        tight=frozenset({Target.HIP_FLEXORS, Target.HAMSTRINGS}),
    ),
    Person(
        "back pain at the first check, cleared at the re-check a week later",
        Screen({"S1": 1, "S2": 1, "S3": 1, "S4": 1, "S5": 1}),  # the re-check's answers
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST, Target.HAMSTRINGS}),
        strength_days={Target.GLUTES: 3, Target.UPPER_BACK: 3},
        on_day={
            0: wizard_check(frozenset({"pr_back_pain"}), CLEAN_CHECK[:5]),  # S4, S5 left out
            7: wizard_check(frozenset(), CLEAN_CHECK),
        },
        rules_from_week=1,
    ),
    Person(
        "night-shift worker, tight hips and chest",
        Screen({"S1": 1, "S2": 1, "S3": 2, "S4": 2, "S5": 2}),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST}),
        work_hours={
            day: ("22:00-06:00",) for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
        },
    ),
    Person(
        "desk worker with 30-second micro-breaks",
        Screen({"S1": 1, "S2": 1, "S3": 2, "S4": 2, "S5": 2}),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST}),
        settings={"micro_break_s": 30},
    ),
    Person(
        "desk worker who skips three breaks in four",
        Screen({"S1": 1, "S2": 1, "S3": 2, "S4": 2, "S5": 2}),
        tight=frozenset({Target.HIP_FLEXORS, Target.CHEST}),
        take_every=4,
        rules_from_week=WEEKS,  # breaks not taken cannot bring the weekly volumes
    ),
    Person(
        "all good, maintenance",
        Screen(ALL_GOOD),
        tight=frozenset(),
        strength_days={Target.GLUTES: 2, Target.UPPER_BACK: 2},
    ),
)


# --- the simulation ------------------------------------------------------------------------------


@dataclass
class Weeks:
    """What four weeks left in the database, and the person and settings they ran with."""

    person: Person
    settings: Settings
    sessions: list[RoutineRecord]
    changes: list
    equipment: frozenset[Equipment]
    planned: list[tuple[datetime, RoutinePlan]]  # every plan the service made, when
    pauses: list[tuple[Region, datetime, datetime | None]]  # each region pause: since, lifted

    def paused_at(self, at: datetime) -> set[Region]:
        return {
            region for region, since, until in self.pauses if since <= at and (until is None or at < until)
        }

    def week_of(self, day: date) -> int:
        return (day - FIRST_DAY).days // 7

    def by_week(self) -> dict[int, list[RoutineRecord]]:
        """The routines of each week from which the weekly rules are owed."""
        weeks: dict[int, list[RoutineRecord]] = defaultdict(list)
        for record in self.sessions:
            number = self.week_of(record.started_at.date())
            if number >= self.person.rules_from_week:
                weeks[number].append(record)
        return weeks


def _settings(person: Person) -> Settings:
    settings = defaults(shipped_schema())
    breaks = replace(settings.breaks, sit_interval_min=60, **person.settings)
    settings = replace(settings, breaks=breaks)
    if person.screen.equipment is not None:  # the self-check saves its answer in the settings
        settings = replace(settings, coaching=replace(settings.coaching, equipment=person.screen.equipment))
    if person.work_hours is not None:
        from desk_coach.domain.settings.time_ranges import TimeRange

        hours = {
            day: tuple(TimeRange.parse(text) for text in ranges) for day, ranges in person.work_hours.items()
        }
        settings = replace(settings, work_hours=replace(settings.work_hours, **hours))
    return settings


def simulate(person: Person, tmp_path) -> Weeks:
    """Four weeks as the app runs them: each morning the daily coaching check (rule 6), each
    break shown, then taken (planned, done, rated) or skipped, every event stored."""
    settings = _settings(person)
    clock = ManualClock(datetime.combine(FIRST_DAY, time(8, 0), tzinfo=BERLIN))
    database = open_database(tmp_path / f"{abs(hash(person.name))}.sqlite", clock)

    def unit_of_work() -> SqlUnitOfWork:
        return SqlUnitOfWork(database.engine)

    planned: list[tuple[datetime, RoutinePlan]] = []
    try:
        service = RoutineService(
            unit_of_work=unit_of_work, library=LIBRARY, rules=RULES, clock=clock, settings=lambda: settings
        )
        screens = {**({} if 0 in person.on_day else {0: person.screen}), **person.rescreens}
        shown = 0
        for number in range(WEEKS * 7):
            day = FIRST_DAY + timedelta(days=number)
            clock.wall = datetime.combine(day, time(8, 0), tzinfo=BERLIN)
            if number in screens:
                with unit_of_work() as uow:
                    uow.coaching.add_screen(screens[number].record(clock.now()))
            if number in person.on_day:
                person.on_day[number](unit_of_work, clock.now())
            service.check_adherence()
            for at, kind in break_times(day, settings, BERLIN):
                clock.wall = at
                taken = shown % person.take_every == 0
                shown += 1
                with unit_of_work() as uow:
                    uow.history.add_break_event(BreakEvent(at, BreakEventKind.SHOWN, kind))
                    answer = BreakEventKind.TAKEN if taken else BreakEventKind.SKIPPED
                    uow.history.add_break_event(BreakEvent(at, answer, kind))
                if not taken:
                    continue
                length = (
                    settings.breaks.long_break_min * 60
                    if kind == BreakKind.LONG
                    else settings.breaks.micro_break_s
                )
                plan = service.plan_break(kind, length)
                planned.append((at, plan))
                session = service.start(plan)
                clock.wall = at + timedelta(seconds=length)
                answers = [ExerciseFeedback(item.exercise_id, Effort.TOO_EASY, 0, 1.0) for item in plan.items]
                service.finish(session, plan, answers, completed=True)
        end = datetime.combine(FIRST_DAY + timedelta(days=WEEKS * 7), time(), tzinfo=BERLIN)
        start = datetime.combine(FIRST_DAY, time(), tzinfo=BERLIN)
        with unit_of_work() as uow:
            sessions = uow.coaching.sessions_between(start, end)
            changes = uow.coaching.level_changes_between(start, end)
        pauses = [
            (Region(row["region"]), row["paused_at"], row["resumed_at"])
            for row in read_tables(database.engine)["region_pauses"]
        ]
    finally:
        database.dispose()
    return Weeks(person, settings, sessions, changes, settings.coaching.equipment, planned, pauses)


_SIMULATED: dict[str, Weeks] = {}


def simulated(person: Person, tmp_path_factory) -> Weeks:
    """The person's four weeks, simulated once per test run."""
    if person.name not in _SIMULATED:
        _SIMULATED[person.name] = simulate(person, tmp_path_factory.mktemp("weeks"))
    return _SIMULATED[person.name]


@pytest.fixture(params=PEOPLE, ids=lambda person: person.name)
def weeks(request, tmp_path_factory) -> Weeks:
    return simulated(request.param, tmp_path_factory)


# --- the weekly rules ----------------------------------------------------------------------------


def _exercises(records):
    return [(record, exercise) for record in records for exercise in record.exercises]


def test_every_week_starts_on_the_first_day_of_the_settings_week(weeks):
    assert week_start(FIRST_DAY, weeks.settings) == FIRST_DAY


def test_each_tight_target_gets_five_minutes_of_stretching_every_week(weeks):
    goal = RULES.stretch.weekly_minutes_per_tight_target * 60
    for number, records in sorted(weeks.by_week().items()):
        seconds = Counter()
        for _, exercise in _exercises(records):
            if exercise.pattern == Pattern.STRETCH:
                seconds[exercise.target] += exercise.dose.seconds(False) * exercise.done_fraction
        for target in weeks.person.tight:
            assert seconds[target] >= goal, (
                f"week {number + 1}: {target.value} stretched {seconds[target]:.0f} s a side, goal {goal} s"
            )


def test_pulls_stay_at_least_twice_the_pushes_and_the_push_move_comes_once_a_week(weeks):
    ratio = RULES.strength.pull_to_push_ratio
    protraction = RULES.strength.protraction_exercise
    can_push = set(LIBRARY[protraction].equipment) <= weeks.equipment
    for number, records in sorted(weeks.by_week().items()):
        sets = Counter()
        pushes = 0
        for _record, exercise in _exercises(records):
            count = exercise.dose.sets if isinstance(exercise.dose, RepsDose) else 1
            sets[exercise.pattern] += count * exercise.done_fraction
            if exercise.exercise_id == protraction:
                pushes += 1
        assert sets[Pattern.PULL] >= ratio * sets[Pattern.PUSH], f"week {number + 1}: {dict(sets)}"
        if can_push:
            assert pushes >= RULES.strength.protraction_sessions_per_week, (
                f"week {number + 1}: no {protraction}"
            )


def test_every_chest_stretch_comes_with_a_pull_in_the_same_break(weeks):
    for record in weeks.sessions:
        patterns = [(e.target, e.pattern) for e in record.exercises]
        if (Target.CHEST, Pattern.STRETCH) in patterns:
            assert any(p == Pattern.PULL for _, p in patterns), record


def test_strength_work_comes_on_the_days_the_rules_ask(weeks):
    for number, records in sorted(weeks.by_week().items()):
        days: dict[Target, set[date]] = defaultdict(set)
        for record, exercise in _exercises(records):
            if record.kind == BreakKind.LONG and exercise.pattern in (
                Pattern.PULL,
                Pattern.HINGE,
                Pattern.SQUAT,
            ):
                days[exercise.target].add(record.started_at.date())
        for target, owed in weeks.person.strength_days.items():
            assert len(days[target]) >= owed, (
                f"week {number + 1}: {target.value} strength on {len(days[target])} days"
            )


def test_no_exercise_steps_up_more_than_once_a_week_and_strength_steps_follow_rule_one(weeks):
    progression = RULES.progression
    ups: dict[str, list[datetime]] = defaultdict(list)
    for change in weeks.changes:
        if change.rule != "progress" or change.before is None or change.after is None:
            continue
        ups[change.track].append(change.at)
        before, after = change.before, change.after
        if before.exercise_id == after.exercise_id and isinstance(after.dose, RepsDose):
            sets_up = after.dose.sets - before.dose.sets
            reps_up = after.dose.reps - before.dose.reps
            assert (sets_up, reps_up) in ((progression.add_sets, 0), (0, progression.add_reps)) or (
                sets_up == 0
                and 0 < reps_up <= progression.add_reps
                and after.dose.reps == progression.cap_reps
            ), f"{change.track}: {before.dose} -> {after.dose} is not a set or reps more"
        elif before.exercise_id != after.exercise_id and isinstance(after.dose, RepsDose):
            assert isinstance(before.dose, HoldDose) or (before.dose.sets, before.dose.reps) == (
                progression.cap_sets,
                progression.cap_reps,
            ), f"{change.track}: left {before.dose} early"
            assert after.dose.sets == progression.next_step_sets
            assert after.dose.reps in progression.next_step_reps
    at_most = RULES.progression.max_step_ups_per_week
    for track, times in ups.items():
        for number, at in enumerate(times):
            # A week is seven calendar days: a step on Monday allows the next one next Monday.
            within = [other for other in times[number:] if (other.date() - at.date()).days < 7]
            assert len(within) <= at_most, f"{track} stepped up {len(within)} times within a week from {at}"


def test_only_moves_the_person_can_do(weeks):
    screen = weeks.person.screen
    for record, exercise in _exercises(weeks.sessions):
        move = LIBRARY[exercise.exercise_id]
        assert move.region not in weeks.paused_at(record.started_at), f"{move.id} while its region is paused"
        assert set(move.equipment) <= weeks.equipment, f"{move.id} needs {move.equipment}"
        if not screen.floor_room:
            assert move.desk, f"{move.id} is floor work without floor room"
        if screen.pregnancy:
            assert not move.supine, f"{move.id} is done lying on the back in pregnancy"


def test_stretch_holds_follow_the_age_band(weeks):
    older = weeks.person.screen.age_band == AgeBand.FROM_65
    holds = [
        exercise.dose
        for record, exercise in _exercises(weeks.sessions)
        if record.kind == BreakKind.LONG and exercise.pattern == Pattern.STRETCH
    ]
    assert holds
    if older:
        assert all(dose.hold_s >= RULES.stretch.older_adult_hold_s for dose in holds), holds
        assert all(dose.reps >= 2 for dose in holds), holds


def test_breaks_fit_their_configured_length_and_rule_six_shortens_or_offers_more(weeks):
    breaks, adherence = weeks.settings.breaks, RULES.adherence
    shorter_from = next((c.at for c in weeks.changes if c.rule == SHORTER_RULE), None)
    kept_up_from = next((c.at for c in weeks.changes if c.rule == KEPT_UP_RULE), None)
    if weeks.person.take_every == 1:
        assert shorter_from is None and kept_up_from is not None, "every break taken: kept up, never shorter"
    else:
        assert shorter_from is not None, "most breaks skipped: the routine gets shorter"
    shorter_min = max(
        adherence.floor_minutes_per_day, -(-breaks.long_break_min * adherence.shorter_routine_percent // 100)
    )
    for at, plan in weeks.planned:
        offered = [item for item in plan.items if item.extra]
        seconds = plan_seconds(plan, LIBRARY) - sum(
            item.dose.seconds(LIBRARY[item.exercise_id].per_side) for item in offered
        )
        budget = breaks.long_break_min * 60 if plan.kind == BreakKind.LONG else breaks.micro_break_s
        if plan.kind == BreakKind.LONG and shorter_from is not None and at > shorter_from:
            budget = shorter_min * 60
            assert seconds >= adherence.floor_minutes_per_day * 60 or not plan.items
        assert seconds <= budget, f"{plan.kind.value} at {at}: {seconds} s > {budget} s"
        if offered:
            assert plan.kind == BreakKind.LONG and kept_up_from is not None and at > kept_up_from
            moves = (
                len(offered) - sum(1 for item in offered if item.paired_with) // 2
            )  # stretch + its pull: one
            assert moves <= adherence.high_extra_exercises


ACTIVE_WITH_WEAK_GLUTES = [
    person
    for person in PEOPLE
    if person.screen.lifestyles & RULES.lifestyle.start_higher and Target.GLUTES in person.strength_days
]


@pytest.mark.parametrize("person", ACTIVE_WITH_WEAK_GLUTES, ids=lambda person: person.name)
def test_glute_work_starts_one_step_up_for_active_people(person, tmp_path_factory):
    first_week = simulated(person, tmp_path_factory).by_week()[0]
    glute_moves = {
        exercise.exercise_id
        for record, exercise in _exercises(first_week)
        if record.kind == BreakKind.LONG and exercise.target == Target.GLUTES
    }
    expected = "GL2" if person.screen.floor_room else "GL6"  # a bridge on the floor, else sit-to-stand
    assert expected in glute_moves, f"first week's glute work: {sorted(glute_moves)}"
