"""Turning the shipped coaching data into checked domain objects.

Two files feed the coach: ``library.toml`` (the exercises) and ``rules.toml`` (the numbers the
planner and the progression use). This module receives them already parsed into plain dicts
(``tomllib`` output) and never touches a file itself.

Checking is forgiving but never silent. An exercise with a field that cannot be used is left
out and the others are kept; a ladder link that cannot be followed is dropped and the
exercise kept. A rule value that cannot be used falls back to the default shipped with the
app. Every such decision is reported as one plain sentence naming the file, the entry and the
field, e.g. "library.toml: exercise GL3, field 'dose.reps': -2 is not a positive whole
number; GL3 is left out."
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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

LIBRARY_SOURCE = "library.toml"
RULES_SOURCE = "rules.toml"


@dataclass(frozen=True)
class LibraryProblem:
    """Something in the coaching data that could not be used, told as one sentence.

    ``entry`` is the exercise id (or "entry N" when it has no usable id), "" for a rule or
    the whole file; ``key`` is the dotted field name, "" when the whole entry or file is meant.
    """

    source: str
    entry: str
    key: str
    message: str

    def __str__(self) -> str:
        return self.message


class _Unusable(Exception):
    """A value that cannot be used; ``what`` finishes "field 'x': ..." (value included)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


_MISSING: Any = object()


def _show(value: object) -> str:
    """A value as a short piece of a sentence, written the way it looks in TOML."""
    if value is _MISSING:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Fraction):
        return f'"{value}"'
    if isinstance(value, IntRange):
        return f"{{ low = {value.low}, high = {value.high} }}"
    if isinstance(value, tuple | frozenset):
        items = sorted(value) if isinstance(value, frozenset) else value
        return "[" + ", ".join(_show(str(item)) for item in items) + "]"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, Mapping):
        return "a table"
    return f"the {type(value).__name__} {value}"


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- value readers


def _positive_int(raw: object) -> int:
    if not _is_int(raw) or raw < 1:
        raise _Unusable(f"{_show(raw)} is not a positive whole number")
    return raw


def _whole(low: int, high: int) -> Callable[[object], int]:
    def read(raw: object) -> int:
        if not _is_int(raw) or not low <= raw <= high:
            raise _Unusable(f"{_show(raw)} is not a whole number from {low} to {high}")
        return raw

    return read


def _flag(raw: object) -> bool:
    if not isinstance(raw, bool):
        raise _Unusable(f"{_show(raw)} is not true or false")
    return raw


def _text(raw: object) -> str:
    if not isinstance(raw, str):
        raise _Unusable(f"{_show(raw)} is not text")
    if not raw.strip():
        raise _Unusable(f"{_show(raw)} is empty")
    return raw.strip()


_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _id(raw: object) -> str:
    if not isinstance(raw, str) or not _ID.fullmatch(raw):
        raise _Unusable(f'{_show(raw)} is not an id such as "HF1" (letters, digits, "-" or "_")')
    return raw


def _list_of(read: Callable[[object], Any], *, allow_empty: bool) -> Callable[[object], tuple[Any, ...]]:
    def read_list(raw: object) -> tuple[Any, ...]:
        if not isinstance(raw, list):
            raise _Unusable(f"{_show(raw)} is not a list")
        if not raw and not allow_empty:
            raise _Unusable("the list is empty")
        items = []
        for number, item in enumerate(raw, 1):
            try:
                items.append(read(item))
            except _Unusable as bad:
                raise _Unusable(f"item {number}: {bad.what}") from None
        if len(set(items)) != len(items):
            raise _Unusable(f"{_show(tuple(items))} names the same thing twice")
        return tuple(items)

    return read_list


def _choice(
    kind: type[Target] | type[Pattern] | type[Lifestyle] | type[Equipment], noun: str
) -> Callable[[object], Any]:
    allowed = ", ".join(member.value for member in kind)

    def read(raw: object) -> Any:
        try:
            return kind(raw)  # type: ignore[arg-type]  # any raw value: one no member has raises ValueError
        except ValueError:
            raise _Unusable(f"{_show(raw)} is not a known {noun} (one of {allowed})") from None

    return read


