"""Schema migrations run from code, so a user's database is upgraded in place at start-up.

Alembic is driven without an alembic.ini: the script folder ships inside the package and
is found next to this file, which works the same in a checkout, a wheel and a frozen build
that keeps the migration sources as data files.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"
# Each migration file is named after its revision ("0002_coaching.py" holds revision "0002"),
# so the revisions can be listed without importing Alembic (~17 MB): a start-up on a database
# already at head never loads it. tests/integration/storage checks the names against Alembic.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def shipped_revisions() -> frozenset[str]:
    """The revisions whose migration files ship with this version, read from the file names."""
    return frozenset(
        match.group(1)
        for name in (p.name for p in (SCRIPT_LOCATION / "versions").iterdir())
        if (match := _REVISION_FILE.match(name))
    )


def stamped_revision(path: Path, *, immutable: bool = False) -> str | None:
    """The revision stamped in the database file at ``path`` (read-only, no Alembic).

    ``immutable``: for a file in a folder that cannot be written (SQLite then needs no -shm file).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:
            return None
    return rows[0][0] if len(rows) == 1 else None


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def upgrade_to_head(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision, inside its transaction."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def head_revision() -> str:
    """The revision this version of Desk Coach writes (the highest shipped one)."""
    revisions = shipped_revisions()
    if not revisions:  # pragma: no cover - only if the versions folder went missing
        raise RuntimeError(f"no migrations found in {SCRIPT_LOCATION}")
    return max(revisions)


def known_revisions() -> frozenset[str]:
    """Every revision this version can upgrade from; anything else came from a newer one."""
    return shipped_revisions()


def alembic_revisions() -> tuple[frozenset[str], str | None]:
    """The revisions and head as Alembic itself reads them (for the test that guards the names)."""
    scripts = _scripts()
    return frozenset(s.revision for s in scripts.walk_revisions()), scripts.get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None if it has never been migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
