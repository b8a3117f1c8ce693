"""A user's settings checked against the schema, and the defaults of someone who changed nothing.

Validation is forgiving by design: a bad value costs the user that one key (it falls back to
its default and is reported as one :class:`Problem`), never the rest of their settings.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Problem, Report, Unusable, not_allowed
from desk_coach.domain.said import Said, said
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.model import GROUP_TYPES, Settings
from desk_coach.domain.settings.readers import READERS
from desk_coach.domain.settings.schema import SettingsSchema


def defaults(schema: SettingsSchema) -> Settings:
    """The settings of someone who has changed nothing."""
    return _build({spec.dotted: spec.default for spec in schema.specs()})


def validate(
    schema: SettingsSchema, user_data: Mapping[str, Any], source: str
) -> tuple[Settings, list[Problem]]:
    """Settings from a user's parsed file: good keys kept, each bad key on its own default.

    ``source`` names where the data came from (the file) and starts every message; each
    problem's ``field`` is the dotted key (``breaks.sit_interval_min``) or the table's name.
    """
    report = Report(source)
    values = {spec.dotted: spec.default for spec in schema.specs()}
    given: set[str] = set()
    for group_name, body in user_data.items():
        _read_group(schema, group_name, body, values, given, report)
    for spec in schema.specs():
        if spec.at_least is not None and values[spec.dotted] < values[spec.at_least]:
            detail, outcome = _raise_to_floor(spec, values)
            if spec.dotted in given:  # an unset key simply follows the key it depends on
                report.add("", spec.dotted, detail, outcome)
    return _build(values), report.problems


def _read_group(
    schema: SettingsSchema,
    group_name: str,
    body: object,
    values: dict[str, Any],
    given: set[str],
    report: Report,
) -> None:
    """Take the usable values of one table into ``values``; report each that cannot be used."""
    group = schema.group(group_name)
    if group is None:
        report.add("", group_name, _unknown(schema, group_name, body), said(FileCode.IGNORED))
        return
    if not isinstance(body, Mapping):
        allowed = said(FileCode.SETTINGS_TABLE, group=group_name)
        report.add(
            "",
            group_name,
            not_allowed(body, allowed, kind=True).what,
            said(FileCode.GROUP_DEFAULTS, group=group_name),
        )
        return
    for name, raw in body.items():
        dotted = f"{group_name}.{name}"
        spec = group.key(name)
        if spec is None:
            report.add("", dotted, _unknown(schema, dotted, raw), said(FileCode.IGNORED))
            continue
        try:
            values[dotted] = READERS[spec.kind](spec)(raw)
        except Unusable as bad:
            report.add("", dotted, bad.what, said(FileCode.USING_DEFAULT, value=spec.default_text()))
        else:
            given.add(dotted)


def _raise_to_floor(spec: KeySpec, values: dict[str, Any]) -> tuple[Said, Said]:
    """Lift a key that fell below the key it must be at least; return what was wrong and the outcome."""
    assert spec.at_least is not None, "called only for a key with a lower-bound key"
    value, floor = values[spec.dotted], values[spec.at_least]
    if spec.default >= floor:
        values[spec.dotted], using = spec.default, said(FileCode.USING_DEFAULT, value=str(spec.default))
    else:
        values[spec.dotted], using = floor, said(FileCode.USING_FLOOR, value=str(floor), key=spec.at_least)
    detail = said(
        FileCode.BELOW_FLOOR,
        value=str(value),
        key=spec.at_least,
        floor=str(floor),
        unit=spec.unit,
        reason=spec.at_least_reason,
    )
    return detail, using


def _unknown(schema: SettingsSchema, name: str, value: object) -> Said:
    """Say an unknown key is not one, suggesting the nearest real one (typos, missing tables)."""
    suggestions = {group.name: group.name for group in schema.groups}
    for spec in schema.specs():
        suggestions[spec.dotted] = spec.dotted
        if "." not in name:  # a key written outside its table, e.g. a bare sit_interval_min
            suggestions.setdefault(spec.name, spec.dotted)
    close = difflib.get_close_matches(name, suggestions, n=1)
    if isinstance(value, Mapping):
        if close:
            return said(FileCode.NOT_A_GROUP_MEAN, name=suggestions[close[0]])
        return said(FileCode.NOT_A_GROUP)
    if close:
        return said(FileCode.NOT_A_SETTING_MEAN, name=suggestions[close[0]])
    return said(FileCode.NOT_A_SETTING)


def _build(values: Mapping[str, Any]) -> Settings:
    groups: dict[str, dict[str, Any]] = {}
    for dotted, value in values.items():
        group, _, name = dotted.partition(".")
        groups.setdefault(group, {})[name] = value
    return Settings(**{name: GROUP_TYPES[name](**groups[name]) for name in GROUP_TYPES})
