"""Turning the shipped coaching data into checked domain objects.

Two files feed the coach: ``library.toml`` (the exercises) and ``rules.toml`` (the numbers the
planner and the progression use). This module declares their shapes and reads them with the
one data-file reader (:mod:`desk_coach.domain.data_files`) from plain dicts (``tomllib``
output); it never touches a file itself.

Checking is forgiving but never silent. An exercise with a field that cannot be used is left
out and the others are kept; a ladder link that cannot be followed is dropped and the
exercise kept. A rule value that cannot be used falls back to the default shipped with the
app. Every such decision is one :class:`Problem`, e.g. "library.toml: exercise GL3, field
'dose.reps': -2 is not a positive whole number; GL3 is left out."
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Mapping
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction
from typing import Any, TypeGuard

from desk_coach.domain.coaching.exercises import (
    Dose,
    Exercise,
    ExerciseLibrary,
    HoldDose,
    Pattern,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.profile import Equipment, Lifestyle
from desk_coach.domain.coaching.screening import ITEM_ID
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import (
    Field,
    Finding,
    Problem,
    Read,
    Report,
    Unusable,
    as_is,
    choice,
    flag,
    is_int,
    list_of,
    matching,
    not_allowed,
    optional,
    read_entries,
    read_table,
    resource_path,
    show,
    table_of,
    text,
    whole,
)
from desk_coach.domain.said import Said, said

LIBRARY_SOURCE = "library.toml"
RULES_SOURCE = "rules.toml"

_exercise_id = matching(r"[A-Za-z0-9_-]{1,32}", said(FileCode.EXERCISE_ID))

# --------------------------------------------------------------------------- the library

_DOSES: Mapping[str, tuple[type[Dose], Mapping[str, Field]]] = {
    "hold": (HoldDose, {"hold_s": Field(whole()), "reps": Field(whole())}),
    "reps": (RepsDose, {"reps": Field(whole()), "sets": Field(whole()), "rep_s": optional(whole(), 3)}),
    "timed": (TimedDose, {"minutes": Field(whole())}),
}
_DOSE_KIND = {"kind": Field(choice(_DOSES, "kind of dose"))}
_LINKS = {"regression": optional(_exercise_id, None), "progression": optional(_exercise_id, None)}
_EXERCISE: Mapping[str, Field] = {
    "id": Field(_exercise_id),
    "name": Field(text()),
    "steps": Field(list_of(text(), least=1, noun="steps")),
    "target": Field(choice(Target, "target")),
    "pattern": Field(choice(Pattern, "pattern")),
    "dose": Field(table_of(said(FileCode.TABLE_SUCH_AS, example='{kind = "hold", hold_s = 30, reps = 2}'))),
    "per_side": Field(flag),
    "desk": Field(flag),
    "equipment": Field(list_of(text(), noun="pieces of equipment")),
    "cautions": Field(list_of(text(), noun="cautions")),
    "supine": Field(flag),
    "source": Field(text()),
    "illustration": Field(resource_path((".svg", ".png"), "exercises/illustrations/HF1.svg")),
    **_LINKS,
}
_LIBRARY = {"exercise": Field(list_of(as_is, unique=False, noun="[[exercise]] tables"))}


def _read_dose(raw: Mapping[str, Any], findings: list[Finding]) -> Dose | None:
    """The dose of an entry; each sub-field at fault is named ("dose.reps")."""
    kind, found = read_table(raw, _DOSE_KIND)
    if "kind" not in kind:
        findings += [Finding(f"dose.{f.field}", f.detail) for f in found if not f.unknown]
        return None
    dose_type, shape = _DOSES[kind["kind"]]
    values, found = read_table(raw, {**_DOSE_KIND, **shape}, prefix="dose.")
    needs = tuple(name for name, spec in shape.items() if spec.required)
    for f in found:
        if f.unknown:
            findings.append(f._replace(detail=said(FileCode.NOT_PART_OF_DOSE, kind=kind["kind"])))
        elif f.detail.code in (FileCode.MISSING, FileCode.MISSING_NEEDS):
            missing = said(FileCode.MISSING_DOSE_NEEDS, kind=kind["kind"], needs=needs)
            findings.append(f._replace(detail=missing))
        else:
            findings.append(f)
    values.pop("kind")
    return dose_type(**values) if len(values) == len(shape) else None


def _read_exercise(raw: Mapping[str, Any], label: str, entry: str, report: Report) -> Exercise | None:
    values, findings = read_table(raw, _EXERCISE)
    dose = _read_dose(values["dose"], findings) if "dose" in values else None
    lost = False
    for key, detail, unknown in findings:
        if unknown:
            report.add(entry, key, detail, said(FileCode.IGNORED))
        elif key in _LINKS:
            report.add(entry, key, detail, said(FileCode.LINK_DROPPED))
            values[key] = None
        else:
            report.add(entry, key, detail, said(FileCode.LEFT_OUT, label=label))
            lost = True
    if lost or dose is None:
        return None
    if values["pattern"] == Pattern.STRETCH and not isinstance(dose, HoldDose):
        kind = show(raw["dose"]["kind"])
        holds = said(FileCode.STRETCH_IN_HOLDS, kind=kind)
        report.add(entry, "dose.kind", holds, said(FileCode.LEFT_OUT, label=label))
        return None
    return Exercise(**{**values, "dose": dose})


def parse_library(
    data: Mapping[str, Any], source: str = LIBRARY_SOURCE
) -> tuple[ExerciseLibrary, tuple[Problem, ...]]:
    """The usable exercises of a parsed library file, and what was left out or dropped."""
    report = Report(source)
    empty = said(FileCode.LIBRARY_EMPTY)
    if not isinstance(data, Mapping):
        report.add("", "", said(FileCode.NOT_A_TOML_TABLE), empty)
        return ExerciseLibrary(()), tuple(report.problems)
    values, found = read_table(data, _LIBRARY)
    report.findings("", found, empty, said(FileCode.IGNORED))
    kept: list[Exercise] = []
    first_entry: dict[str, int] = {}  # id -> number of the first entry using it
    left_out: set[str] = set()
    for number, raw in enumerate(values.get("exercise", ()), 1):
        if not isinstance(raw, Mapping):
            report.add(
                f"entry {number}",
                "",
                not_allowed(raw, said(FileCode.EXERCISE_TABLE), kind=True).what,
                said(FileCode.IT_IS_LEFT_OUT),
            )
            continue
        raw_id = raw.get("id")
        usable_id = raw_id if _has_id(raw_id) else None
        label = usable_id if usable_id is not None else f"entry {number}"
        entry = f"exercise {usable_id}" if usable_id is not None else label
        if usable_id is not None and usable_id in first_entry:
            report.add(
                f"{entry} (entry {number})",
                "id",
                said(FileCode.ID_USED_BY_ENTRY, id=usable_id, number=first_entry[usable_id]),
                said(FileCode.SECOND_LEFT_OUT, id=usable_id),
            )
            continue
        if usable_id is not None:
            first_entry[usable_id] = number
        exercise = _read_exercise(raw, label, entry, report)
        if exercise is not None:
            kept.append(exercise)
        elif usable_id is not None:
            left_out.add(usable_id)
    kept = _check_ladders(kept, left_out, report)
    return ExerciseLibrary(kept), tuple(report.problems)


def _has_id(raw: object) -> TypeGuard[str]:
    """Whether ``raw`` is a usable exercise id (only text can be one)."""
    try:
        _exercise_id(raw)
    except Unusable:
        return False
    return True


def _check_ladders(exercises: list[Exercise], left_out: set[str], report: Report) -> list[Exercise]:
    """Drop each link that leads nowhere, leaves its target or would make a ladder a loop."""
    links: dict[str, dict[str, str | None]] = {
        exercise.id: {name: getattr(exercise, name) for name in _LINKS} for exercise in exercises
    }
    dropped: dict[str, list[tuple[str, Said]]] = {exercise.id: [] for exercise in exercises}
    for judge in (_link_leads_nowhere(exercises, left_out), _link_closes_a_loop(exercises)):
        for exercise in exercises:
            for name, link in links[exercise.id].items():
                why = judge(exercise, name, link) if link is not None else None
                if why is not None:
                    dropped[exercise.id].append((name, why))
                    links[exercise.id][name] = None
    for exercise in exercises:
        for name, why in dropped[exercise.id]:
            report.add(f"exercise {exercise.id}", name, why, said(FileCode.LINK_DROPPED))
    return [
        replace(
            exercise,
            regression=links[exercise.id]["regression"],
            progression=links[exercise.id]["progression"],
        )
        if dropped[exercise.id]
        else exercise
        for exercise in exercises
    ]


_Judge = Callable[[Exercise, str, str], Said | None]
"""Why the link ``name`` of an exercise to another must be dropped, or None to keep it."""


def _link_leads_nowhere(exercises: list[Exercise], left_out: set[str]) -> _Judge:
    by_id = {exercise.id: exercise for exercise in exercises}

    def judge(exercise: Exercise, name: str, link: str) -> Said | None:
        other = by_id.get(link)
        if other is None:
            code = FileCode.LINK_LEFT_OUT if link in left_out else FileCode.NO_SUCH_EXERCISE
            return said(code, link=link)
        if other.target != exercise.target:
            return said(
                FileCode.LINK_OTHER_TARGET, link=link, other=other.target.value, target=exercise.target.value
            )
        return None

    return judge


def _link_closes_a_loop(exercises: list[Exercise]) -> _Judge:
    # "harder[a]" holds every exercise one step harder than a; a loop there would make an
    # exercise harder than itself. Links are added in file order and the one closing a loop
    # is dropped.
    harder: dict[str, set[str]] = {exercise.id: set() for exercise in exercises}

    def judge(exercise: Exercise, name: str, link: str) -> Said | None:
        easy, hard = (exercise.id, link) if name == "progression" else (link, exercise.id)
        loop = [easy] if easy == hard else _path(harder, hard, easy)
        if loop is None:
            harder[easy].add(hard)
            return None
        circle = " → ".join([easy, *loop]) if easy != hard else f"{easy} → {easy}"
        return said(FileCode.LINK_LOOP, link=link, circle=circle)

    return judge


def _path(graph: Mapping[str, set[str]], start: str, goal: str) -> list[str] | None:
    """The nodes from ``start`` to ``goal`` along the graph's edges, or None if unreachable."""
    came_from: dict[str, str | None] = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = [node]
            while (previous := came_from[path[-1]]) is not None:
                path.append(previous)
            return path[::-1]
        for following in sorted(graph.get(node, ())):
            if following not in came_from:
                came_from[following] = node
                queue.append(following)
    return None


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class IntRange:
    """A range of whole numbers, both ends included, e.g. 2-3 days a week."""

    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return is_int(value) and self.low <= value <= self.high


