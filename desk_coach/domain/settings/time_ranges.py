"""Times of day and the work-hours ranges of one day, read from ``"HH:MM"`` text."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import time

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import show
from desk_coach.domain.said import Said, said

MINUTES_PER_DAY = 24 * 60


class UnreadableTime(ValueError):
    """A time or a range of times that cannot be read; ``said`` says why."""

    def __init__(self, why: Said) -> None:
        super().__init__(why.code)
        self.said = why


@dataclass(frozen=True, slots=True, order=True)
class TimeRange:
    """A span of work that starts on one day, from ``start_min`` up to (not including) ``end_min``.

    Minutes after the start day's midnight rather than ``datetime.time``, so a workday can end
    at 24:00 and a range can pass midnight. An overnight range (a night shift, "22:00-06:00")
    belongs to the weekday it starts on: Monday's 22:00-06:00 runs from Monday 22:00 to
    Tuesday 06:00, and its ``end_min`` is past 24:00 (30 * 60 for 06:00 the next morning).
    """

    start_min: int
    end_min: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_min < MINUTES_PER_DAY or not self.start_min < self.end_min:
            raise ValueError(f"not a range: {self.start_min}..{self.end_min} minutes")
        if self.end_min > MINUTES_PER_DAY and self.end_min - MINUTES_PER_DAY >= self.start_min:
            raise ValueError(f"a range of a day or more: {self.start_min}..{self.end_min} minutes")

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """Read ``"HH:MM-HH:MM"``; an end before the start passes midnight ("22:00-06:00").

        The UnreadableTime (a ValueError) says what is wrong.
        """
        match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", text.strip())
        if match is None:
            raise UnreadableTime(said(FileCode.NOT_A_RANGE, value=show(text)))
        start = _clock_minutes(int(match[1]), int(match[2]))
        end = _clock_minutes(int(match[3]), int(match[4]))
        if start is None or end is None or start == MINUTES_PER_DAY:
            raise UnreadableTime(said(FileCode.NO_SUCH_TIME, value=show(text)))
        if end == start:
            raise UnreadableTime(said(FileCode.EMPTY_RANGE, value=show(text)))
        if end == 0:
            end = MINUTES_PER_DAY  # "22:00-00:00" ends at midnight: 22:00-24:00
        elif end < start:
            end += MINUTES_PER_DAY  # passes midnight: ends the next morning
        return cls(start, end)

    @property
    def overnight(self) -> bool:
        """True if the range passes midnight and ends on the next day."""
        return self.end_min > MINUTES_PER_DAY

    def contains(self, moment: time) -> bool:
        """True if the clock time ``moment`` on the start day falls inside this range."""
        return self.holds(moment.hour * 60 + moment.minute)

    def holds(self, minute: int) -> bool:
        """True if ``minute``, counted from the start day's midnight (1440 and on is the next
        day), falls inside this range."""
        return self.start_min <= minute < self.end_min

    def __str__(self) -> str:
        """The range as the settings file writes it, "22:00-06:00" (the file's notation, in any
        language)."""
        end = self.end_min - MINUTES_PER_DAY if self.overnight else self.end_min
        return f"{_clock(self.start_min)}-{_clock(end)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _clock_minutes(hours: int, minutes: int) -> int | None:
    """Minutes after midnight for a clock reading, 00:00 to 24:00; None if there is no such time."""
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def parse_time_of_day(text: str) -> time:
    """Read ``"HH:MM"`` on the 24-hour clock (00:00 to 23:59)."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    minutes = None if match is None else _clock_minutes(int(match[1]), int(match[2]))
    if minutes is None or minutes == MINUTES_PER_DAY:
        raise UnreadableTime(said(FileCode.NOT_A_TIME, value=show(text)))
    return time(minutes // 60, minutes % 60)


def parse_work_day(items: list[str]) -> tuple[TimeRange, ...]:
    """Read one day's list of ranges, sorted; overlapping ranges are an error.

    A range that passes midnight ("22:00-06:00") is the day's last: one that starts later on
    the same day would overlap it.
    """
    ranges = sorted(TimeRange.parse(item) for item in items)
    for earlier, later in itertools.pairwise(ranges):
        if later.start_min < earlier.end_min:
            raise UnreadableTime(said(FileCode.OVERLAP, earlier=str(earlier), later=str(later)))
    return tuple(ranges)


def split_work_day(text: str) -> list[str]:
    """One day's ranges as a person types them in one line: separated by commas or
    semicolons, with a hyphen, an en dash or an em dash between the two times."""
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def work_day_problem(items: list[str]) -> Said | None:
    """What is wrong with one day's ranges, the sentence Settings and the self-check show under
    the field (``wording.problems.sentence_words``); None when the day reads well."""
    try:
        parse_work_day(items)
    except UnreadableTime as bad:
        return bad.said
    return None
