"""The self-check's files: the shipped content, and a trainer's JSON file.

The shipped ``screen/screen.toml`` is read through the resources locator; anything wrong
with it is logged entry by entry and raised as one :class:`ScreenContentError`, because a
safety questionnaire with a question missing must not be shown at all. A trainer's file is
read here and checked by the domain (``screen_readers.from_trainer_json``); this module only
turns "cannot read it" and "not JSON" into plain sentences that name the file, line and column.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from pathlib import Path
from typing import Any

from desk_coach.adapters.file_text import not_utf8, read_toml, shipped, why_unreadable
from desk_coach.domain.coaching.screen_readers import read_screen_content
from desk_coach.domain.coaching.screening import SCREEN_RESOURCE, ScreenContent, ScreenContentError
from desk_coach.wording.content import localise
from desk_coach.wording.content_files import SCREEN

log = logging.getLogger(__name__)


def load_screen_content(relative: str = SCREEN_RESOURCE) -> ScreenContent:
    """The self-check content shipped with Desk Coach.

    Raises ScreenContentError (after logging each problem) when the file is missing, is not
    TOML, or has any entry the domain cannot use.
    """
    data, problems = read_toml(shipped(relative), relative, "")
    if data is not None:
        # Questions, checks, summaries and referrals in the user's language.
        content, problems = read_screen_content(localise(data, SCREEN), relative)
        if content is not None:
            return content
    for problem in problems:
        log.error("self-check content: %s", problem)
    raise ScreenContentError(problems)


MAX_TRAINER_FILE_BYTES = 1024 * 1024
"""A trainer's file is a few hundred bytes; anything over 1 MiB is refused before it is read."""

MAX_TRAINER_NESTING = 16
"""The trainer format nests four levels deep; deeper files are refused before parsing."""

MAX_NUMBER_DIGITS = 100
"""Scores and versions are single digits; a longer number is refused with its place."""

_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|-?[0-9][0-9.eE+-]*')
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<![0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_NOT_REGULAR = "this is not a regular file (a pipe, a device or a socket)"


def one_line(text: str) -> str:
    """``text`` safe to print as one terminal line: line breaks, other control characters and
    lone surrogates (from a file name or a file's keys) shown as escapes."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char.isprintable() and not ("\ud800" <= char <= "\udfff") and len(char.splitlines()[0]) == 1:
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class _Refused(Exception):
    """One plain sentence (without the file name) saying why a trainer file cannot be used."""


def read_trainer_json(path: Path | str) -> tuple[Any, tuple[str, ...]]:
    """The parsed JSON of a trainer's file, or None and one sentence saying why not.

    The sentence starts with the file name and, where it can, names the line and column.
    Any file is answered, never with a traceback: a folder, a pipe or a device, a file over
    :data:`MAX_TRAINER_FILE_BYTES` (refused from its size, before it is read), text that is
    not UTF-8, nesting or numbers far beyond what the format uses, and escapes that stand
    for no character (which could not be stored).
    """
    path = Path(path)
    try:
        return _parse(_decode(_read_bytes(path))), ()
    except _Refused as refusal:
        return None, (f"{path}: {refusal}",)


def _read_bytes(path: Path) -> bytes:
    # O_NONBLOCK: opening a pipe with no writer must not wait; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _Refused("there is no such file") from None
    except OSError as error:
        raise _Refused(why_unreadable(error, "JSON file")) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _Refused("this is a folder, not a JSON file")
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(_NOT_REGULAR)
        if info.st_size > MAX_TRAINER_FILE_BYTES:
            raise _Refused(_too_big(info.st_size))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_TRAINER_FILE_BYTES:  # the file may grow while it is read
            chunk = os.read(fd, MAX_TRAINER_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_TRAINER_FILE_BYTES:
            raise _Refused(_too_big(size))
        return b"".join(chunks)
    except OSError as error:
        raise _Refused(why_unreadable(error, "JSON file")) from None
    finally:
        os.close(fd)


def _too_big(size: int) -> str:
    limit = f"{MAX_TRAINER_FILE_BYTES / 1024 / 1024:g} MiB"
    return f"the file is {size / 1024 / 1024:.1f} MiB; a trainer's file may be at most {limit}"


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")  # tolerate the BOM some editors add
    except UnicodeDecodeError as error:
        raise _Refused(not_utf8(raw, error.start)) from None


def _parse(text: str) -> Any:
    _check_shape(text)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except _Refused:
        raise
    except json.JSONDecodeError as error:
        raise _Refused(f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except (ValueError, RecursionError) as error:  # belt and braces: _check_shape catches these first
        raise _Refused(f"not valid JSON: {error}") from None
    match = _LONE_SURROGATE.search(text)
    if match is not None or not _all_text_encodable(data):
        where = "" if match is None else f"{_place(text, match.start())}: "
        escape = "" if match is None else f" {match.group()}"
        raise _Refused(f"{where}the escape{escape} stands for no character (half of a pair)")
    return data


def _check_shape(text: str) -> None:
    """Refuse nesting and numbers far beyond the format, with their place, before parsing."""
    depth = 0
    for token in _TOKENS.finditer(text):
        first = token.group()[0]
        if first in "[{":
            depth += 1
            if depth > MAX_TRAINER_NESTING:
                raise _Refused(
                    f"nested too deeply at line {_place(text, token.start(), 'line')}, column "
                    f"{_place(text, token.start(), 'column')} (a trainer's file needs at most "
                    f"{MAX_TRAINER_NESTING} levels of [ and {{)"
                )
        elif first in "]}":
            depth = max(0, depth - 1)
        elif first != '"':
            digits = sum(char.isdigit() for char in token.group())
            if digits > MAX_NUMBER_DIGITS:
                raise _Refused(
                    f"{_place(text, token.start())}: a number {digits} digits long; numbers here are short"
                )


def _place(text: str, offset: int, part: str = "") -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    if part == "line":
        return str(line)
    if part == "column":
        return str(column)
    return f"line {line}, column {column}"


def _no_constant(name: str) -> Any:
    raise _Refused(f"not valid JSON: {name} is not a JSON number")


def _all_text_encodable(data: Any) -> bool:
    """False if any key or text holds a lone surrogate (which UTF-8 and SQLite cannot hold)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return True
