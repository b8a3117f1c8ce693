"""A user's settings checked against the schema, and the defaults of someone who changed nothing.

Validation is forgiving by design: a bad value costs the user that one key (it falls back to
its default and is reported in a plain sentence), never the rest of their settings.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk_coach.domain.settings.display import kind_of, show
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.model import GROUP_TYPES, Settings
from desk_coach.domain.settings.readers import PARSERS, Invalid
from desk_coach.domain.settings.schema import SettingsSchema


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
            f"{group_name} = {show(body)} should be a table of settings ([{group_name}]), "
            f"not {kind_of(body)}; using the defaults for all {group_name} settings."
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
            values[dotted] = PARSERS[spec.kind](spec, raw)
        except Invalid as bad:
            default = spec.default_text()
            found.append((dotted, f"{dotted} = {show(raw)} {bad.reason}; using the default {default}."))
        else:
            given.add(dotted)
    return found


def _raise_to_floor(spec: KeySpec, values: dict[str, Any]) -> str:
    """Lift a key that fell below the key it must be at least; return the sentence saying so."""
    assert spec.at_least is not None, "called only for a key with a lower-bound key"
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
    return f"{name} = {show(value)} is not a Desk Coach setting, so it is ignored{hint}."


def _build(values: Mapping[str, Any]) -> Settings:
    groups: dict[str, dict[str, Any]] = {}
    for dotted, value in values.items():
        group, _, name = dotted.partition(".")
        groups.setdefault(group, {})[name] = value
    return Settings(**{name: GROUP_TYPES[name](**groups[name]) for name in GROUP_TYPES})
