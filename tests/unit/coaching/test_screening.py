"""The self-check in the domain: the shipped content, the red-flag gate tier by tier, scores
distilled into the profile, and a trainer's JSON file checked line by line. No Qt, no files
but the shipped content."""

from __future__ import annotations

import copy
import tomllib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from desk_coach.resources import resource_text
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import CoachingProfile, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side
from desk_coach.domain.coaching.screen_readers import (
    from_trainer_json,
    parse_screen_content,
    read_screen_content,
)
from desk_coach.domain.coaching.screening import (
    ItemScore,
    ScreenContentError,
    ScreenResult,
    gate,
    offered_items,
    summarize,
    to_profile,
)
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import Said
from desk_coach.wording.problems import finding_words, problem_words
from desk_coach.wording.say import say

RAW = tomllib.loads(resource_text("screen/screen.toml"))
CONTENT = load_screen_content()
NOW = datetime(2025, 5, 6, 12, 0, tzinfo=timezone(timedelta(hours=2)))
ALL_REGIONS = frozenset(Region)


def ids(tier: RedFlagTier) -> list[str]:
    return [q.id for q in CONTENT.questions_in(tier)]


def result(
    scores: tuple[ItemScore, ...] = (),
    red_flags: frozenset[str] = frozenset(),
    lifestyles: frozenset[Lifestyle] = frozenset({Lifestyle.DESK_WORKER}),
) -> ScreenResult:
    return ScreenResult(NOW, ScreenSource.WIZARD, lifestyles, True, red_flags, scores)


def both(item_id: str, left: int | None, right: int | None, pain: bool = False) -> tuple[ItemScore, ...]:
    return (ItemScore(item_id, Side.LEFT, left, pain), ItemScore(item_id, Side.RIGHT, right, pain))


# -- the shipped content ----------------------------------------------------------------------------


def test_the_shipped_content_parses_with_no_problems():
    content, problems = read_screen_content(RAW)
    assert problems == ()
    assert content is not None
    assert [item.id for item in content.items] == ["S1", "S2", "S3", "S4", "S5", "S6"]
    assert [item.id for item in content.items if item.optional] == ["S6"]
    assert {item.id for item in content.items if item.sides} == {"S1", "S2", "S4"}
    assert content.item("S2").max_score == 3
    assert all(item.max_score == 2 for item in content.items if item.id != "S2")
    for item in content.items:
        assert 2 <= len(item.steps) <= 4
        assert item.illustration == f"screen/illustrations/{item.id}.svg"
    assert {tier for tier in RedFlagTier} == {q.tier for q in content.red_flags}
    assert {lifestyle for lifestyle, _ in content.lifestyle_labels} == set(Lifestyle)


def test_the_toe_touch_is_skipped_for_thin_bones_or_a_sore_back():
    assert CONTENT.item("S5").skip_if == {"pr_osteoporosis", "pr_back_pain"}
    for answer in ("pr_osteoporosis", "pr_back_pain"):
        assert "S5" not in [item.id for item in offered_items(CONTENT, {answer})]
    assert [item.id for item in offered_items(CONTENT, ())] == ["S1", "S2", "S3", "S4", "S5", "S6"]


def test_the_wording_stays_wellness_wording():
    text = resource_text("screen/screen.toml").lower()
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    for banned in ("diagnos", "test for", "bad posture", "damage", "treats", "fix "):
        assert banned not in body, banned


def test_prompt_questions_name_the_regions_they_pause():
    assert CONTENT.question("pr_arm_nerves").regions == {Region.NECK, Region.SHOULDERS}
    assert CONTENT.question("pr_back_pain").regions == {Region.BACK, Region.HIPS}
    assert CONTENT.question("pr_cancer").paused_regions == ALL_REGIONS  # empty: the whole prescription


def broken(change) -> tuple[Problem, ...]:
    data = copy.deepcopy(RAW)
    change(data)
    content, problems = read_screen_content(data, "screen/screen.toml")
    assert content is None
    return problems


