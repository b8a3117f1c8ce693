"""UnitOfWork over a SQLAlchemy Core connection: one ``with`` block, one SQLite transaction.

A use case's writes land together or not at all, so a crash or an error never leaves half
of a break's history behind. The repositories run their statements straight on the
block's connection (no ORM session), so each write is in the database, uncommitted, as
soon as it returns.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine, RootTransaction

from desk_coach.adapters.storage.coaching_repository import SqlCoachingRepository
from desk_coach.adapters.storage.history_repository import SqlHistoryRepository
from desk_coach.services.ports import CoachingRepository, HistoryRepository


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
        connection = self._engine.connect()
        try:
            self._transaction = connection.begin()
        except BaseException:
            connection.close()
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
        finally:
            connection.close()  # rolls back whatever a failed commit left open
