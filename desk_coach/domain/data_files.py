"""One reader for every data file Desk Coach reads: the exercise library and its rules, the
self-check content, a trainer's file, the settings schema and the user's settings.

Each file's shape is declared as data (a :class:`Field` per key: required or optional, how its
value is read, its default); the value readers here check one value each and say what is
allowed when it is not. Whatever a file holds, the reader never raises: each thing that cannot
be used becomes one :class:`Problem`, told in one format::

    library.toml: exercise C1, field 'dose.reps': -2 is not a positive whole number; C1 is left out.
    <file>        <entry>      <field>            <value and what is allowed>       <what is done>

Pure: it works on data already parsed (``tomllib``, ``json``) and never touches a file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from fractions import Fraction
from typing import Any, NamedTuple, TypeGuard


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""What a table holds for a key it leaves out (``None`` is a value: JSON's null)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing in a data file that could not be used, named by file, entry and field.

    ``entry`` is the part of the file ("exercise C1", 'item 2 ("S2")', "[intro]"), "" for the
    whole file; ``field`` the dotted key, "" for the whole entry. ``detail`` shows the value and
    what is allowed; ``outcome`` says what Desk Coach does instead ("" when the file is refused
    whole and the caller says so).
    """

    source: str
    entry: str
    field: str
    detail: str
    outcome: str = ""

    @property
    def finding(self) -> str:
        """Where in the file and what is wrong, without the file's name and the outcome."""
        field = f"field '{self.field}'" if self.field else ""
        where = ", ".join(part for part in (self.entry, field) if part)
        return f"{where}: {self.detail}" if where else self.detail

    @property
    def message(self) -> str:
        """The whole sentence: file, entry, field, value, what is allowed, what is done."""
        text = f"{self.source}: {self.finding}"
        if self.outcome:
            text += f"; {self.outcome}"
        return text if text.endswith(".") else text + "."

    def __str__(self) -> str:
        return self.message


