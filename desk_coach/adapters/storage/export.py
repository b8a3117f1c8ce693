"""Exporting everything Desk Coach stores about the user, as one JSON file or a CSV folder.

Every table of the history database is exported (the migration bookkeeping is not: it is
not the user's data), and nothing else: no paths, names or machine details. Stored UTC
times are shown on the wall clock the user had then, as ISO 8601 with their offset.
Each column is described in ``COLUMN_DESCRIPTIONS``; the JSON carries the descriptions,
the CSV folder a README.txt. Files are written user-only (0600).
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select

from desk_coach.adapters.storage.history_repository import in_offset
from desk_coach.adapters.storage.models import UtcDateTime, metadata
from desk_coach.adapters.storage.said_column import said_from_column
from desk_coach.domain.said import to_data
from desk_coach.services.ports import ExportFailed
from desk_coach.wording.say import say
from desk_coach.wording.translate import translate

EXPORT_FORMAT = "desk-coach-export"
EXPORT_VERSION = 1
README_NAME = "README.txt"
_SKIPPED_TABLES = frozenset({"alembic_version"})

# Which stored offset belongs to which stored time (a table with one offset uses it for all).
TIME_OFFSETS = {
    "started_at": "start_utc_offset_min",
    "ended_at": "end_utc_offset_min",
    "paused_at": "pause_utc_offset_min",
    "resumed_at": "resume_utc_offset_min",
}
_DEFAULT_OFFSET = "utc_offset_min"

# Columns that keep a sentence as its code and values (JSON): exported as that data, with the
# sentence in words beside it (``<column>_text``, in the language the export was made in).
SAID_COLUMNS: dict[str, tuple[str, ...]] = {
    "exercise_results": ("reason",),
    "level_changes": ("reason",),
    "region_pauses": ("reason", "referral"),
}
TEXT_SUFFIX = "_text"
_WORDS = "in words, in the language the export was made in"
_AS_CODE = "as a code and its values"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class ExportError(ExportFailed):
    """The export could not be written; the message says why, in plain words."""


def _dose(prefix: str = "", what: str = "planned dose") -> dict[str, str]:
    return {
        f"{prefix}dose_kind": f"kind of {what}: hold, reps or timed",
        f"{prefix}hold_s": f"{what}: seconds to hold each rep (hold doses only)",
        f"{prefix}reps": f"{what}: repetitions (hold and reps doses)",
        f"{prefix}sets": f"{what}: sets (reps doses only)",
        f"{prefix}rep_s": f"{what}: seconds per repetition (reps doses only)",
        f"{prefix}minutes": f"{what}: minutes (timed doses only)",
    }


_OFFSET = "your UTC offset at that time, in minutes"
COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "sitting_bouts": {
        "id": "row number",
        "started_at": "when the sitting bout began",
        "ended_at": "when the sitting bout ended",
        "start_utc_offset_min": f"at the start, {_OFFSET}",
        "end_utc_offset_min": f"at the end, {_OFFSET}",
        "end_reason": "what ended it: idle, lock, sleep, break, ...",
    },
    "break_events": {
        "id": "row number",
        "occurred_at": "when it happened",
        "utc_offset_min": _OFFSET,
        "kind": "what happened to the break: due, shown, taken, partial, snoozed, dismissed, ...",
        "break_kind": "the kind of break: micro or long",
        "note": "extra detail, if any (a snooze: the length chosen, \"for 10 min\")",
        "done_fraction": "for a break left before its end: the share done, 0 to 1 (else empty)",
    },
    "routine_sessions": {
        "id": "row number; exercise_results.session_id refers to it",
        "started_at": "when the guided routine started",
        "start_utc_offset_min": f"at the start, {_OFFSET}",
        "ended_at": "when it ended (empty if never finished)",
        "end_utc_offset_min": f"at the end, {_OFFSET}",
        "kind": "the kind of break: micro or long",
        "completed": "whether the routine was completed",
        "source": "how it was started",
        "note": "extra detail, if any",
        "next_day_pain": "pain the morning after, 0 to 10 (empty: not asked)",
    },
    "exercise_results": {
        "id": "row number",
        "session_id": "the routine (routine_sessions.id) it belongs to",
        "position": "its place in the routine, from 0",
        "exercise_id": "the exercise",
        "target": "the body area it works on",
        "pattern": "the movement pattern",
        **_dose(),
        "per_side": "whether it is done on each side",
        "reason": f"why it was planned, {_AS_CODE}",
        "reason_text": f"why it was planned, {_WORDS}",
        "done_fraction": "how much of it was done, 0 to 1",
        "effort": "how hard it felt (empty if not said)",
        "pain": "pain reported, 0 to 10",
        "skipped": "whether it was skipped",
        "pain_button": "whether the pain button was pressed",
        "sharp_pain": "whether the pain was sharp or shooting",
        "numbness": "whether there was numbness or tingling",
    },
    "screen_results": {
        "id": "row number; screen_scores and screen_red_flags refer to it",
        "taken_at": "when the self-check was taken",
        "utc_offset_min": _OFFSET,
        "source": "how it was recorded: the wizard or a trainer's file",
        "lifestyles": "the lifestyles given, comma-separated",
        "floor_room": "whether there is room to exercise on the floor",
        "exercise_allowed": "whether exercise is allowed",
        "pregnancy": "whether pregnant",
        "note": "extra detail, if any",
        "equipment": "what is at hand, comma-separated (empty: not asked)",
        "age_band": "the age band given: under_65 or 65_plus (empty: not said)",
    },
    "screen_scores": {
        "id": "row number",
        "screen_id": "the self-check (screen_results.id) it belongs to",
        "item_id": "the check item",
        "side": "left or right (empty: done once)",
        "score": "score 0 to 2 (empty: not scored)",
        "pain": "whether it hurt",
    },
    "screen_red_flags": {
        "id": "row number",
        "screen_id": "the self-check (screen_results.id) it belongs to",
        "question_id": "the question answered yes",
        "tier": "how serious it is",
        "regions": "the body regions it concerns, comma-separated",
    },
    "levels": {
        "track": "the training track",
        "exercise_id": "the current exercise on that track",
        **_dose(what="current dose"),
        "updated_at": "when this level was set",
        "utc_offset_min": _OFFSET,
    },
    "level_changes": {
        "id": "row number",
        "changed_at": "when the level changed",
        "utc_offset_min": _OFFSET,
        "track": "the training track",
        "before_exercise_id": "the exercise before (empty: no level yet)",
        **_dose("before_", "dose before"),
        "after_exercise_id": "the exercise after (empty: the track was paused)",
        **_dose("after_", "dose after"),
        "rule": "the rule that made the change",
        "reason": f"the explanation shown to you, {_AS_CODE}",
        "reason_text": f"the explanation shown to you, {_WORDS}",
    },
    "region_pauses": {
        "id": "row number",
        "region": "the body region taken out of the plans",
        "paused_at": "when it was paused",
        "pause_utc_offset_min": f"at the pause, {_OFFSET}",
        "reason": f"why it was paused, {_AS_CODE}",
        "reason_text": f"why it was paused, {_WORDS}",
        "referral": f"the advice shown, {_AS_CODE}",
        "referral_text": f"the advice shown, {_WORDS}",
        "resumed_at": "when it came back (empty: still paused)",
        "resume_utc_offset_min": f"at the resume, {_OFFSET}",
    },
}


def exported_tables() -> list[Table]:
    """The user's tables, in the schema's dependency order."""
    return [table for table in metadata.sorted_tables if table.name not in _SKIPPED_TABLES]


def _offset_column(table: Table, time_column: str) -> str:
    name = TIME_OFFSETS.get(time_column, _DEFAULT_OFFSET)
    if name not in table.c:
        raise ExportError(f"no stored offset for {table.name}.{time_column}")
    return name


def read_tables(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every exported table; times as aware datetimes in the user's offset then."""
    result: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as connection:
        for table in exported_tables():
            times = {
                column.name: _offset_column(table, column.name)
                for column in table.columns
                if isinstance(column.type, UtcDateTime)
            }
            rows = []
            for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
                values = dict(row._mapping)
                for time_column, offset_column in times.items():
                    value, offset = values[time_column], values[offset_column]
                    if value is not None:
                        values[time_column] = value if offset is None else in_offset(value, offset)
                rows.append(_with_words(table.name, values))
            result[table.name] = rows
    return result