def _range(low: int, high: int) -> Read:
    example = f"{{low = {low}, high = {high}}}"
    allowed = said(FileCode.RANGE_SUCH_AS, example=example, low=str(low), high=str(high))

    def read(raw: object) -> IntRange:
        if not isinstance(raw, Mapping) or set(raw) != {"low", "high"}:
            raise not_allowed(raw, allowed)
        ends = raw["low"], raw["high"]
        if not all(is_int(end) and low <= end <= high for end in ends):
            raise not_allowed(raw, allowed)
        if ends[0] > ends[1]:
            raise Unusable(said(FileCode.LOW_ABOVE_HIGH, value=show(raw)))
        return IntRange(*ends)

    return read


def _fraction(raw: object) -> Fraction:
    try:
        if isinstance(raw, str):
            value = Fraction(raw.strip())
        elif isinstance(raw, int | float) and not isinstance(raw, bool):
            value = Fraction(str(raw))
        else:
            raise ValueError
    except (ValueError, ZeroDivisionError):
        raise not_allowed(raw, said(FileCode.FRACTION_SUCH_AS)) from None
    if not 0 < value <= 1:
        raise not_allowed(raw, said(FileCode.FRACTION_RANGE))
    return value


def _set_of(read: Read, noun: str) -> Read:
    items = list_of(read, noun=noun)
    return lambda raw: frozenset(items(raw))


