"""The user's settings: a typed, frozen model checked against a schema that is data.

Defaults, ranges and choices live in the shipped schema (``settings/schema.toml``), not
here, because many are coaching conventions that may change without a code change. This
module only interprets data it is handed; reading and writing files is the adapter's job.

Validation is forgiving by design: a bad value costs the user that one key (it falls back to
its default and is reported in a plain sentence), never the rest of their settings.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Literal, get_args, get_origin, get_type_hints

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NotificationStyle = Literal["desktop", "tray"]
FirstDayOfWeek = Literal["locale", "monday", "sunday"]

WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)

_MINUTES_PER_DAY = 24 * 60
_EN_DASH = "\u2013"  # ranges read like "20-60" with an en dash, as in the coaching reference


# --- Time of day -------------------------------------------------------------------------


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
            raise ValueError(f'{_show(text)} is not a range like "09:00-17:30"')
        start = _clock_minutes(int(match[1]), int(match[2]))
        end = _clock_minutes(int(match[3]), int(match[4]))
        if start is None or end is None or start == _MINUTES_PER_DAY:
            raise ValueError(f"{_show(text)} names a time that does not exist on a 24-hour clock")
        if end == start:
            raise ValueError(f"{_show(text)} is empty: it ends when it starts")
        if end < start:
            raise ValueError(f"{_show(text)} ends before it starts (a range cannot run past midnight)")
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
        raise ValueError(f"{_show(text)} is not a time of day")
    return time(minutes // 60, minutes % 60)


def parse_work_day(items: list[str]) -> tuple[TimeRange, ...]:
    """Read one day's list of ranges, sorted; overlapping ranges are an error."""
    ranges = sorted(TimeRange.parse(item) for item in items)
    for earlier, later in itertools.pairwise(ranges):
        if later.start_min < earlier.end_min:
            raise ValueError(f'"{earlier}" and "{later}" overlap')
    return tuple(ranges)


# --- The model ---------------------------------------------------------------------------
# Field names are the keys of the settings file; the schema must name exactly the same ones.


@dataclass(frozen=True, slots=True)
class Breaks:
    sit_interval_min: int
    micro_break_s: int
    long_break_min: int
    long_breaks_per_day: int


@dataclass(frozen=True, slots=True)
class Idle:
    natural_break_idle_s: int
    long_break_idle_s: int


@dataclass(frozen=True, slots=True)
class Goals:
    daily_active_min: int


@dataclass(frozen=True, slots=True)
class Snooze:
    length_min: int
    max_in_a_row: int


@dataclass(frozen=True, slots=True)
class TypingPause:
    pause_s: int
    max_wait_s: int


@dataclass(frozen=True, slots=True)
class WorkHours:
    """When breaks may be suggested; each weekday holds sorted, non-overlapping ranges."""

    honour: bool
    monday: tuple[TimeRange, ...]
    tuesday: tuple[TimeRange, ...]
    wednesday: tuple[TimeRange, ...]
    thursday: tuple[TimeRange, ...]
    friday: tuple[TimeRange, ...]
    saturday: tuple[TimeRange, ...]
    sunday: tuple[TimeRange, ...]

    def on(self, weekday: int) -> tuple[TimeRange, ...]:
        """The ranges for ``weekday`` as ``date.weekday()`` numbers it (Monday is 0)."""
        return getattr(self, WEEKDAYS[weekday])


@dataclass(frozen=True, slots=True)
class Quiet:
    fullscreen: bool
    camera_or_microphone: bool
    desktop_do_not_disturb: bool


@dataclass(frozen=True, slots=True)
class Notifications:
    style: NotificationStyle


@dataclass(frozen=True, slots=True)
class Sounds:
    enabled: bool
    volume: int


@dataclass(frozen=True, slots=True)
class Startup:
    autostart: bool


@dataclass(frozen=True, slots=True)
class Summary:
    day: Weekday
    time: time


