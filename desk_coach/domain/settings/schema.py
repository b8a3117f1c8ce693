"""The settings schema: the shipped schema data read and checked against the model.

Defaults, ranges and choices live in the shipped ``settings/schema.toml``, not in code. A
schema that is malformed or disagrees with the model is a bug, reported as a SchemaError.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any, Literal, get_args, get_origin, get_type_hints

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import (
    MISSING,
    Field,
    Problem,
    Unusable,
    as_said,
    choice,
    list_of,
    not_allowed,
    optional,
    read_table,
    table,
    text,
    whole,
)
from desk_coach.domain.said import Said, said
from desk_coach.domain.settings.key_spec import KeySpec
from desk_coach.domain.settings.model import GROUP_TYPES
from desk_coach.domain.settings.readers import READERS
from desk_coach.domain.settings.time_ranges import TimeRange


class SchemaError(ValueError):
    """The shipped schema data is wrong or disagrees with the model: a bug, never user error.
    ``problem`` says where and what (``wording.problems.problem_words`` words it)."""

    def __init__(self, problem: Problem | str) -> None:
        super().__init__(str(problem))
        self.problem = problem if isinstance(problem, Problem) else None


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


_SOURCE = "settings schema"
_KEY: Mapping[str, Field] = {
    "type": Field(choice(READERS, "type of setting")),
    "default": Field(lambda raw: raw),  # read below by the key's own type
    "description": Field(text()),
    "basis": Field(text()),
    "unit": optional(text(), ""),
    "min": optional(whole(None), None),
    "max": optional(whole(None), None),
    "choices": optional(list_of(text(), least=1, noun="choices"), ()),
    "at_least": optional(text(), None),
    "at_least_reason": optional(text(), ""),
}
_NEEDS = {"int": ("unit", "min", "max"), "choice": ("choices",), "choices": ("choices",)}


def _refuse(entry: str, field: str, detail: Said | str) -> SchemaError:
    return SchemaError(Problem(_SOURCE, entry, field, as_said(detail)))


def _group_spec(name: str, body: object) -> GroupSpec:
    try:
        entries = table(body, said(FileCode.A_TABLE))
        about = text()(entries.get("about", MISSING))
    except Unusable as bad:
        raise _refuse(f"[{name}]", "about", bad.what) from None
    keys = tuple(_key_spec(name, key, entry) for key, entry in entries.items() if key != "about")
    return GroupSpec(name, about, keys)


def _key_spec(group: str, name: str, entry: object) -> KeySpec:
    dotted = f"{group}.{name}"
    if not isinstance(entry, Mapping):
        raise _refuse(dotted, "", not_allowed(entry, said(FileCode.A_TABLE), kind=True).what)
    values, found = read_table(entry, _KEY)
    for problem in found:
        raise _refuse(dotted, problem.field, problem.detail)
    kind = values["type"]
    for needed in _NEEDS.get(kind, ()):
        if needed not in entry:
            raise _refuse(dotted, needed, said(FileCode.MISSING_SETTING_NEEDS, kind=kind))
    spec = KeySpec(
        group=group,
        name=name,
        kind=kind,
        default=None,
        description=values["description"],
        basis=values["basis"],
        unit=values["unit"],
        minimum=values["min"],
        maximum=values["max"],
        choices=values["choices"],
        at_least=values["at_least"],
        at_least_reason=values["at_least_reason"],
    )
    if kind == "int":
        assert spec.minimum is not None and spec.maximum is not None, "_NEEDS makes an int give both"
        if spec.minimum > spec.maximum:
            raise _refuse(dotted, "min", f"{spec.minimum} is above 'max' = {spec.maximum}")
    try:
        default = READERS[kind](spec)(values["default"])
    except Unusable as bad:
        raise _refuse(dotted, "default", bad.what) from None
    return dataclasses.replace(spec, default=default)


_KIND_HINTS: dict[str, Callable[[Any], bool]] = {
    "int": lambda hint: hint is int,
    "bool": lambda hint: hint is bool,
    "time": lambda hint: hint is time,
    "time_ranges": lambda hint: hint == tuple[TimeRange, ...],
    "choice": lambda hint: get_origin(hint) is Literal,
    "choices": lambda hint: get_origin(hint) is frozenset,
}


def _check_against_model(schema: SettingsSchema) -> None:
    """The schema and the dataclasses must name the same keys with matching types."""
    in_schema = {spec.dotted: spec for spec in schema.specs()}
    hints = {
        f"{group}.{name}": hint
        for group, group_type in GROUP_TYPES.items()
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
        model_choices = set(get_args(hint)) if spec.kind == "choice" else set()
        if spec.kind == "choices":  # frozenset[SomeStrEnum]
            model_choices = {member.value for member in get_args(hint)[0]}
        if spec.kind in ("choice", "choices") and model_choices != set(spec.choices):
            raise SchemaError(
                f"settings schema: {dotted} choices {list(spec.choices)} differ from the model's "
                f"{sorted(model_choices)}"
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
            assert other.maximum is not None and spec.maximum is not None, "int keys have bounds"
            if other.maximum > spec.maximum or other.default > spec.default:
                raise SchemaError(
                    f"settings schema: {spec.dotted} cannot always be at least {other.dotted} "
                    "(check max and default)"
                )
        seen[spec.dotted] = spec