@pytest.mark.parametrize(
    ("change", "entry", "field", "words"),
    [
        (lambda d: d["item"][1].pop("steps"), 'item 2 ("S2")', "steps", "missing"),
        (lambda d: d["item"][0].update(sides="yes"), 'item 1 ("S1")', "sides", "true or false"),
        (lambda d: d["item"][4].update(skip_if=["osteo"]), 'item 5 ("S5")', "skip_if", '"osteo"'),
        (lambda d: d["item"][2]["choice"].pop(), 'item 3 ("S3")', "choice", "2, 1, 0"),
        (
            lambda d: d["red_flag"][0].update(tier="urgent"),
            'red_flag 1 ("em_chest_pain")',
            "tier",
            '"urgent"',
        ),
        (
            lambda d: d["red_flag"][12].update(regions=["elbows"]),
            'red_flag 13 ("pr_arm_nerves")',
            "regions",
            "elbows",
        ),
        (
            lambda d: d["red_flag"][1].update(id="em_chest_pain"),
            'red_flag 2 ("em_chest_pain")',
            "id",
            "earlier",
        ),
        (lambda d: d["referrals"].update(pain="We left out {name}."), "[referrals]", "pain", "{item}"),
        (lambda d: d["lifestyles"].pop("runner"), "[lifestyles]", "runner", "missing"),
        (lambda d: d["intro"].pop("disclaimer"), "[intro]", "disclaimer", "missing"),
        (lambda d: d["item"][0].update(sdies=True), 'item 1 ("S1")', "sdies", "not a field Desk Coach knows"),
    ],
)
def test_malformed_content_names_file_entry_and_field(change, entry, field, words):
    problems = broken(change)
    matching = [p for p in problems if p.entry == entry and p.field == field]
    assert matching, [problem_words(p) for p in problems]
    line = problem_words(matching[0])
    assert line.startswith(f"screen/screen.toml: {entry}, field {field!r}: ")
    assert words in line


def test_parse_raises_with_every_problem():
    data = copy.deepcopy(RAW)
    del data["referrals"]
    data["item"][0]["steps"] = ["only one"]
    with pytest.raises(ScreenContentError) as raised:
        parse_screen_content(data)
    assert len(raised.value.problems) == 2
    assert "and 1 more" in str(raised.value)


# -- the gate, tier by tier -------------------------------------------------------------------------


def test_no_red_flags_allow_everything():
    outcome = gate(CONTENT, (), ())
    assert outcome.exercise_allowed
    assert outcome.paused_regions == frozenset()
    assert not outcome.pregnancy
    assert outcome.referrals == ()


@pytest.mark.parametrize("question_id", ids(RedFlagTier.EMERGENCY))
def test_an_emergency_yes_allows_walk_breaks_only_with_the_emergency_wording(question_id):
    outcome = gate(CONTENT, {question_id}, ())
    assert not outcome.exercise_allowed
    assert outcome.emergency
    symptom = CONTENT.question(question_id).symptom
    assert outcome.referrals == (
        f"Please stop here. What you describe ({symptom}) needs urgent "
        "medical care: call your local emergency number or go to emergency care now.",
    )
    assert offered_items(CONTENT, {question_id}) == ()


@pytest.mark.parametrize("question_id", ids(RedFlagTier.PARQ))
def test_a_parq_yes_allows_walk_breaks_only_with_the_prompt_wording(question_id):
    outcome = gate(CONTENT, {question_id}, ())
    assert not outcome.exercise_allowed
    assert not outcome.emergency
    (text,) = outcome.referrals
    assert text.startswith(
        f"Because you mentioned {CONTENT.question(question_id).symptom}, we have paused all"
    )
    assert "walk breaks carry on" in text
    assert "doctor or physiotherapist" in text


