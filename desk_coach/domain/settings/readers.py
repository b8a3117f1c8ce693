"""The reader of each kind of settings key, built from the one set of value readers.

The schema reads its own defaults with these readers, and validation reads the user's values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Read, Unusable, choice, flag, list_of, not_allowed, show, whole
from desk_coach.domain.said import said
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.time_ranges import (
    TimeRange,
    UnreadableTime,
    parse_time_of_day,
    parse_work_day,
)

_TIME = said(FileCode.TIME_OF_DAY)
_RANGES = said(FileCode.TIME_RANGES)


def _read_time(raw: object) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is None and not (raw.second or raw.microsecond):
            return raw
        raise not_allowed(raw, said(FileCode.WITHOUT_SECONDS, allowed=_TIME))
    if not isinstance(raw, str):
        raise not_allowed(raw, _TIME, kind=True)
    try:
        return parse_time_of_day(raw)
    except ValueError:
        raise not_allowed(raw, _TIME) from None


def _read_time_ranges(raw: object) -> tuple[TimeRange, ...]:
    if not isinstance(raw, list):
        raise not_allowed(raw, _RANGES, kind=True)
    for item in raw:
        if not isinstance(item, str):
            raise Unusable(said(FileCode.RANGES_HOLD, value=show(raw), item=show(item)))
    try:
        return parse_work_day(raw)
    except UnreadableTime as bad:
        why = said(FileCode.RANGES_UNUSABLE, value=show(raw), why=bad.said, allowed=_RANGES)
        raise Unusable(why) from None


def _read_choices(spec: KeySpec) -> Read:
    items = list_of(choice(spec.choices, "choice", fold=True), unique=False, noun="choices")
    return lambda raw: frozenset(items(raw))


# The reader for each schema ``type``; a kind not named here is not a kind the schema may use.
READERS: dict[str, Callable[[KeySpec], Read]] = {
    "int": lambda spec: whole(spec.minimum, spec.maximum, spec.unit),
    "bool": lambda spec: flag,
    "choice": lambda spec: choice(spec.choices, "choice", fold=True),
    "time": lambda spec: _read_time,
    "time_ranges": lambda spec: _read_time_ranges,
    "choices": _read_choices,
}