_lifestyles = _set_of(choice(Lifestyle, "lifestyle"), "lifestyles")
_equipment = _set_of(choice(Equipment, "piece of equipment"), "pieces of equipment")


def _reads(read: Callable[[object], Any]) -> dict[str, Any]:
    """Field metadata naming the reader that checks a rule's value from the file."""
    return {"read": read}


_DAYS = whole(1, 7)
_TWO_TO_THREE = IntRange(2, 3)
_EIGHT_TO_TEN = IntRange(8, 10)
_TWO_THIRDS = Fraction(2, 3)
_RUNNER_ATHLETE = frozenset({Lifestyle.RUNNER, Lifestyle.ATHLETE})
_DANCER = frozenset({Lifestyle.DANCER})
_USUALLY_AT_HAND = frozenset({Equipment.DESK, Equipment.CHAIR, Equipment.WALL, Equipment.MAT})
_PAIN = whole(0, 10)
_PERCENT = whole(0, 100)
_SCORE = whole(0, 2)


@dataclass(frozen=True)
class StretchRules:
    """Stretching dose (COACHING.md section 2)."""

    seconds_per_target_per_session: int = field(default=60, metadata=_reads(whole(1, 600)))
    weekly_minutes_per_tight_target: int = field(default=5, metadata=_reads(whole(1, 120)))
    min_days_per_week: int = field(default=5, metadata=_reads(_DAYS))
    older_adult_from_age: int = field(default=65, metadata=_reads(whole(18, 120)))
    older_adult_hold_s: int = field(default=45, metadata=_reads(whole(1, 300)))
    older_adult_reps: int = field(default=2, metadata=_reads(whole(1, 10)))