def test_several_emergency_answers_make_one_referral_naming_each():
    outcome = gate(CONTENT, {"em_chest_pain", "em_fainting", "parq_chest_pain"}, ())
    assert outcome.referrals[0].count("Please stop here") == 1
    assert "(chest pain and fainting)" in outcome.referrals[0]
    assert len(outcome.referrals) == 2  # then the PAR-Q+ referral


def test_a_prompt_yes_pauses_only_its_regions():
    outcome = gate(CONTENT, {"pr_arm_nerves"}, ())
    assert outcome.exercise_allowed
    assert outcome.paused_regions == {Region.NECK, Region.SHOULDERS}
    (text,) = outcome.referrals
    assert text.startswith(
        "Because you mentioned numbness, tingling or weakness in your arms, "
        "we have paused the moves for your shoulders and neck."
    )
    assert [item.id for item in offered_items(CONTENT, {"pr_arm_nerves"})] == ["S1", "S4", "S5"]
    assert {pause.region for pause in outcome.pauses} == outcome.paused_regions
    assert all(
        pause.reason == "red flag: pr_arm_nerves" and pause.referral == text for pause in outcome.pauses
    )


def test_a_prompt_yes_without_regions_pauses_the_whole_prescription_but_not_walks():
    outcome = gate(CONTENT, {"pr_injury_surgery"}, ())
    assert outcome.exercise_allowed  # walk breaks belong to no region
    assert outcome.paused_regions == ALL_REGIONS
    assert "all stretches and strength moves" in outcome.referrals[0]
    assert offered_items(CONTENT, {"pr_injury_surgery"}) == ()


def test_pain_in_an_item_scores_it_0_and_pauses_its_region():
    taken = result(both("S1", 2, 2) + both("S2", 3, 3, pain=True) + ((ItemScore("S3", None, 2),)))
    outcome = gate(CONTENT, taken.red_flags, taken.pain_items)
    assert outcome.exercise_allowed
    assert outcome.paused_regions == {Region.SHOULDERS}
    assert outcome.referrals == (
        "Please don't push through pain. We have left out “Wall angel” and paused the moves for that "
        "area. If it happens again, a physiotherapist can help find out why.",
    )
    profile = to_profile(taken, CONTENT)
    assert profile.item_scores == {"S1": 2, "S2": 0, "S3": 2}
    assert profile.paused_regions == {Region.SHOULDERS}


def test_pregnancy_keeps_exercise_with_its_wording_and_leaves_out_lying_on_the_back():
    outcome = gate(CONTENT, {"pregnant"}, ())
    assert outcome.exercise_allowed and outcome.pregnancy
    (text,) = outcome.referrals
    assert "maternity care provider" in text
    assert [item.id for item in offered_items(CONTENT, {"pregnant"})] == ["S1", "S2", "S3", "S5"]
    assert gate(CONTENT, {"postpartum"}, ()).pregnancy


def test_referrals_come_most_urgent_first():
    outcome = gate(CONTENT, {"pregnant", "pr_cancer", "parq_heart", "em_fainting"}, {"S5"})
    kinds = [
        "emergency" if t.startswith("Please stop") else
        "pain" if t.startswith("Please don't") else
        "pregnancy" if "maternity" in t else
        "parq" if "all stretches" in t and "heart" in t else "prompt"
        for t in outcome.referrals
    ]  # fmt: skip
    assert kinds == ["emergency", "parq", "prompt", "pain", "pregnancy"]


def test_unknown_ids_are_ignored_by_the_gate():
    assert gate(CONTENT, {"nonsense"}, {"S99"}) == gate(CONTENT, (), ())


# -- the profile -----------------------------------------------------------------------------------


