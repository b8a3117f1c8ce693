"""Opening the history database safely: private files, durable settings, and no data loss.

The database is the user's record of weeks of sitting, so it is never overwritten or
deleted. A file this version cannot use (not a database, damaged, or written by a newer
Desk Coach) is renamed beside itself with the reason and a timestamp, the user is told in
plain words where it went, and Desk Coach carries on with a fresh database.

A data folder that cannot be written (a read-only mount, a sandbox) is no reason not to
start: the history there is opened read-only (or, when there is none, an empty one in
memory), the user is told that nothing new can be saved, and every write is refused by
SQLite as read-only, which the coach lives through.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from desk_coach.adapters.storage.migrate import (
    head_revision,
    known_revisions,
    stamped_revision,
    upgrade_to_head,
)
from desk_coach.domain.clock import Clock
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Files SQLite keeps beside the database; they belong to it and move with it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 5000
# Primary result codes that mean "this file is damaged", as opposed to locked or unreadable.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class DatabaseError(Exception):
    """The history database cannot be used at all; the message says why, in plain words."""


@dataclass(frozen=True)
class _Problem:
    """Why an existing file cannot be used: a short tag for its new name, and an explanation
    (in the user's language when it is told)."""

    tag: str
    explanation: Callable[[], str]


NOT_A_DATABASE = _Problem(
    "corrupt", lambda: translate("Storage", "The file Desk Coach keeps your history in is not a database.")
)
CORRUPT = _Problem(
    "corrupt",
    lambda: translate("Storage", "Desk Coach's history database is damaged and could not be read safely."),
)
NEWER_SCHEMA = _Problem(
    "newer-schema",
    lambda: translate(
        "Storage",
        "Desk Coach's history database was saved by a newer version of Desk Coach, which this "
        "version cannot read. Update Desk Coach and move the file back to use that history again.",
    ),
)
UNRECOGNISED = _Problem(
    "unrecognised",
    lambda: translate(
        "Storage", "The file where Desk Coach keeps your history holds a database Desk Coach did not create."
    ),
)


@dataclass
class Database:
    """An open history database: the engine (hand it to SqlUnitOfWork and load_week) and user notices."""

    path: Path | None  # None for the in-memory empty_history()
    engine: Engine
    notices: list[str] = field(default_factory=list)
    read_only: bool = False  # the data folder cannot be written: every write is refused

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path: Path, clock: Clock) -> Database:
    """Open (creating or upgrading as needed) the history database at ``path``.

    ``clock`` stamps the new name of a file that has to be moved aside.
    """
    notices: list[str] = []
    if not _prepare_folder(path.parent):
        return _open_read_only(path)
    problem = _check_existing(path)
    if problem is not None:
        moved_to = _move_aside(path, problem.tag, clock)
        #: After why the history database could not be used: {explanation} is that sentence, {moved_to}
        #: the path where the old file now is.
        moved = translate(
            "Storage",
            "{explanation} Nothing in it was changed or deleted: the old file is now at "
            "{moved_to}. Desk Coach is continuing with a fresh, empty history.",
        )
        notices.append(moved.format(explanation=problem.explanation(), moved_to=moved_to))
    elif not path.exists() or path.stat().st_size == 0:
        _move_orphaned_companions(path, clock)
    _create_private_file(path)
    at_head = path.stat().st_size > 0 and stamped_revision(path) == head_revision()
    engine = _make_engine(path)
    try:
        if not at_head:
            _upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        #: {path} is the database file, {error} the database's own words (English).
        failed = translate("Storage", "Desk Coach could not prepare its history database at {path}: {error}")
        raise DatabaseError(failed.format(path=path, error=exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, notices)


def _upgrade(engine: Engine) -> None:
    """Run the migrations in one transaction, with foreign keys off while they run.

    SQLite changes a table by building a new one and dropping the old: with foreign keys on,
    dropping a parent table (routine_sessions, screen_results) would delete every child row
    through ON DELETE CASCADE. The keys are checked before the transaction commits instead.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, where SQLite honours it
        try:
            with connection.begin():
                upgrade_to_head(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(f"the upgrade would leave {len(broken)} rows without their parent")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def empty_history(*, read_only: bool = False) -> Database:
    """An empty history at the current schema, held in memory and never written anywhere.

    Read commands (``plan``, ``stats``) answer from it when there is no database yet, so
    reading creates no file or folder. Its ``path`` is None. ``read_only``: it refuses every
    write, as a read-only database would, so nothing claims to be saved.
    """
    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", _configure_memory_connection)
    event.listen(engine, "begin", _begin)
    with engine.begin() as connection:
        upgrade_to_head(connection)
    if read_only:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA query_only = ON")  # one shared connection (StaticPool): it stays on
    return Database(None, engine, read_only=read_only)


def read_only_notice() -> str:
    """What the user is told when the data folder cannot be written; ``{folder}`` in it."""
    #: {folder} is the folder where Desk Coach keeps its data.
    return translate(
        "Storage",
        "Desk Coach cannot save anything in its data folder {folder}: it is read-only. It shows the "
        "history that is there and keeps coaching, but nothing new can be saved; make the folder "
        "writable (or free space on its disk) and start Desk Coach again to save again.",
    )
_CANNOT_WRITE = (errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT, errno.ENOSPC)


def _prepare_folder(folder: Path) -> bool:
    """Create the data folder as user-only, or make an existing one so; False when it cannot be
    written (a read-only mount, a sandbox): the history is then only read."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError as exc:
        if exc.errno in _CANNOT_WRITE and folder.is_dir():
            return False
        #: {folder} is the data folder, {error} the system's reason.
        cannot = translate("Storage", "Desk Coach cannot create or use its data folder {folder}: {error}")
        raise DatabaseError(cannot.format(folder=folder, error=_why(exc))) from exc
    if mode != 0o700:  # mkdir leaves an existing folder as it was
        try:
            os.chmod(folder, 0o700)
        except OSError as exc:
            if exc.errno not in _CANNOT_WRITE:
                #: {folder} is the data folder, {error} the system's reason.
                cannot = translate("Storage", "Desk Coach cannot use its data folder {folder}: {error}")
                raise DatabaseError(cannot.format(folder=folder, error=_why(exc))) from exc
            log.warning("could not make %s private (%s)", folder, _why(exc))
    return os.access(folder, os.W_OK)


def _open_read_only(path: Path) -> Database:
    """The history in a folder that cannot be written: read as it is, never written.

    ``immutable``: SQLite can then read a write-ahead-log database without creating its -shm
    file, which a read-only folder would refuse. Without a usable file, an empty history in memory.
    """
    notice = read_only_notice().format(folder=path.parent)
    log.warning("data folder %s cannot be written: opening the history read-only", path.parent)
    try:
        usable = path.is_file() and path.stat().st_size > 0 and _check_existing(path, immutable=True) is None
        current = usable and stamped_revision(path, immutable=True) == head_revision()
    except (OSError, DatabaseError, sqlite3.Error) as exc:
        log.warning("the history at %s cannot be read: %s", path, exc)
        usable = current = False
    if usable and not current:
        notice += " (The history there was saved by another version and cannot be shown without saving.)"
    if not current:
        database = empty_history(read_only=True)
        database.notices.append(notice)
        return database
    query = {"uri": "true", "mode": "ro", "immutable": "1"}
    engine = create_engine(URL.create("sqlite+pysqlite", database=path.resolve().as_uri(), query=query))
    event.listen(engine, "connect", _configure_read_only_connection)
    event.listen(engine, "begin", _begin)
    return Database(path, engine, [notice], read_only=True)


def _read_only_uri(path: Path, *, immutable: bool = True) -> str:
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def _create_private_file(path: Path) -> None:
    """Create the file as user-only before SQLite does; SQLite copies its mode to -wal/-shm."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        for file in (path, *_companions(path)):
            if file.exists() and stat.S_IMODE(file.stat().st_mode) != 0o600:
                os.chmod(file, 0o600)
    except OSError as exc:
        #: {path} is the database file, {error} the system's reason.
        cannot = translate("Storage", "Desk Coach cannot write its history database {path}: {error}")
        raise DatabaseError(cannot.format(path=path, error=_why(exc))) from exc


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _companions(path: Path) -> Iterator[Path]:
    return (path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)


# --- checking an existing file -----------------------------------------------------------


def _check_existing(path: Path, *, immutable: bool = False) -> _Problem | None:
    """What is wrong with the file at ``path``, or None if it is absent, empty or usable."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None
    except OSError as exc:
        #: {path} is the database file, {error} the system's reason.
        cannot = translate("Storage", "Desk Coach cannot read its history database {path}: {error}")
        raise DatabaseError(cannot.format(path=path, error=_why(exc))) from exc
    if not header:
        return None  # a 0-byte file is a valid, empty SQLite database
    if header != SQLITE_MAGIC:
        return NOT_A_DATABASE
    uri = _read_only_uri(path, immutable=immutable)
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                return CORRUPT
            return _schema_problem(connection)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return CORRUPT
        #: {path} is the database file, {error} the database's own words (English).
        cannot = translate("Storage", "Desk Coach could not check its history database {path}: {error}")
        raise DatabaseError(cannot.format(path=path, error=exc)) from exc


def _schema_problem(connection: sqlite3.Connection) -> _Problem | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" in tables:
        stamped = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        return NEWER_SCHEMA if stamped - known_revisions() else None
    if tables - {"sqlite_sequence"}:
        return UNRECOGNISED
    return None


# --- moving a file aside --------------------------------------------------------------------


def _move_aside(path: Path, tag: str, clock: Clock) -> Path:
    """Rename ``path`` (and its companions) to ``<name>.<tag>-<timestamp>[-n]``; return the new path."""
    stem = f"{path.name}.{tag}-{clock.now().strftime('%Y%m%d-%H%M%S')}"
    target = path.with_name(stem)
    counter = 1
    while any(p.exists() for p in (target, *_companions(target))):
        counter += 1
        target = path.with_name(f"{stem}-{counter}")
    # Companions first: a stray -wal left beside a fresh database would be replayed into it.
    for companion, moved in zip(_companions(path), _companions(target), strict=True):
        if companion.exists():
            _rename_without_clobbering(companion, moved)
    _rename_without_clobbering(path, target)
    return target


def _move_orphaned_companions(path: Path, clock: Clock) -> None:
    """Move -wal/-shm files left without their database, so they never meet a fresh one."""
    orphans = [companion for companion in _companions(path) if companion.exists()]
    if not orphans:
        return
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    for orphan in orphans:
        target = orphan.with_name(f"{orphan.name}.orphaned-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = orphan.with_name(f"{orphan.name}.orphaned-{stamp}-{counter}")
        _rename_without_clobbering(orphan, target)
        log.warning("moved %s, left behind without its database, to %s", orphan, target)


def _rename_without_clobbering(source: Path, target: Path) -> None:
    """Rename, but fail rather than replace an existing file (POSIX rename would replace it)."""
    #: A file Desk Coach cannot use is moved aside: {source} is its path, {target} the new one,
    #: {error} the reason.
    failure = translate("Storage", "Desk Coach could not move {source} aside to {target}: {error}")
    #: Why a file could not be moved aside: another file has the name it was to get.
    taken = translate("Storage", "that name is already taken")
    try:
        os.link(source, target)  # refuses an existing target, atomically
    except FileExistsError as exc:
        raise DatabaseError(failure.format(source=source, target=target, error=taken)) from exc
    except OSError:  # no hard links on this file system: check, then rename
        if target.exists():
            raise DatabaseError(failure.format(source=source, target=target, error=taken)) from None
        try:
            os.rename(source, target)
        except OSError as exc:
            raise DatabaseError(failure.format(source=source, target=target, error=_why(exc))) from exc
        return
    try:
        os.unlink(source)
    except OSError as exc:
        raise DatabaseError(failure.format(source=source, target=target, error=_why(exc))) from exc


# --- connections ------------------------------------------------------------------------------


def _make_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "checkout", _StillThere(path))
    return engine


class _StillThere:
    """Refuse a connection once the database file is gone or another file stands in its place.

    An open SQLite connection would go on writing into a deleted file, and nobody would ever
    read it again. The file is known by its device and inode from the first connection on; it
    is usable again once it is back (a folder moved back or remounted keeps them).
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._identity: tuple[int, int] | None = None

    def __call__(self, _dbapi_connection: object, _record: object, _proxy: object) -> None:
        from desk_coach.adapters.storage.unit_of_work import VANISHED, storage_unavailable

        try:
            info = self._path.stat()
        except OSError:
            raise storage_unavailable(VANISHED) from None
        identity = (info.st_dev, info.st_ino)
        if self._identity is None:
            self._identity = identity
        elif identity != self._identity:
            raise storage_unavailable(VANISHED)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Durable, concurrent-reader-friendly settings on every new connection."""
    # Let SQLAlchemy emit BEGIN itself, so DDL in migrations is transactional too.
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        (mode,) = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if str(mode).lower() != "wal":
            raise DatabaseError(f"SQLite refused write-ahead logging (journal mode stayed {mode!r})")
        cursor.execute("PRAGMA synchronous = FULL")


def _configure_read_only_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")


def _configure_memory_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA foreign_keys = ON")


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")