def _resource_path(raw: object) -> str:
    path = _text(raw)
    parts = path.split("/")
    if path.startswith("/") or "\\" in path or any(part in ("", ".", "..") for part in parts):
        raise _Unusable(
            f'{_show(raw)} is not a relative resource path such as "exercises/illustrations/HF1.svg"'
        )
    if not path.endswith((".svg", ".png")):
        raise _Unusable(f"{_show(raw)} is not an .svg or .png file")
    return path


# --------------------------------------------------------------------------- the library

_DOSE_FIELDS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required numbers, optional numbers)
    "hold": (("hold_s", "reps"), ()),
    "reps": (("reps", "sets"), ("rep_s",)),
    "timed": (("minutes",), ()),
}
_LINKS = ("regression", "progression")

# Every field of an entry and how to read it; the links are read separately (a bad link is
# dropped, the exercise kept).
_EXERCISE_READERS: Mapping[str, Callable[[object], Any]] = {
    "id": _id,
    "name": _text,
    "steps": _list_of(_text, allow_empty=False),
    "target": _choice(Target, "target"),
    "pattern": _choice(Pattern, "pattern"),
    "dose": lambda raw: raw,  # read by _read_dose, which names the sub-field at fault
    "per_side": _flag,
    "desk": _flag,
    "equipment": _list_of(_text, allow_empty=True),
    "cautions": _list_of(_text, allow_empty=True),
    "supine": _flag,
    "source": _text,
    "illustration": _resource_path,
}


class _EntryReport:
    """Collects the problems of one library entry, phrased with its label."""

    def __init__(self, source: str, label: str, entry: str) -> None:
        self.source = source
        self.label = label  # e.g. "GL3" or "entry 7"
        self.entry = entry
        self.problems: list[LibraryProblem] = []
        self.fatal = False

    def _say(self, key: str, what: str, outcome: str) -> None:
        where = f"exercise {self.label}" if self.entry else self.label
        head = f"{self.source}: {where}, field '{key}'" if key else f"{self.source}: {where}"
        self.problems.append(LibraryProblem(self.source, self.entry, key, f"{head}{what}; {outcome}."))

    def leave_out(self, key: str, what: str) -> None:
        self.fatal = True
        self._say(key, what, f"{self.label} is left out")

    def drop_link(self, key: str, what: str) -> None:
        self._say(key, what, "the link is dropped")

    def ignore(self, key: str, what: str) -> None:
        self._say(key, what, "it is ignored")


def _read_dose(raw: object, report: _EntryReport) -> Dose | None:
    if not isinstance(raw, Mapping):
        report.leave_out(
            "dose", f': {_show(raw)} is not a table such as {{ kind = "hold", hold_s = 30, reps = 2 }}'
        )
        return None
    kind = raw.get("kind", _MISSING)
    if kind is _MISSING:
        report.leave_out("dose.kind", " is missing")
        return None
    if not isinstance(kind, str) or kind not in _DOSE_FIELDS:
        report.leave_out("dose.kind", f": {_show(kind)} is not a known kind of dose (hold, reps or timed)")
        return None
    required, optional = _DOSE_FIELDS[kind]
    numbers: dict[str, int] = {}
    for name in (*required, *optional):
        value = raw.get(name, _MISSING)
        if value is _MISSING:
            if name in required:
                report.leave_out(
                    f"dose.{name}", f" is missing (a {kind} dose needs {' and '.join(required)})"
                )
            continue
        try:
            numbers[name] = _positive_int(value)
        except _Unusable as bad:
            report.leave_out(f"dose.{name}", f": {bad.what}")
    for name in raw:
        if name != "kind" and name not in required and name not in optional:
            report.ignore(f"dose.{name}", f" is not part of a {kind} dose")
    if report.fatal:
        return None
    if kind == "hold":
        return HoldDose(hold_s=numbers["hold_s"], reps=numbers["reps"])
    if kind == "reps":
        return RepsDose(reps=numbers["reps"], sets=numbers["sets"], rep_s=numbers.get("rep_s", 3))
    return TimedDose(minutes=numbers["minutes"])