@dataclass(frozen=True)
class StrengthRules:
    """Strength days and the push:pull balance (sections 4 and 6)."""

    days_per_week: IntRange = field(default=_TWO_TO_THREE, metadata=_reads(_range(1, 7)))
    pull_to_push_ratio: int = field(default=2, metadata=_reads(whole(1, 10)))
    protraction_exercise: str = field(default="UB6", metadata=_reads(_exercise_id))
    protraction_sessions_per_week: int = field(default=1, metadata=_reads(_DAYS))
    pair_chest_stretch_with_pull: bool = field(default=True, metadata=_reads(flag))


@dataclass(frozen=True)
class ProgressionRules:
    """Stepping up, for strength and for stretches (section 5, rules 1-3)."""

    too_easy_sessions: int = field(default=2, metadata=_reads(whole(1, 10)))
    add_reps: int = field(default=2, metadata=_reads(whole(1, 10)))
    add_sets: int = field(default=1, metadata=_reads(whole(1, 5)))
    cap_sets: int = field(default=3, metadata=_reads(whole(1, 10)))
    cap_reps: int = field(default=15, metadata=_reads(whole(1, 100)))
    next_step_sets: int = field(default=2, metadata=_reads(whole(1, 10)))
    next_step_reps: IntRange = field(default=_EIGHT_TO_TEN, metadata=_reads(_range(1, 100)))
    stretch_steady_weeks: int = field(default=2, metadata=_reads(whole(1, 12)))
    stretch_hold_from_s: int = field(default=20, metadata=_reads(whole(1, 300)))
    stretch_hold_to_s: int = field(default=30, metadata=_reads(whole(1, 300)))
    stretch_reps_from: int = field(default=2, metadata=_reads(whole(1, 10)))
    stretch_reps_to: int = field(default=3, metadata=_reads(whole(1, 10)))
    stretch_cap_s_per_session: int = field(default=60, metadata=_reads(whole(1, 600)))
    stretch_next_step_needs_rescreen: bool = field(default=True, metadata=_reads(flag))
    max_step_ups_per_week: int = field(default=1, metadata=_reads(_DAYS))