@dataclass(frozen=True, slots=True)
class Calendar:
    first_day_of_week: FirstDayOfWeek


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set, one frozen group per table of the settings file."""

    breaks: Breaks
    idle: Idle
    goals: Goals
    snooze: Snooze
    typing: TypingPause
    work_hours: WorkHours
    quiet: Quiet
    notifications: Notifications
    sounds: Sounds
    startup: Startup
    summary: Summary
    calendar: Calendar


_GROUP_TYPES: dict[str, type] = get_type_hints(Settings)


# --- The schema --------------------------------------------------------------------------


class SchemaError(ValueError):
    """The shipped schema data is wrong or disagrees with the model: a bug, never user error."""


@dataclass(frozen=True, slots=True)
class KeySpec:
    """What one key may hold, its default, and why."""

    group: str
    name: str
    kind: str
    default: Any
    description: str
    basis: str
    unit: str = ""
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    at_least: str | None = None
    at_least_reason: str = ""

    @property
    def dotted(self) -> str:
        return f"{self.group}.{self.name}"

    def default_text(self) -> str:
        """The default as it would be written in the settings file."""
        return _show(_plain(self.default))

    def allowed(self) -> str:
        """The allowed values in words, for messages and file comments."""
        if self.kind == "int":
            return f"{self.minimum}{_EN_DASH}{self.maximum} ({self.unit})"
        if self.kind == "choice":
            return ", ".join(_show(choice) for choice in self.choices)
        if self.kind == "bool":
            return "true or false"
        if self.kind == "time":
            return 'a time of day "HH:MM" on the 24-hour clock'
        return 'a list of "HH:MM-HH:MM" ranges, each within one day, not overlapping'


@dataclass(frozen=True, slots=True)
class GroupSpec:
    name: str
    about: str
    keys: tuple[KeySpec, ...]

    def key(self, name: str) -> KeySpec | None:
        return next((spec for spec in self.keys if spec.name == name), None)


@dataclass(frozen=True, slots=True)
class SettingsSchema:
    """The schema data, checked: every key known, typed, and matching the model."""

    version: int
    groups: tuple[GroupSpec, ...]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> SettingsSchema:
        """Build from the parsed schema file; raises SchemaError naming the first bad key."""
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SchemaError("settings schema: 'version' must be a whole number")
        groups = tuple(_group_spec(name, body) for name, body in data.items() if name != "version")
        schema = cls(version, groups)
        _check_against_model(schema)
        _check_at_least(schema)
        return schema

    def group(self, name: str) -> GroupSpec | None:
        return next((group for group in self.groups if group.name == name), None)

    def specs(self) -> Iterator[KeySpec]:
        for group in self.groups:
            yield from group.keys

    def key(self, dotted: str) -> KeySpec:
        group_name, _, name = dotted.partition(".")
        group = self.group(group_name)
        spec = group.key(name) if group else None
        if spec is None:
            raise KeyError(dotted)
        return spec


_KEY_FIELDS = frozenset(
    (
        "type",
        "default",
        "description",
        "basis",
        "unit",
        "min",
        "max",
        "choices",
        "at_least",
        "at_least_reason",
    )
)


def _group_spec(name: str, body: object) -> GroupSpec:
    if not isinstance(body, Mapping):
        raise SchemaError(f"settings schema: [{name}] must be a table")
    about = body.get("about")
    if not isinstance(about, str) or not about:
        raise SchemaError(f"settings schema: [{name}] needs an 'about' line")
    keys = tuple(_key_spec(name, key, entry) for key, entry in body.items() if key != "about")
    return GroupSpec(name, about, keys)


def _key_spec(group: str, name: str, entry: object) -> KeySpec:
    dotted = f"{group}.{name}"
    if not isinstance(entry, Mapping):
        raise SchemaError(f"settings schema: {dotted} must be a table")
    unknown = set(entry) - _KEY_FIELDS
    if unknown:
        raise SchemaError(f"settings schema: {dotted} has unknown fields {sorted(unknown)}")
    kind = entry.get("type")
    if kind not in _PARSERS:
        raise SchemaError(f"settings schema: {dotted} has unknown type {kind!r}")
    for field in ("description", "basis") + (("unit",) if kind == "int" else ()):
        if not isinstance(entry.get(field), str) or not entry[field]:
            raise SchemaError(f"settings schema: {dotted} needs a '{field}' line")
    choices = entry.get("choices", [])
    spec = KeySpec(
        group=group,
        name=name,
        kind=kind,
        default=None,
        description=entry["description"],
        basis=entry["basis"],
        unit=entry.get("unit", ""),
        minimum=entry.get("min"),
        maximum=entry.get("max"),
        choices=tuple(choices) if isinstance(choices, list) else (),
        at_least=entry.get("at_least"),
        at_least_reason=entry.get("at_least_reason", ""),
    )
    bounds_ok = _is_int(spec.minimum) and _is_int(spec.maximum) and spec.minimum <= spec.maximum
    if kind == "int" and not bounds_ok:
        raise SchemaError(f"settings schema: {dotted} needs whole-number 'min' <= 'max'")
    if kind == "choice" and not (spec.choices and all(isinstance(c, str) for c in spec.choices)):
        raise SchemaError(f"settings schema: {dotted} needs a list of text 'choices'")
    if "default" not in entry:
        raise SchemaError(f"settings schema: {dotted} needs a 'default'")
    try:
        default = _PARSERS[kind](spec, entry["default"])
    except _Invalid as bad:
        raise SchemaError(f"settings schema: the default of {dotted} {bad.reason}") from None
    return dataclasses.replace(spec, default=default)


_KIND_HINTS: dict[str, Callable[[Any], bool]] = {
    "int": lambda hint: hint is int,
    "bool": lambda hint: hint is bool,
    "time": lambda hint: hint is time,
    "time_ranges": lambda hint: hint == tuple[TimeRange, ...],
    "choice": lambda hint: get_origin(hint) is Literal,
}


def _check_against_model(schema: SettingsSchema) -> None:
    """The schema and the dataclasses must name the same keys with matching types."""
    in_schema = {spec.dotted: spec for spec in schema.specs()}
    hints = {
        f"{group}.{name}": hint
        for group, group_type in _GROUP_TYPES.items()
        for name, hint in get_type_hints(group_type).items()
    }
    for dotted in sorted(in_schema.keys() - hints.keys()):
        raise SchemaError(f"settings schema: {dotted} is not a field of the Settings model")
    for dotted in sorted(hints.keys() - in_schema.keys()):
        raise SchemaError(f"settings schema: the Settings model field {dotted} is missing from the schema")
    for dotted, spec in in_schema.items():
        hint = hints[dotted]
        if not _KIND_HINTS[spec.kind](hint):
            raise SchemaError(f"settings schema: {dotted} is {spec.kind!r} but the model field is {hint}")
        if spec.kind == "choice" and set(get_args(hint)) != set(spec.choices):
            raise SchemaError(
                f"settings schema: {dotted} choices {list(spec.choices)} differ from the model's "
                f"{list(get_args(hint))}"
            )


def _check_at_least(schema: SettingsSchema) -> None:
    """A lower-bound key must come earlier, be an int, and leave room for its fallback."""
    seen: dict[str, KeySpec] = {}
    for spec in schema.specs():
        if spec.at_least is not None:
            other = seen.get(spec.at_least)
            if spec.kind != "int" or other is None or other.kind != "int" or not spec.at_least_reason:
                raise SchemaError(
                    f"settings schema: {spec.dotted} at_least must name an earlier int key "
                    "and give an at_least_reason"
                )
            if other.maximum > spec.maximum or other.default > spec.default:
                raise SchemaError(
                    f"settings schema: {spec.dotted} cannot always be at least {other.dotted} "
                    "(check max and default)"
                )
        seen[spec.dotted] = spec


# --- Reading one value -------------------------------------------------------------------


class _Invalid(Exception):
    """A value that cannot be used; ``reason`` finishes the sentence "key = value ..."."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _read_int(spec: KeySpec, raw: object) -> int:
    if not _is_int(raw):
        raise _Invalid(f"should be a whole number in the range {spec.allowed()}, not {_kind_of(raw)}")
    if not spec.minimum <= raw <= spec.maximum:
        raise _Invalid(f"is outside the allowed range {spec.allowed()}")
    return raw