def _read_exercise(
    raw: Mapping[str, Any], label: str, entry: str, source: str
) -> tuple[Exercise | None, _EntryReport]:
    report = _EntryReport(source, label, entry)
    values: dict[str, Any] = {}
    for name, read in _EXERCISE_READERS.items():
        value = raw.get(name, _MISSING)
        if value is _MISSING:
            report.leave_out(name, " is missing")
            continue
        try:
            values[name] = read(value)
        except _Unusable as bad:
            report.leave_out(name, f": {bad.what}")
    if "dose" in values:
        values["dose"] = _read_dose(values["dose"], report)
    for name in _LINKS:
        value = raw.get(name, _MISSING)
        values[name] = None
        if value is _MISSING:
            continue
        try:
            values[name] = _id(value)
        except _Unusable as bad:
            report.drop_link(name, f": {bad.what}")
    for name in raw:
        if name not in _EXERCISE_READERS and name not in _LINKS:
            report.ignore(str(name), " is not a field Desk Coach knows")
    if report.fatal:
        return None, report
    if values["pattern"] == Pattern.STRETCH and not isinstance(values["dose"], HoldDose):
        report.leave_out("dose.kind", f": a stretch is dosed in holds, not as {_show(raw['dose']['kind'])}")
        return None, report
    return Exercise(**values), report


def parse_library(
    data: Mapping[str, Any], source: str = LIBRARY_SOURCE
) -> tuple[ExerciseLibrary, tuple[LibraryProblem, ...]]:
    """The usable exercises of a parsed library file, and what was left out or dropped."""
    problems: list[LibraryProblem] = []

    def whole_file(message: str) -> None:
        problems.append(LibraryProblem(source, "", "", f"{source}: {message}"))

    if not isinstance(data, Mapping):
        whole_file("the file does not hold a TOML table; the library is empty.")
        return ExerciseLibrary(()), tuple(problems)
    for name in data:
        if name != "exercise":
            whole_file(f"'{name}' is not a part of the library Desk Coach knows; it is ignored.")
    entries = data.get("exercise", _MISSING)
    if entries is _MISSING:
        whole_file("there are no [[exercise]] entries; the library is empty.")
        return ExerciseLibrary(()), tuple(problems)
    if not isinstance(entries, list):
        whole_file(
            f"'exercise' is {_show(entries)}, not a list of [[exercise]] tables; the library is empty."
        )
        return ExerciseLibrary(()), tuple(problems)

    kept: list[Exercise] = []
    first_entry: dict[str, int] = {}  # id -> number of the first entry using it
    left_out: set[str] = set()
    for number, raw in enumerate(entries, 1):
        # Any: a value from the file, used as an id only where has_id says it is one.
        raw_id: Any = raw.get("id") if isinstance(raw, Mapping) else None
        has_id = isinstance(raw_id, str) and _ID.fullmatch(raw_id) is not None
        label = raw_id if has_id else f"entry {number}"
        entry = raw_id if has_id else ""
        if not isinstance(raw, Mapping):
            whole_file(f"entry {number} is {_show(raw)}, not an [[exercise]] table; it is left out.")
            continue
        if has_id and raw_id in first_entry:
            problems.append(
                LibraryProblem(
                    source,
                    raw_id,
                    "id",
                    f"{source}: exercise {raw_id} (entry {number}), field 'id': {raw_id} is already used by "
                    f"entry {first_entry[raw_id]}; this second {raw_id} is left out.",
                )
            )
            continue
        if has_id:
            first_entry[raw_id] = number
        exercise, report = _read_exercise(raw, label, entry, source)
        problems += report.problems
        if exercise is None:
            if has_id:
                left_out.add(raw_id)
            continue
        kept.append(exercise)

    kept, link_problems = _check_ladders(kept, left_out, source)
    return ExerciseLibrary(kept), tuple(problems + link_problems)


