"""Alembic's entry point, run from code by ``desk_coach.adapters.storage.migrate``.

There is no alembic.ini: the app passes an open connection in
``config.attributes["connection"]`` so migrations run inside the caller's transaction.
SQLite cannot ALTER most things, so batch mode (copy, recreate, rename) is always on.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from desk_coach.adapters.storage.models import metadata

config = context.config
target_metadata = metadata  # the Core tables the app writes through; autogenerate compares to them


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # A developer running the alembic CLI with ``-x url=...`` or sqlalchemy.url set.
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError(
            "no connection given: pass config.attributes['connection'] or -x url=sqlite:///..."
        )
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("Desk Coach migrations run online only, against a real SQLite connection.")
run_migrations_online()
