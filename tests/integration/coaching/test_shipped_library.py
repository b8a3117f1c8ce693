"""The exercise library and coaching rules as shipped: they load cleanly, hold every exercise of
the content reference, and keep the promises the planner relies on."""

from __future__ import annotations

import logging
import re
from dataclasses import fields, replace
from datetime import UTC, datetime

import pytest
from desk_coach.resources import resource_text

from desk_coach.adapters.exercise_files import LIBRARY_RESOURCE, RULES_RESOURCE, LoadedLibrary, load_library
from desk_coach.domain.coaching.exercises import Exercise, HoldDose, Pattern, RepsDose, Target, TimedDose
from desk_coach.domain.coaching.library_rules import DEFAULT_RULES
from desk_coach.wording.problems import problem_words

EXPECTED_IDS = (
    *("HF1", "HF2", "HF3", "CH1", "CH2", "CH3"),
    *("GL1", "GL2", "GL3", "GL4", "GL5", "GL6"),
    *("UB1", "UB2", "UB3", "UB4", "UB5", "UB6"),
    *("TM1", "TM2", "HS1", "HS2", "HS3", "NK1", "NK2", "NK3", "MV1"),
)
FLOOR_EQUIPMENT = {"mat", "cushion"}
STRENGTH = {Pattern.PULL, Pattern.PUSH, Pattern.HINGE, Pattern.SQUAT}
# Wellness wording only: no promise to fix, treat or diagnose anything (COACHING.md section 7).
MEDICAL_CLAIM = re.compile(
    r"\b(fix\w*|treat\w*|cure\w*|heal\w*|diagnos\w*|correct\w*|damage\w*|bad posture)\b", re.I
)


@pytest.fixture(scope="module")
def loaded() -> LoadedLibrary:
    return load_library()


@pytest.fixture(scope="module")
def exercises(loaded: LoadedLibrary) -> list[Exercise]:
    return list(loaded.library)


def test_the_shipped_files_load_without_a_single_problem(loaded: LoadedLibrary) -> None:
    assert [problem_words(problem) for problem in loaded.problems] == []


def test_every_exercise_of_the_reference_is_there_in_order(exercises: list[Exercise]) -> None:
    assert tuple(exercise.id for exercise in exercises) == EXPECTED_IDS


def test_every_ladder_link_resolves_within_its_target_both_ways(loaded: LoadedLibrary) -> None:
    library = loaded.library
    for exercise in library:
        if exercise.progression is not None:
            harder = library[exercise.progression]
            assert harder.target == exercise.target, exercise.id
            assert harder.regression == exercise.id, f"{exercise.id} -> {harder.id} has no way back"
        if exercise.regression is not None:
            easier = library[exercise.regression]
            assert easier.target == exercise.target, exercise.id
            assert easier.progression == exercise.id, f"{exercise.id} <- {easier.id} has no way up"


def test_the_ladders_of_the_reference(loaded: LoadedLibrary) -> None:
    library = loaded.library

    def climb(start: str) -> list[str]:
        steps = [start]
        while (harder := library.harder(steps[-1])) is not None:
            assert harder.id not in steps, "a ladder loops"
            steps.append(harder.id)
        return steps

    assert climb("HF1") == ["HF1", "HF2"]
    assert climb("CH2") == ["CH2", "CH1"]
    assert climb("GL1") == ["GL1", "GL2", "GL3"]
    assert climb("UB1") == ["UB1", "UB2"]
    assert climb("HS1") == ["HS1", "HS2"]
    assert climb("NK1") == ["NK1", "NK3"]


