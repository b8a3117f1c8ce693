"""Settings written back as plain data: what the settings file would hold."""

from __future__ import annotations

import dataclasses
from datetime import time
from enum import Enum
from typing import Any

from desk_coach.domain.settings.model import GROUP_TYPES, Settings


def to_document(settings: Settings) -> dict[str, dict[str, Any]]:
    """The settings as plain TOML-ready data: what the settings file would hold."""
    return {
        group.name: {
            field.name: plain(getattr(getattr(settings, group.name), field.name))
            for field in dataclasses.fields(GROUP_TYPES[group.name])
        }
        for group in dataclasses.fields(Settings)
    }


def plain(value: Any) -> Any:
    """One model value as TOML-ready data: ``"HH:MM"`` text for a time, a list of text for ranges,
    a list of text for a set of choices, in the order the choices are defined."""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return [str(item) for item in value]
    if isinstance(value, frozenset):
        return [str(item) for item in sorted(value, key=_in_definition_order)]
    return value


def _in_definition_order(item: Any) -> tuple[int, str]:
    """Enum members in the order their enum defines them (the schema lists choices so), else by text."""
    if isinstance(item, Enum):
        return list(type(item)).index(item), ""
    return 0, str(item)