def _check_ladders(
    exercises: list[Exercise], left_out: set[str], source: str
) -> tuple[list[Exercise], list[LibraryProblem]]:
    """Drop each link that leads nowhere, leaves its target or would make a ladder a loop."""
    problems: list[LibraryProblem] = []
    by_id = {exercise.id: exercise for exercise in exercises}
    reports = {exercise.id: _EntryReport(source, exercise.id, exercise.id) for exercise in exercises}
    links: dict[str, dict[str, str | None]] = {
        exercise.id: {name: getattr(exercise, name) for name in _LINKS} for exercise in exercises
    }

    for exercise in exercises:
        for name in _LINKS:
            link = links[exercise.id][name]
            if link is None:
                continue
            other = by_id.get(link)
            if other is None:
                why = (
                    f": {link} was left out of the library"
                    if link in left_out
                    else f": there is no exercise {link} in the library"
                )
                reports[exercise.id].drop_link(name, why)
                links[exercise.id][name] = None
            elif other.target != exercise.target:
                reports[exercise.id].drop_link(
                    name,
                    f": {link} is for {other.target.value}, not {exercise.target.value}, and a ladder "
                    "stays within one target",
                )
                links[exercise.id][name] = None

    # "harder[a]" holds every exercise one step harder than a; a loop there would make an
    # exercise harder than itself. Links are added in file order and the one closing a loop
    # is dropped.
    harder: dict[str, set[str]] = {exercise.id: set() for exercise in exercises}
    for exercise in exercises:
        for name in _LINKS:
            link = links[exercise.id][name]
            if link is None:
                continue
            easy, hard = (exercise.id, link) if name == "progression" else (link, exercise.id)
            loop = [easy] if easy == hard else _path(harder, hard, easy)
            if loop is None:
                harder[easy].add(hard)
                continue
            circle = " → ".join([easy, *loop]) if easy != hard else f"{easy} → {easy}"
            reports[exercise.id].drop_link(
                name, f": {link} would make the ladder go round in a loop ({circle}, each step harder)"
            )
            links[exercise.id][name] = None

    for exercise in exercises:
        problems += reports[exercise.id].problems
    fixed = [
        replace(
            exercise,
            regression=links[exercise.id]["regression"],
            progression=links[exercise.id]["progression"],
        )
        if any(links[exercise.id][name] != getattr(exercise, name) for name in _LINKS)
        else exercise
        for exercise in exercises
    ]
    return fixed, problems


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
        return _is_int(value) and self.low <= value <= self.high


def _range(low: int, high: int) -> Callable[[object], IntRange]:
    def read(raw: object) -> IntRange:
        shape = f"a range such as {{ low = {low}, high = {high} }} with both ends from {low} to {high}"
        if not isinstance(raw, Mapping) or set(raw) != {"low", "high"}:
            raise _Unusable(f"{_show(raw)} is not {shape}")
        ends = raw["low"], raw["high"]
        if not all(_is_int(end) and low <= end <= high for end in ends):
            raise _Unusable(f"{{ low = {_show(ends[0])}, high = {_show(ends[1])} }} is not {shape}")
        if ends[0] > ends[1]:
            raise _Unusable(f"{{ low = {ends[0]}, high = {ends[1]} }} has its low end above its high end")
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
        raise _Unusable(f'{_show(raw)} is not a fraction such as "2/3"') from None
    if not 0 < value <= 1:
        raise _Unusable(f"{_show(raw)} is not a fraction above 0 and at most 1")
    return value


def _lifestyles(raw: object) -> frozenset[Lifestyle]:
    return frozenset(_list_of(_choice(Lifestyle, "lifestyle"), allow_empty=True)(raw))


def _equipment(raw: object) -> frozenset[Equipment]:
    return frozenset(_list_of(_choice(Equipment, "piece of equipment"), allow_empty=True)(raw))


def _reads(read: Callable[[object], Any]) -> dict[str, Any]:
    """Field metadata naming the reader that checks a rule's value from the file."""
    return {"read": read}


