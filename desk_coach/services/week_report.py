"""The week report: the figures of one of the user's weeks, the streak and the self-checks.

One use case for the Progress window, the weekly summary and ``desk-coach stats``, so that all of
them count weeks the same way: starting on the day the settings say (``first_day_of_week``; the
locale's first day is read by the caller), days beginning where the work hours say, and bounds
taken in the user's zone now (:class:`~desk_coach.domain.week_calendar.WeekCalendar`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from desk_coach.domain.clock import Clock
from desk_coach.domain.coaching.records import ScreenRecord
from desk_coach.domain.settings import Settings
from desk_coach.domain.week_calendar import MONDAY, WeekCalendar, first_weekday
from desk_coach.domain.week_glance import BreaksDue, breaks_due
from desk_coach.domain.weekly import WeekStats
from desk_coach.services.ports import UnitOfWork, WeekFigures

_EVENT_MARGIN = timedelta(days=1)
"""Break events are read a day beyond a week's UTC bounds and kept by their own local day: an
offset never reaches a day (as ``adapters/storage/weekly_stats.py`` counts them)."""

STREAK_LOOKBACK_DAYS = 366
"""How far back the streak is counted: far more than any streak needs (one row per day)."""
STREAK_FIRST_LOOK_DAYS = 35
"""How far back the streak is looked for first; a run reaching that far is read a year back."""


@dataclass(frozen=True)
class BoutInProgress:
    """The bout the user sits in now: the user's day it counts on and its whole minutes."""

    day: date
    minutes: int


