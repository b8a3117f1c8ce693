# ruff: noqa: E501  (each English sentence is kept on one line where it fits, to read against the code)
"""The plan's reasons and notes are codes and values; in English they read as they always did."""

from __future__ import annotations

import pytest

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.exercises import Region, Target
from desk_coach.domain.coaching.plan_reasons import (
    PlanCode,
    checks,
    how_often,
    paused,
    target_modifier,
    target_modifier_start,
    target_term,
    tightness,
)
from desk_coach.domain.said import Term, from_data, said, to_data
from desk_coach.wording import translate
from desk_coach.wording.check_names import check_name
from desk_coach.wording.say import known_codes, say, term_name
from desk_coach.wording.sentences.plan import TERMS

load_library()  # registers the self-check's names for its checks

FRONT_OF_HIP = checks(["S1"])


def test_every_plan_code_has_a_sentence() -> None:
    assert {str(code) for code in PlanCode} <= known_codes()


@pytest.mark.parametrize("kind", ["target", "target_heading", "target_modifier", "target_modifier_start"])
def test_every_target_has_a_name_of_each_kind(kind: str) -> None:
    assert set(TERMS[kind]) == set(Target)
    assert term_name(Term(kind, "upper_back")).lower().startswith("upper")


def test_every_region_and_every_tightness_has_a_name() -> None:
    assert set(TERMS["region"]) == set(Region)
    assert set(TERMS["tightness"]) == set(Target) - {Target.WALK}


@pytest.mark.parametrize(
    ("days", "words"),
    [(7, "daily"), (1, "once a week"), (2, "twice a week"), (3, "three times a week"), (4, "4 times a week")],
)
def test_how_often_reads_as_before(days: int, words: str) -> None:
    assert say(how_often(days)) == words


# Each family of reasons, with the English the planner wrote before it said codes.
REASONS = [
    (
        said(PlanCode.UNSCREENED_STRETCH, target=target_term(Target.HIP_FLEXORS)),
        "Long hours of sitting tend to stiffen the hip flexors, so this stretch comes daily until you take "
        "the movement check.",
    ),
    (
        said(PlanCode.TIGHT_STRETCH, checks=checks(["S1", "S2"]), tightness=tightness(Target.CHEST),
             often=how_often(7)),
        "Your front-of-hip check and wall angel showed a tight chest, so this stretch comes daily.",
    ),
    (
        said(PlanCode.TIGHT_STRETCH, checks=FRONT_OF_HIP, tightness=tightness(Target.GLUTES), often=how_often(5)),
        "Your front-of-hip check showed tightness in your glutes, so this stretch comes 5 times a week.",
    ),
    (
        said(PlanCode.ROOM_FOR_STRENGTH, checks=checks(["S4"]), target=target_modifier(Target.GLUTES),
             often=how_often(3)),
        "Your single-leg bridge showed room to build strength, so glute work comes three times a week.",
    ),
    (
        said(PlanCode.SUGGESTED_MOVE, checks=checks(["S3", "S6"]), often=how_often(7)),
        "Your wall head check and neck hold suggested this move, so it comes daily.",
    ),
    (
        said(PlanCode.FLEXIBLE_STRETCH, target=target_modifier(Target.HIP_FLEXORS), often=how_often(2)),
        "You are flexible already, so a hip-flexor stretch twice a week is plenty and strength work comes first.",
    ),
    (
        said(PlanCode.FINE_STRETCH, checks=checks(["S5"]), target=target_modifier(Target.HAMSTRINGS),
             often=how_often(2)),
        "Your toe touch looked fine, so a hamstring stretch twice a week keeps it that way.",
    ),
    (
        said(PlanCode.KEEP_UP_STRETCH, target=target_modifier(Target.THORACIC), often=how_often(2)),
        "A upper-spine stretch twice a week keeps things moving.",
    ),
    (
        said(PlanCode.FLEXIBLE_STRENGTH, target=target_modifier(Target.UPPER_BACK), often=how_often(3)),
        "Flexible joints do best with strength around them, so upper-back work comes three times a week.",
    ),
    (
        said(PlanCode.KEEP_UP_STRENGTH, target=target_modifier_start(Target.GLUTES), often=how_often(2)),
        "Glute strength work twice a week keeps that strength up.",
    ),
    (said(PlanCode.QUICK_STRETCH, target=target_modifier(Target.NECK)), "A quick neck stretch to break up sitting."),
    (
        said(PlanCode.QUICK_MOVE, target=target_modifier(Target.UPPER_BACK)),
        "A quick upper-back move to break up sitting.",
    ),
    (
        said(PlanCode.CATCH_UP_STRETCH, target=target_modifier(Target.HIP_FLEXORS), minutes=1, goal=5),
        "Your hip-flexor stretching is at 1 of this week's 5 minutes, so a stretch comes in this break too.",
    ),
    (
        said(PlanCode.PROTRACTION, n=2),
        "A pushing move once a week keeps the shoulder blades moving both ways, with twice as many pulls to "
        "balance it.",
    ),
    (
        said(PlanCode.PROTRACTION, n=4),
        "A pushing move once a week keeps the shoulder blades moving both ways, with 4 times as many pulls to "
        "balance it.",
    ),
    (said(PlanCode.BALANCE_PULL, n=2), "This extra pulling move keeps this week's pulls at twice as many as the pushes."),
    (
        said(PlanCode.BUILD_UP_PULL, n=2),
        "This pulling move builds up the pulls for this week's pushing move (twice as many).",
    ),
    (
        said(PlanCode.PULL_PARTNER),
        "A pulling move goes with every chest stretch, to balance the front and back of your shoulders.",
    ),
    (said(PlanCode.MICRO_MOBILITY), "A quick mobility move to break up sitting."),
    (said(PlanCode.ROUTINE_MOBILITY), "A gentle mobility move to round off the routine."),
    (said(PlanCode.EXTRA), "An extra move on offer, since you have kept up your breaks: skip it if you'd rather not."),
    (said(PlanCode.WALK), "Getting up for a short, easy walk is a simple way to break up sitting."),
    (said(PlanCode.ON_HOLD_WALK), "A walk keeps you moving while exercises are on hold."),
]

