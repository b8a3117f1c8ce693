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

from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import Said, Term, said
from desk_coach.resources import resource


def read_toml(
    load: Callable[[], bytes], source: str, outcome: Said | None, *, noun: str = "TOML file"
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


def why_unreadable(error: OSError | UnicodeDecodeError, noun: str) -> Said:
    """Why Desk Coach could not get at a file's text; ``noun`` names the file expected (a
    term of kind "noun": "settings file", "JSON file")."""
    if isinstance(error, UnicodeDecodeError):
        return said(FileCode.NOT_UTF8_UNREADABLE, why=not_utf8(error.object, error.start))
    if isinstance(error, IsADirectoryError):
        return said(FileCode.A_FOLDER, noun=Term("noun", noun))
    if isinstance(error, PermissionError):
        return said(FileCode.PERMISSION_DENIED)
    return said(FileCode.UNREADABLE, error=str(error.strerror or error))


def not_utf8(raw: bytes, start: int) -> Said:
    """Where the first byte that is not UTF-8 text stands."""
    return said(FileCode.NOT_UTF8, line=raw[:start].count(b"\n") + 1)


_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")


def why_not_toml(error: tomllib.TOMLDecodeError, text: str) -> Said:
    """Name line and column; Python 3.11 puts them only inside the parser's message."""
    message = str(error)
    place = _TOML_PLACE.search(message)
    if place:
        where = said(FileCode.TOML_PLACE, line=int(place[1]), column=int(place[2]))
    else:  # "at end of document": point at the last line
        lines = text.split("\n")
        where = said(FileCode.TOML_END, line=len(lines), column=len(lines[-1]) + 1)
    detail = _TOML_END.sub("", _TOML_PLACE.sub("", message))
    return said(FileCode.NOT_TOML, where=where, detail=detail)
