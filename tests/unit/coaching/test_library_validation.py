"""Checking the exercise library and the coaching rules: each kind of mistake is reported in one
sentence, only the faulty entry (or value) is lost, and nothing a file holds makes it raise."""

from __future__ import annotations

import copy
from dataclasses import replace
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from desk_coach.domain.coaching.exercises import (
    ExerciseLibrary,
    HoldDose,
    Pattern,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.library_rules import (
    DEFAULT_RULES,
    DEFAULT_SCREEN_PLAN,
    CoachingRules,
    IntRange,
    check_rules_against_library,
    parse_library,
    parse_rules,
    rules_document,
)
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import said
from desk_coach.wording.problems import problem_words

quick = hypothesis_settings(database=None, max_examples=300, deadline=None)


def _entry(exercise_id: str, target: str, pattern: str, dose: dict[str, Any], **more: Any) -> dict[str, Any]:
    entry = {
        "id": exercise_id,
        "name": f"Exercise {exercise_id}",
        "steps": ["Get ready.", "Do the movement."],
        "target": target,
        "pattern": pattern,
        "dose": dose,
        "per_side": False,
        "desk": True,
        "equipment": [],
        "cautions": [],
        "supine": False,
        "source": "[C] test",
        "illustration": f"exercises/illustrations/{exercise_id}.svg",
    }
    entry.update(more)
    return entry


HOLD = {"kind": "hold", "hold_s": 30, "reps": 2}
REPS = {"kind": "reps", "reps": 10, "sets": 2}


def valid_data() -> dict[str, Any]:
    """Six good entries: two short ladders, a lone strength item and a walk."""
    return {
        "exercise": [
            _entry("A1", "hip_flexors", "stretch", HOLD, per_side=True, progression="A2"),
            _entry("A2", "hip_flexors", "stretch", HOLD, per_side=True, regression="A1", desk=False),
            _entry("B1", "upper_back", "pull", {"kind": "hold", "hold_s": 5, "reps": 10}, progression="B2"),
            _entry("B2", "upper_back", "pull", {**REPS, "rep_s": 4}, regression="B1", equipment=["band"]),
            _entry("C1", "glutes", "hinge", REPS, desk=False, supine=True, equipment=["mat"]),
            _entry("W1", "walk", "mobility", {"kind": "timed", "minutes": 3}),
        ]
    }


IDS = ("A1", "A2", "B1", "B2", "C1", "W1")


def parse(data: dict[str, Any]) -> tuple[ExerciseLibrary, list[str]]:
    library, problems = parse_library(data)
    return library, [problem_words(problem) for problem in problems]


def entry_of(data: dict[str, Any], exercise_id: str) -> dict[str, Any]:
    return next(e for e in data["exercise"] if e.get("id") == exercise_id)


def ids(library: ExerciseLibrary) -> set[str]:
    return {exercise.id for exercise in library}


# --------------------------------------------------------------------------- a good file


def test_a_valid_library_is_read_whole_without_problems() -> None:
    library, problems = parse(valid_data())

    assert problems == []
    assert [exercise.id for exercise in library] == list(IDS)
    assert library["A1"].dose == HoldDose(hold_s=30, reps=2)
    assert library["A1"].seconds == 120  # 2 x 30 s on each side
    assert library["B2"].dose == RepsDose(reps=10, sets=2, rep_s=4)
    assert library["C1"].dose == RepsDose(reps=10, sets=2, rep_s=3)  # rep_s left out: 3 s
    assert library["W1"].dose == TimedDose(minutes=3)
    assert library["A1"].target is Target.HIP_FLEXORS and library["B1"].pattern is Pattern.PULL
    assert library["A1"].steps == ("Get ready.", "Do the movement.")
    assert library.harder("A1") == library["A2"] and library.easier("A2") == library["A1"]
    assert library["C1"].regression is None and library["C1"].progression is None


# --------------------------------------------------------------------------- each kind of mistake


def _set(exercise_id: str, key: str, value: Any):
    def change(data: dict[str, Any]) -> None:
        entry = entry_of(data, exercise_id)
        if "." in key:
            outer, inner = key.split(".")
            entry[outer] = dict(entry[outer], **{inner: value})
        else:
            entry[key] = value

    return change


def _drop(exercise_id: str, key: str):
    def change(data: dict[str, Any]) -> None:
        entry = entry_of(data, exercise_id)
        if "." in key:
            outer, inner = key.split(".")
            entry[outer] = {k: v for k, v in entry[outer].items() if k != inner}
        else:
            del entry[key]

    return change


LEFT_OUT_CASES = [
    pytest.param(
        _drop("C1", "name"),
        "C1",
        "library.toml: exercise C1, field 'name': missing (needs text); C1 is left out.",
        id="missing field",
    ),
    pytest.param(
        _drop("C1", "dose.sets"),
        "C1",
        "library.toml: exercise C1, field 'dose.sets': missing (a reps dose needs reps and sets); "
        "C1 is left out.",
        id="missing dose number",
    ),
    pytest.param(
        _set("C1", "per_side", "yes"),
        "C1",
        "library.toml: exercise C1, field 'per_side': \"yes\" is text, not true or false; C1 is left out.",
        id="wrong type: text for a flag",
    ),
    pytest.param(
        _set("C1", "steps", "Lift."),
        "C1",
        "library.toml: exercise C1, field 'steps': \"Lift.\" is text, not a list of 1 or more steps; "
        "C1 is left out.",
        id="wrong type: text for a list",
    ),
    pytest.param(
        _set("C1", "steps", []),
        "C1",
        "library.toml: exercise C1, field 'steps': [] is not a list of 1 or more steps; C1 is left out.",
        id="no steps",
    ),
    pytest.param(
        _set("C1", "dose.reps", 10.5),
        "C1",
        "library.toml: exercise C1, field 'dose.reps': 10.5 is a decimal number, not a positive whole "
        "number; C1 is left out.",
        id="wrong type: fraction of a rep",
    ),
    pytest.param(
        _set("C1", "dose", 30),
        "C1",
        "library.toml: exercise C1, field 'dose': 30 is a whole number, not a table such as "
        '{kind = "hold", hold_s = 30, reps = 2}; C1 is left out.',
        id="wrong type: number for the dose",
    ),
    pytest.param(
        _set("C1", "target", "calves"),
        "C1",
        "library.toml: exercise C1, field 'target': \"calves\" is not a known target (one of hip_flexors, "
        "chest, glutes, upper_back, thoracic, hamstrings, neck, walk); C1 is left out.",
        id="unknown target",
    ),
    pytest.param(
        _set("C1", "pattern", "lunge"),
        "C1",
        "library.toml: exercise C1, field 'pattern': \"lunge\" is not a known pattern (one of pull, push, "
        "hinge, squat, stretch, mobility); C1 is left out.",
        id="unknown pattern",
    ),
    pytest.param(
        _set("C1", "dose.reps", -2),
        "C1",
        "library.toml: exercise C1, field 'dose.reps': -2 is not a positive whole number; C1 is left out.",
        id="negative reps",
    ),
    pytest.param(
        _set("W1", "dose.minutes", 0),
        "W1",
        "library.toml: exercise W1, field 'dose.minutes': 0 is not a positive whole number; W1 is left out.",
        id="zero minutes",
    ),
    pytest.param(
        _set("C1", "dose.kind", "forever"),
        "C1",
        "library.toml: exercise C1, field 'dose.kind': \"forever\" is not a known kind of dose "
        "(one of hold, reps, timed); C1 is left out.",
        id="unknown dose kind",
    ),
    pytest.param(
        _set("W1", "pattern", "stretch"),
        "W1",
        "library.toml: exercise W1, field 'dose.kind': a stretch is dosed in holds, not as \"timed\"; "
        "W1 is left out.",
        id="a stretch without holds",
    ),
    pytest.param(
        _set("C1", "illustration", "/etc/passwd"),
        "C1",
        "library.toml: exercise C1, field 'illustration': \"/etc/passwd\" is not a relative resource path "
        'ending in .svg or .png, such as "exercises/illustrations/HF1.svg"; C1 is left out.',
        id="illustration outside the resources",
    ),
]


@pytest.mark.parametrize(("change", "bad_id", "message"), LEFT_OUT_CASES)
def test_a_bad_entry_is_left_out_with_one_sentence_and_the_rest_survive(change, bad_id, message) -> None:
    data = valid_data()
    change(data)

    library, problems = parse(data)

    assert problems == [message]
    assert ids(library) == set(IDS) - {bad_id}


def test_a_zero_hold_leaves_the_exercise_out_and_its_ladder_neighbour_loses_the_link() -> None:
    data = valid_data()
    _set("A2", "dose.hold_s", 0)(data)

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise A2, field 'dose.hold_s': 0 is not a positive whole number; A2 is left out.",
        "library.toml: exercise A1, field 'progression': A2 was left out of the library; "
        "the link is dropped.",
    ]
    assert ids(library) == set(IDS) - {"A2"}
    assert library["A1"].progression is None
    assert library.harder("A1") is None


