"""The settings file: TOML in the user's config folder, read forgivingly, written atomically.

Loading never writes, creates or repairs anything: the file is the user's, mistakes and all.
What cannot be used is reported and replaced by defaults until the user fixes it or saves
from the app. Saving writes a whole new file beside the old one and swaps it in, so a crash
or a full disk leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from desk_coach.domain.settings import (
    Settings,
    SettingsProblem,
    SettingsSchema,
    defaults,
    to_document,
    validate,
)
from desk_coach.resources import resource_text

SCHEMA_RESOURCE = "settings/schema.toml"
_COMMENT_WIDTH = 88

_HEADER = """\
# Desk Coach settings.
#
# Desk Coach rewrites this file when you change settings in the app; you may also edit it
# by hand while the app is closed. A value it cannot use is reported, and that one setting
# falls back to its default; the file itself is left as you wrote it.
"""


def shipped_schema() -> SettingsSchema:
    """The settings schema that ships with this version of Desk Coach."""
    return SettingsSchema.from_data(tomllib.loads(resource_text(SCHEMA_RESOURCE)))


@dataclass(frozen=True)
class LoadedSettings:
    """Settings ready to use, and what could not be used on the way (empty when all is well)."""

    settings: Settings
    problems: tuple[SettingsProblem, ...]


class SettingsFile:
    """One settings file on disk, e.g. ``AppPaths.settings_file``."""

    def __init__(self, path: Path | str, schema: SettingsSchema | None = None) -> None:
        self.path = Path(path)
        self.schema = schema if schema is not None else shipped_schema()

    def load(self) -> LoadedSettings:
        """Read the file; a missing file means defaults, an unreadable one a single problem."""
        source = str(self.path)
        try:
            text = self.path.read_bytes().decode("utf-8-sig")  # tolerate the BOM some editors add
        except FileNotFoundError:
            return LoadedSettings(defaults(self.schema), ())
        except (OSError, UnicodeDecodeError) as error:
            return self._unusable(source, _why_unreadable(error))
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            return self._unusable(source, _why_not_toml(error, text))
        settings, problems = validate(self.schema, data, source)
        return LoadedSettings(settings, tuple(problems))

    def save(self, settings: Settings) -> None:
        """Write ``settings`` as commented TOML, atomically, readable by the user alone.

        Raises ValueError, writing nothing, if the settings would not load back cleanly.
        """
        text = render(self.schema, settings)
        _, problems = validate(self.schema, tomllib.loads(text), str(self.path))
        if problems:
            raise ValueError("refusing to save settings that would not load back: " + str(problems[0]))
        target = Path(os.path.realpath(self.path))  # a symlinked file (dotfiles) stays a symlink
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_atomically(target, text)

    def _unusable(self, source: str, sentence: str) -> LoadedSettings:
        problem = SettingsProblem(source, "", f"{source}: {sentence}")
        return LoadedSettings(defaults(self.schema), (problem,))


def render(schema: SettingsSchema, settings: Settings) -> str:
    """The text of a settings file: a header, then each group with a comment above each key."""
    document = to_document(settings)
    parts = [_HEADER]
    for group in schema.groups:
        lines = [*_comment(group.about), f"[{group.name}]"]
        for spec in group.keys:
            lines += _comment(
                f"{spec.description} Allowed: {spec.allowed()}. Default: {spec.default_text()}."
            )
            lines.append(tomli_w.dumps({spec.name: document[group.name][spec.name]}).rstrip("\n"))
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in textwrap.wrap(text, width=_COMMENT_WIDTH, break_on_hyphens=False)]


def _write_atomically(target: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


_FALLBACK = "using the default for every setting until it is fixed."


def _why_unreadable(error: OSError | UnicodeDecodeError) -> str:
    """One sentence for a file whose text Desk Coach could not get at."""
    if isinstance(error, UnicodeDecodeError):
        line = error.object[: error.start].count(b"\n") + 1
        return f"line {line} holds bytes that are not UTF-8 text, so the file cannot be read; {_FALLBACK}"
    if isinstance(error, IsADirectoryError):
        return f"this is a folder, not a settings file; {_FALLBACK}"
    if isinstance(error, PermissionError):
        return f"Desk Coach is not allowed to read this file (permission denied); {_FALLBACK}"
    return f"the file could not be read ({error.strerror or error}); {_FALLBACK}"


_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")


def _why_not_toml(error: tomllib.TOMLDecodeError, text: str) -> str:
    """Name line and column; Python 3.11 puts them only inside the parser's message."""
    message = str(error)
    place = _TOML_PLACE.search(message)
    if place:
        where = f"line {place[1]}, column {place[2]}"
    else:  # "at end of document": point at the last line
        lines = text.split("\n")
        where = f"the end of the file, line {len(lines)}, column {len(lines[-1]) + 1}"
    detail = _TOML_END.sub("", _TOML_PLACE.sub("", message))
    return f"this is not valid TOML at {where} (the parser says: {detail}); {_FALLBACK}"
