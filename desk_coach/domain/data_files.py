"""One reader for every data file Desk Coach reads: the exercise library and its rules, the
self-check content, a trainer's file, the settings schema and the user's settings.

Each file's shape is declared as data (a :class:`Field` per key: required or optional, how its
value is read, its default); the value readers here check one value each and say what is
allowed when it is not. Whatever a file holds, the reader never raises: each thing that cannot
be used becomes one :class:`Problem`, told in one format::

    library.toml: exercise C1, field 'dose.reps': -2 is not a positive whole number; C1 is left out.
    <file>        <entry>      <field>            <value and what is allowed>       <what is done>

Pure: it works on data already parsed (``tomllib``, ``json``) and never touches a file. What is
wrong and what is done are said as codes (:class:`~desk_coach.domain.said.Said`, the codes in
``data_file_codes``); ``wording/problems.py`` puts a problem into the user's words.
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

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.said import Said, Term, Value, recorded_text, said


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
    what is allowed; ``outcome`` says what Desk Coach does instead (None when the file is
    refused whole and the caller says so). ``wording.problems.problem_words`` is the sentence.
    """

    source: str
    entry: str
    field: str
    detail: Said
    outcome: Said | None = None

    def __str__(self) -> str:
        """For a log or a developer's exception only: the codes, not words (see ``problem_words``)."""
        field = f"field '{self.field}'" if self.field else ""
        where = ", ".join(part for part in (self.source, self.entry, field) if part)
        outcome = f"; {self.outcome.code} {dict(self.outcome.values)}" if self.outcome else ""
        return f"{where}: {self.detail.code} {dict(self.detail.values)}{outcome}"


def as_said(text: Said | str) -> Said:
    """A sentence as a code; text a caller still writes in English is kept as it was written."""
    return text if isinstance(text, Said) else recorded_text(text)


class Unusable(Exception):
    """A value that cannot be used; ``what`` shows the value and says what is allowed."""

    def __init__(self, what: Said | str) -> None:
        self.what = as_said(what)
        super().__init__(self.what.code)


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


VALUE_KIND = "value_kind"
"""The kind of :class:`Term` that names a sort of value ("a whole number", "text")."""

_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "true_false"),  # before int: true and false are ints to Python
    (int, "whole_number"),
    (float, "decimal_number"),
    (str, "text"),
    (list, "list"),
    (Mapping, "table"),
    ((date, time), "date_or_time"),
)


def kind_of(value: object) -> Value:
    """What sort of value ``value`` is, to be put in words: "a whole number", "text", ..."""
    if value is None:
        return Term(VALUE_KIND, "null")
    code = next((code for kind, code in _KINDS if isinstance(value, kind)), None)
    return Term(VALUE_KIND, code) if code else said(FileCode.OTHER_KIND, type=type(value).__name__)


def not_allowed(raw: object, allowed: Said | str, *, kind: bool = False) -> Unusable:
    """``5 is not a whole number from 20 to 60``; with ``kind``, what the value is as well:
    ``"30" is text, not a whole number from 20 to 60``."""
    if kind and raw is not None:  # "null is null" says nothing
        return Unusable(
            said(FileCode.KIND_NOT_ALLOWED, value=show(raw), kind=kind_of(raw), allowed=as_said(allowed))
        )
    return Unusable(said(FileCode.NOT_ALLOWED, value=show(raw), allowed=as_said(allowed)))


def is_int(value: object) -> TypeGuard[int]:
    """True for a whole number; true and false are not numbers here."""
    return isinstance(value, int) and not isinstance(value, bool)


Read = Callable[[object], Any]
"""A value reader: the value to use, or Unusable saying why not. The readers made here carry
``allowed``, what they accept, so a missing key can say what it needs."""


def allows(allowed: Said | str, read: Read) -> Read:
    """``read``, labelled with what it accepts."""
    read.allowed = as_said(allowed)  # type: ignore[attr-defined]
    return read


def allowed_by(read: Read) -> Said | None:
    """What ``read`` accepts, None when it does not say."""
    return getattr(read, "allowed", None)


# --------------------------------------------------------------------------- value readers


def whole(low: int | None = 1, high: int | None = None, unit: str = "") -> Read:
    """A whole number from ``low`` to ``high`` (either end open when None)."""
    if low == 1 and high is None:
        allowed = said(FileCode.WHOLE_POSITIVE)
    elif low is None or high is None:
        allowed = said(FileCode.WHOLE_ANY) if low is None else said(FileCode.WHOLE_AT_LEAST, low=str(low))
    else:
        allowed = said(FileCode.WHOLE_FROM_TO, low=str(low), high=str(high))
    if unit:
        allowed = said(FileCode.WITH_UNIT, allowed=allowed, unit=Term("unit", unit))

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
        raise not_allowed(raw, said(FileCode.TRUE_OR_FALSE), kind=True)
    return raw


allows(said(FileCode.TRUE_OR_FALSE), flag)


def text(*, allow_empty: bool = False) -> Read:
    """Text, stripped; empty text only when allowed."""

    def read(raw: object) -> str:
        if not isinstance(raw, str):
            raise not_allowed(raw, said(FileCode.TEXT), kind=True)
        if not raw.strip() and not allow_empty:
            raise Unusable(said(FileCode.EMPTY_TEXT, value=show(raw)))
        return raw.strip()

    return allows(said(FileCode.TEXT), read)


def matching(pattern: str, allowed: Said | str) -> Read:
    """Text that matches ``pattern`` whole, e.g. an id; ``allowed`` says what it looks like."""
    compiled = re.compile(pattern)

    def read(raw: object) -> str:
        if not isinstance(raw, str) or not compiled.fullmatch(raw):
            raise not_allowed(raw, allowed)
        return raw

    return allows(allowed, read)


