"""A data folder that cannot be written: start-up does not touch a folder already private, and
a read-only one is opened read-only, its history read, every write refused in plain words."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mounts import read_only_bind

from desk_coach.adapters.storage import database as database_module
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind
from desk_coach.services.ports import StorageUnavailable

EVENT = BreakEvent(datetime(2026, 11, 2, 9, 30, tzinfo=UTC), BreakEventKind.DUE, BreakKind.MICRO, "before")


def all_events(engine) -> list[BreakEvent]:
    with SqlUnitOfWork(engine) as uow:
        return uow.history.break_events_between(
            datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
        )


def test_a_folder_that_is_already_private_is_not_chmodded(tmp_path: Path, monkeypatch) -> None:
    """On a read-only mount chmod fails even when it would change nothing."""
    folder = tmp_path / "desk-coach"
    folder.mkdir(mode=0o700)

    def refuse(*_args, **_kw):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(database_module.os, "chmod", refuse)
    database = open_database(folder / "desk-coach.db", SystemClock())
    try:
        assert not database.read_only and database.notices == []
    finally:
        database.dispose()


def test_a_read_only_folder_is_read_and_every_write_refused_as_read_only(tmp_path: Path) -> None:
    source, folder = tmp_path / "source", tmp_path / "desk-coach"
    source.mkdir(mode=0o700)
    written = open_database(source / "desk-coach.db", SystemClock())
    with SqlUnitOfWork(written.engine) as uow:
        uow.history.add_break_event(EVENT)
    written.dispose()
    with read_only_bind(source, folder):
        database = open_database(folder / "desk-coach.db", SystemClock())
        try:
            assert database.read_only
            [notice] = database.notices
            assert "it is read-only" in notice and "nothing new can be saved" in notice
            assert all_events(database.engine) == [EVENT]
            with pytest.raises(StorageUnavailable, match="read_only"), SqlUnitOfWork(database.engine) as uow:
                uow.history.add_break_event(EVENT)
        finally:
            database.dispose()
        assert sorted(os.listdir(folder)) == ["desk-coach.db"]  # nothing created beside it


def test_a_read_only_folder_without_a_history_gives_an_empty_one_that_saves_nothing(tmp_path: Path) -> None:
    source, folder = tmp_path / "source", tmp_path / "desk-coach"
    source.mkdir(mode=0o700)
    with read_only_bind(source, folder):
        database = open_database(folder / "desk-coach.db", SystemClock())
        try:
            assert database.read_only and all_events(database.engine) == []
            with pytest.raises(StorageUnavailable, match="read_only"), SqlUnitOfWork(database.engine) as uow:
                uow.history.add_break_event(EVENT)
        finally:
            database.dispose()


def test_a_history_whose_folder_went_away_is_refused_until_it_is_back(tmp_path: Path) -> None:
    """An open connection would write on into a moved or deleted file that nobody reads again."""
    folder = tmp_path / "desk-coach"
    folder.mkdir(mode=0o700)
    database = open_database(folder / "desk-coach.db", SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_break_event(EVENT)
        folder.rename(tmp_path / "moved")
        with pytest.raises(StorageUnavailable, match="vanished"), \
                SqlUnitOfWork(database.engine) as uow:
            uow.history.add_break_event(EVENT)
        (tmp_path / "moved").rename(folder)  # back where it was: saving works again
        with SqlUnitOfWork(database.engine) as uow:
            uow.history.add_break_event(EVENT)
        assert len(all_events(database.engine)) == 2
    finally:
        database.dispose()