@dataclass(frozen=True)
class RegressionRules:
    """Stepping down (section 5, rule 4)."""

    too_hard_sessions: int = field(default=2, metadata=_reads(whole(1, 10)))
    done_below: Fraction = field(default=_TWO_THIRDS, metadata=_reads(_fraction))
    steps_down: int = field(default=1, metadata=_reads(whole(1, 5)))


@dataclass(frozen=True)
class PainRules:
    """What pain stops, and when a region is paused (section 5, rule 5). Pain is 0-10."""

    stop_and_regress_at: int = field(default=3, metadata=_reads(_PAIN))
    next_morning_pain_counts: bool = field(default=True, metadata=_reads(flag))
    pause_region_after_stops: int = field(default=2, metadata=_reads(whole(1, 10)))
    pause_region_at: int = field(default=6, metadata=_reads(_PAIN))
    pause_on_sharp_pain: bool = field(default=True, metadata=_reads(flag))
    pause_on_numbness_or_tingling: bool = field(default=True, metadata=_reads(flag))


@dataclass(frozen=True)
class AdherenceRules:
    """Easing off when breaks are missed, offering more when they are done (section 5, rule 6)."""

    window_days: int = field(default=7, metadata=_reads(whole(1, 60)))
    low_below_percent: int = field(default=50, metadata=_reads(_PERCENT))
    low_add_interval_min: int = field(default=10, metadata=_reads(whole(1, 60)))
    interval_max_min: int = field(default=60, metadata=_reads(whole(1, 240)))
    high_from_percent: int = field(default=80, metadata=_reads(_PERCENT))
    high_for_weeks: int = field(default=2, metadata=_reads(whole(1, 12)))
    high_extra_exercises: int = field(default=1, metadata=_reads(whole(1, 5)))
    floor_minutes_per_day: int = field(default=2, metadata=_reads(whole(1, 60)))
    shorter_routine_percent: int = field(default=50, metadata=_reads(whole(10, 100)))
    partial_counts_from_percent: int = field(default=50, metadata=_reads(_PERCENT))


@dataclass(frozen=True)
class RescreenRules:
    """When to offer the self-screen again, and the restart after time away (section 5, rule 7)."""

    every_days: int = field(default=28, metadata=_reads(whole(7, 90)))
    after_pain_regression: bool = field(default=True, metadata=_reads(flag))
    away_days: int = field(default=14, metadata=_reads(whole(1, 90)))
    restart_steps_down: int = field(default=1, metadata=_reads(whole(0, 5)))


@dataclass(frozen=True)
class ScreenPlanRule:
    """One line of the screen-to-plan mapping (section 5, rule 8).

    It applies when any of ``items`` scored at most ``at_most``; it then asks for stretching
    of ``stretch_targets``, strength work for ``strength_targets`` and the named
    ``exercises``, each on ``days_per_week`` days.
    """

    items: tuple[str, ...]
    at_most: int
    days_per_week: int
    stretch_targets: tuple[Target, ...] = ()
    strength_targets: tuple[Target, ...] = ()
    exercises: tuple[str, ...] = ()


DEFAULT_SCREEN_PLAN: tuple[ScreenPlanRule, ...] = (
    ScreenPlanRule(("S1",), 1, 7, stretch_targets=(Target.HIP_FLEXORS,)),
    ScreenPlanRule(("S2",), 1, 7, stretch_targets=(Target.CHEST,)),
    ScreenPlanRule(("S5",), 1, 7, stretch_targets=(Target.HAMSTRINGS,)),
    ScreenPlanRule(("S4",), 1, 3, strength_targets=(Target.GLUTES,)),
    ScreenPlanRule(("S3", "S6"), 1, 7, exercises=("NK1",)),
    ScreenPlanRule(("S3", "S6"), 1, 3, strength_targets=(Target.UPPER_BACK,)),
)


