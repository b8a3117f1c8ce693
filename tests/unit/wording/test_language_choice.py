"""Which language Desk Coach speaks, from the setting and the environment."""

import pytest

from desk_coach.wording.language import choose_language, system_languages

HAVE = ("de", "es")


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("system", {"LANG": "de_DE.UTF-8"}, "de"),
        ("system", {"LANG": "es_MX.UTF-8"}, "es"),
        ("system", {"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),
        ("system", {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        ("system", {"LC_MESSAGES": "de_AT.UTF-8", "LANG": "es_ES.UTF-8"}, "de"),
        ("system", {}, "en"),
        ("system", {"LANG": "ja_JP.UTF-8"}, "en"),
        ("es", {"LANG": "de_DE.UTF-8"}, "es"),
        ("en", {"LANG": "de_DE.UTF-8"}, "en"),
        ("en_XA", {}, "en_XA"),
        ("ar_XB", {}, "ar_XB"),
    ],
)
def test_the_setting_wins_then_the_system(setting: str, environ: dict[str, str], expected: str) -> None:
    assert choose_language(setting, HAVE, environ) == expected


def test_system_languages_in_order() -> None:
    assert system_languages({"LANGUAGE": "de_CH:fr", "LANG": "it_IT.UTF-8"}) == ["de_CH", "fr", "it_IT"]
