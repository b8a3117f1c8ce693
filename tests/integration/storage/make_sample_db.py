"""Build samples/schema_0001.sqlite: a database exactly as Desk Coach 0.1 (revision 0001) wrote it.

Run once and commit the result; tests copy it and check that upgrades keep every row.
It is written with raw SQL, not with the current models or migrations, so it stays a
faithful picture of the released schema however the code moves on. Rebuilding it is
deliberate: ``python tests/integration/storage/make_sample_db.py --force``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "samples" / "schema_0001.sqlite"

SCHEMA_0001 = """
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE sitting_bouts (
    id INTEGER NOT NULL,
    started_at DATETIME NOT NULL,
    ended_at DATETIME NOT NULL,
    start_utc_offset_min INTEGER NOT NULL,
    end_utc_offset_min INTEGER NOT NULL,
    end_reason VARCHAR(16) NOT NULL,
    CONSTRAINT pk_sitting_bouts PRIMARY KEY (id),
    CONSTRAINT ck_sitting_bouts_end_reason CHECK (end_reason IN ('idle', 'lock', 'sleep', 'break', 'quit')),
    CONSTRAINT ck_sitting_bouts_ends_after_start CHECK (ended_at >= started_at),
    CONSTRAINT ck_sitting_bouts_start_utc_offset_min CHECK (start_utc_offset_min BETWEEN -1439 AND 1439),
    CONSTRAINT ck_sitting_bouts_end_utc_offset_min CHECK (end_utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_sitting_bouts_ended_at ON sitting_bouts (ended_at);
CREATE INDEX ix_sitting_bouts_started_at ON sitting_bouts (started_at);
CREATE TABLE break_events (
    id INTEGER NOT NULL,
    occurred_at DATETIME NOT NULL,
    utc_offset_min INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    break_kind VARCHAR(16) NOT NULL,
    note TEXT NOT NULL,
    CONSTRAINT pk_break_events PRIMARY KEY (id),
    CONSTRAINT ck_break_events_kind CHECK (kind IN
        ('due', 'shown', 'taken', 'natural', 'snoozed', 'skipped', 'quiet_delayed')),
    CONSTRAINT ck_break_events_break_kind CHECK (break_kind IN ('micro', 'long')),
    CONSTRAINT ck_break_events_utc_offset_min CHECK (utc_offset_min BETWEEN -1439 AND 1439)
);
CREATE INDEX ix_break_events_occurred_at ON break_events (occurred_at);
"""

# UTC text as SQLAlchemy writes DATETIME on SQLite, plus the user's offset in minutes:
# for a bout, the offset at its start and the offset at its end.
BOUTS = [
    # Berlin in winter time (+01:00), the Friday before the clocks change.
    (1, "2026-03-27 08:02:11.000000", "2026-03-27 08:49:40.250000", 60, 60, "break"),
    # A late night across the spring-forward of Sunday 29 March: 01:30 at +01:00 to
    # 03:20 at +02:00, fifty minutes of sitting.
    (2, "2026-03-29 00:30:00.000000", "2026-03-29 01:20:00.000000", 60, 120, "idle"),
    # Berlin in summer time (+02:00), the Monday after.
    (3, "2026-03-30 07:15:00.000000", "2026-03-30 08:05:30.000000", 120, 120, "idle"),
    # A trip to Bengaluru (+05:30).
    (4, "2026-04-02 03:45:00.000000", "2026-04-02 04:40:12.500000", 330, 330, "lock"),
    # A call from New York in daylight time (-04:00), ended by quitting the app.
    (5, "2026-04-02 19:00:00.000000", "2026-04-02 19:20:00.000000", -240, -240, "quit"),
    # Lid closed straight after waking: a zero-length bout.
    (6, "2026-04-03 12:00:00.000000", "2026-04-03 12:00:00.000000", 0, 0, "sleep"),
]

BREAK_EVENTS = [
    (1, "2026-03-27 08:47:00.000000", 60, "due", "micro", ""),
    (2, "2026-03-27 08:47:00.500000", 60, "shown", "micro", ""),
    (3, "2026-03-27 08:49:40.250000", 60, "taken", "micro", "Schulterkreisen \u2713"),
    (4, "2026-03-30 08:00:00.000000", 120, "due", "long", ""),
    (5, "2026-03-30 08:00:01.000000", 120, "snoozed", "long", "in a meeting, don't nag"),
    (6, "2026-03-30 08:05:30.000000", 120, "natural", "long", ""),
    (7, "2026-04-02 04:30:00.000000", 330, "quiet_delayed", "micro", "presenting"),
    (8, "2026-04-02 19:10:00.000000", -240, "skipped", "micro", ""),
]


def build(target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        with connection:
            connection.executescript("BEGIN;" + SCHEMA_0001 + "COMMIT;")
        with connection:
            connection.execute("INSERT INTO alembic_version (version_num) VALUES ('0001')")
            connection.executemany("INSERT INTO sitting_bouts VALUES (?, ?, ?, ?, ?, ?)", BOUTS)
            connection.executemany("INSERT INTO break_events VALUES (?, ?, ?, ?, ?, ?)", BREAK_EVENTS)
    partial.replace(target)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace an existing sample")
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args(argv)
    if args.out.exists() and not args.force:
        print(f"{args.out} exists; it is a frozen fixture. Use --force to rebuild it.", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    build(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
