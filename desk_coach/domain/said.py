"""What the coach says, as meaning: a code and its values, never a sentence.

The domain and the services tell the user things (why an exercise is in the plan, why a level
changed, why a region is paused); they say it as a :class:`Said`, a code such as
``"progression.too_easy"`` with the values the sentence needs. ``desk_coach.wording`` turns a
``Said`` into words in the user's language, at the moment it is shown. The history stores the
code and the values (:func:`to_data`), so a reason recorded in English today reads in German
tomorrow.

The values a sentence may carry:

- ``int`` and ``float``: figures, written with the locale's digits and separators;
- ``str``: text shown as it is (a file's name, something the user typed, a recorded sentence);
- :class:`Term`: a thing with a name the wording layer looks up (an exercise, a body region);
- :class:`Amount`: a dose ("3 sets of 12 each side");
- ``date``: a calendar day, in the locale's short form;
- another :class:`Said`: a clause of the sentence;
- a ``tuple`` of these: a list, joined as the language joins lists ("a, b and c").

Plurals: a sentence whose words depend on a count names it ``n`` among its values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeAlias

from desk_coach.domain.coaching.exercises import Dose, HoldDose, RepsDose, TimedDose


class SaidCode(StrEnum):
    """Base of every enum of sentence codes; the wording layer has a sentence for each member
    (``tests/unit/wording`` checks every subclass)."""


@dataclass(frozen=True)
class Term:
    """A thing named in the user's language: ``kind`` ("exercise", "region", "target",
    "symptom", "check", ...) and its code ("glute_bridge", "hips")."""

    kind: str
    code: str


@dataclass(frozen=True)
class Amount:
    """A dose as a sentence names it; ``per_side`` adds "each side"."""

    dose: Dose
    per_side: bool = False


Value: TypeAlias = "int | float | str | date | Term | Amount | Said | tuple[Value, ...]"


@dataclass(frozen=True)
class Said:
    """A sentence as a code and its values (see the module's docstring)."""

    code: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((key, repr(value)) for key, value in self.values.items()))))


def said(code: str, **values: Value) -> Said:
    """``said("progression.too_easy", exercise=Term("exercise", "B1"), n=3)``."""
    return Said(str(code), values)


RECORDED_TEXT = "recorded_text"
"""The code of a sentence kept as it was written (``text``): reasons stored before the history
kept codes, which no pattern could turn into one."""


def recorded_text(text: str) -> Said:
    return Said(RECORDED_TEXT, {"text": text})


# --------------------------------------------------------------------------- storage


def to_data(value: Said) -> dict[str, Any]:
    """A sentence as JSON-ready data, for the history: ``{"code": ..., "values": {...}}``."""
    return {"code": value.code, "values": {key: _encode(item) for key, item in value.values.items()}}


def from_data(data: Mapping[str, Any]) -> Said:
    """The sentence :func:`to_data` wrote. Raises ``ValueError`` on data it did not write."""
    if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
        raise ValueError(f"not a stored sentence: {data!r}")
    values = data.get("values", {})
    if not isinstance(values, Mapping):
        raise ValueError(f"not a stored sentence's values: {values!r}")
    return Said(data["code"], {str(key): _decode(item) for key, item in values.items()})


def _encode(value: Value) -> Any:
    if isinstance(value, bool):
        raise TypeError("a sentence carries no true/false value; give it a code of its own")
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, Said):
        return {"said": to_data(value)}
    if isinstance(value, Term):
        return {"term": [value.kind, value.code]}
    if isinstance(value, Amount):
        return {"amount": _encode_dose(value.dose), "per_side": value.per_side}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    raise TypeError(f"a sentence cannot carry {value!r}")


def _encode_dose(dose: Dose) -> dict[str, int | str]:
    if isinstance(dose, RepsDose):
        return {"kind": "reps", "sets": dose.sets, "reps": dose.reps, "rep_s": dose.rep_s}
    if isinstance(dose, HoldDose):
        return {"kind": "hold", "reps": dose.reps, "hold_s": dose.hold_s}
    return {"kind": "timed", "minutes": dose.minutes}


def _decode(raw: Any) -> Value:
    if isinstance(raw, bool):
        raise ValueError(f"a sentence carries no true/false value: {raw!r}")
    if isinstance(raw, int | float | str):
        return raw
    if isinstance(raw, list):
        return tuple(_decode(item) for item in raw)
    if isinstance(raw, Mapping):
        if "said" in raw:
            return from_data(raw["said"])
        if "term" in raw:
            kind, code = raw["term"]
            return Term(str(kind), str(code))
        if "amount" in raw:
            return Amount(_decode_dose(raw["amount"]), bool(raw.get("per_side", False)))
        if "date" in raw:
            return date.fromisoformat(raw["date"])
    raise ValueError(f"not a stored sentence's value: {raw!r}")


def _decode_dose(raw: Mapping[str, Any]) -> Dose:
    kind = raw.get("kind")
    if kind == "reps":
        return RepsDose(reps=int(raw["reps"]), sets=int(raw["sets"]), rep_s=int(raw.get("rep_s", 3)))
    if kind == "hold":
        return HoldDose(hold_s=int(raw["hold_s"]), reps=int(raw["reps"]))
    if kind == "timed":
        return TimedDose(minutes=int(raw["minutes"]))
    raise ValueError(f"not a stored dose: {raw!r}")