def test_every_problem_of_an_entry_is_reported_not_just_the_first() -> None:
    data = valid_data()
    entry = entry_of(data, "B2")
    entry["name"] = ""
    entry["dose"] = {"kind": "reps", "reps": 0, "sets": True}

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise B2, field 'name': \"\" is empty, not text to show; B2 is left out.",
        "library.toml: exercise B2, field 'dose.reps': 0 is not a positive whole number; B2 is left out.",
        "library.toml: exercise B2, field 'dose.sets': true is true/false, not a positive whole number; "
        "B2 is left out.",
        "library.toml: exercise B1, field 'progression': B2 was left out of the library; "
        "the link is dropped.",
    ]
    assert "B2" not in library and "B1" in library


def test_an_entry_without_a_usable_id_is_named_by_its_position() -> None:
    data = valid_data()
    del data["exercise"][4]["id"]

    library, problems = parse(data)

    assert problems == [
        "library.toml: entry 5, field 'id': missing (needs an id such as \"HF1\" (letters, digits, \"-\" or "
        '"_")); entry 5 is left out.'
    ]
    assert ids(library) == set(IDS) - {"C1"}


def test_an_id_that_is_not_a_plain_code_is_refused() -> None:
    data = valid_data()
    data["exercise"][4]["id"] = "C 1!"

    library, problems = parse(data)

    assert problems == [
        'library.toml: entry 5, field \'id\': "C 1!" is not an id such as "HF1" '
        '(letters, digits, "-" or "_"); entry 5 is left out.'
    ]
    assert len(library) == len(IDS) - 1


