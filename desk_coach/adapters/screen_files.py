"""The self-check's files: the shipped content, and a trainer's JSON file.

The shipped ``screen/screen.toml`` is read through the resources locator; anything wrong
with it is logged entry by entry and raised as one :class:`ScreenContentError`, because a
safety questionnaire with a question missing must not be shown at all. A trainer's file is
read here and checked by the domain (``from_trainer_json``); this module only turns "cannot
read it" and "not JSON" into plain sentences that name the file, line and column.
"""

from __future__ import annotations

import json
import logging
import tomllib
from pathlib import Path
from typing import Any

from desk_coach.domain.coaching.screening import (
    SCREEN_RESOURCE,
    ContentProblem,
    ScreenContent,
    ScreenContentError,
)
from desk_coach.resources import resource_text

log = logging.getLogger(__name__)


def load_screen_content(relative: str = SCREEN_RESOURCE) -> ScreenContent:
    """The self-check content shipped with Desk Coach.

    Raises ScreenContentError (after logging each problem) when the file is missing, is not
    TOML, or has any entry the domain cannot use.
    """
    try:
        text = resource_text(relative)
    except (OSError, UnicodeDecodeError) as error:
        problems: tuple[ContentProblem, ...] = (
            ContentProblem(relative, "", "", f"cannot be read ({error})"),
        )
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            problems = (ContentProblem(relative, "", "", f"is not valid TOML ({error})"),)
        else:
            content, problems = ScreenContent.from_data(data, relative)
            if content is not None:
                return content
    for problem in problems:
        log.error("self-check content: %s", problem)
    raise ScreenContentError(problems)


def read_trainer_json(path: Path | str) -> tuple[Any, tuple[str, ...]]:
    """The parsed JSON of a trainer's file, or None and one sentence saying why not.

    The sentence starts with the file name; for a file that is not JSON it names the line
    and column where reading stopped.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, (f"{path}: there is no such file",)
    except IsADirectoryError:
        return None, (f"{path}: this is a folder, not a JSON file",)
    except PermissionError:
        return None, (f"{path}: Desk Coach is not allowed to read this file (permission denied)",)
    except OSError as error:
        return None, (f"{path}: the file could not be read ({error.strerror or error})",)
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some editors add
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, (f"{path}: line {line} holds bytes that are not UTF-8 text",)
    try:
        return json.loads(text), ()
    except json.JSONDecodeError as error:
        return None, (f"{path}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}",)