class WeekReport:
    """Weeks as the user counts them, read from the history.

    ``settings`` is read on each call, so a changed first day of the week or night shift shows
    at the next look; ``locale_first_weekday`` (0 = Monday) is asked only when the setting says
    "locale".
    """

    def __init__(
        self,
        figures: WeekFigures,
        clock: Clock,
        settings: Callable[[], Settings],
        locale_first_weekday: Callable[[], int] = lambda: MONDAY,
        unit_of_work: Callable[[], UnitOfWork] | None = None,
    ) -> None:
        self._figures = figures
        self._clock = clock
        self._settings = settings
        self._locale_first_weekday = locale_first_weekday
        self._unit_of_work = unit_of_work

    def calendar(self) -> WeekCalendar:
        """The user's weeks: their first day and the minute each day begins."""
        settings = self._settings()
        choice = settings.calendar.first_day_of_week
        locale_first = self._locale_first_weekday() if choice == "locale" else MONDAY
        return WeekCalendar(first_weekday(choice, locale_first), settings.work_hours.day_start_min)

    def today(self) -> date:
        """The user's day now (before a night shift ends, the day it began)."""
        return self._settings().work_hours.day_of(self._clock.now())

    def day_of(self) -> Callable[[datetime], date]:
        """The user's day of a moment (read on the moment's own clock; a night shift's end moves it)."""
        return self._settings().work_hours.day_of

    def week_of(self, day: date) -> WeekStats:
        """The figures of the user's week holding ``day``."""
        calendar = self.calendar()
        return self._week(calendar, calendar.days_of(day))

    def this_week(self) -> WeekStats:
        return self.week_of(self.today())

    def live_week_of(self, day: date, sitting_s: float) -> WeekStats:
        """The week holding ``day`` as :meth:`week_of` reads it, with the bout in progress
        (``sitting_s`` seconds so far, as the coach's status says) counted as it will be stored.

        The history holds a bout only once it ended, so without this the Progress window's today
        lags the tray's "Sitting 11 min". See :meth:`bout_in_progress` for where and how much it
        counts; a week without that day is read as stored."""
        calendar = self.calendar()
        week = self._week(calendar, calendar.days_of(day))
        bout = self.bout_in_progress(sitting_s)
        return week if bout is None else with_bout_in_progress(week, bout.day, bout.minutes)

    def live_this_week(self, sitting_s: float) -> WeekStats:
        """This week with the bout in progress: what the weekly summary says while the user sits."""
        return self.live_week_of(self.today(), sitting_s)

    def bout_in_progress(self, sitting_s: float) -> BoutInProgress | None:
        """The bout in progress (``sitting_s`` seconds so far) as the week counts it: on the
        user's day it began, as a bout counts once stored, so the figures do not jump when it
        ends (a bout begun at 23:30 stays on that day after midnight, unless a night shift's day
        holds both); in whole minutes as the tray's "Sitting 11 min" rounds them. None while
        that is 0 (a few seconds)."""
        minutes = round(sitting_s / 60)
        if minutes <= 0:
            return None
        now = self._clock.now()
        began = now - timedelta(seconds=sitting_s)
        if now.tzinfo is not None:  # on the clock of the moment it began (summer time may differ)
            began = (now.astimezone(UTC) - timedelta(seconds=sitting_s)).astimezone(now.tzinfo)
        return BoutInProgress(self._settings().work_hours.day_of(began), minutes)

    def week_numbered(self, iso_week: str) -> WeekStats:
        """The figures of the user's week numbered ``iso_week`` (``2026-W48``); ValueError if bad."""
        calendar = self.calendar()
        return self._week(calendar, calendar.week_numbered(iso_week))

    def break_days(self, today: date) -> list[date]:
        """The user's days, oldest first, up to ``today`` with a break taken or natural, as far
        back as a run of them ending today can reach: the last five weeks, or a year when a run
        reaches the first of them (the streak is what they count; reading a year at each look
        took 2 ms of a week's switch over years of history)."""
        calendar = self.calendar()
        days: list[date] = []
        for lookback in (STREAK_FIRST_LOOK_DAYS, STREAK_LOOKBACK_DAYS):
            first = today - timedelta(days=lookback)
            since, until = calendar.span_utc((first, today), self._zone())
            days = self._figures.days_with_breaks(since, until, calendar.day_start_min)
            if first not in days:  # no run goes on past the first day read
                break
        return days

    def screens(self, first: date, last: date) -> list[ScreenRecord]:
        """The self-checks taken on the user's days ``first`` to ``last``."""
        if self._unit_of_work is None:
            return []
        since, until = self.calendar().span_utc((first, last), self._zone())
        with self._unit_of_work() as uow:
            return uow.coaching.screens_between(since, until)

    def breaks_due(self, days: tuple[date, ...], unit_of_work: Callable[[], UnitOfWork]) -> BreaksDue:
        """The breaks that came due on ``days`` (one of the user's weeks), each counted once by its
        last answer (``domain/week_glance.breaks_due``): the one count of breaks due, read alike
        for the Progress window's breaks tile and the report's adherence."""
        day_of = self.day_of()
        since, until = self.calendar().span_utc(days, self._zone())
        with unit_of_work() as uow:
            events = [
                event
                for event in uow.history.break_events_between(since - _EVENT_MARGIN, until + _EVENT_MARGIN)
                if day_of(event.at) in days
            ]
        return breaks_due(events, day_of)

    def _week(self, calendar: WeekCalendar, days: tuple[date, ...]) -> WeekStats:
        since, until = calendar.span_utc(days, self._zone())
        return self._figures.week(days, since, until, calendar.day_start_min)

    def _zone(self) -> tzinfo | None:
        return self._clock.now().tzinfo


def with_bout_in_progress(week: WeekStats, today: date, minutes: float) -> WeekStats:
    """``week`` with ``minutes`` of sitting not yet stored added to the day ``today`` (the day the
    bout began), and as its longest bout when it is longer; a week without it comes back as it is."""
    if minutes <= 0 or today not in (day.day for day in week.days):
        return week
    days = tuple(
        replace(day, sitting_minutes=day.sitting_minutes + minutes,
                longest_bout_minutes=max(day.longest_bout_minutes, minutes))
        if day.day == today else day
        for day in week.days
    )
    return replace(week, days=days)

