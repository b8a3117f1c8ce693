"""The pseudo-language keeps what a sentence needs and marks the rest."""

from desk_coach.wording.pseudo import pseudo_text


def test_letters_change_and_placeholders_stay() -> None:
    text = pseudo_text("Hold {exercise} for %n s", 30)
    assert text.startswith("[") and text.endswith("]")
    assert "{exercise}" in text and "30" in text
    assert "Hold" not in text


def test_right_to_left_is_marked() -> None:
    assert pseudo_text("Rest", rtl=True)[:2] == "\u200f\u202b"