def test_an_unknown_ladder_id_drops_only_the_link() -> None:
    data = valid_data()
    _set("C1", "progression", "C9")(data)

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise C1, field 'progression': there is no exercise C9 in the library; "
        "the link is dropped."
    ]
    assert ids(library) == set(IDS)
    assert library["C1"].progression is None


def test_a_ladder_link_of_the_wrong_type_drops_only_the_link() -> None:
    data = valid_data()
    _set("C1", "regression", 7)(data)

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise C1, field 'regression': 7 is not an id such as \"HF1\" "
        '(letters, digits, "-" or "_"); the link is dropped.'
    ]
    assert "C1" in library and library["C1"].regression is None


def test_a_ladder_link_to_another_target_is_dropped() -> None:
    data = valid_data()
    _set("C1", "progression", "B2")(data)

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise C1, field 'progression': B2 is for upper_back, not glutes, and a ladder "
        "stays within one target; the link is dropped."
    ]
    assert library["C1"].progression is None
    assert library["B2"].regression == "B1"


def test_a_ladder_that_loops_loses_the_link_that_closes_the_loop() -> None:
    data = valid_data()
    _set("A2", "progression", "A1")(data)  # A1 -> A2 -> A1

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise A2, field 'progression': A1 would make the ladder go round in a loop "
        "(A2 → A1 → A2, each step harder); the link is dropped."
    ]
    assert ids(library) == set(IDS)
    assert library["A1"].progression == "A2" and library["A2"].regression == "A1"
    assert library["A2"].progression is None


