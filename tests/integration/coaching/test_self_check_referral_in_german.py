"""A referral of the self-check reads wholly in the user's language: the content's sentence, and
the body regions and the list it names in it (which come from the wording layer, not the file)."""

from __future__ import annotations

import pytest

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.screening import gate
from desk_coach.ui.language import apply_language


@pytest.fixture
def german():
    apply_language("de")
    yield
    apply_language("en")


def _prompt_question_pausing(content, *regions: str) -> str:
    return next(
        q.id for q in content.red_flags if sorted(r.value for r in q.regions) == sorted(regions)
    )


def test_the_regions_a_referral_pauses_are_named_in_german(german) -> None:
    content = load_screen_content()
    question = _prompt_question_pausing(content, "back", "hips", "legs")
    [referral] = gate(content, [question], ()).referrals
    assert "Hüften, Rücken und Beine" in referral
    assert not {"back", "hips", "legs", " and "} & set(referral.replace(",", " ").split(" "))


def test_in_english_the_same_referral_names_them_in_english() -> None:
    content = load_screen_content()
    question = _prompt_question_pausing(content, "back", "hips", "legs")
    [referral] = gate(content, [question], ()).referrals
    assert "hips, back and legs" in referral
