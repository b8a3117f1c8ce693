"""The log file a user can send us: where it is, who can read it, and that it stays small."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from desk_coach.adapters import logging_setup
from desk_coach.adapters.logging_setup import configure_logging


@pytest.fixture(autouse=True)
def restore_root_logger():
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(saved[0])
    for handler in saved[1]:
        root.addHandler(handler)


def test_log_goes_to_a_private_file(tmp_path):
    log_file = tmp_path / "state" / "log" / "desk-coach.log"
    configure_logging(log_file)
    logging.getLogger("desk_coach.test").info("hello from the coach")
    assert "hello from the coach" in log_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700


def test_log_rotates_and_keeps_a_few_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_LOG_BYTES", 2000)
    log_file = tmp_path / "desk-coach.log"
    configure_logging(log_file)
    for n in range(400):
        logging.getLogger("desk_coach.test").info("line %d %s", n, "x" * 40)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["desk-coach.log", "desk-coach.log.1", "desk-coach.log.2", "desk-coach.log.3"]
    assert all(p.stat().st_size <= 2100 for p in tmp_path.iterdir())


def test_an_unwritable_log_folder_falls_back_to_the_terminal(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    configure_logging(blocker / "desk-coach.log")
    assert "cannot write the log file" in capsys.readouterr().err