def test_a_longer_loop_is_found_too() -> None:
    data = {
        "exercise": [
            _entry("X1", "neck", "mobility", HOLD, progression="X2"),
            _entry("X2", "neck", "mobility", HOLD, progression="X3"),
            _entry("X3", "neck", "mobility", HOLD, regression="X2", progression="X1"),
        ]
    }

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise X3, field 'progression': X1 would make the ladder go round in a loop "
        "(X3 → X1 → X2 → X3, each step harder); the link is dropped."
    ]
    assert library["X3"].progression is None and library["X3"].regression == "X2"


def test_an_exercise_cannot_be_its_own_ladder_step() -> None:
    data = valid_data()
    _set("C1", "regression", "C1")(data)

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise C1, field 'regression': C1 would make the ladder go round in a loop "
        "(C1 → C1, each step harder); the link is dropped."
    ]
    assert library["C1"].regression is None


def test_a_duplicate_id_keeps_the_first_entry() -> None:
    data = valid_data()
    data["exercise"].append(_entry("C1", "glutes", "squat", REPS, name="Another C1"))

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise C1 (entry 7), field 'id': C1 is already used by entry 5; "
        "this second C1 is left out."
    ]
    assert len(library) == len(IDS)
    assert library["C1"].name == "Exercise C1"


def test_an_unknown_field_is_reported_and_ignored() -> None:
    data = valid_data()
    entry_of(data, "A1")["progresion"] = "A2"
    entry_of(data, "C1")["dose"] = {**REPS, "weight_kg": 2}

    library, problems = parse(data)

    assert problems == [
        "library.toml: exercise A1, field 'progresion': not a field Desk Coach knows; it is ignored.",
        "library.toml: exercise C1, field 'dose.weight_kg': not part of a reps dose; it is ignored.",
    ]
    assert ids(library) == set(IDS)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {},
            "library.toml: field 'exercise': missing (needs a list of [[exercise]] tables); "
            "the library is empty.",
        ),
        (
            {"exercise": {"id": "A1"}},
            'library.toml: field \'exercise\': {id = "A1"} is a table, not a list of [[exercise]] tables; '
            "the library is empty.",
        ),
        ([], "library.toml: the file does not hold a TOML table; the library is empty."),
    ],
)
def test_a_file_without_exercises_gives_an_empty_library(data, message) -> None:
    library, problems = parse(data)

    assert problems == [message]
    assert len(library) == 0


def test_a_stray_value_in_the_list_of_exercises_is_left_out() -> None:
    data = valid_data()
    data["exercise"].insert(0, "HF1")
    data["version"] = 1

    library, problems = parse(data)

    assert problems == [
        "library.toml: field 'version': not a field Desk Coach knows; it is ignored.",
        'library.toml: entry 1: "HF1" is text, not an [[exercise]] table; it is left out.',
    ]
    assert ids(library) == set(IDS)


def test_problems_name_file_entry_and_field() -> None:
    data = valid_data()
    _set("B1", "dose.reps", -2)(data)

    _, problems = parse_library(data, "custom.toml")

    assert problems[0] == Problem(
        "custom.toml",
        "exercise B1",
        "dose.reps",
        said(FileCode.NOT_ALLOWED, value="-2", allowed=said(FileCode.WHOLE_POSITIVE)),
        said(FileCode.LEFT_OUT, label="B1"),
    )
    assert problem_words(problems[0]) == (
        "custom.toml: exercise B1, field 'dose.reps': -2 is not a positive whole number; B1 is left out."
    )


# --------------------------------------------------------------------------- properties

FIELD_PATHS = (
    "id",
    "name",
    "steps",
    "target",
    "pattern",
    "dose",
    "dose.kind",
    "dose.hold_s",
    "dose.reps",
    "dose.sets",
    "dose.rep_s",
    "dose.minutes",
    "per_side",
    "desk",
    "equipment",
    "cautions",
    "regression",
    "progression",
    "supine",
    "source",
    "illustration",
    "unknown_field",
)
DELETE = object()
scalars = st.one_of(
    st.integers(min_value=-3, max_value=200),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        [*IDS, *(t.value for t in Target), *(p.value for p in Pattern), "hold", "reps", "timed", ""]
    ),
)
any_value = st.one_of(
    st.just(DELETE),
    st.none(),
    scalars,
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=8), scalars, max_size=4),
)