class Unusable(Exception):
    """A value that cannot be used; ``what`` shows the value and says what is allowed."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def show(value: object) -> str:
    """A value as it would be written in the file, shortened if long."""
    if value is MISSING:
        text = "nothing"
    elif value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, Fraction):
        text = f'"{value}"'
    elif isinstance(value, time | date):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(show(item) for item in value) + "]"
    elif isinstance(value, frozenset | set):
        text = show(sorted(str(item) for item in value))
    elif isinstance(value, Mapping):
        text = "{" + ", ".join(f"{key_path('', key)} = {show(item)}" for key, item in value.items()) + "}"
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "true/false"),  # before int: true and false are ints to Python
    (int, "a whole number"),
    (float, "a decimal number"),
    (str, "text"),
    (list, "a list"),
    (Mapping, "a table"),
    ((date, time), "a TOML date or time"),
)


def kind_of(value: object) -> str:
    """What sort of value ``value`` is, in words: "a whole number", "text", ..."""
    if value is None:
        return "null"
    return next((words for kind, words in _KINDS if isinstance(value, kind)), f"a {type(value).__name__}")


def not_allowed(raw: object, allowed: str, *, kind: bool = False) -> Unusable:
    """``5 is not a whole number from 20 to 60``; with ``kind``, what the value is as well:
    ``"30" is text, not a whole number from 20 to 60``."""
    if kind and raw is not None:  # "null is null" says nothing
        return Unusable(f"{show(raw)} is {kind_of(raw)}, not {allowed}")
    return Unusable(f"{show(raw)} is not {allowed}")


def is_int(value: object) -> TypeGuard[int]:
    """True for a whole number; true and false are not numbers here."""
    return isinstance(value, int) and not isinstance(value, bool)


Read = Callable[[object], Any]
"""A value reader: the value to use, or Unusable saying why not. The readers made here carry
``allowed``, the words for what they accept, so a missing key can say what it needs."""


def allows(allowed: str, read: Read) -> Read:
    """``read``, labelled with the words for what it accepts."""
    read.allowed = allowed  # type: ignore[attr-defined]
    return read


def allowed_by(read: Read) -> str:
    """The words for what ``read`` accepts, "" when it does not say."""
    return getattr(read, "allowed", "")


# --------------------------------------------------------------------------- value readers


def whole(low: int | None = 1, high: int | None = None, unit: str = "") -> Read:
    """A whole number from ``low`` to ``high`` (either end open when None)."""
    if low == 1 and high is None:
        allowed = "a positive whole number"
    elif low is None or high is None:
        allowed = "a whole number" if low is None else f"a whole number of at least {low}"
    else:
        allowed = f"a whole number from {low} to {high}"
    allowed += f" ({unit})" if unit else ""

    def read(raw: object) -> int:
        if not is_int(raw):
            raise not_allowed(raw, allowed, kind=True)
        if (low is not None and raw < low) or (high is not None and raw > high):
            raise not_allowed(raw, allowed)
        return raw

    return allows(allowed, read)


def flag(raw: object) -> bool:
    """True or false."""
    if not isinstance(raw, bool):
        raise not_allowed(raw, "true or false", kind=True)
    return raw


allows("true or false", flag)


def text(*, allow_empty: bool = False) -> Read:
    """Text, stripped; empty text only when allowed."""

    def read(raw: object) -> str:
        if not isinstance(raw, str):
            raise not_allowed(raw, "text", kind=True)
        if not raw.strip() and not allow_empty:
            raise Unusable(f"{show(raw)} is empty, not text to show")
        return raw.strip()

    return allows("text", read)


def matching(pattern: str, allowed: str) -> Read:
    """Text that matches ``pattern`` whole, e.g. an id; ``allowed`` says what it looks like."""
    compiled = re.compile(pattern)

    def read(raw: object) -> str:
        if not isinstance(raw, str) or not compiled.fullmatch(raw):
            raise not_allowed(raw, allowed)
        return raw

    return allows(allowed, read)


def choice(values: Iterable[Any], noun: str, *, fold: bool = False) -> Read:
    """One of ``values`` (an enum's values give its members); ``fold`` ignores case and spaces."""
    members = list(values)
    names = [member.value if isinstance(member, Enum) else member for member in members]
    allowed = f"a known {noun} (one of {', '.join(names)})"

    def read(raw: object) -> Any:
        key = raw.strip().casefold() if fold and isinstance(raw, str) else raw
        if not isinstance(key, str) or key not in names:
            raise not_allowed(raw, allowed, kind=not isinstance(raw, str))
        return members[names.index(key)]

    return allows(allowed, read)


def nullable(read: Read) -> Read:
    """``read``, or None for null (JSON's "not said")."""
    return allows(f"{allowed_by(read)} or null", lambda raw: None if raw is None else read(raw))


def list_of(
    read: Read, *, least: int = 0, most: int | None = None, unique: bool = True, noun: str = "items"
) -> Read:
    """A list whose every item ``read`` accepts, ``least`` to ``most`` long; the item at fault
    is named by its place ("item 2: ...")."""
    if most is None:
        count = f"{least} or more " if least else ""
    else:
        count = f"{least} to {most} " if least != most else f"{least} "
    allowed = f"a list of {count}{noun}"

    def read_list(raw: object) -> tuple[Any, ...]:
        if not isinstance(raw, list):
            raise not_allowed(raw, allowed, kind=True)
        if len(raw) < least or (most is not None and len(raw) > most):
            raise not_allowed(raw, allowed)
        items = []
        for number, item in enumerate(raw, 1):
            try:
                items.append(read(item))
            except Unusable as bad:
                raise Unusable(f"item {number}: {bad.what}") from None
        if unique and len(set(items)) != len(items):
            raise Unusable(f"{show(raw)} names the same thing twice")
        return tuple(items)

    return allows(allowed, read_list)


def resource_path(suffixes: tuple[str, ...], example: str) -> Read:
    """A relative path inside the app's resources, ending in one of ``suffixes``."""
    allowed = f'a relative resource path ending in {" or ".join(suffixes)}, such as "{example}"'

    def read(raw: object) -> str:
        path: str = text()(raw)
        parts = path.split("/")
        outside = path.startswith("/") or "\\" in path or any(part in ("", ".", "..") for part in parts)
        if outside or not path.endswith(suffixes):
            raise not_allowed(raw, allowed)
        return path

    return allows(allowed, read)


def referring_to(known: Collection[str], noun: str, listed: str = "") -> Read:
    """An id that another part of the data defines (a question, an item); ``listed`` says where
    the ids are listed, when there are too many to name."""
    allowed = f"a known {noun} ({listed or 'one of ' + ', '.join(known)})"

    def read(raw: object) -> str:
        if not isinstance(raw, str) or raw not in known:
            raise not_allowed(raw, allowed)
        return raw

    return allows(allowed, read)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Field:
    """How one key of a table is read: its reader, whether it must be there, and its default."""

    read: Read
    required: bool = True
    default: Any = MISSING


def optional(read: Read, default: Any = MISSING) -> Field:
    return Field(read, required=False, default=default)


class Finding(NamedTuple):
    """One key of a table that could not be used; ``unknown`` for a key the shape lacks."""

    field: str
    detail: str
    unknown: bool = False


def read_table(
    raw: Mapping[str, Any], shape: Mapping[str, Field], prefix: str = ""
) -> tuple[dict[str, Any], list[Finding]]:
    """The usable values of ``raw`` by ``shape`` (optional keys left out take their default),
    and one finding per key that is missing or unusable (in the shape's order), then per key it does
    not know."""
    values: dict[str, Any] = {}
    findings: list[Finding] = []
    for name, spec in shape.items():
        value = raw.get(name, MISSING)
        if value is MISSING:
            if spec.required:
                needs = allowed_by(spec.read)
                findings.append(Finding(prefix + name, f"missing (needs {needs})" if needs else "missing"))
            elif spec.default is not MISSING:
                values[name] = spec.default
            continue
        try:
            values[name] = spec.read(value)
        except Unusable as bad:
            findings.append(Finding(prefix + name, bad.what))
    for name in raw:
        if name not in shape:
            findings.append(Finding(key_path(prefix, name), "not a field Desk Coach knows", unknown=True))
    return values, findings


def key_path(prefix: str, key: object) -> str:
    """``items.S1``, or ``items["a b"]`` for a key that would not read plainly after a dot."""
    if isinstance(key, str) and re.fullmatch(r"[A-Za-z0-9_/-]+", key):
        return prefix + key
    return f"{prefix.removesuffix('.')}[{show(key)}]" if prefix else show(key)


def table(raw: object, allowed: str) -> Mapping[str, Any]:
    """``raw`` as a table, or Unusable saying it is not one."""
    if not isinstance(raw, Mapping):
        raise not_allowed(raw, allowed, kind=True)
    return raw


def as_is(raw: object) -> Any:
    """Any value, read later by a shape of its own (a list of tables, a comment)."""
    return raw


def table_of(allowed: str) -> Read:
    """A reader of a table whose keys are read afterwards, by their own shape."""
    return allows(allowed, lambda raw: table(raw, allowed))


def entry_name(kind: str, number: int, raw: object) -> str:
    """``item 2 ("S2")``: the entry's place in its list, and its id when it has a readable one."""
    entry_id = raw.get("id") if isinstance(raw, Mapping) else None
    return (
        f"{kind} {number} ({show(entry_id)})"
        if isinstance(entry_id, str) and entry_id
        else f"{kind} {number}"
    )


class Entry(NamedTuple):
    """One table of a list of tables, read: where it is, its usable values, and whether every
    field it needs was usable."""

    where: str
    values: dict[str, Any]
    usable: bool


def read_entries(
    raw: Iterable[Any],
    kind: str,
    shape: Mapping[str, Field],
    report: Report,
    *,
    outcome: str = "",
    unknown: str = "",
    allowed: str = "a table",
    same_id: str = "",
) -> Iterator[Entry]:
    """Each entry of a list of tables read by ``shape``, its problems reported; with ``same_id``
    (the noun for an entry) an id an earlier entry used is a problem too."""
    seen: set[object] = set()
    for number, entry in enumerate(raw, start=1):
        where = entry_name(kind, number, entry)
        if not isinstance(entry, Mapping):
            report.add(where, "", not_allowed(entry, allowed, kind=True).what, outcome)
            continue
        values, found = read_table(entry, shape)
        report.findings(where, found, outcome, unknown)
        usable = all(finding.unknown for finding in found)
        entry_id = values.get("id")
        if same_id and entry_id is not None and entry_id in seen:
            report.add(where, "id", f"{show(entry_id)} is used by an earlier {same_id} too", outcome)
            usable = False
        seen.add(entry_id)
        yield Entry(where, values, usable)


class Report:
    """The problems of one file, in the order they were found."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, entry: str, field: str, detail: str, outcome: str = "") -> None:
        self.problems.append(Problem(self.source, entry, field, detail, outcome))

    def findings(self, entry: str, findings: Iterable[Finding], outcome: str, unknown: str) -> None:
        """Each finding of an entry: ``outcome`` for a value lost, ``unknown`` for a key ignored."""
        for found in findings:
            self.add(entry, found.field, found.detail, unknown if found.unknown else outcome)