@dataclass(frozen=True)
class MaintenanceRules:
    """The plan when every screen item done scored well (section 5, rule 8)."""

    when_all_at_least: int = field(default=2, metadata=_reads(_SCORE))
    stretch_days_per_week: IntRange = field(default=_TWO_TO_THREE, metadata=_reads(_range(1, 7)))
    strength_days_per_week: int = field(default=2, metadata=_reads(_DAYS))


@dataclass(frozen=True)
class LifestyleRules:
    """Adjustments for runners, athletes, dancers and very flexible people (section 5, rule 9)."""

    start_higher: frozenset[Lifestyle] = field(default=_RUNNER_ATHLETE, metadata=_reads(_lifestyles))
    start_steps_up: int = field(default=1, metadata=_reads(whole(1, 5)))
    flexible: frozenset[Lifestyle] = field(default=_DANCER, metadata=_reads(_lifestyles))
    flexible_when_all_at_least: int = field(default=2, metadata=_reads(_SCORE))
    flexible_stretch_days_per_week: IntRange = field(default=_TWO_TO_THREE, metadata=_reads(_range(1, 7)))
    flexible_strength_days_per_week: int = field(default=3, metadata=_reads(_DAYS))


@dataclass(frozen=True)
class EquipmentRules:
    """What the planner may count on when the self-check never asked what is at hand."""

    default_at_hand: frozenset[Equipment] = field(default=_USUALLY_AT_HAND, metadata=_reads(_equipment))


@dataclass(frozen=True)
class CoachingRules:
    """Every number the planner and the progression use, one group per section of rules.toml.

    ``CoachingRules()`` is the set shipped with the app, the fallback for any value the file
    gets wrong; the integration tests keep it equal to resources/exercises/rules.toml.
    """

    stretch: StretchRules = StretchRules()
    strength: StrengthRules = StrengthRules()
    progression: ProgressionRules = ProgressionRules()
    regression: RegressionRules = RegressionRules()
    pain: PainRules = PainRules()
    adherence: AdherenceRules = AdherenceRules()
    rescreen: RescreenRules = RescreenRules()
    screen_plan: tuple[ScreenPlanRule, ...] = DEFAULT_SCREEN_PLAN
    maintenance: MaintenanceRules = MaintenanceRules()
    lifestyle: LifestyleRules = LifestyleRules()
    equipment: EquipmentRules = EquipmentRules()
    check_names: Mapping[str, str] = field(default_factory=dict, compare=False, metadata={"in_file": False})
    """What the self-check calls each item ("S1": "Front-of-hip check"): screen.toml's words,
    set where the rules are loaded beside it; rules.toml does not hold them."""


DEFAULT_RULES = CoachingRules()

# Values that only make sense together: (section, fields, holds, what must hold).
_CONSISTENCY: tuple[tuple[str, tuple[str, str], Callable[[Any], bool], FileCode], ...] = (
    (
        "progression",
        ("next_step_reps", "cap_reps"),
        lambda s: s.next_step_reps.high <= s.cap_reps,
        FileCode.NEXT_STEP_REPS,
    ),
    (
        "progression",
        ("next_step_sets", "cap_sets"),
        lambda s: s.next_step_sets <= s.cap_sets,
        FileCode.NEXT_STEP_SETS,
    ),
    (
        "progression",
        ("stretch_hold_from_s", "stretch_hold_to_s"),
        lambda s: s.stretch_hold_from_s <= s.stretch_hold_to_s,
        FileCode.HOLD_GROWS,
    ),
    (
        "progression",
        ("stretch_reps_from", "stretch_reps_to"),
        lambda s: s.stretch_reps_from <= s.stretch_reps_to,
        FileCode.REPS_GROW,
    ),
    (
        "pain",
        ("stop_and_regress_at", "pause_region_at"),
        lambda s: s.stop_and_regress_at <= s.pause_region_at,
        FileCode.PAIN_ORDER,
    ),
    (
        "adherence",
        ("low_below_percent", "high_from_percent"),
        lambda s: s.low_below_percent < s.high_from_percent,
        FileCode.ADHERENCE_ORDER,
    ),
)