def _corrupt(data: dict[str, Any], index: int, path: str, value: Any) -> None:
    entry = data["exercise"][index]
    holder, key = entry, path
    if path.startswith("dose."):
        holder = entry["dose"] = dict(entry["dose"])
        key = path.split(".", 1)[1]
    if value is DELETE:
        holder.pop(key, None)
    else:
        holder[key] = value


def _assert_ladders_sound(library: ExerciseLibrary) -> None:
    for exercise in library:
        for link in (exercise.regression, exercise.progression):
            if link is not None:
                assert link in library and library[link].target == exercise.target
        seen = {exercise.id}
        step = exercise
        while (step := library.harder(step.id)) is not None:
            assert step.id not in seen, "a ladder loops"
            seen.add(step.id)


@quick
@given(index=st.integers(0, len(IDS) - 1), path=st.sampled_from(FIELD_PATHS), value=any_value)
@example(index=2, path="id", value="A1")  # an id that repeats another entry's
def test_corrupting_one_field_never_raises_and_costs_at_most_that_entry(index, path, value) -> None:
    data = valid_data()
    original = parse_library(valid_data())[0]
    _corrupt(data, index, path, value)
    corrupted = data["exercise"][index]
    new_id = corrupted.get("id")

    library, problems = parse_library(data)

    messages = [problem_words(p) for p in problems]
    assert all(message.startswith("library.toml: ") and message.endswith(".") for message in messages)
    _assert_ladders_sound(library)
    for number, exercise_id in enumerate(IDS):
        if number == index or exercise_id == new_id:
            continue
        # Untouched entries survive unchanged, except that a ladder link may be dropped.
        kept, before = library[exercise_id], original[exercise_id]
        assert kept.regression in (before.regression, None)
        assert kept.progression in (before.progression, None)
        assert kept == replace(before, regression=kept.regression, progression=kept.progression)
    own_id = isinstance(new_id, str) and (new_id == IDS[index] or new_id not in IDS)
    if own_id and new_id in library:
        return  # the corrupted entry was still usable
    assert problems, "an entry was lost without a word"
    # An entry is named by its id, its place ("entry 3"), or both when its id repeats another's
    # ("A1 (entry 3)").
    named = {part.strip("()") for p in problems for part in p.entry.removeprefix("exercise ").split(" (")}
    assert (isinstance(new_id, str) and new_id in named) or f"entry {index + 1}" in named