def _read_bool(spec: KeySpec, raw: object) -> bool:
    if not isinstance(raw, bool):
        raise _Invalid(f"should be true or false, not {_kind_of(raw)}")
    return raw


def _read_choice(spec: KeySpec, raw: object) -> str:
    if not isinstance(raw, str):
        raise _Invalid(f"should be one of {spec.allowed()}, not {_kind_of(raw)}")
    value = raw.strip().casefold()
    if value not in spec.choices:
        raise _Invalid(f"is not one of the allowed choices {spec.allowed()}")
    return value


def _read_time(spec: KeySpec, raw: object) -> time:
    if isinstance(raw, time):
        if raw.tzinfo is None and not (raw.second or raw.microsecond):
            return raw
        raise _Invalid(f'should be {spec.allowed()} without seconds or a time zone, such as "16:00"')
    if not isinstance(raw, str):
        raise _Invalid(f'should be {spec.allowed()}, such as "16:00", not {_kind_of(raw)}')
    try:
        return parse_time_of_day(raw)
    except ValueError:
        raise _Invalid(f'is not {spec.allowed()}, such as "16:00"') from None


def _read_time_ranges(spec: KeySpec, raw: object) -> tuple[TimeRange, ...]:
    example = '["09:00-12:30", "13:30-17:30"]'
    if not isinstance(raw, list):
        raise _Invalid(f"should be {spec.allowed()}, such as {example}, not {_kind_of(raw)}")
    for item in raw:
        if not isinstance(item, str):
            raise _Invalid(f'holds {_show(item)}, which is not a range like "09:00-17:30"')
    try:
        return parse_work_day(raw)
    except ValueError as bad:
        raise _Invalid(f"cannot be used: {bad}; allowed is {spec.allowed()}, such as {example}") from None


