"""What one settings key may hold, its default, and why: one entry of the schema."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk_coach.domain.data_files import show
from desk_coach.domain.settings.document import plain

_EN_DASH = "\u2013"  # ranges read like "20-60" with an en dash, as in the coaching reference


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
        return show(plain(self.default))

    def allowed(self) -> str:
        """The allowed values in words, for messages and file comments."""
        if self.kind == "int":
            return f"{self.minimum}{_EN_DASH}{self.maximum} ({self.unit})"
        if self.kind == "choice":
            return ", ".join(show(choice) for choice in self.choices)
        if self.kind == "bool":
            return "true or false"
        if self.kind == "time":
            return 'a time of day "HH:MM" on the 24-hour clock'
        if self.kind == "choices":
            return f"a list of any of {', '.join(show(choice) for choice in self.choices)}"
        return 'a list of "HH:MM-HH:MM" ranges, not overlapping (one may pass midnight, as "22:00-06:00")'