garbage = st.recursive(
    scalars | st.none(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@quick
@given(entries=st.lists(garbage, max_size=4), top=garbage)
def test_any_shape_of_data_is_reported_never_raised(entries, top) -> None:
    for data in ({"exercise": entries}, {"exercise": top}, top):
        library, problems = parse_library(data)  # type: ignore[arg-type]
        assert all(isinstance(p, Problem) for p in problems)
        _assert_ladders_sound(library)


@quick
@given(index=st.integers(0, len(IDS) - 1), key=st.sampled_from(FIELD_PATHS[:6]), value=garbage)
def test_nested_garbage_in_an_entry_is_reported_never_raised(index, key, value) -> None:
    data = valid_data()
    _corrupt(data, index, key, value)
    library, _ = parse_library(data)
    _assert_ladders_sound(library)


# --------------------------------------------------------------------------- the rules


def rules_data() -> dict[str, Any]:
    return copy.deepcopy(rules_document(DEFAULT_RULES))


def parse_r(data: dict[str, Any]) -> tuple[CoachingRules, list[str]]:
    rules, problems = parse_rules(data)
    return rules, [problem_words(problem) for problem in problems]


def test_the_default_rules_read_back_unchanged() -> None:
    rules, problems = parse_r(rules_data())

    assert problems == []
    assert rules == DEFAULT_RULES
    assert rules.regression.done_below == Fraction(2, 3)
    assert rules.strength.days_per_week == IntRange(2, 3) and 3 in rules.strength.days_per_week


def test_good_values_are_used() -> None:
    data = rules_data()
    data["stretch"]["seconds_per_target_per_session"] = 90
    data["strength"]["days_per_week"] = {"low": 3, "high": 4}
    data["regression"]["done_below"] = "1/2"
    data["lifestyle"]["start_higher"] = ["runner"]

    rules, problems = parse_r(data)

    assert problems == []
    assert rules.stretch.seconds_per_target_per_session == 90
    assert rules.strength.days_per_week == IntRange(3, 4)
    assert rules.regression.done_below == Fraction(1, 2)
    assert rules.lifestyle.start_higher == {"runner"}


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        (
            "pain",
            "pause_region_at",
            11,
            "rules.toml: field 'pain.pause_region_at': 11 is not a whole number from 0 to 10; "
            "the shipped default 6 is used.",
        ),
        (
            "stretch",
            "seconds_per_target_per_session",
            "60",
            "rules.toml: field 'stretch.seconds_per_target_per_session': \"60\" is text, not a whole number "
            "from 1 to 600; the shipped default 60 is used.",
        ),
        (
            "progression",
            "stretch_next_step_needs_rescreen",
            1,
            "rules.toml: field 'progression.stretch_next_step_needs_rescreen': 1 is a whole number, not true "
            "or false; "
            "the shipped default true is used.",
        ),
        (
            "regression",
            "done_below",
            "two thirds",
            'rules.toml: field \'regression.done_below\': "two thirds" is not a fraction such as "2/3"; '
            'the shipped default "2/3" is used.',
        ),
        (
            "strength",
            "days_per_week",
            {"low": 3, "high": 2},
            "rules.toml: field 'strength.days_per_week': {low = 3, high = 2} has its low end above its "
            "high end; the shipped default {low = 2, high = 3} is used.",
        ),
        (
            "lifestyle",
            "flexible",
            ["yogi"],
            "rules.toml: field 'lifestyle.flexible': item 1: \"yogi\" is not a known lifestyle (one of "
            'desk_worker, runner, walker, dancer, athlete); the shipped default ["dancer"] is used.',
        ),
        (
            "adherence",
            "window_days",
            -7,
            "rules.toml: field 'adherence.window_days': -7 is not a whole number from 1 to 60; "
            "the shipped default 7 is used.",
        ),
    ],
)
def test_a_bad_rule_falls_back_to_its_default_alone(section, key, value, message) -> None:
    data = rules_data()
    data[section][key] = value
    data["stretch"]["older_adult_hold_s"] = 50  # a good change elsewhere is kept

    rules, problems = parse_r(data)

    assert problems == [message]
    assert getattr(getattr(rules, section), key) == getattr(getattr(DEFAULT_RULES, section), key)
    assert rules.stretch.older_adult_hold_s == 50


def test_a_missing_rule_or_section_uses_the_defaults() -> None:
    data = rules_data()
    del data["pain"]
    del data["rescreen"]["every_days"]

    rules, problems = parse_r(data)

    assert problems == [
        "rules.toml: field 'pain': missing (needs a [section] table); the shipped values are used.",
        "rules.toml: field 'rescreen.every_days': missing (needs a whole number from 7 to 90); "
        "the shipped default 28 is used.",
    ]
    assert rules == DEFAULT_RULES


def test_values_that_contradict_each_other_both_fall_back() -> None:
    data = rules_data()
    data["pain"]["stop_and_regress_at"] = 8  # above the pause threshold of 6
    data["adherence"]["low_below_percent"] = 90

    rules, problems = parse_r(data)

    assert problems == [
        "rules.toml: field 'pain.stop_and_regress_at': 8 does not fit with 'pain.pause_region_at' = 6: "
        "the pain that pauses a region cannot be lower than the pain that stops an exercise; "
        "the shipped defaults (3, 6) are used.",
        "rules.toml: field 'adherence.low_below_percent': 90 does not fit with "
        "'adherence.high_from_percent' = 80: the low-adherence share must be below the high-adherence share; "
        "the shipped defaults (50, 80) are used.",
    ]
    assert rules == DEFAULT_RULES


