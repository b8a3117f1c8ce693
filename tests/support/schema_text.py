"""Schemas compared by meaning: the order and quoting that SQLite table rebuilds change set aside."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def _definitions(body: str) -> tuple[str, ...]:
    """The comma-separated column and constraint definitions of a CREATE TABLE, sorted."""
    parts, depth, current = [], 0, ""
    for char in body:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return tuple(sorted(parts))


def normalised_schema(rows: Iterable[Sequence[object]]) -> list[tuple[object, ...]]:
    """Rows of sqlite_master (the SQL text last) with each table's SQL as its head and its set
    of definitions: Alembic's batch mode quotes the name and appends what it adds."""
    result = []
    for row in rows:
        *rest, sql = row
        if isinstance(sql, str) and sql.upper().replace(" ", "").startswith("CREATETABLE"):
            head, _, body = sql.partition("(")
            body = body.rstrip().removesuffix(")")
            result.append((*rest, head.replace('"', "").replace(" ", "").upper(), _definitions(body)))
        else:
            result.append((*rest, sql))
    return result
