"""Content in the user's language: the exercise library, the self-check, the settings' help.

The content files keep English as the source. Which of their fields a user reads is declared
here once, as paths (:class:`ContentFile`); the same declaration gives the catalogue tool the
texts to put before translators (``packaging/catalogues.py``) and gives the loaders the texts
to replace when a file is read (:func:`localise`). Each text is looked up by its catalogue
(the context), its English text and its place in the file (the disambiguation, such as
``exercise[HF1].steps[2]``), so a text whose English changes reads in English until its
translation is brought up to date, and the catalogue check lists it as stale.

Path grammar, one segment per level, separated by dots:

- ``name``: the value under that key;
- ``name[id]``: an array of tables under ``name``, each named by its ``id`` field (its position
  when it has none);
- ``name[]``: an array of texts, each named by its position;
- ``*``: every key of a table.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desk_coach.wording.translate import translate

_SEGMENT = re.compile(r"(?P<key>[^.\[\]]+|\*)(?:\[(?P<by>[^\]]*)\])?")


@dataclass(frozen=True)
class ContentFile:
    """A content file's texts for translators: its catalogue name and the paths a user reads."""

    catalogue: str
    resource: str
    """Its place under ``resources/``: "exercises/library.toml"."""
    paths: tuple[str, ...]


Setter = Callable[[str], None]


def texts(raw: Any, content: ContentFile) -> Iterator[tuple[str, str, Setter]]:
    """Every text of ``raw`` the paths name: (place in the file, English text, a setter that
    replaces it in ``raw``)."""
    for path in content.paths:
        segments = [match.groupdict() for match in _SEGMENT.finditer(path)]
        yield from _walk(raw, segments, "", None)


def _walk(
    node: Any, segments: list[dict[str, str | None]], place: str, setter: Setter | None
) -> Iterator[tuple[str, str, Setter]]:
    if not segments:
        if isinstance(node, str) and node.strip() and setter is not None:
            yield place, node, setter
        return
    if not isinstance(node, dict):
        return
    head, rest = segments[0], segments[1:]
    key = str(head["key"])
    keys = list(node) if key == "*" else [key]
    for name in keys:
        if name not in node:
            continue
        here = f"{place}.{name}" if place else name
        value = node[name]
        if head["by"] is None:
            yield from _walk(value, rest, here, _set_in(node, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                label = item.get(head["by"], index) if isinstance(item, dict) and head["by"] else index
                yield from _walk(item, rest, f"{here}[{label}]", _set_in(value, index))


def _set_in(container: Any, key: Any) -> Setter:
    def put(text: str) -> None:
        container[key] = text

    return put


def localise(raw: Any, content: ContentFile) -> Any:
    """A copy of ``raw`` (parsed TOML) with each declared text in the user's language."""
    copied = copy.deepcopy(raw)
    for place, text, put in list(texts(copied, content)):
        put(translate(content.catalogue, text, place))
    return copied