def test_to_profile_takes_the_lowest_side_and_maps_the_wall_angel_onto_0_to_2():
    taken = result(
        both("S1", 2, 1)
        + both("S2", 3, 3)
        + both("S4", 0, 2)
        + (ItemScore("S3", None, 2), ItemScore("S5", None, 1), ItemScore("S6", None, None)),
        lifestyles=frozenset({Lifestyle.RUNNER, Lifestyle.DESK_WORKER}),
    )
    profile = to_profile(taken, CONTENT)
    assert profile == CoachingProfile(
        item_scores={"S1": 1, "S2": 2, "S3": 2, "S4": 0, "S5": 1},  # S6 not done: absent
        lifestyles=frozenset({Lifestyle.RUNNER, Lifestyle.DESK_WORKER}),
        floor_room=True,
        exercise_allowed=True,
        paused_regions=frozenset(),
        pregnancy=False,
        screened_at=NOW,
    )


@pytest.mark.parametrize(
    ("left", "right", "expected"), [(3, 3, 2), (3, 2, 1), (2, 2, 1), (1, 3, 0), (0, 0, 0)]
)
def test_wall_angel_per_side_scores_map_3_to_2_2_to_1_and_below_to_0(left, right, expected):
    assert to_profile(result(both("S2", left, right)), CONTENT).item_scores == {"S2": expected}


def test_one_side_not_done_uses_the_side_that_was():
    assert to_profile(result(both("S4", None, 1)), CONTENT).item_scores == {"S4": 1}


def test_red_flags_reach_the_profile():
    profile = to_profile(
        result(red_flags=frozenset({"parq_medication", "pr_back_pain", "pregnant"})), CONTENT
    )
    assert not profile.exercise_allowed
    assert profile.paused_regions == {Region.BACK, Region.HIPS}
    assert profile.pregnancy
    assert profile.screened


def test_no_lifestyle_means_the_desk_worker_default():
    assert to_profile(result(lifestyles=frozenset()), CONTENT).lifestyles == {Lifestyle.DESK_WORKER}


def said_lines(lines: tuple[Said, ...]) -> list[str]:
    """A summary's lines as the user reads them."""
    return [say(line) for line in lines]


def test_the_summary_names_findings_referrals_and_focus():
    summary = summarize(
        result(both("S1", 1, 2) + both("S2", 3, 3, pain=True), frozenset({"pr_back_pain"})), CONTENT
    )
    found = said_lines(summary.found)
    assert "Front-of-hip check: some room to grow; your left leg scored lower than your right." in found
    assert "Wall angel: it hurt, so it was left out." in said_lines(summary.found)
    assert "Toe touch: left out after your answers." in said_lines(summary.found)
    assert "Stretching the front of your hips." in said_lines(summary.focus)
    assert "Paused for now: the moves for your hips, shoulders and back." in said_lines(summary.focus)
    assert len(summary.referrals) == 2


def test_the_lowest_score_is_named_kindly_as_a_limit_not_as_praise():
    summary = summarize(result((*both("S1", 0, 0), ItemScore("S5", None, 0))), CONTENT)
    assert "Front-of-hip check: clearly limited for now." in said_lines(summary.found)
    assert "Toe touch: clearly limited for now." in said_lines(summary.found)
    for line in said_lines(summary.found):
        assert "good" not in line and "start" not in line
        for word in ("bad", "poor", "damage", "diagnos", "treat"):
            assert word not in line.lower()  # wellness wording (COACHING.md section 7)


@pytest.mark.parametrize(
    ("scores", "line"),
    [
        (
            both("S1", 2, 1),
            "Front-of-hip check: some room to grow; your right leg scored lower than your left.",
        ),
        (
            both("S2", 1, 3),
            "Wall angel: clearly limited for now; your left arm scored lower than your right.",
        ),
        (both("S4", 2, 2), "Single-leg bridge: moving well."),
        (both("S2", 3, 2), "Wall angel: some room to grow; your right arm scored lower than your left."),
    ],
)
def test_left_and_right_scoring_differently_is_named(scores, line):
    assert line in said_lines(summarize(result(scores), CONTENT).found)


