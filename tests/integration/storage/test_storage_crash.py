"""A process killed with SIGKILL loses only its open transaction, never a committed one.

A child process writes through the real adapter, printing each id after its commit; the
parent kills it, then checks the file is intact, every printed id is there and nothing of
the interrupted transaction is.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from desk_coach.adapters.storage.database import open_database
from desk_coach.domain.clock import ManualClock

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

COMMITS = 200
BIG_TRANSACTION = 3000

CHILD = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.history import BreakEvent, BreakEventKind, BreakKind

path, commits, big = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
db = open_database(path, ManualClock(datetime(2026, 11, 25, 14, 30, tzinfo=UTC)))
# A tiny page cache makes the big transaction spill uncommitted pages into the WAL.
event.listen(db.engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA cache_size = 8"))
db.engine.dispose()
start = datetime(2026, 11, 25, 9, tzinfo=UTC)

def taken(i, note):
    return BreakEvent(start + timedelta(seconds=i), BreakEventKind.TAKEN, BreakKind.MICRO, note)

for i in range(commits):
    with SqlUnitOfWork(db.engine) as uow:
        uow.history.add_break_event(taken(i, f"committed-{i}"))
    print(i, flush=True)

with SqlUnitOfWork(db.engine) as uow:
    for j in range(big):
        uow.history.add_break_event(taken(commits + j, f"interrupted-{j}" + "x" * 60))
    # Every row is now written, uncommitted, into the database.
    assert len(uow.history.break_events_between(start, start + timedelta(days=1))) == commits + big
    print("MID", flush=True)
    sys.stdin.readline()  # the parent kills us here; commit would follow
"""


def run_and_kill(db_path: Path, tmp_path: Path, kill_after: int | None) -> list[int]:
    """Run the child; kill it at "MID", or once ``kill_after`` commits were printed."""
    printed: list[int] = []
    saw_mid = False
    with (
        (tmp_path / "child.err").open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(COMMITS), str(BIG_TRANSACTION)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=tmp_path,
        ) as child,
    ):
        watchdog = threading.Timer(120, child.kill)  # a hung child fails the test, not the run
        watchdog.start()
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == "MID":
                    saw_mid = True
                    break
                printed.append(int(line))
                if kill_after is not None and len(printed) == kill_after:
                    break
            child.send_signal(signal.SIGKILL)
            # Anything printed before the signal landed was committed too.
            printed.extend(int(line) for line in child.stdout.read().split() if line != "MID")
            child.wait()
        finally:
            watchdog.cancel()
    errors = (tmp_path / "child.err").read_text()
    assert child.returncode == -signal.SIGKILL, errors
    if kill_after is None:
        assert saw_mid, errors
    return printed


def check_after_crash(db_path: Path, printed: list[int], clock: ManualClock) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        notes = {row[0] for row in connection.execute("SELECT note FROM break_events")}
    assert {f"committed-{i}" for i in printed} <= notes
    assert not any(note.startswith("interrupted-") for note in notes)
    # Commits are in order, so what survived is a gap-free run from the first.
    assert notes == {f"committed-{i}" for i in range(len(notes))}
    db = open_database(db_path, clock)
    db.dispose()
    assert db.notices == []


def test_kill_in_the_middle_of_a_big_transaction(db_path: Path, tmp_path: Path, clock: ManualClock) -> None:
    printed = run_and_kill(db_path, tmp_path, kill_after=None)
    assert printed == list(range(COMMITS))
    check_after_crash(db_path, printed, clock)


def test_kill_between_small_commits(db_path: Path, tmp_path: Path, clock: ManualClock) -> None:
    seed = random.randrange(2**32)
    kill_after = random.Random(seed).randint(1, COMMITS - 1)
    printed = run_and_kill(db_path, tmp_path, kill_after=kill_after)
    assert len(printed) >= kill_after, f"seed {seed}"
    check_after_crash(db_path, printed, clock)