_DAYS = _whole(1, 7)
_TWO_TO_THREE = IntRange(2, 3)
_EIGHT_TO_TEN = IntRange(8, 10)
_TWO_THIRDS = Fraction(2, 3)
_RUNNER_ATHLETE = frozenset({Lifestyle.RUNNER, Lifestyle.ATHLETE})
_DANCER = frozenset({Lifestyle.DANCER})
_USUALLY_AT_HAND = frozenset({Equipment.DESK, Equipment.CHAIR, Equipment.WALL, Equipment.MAT})
_PAIN = _whole(0, 10)
_PERCENT = _whole(0, 100)
_SCORE = _whole(0, 2)


@dataclass(frozen=True)
class StretchRules:
    """Stretching dose (COACHING.md section 2)."""

    seconds_per_target_per_session: int = field(default=60, metadata=_reads(_whole(1, 600)))
    weekly_minutes_per_tight_target: int = field(default=5, metadata=_reads(_whole(1, 120)))
    min_days_per_week: int = field(default=5, metadata=_reads(_DAYS))
    older_adult_from_age: int = field(default=65, metadata=_reads(_whole(18, 120)))
    older_adult_hold_s: int = field(default=45, metadata=_reads(_whole(1, 300)))
    older_adult_reps: int = field(default=2, metadata=_reads(_whole(1, 10)))


@dataclass(frozen=True)
class StrengthRules:
    """Strength days and the push:pull balance (sections 4 and 6)."""

    days_per_week: IntRange = field(default=_TWO_TO_THREE, metadata=_reads(_range(1, 7)))
    pull_to_push_ratio: int = field(default=2, metadata=_reads(_whole(1, 10)))
    protraction_exercise: str = field(default="UB6", metadata=_reads(_id))
    protraction_sessions_per_week: int = field(default=1, metadata=_reads(_DAYS))
    pair_chest_stretch_with_pull: bool = field(default=True, metadata=_reads(_flag))


@dataclass(frozen=True)
class ProgressionRules:
    """Stepping up, for strength and for stretches (section 5, rules 1-3)."""

    too_easy_sessions: int = field(default=2, metadata=_reads(_whole(1, 10)))
    add_reps: int = field(default=2, metadata=_reads(_whole(1, 10)))
    add_sets: int = field(default=1, metadata=_reads(_whole(1, 5)))
    cap_sets: int = field(default=3, metadata=_reads(_whole(1, 10)))
    cap_reps: int = field(default=15, metadata=_reads(_whole(1, 100)))
    next_step_sets: int = field(default=2, metadata=_reads(_whole(1, 10)))
    next_step_reps: IntRange = field(default=_EIGHT_TO_TEN, metadata=_reads(_range(1, 100)))
    stretch_steady_weeks: int = field(default=2, metadata=_reads(_whole(1, 12)))
    stretch_hold_from_s: int = field(default=20, metadata=_reads(_whole(1, 300)))
    stretch_hold_to_s: int = field(default=30, metadata=_reads(_whole(1, 300)))
    stretch_reps_from: int = field(default=2, metadata=_reads(_whole(1, 10)))
    stretch_reps_to: int = field(default=3, metadata=_reads(_whole(1, 10)))
    stretch_cap_s_per_session: int = field(default=60, metadata=_reads(_whole(1, 600)))
    stretch_next_step_needs_rescreen: bool = field(default=True, metadata=_reads(_flag))
    max_step_ups_per_week: int = field(default=1, metadata=_reads(_DAYS))


@dataclass(frozen=True)
class RegressionRules:
    """Stepping down (section 5, rule 4)."""

    too_hard_sessions: int = field(default=2, metadata=_reads(_whole(1, 10)))
    done_below: Fraction = field(default=_TWO_THIRDS, metadata=_reads(_fraction))
    steps_down: int = field(default=1, metadata=_reads(_whole(1, 5)))