def test_the_summary_with_walk_breaks_only():
    summary = summarize(result(red_flags=frozenset({"em_chest_pain"})), CONTENT)
    assert summary.found == ()
    assert say(summary.focus[0]).startswith("Walk breaks only for now.")


# -- properties ------------------------------------------------------------------------------------

question_ids = st.sampled_from([q.id for q in CONTENT.red_flags]) | st.text(max_size=8)
item_ids = st.sampled_from([item.id for item in CONTENT.items]) | st.text(max_size=4)
item_scores = st.builds(
    ItemScore,
    item_ids,
    st.sampled_from([Side.LEFT, Side.RIGHT, None]),
    st.none() | st.integers(-5, 9),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(yes=st.frozensets(question_ids), scores=st.lists(item_scores, max_size=12))
def test_any_answers_never_raise_and_a_red_flag_never_leaves_its_region_unpaused(yes, scores):
    taken = result(tuple(scores), yes)
    outcome = gate(CONTENT, taken.red_flags, taken.pain_items)
    profile = to_profile(taken, CONTENT)
    summarize(taken, CONTENT)
    for question_id in yes:
        question = CONTENT.question(question_id)
        if question is None:
            continue
        if question.tier in (RedFlagTier.EMERGENCY, RedFlagTier.PARQ):
            assert not outcome.exercise_allowed and not profile.exercise_allowed
        if question.tier is RedFlagTier.PROMPT:
            assert question.paused_regions <= profile.paused_regions
        if question.tier is RedFlagTier.PREGNANCY:
            assert profile.pregnancy
    for item_id in taken.pain_items:
        item = CONTENT.item(item_id)
        if item is not None:
            assert item.regions <= profile.paused_regions
            assert profile.item_scores[item_id] == 0
    assert all(0 <= score <= 2 for score in profile.item_scores.values())
    assert len(outcome.referrals) >= bool(outcome.flags)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 5) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(data=json_values | st.dictionaries(
    st.sampled_from(["lifestyles", "floor_room", "red_flags", "items", "taken_at", "trainer", "version"]),
    json_values,
))  # fmt: skip
def test_any_trainer_document_gives_a_result_or_problems_never_an_exception(data):
    taken, problems = from_trainer_json(data, CONTENT, NOW)
    assert (taken is None) == bool(problems)
    assert all(isinstance(problem, Problem) and "\n" not in problem_words(problem) for problem in problems)


# -- trainer files ---------------------------------------------------------------------------------


def valid_document() -> dict[str, Any]:
    return {
        "taken_at": "2025-05-06T10:30:00+02:00",
        "trainer": "Sam Lee",
        "lifestyles": ["desk_worker", "dancer"],
        "floor_room": False,
        "red_flags": ["postpartum"],
        "items": {
            "S1": {"left": 2, "right": 1},
            "S2": {"left": 3, "right": None},
            "S3": {"score": 2},
            "S5": {"pain": True},
        },
    }


def test_a_valid_trainer_document_becomes_a_result():
    taken, problems = from_trainer_json(valid_document(), CONTENT, NOW)
    assert problems == ()
    assert taken == ScreenResult(
        taken_at=datetime(2025, 5, 6, 8, 30, tzinfo=UTC),
        source=ScreenSource.JSON,
        lifestyles=frozenset({Lifestyle.DESK_WORKER, Lifestyle.DANCER}),
        floor_room=False,
        red_flags=frozenset({"postpartum"}),
        scores=(
            *both("S1", 2, 1),
            *both("S2", 3, None),
            ItemScore("S3", None, 2),
            ItemScore("S5", None, 0, True),
        ),
        note="trainer: Sam Lee",
    )


def test_the_shipped_example_file_is_valid():
    import json

    taken, problems = from_trainer_json(
        json.loads(resource_text("screen/example-trainer-screen.json")), CONTENT, NOW
    )
    assert problems == ()
    assert taken is not None and taken.note == "trainer: Sam Lee"