_SECTION = said(FileCode.SECTION_TABLE)
_SECTIONS = tuple(group for group in fields(CoachingRules) if group.metadata.get("in_file", True))
_RULES = {
    group.name: Field(list_of(as_is, least=1, unique=False, noun="[[screen_plan]] tables"))
    if group.name == "screen_plan"
    else Field(table_of(_SECTION))
    for group in _SECTIONS
}


def _shipped(value: Any) -> Said:
    return said(FileCode.SHIPPED_DEFAULT, value=show(_plain(value)))


def parse_rules(
    data: Mapping[str, Any], source: str = RULES_SOURCE
) -> tuple[CoachingRules, tuple[Problem, ...]]:
    """The coaching rules of a parsed rules file; each unusable value falls back to its default."""
    report = Report(source)
    if not isinstance(data, Mapping):
        report.add("", "", said(FileCode.NOT_A_TOML_TABLE), said(FileCode.SHIPPED_RULES))
        return DEFAULT_RULES, tuple(report.problems)
    sections, found = read_table(data, _RULES)
    groups: dict[str, Any] = {}
    for group in _SECTIONS:
        default = getattr(DEFAULT_RULES, group.name)
        raw = sections.get(group.name)
        if group.name == "screen_plan":
            groups["screen_plan"] = _read_screen_plan(raw, found, report)
            continue
        if not isinstance(raw, Mapping):
            lost = [f for f in found if f.field == group.name] or [
                Finding(group.name, not_allowed(raw, _SECTION, kind=True).what)
            ]
            for key, detail, *_ in lost:
                report.add("", key, detail, said(FileCode.SHIPPED_VALUES))
            continue
        shape = {rule.name: Field(rule.metadata["read"]) for rule in fields(default)}
        values, problems = read_table(raw, shape, prefix=f"{group.name}.")
        for problem in problems:
            rule = problem.field.removeprefix(f"{group.name}.")
            outcome = said(FileCode.IGNORED) if problem.unknown else _shipped(getattr(default, rule))
            report.add("", problem.field, problem.detail, outcome)
        groups[group.name] = _consistent(group.name, replace(default, **values), default, report)
    report.findings("", [f for f in found if f.unknown], None, said(FileCode.IGNORED))
    return replace(DEFAULT_RULES, **groups), tuple(report.problems)


def _consistent(group: str, section: Any, default: Any, report: Report) -> Any:
    """The section with each pair of values that contradict each other put back to the defaults."""
    for name, pair, holds, why in _CONSISTENCY:
        if name != group or holds(section):
            continue
        first, second = pair
        shown = show(_plain(getattr(section, first)))
        other = f"'{group}.{second}' = {show(_plain(getattr(section, second)))}"
        defaults = ", ".join(show(_plain(getattr(default, key))) for key in pair)
        report.add(
            "",
            f"{group}.{first}",
            said(FileCode.DOES_NOT_FIT, value=shown, other=other, why=said(why)),
            said(FileCode.SHIPPED_DEFAULTS, values=defaults),
        )
        section = replace(section, **{key: getattr(default, key) for key in pair})
    return section


_PLAN_FIELDS: Mapping[str, Field] = {
    "items": Field(
        list_of(matching(ITEM_ID, said(FileCode.SELF_CHECK_ITEM_ID)), least=1, noun="self-check items")
    ),
    "at_most": Field(_SCORE),
    "days_per_week": Field(_DAYS),
    "stretch_targets": optional(list_of(choice(Target, "target"), noun="targets")),
    "strength_targets": optional(list_of(choice(Target, "target"), noun="targets")),
    "exercises": optional(list_of(_exercise_id, noun="exercise ids")),
}
_ASKS = ("stretch_targets", "strength_targets", "exercises")


