"""A sentence stored in the history comes back as the same code and values."""

from datetime import date

import pytest

from desk_coach.domain.coaching.exercises import HoldDose, RepsDose, TimedDose
from desk_coach.domain.said import Amount, Said, Term, from_data, recorded_text, said, to_data


def test_every_kind_of_value_survives_the_round_trip() -> None:
    sentence = said(
        "progression.too_easy",
        exercise=Term("exercise", "GL1"),
        n=3,
        share=0.5,
        dose=Amount(RepsDose(reps=12, sets=3), per_side=True),
        holds=Amount(HoldDose(hold_s=30, reps=2)),
        walk=Amount(TimedDose(minutes=3)),
        day=date(2026, 12, 5),
        why=said("pain.sharp"),
        regions=(Term("region", "hips"), Term("region", "back")),
        text="as typed",
    )
    assert from_data(to_data(sentence)) == sentence


def test_recorded_text_keeps_the_words() -> None:
    assert from_data(to_data(recorded_text("Glute bridge felt too easy."))).values == {
        "text": "Glute bridge felt too easy."
    }


@pytest.mark.parametrize(
    "data", [{}, {"code": 3}, {"code": "x", "values": [1]}, {"code": "x", "values": {"a": {}}}]
)
def test_data_it_did_not_write_is_refused(data: object) -> None:
    with pytest.raises(ValueError):
        from_data(data)  # type: ignore[arg-type]


def test_true_or_false_is_not_a_value() -> None:
    with pytest.raises(TypeError):
        to_data(Said("x", {"flag": True}))
