"""The locale's first day of the week, read without Qt, is the day Qt's QLocale gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desk_coach.adapters.locale_calendar import locale_first_weekday, territory_first_weekday


def test_every_territory_starts_its_week_on_the_day_qt_says():
    checked = 0
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        language, _, territory = locale.name().partition("_")
        if not territory or QLocale(f"{language}_{territory}").name() != locale.name():
            continue
        assert territory_first_weekday(territory) == locale.firstDayOfWeek().value - 1, locale.name()
        checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("environ", "want"),
    [
        ({"LANG": "en_US.UTF-8"}, 6),
        ({"LANG": "de_DE.UTF-8"}, 0),
        ({"LANG": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"}, 0),  # dates follow LC_TIME
        ({"LC_TIME": "en_GB.UTF-8", "LC_ALL": "ar_EG.UTF-8"}, 5),  # LC_ALL overrides it
        ({"LANG": "sr_RS@latin"}, 0),
        ({"LANG": "C.UTF-8"}, 0),
        ({"LANG": ""}, 0),
        ({}, 0),
        ({"LANG": "dv_MV"}, 4),
    ],
)
def test_the_locale_in_force_for_dates(environ, want):
    assert locale_first_weekday(environ) == want