def _read_screen_plan(
    raw: tuple[Any, ...] | None, found: list[Any], report: Report
) -> tuple[ScreenPlanRule, ...]:
    """All screen-plan lines, or the shipped ones when any line is unusable (one field, one fallback)."""
    fallback = said(FileCode.SHIPPED_PLAN)
    lost = [f for f in found if f.field == "screen_plan" and not f.unknown]
    if lost or not raw:
        report.add("", "screen_plan", lost[0].detail if lost else said(FileCode.MISSING), fallback)
        return DEFAULT_SCREEN_PLAN
    lines: list[ScreenPlanRule] = []
    plan = read_entries(
        raw,
        "screen_plan entry",
        _PLAN_FIELDS,
        report,
        outcome=fallback,
        unknown=said(FileCode.IGNORED),
        allowed=said(FileCode.PLAN_TABLE),
    )
    for where, values, usable in plan:
        if usable and not any(values.get(name) for name in _ASKS):
            nothing = said(FileCode.ASKS_FOR_NOTHING, first=", ".join(_ASKS[:2]), last=_ASKS[2])
            report.add(where, "", nothing, fallback)
        elif usable:
            lines.append(ScreenPlanRule(**values))
    usable = len(lines) == len(raw)
    return tuple(lines) if usable else DEFAULT_SCREEN_PLAN


def check_rules_against_library(
    rules: CoachingRules, library: ExerciseLibrary, source: str = RULES_SOURCE
) -> tuple[Problem, ...]:
    """Exercises the rules name that the library does not have (the planner skips those)."""
    report = Report(source)
    protraction = rules.strength.protraction_exercise
    key = "strength.protraction_exercise"
    if protraction not in library:
        report.add(
            "", key, said(FileCode.NOT_IN_LIBRARY, id=protraction), said(FileCode.PROTRACTION_SKIPPED)
        )
    elif library[protraction].pattern != Pattern.PUSH:
        report.add(
            "",
            key,
            said(FileCode.NOT_A_PUSH, id=protraction, pattern=library[protraction].pattern.value),
            said(FileCode.STILL_PROTRACTION),
        )

    def lacking(named: str) -> Said:
        return said(FileCode.NOT_IN_LIBRARY, id=named)

    _named_in_plan(rules, "exercises", library, lacking, said(FileCode.PLANNER_SKIPS), report)
    return tuple(report.problems)


def check_rules_against_screen(
    rules: CoachingRules, item_ids: Collection[str], source: str = RULES_SOURCE
) -> tuple[Problem, ...]:
    """Self-check items the screen-to-plan lines name that the self-check does not have."""
    report = Report(source)
    known = ", ".join(item_ids)

    def lacking(named: str) -> Said:
        return said(FileCode.NOT_A_SELF_CHECK_ITEM, id=named, known=known)

    _named_in_plan(rules, "items", item_ids, lacking, said(FileCode.LINE_NEVER_APPLIES), report)
    return tuple(report.problems)


def _named_in_plan(
    rules: CoachingRules,
    key: str,
    known: Container[str],
    lacking: Callable[[str], Said],
    outcome: Said,
    report: Report,
) -> None:
    """Report each id a screen-to-plan line names under ``key`` that ``known`` lacks."""
    for number, line in enumerate(rules.screen_plan, 1):
        for named in getattr(line, key):
            if named not in known:
                report.add(f"screen_plan entry {number}", key, lacking(named), outcome)


def _plain(value: Any) -> Any:
    """A rule value as the plain data a rules file holds."""
    if isinstance(value, IntRange):
        return {"low": value.low, "high": value.high}
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, frozenset):
        return sorted(str(item) for item in value)
    if isinstance(value, tuple):
        return [str(item) for item in value]
    return value


def rules_document(rules: CoachingRules) -> dict[str, Any]:
    """The rules as the plain data a rules file parses to (parse_rules reads it back unchanged)."""
    document: dict[str, Any] = {}
    for group in _SECTIONS:
        section = getattr(rules, group.name)
        if group.name == "screen_plan":
            document["screen_plan"] = [
                {
                    name: _plain(getattr(line, name))
                    for name in _PLAN_FIELDS
                    if name not in _ASKS or getattr(line, name)
                }
                for line in section
            ]
        else:
            document[group.name] = {
                rule.name: _plain(getattr(section, rule.name)) for rule in fields(section)
            }
    return document