@dataclass(frozen=True)
class PainRules:
    """What pain stops, and when a region is paused (section 5, rule 5). Pain is 0-10."""

    stop_and_regress_at: int = field(default=3, metadata=_reads(_PAIN))
    next_morning_pain_counts: bool = field(default=True, metadata=_reads(_flag))
    pause_region_after_stops: int = field(default=2, metadata=_reads(_whole(1, 10)))
    pause_region_at: int = field(default=6, metadata=_reads(_PAIN))
    pause_on_sharp_pain: bool = field(default=True, metadata=_reads(_flag))
    pause_on_numbness_or_tingling: bool = field(default=True, metadata=_reads(_flag))


@dataclass(frozen=True)
class AdherenceRules:
    """Easing off when breaks are missed, offering more when they are done (section 5, rule 6)."""

    window_days: int = field(default=7, metadata=_reads(_whole(1, 60)))
    low_below_percent: int = field(default=50, metadata=_reads(_PERCENT))
    low_add_interval_min: int = field(default=10, metadata=_reads(_whole(1, 60)))
    interval_max_min: int = field(default=60, metadata=_reads(_whole(1, 240)))
    high_from_percent: int = field(default=80, metadata=_reads(_PERCENT))
    high_for_weeks: int = field(default=2, metadata=_reads(_whole(1, 12)))
    high_extra_exercises: int = field(default=1, metadata=_reads(_whole(1, 5)))
    floor_minutes_per_day: int = field(default=2, metadata=_reads(_whole(1, 60)))
    shorter_routine_percent: int = field(default=50, metadata=_reads(_whole(10, 100)))
    partial_counts_from_percent: int = field(default=50, metadata=_reads(_PERCENT))


@dataclass(frozen=True)
class RescreenRules:
    """When to offer the self-screen again, and the restart after time away (section 5, rule 7)."""

    every_days: int = field(default=28, metadata=_reads(_whole(7, 90)))
    after_pain_regression: bool = field(default=True, metadata=_reads(_flag))
    away_days: int = field(default=14, metadata=_reads(_whole(1, 90)))
    restart_steps_down: int = field(default=1, metadata=_reads(_whole(0, 5)))


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


SCREEN_ITEMS = ("S1", "S2", "S3", "S4", "S5", "S6")

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
    start_steps_up: int = field(default=1, metadata=_reads(_whole(1, 5)))
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


DEFAULT_RULES = CoachingRules()

# Values that only make sense together: (section, fields, holds, what must hold).
_CONSISTENCY: tuple[tuple[str, tuple[str, ...], Callable[[Any], bool], str], ...] = (
    (
        "progression",
        ("next_step_reps", "cap_reps"),
        lambda s: s.next_step_reps.high <= s.cap_reps,
        "the next step cannot start above the rep cap",
    ),
    (
        "progression",
        ("next_step_sets", "cap_sets"),
        lambda s: s.next_step_sets <= s.cap_sets,
        "the next step cannot start above the set cap",
    ),
    (
        "progression",
        ("stretch_hold_from_s", "stretch_hold_to_s"),
        lambda s: s.stretch_hold_from_s <= s.stretch_hold_to_s,
        "a stretch hold cannot grow from a longer to a shorter time",
    ),
    (
        "progression",
        ("stretch_reps_from", "stretch_reps_to"),
        lambda s: s.stretch_reps_from <= s.stretch_reps_to,
        "stretch reps cannot grow from more to fewer",
    ),
    (
        "pain",
        ("stop_and_regress_at", "pause_region_at"),
        lambda s: s.stop_and_regress_at <= s.pause_region_at,
        "the pain that pauses a region cannot be lower than the pain that stops an exercise",
    ),
    (
        "adherence",
        ("low_below_percent", "high_from_percent"),
        lambda s: s.low_below_percent < s.high_from_percent,
        "the low-adherence share must be below the high-adherence share",
    ),
)


