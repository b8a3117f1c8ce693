"""Deleting everything Desk Coach keeps about the user: "delete all my data".

Only Desk Coach's own files are removed, by name: the database with its SQLite companions
and any copies moved aside, the settings file (and leftovers of an interrupted save), the
log files, and the first-run marker. Then the Desk Coach folders go too, if nothing else
is left in them; nothing that Desk Coach did not write is ever deleted.
"""

from __future__ import annotations

import os
from pathlib import Path

from desk_coach import APP_ID
from desk_coach.adapters.paths import AppPaths


def files_to_delete(paths: AppPaths) -> list[Path]:
    """The files that ``delete_all_data`` would remove now."""
    database = paths.database
    settings = paths.settings_file
    log = paths.log_file
    candidates = [
        # the database, -wal/-shm/-journal, and desk-coach.db.<reason>-<time> moved aside
        *_glob(database.parent, f"{database.name}*"),
        settings,
        *_glob(settings.parent, f".{settings.name}.*.tmp"),
        *_glob(log.parent, f"{log.name}*"),  # the log and its rotated copies
        paths.first_run_marker,
    ]
    found: list[Path] = []
    for path in candidates:
        if (path.is_symlink() or path.is_file()) and path not in found:
            found.append(path)
    return found


def _glob(folder: Path, pattern: str) -> list[Path]:
    try:
        return sorted(folder.glob(pattern))
    except OSError:
        return []


def delete_all_data(paths: AppPaths) -> list[Path]:
    """Remove Desk Coach's files and its then-empty folders; return what was removed.

    Raises OSError when a file cannot be removed (what was removed before stays removed).
    """
    removed: list[Path] = []
    for path in files_to_delete(paths):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    for folder in (paths.log_dir, paths.config_dir, paths.data_dir):
        removed += _remove_empty_folders(folder)
    return removed


def _remove_empty_folders(folder: Path) -> list[Path]:
    """Remove ``folder`` and its parents up to the one named after Desk Coach, while empty."""
    if APP_ID not in folder.parts:
        chain = [folder]
    else:
        top = len(folder.parts) - 1 - folder.parts[::-1].index(APP_ID)
        chain = [Path(*folder.parts[: i + 1]) for i in range(len(folder.parts) - 1, top - 1, -1)]
    removed = []
    for path in chain:
        if not path.is_dir() or path.is_symlink():
            continue
        try:
            os.rmdir(path)
        except OSError:
            break  # not empty: leave it and everything above it
        removed.append(path)
    return removed


class DataFiles:
    """The DataRemoval port over the user's folders."""

    def __init__(self, paths: AppPaths) -> None:
        self._paths = paths

    def files(self) -> list[Path]:
        return files_to_delete(self._paths)

    def remove(self) -> list[Path]:
        return delete_all_data(self._paths)
