"""Schema migrations run from code, so a user's database is upgraded in place at start-up.

Alembic is driven without an alembic.ini: the script folder ships inside the package and
is found next to this file, which works the same in a checkout, a wheel and a frozen build
that keeps the migration sources as data files.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def upgrade_to_head(connection: Connection) -> None:
    """Bring the schema on ``connection`` to the newest revision, inside its transaction."""
    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def head_revision() -> str:
    """The revision this version of Desk Coach writes."""
    head = _scripts().get_current_head()
    if head is None:  # pragma: no cover - only if the versions folder went missing
        raise RuntimeError(f"no migrations found in {SCRIPT_LOCATION}")
    return head


def known_revisions() -> frozenset[str]:
    """Every revision this version can upgrade from; anything else came from a newer one."""
    return frozenset(script.revision for script in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None if it has never been migrated."""
    return MigrationContext.configure(connection).get_current_revision()