def parse_rules(
    data: Mapping[str, Any], source: str = RULES_SOURCE
) -> tuple[CoachingRules, tuple[LibraryProblem, ...]]:
    """The coaching rules of a parsed rules file; each unusable value falls back to its default."""
    problems: list[LibraryProblem] = []

    def say(key: str, message: str) -> None:
        problems.append(LibraryProblem(source, "", key, f"{source}: {message}"))

    if not isinstance(data, Mapping):
        say("", "the file does not hold a TOML table; the shipped rules are used.")
        return DEFAULT_RULES, tuple(problems)

    groups: dict[str, Any] = {}
    for group in fields(CoachingRules):
        default = getattr(DEFAULT_RULES, group.name)
        raw = data.get(group.name, _MISSING)
        if group.name == "screen_plan":
            groups["screen_plan"] = _read_screen_plan(raw, say)
            continue
        if raw is _MISSING:
            say(group.name, f"the [{group.name}] section is missing; the shipped values are used.")
            continue
        if not isinstance(raw, Mapping):
            say(
                group.name,
                f"'{group.name}' is {_show(raw)}, not a [{group.name}] section; the shipped values are used.",
            )
            continue
        values = {}
        for rule in fields(default):
            key = f"{group.name}.{rule.name}"
            value = raw.get(rule.name, _MISSING)
            fallback = f"the shipped default {_show(getattr(default, rule.name))} is used"
            if value is _MISSING:
                say(key, f"field '{key}' is missing; {fallback}.")
                continue
            try:
                values[rule.name] = rule.metadata["read"](value)
            except _Unusable as bad:
                say(key, f"field '{key}': {bad.what}; {fallback}.")
        known = {rule.name for rule in fields(default)}
        for name in raw:
            if name not in known:
                say(
                    f"{group.name}.{name}",
                    f"field '{group.name}.{name}' is not a rule Desk Coach knows; it is ignored.",
                )
        groups[group.name] = _consistent(group.name, replace(default, **values), default, say)
    sections = {group.name for group in fields(CoachingRules)}
    for name in data:
        if name not in sections:
            say(str(name), f"'{name}' is not a section of the rules Desk Coach knows; it is ignored.")
    return replace(DEFAULT_RULES, **groups), tuple(problems)


def _consistent(group: str, section: Any, default: Any, say: Callable[[str, str], None]) -> Any:
    """The section with each pair of values that contradict each other put back to the defaults."""
    for name, names, holds, why in _CONSISTENCY:
        if name != group or holds(section):
            continue
        keys = " and ".join(f"'{group}.{field_name}'" for field_name in names)
        shown = ", ".join(f"{_show(getattr(section, field_name))}" for field_name in names)
        defaults = ", ".join(_show(getattr(default, field_name)) for field_name in names)
        say(
            f"{group}.{names[0]}",
            f"fields {keys} do not fit together ({shown}): {why}; "
            f"the shipped defaults ({defaults}) are used.",
        )
        section = replace(section, **{field_name: getattr(default, field_name) for field_name in names})
    return section


def _screen_item(raw: object) -> str:
    if not isinstance(raw, str) or raw not in SCREEN_ITEMS:
        raise _Unusable(f"{_show(raw)} is not a screen item (one of {', '.join(SCREEN_ITEMS)})")
    return raw


_PLAN_FIELDS: Mapping[str, tuple[Callable[[object], Any], bool]] = {
    "items": (_list_of(_screen_item, allow_empty=False), True),
    "at_most": (_SCORE, True),
    "days_per_week": (_DAYS, True),
    "stretch_targets": (_list_of(_choice(Target, "target"), allow_empty=True), False),
    "strength_targets": (_list_of(_choice(Target, "target"), allow_empty=True), False),
    "exercises": (_list_of(_id, allow_empty=True), False),
}