def exported_columns(table: Table) -> list[str]:
    """The columns of a table as exported: a sentence's column is followed by its words."""
    said = SAID_COLUMNS.get(table.name, ())
    names: list[str] = []
    for column in table.columns:
        names.append(column.name)
        if column.name in said:
            names.append(column.name + TEXT_SUFFIX)
    return names


def _with_words(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A row with each stored sentence as its data and, beside it, in words."""
    row: dict[str, Any] = {}
    for name, value in values.items():
        if name in SAID_COLUMNS.get(table, ()):
            sentence = said_from_column(value)
            row[name] = to_data(sentence)
            row[name + TEXT_SUFFIX] = say(sentence)
        else:
            row[name] = value
    return row


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _descriptions(table: Table) -> dict[str, str]:
    described = COLUMN_DESCRIPTIONS.get(table.name, {})
    return {name: described.get(name, "") for name in exported_columns(table)}


def _write_private(path: Path, text: str, overwrite: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    descriptor = os.open(path, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # an existing file keeps its mode otherwise
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            descriptor = -1
            handle.write(text)
    finally:
        if descriptor != -1:
            os.close(descriptor)


def export_json(engine: Engine, output: Path, now: datetime, *, overwrite: bool = False) -> list[Path]:
    data = read_tables(engine)
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": now.isoformat(),
        "tables": {
            table.name: {
                "columns": _descriptions(table),
                "rows": [{k: _json_value(v) for k, v in row.items()} for row in data[table.name]],
            }
            for table in exported_tables()
        },
    }
    _write_private(output, json.dumps(document, indent=2, ensure_ascii=False) + "\n", overwrite)
    return [output]


def _readme(now: datetime) -> str:
    lines = [
        "Desk Coach data export",
        f"Exported at {now.isoformat()}. One CSV file per table, with a header row.",
        "Times are ISO 8601 with the UTC offset you had then. Empty cells mean no value;",
        "yes/no columns read true or false.",
    ]
    for table in exported_tables():
        lines += ["", f"{table.name}.csv"]
        lines += [f"  {name}: {text}" for name, text in _descriptions(table).items()]
    return "\n".join(lines) + "\n"


def export_csv(engine: Engine, output: Path, now: datetime, *, overwrite: bool = False) -> list[Path]:
    data = read_tables(engine)
    output.mkdir(mode=0o700, exist_ok=overwrite)
    written = []
    for table in exported_tables():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        columns = exported_columns(table)
        writer.writerow(columns)
        for row in data[table.name]:
            writer.writerow(_csv_value(row[name]) for name in columns)
        path = output / f"{table.name}.csv"
        _write_private(path, buffer.getvalue(), overwrite)
        written.append(path)
    readme = output / README_NAME
    _write_private(readme, _readme(now), overwrite)
    return [*written, readme]


def export_data(
    engine: Engine, fmt: ExportFormat | str, output: Path, now: datetime | None = None, *, force: bool = False
) -> list[Path]:
    """Write the export to ``output`` (a file for JSON, a folder for CSV); return the files written.

    An existing output is refused unless ``force``; with ``force`` a CSV export writes its files
    into the existing folder, replacing only files of the same names. Raises ExportError.
    """
    fmt = ExportFormat(fmt)
    now = now or datetime.now(UTC).astimezone()
    if output.exists() or output.is_symlink():
        if not force:
            #: {output} is the path given for the export; "--force" is an option's name, keep it.
            exists = translate("Export", "{output} already exists (use --force to replace it)")
            raise ExportError(exists.format(output=output))
        if fmt is ExportFormat.JSON and output.is_dir():
            #: {output} is the path given for the export.
            folder = translate("Export", "{output} is a folder; a JSON export needs a file name")
            raise ExportError(folder.format(output=output))
        if fmt is ExportFormat.CSV and not output.is_dir():
            #: {output} is the path given for the export.
            not_folder = translate("Export", "{output} is not a folder; a CSV export writes a folder")
            raise ExportError(not_folder.format(output=output))
    try:
        if fmt is ExportFormat.JSON:
            return export_json(engine, output, now, overwrite=force)
        return export_csv(engine, output, now, overwrite=force)
    except OSError as error:
        #: {output} is the path given for the export, {error} the system's reason.
        cannot = translate("Export", "cannot write {output}: {error}")
        raise ExportError(cannot.format(output=output, error=error.strerror or error)) from error


class SqlExport:
    """The HistoryExport port over one database engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def write(self, fmt: str, output: Path, at: datetime, *, force: bool) -> list[Path]:
        return export_data(self._engine, fmt, output, at, force=force)
