"""The ports: what the services need from the world, as Protocols.

Adapters implement them for real (SQLite, APScheduler, D-Bus...); tests implement them
with in-memory fakes. Services import nothing but these and the domain.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from desk_coach.domain.history import BreakEvent, SittingBout


class HistoryRepository(Protocol):
    """Sitting bouts and break events, the raw material of the progress charts."""

    def add_bout(self, bout: SittingBout) -> None: ...

    def add_break_event(self, event: BreakEvent) -> None: ...

    def bouts_between(self, start: datetime, end: datetime) -> list[SittingBout]:
        """Bouts that started in [start, end), oldest first."""
        ...

    def break_events_between(self, start: datetime, end: datetime) -> list[BreakEvent]:
        """Break events that happened in [start, end), oldest first."""
        ...


class UnitOfWork(Protocol):
    """One use case, one transaction: everything inside commits together or not at all.

    Leaving the ``with`` block normally commits; an exception rolls back.
    """

    history: HistoryRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
