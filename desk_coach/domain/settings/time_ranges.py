"""Times of day and the work-hours ranges of one day, read from ``"HH:MM"`` text."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import time

from desk_coach.domain.settings.display import show

_MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True, order=True)
class TimeRange:
    """A part of one day, from ``start_min`` up to (not including) ``end_min``.

    Minutes after midnight rather than ``datetime.time``, so a workday can end at 24:00.
    Ranges never cross midnight: a night shift is two ranges on two days.
    """

    start_min: int
    end_min: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_min < self.end_min <= _MINUTES_PER_DAY:
            raise ValueError(f"not a range within one day: {self.start_min}..{self.end_min} minutes")

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """Read ``"HH:MM-HH:MM"``; the ValueError says what is wrong in plain words."""
        match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", text.strip())
        if match is None:
            raise ValueError(f'{show(text)} is not a range like "09:00-17:30"')
        start = _clock_minutes(int(match[1]), int(match[2]))
        end = _clock_minutes(int(match[3]), int(match[4]))
        if start is None or end is None or start == _MINUTES_PER_DAY:
            raise ValueError(f"{show(text)} names a time that does not exist on a 24-hour clock")
        if end == start:
            raise ValueError(f"{show(text)} is empty: it ends when it starts")
        if end < start:
            raise ValueError(f"{show(text)} ends before it starts (a range cannot run past midnight)")
        return cls(start, end)

    def contains(self, moment: time) -> bool:
        """True if the clock time ``moment`` falls inside this range."""
        return self.start_min <= moment.hour * 60 + moment.minute < self.end_min

    def __str__(self) -> str:
        return f"{_hhmm(self.start_min)}-{_hhmm(self.end_min)}"


def _clock_minutes(hours: int, minutes: int) -> int | None:
    """Minutes after midnight for a clock reading, 00:00 to 24:00; None if there is no such time."""
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time_of_day(text: str) -> time:
    """Read ``"HH:MM"`` on the 24-hour clock (00:00 to 23:59)."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    minutes = None if match is None else _clock_minutes(int(match[1]), int(match[2]))
    if minutes is None or minutes == _MINUTES_PER_DAY:
        raise ValueError(f"{show(text)} is not a time of day")
    return time(minutes // 60, minutes % 60)


def parse_work_day(items: list[str]) -> tuple[TimeRange, ...]:
    """Read one day's list of ranges, sorted; overlapping ranges are an error."""
    ranges = sorted(TimeRange.parse(item) for item in items)
    for earlier, later in itertools.pairwise(ranges):
        if later.start_min < earlier.end_min:
            raise ValueError(f'"{earlier}" and "{later}" overlap')
    return tuple(ranges)
