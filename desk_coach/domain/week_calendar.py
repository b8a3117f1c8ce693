"""How the user's weeks are counted: which seven days, which number, and when in UTC they run.

The one place for week bounds, shared by the Progress window, the weekly summary and
``desk-coach stats``. A week starts on the user's first weekday (the ``first_day_of_week``
setting: Monday, Sunday, or the locale's, resolved by the caller), and each of its days begins at
``day_start_min`` on the local clock (midnight, or the end of a night shift).

A week is numbered by the ISO week of its middle (fourth) day, which holds most of its days: for a
Monday-first week that is its Thursday, so the number is the ISO number; a Sunday-first week from
Sunday 22 to Saturday 28 November 2026 has six days in ISO week 48 and is week 48, not 47.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desk_coach.domain.said import Said, SaidCode, said

DAYS_PER_WEEK = 7
MONDAY, SUNDAY = 0, 6
_MIDDLE = 3  # the fourth day of a week: Thursday of an ISO week
_WEEK = re.compile(r"(\d{4})-W(\d{2})")

# A week is read with a day and a week to spare on either side (its neighbours, time zones, a
# night shift's morning), which the calendar of ``datetime`` (years 1-9999) must still hold.
FIRST_COUNTED_YEAR, LAST_COUNTED_YEAR = 2, 9998

_CHOSEN_FIRST_DAY = {"monday": MONDAY, "sunday": SUNDAY}


class WeekCode(SaidCode):
    NOT_AN_ISO_WEEK = "weeks.not_an_iso_week"  # text
    OUTSIDE_THE_YEARS = "weeks.outside_the_years"  # text, first, last
    NOT_A_WEEK_OF = "weeks.not_a_week_of"  # text, year


class UnreadableWeek(ValueError):
    """A week's name that names no week Desk Coach counts; ``said`` says why."""

    def __init__(self, why: Said) -> None:
        super().__init__(why.code)
        self.said = why


def first_weekday(choice: str, locale_first_weekday: int) -> int:
    """The setting ``first_day_of_week`` as a weekday (0 = Monday): "monday", "sunday", or for
    "locale" the system locale's first day, which the caller reads."""
    return _CHOSEN_FIRST_DAY.get(choice, locale_first_weekday % DAYS_PER_WEEK)


def week_days(day: date, first_weekday: int = MONDAY) -> tuple[date, ...]:
    """The seven days of the week holding ``day``, starting on ``first_weekday`` (0 = Monday,
    the ISO week; 6 = Sunday)."""
    first = day - timedelta(days=(day.weekday() - first_weekday) % DAYS_PER_WEEK)
    return tuple(first + timedelta(days=n) for n in range(DAYS_PER_WEEK))


def iso_week_label(day: date) -> str:
    """The ISO week holding ``day``, written ``2026-W48``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_label(days: Sequence[date]) -> str:
    """The number of the week made of ``days``: the ISO week of its middle day, which holds at
    least four of its seven days whatever day the week starts on."""
    return iso_week_label(days[_MIDDLE])


def parse_iso_week(text: str) -> tuple[date, ...]:
    """The seven days (Monday first) of an ISO week written ``YYYY-Www``; UnreadableWeek (a
    ValueError) if bad."""
    match = _WEEK.fullmatch(text.strip())
    if match is None:
        raise UnreadableWeek(said(WeekCode.NOT_AN_ISO_WEEK, text=repr(text)))
    year, week = int(match[1]), int(match[2])
    if not FIRST_COUNTED_YEAR <= year <= LAST_COUNTED_YEAR:
        raise UnreadableWeek(
            said(
                WeekCode.OUTSIDE_THE_YEARS,
                text=repr(text),
                first=str(FIRST_COUNTED_YEAR),
                last=str(LAST_COUNTED_YEAR),
            )
        )
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise UnreadableWeek(said(WeekCode.NOT_A_WEEK_OF, text=repr(text), year=str(year))) from None
    return week_days(monday)


def day_starts_at(day: date, zone: tzinfo | None, day_start_min: int = 0) -> datetime:
    """The UTC moment the user's ``day`` begins in ``zone`` (the system's zone when None)."""
    hours, minutes = divmod(day_start_min, 60)
    return datetime.combine(day, time(hours, minutes), tzinfo=zone).astimezone(UTC)


def day_span_utc(
    days: Sequence[date], zone: tzinfo | None, day_start_min: int = 0
) -> tuple[datetime, datetime]:
    """The UTC moments the first of ``days`` begins and the day after the last begins, in
    ``zone`` (the system's local zone when None), each day beginning at ``day_start_min``."""
    return day_starts_at(days[0], zone, day_start_min), day_starts_at(
        days[-1] + timedelta(days=1), zone, day_start_min
    )


@dataclass(frozen=True)
class WeekCalendar:
    """The user's way of counting weeks: the first weekday and the minute each day begins."""

    first_weekday: int = MONDAY
    day_start_min: int = 0

    def days_of(self, day: date) -> tuple[date, ...]:
        """The seven days of the user's week holding ``day``."""
        return week_days(day, self.first_weekday)

    def week_start(self, day: date) -> date:
        return self.days_of(day)[0]

    def week_numbered(self, iso_week: str) -> tuple[date, ...]:
        """The days of the user's week numbered ``iso_week`` (``2026-W48``): the week holding
        that ISO week's Thursday, so that :func:`week_label` names it ``iso_week`` again."""
        return self.days_of(parse_iso_week(iso_week)[_MIDDLE])

    def span_utc(self, days: Sequence[date], zone: tzinfo | None) -> tuple[datetime, datetime]:
        """When ``days`` begin and end in UTC, the user's days beginning at ``day_start_min``."""
        return day_span_utc(days, zone, self.day_start_min)