NOTES = [
    (
        said(PlanCode.NOT_ALLOWED),
        "Exercises are on hold because of your answers to the health questions: please check with a doctor or "
        "physiotherapist first. Until then, every break is an easy walk.",
    ),
    (
        said(PlanCode.NOT_SET_UP),
        "Coaching is not set up yet: take the self-check (Set up coaching… in the tray menu, or desk-coach "
        "screen) to get stretches and strength moves. Until then, every break is an easy walk.",
    ),
    (said(PlanCode.PREGNANCY), "Pregnancy-friendly choices: nothing in this plan is done lying on your back."),
    (
        paused([Region.BACK, Region.HIPS, Region.SHOULDERS]),
        "Exercises for your hips, shoulders and back are paused until a doctor or physiotherapist has had a look.",
    ),
    (
        said(PlanCode.SHORTER, minutes=3, full=6),
        "Fewer breaks got done lately, so this routine is shorter (3 min instead of 6), at the same level. It "
        "comes back to full length once breaks are kept up again.",
    ),
    (
        said(PlanCode.EXTRA_NOTE),
        "You have kept up your breaks, so the last move is an extra on offer; skipping it is fine.",
    ),
    (
        said(PlanCode.NO_DESK_EXERCISE_FITS, n=30),
        "No desk exercise fits in 30 seconds, so this break is a short walk.",
    ),
    (said(PlanCode.NOTHING_TO_PLAN), "No exercise can be planned right now, so this routine is a walk."),
]


@pytest.mark.parametrize(("sentence", "english"), REASONS + NOTES)
def test_each_reason_and_note_reads_in_english_as_before(sentence, english: str) -> None:
    assert say(sentence) == english


@pytest.mark.parametrize(("sentence", "english"), REASONS + NOTES)
def test_each_reason_and_note_is_stored_as_its_code_and_values(sentence, english: str) -> None:
    assert say(from_data(to_data(sentence))) == english


def test_a_check_name_starts_small_inside_a_sentence_unless_the_language_keeps_its_capital() -> None:
    names = {"S1": "Front-of-hip check"}
    assert check_name(names, "S1") == "front-of-hip check"
    assert check_name(names, "S7") == "check S7"
    translate.set_backend(lambda context, source, disambiguation, n: "keep" if source == "lower" else source)
    try:
        assert check_name({"S1": "Hüftbeuger-Check"}, "S1") == "Hüftbeuger-Check"
    finally:
        translate.set_backend(None)
