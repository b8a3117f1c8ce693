"""The settings file: TOML in the user's config folder, read forgivingly, written atomically.

Loading never writes, creates or repairs anything: the file is the user's, mistakes and all.
What cannot be used is reported and replaced by defaults until the user fixes it or saves
from the app. Saving edits the file in place (tomlkit): only the values that changed are
rewritten, and the user's comments, order, spacing and any key Desk Coach does not know stay
as they were; a missing or unparseable file is written afresh with a comment above each key.
Either way the new text is written beside the old file and swapped in, so a crash or a full
disk leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
import tomlkit

from desk_coach.adapters.file_text import read_toml
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import said
from desk_coach.domain.settings import (
    GroupSpec,
    KeySpec,
    Settings,
    SettingsSchema,
    defaults,
    to_document,
    validate,
)
from desk_coach.resources import resource_text
from desk_coach.wording.content import localise
from desk_coach.wording.content_files import SETTINGS
from desk_coach.wording.problems import problem_words

SCHEMA_RESOURCE = "settings/schema.toml"
_COMMENT_WIDTH = 88

_HEADER = """\
# Desk Coach settings.
#
# Desk Coach writes the values you change in the app here, keeping your comments and layout;
# you may also edit it by hand while the app is closed. A value it cannot use is reported,
# and that one setting falls back to its default; the file itself is left as you wrote it.
"""


def shipped_schema(*, in_language: bool = False) -> SettingsSchema:
    """The settings schema that ships with this version of Desk Coach; ``in_language``: with its
    help lines and units in the user's language, for the Settings window (the settings file's own
    comments stay as the schema writes them)."""
    data = tomllib.loads(resource_text(SCHEMA_RESOURCE))
    return SettingsSchema.from_data(localise(data, SETTINGS) if in_language else data)


@dataclass(frozen=True)
class LoadedSettings:
    """Settings ready to use, and what could not be used on the way (empty when all is well)."""

    settings: Settings
    problems: tuple[Problem, ...]


class SettingsFile:
    """One settings file on disk, e.g. ``AppPaths.settings_file``."""

    def __init__(self, path: Path | str, schema: SettingsSchema | None = None) -> None:
        self.path = Path(path)
        self.schema = schema if schema is not None else shipped_schema()
        self._shipped = schema is None

    def schema_to_show(self) -> SettingsSchema:
        """The schema as the Settings window shows it: the shipped one in the user's language."""
        return shipped_schema(in_language=True) if self._shipped else self.schema

    def load(self) -> LoadedSettings:
        """Read the file; a missing file means defaults, an unreadable one a single problem."""
        data, problems = read_toml(self.path.read_bytes, str(self.path), _FALLBACK, noun="settings file")
        if data is None:
            return LoadedSettings(defaults(self.schema), problems)
        settings, found = validate(self.schema, data, str(self.path))
        return LoadedSettings(settings, tuple(found))

    def save(self, settings: Settings) -> None:
        """Write ``settings``, atomically, readable by the user alone: each value that differs
        from the file's is set in place; everything else in the file stays as it is.

        Raises ValueError, writing nothing, if the settings would not load back cleanly.
        """
        self._write(settings, None)

    def update(self, changes: dict[str, dict[str, Any]]) -> Settings:
        """Set only the keys in ``changes`` (``{group: {key: plain value}}``) on top of the file
        as it is now, and return the settings in force after that.

        Raises ValueError, writing nothing, if a changed value is not allowed.
        """
        document = to_document(self.load().settings)
        for group, values in changes.items():
            document[group] = {**document[group], **values}
        settings, problems = validate(self.schema, document, str(self.path))
        if problems:
            why = problem_words(problems[0])
            raise ValueError(f"refusing to save settings that would not load back: {why}")
        self._write(settings, {(group, key) for group, values in changes.items() for key in values})
        return settings

    def _write(self, settings: Settings, only: set[tuple[str, str]] | None) -> None:
        target = Path(os.path.realpath(self.path))  # a symlinked file (dotfiles) stays a symlink
        wanted = to_document(settings)
        text = _edited(self.schema, target, wanted, only)
        if text is None:
            text = render(self.schema, settings)
        reloaded, problems = validate(self.schema, tomllib.loads(text), str(self.path))
        if to_document(reloaded) != wanted:
            keys = {f"{group}.{key}" for group, body in wanted.items() for key in body
                    if to_document(reloaded)[group][key] != body[key]}
            why = next((p for p in problems if p.field in keys), problems[0] if problems else keys)
            shown = problem_words(why) if isinstance(why, Problem) else why
            raise ValueError(f"refusing to save settings that would not load back: {shown}")
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_atomically(target, text)

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


def _edited(
    schema: SettingsSchema, target: Path, wanted: dict[str, dict[str, Any]], only: set[tuple[str, str]] | None
) -> str | None:
    """The user's file with the wanted values set in place, or None when there is no file to
    edit (missing, unreadable or not TOML): then it is written afresh.

    A key is written when it is one of ``only`` (all keys when None) and its value differs from
    what the file says; a key the file leaves out is added only when it differs from the default,
    under its group's table, with the same comment a fresh file has.
    """
    try:
        text = target.read_bytes().decode("utf-8-sig")
        current = tomllib.loads(text)
        document = tomlkit.parse(text)
    except (OSError, UnicodeDecodeError, ValueError):  # TOMLDecodeError and tomlkit's are ValueErrors
        return None
    default = to_document(defaults(schema))
    for group in schema.groups:
        added_here = False  # the group's table was made by this edit: its keys get their comments
        present = current.get(group.name)
        present = present if isinstance(present, dict) else {}
        for spec in group.keys:
            value = wanted[group.name][spec.name]
            if only is not None and (group.name, spec.name) not in only:
                continue
            if _to_write(spec.name, value, present, default[group.name][spec.name]):
                added_here = _set_in_place(document, group, spec, value, added_here=added_here)
    return tomlkit.dumps(document)


def _to_write(name: str, value: Any, present: dict[str, Any], default: Any) -> bool:
    """Whether ``value`` goes into the file: it differs from what the file says, or the file
    leaves the key out and it differs from the default."""
    if name in present:
        return present[name] != value
    return value != default


def _set_in_place(
    document: tomlkit.TOMLDocument, group: GroupSpec, spec: KeySpec, value: Any, *, added_here: bool
) -> bool:
    """Set ``value`` under its group's table, making the table (with the group's comment) at the
    end of the file when there is none; returns whether the table was made by this edit."""
    table: Any = document.get(group.name)  # a tomlkit table, or what the user wrote instead
    if not isinstance(table, dict):  # no such table (or not a table): a new one at the end
        table = tomlkit.table()
        for line in _comment(group.about):
            table.add(tomlkit.comment(line[2:]))
        document[group.name] = table
        table = document[group.name]
        added_here = True
    if spec.name not in table and added_here:  # described as in a fresh file
        for line in _comment(
            f"{spec.description} Allowed: {spec.allowed()}. Default: {spec.default_text()}."
        ):
            table.add(tomlkit.comment(line[2:]))
    table[spec.name] = value  # in an existing table: in place, or after its last key
    return added_here


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


_FALLBACK = said(FileCode.SETTINGS_DEFAULTS)