def test_every_desk_exercise_needs_no_floor(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        if exercise.desk:
            assert not exercise.supine, exercise.id
            assert not FLOOR_EQUIPMENT & set(exercise.equipment), exercise.id


def test_only_the_floor_exercises_on_the_back_are_supine(exercises: list[Exercise]) -> None:
    assert {exercise.id for exercise in exercises if exercise.supine} == {"CH3", "GL2", "GL3", "NK3"}


def test_every_sided_stretch_is_two_holds_of_thirty_seconds_per_side(exercises: list[Exercise]) -> None:
    stretches = [exercise for exercise in exercises if exercise.pattern == Pattern.STRETCH]
    assert {exercise.id for exercise in stretches} == {
        *("HF1", "HF2", "HF3", "CH1", "CH2", "CH3", "HS1", "HS2", "HS3", "NK2"),
    }
    for exercise in stretches:
        if exercise.per_side:
            assert exercise.dose == HoldDose(hold_s=30, reps=2), exercise.id
        # Each side of each stretch gets the session's seconds per target (section 2: 60 s).
        per_side = exercise.seconds // (2 if exercise.per_side else 1)
        assert per_side == DEFAULT_RULES.stretch.seconds_per_target_per_session, exercise.id


def test_strength_doses_stay_in_the_novice_range(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        if exercise.pattern in STRENGTH and isinstance(exercise.dose, RepsDose):
            assert 2 <= exercise.dose.sets <= 3 and 8 <= exercise.dose.reps <= 15, exercise.id


def test_patterns_follow_the_reference(loaded: LoadedLibrary) -> None:
    library = loaded.library
    assert {e.id for e in library if e.pattern == Pattern.PULL} == {"UB1", "UB2", "UB4", "UB5"}
    assert {e.id for e in library if e.pattern == Pattern.PUSH} == {"UB6"}
    assert library["GL6"].pattern == Pattern.SQUAT
    assert library["GL2"].pattern == library["GL3"].pattern == Pattern.HINGE
    assert library["TM1"].pattern == library["TM2"].pattern == Pattern.MOBILITY
    assert library["MV1"].pattern == Pattern.MOBILITY and library["MV1"].target == Target.WALK
    assert isinstance(library["MV1"].dose, TimedDose)


def test_every_target_has_something_to_do_at_the_desk(loaded: LoadedLibrary) -> None:
    for target in Target:
        assert any(exercise.desk for exercise in loaded.library.for_target(target)), target


def test_each_illustration_is_named_after_its_exercise(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        assert exercise.illustration == f"exercises/illustrations/{exercise.id}.svg"


def test_the_wording_is_short_plain_and_makes_no_medical_claim(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        assert 2 <= len(exercise.steps) <= 4, exercise.id
        for text in (exercise.name, *exercise.steps, *exercise.cautions):
            assert not MEDICAL_CLAIM.search(text), f"{exercise.id}: {text}"
            assert text == text.strip() and not text.endswith(","), f"{exercise.id}: {text}"


def test_the_library_header_explains_every_field() -> None:
    header = "\n".join(line for line in resource_text(LIBRARY_RESOURCE).splitlines() if line.startswith("#"))
    for field in fields(Exercise):
        assert f"#   {field.name} " in header, field.name


def test_the_shipped_rules_are_the_built_in_defaults(loaded: LoadedLibrary) -> None:
    # parse_rules falls back to DEFAULT_RULES value by value, so the two must agree.
    assert loaded.rules == DEFAULT_RULES


def test_the_rules_name_exercises_that_exist(loaded: LoadedLibrary) -> None:
    library = loaded.library
    assert library[loaded.rules.strength.protraction_exercise].pattern == Pattern.PUSH
    for line in loaded.rules.screen_plan:
        assert all(exercise_id in library for exercise_id in line.exercises)
        for target in (*line.stretch_targets, *line.strength_targets):
            assert library.for_target(target), target


def test_the_rules_file_is_found_through_the_resource_locator() -> None:
    assert "[stretch]" in resource_text(RULES_RESOURCE)


# --------------------------------------------------------------------------- damaged files


def test_a_broken_library_file_gives_one_logged_problem_and_an_empty_library(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="desk_coach.adapters.exercise_files"):
        result = load_library('[[exercise]]\nid = "HF1\n')

    assert len(result.library) == 0
    assert result.rules == DEFAULT_RULES
    messages = [problem_words(problem) for problem in result.problems]
    assert messages[0].startswith("library.toml: this is not valid TOML at line 2, column ")
    assert messages[0].endswith("; the library is empty.")
    # With no library the rules' exercises are reported as missing too.
    assert any("UB6 is not in the exercise library" in message for message in messages)
    assert [record.getMessage() for record in caplog.records] == messages


def test_a_damaged_entry_costs_only_that_entry(caplog) -> None:
    text = resource_text(LIBRARY_RESOURCE).replace(
        'dose = { kind = "reps", reps = 8, sets = 2, rep_s = 4 }\nper_side = true',
        'dose = { kind = "reps", reps = -2, sets = 2, rep_s = 4 }\nper_side = true',
        1,
    )
    assert text != resource_text(LIBRARY_RESOURCE)

    with caplog.at_level(logging.WARNING, logger="desk_coach.adapters.exercise_files"):
        result = load_library(text)

    assert [problem_words(problem) for problem in result.problems] == [
        "library.toml: exercise GL3, field 'dose.reps': -2 is not a positive whole number; GL3 is left out.",
        "library.toml: exercise GL2, field 'progression': GL3 was left out of the library; "
        "the link is dropped.",
    ]
    assert len(result.library) == len(EXPECTED_IDS) - 1
    assert result.library.harder("GL2") is None
    assert len(caplog.records) == 2


def test_a_damaged_rule_falls_back_alone() -> None:
    text = resource_text(RULES_RESOURCE).replace("pause_region_at = 6", "pause_region_at = 60", 1)

    result = load_library(rules_text_override=text)

    assert [problem_words(problem) for problem in result.problems] == [
        "rules.toml: field 'pain.pause_region_at': 60 is not a whole number from 0 to 10; "
        "the shipped default 6 is used."
    ]
    assert result.rules == DEFAULT_RULES
    assert len(result.library) == len(EXPECTED_IDS)


# --------------------------------------------------------------------------- the self-check's names


def test_the_planner_names_the_checks_as_the_self_check_does(loaded: LoadedLibrary) -> None:
    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.domain.coaching.planner import plan_daily_routine
    from desk_coach.domain.coaching.profile import CoachingProfile
    from desk_coach.domain.said import Term
    from desk_coach.wording.check_names import use_check_names
    from desk_coach.wording.say import say

    content = load_screen_content()
    assert loaded.rules.check_names == {item.id: item.name for item in content.items}

    scores = {item.id: 2 for item in content.items} | {"S1": 1}
    now = datetime(2026, 3, 2, 10, tzinfo=UTC)
    profile = CoachingProfile(item_scores=scores, screened_at=now)
    plan = plan_daily_routine(profile, {}, [], loaded.rules, loaded.library, now, 6)
    assert Term("check", "S1") in plan.items[0].reason.values["checks"]
    reasons = [say(item.reason) for item in plan.items]
    assert "Your front-of-hip check showed tight hip flexors, so this stretch comes daily." in reasons
    # The names are the self-check's, as loaded: a renamed check reads renamed.
    try:
        use_check_names({**loaded.rules.check_names, "S1": "Hip drop"})
        renamed = say(plan.items[0].reason)
        assert renamed == "Your hip drop showed tight hip flexors, so this stretch comes daily."
    finally:
        use_check_names(loaded.rules.check_names)


def test_screen_plan_items_the_self_check_lacks_are_reported() -> None:
    from desk_coach.domain.coaching.library_rules import ScreenPlanRule, check_rules_against_screen

    rules = replace(DEFAULT_RULES, screen_plan=(ScreenPlanRule(("S1", "S7"), 1, 7, exercises=("NK1",)),))

    problems = check_rules_against_screen(rules, ("S1", "S2"))

    assert [problem_words(problem) for problem in problems] == [
        "rules.toml: screen_plan entry 1, field 'items': S7 is not an item of the self-check "
        "(one of S1, S2); the line never applies."
    ]
