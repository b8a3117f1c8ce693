"""The progression's sentences: one for every code, a name for every region and warning sign,
and every word of them goes through translate() (the pseudo-language shows no plain English)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk_coach.domain.coaching.exercises import Region, RepsDose
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.domain.coaching.progression_said import (
    ProgressionSaid,
    amount,
    exercise_term,
    region_term,
    symptom_term,
    times,
)
from desk_coach.domain.said import Said, said
from desk_coach.wording import qt_catalogues
from desk_coach.wording.say import known_codes, name_terms, say, term_name

NAMES = {"GL2": "Glute bridge", "UB4": "YTW raise"}


@pytest.fixture(autouse=True)
def _names() -> None:
    name_terms("exercise", lambda code: NAMES.get(code, code))


@pytest.fixture
def pseudo() -> Iterator[None]:
    qt_catalogues.use_language("en_XA")
    yield
    qt_catalogues.use_language("en")


def test_every_code_has_a_sentence() -> None:
    assert set(ProgressionSaid) <= known_codes()


def test_every_region_and_warning_sign_has_a_name() -> None:
    assert [term_name(region_term(region)) for region in Region] == [
        "hips",
        "shoulders",
        "back",
        "neck",
        "legs",
    ]
    assert [term_name(symptom_term(symptom)) for symptom in Symptom] == [
        "sharp or shooting pain",
        "numbness or tingling",
    ]


def test_a_name_mid_sentence_loses_its_capital_unless_it_is_an_abbreviation() -> None:
    dose = amount(RepsDose(10, 2), False)
    assert say(said(ProgressionSaid.NEXT_UP, exercise=exercise_term("GL2"), dose=dose)) == (
        "next up, glute bridge, 2 sets of 10"
    )
    assert say(said(ProgressionSaid.NEXT_UP, exercise=exercise_term("UB4"), dose=dose)) == (
        "next up, YTW raise, 2 sets of 10"
    )


def test_counts_read_as_words_then_figures() -> None:
    assert [say(times(n)) for n in (1, 2, 3)] == ["once", "twice", "3 times"]
    assert say(said(ProgressionSaid.FELT_COMFORTABLE, n=1)) == "felt comfortable for 1 week"
    assert say(said(ProgressionSaid.BREAKS_KEPT_UP, n=2)).endswith(
        ": 2 extra exercises on offer if you'd like more."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        said(ProgressionSaid.PAIN_IN_REGION_REPEATED, region=region_term(Region.HIPS), times=times(2), n=28),
        said(ProgressionSaid.RECHECK_OFFER, reason=said(ProgressionSaid.RECHECK_WEEKS, n=4)),
        said(
            ProgressionSaid.REFERRAL,
            noticed=said(ProgressionSaid.NOTICED_REPEATED_PAIN, region=region_term(Region.BACK)),
            region=region_term(Region.BACK),
        ),
        said(ProgressionSaid.FEWER_BREAKS_LATER, n=10),
    ],
    ids=lambda s: s.code,
)
def test_no_english_word_misses_the_catalogue(pseudo: None, sentence: Said) -> None:
    """(Exercise names come from the content, translated where it is loaded: none here.)"""
    words = say(sentence)
    plain = [
        word
        for word in words.replace("[", " ").replace("]", " ").split()
        if word.isascii() and word.isalpha()
    ]
    assert plain == [], words