def test_unknown_rules_and_sections_are_reported_and_ignored() -> None:
    data = rules_data()
    data["pain"]["pause_at"] = 5
    data["breaks"] = {"sit_interval_min": 30}

    rules, problems = parse_r(data)

    assert problems == [
        "rules.toml: field 'pain.pause_at': not a field Desk Coach knows; it is ignored.",
        "rules.toml: field 'breaks': not a field Desk Coach knows; it is ignored.",
    ]
    assert rules == DEFAULT_RULES


def test_a_bad_screen_plan_line_brings_back_the_shipped_plan() -> None:
    data = rules_data()
    data["screen_plan"] = [
        {"items": ["S1"], "at_most": 1, "days_per_week": 7, "stretch_targets": ["hip_flexors"]},
        {"items": ["9"], "at_most": 1, "days_per_week": 7, "stretch_targets": ["chest"]},
    ]

    rules, problems = parse_r(data)

    assert problems == [
        "rules.toml: screen_plan entry 2, field 'items': item 1: \"9\" is not a self-check item "
        'such as "S1"; the shipped screen-to-plan rules are used.'
    ]
    assert rules.screen_plan == DEFAULT_SCREEN_PLAN


def test_a_screen_plan_line_must_ask_for_something() -> None:
    data = rules_data()
    data["screen_plan"].append({"items": ["S2"], "at_most": 0, "days_per_week": 3})

    rules, problems = parse_r(data)

    assert problems == [
        "rules.toml: screen_plan entry 7: asks for nothing (no stretch_targets, strength_targets or "
        "exercises); the shipped screen-to-plan rules are used."
    ]
    assert rules.screen_plan == DEFAULT_SCREEN_PLAN


def test_a_custom_screen_plan_is_used() -> None:
    data = rules_data()
    data["screen_plan"] = [{"items": ["S5"], "at_most": 0, "days_per_week": 5, "exercises": ["HS1"]}]

    rules, problems = parse_r(data)

    assert problems == []
    assert len(rules.screen_plan) == 1
    assert rules.screen_plan[0].exercises == ("HS1",) and rules.screen_plan[0].stretch_targets == ()


def test_rules_naming_exercises_the_library_lacks_are_reported() -> None:
    library, _ = parse_library(valid_data())

    problems = [problem_words(p) for p in check_rules_against_library(DEFAULT_RULES, library)]

    assert problems == [
        "rules.toml: field 'strength.protraction_exercise': UB6 is not in the exercise library; "
        "the weekly protraction item is skipped.",
        "rules.toml: screen_plan entry 5, field 'exercises': NK1 is not in the exercise library; "
        "the planner skips it.",
    ]


def _rule_keys() -> list[tuple[str, str]]:
    document = rules_document(DEFAULT_RULES)
    return [
        (section, key) for section, values in document.items() if section != "screen_plan" for key in values
    ]


@quick
@given(where=st.sampled_from(_rule_keys()), value=any_value | garbage)
def test_corrupting_one_rule_never_raises_and_leaves_the_others_alone(where, value) -> None:
    section, key = where
    data = rules_data()
    if value is DELETE:
        del data[section][key]
    else:
        data[section][key] = value

    rules, problems = parse_rules(data)

    assert all(problem_words(p).startswith("rules.toml: ") for p in problems)
    document = rules_document(rules)
    expected = rules_document(DEFAULT_RULES)
    for other_section, values in expected.items():
        if other_section == section:
            continue
        assert document[other_section] == values
    changed = {k for k, v in document[section].items() if v != expected[section][k]}
    assert changed <= {key}
    assert all(p.field.startswith(f"{section}.") for p in problems)
    if value is DELETE:
        assert [p.field for p in problems] == [f"{section}.{key}"]


@quick
@given(value=garbage)
def test_any_screen_plan_is_reported_never_raised(value) -> None:
    data = rules_data()
    data["screen_plan"] = value

    rules, _ = parse_rules(data)

    assert all(line.items and 1 <= line.days_per_week <= 7 for line in rules.screen_plan)