def choice(values: Iterable[Any], noun: str, *, fold: bool = False) -> Read:
    """One of ``values`` (an enum's values give its members); ``fold`` ignores case and spaces.
    ``noun`` names one of them (a :class:`Term` of kind "noun")."""
    members = list(values)
    names = [member.value if isinstance(member, Enum) else member for member in members]
    allowed = said(FileCode.KNOWN_ONE_OF, noun=Term("noun", noun), names=", ".join(names))

    def read(raw: object) -> Any:
        key = raw.strip().casefold() if fold and isinstance(raw, str) else raw
        if not isinstance(key, str) or key not in names:
            raise not_allowed(raw, allowed, kind=not isinstance(raw, str))
        return members[names.index(key)]

    return allows(allowed, read)


def nullable(read: Read) -> Read:
    """``read``, or None for null (JSON's "not said")."""
    return allows(
        said(FileCode.OR_NULL, allowed=allowed_by(read) or said(FileCode.TEXT)),
        lambda raw: None if raw is None else read(raw),
    )


def list_of(
    read: Read, *, least: int = 0, most: int | None = None, unique: bool = True, noun: str = "items"
) -> Read:
    """A list whose every item ``read`` accepts, ``least`` to ``most`` long; the item at fault
    is named by its place ("item 2: ..."); ``noun`` names the items (a :class:`Term` of kind
    "noun")."""
    named = Term("noun", noun)
    if most is None and not least:
        allowed = said(FileCode.LIST_OF, noun=named)
    elif most is None:
        allowed = said(FileCode.LIST_OF_AT_LEAST, least=least, noun=named)
    elif least != most:
        allowed = said(FileCode.LIST_OF_RANGE, least=least, most=most, noun=named)
    else:
        allowed = said(FileCode.LIST_OF_EXACTLY, least=least, noun=named)

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
                raise Unusable(said(FileCode.ITEM_AT_FAULT, number=number, what=bad.what)) from None
        if unique and len(set(items)) != len(items):
            raise Unusable(said(FileCode.SAME_TWICE, value=show(raw)))
        return tuple(items)

    return allows(allowed, read_list)


def resource_path(suffixes: tuple[str, ...], example: str) -> Read:
    """A relative path inside the app's resources, ending in one of ``suffixes``."""
    allowed = said(FileCode.RESOURCE_PATH, suffixes=" or ".join(suffixes), example=example)

    def read(raw: object) -> str:
        path: str = text()(raw)
        parts = path.split("/")
        outside = path.startswith("/") or "\\" in path or any(part in ("", ".", "..") for part in parts)
        if outside or not path.endswith(suffixes):
            raise not_allowed(raw, allowed)
        return path

    return allows(allowed, read)


def referring_to(known: Collection[str], noun: str, listed: Said | str = "") -> Read:
    """An id that another part of the data defines (a question, an item); ``listed`` says where
    the ids are listed, when there are too many to name."""
    allowed = (
        said(FileCode.KNOWN_LISTED, noun=Term("noun", noun), listed=as_said(listed))
        if listed
        else said(FileCode.KNOWN_ONE_OF, noun=Term("noun", noun), names=", ".join(known))
    )

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
    detail: Said
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
                missing = said(FileCode.MISSING_NEEDS, allowed=needs) if needs else said(FileCode.MISSING)
                findings.append(Finding(prefix + name, missing))
            elif spec.default is not MISSING:
                values[name] = spec.default
            continue
        try:
            values[name] = spec.read(value)
        except Unusable as bad:
            findings.append(Finding(prefix + name, bad.what))
    for name in raw:
        if name not in shape:
            findings.append(Finding(key_path(prefix, name), said(FileCode.UNKNOWN_FIELD), unknown=True))
    return values, findings


def key_path(prefix: str, key: object) -> str:
    """``items.S1``, or ``items["a b"]`` for a key that would not read plainly after a dot."""
    if isinstance(key, str) and re.fullmatch(r"[A-Za-z0-9_/-]+", key):
        return prefix + key
    return f"{prefix.removesuffix('.')}[{show(key)}]" if prefix else show(key)


def table(raw: object, allowed: Said | str) -> Mapping[str, Any]:
    """``raw`` as a table, or Unusable saying it is not one."""
    if not isinstance(raw, Mapping):
        raise not_allowed(raw, allowed, kind=True)
    return raw


def as_is(raw: object) -> Any:
    """Any value, read later by a shape of its own (a list of tables, a comment)."""
    return raw


def table_of(allowed: Said | str) -> Read:
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


_A_TABLE = said(FileCode.A_TABLE)


def read_entries(
    raw: Iterable[Any],
    kind: str,
    shape: Mapping[str, Field],
    report: Report,
    *,
    outcome: Said | str | None = None,
    unknown: Said | str | None = None,
    allowed: Said | str = _A_TABLE,
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
            used = said(FileCode.USED_EARLIER, value=show(entry_id), noun=Term("noun", same_id))
            report.add(where, "id", used, outcome)
            usable = False
        seen.add(entry_id)
        yield Entry(where, values, usable)


class Report:
    """The problems of one file, in the order they were found."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, entry: str, field: str, detail: Said | str, outcome: Said | str | None = None) -> None:
        told = as_said(outcome) if outcome else None
        self.problems.append(Problem(self.source, entry, field, as_said(detail), told))

    def findings(
        self, entry: str, findings: Iterable[Finding], outcome: Said | str | None, unknown: Said | str | None
    ) -> None:
        """Each finding of an entry: ``outcome`` for a value lost, ``unknown`` for a key ignored."""
        for found in findings:
            self.add(entry, found.field, found.detail, unknown if found.unknown else outcome)
