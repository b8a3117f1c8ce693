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
from dataclasses import replace
from pathlib import Path
from typing import Any

from desk_coach.adapters.file_text import not_utf8, read_toml, shipped, why_unreadable
from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.screen_readers import read_screen_content
from desk_coach.domain.coaching.screening import (
    SCREEN_RESOURCE,
    ContentWords,
    ScreenContent,
    ScreenContentError,
)
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.said import Said, Term, said
from desk_coach.resources import resource
from desk_coach.wording.content import localise
from desk_coach.wording.content_files import SCREEN
from desk_coach.wording.problems import problem_words
from desk_coach.wording.say import list_words, term_name

log = logging.getLogger(__name__)


def content_words() -> ContentWords:
    """The region names and the list joining of the self-check's sentences, in the language in
    force (the content file holds the sentences; these words are the wording layer's)."""
    regions = {region: term_name(Term("region", region.value)) for region in Region}
    return ContentWords(regions=regions, join=lambda words: list_words(list(words)))


def load_screen_content(relative: str = SCREEN_RESOURCE) -> ScreenContent:
    """The self-check content shipped with Desk Coach.

    Raises ScreenContentError (after logging each problem) when the file is missing, is not
    TOML, or has any entry the domain cannot use.
    """
    data, problems = read_toml(shipped(relative), relative, None)
    if data is not None:
        # Questions, checks, summaries and referrals in the user's language.
        content, problems = read_screen_content(localise(data, SCREEN), relative)
        if content is not None:
            return replace(content, words=content_words())
    for problem in problems:
        log.error("self-check content: %s", problem_words(problem))
    raise ScreenContentError(problems)


class ScreenContentFile:
    """The shipped self-check content, read and checked once and kept while its file stays the
    same: the app asks for it at each opening of Progress and of the self-check, and reading and
    checking it every time cost 3 to 11 ms. An edited file (another modification time or size)
    is read again; a damaged one is never kept, so each call raises ScreenContentError again with
    its message. The language in force is read once too: after a change of language, make a new
    one (``Container.read_content_again``)."""

    def __init__(self, relative: str = SCREEN_RESOURCE) -> None:
        self._relative = relative
        self._kept: tuple[tuple[int, int], ScreenContent] | None = None

    def __call__(self) -> ScreenContent:
        stamp = _file_stamp(self._relative)
        if self._kept is not None and stamp is not None and self._kept[0] == stamp:
            return self._kept[1]
        content = load_screen_content(self._relative)
        self._kept = None if stamp is None else (stamp, content)
        return content


def _file_stamp(relative: str) -> tuple[int, int] | None:
    """The shipped file's modification time (ns) and size; None when it is missing or not a
    file on disk (then it is read each time, as before)."""
    try:
        node = resource(relative)
        if not isinstance(node, Path):
            return None
        info = node.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


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
    """Why a trainer file cannot be used (without the file name)."""

    def __init__(self, why: Said) -> None:
        super().__init__(why.code)
        self.why = why


def read_trainer_json(path: Path | str) -> tuple[Any, tuple[Said, ...]]:
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
        return None, (said(FileCode.IN_FILE, file=str(path), what=refusal.why),)


def _read_bytes(path: Path) -> bytes:
    # O_NONBLOCK: opening a pipe with no writer must not wait; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _Refused(said(FileCode.NO_SUCH_FILE)) from None
    except OSError as error:
        raise _Refused(why_unreadable(error, "JSON file")) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _Refused(said(FileCode.A_FOLDER, noun=Term("noun", "JSON file")))
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(said(FileCode.NOT_REGULAR))
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


def _too_big(size: int) -> Said:
    limit = f"{MAX_TRAINER_FILE_BYTES / 1024 / 1024:g} MiB"
    return said(FileCode.TOO_BIG, size=f"{size / 1024 / 1024:.1f}", limit=limit)


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
        raise _Refused(
            said(FileCode.NOT_JSON_AT, line=error.lineno, column=error.colno, detail=error.msg)
        ) from None
    except (ValueError, RecursionError) as error:  # belt and braces: _check_shape catches these first
        raise _Refused(said(FileCode.NOT_JSON, detail=str(error))) from None
    match = _LONE_SURROGATE.search(text)
    if match is not None:
        raise _Refused(said(FileCode.LONE_ESCAPE_AT, where=_place(text, match.start()), escape=match.group()))
    if not _all_text_encodable(data):
        raise _Refused(said(FileCode.LONE_ESCAPE))
    return data


def _check_shape(text: str) -> None:
    """Refuse nesting and numbers far beyond the format, with their place, before parsing."""
    depth = 0
    for token in _TOKENS.finditer(text):
        first = token.group()[0]
        if first in "[{":
            depth += 1
            if depth > MAX_TRAINER_NESTING:
                line, column = _line_and_column(text, token.start())
                raise _Refused(said(FileCode.TOO_DEEP, line=line, column=column, levels=MAX_TRAINER_NESTING))
        elif first in "]}":
            depth = max(0, depth - 1)
        elif first != '"':
            digits = sum(char.isdigit() for char in token.group())
            if digits > MAX_NUMBER_DIGITS:
                raise _Refused(said(FileCode.LONG_NUMBER, where=_place(text, token.start()), digits=digits))


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _place(text: str, offset: int) -> Said:
    line, column = _line_and_column(text, offset)
    return said(FileCode.TOML_PLACE, line=line, column=column)


def _no_constant(name: str) -> Any:
    raise _Refused(said(FileCode.NOT_A_JSON_NUMBER, name=name))


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
