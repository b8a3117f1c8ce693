"""Reading one raw value from a file as the kind its KeySpec names, or saying why it cannot be used.

The schema reads its own defaults with these readers, and validation reads the user's values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any, TypeGuard

from desk_coach.domain.settings.display import kind_of, show
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.time_ranges import TimeRange, parse_time_of_day, parse_work_day


class Invalid(Exception):
    """A value that cannot be used; ``reason`` finishes the sentence "key = value ..."."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_int(value: object) -> TypeGuard[int]:
    """True for a whole number; TOML's true and false are not numbers here."""
    return isinstance(value, int) and not isinstance(value, bool)


def _read_int(spec: KeySpec, raw: object) -> int:
    if not is_int(raw):
        raise Invalid(f"should be a whole number in the range {spec.allowed()}, not {kind_of(raw)}")
    assert spec.minimum is not None and spec.maximum is not None, "the schema gives an int key bounds"
    if not spec.minimum <= raw <= spec.maximum:
        raise Invalid(f"is outside the allowed range {spec.allowed()}")
    return raw


def _read_bool(spec: KeySpec, raw: object) -> bool:
    if not isinstance(raw, bool):
        raise Invalid(f"should be true or false, not {kind_of(raw)}")
    return raw


def _read_choice(spec: KeySpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise Invalid(f"should be one of {spec.allowed()}, not {kind_of(raw)}")
    value = raw.strip().casefold()
    if value not in spec.choices:
        raise Invalid(f"is not one of the allowed choices {spec.allowed()}")
    return value


def _read_time(spec: KeySpec, raw: object) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is None and not (raw.second or raw.microsecond):
            return raw
        raise Invalid(f'should be {spec.allowed()} without seconds or a time zone, such as "16:00"')
    if not isinstance(raw, str):
        raise Invalid(f'should be {spec.allowed()}, such as "16:00", not {kind_of(raw)}')
    try:
        return parse_time_of_day(raw)
    except ValueError:
        raise Invalid(f'is not {spec.allowed()}, such as "16:00"') from None


def _read_time_ranges(spec: KeySpec, raw: object) -> tuple[TimeRange, ...]:
    example = '["09:00-12:30", "13:30-17:30"]'
    if not isinstance(raw, list):
        raise Invalid(f"should be {spec.allowed()}, such as {example}, not {kind_of(raw)}")
    for item in raw:
        if not isinstance(item, str):
            raise Invalid(f'holds {show(item)}, which is not a range like "09:00-17:30"')
    try:
        return parse_work_day(raw)
    except ValueError as bad:
        raise Invalid(f"cannot be used: {bad}; allowed is {spec.allowed()}, such as {example}") from None


def _read_choices(spec: KeySpec, raw: object) -> frozenset[str]:
    if not isinstance(raw, list):
        raise Invalid(f"should be {spec.allowed()}, not {kind_of(raw)}")
    chosen: set[str] = set()
    for item in raw:
        value = item.strip().casefold() if isinstance(item, str) else None
        if value not in spec.choices:
            raise Invalid(f"holds {show(item)}, which is not one of {', '.join(map(show, spec.choices))}")
        chosen.add(value)
    return frozenset(chosen)


# The reader for each schema ``type``; a kind not named here is not a kind the schema may use.
PARSERS: dict[str, Callable[[KeySpec, object], Any]] = {
    "int": _read_int,
    "bool": _read_bool,
    "choice": _read_choice,
    "time": _read_time,
    "time_ranges": _read_time_ranges,
    "choices": _read_choices,
}
