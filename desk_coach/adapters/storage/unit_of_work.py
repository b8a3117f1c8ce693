"""UnitOfWork over SQLAlchemy sessions: one ``with`` block, one SQLite transaction.

A use case's writes land together or not at all, so a crash or an error never leaves half
of a break's history behind.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from desk_coach.adapters.storage.coaching_repository import SqlCoachingRepository
from desk_coach.adapters.storage.history_repository import SqlHistoryRepository
from desk_coach.services.ports import CoachingRepository, HistoryRepository


class SqlUnitOfWork:
    """Commits when the block ends normally, rolls back when it raises. Not re-entrant."""

    history: HistoryRepository
    coaching: CoachingRepository

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already in progress")
        self._session = self._session_factory()
        self.history = SqlHistoryRepository(self._session)
        self.coaching = SqlCoachingRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
        finally:
            session.close()  # rolls back whatever a failed commit left open
