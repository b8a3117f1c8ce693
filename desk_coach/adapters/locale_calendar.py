"""The first day of the week in the system's regional settings, read without Qt.

The setting ``first_day_of_week = "locale"`` means this day for ``desk-coach stats``, which loads
no Qt. It is read from the environment the way Qt reads it on Linux (``LC_ALL``, then
``LC_TIME``, then ``LANG``) and the territory is looked up in the Unicode CLDR's week data, the
table Qt's ``QLocale`` carries (a test compares the two for every territory Qt knows), so the
command line and the tray app, which asks ``QLocale``, start weeks on the same day.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

MONDAY, FRIDAY, SATURDAY, SUNDAY = 0, 4, 5, 6


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SUNDAY_FIRST = _codes(
    "AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT "
    "MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW"
)
_SATURDAY_FIRST = _codes("AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY")
_FRIDAY_FIRST = _codes("MV")

# language[_TERRITORY][.codeset][@modifier], as in "en_US.UTF-8" or "sr_RS@latin".
_LOCALE_NAME = re.compile(r"[A-Za-z]{2,3}(?:_(?P<territory>[A-Za-z]{2}|\d{3}))?(?:[.@].*)?")


def territory_first_weekday(territory: str) -> int:
    """The first weekday (0 = Monday) in ``territory`` (ISO 3166 code), Monday where CLDR
    says nothing else."""
    code = territory.upper()
    if code in _SUNDAY_FIRST:
        return SUNDAY
    if code in _SATURDAY_FIRST:
        return SATURDAY
    if code in _FRIDAY_FIRST:
        return FRIDAY
    return MONDAY


def locale_first_weekday(environ: Mapping[str, str] | None = None) -> int:
    """The first weekday (0 = Monday) of the locale in force for dates; Monday for the C
    locale or a name without a territory."""
    env = os.environ if environ is None else environ
    name = next((env[var] for var in ("LC_ALL", "LC_TIME", "LANG") if env.get(var)), "")
    match = _LOCALE_NAME.fullmatch(name)
    if match is None or match["territory"] is None:
        return MONDAY
    return territory_first_weekday(match["territory"])