def _read_screen_plan(raw: object, say: Callable[[str, str], None]) -> tuple[ScreenPlanRule, ...]:
    """All screen-plan lines, or the shipped ones when any line is unusable (one field, one fallback)."""
    fallback = "the shipped screen-to-plan rules are used"
    if raw is _MISSING:
        say("screen_plan", f"there are no [[screen_plan]] entries; {fallback}.")
        return DEFAULT_SCREEN_PLAN
    if not isinstance(raw, list) or not raw:
        say(
            "screen_plan", f"'screen_plan' is {_show(raw)}, not a list of [[screen_plan]] tables; {fallback}."
        )
        return DEFAULT_SCREEN_PLAN
    lines: list[ScreenPlanRule] = []
    usable = True
    for number, entry in enumerate(raw, 1):
        where = f"screen_plan entry {number}"
        if not isinstance(entry, Mapping):
            say("screen_plan", f"{where} is {_show(entry)}, not a [[screen_plan]] table; {fallback}.")
            usable = False
            continue
        values: dict[str, Any] = {}
        for name, (read, required) in _PLAN_FIELDS.items():
            value = entry.get(name, _MISSING)
            if value is _MISSING:
                if required:
                    say(f"screen_plan.{name}", f"{where}, field '{name}' is missing; {fallback}.")
                    usable = False
                continue
            try:
                values[name] = read(value)
            except _Unusable as bad:
                say(f"screen_plan.{name}", f"{where}, field '{name}': {bad.what}; {fallback}.")
                usable = False
        for name in entry:
            if name not in _PLAN_FIELDS:
                say(
                    f"screen_plan.{name}",
                    f"{where}, field '{name}' is not one Desk Coach knows; it is ignored.",
                )
        if not usable:
            continue
        if not any(values.get(name) for name in ("stretch_targets", "strength_targets", "exercises")):
            say(
                "screen_plan",
                f"{where} asks for nothing (no stretch_targets, strength_targets or exercises); {fallback}.",
            )
            usable = False
            continue
        lines.append(ScreenPlanRule(**values))
    return tuple(lines) if usable else DEFAULT_SCREEN_PLAN


def check_rules_against_library(
    rules: CoachingRules, library: ExerciseLibrary, source: str = RULES_SOURCE
) -> tuple[LibraryProblem, ...]:
    """Exercises the rules name that the library does not have (the planner skips those)."""
    problems: list[LibraryProblem] = []
    protraction = rules.strength.protraction_exercise
    if protraction not in library:
        problems.append(
            LibraryProblem(
                source,
                "",
                "strength.protraction_exercise",
                f"{source}: field 'strength.protraction_exercise': {protraction} is not in the exercise "
                "library; the weekly protraction item is skipped.",
            )
        )
    elif library[protraction].pattern != Pattern.PUSH:
        problems.append(
            LibraryProblem(
                source,
                "",
                "strength.protraction_exercise",
                f"{source}: field 'strength.protraction_exercise': {protraction} is a "
                f"{library[protraction].pattern.value} exercise, not a push; it still counts as the "
                "weekly protraction item.",
            )
        )
    for number, line in enumerate(rules.screen_plan, 1):
        for exercise_id in line.exercises:
            if exercise_id not in library:
                problems.append(
                    LibraryProblem(
                        source,
                        "",
                        "screen_plan.exercises",
                        f"{source}: screen_plan entry {number}, field 'exercises': {exercise_id} is not in "
                        "the exercise library; the planner skips it.",
                    )
                )
    return tuple(problems)


def rules_document(rules: CoachingRules) -> dict[str, Any]:
    """The rules as the plain data a rules file parses to (parse_rules reads it back unchanged)."""

    def plain(value: Any) -> Any:
        if isinstance(value, IntRange):
            return {"low": value.low, "high": value.high}
        if isinstance(value, Fraction):
            return str(value)
        if isinstance(value, frozenset):
            return sorted(str(item) for item in value)
        if isinstance(value, tuple):
            return [str(item) for item in value]
        return value

    document: dict[str, Any] = {}
    for group in fields(CoachingRules):
        section = getattr(rules, group.name)
        if group.name == "screen_plan":
            document["screen_plan"] = [
                {
                    name: plain(getattr(line, name))
                    for name in _PLAN_FIELDS
                    if name in ("items", "at_most", "days_per_week") or getattr(line, name)
                }
                for line in section
            ]
        else:
            document[group.name] = {rule.name: plain(getattr(section, rule.name)) for rule in fields(section)}
    return document
