"""Getting a data file's text, and TOML's data from it, or one plain sentence saying why not.

Every data file Desk Coach reads (the shipped library, rules and self-check content, the
settings file, a trainer's JSON file) is answered in the same words when it cannot be read at
all: a folder, no permission, bytes that are not UTF-8, TOML that does not parse (with the line
and column). What the data then holds is the domain reader's business
(:mod:`desk_coach.domain.data_files`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from typing import Any

from desk_coach.domain.data_files import Problem
from desk_coach.resources import resource


def read_toml(
    load: Callable[[], bytes], source: str, outcome: str, *, noun: str = "TOML file"
) -> tuple[dict[str, Any] | None, tuple[Problem, ...]]:
    """The parsed TOML of ``load()``, or None and one problem saying why (with ``outcome``:
    what Desk Coach does instead). A missing file is None and no problem: the caller decides."""
    try:
        text = load().decode("utf-8-sig")  # tolerate the BOM some editors add
    except FileNotFoundError:
        return None, ()
    except (OSError, UnicodeDecodeError) as error:
        return None, (Problem(source, "", "", why_unreadable(error, noun), outcome),)
    try:
        return tomllib.loads(text), ()
    except tomllib.TOMLDecodeError as error:
        return None, (Problem(source, "", "", why_not_toml(error, text), outcome),)


def shipped(relative: str) -> Callable[[], bytes]:
    """The bytes of a file shipped with Desk Coach, for :func:`read_toml`: a shipped file that
    is missing is a problem to tell, not a file the user has not written yet."""

    def load() -> bytes:
        try:
            return resource(relative).read_bytes()
        except FileNotFoundError as missing:
            raise OSError(str(missing)) from None

    return load


def why_unreadable(error: OSError | UnicodeDecodeError, noun: str) -> str:
    """One sentence for a file whose text Desk Coach could not get at."""
    if isinstance(error, UnicodeDecodeError):
        return not_utf8(error.object, error.start) + ", so the file cannot be read"
    if isinstance(error, IsADirectoryError):
        return f"this is a folder, not a {noun}"
    if isinstance(error, PermissionError):
        return "Desk Coach is not allowed to read this file (permission denied)"
    return f"the file could not be read ({error.strerror or error})"


def not_utf8(raw: bytes, start: int) -> str:
    """Where the first byte that is not UTF-8 text stands."""
    line = raw[:start].count(b"\n") + 1
    return f"line {line} holds bytes that are not UTF-8 text"


_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")


def why_not_toml(error: tomllib.TOMLDecodeError, text: str) -> str:
    """Name line and column; Python 3.11 puts them only inside the parser's message."""
    message = str(error)
    place = _TOML_PLACE.search(message)
    if place:
        where = f"line {place[1]}, column {place[2]}"
    else:  # "at end of document": point at the last line
        lines = text.split("\n")
        where = f"the end of the file, line {len(lines)}, column {len(lines[-1]) + 1}"
    detail = _TOML_END.sub("", _TOML_PLACE.sub("", message))
    return f"this is not valid TOML at {where} (the parser says: {detail})"
