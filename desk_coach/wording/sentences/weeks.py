"""Why a week's name (``2026-W48``) names no week Desk Coach counts."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.week_calendar import WeekCode
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: A week given on the command line ("desk-coach stats --week"); {text} is what was typed, quoted;
    #: 2026-W48 is how a week is written, keep its form.
    WeekCode.NOT_AN_ISO_WEEK: lambda n: translate("Weeks", "{text} is not an ISO week like 2026-W48"),
    #: {text} is the week typed, {first} and {last} are years.
    WeekCode.OUTSIDE_THE_YEARS: lambda n: translate(
        "Weeks", "{text} is outside the years Desk Coach counts in ({first}-{last})"
    ),
    #: {text} is the week typed, {year} its year (a year without that week number).
    WeekCode.NOT_A_WEEK_OF: lambda n: translate("Weeks", "{text} is not a week of {year}"),
}