_PARSERS: dict[str, Callable[[KeySpec, object], Any]] = {
    "int": _read_int,
    "bool": _read_bool,
    "choice": _read_choice,
    "time": _read_time,
    "time_ranges": _read_time_ranges,
}


# --- Validating a user's settings --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """One thing Desk Coach could not use, told as one sentence the user can act on.

    ``key`` is the dotted key (e.g. ``breaks.sit_interval_min``), or "" when the problem
    concerns the whole file.
    """

    source: str
    key: str
    message: str

    def __str__(self) -> str:
        return self.message


def defaults(schema: SettingsSchema) -> Settings:
    """The settings of someone who has changed nothing."""
    return _build({spec.dotted: spec.default for spec in schema.specs()})


def validate(
    schema: SettingsSchema, user_data: Mapping[str, Any], source: str
) -> tuple[Settings, list[SettingsProblem]]:
    """Settings from a user's parsed file: good keys kept, each bad key on its own default.

    ``source`` names where the data came from (the file) and starts every message.
    """
    values = {spec.dotted: spec.default for spec in schema.specs()}
    given: set[str] = set()
    found: list[tuple[str, str]] = []
    for group_name, body in user_data.items():
        found += _read_group(schema, group_name, body, values, given)
    for spec in schema.specs():
        if spec.at_least is not None and values[spec.dotted] < values[spec.at_least]:
            sentence = _raise_to_floor(spec, values)
            if spec.dotted in given:  # an unset key simply follows the key it depends on
                found.append((spec.dotted, sentence))
    problems = [SettingsProblem(source, key, f"{source}: {sentence}") for key, sentence in found]
    return _build(values), problems


def _read_group(
    schema: SettingsSchema, group_name: str, body: object, values: dict[str, Any], given: set[str]
) -> list[tuple[str, str]]:
    """Take the usable values of one table into ``values``; return (key, sentence) problems."""
    group = schema.group(group_name)
    if group is None:
        return [(group_name, _unknown(schema, group_name, body))]
    if not isinstance(body, Mapping):
        sentence = (
            f"{group_name} = {_show(body)} should be a table of settings ([{group_name}]), "
            f"not {_kind_of(body)}; using the defaults for all {group_name} settings."
        )
        return [(group_name, sentence)]
    found = []
    for name, raw in body.items():
        dotted = f"{group_name}.{name}"
        spec = group.key(name)
        if spec is None:
            found.append((dotted, _unknown(schema, dotted, raw)))
            continue
        try:
            values[dotted] = _PARSERS[spec.kind](spec, raw)
        except _Invalid as bad:
            default = spec.default_text()
            found.append((dotted, f"{dotted} = {_show(raw)} {bad.reason}; using the default {default}."))
        else:
            given.add(dotted)
    return found


def _raise_to_floor(spec: KeySpec, values: dict[str, Any]) -> str:
    """Lift a key that fell below the key it must be at least; return the sentence saying so."""
    value, floor = values[spec.dotted], values[spec.at_least]
    if spec.default >= floor:
        values[spec.dotted], using = spec.default, f"the default {spec.default}"
    else:
        values[spec.dotted], using = floor, f"{floor}, the value of {spec.at_least}"
    return (
        f"{spec.dotted} = {value} must be at least {spec.at_least} = {floor} ({spec.unit}), "
        f"because {spec.at_least_reason}; using {using}."
    )


def _unknown(schema: SettingsSchema, name: str, value: object) -> str:
    """Say an unknown key is ignored, suggesting the nearest real one (typos, missing tables)."""
    suggestions = {group.name: group.name for group in schema.groups}
    for spec in schema.specs():
        suggestions[spec.dotted] = spec.dotted
        if "." not in name:  # a key written outside its table, e.g. a bare sit_interval_min
            suggestions.setdefault(spec.name, spec.dotted)
    close = difflib.get_close_matches(name, suggestions, n=1)
    if isinstance(value, Mapping):
        hint = f" (did you mean [{suggestions[close[0]]}]?)" if close else ""
        return f"[{name}] is not a group of Desk Coach settings, so it is ignored{hint}."
    hint = f" (did you mean {suggestions[close[0]]}?)" if close else ""
    return f"{name} = {_show(value)} is not a Desk Coach setting, so it is ignored{hint}."


def _build(values: Mapping[str, Any]) -> Settings:
    groups: dict[str, dict[str, Any]] = {}
    for dotted, value in values.items():
        group, _, name = dotted.partition(".")
        groups.setdefault(group, {})[name] = value
    return Settings(**{name: _GROUP_TYPES[name](**groups[name]) for name in _GROUP_TYPES})


# --- Writing back ------------------------------------------------------------------------


def to_document(settings: Settings) -> dict[str, dict[str, Any]]:
    """The settings as plain TOML-ready data: what the settings file would hold."""
    return {
        group.name: {
            field.name: _plain(getattr(getattr(settings, group.name), field.name))
            for field in dataclasses.fields(_GROUP_TYPES[group.name])
        }
        for group in dataclasses.fields(Settings)
    }


def _plain(value: Any) -> Any:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return [str(item) for item in value]
    return value


# --- Showing values in messages ----------------------------------------------------------


def _show(value: object) -> str:
    """A value as the user would have written it in TOML, shortened if long."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        text = "[" + ", ".join(_show(item) for item in value) + "]"
    elif isinstance(value, Mapping):
        text = "{" + ", ".join(f"{key} = {_show(item)}" for key, item in value.items()) + "}"
    elif isinstance(value, time):
        text = value.isoformat()
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, date | time):
        return "a TOML date or time"
    return f"a {type(value).__name__}"
