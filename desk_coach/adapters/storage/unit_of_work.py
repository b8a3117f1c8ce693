"""UnitOfWork over a SQLAlchemy Core connection: one ``with`` block, one SQLite transaction.

A use case's writes land together or not at all, so a crash or an error never leaves half
of a break's history behind. The repositories run their statements straight on the
block's connection (no ORM session), so each write is in the database, uncommitted, as
soon as it returns.

A failure of the storage itself (a full disk, a read-only folder, a lock held too long, a
database that vanished) leaves the block as StorageUnavailable, in plain words, so the
services can live through it without knowing SQLite.
"""

from __future__ import annotations

import sqlite3
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine, RootTransaction
from sqlalchemy.exc import DBAPIError

from desk_coach.adapters.storage.coaching_repository import SqlCoachingRepository
from desk_coach.adapters.storage.history_repository import SqlHistoryRepository
from desk_coach.services.ports import CoachingRepository, HistoryRepository, StorageUnavailable
from desk_coach.wording.translate import translate

# SQLite's primary result codes for a storage that cannot take a write right now.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 13, 14

# Each kind of failure: why saving stopped and what the user can do, in the user's language at
# the moment it happens (storage_unavailable). The reason follows "Saving stopped: ".


def _full() -> tuple[str, str]:
    return (
        #: Why saving stopped (after "Saving stopped: ").
        translate("Storage", "the disk that holds your history is full"),
        translate(
            "Storage",
            "Free some space on that disk; Desk Coach saves what it kept in the meantime as soon as it can.",
        ),
    )


def _read_only() -> tuple[str, str]:
    return (
        #: Why saving stopped (after "Saving stopped: ").
        translate("Storage", "the folder that holds your history is read-only"),
        translate(
            "Storage", "Make the folder writable again (or remount it); until then nothing new can be saved."
        ),
    )


def _locked() -> tuple[str, str]:
    return (
        #: Why saving stopped (after "Saving stopped: ").
        translate("Storage", "another program is holding your history database locked"),
        translate(
            "Storage",
            "Close any program that has the database open; Desk Coach saves what it kept once it is free.",
        ),
    )


def _vanished() -> tuple[str, str]:
    return (
        #: Why saving stopped (after "Saving stopped: ").
        translate(
            "Storage",
            "your history database or its folder cannot be opened "
            "(it may have been moved, deleted or unmounted)",
        ),
        translate(
            "Storage",
            "Put the folder back or restart Desk Coach; what it kept in the meantime is saved when it can.",
        ),
    )


def _failed() -> tuple[str, str]:
    return (
        #: Why saving stopped (after "Saving stopped: ").
        translate("Storage", "your history could not be written to the disk"),
        translate(
            "Storage", "Check the disk; Desk Coach saves what it kept in the meantime as soon as it can."
        ),
    )


FULL = StorageUnavailable(*_full())
READ_ONLY = StorageUnavailable(*_read_only())
LOCKED = StorageUnavailable(*_locked())
VANISHED = StorageUnavailable(*_vanished())
FAILED = StorageUnavailable(*_failed())
_WORDS = {FULL: _full, READ_ONLY: _read_only, LOCKED: _locked, VANISHED: _vanished, FAILED: _failed}
_BY_CODE = {
    _SQLITE_FULL: FULL,
    _SQLITE_READONLY: READ_ONLY,
    _SQLITE_PERM: READ_ONLY,
    _SQLITE_BUSY: LOCKED,
    _SQLITE_LOCKED: LOCKED,
    _SQLITE_CANTOPEN: VANISHED,
    _SQLITE_IOERR: FAILED,
}


def storage_unavailable(kind: StorageUnavailable) -> StorageUnavailable:
    """A fresh exception of ``kind`` (each raise gets its own traceback), told in the user's
    language of now."""
    words = _WORDS.get(kind)
    return StorageUnavailable(*words()) if words else StorageUnavailable(kind.reason, kind.advice)


def storage_failure(exc: BaseException) -> StorageUnavailable | None:
    """What ``exc`` says about the storage, in plain words; None for any other error (a bug)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    found = _BY_CODE.get(code & 0xFF)
    return None if found is None else storage_unavailable(found)


class SqlUnitOfWork:
    """Commits when the block ends normally, rolls back when it raises. Not re-entrant."""

    history: HistoryRepository
    coaching: CoachingRepository

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None
        self._transaction: RootTransaction | None = None

    def __enter__(self) -> Self:
        if self._connection is not None:
            raise RuntimeError("this unit of work is already in progress")
        try:
            connection = self._engine.connect()
        except DBAPIError as exc:
            raise storage_failure(exc) or exc from exc
        try:
            self._transaction = connection.begin()
        except BaseException as exc:
            connection.close()
            failure = storage_failure(exc)
            if failure is not None:
                raise failure from exc
            raise
        self._connection = connection
        self.history = SqlHistoryRepository(connection)
        self.coaching = SqlCoachingRepository(connection)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        connection, self._connection = self._connection, None
        transaction, self._transaction = self._transaction, None
        if connection is None or transaction is None:
            return
        try:
            if exc_type is None:
                transaction.commit()
            else:
                transaction.rollback()
        except DBAPIError as failed:
            raise storage_failure(failed) or failed from failed
        finally:
            connection.close()  # rolls back whatever a failed commit left open
        failure = storage_failure(exc) if exc is not None else None
        if failure is not None:
            raise failure from exc
