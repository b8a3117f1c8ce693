"""A :class:`~desk_coach.domain.said.Said` into words in the user's language.

Each code has one sentence, in a module of ``wording/sentences/`` (one per part of the coach):
``SENTENCES`` maps a code to a function of the count ``n`` that returns the translated
sentence with ``{placeholders}`` for the values; ``TERMS`` maps a kind of term to its names.
Both are found by listing the folder, so a new part of the coach adds a module and touches
nothing here. Names that come from content (an exercise's name) are given by whoever loaded
the content, with :func:`name_terms`.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache

from desk_coach.domain.said import RECORDED_TEXT, Amount, Said, Term, Value
from desk_coach.wording import sentences
from desk_coach.wording.translate import number, translate

log = logging.getLogger(__name__)

Sentence = Callable[[int], str]
Names = Callable[[str], str]

_named: dict[str, Names] = {}


def name_terms(kind: str, names: Names) -> None:
    """Where terms of ``kind`` get their names (the exercise library, loaded in the language)."""
    _named[kind] = names


@cache
def _sentences() -> tuple[Mapping[str, Sentence], Mapping[str, Mapping[str, Callable[[], str]]]]:
    found: dict[str, Sentence] = {}
    terms: dict[str, dict[str, Callable[[], str]]] = {}
    for module_info in pkgutil.iter_modules(sentences.__path__):
        module = importlib.import_module(f"{sentences.__name__}.{module_info.name}")
        for code, sentence in getattr(module, "SENTENCES", {}).items():
            if str(code) in found:
                raise ValueError(f"two sentences for {code!r} (one in {module.__name__})")
            found[str(code)] = sentence
        for kind, names in getattr(module, "TERMS", {}).items():
            terms.setdefault(kind, {}).update({str(code): name for code, name in names.items()})
    return found, terms


def known_codes() -> frozenset[str]:
    return frozenset(_sentences()[0])


def say(said: Said) -> str:
    """The sentence in the user's language; a code without a sentence shows as the code."""
    if said.code == RECORDED_TEXT:
        return str(said.values.get("text", ""))
    sentence = _sentences()[0].get(said.code)
    if sentence is None:
        log.error("no sentence for %r", said.code)
        return said.code
    count = said.values.get("n", -1)
    template = sentence(count if isinstance(count, int) else -1)
    words = {key: _Words(value_words(value)) for key, value in said.values.items() if key != "n"}
    try:
        return template.format_map(words)
    except (KeyError, IndexError, ValueError):
        log.error("sentence %r does not fit its values: %r", said.code, template)
        return template


class _Words(str):
    """A value's words in a sentence; ``{name:lower}`` writes a name mid-sentence ("next up,
    glute bridge march": the first letter lowered unless the name is an abbreviation such as
    "YTW raise"), for languages that lower a name there (English does, German does not)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == "lower":
            return self[:1].lower() + self[1:] if self[1:2].islower() else str(self)
        return format(str(self), spec)


def value_words(value: Value) -> str:
    """One value of a sentence in words (see ``domain/said.py`` for the kinds)."""
    if isinstance(value, Said):
        return say(value)
    if isinstance(value, Term):
        return term_name(value)
    if isinstance(value, Amount):
        from desk_coach.wording.figures import dose_words

        return dose_words(value.dose, value.per_side)
    if isinstance(value, date):
        from desk_coach.wording.figures import day_words

        return day_words(value)
    if isinstance(value, tuple):
        return list_words([value_words(item) for item in value])
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return number(value, 0 if value.is_integer() else 1)
    return value


def term_name(term: Term) -> str:
    """The name of an exercise, a region, a target... in the user's language."""
    if term.kind in _named:
        return _named[term.kind](term.code)
    name = _sentences()[1].get(term.kind, {}).get(term.code)
    if name is None:
        log.error("no name for %s %r", term.kind, term.code)
        return term.code
    return name()


def list_words(items: list[str]) -> str:
    """Items as the language lists them: "a", "a and b", "a, b and c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    #: Joins the items of a list before the last one: "hips, shoulders".
    head = translate("Lists", "{first}, {next}")
    joined = items[0]
    for item in items[1:-1]:
        joined = head.format(first=joined, next=item)
    #: Joins the last item of a list: "hips, shoulders and back".
    return translate("Lists", "{first} and {last}").format(first=joined, last=items[-1])
