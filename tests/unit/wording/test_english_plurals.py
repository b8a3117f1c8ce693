"""English texts pick their plural form without any catalogue loaded."""

from desk_coach.wording.translate import english, translate


def test_english_plural_forms() -> None:
    assert english("%n set(s) of 12", 1) == "1 set of 12"
    assert english("%n set(s) of 12", 3) == "3 sets of 12"
    assert english("%n box(es)", 2) == "2 boxes"


def test_translate_without_a_catalogue_is_english() -> None:
    assert translate("Doses", "%n set(s) of {reps}", None, 1) == "1 set of {reps}"
