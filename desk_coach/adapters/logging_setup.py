"""Logging to a rotating file in the platform's log folder, so a user can send us what happened."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
KEPT_LOG_FILES = 3


def configure_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Send the app's log to ``log_file`` (rotated at 1 MB, 3 kept) and warnings to stderr.

    A log folder that cannot be created is not fatal: the app logs to stderr only and says so.
    """
    # Imported here: the tray app sets logging up after its icon shows, and this costs a few ms.
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()

    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("desk-coach: %(message)s"))
    root.addHandler(console)

    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOG_FILES, encoding="utf-8"
        )
        os.chmod(log_file, 0o600)
    except OSError as error:
        root.warning("cannot write the log file %s (%s); logging to the terminal only", log_file, error)
        return
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)