def test_without_taken_at_the_time_of_recording_is_used():
    document = valid_document()
    del document["taken_at"]
    taken, _ = from_trainer_json(document, CONTENT, NOW)
    assert taken is not None and taken.taken_at == NOW


def problems_for(**changes: Any) -> list[str]:
    document = valid_document()
    for key, value in changes.items():
        if value is ...:
            del document[key]
        else:
            document[key] = value
    taken, problems = from_trainer_json(document, CONTENT, NOW)
    assert taken is None
    return [finding_words(problem) for problem in problems]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"items": {"S9": {"score": 1}}},
            "field 'items.S9': \"S9\" is not a known movement check (one of S1, S2, S3, S4, S5, S6)",
        ),
        (
            {"items": {"S1": {"left": 3, "right": 1}}},
            "field 'items.S1.left': 3 is not a whole number from 0 to 2",
        ),
        (
            {"items": {"S2": {"left": 4, "right": 1}}},
            "field 'items.S2.left': 4 is not a whole number from 0 to 3",
        ),
        ({"items": {"S3": {"score": -1}}}, "field 'items.S3.score': -1 is not a whole number from 0 to 2"),
        (
            {"items": {"S4": {"left": 1}}},
            "field 'items.S4.right': missing; give 0 to 2, or null if it was not done",
        ),
        ({"items": {"S3": {}}}, "field 'items.S3.score': missing; give 0 to 2, or null if it was not done"),
        (
            {"items": {"S3": {"left": 1}}},
            "field 'items.S3.left': Wall head check is scored once: give \"score\"",
        ),
        (
            {"items": {"S3": {"score": 1.5}}},
            "field 'items.S3.score': 1.5 is a decimal number, not a whole number",
        ),
        (
            {"items": {"S3": {"score": True}}},
            "field 'items.S3.score': true is true/false, not a whole number",
        ),
        (
            {"red_flags": ["heart"]},
            "field 'red_flags': item 1: \"heart\" is not a known red-flag question id",
        ),
        ({"red_flags": "none"}, "field 'red_flags': \"none\" is text, not a list of ids"),
        (
            {"lifestyles": ["desk_worker", "yogi"]},
            "field 'lifestyles': item 2: \"yogi\" is not a known lifestyle",
        ),
        ({"lifestyles": []}, "field 'lifestyles': [] is not a list of 1 or more lifestyles"),
        ({"floor_room": "yes"}, "field 'floor_room': \"yes\" is text, not true or false"),
        ({"floor_room": ...}, "field 'floor_room': missing (needs true or false)"),
        ({"items": ...}, "field 'items': missing (needs a table of scores by item id"),
        ({"taken_at": "2025-05-06T10:30:00"}, "field 'taken_at': \"2025-05-06T10:30:00\" has no UTC offset"),
        ({"taken_at": "yesterday"}, "field 'taken_at': \"yesterday\" is not a date and time"),
        (
            {"taken_at": "2031-01-01T00:00:00+00:00"},
            "field 'taken_at': \"2031-01-01T00:00:00+00:00\" is in the future",
        ),
        ({"version": 2}, "field 'version': 2 is not a version this Desk Coach reads (1)"),
        ({"itmes": {}}, "field 'itmes': not a field Desk Coach knows"),
    ],
)
def test_trainer_problems_are_one_plain_line_naming_the_field(changes, expected):
    problems = problems_for(**changes)
    assert any(line.startswith(expected) for line in problems), problems


def test_every_problem_is_reported_not_just_the_first():
    problems = problems_for(lifestyles=["yogi"], red_flags=["x"], items={"S1": {"left": 9, "right": 9}})
    assert len(problems) == 4


def test_a_document_that_is_not_an_object():
    taken, problems = from_trainer_json([1, 2], CONTENT, NOW)
    assert taken is None
    assert [problem_words(problem) for problem in problems] == [
        "trainer file: [1, 2] is a list, not one JSON object ({...})."
    ]
