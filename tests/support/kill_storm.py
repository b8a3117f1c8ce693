"""Kill the coach's work at random moments and count what was lost: a storm of SIGKILLs.

Run as ``python tests/support/kill_storm.py FOLDER --kills N --seed S``; prints one JSON report.

This process loads the app's code once and then forks, again and again, a worker that does what
the running coach does with its files: a start (the database created with its migrations on a
first start, opened and recovered after a kill), reminders and breaks from the real Coach on a
manual clock, a guided routine stored through the real RoutineService, a settings save through
SettingsFile, an export. Forking spares each restart the imports (about half a second), so a few
hundred kills fit in a couple of minutes on two cores. Each worker is killed (SIGKILL: no
handler, no clean-up) at a random moment; every tenth round starts from no database at all, and
is killed within the time a first start takes, so kills land inside the migrations.

After each commit the worker tells this process, through a pipe, how many rows each table holds
and the highest row id: those rows are committed and must survive. After each kill this
process checks the database with ``PRAGMA integrity_check``, counts the rows again (rows lost:
reported ones missing), checks that the settings file is whole (the value saved last, or the
one being saved when the kill came), and that no database was moved aside as damaged. The next
worker is the restart: it opens the database the way the app does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
import tomllib
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from routine_coach import routine_service
from simulation import Simulation, Span, monday_at, take_desk_worker_self_check

from desk_coach.adapters.settings_file import SettingsFile, shipped_schema
from desk_coach.adapters.storage.export import export_data
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings import defaults

FIRST_START_EVERY = 10
WORK_WINDOW_S = 0.8  # a worker is killed at a random moment this long after it was forked
FIRST_START_WINDOW_S = 0.5  # on a first start: within the migrations
# The windows are for a first start of about FIRST_START_WINDOW_S. On a busy machine (the suite
# runs in parallel workers) a start takes longer: before each tenth round a first start that is
# not killed until it has committed measures the pace, and both windows stretch by as much, so
# kills still land in every kind of work rather than all in the start.
PACE_TIMEOUT_S = 120.0


def counts(database: Path) -> dict[str, list[int]]:
    """Each table's row count and highest row id, read afresh: what is committed."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {
            table: list(connection.execute(f'SELECT count(*), max(rowid) FROM "{table}"').fetchone())
            for table in tables
        }


def worker(folder: Path, round_number: int, pipe: int) -> None:
    """The coach's work, until killed. Runs in the forked child."""

    def tell(kind: str, value: object) -> None:
        os.write(pipe, (json.dumps([kind, value]) + "\n").encode())

    rng = random.Random(round_number)
    database = folder / "desk-coach.db"
    settings = defaults(shipped_schema())
    settings = replace(settings, work_hours=replace(settings.work_hours, honour=False))
    start = monday_at(9, 0) + timedelta(days=round_number)  # each start later than the last
    tell("doing", "first start" if not database.exists() else "start")
    sim = Simulation(start, database, settings)  # opens the database: migrations on a first start
    tell("notices", sim.database.notices)
    sim.user.work.append(Span(start, start + timedelta(hours=20)))
    unit_of_work = lambda: SqlUnitOfWork(sim.database.engine)  # noqa: E731

    with unit_of_work() as uow:
        set_up = bool(uow.coaching.screens_between(start - timedelta(days=400), start + timedelta(days=1)))
    if not set_up:
        take_desk_worker_self_check(unit_of_work, start)
    routines = routine_service(sim.database, sim.clock, settings)
    settings_file = SettingsFile(folder / "settings.toml")
    sim.coach.start()
    tell("committed", counts(database))
    while True:
        work = rng.choice(("reminder", "routine", "settings", "export"))
        tell("doing", work)
        if work == "reminder":  # a break comes due, is shown, answered and taken
            sim.run_until(sim.clock.now() + timedelta(minutes=33))
        elif work == "routine":
            plan = routines.plan_break(BreakKind.LONG, 600)
            session = routines.start(plan)
            sim.clock.advance(timedelta(minutes=2))
            feedback = [ExerciseFeedback(item.exercise_id, Effort.JUST_RIGHT, 0, 1.0) for item in plan.items]
            routines.finish(session, plan, feedback, completed=True)
        elif work == "settings":
            minutes = rng.randint(20, 60)
            tell("saving", minutes)
            settings_file.update({"breaks": {"sit_interval_min": minutes}})
            tell("saved", minutes)
        else:
            export_data(sim.database.engine, "json", folder / "export.json", sim.clock.now(), force=True)
        tell("committed", counts(database))


def read_messages(reader: int, pending: bytearray, deadline: float | None) -> list[list]:
    """Messages from the worker until ``deadline`` (None: whatever is left in the pipe)."""
    messages = []
    while True:
        timeout = 0 if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([reader], [], [], timeout)
        if not ready:
            break
        chunk = os.read(reader, 65536)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            messages.append(json.loads(line))
    return messages


def storm(folder: Path, kills: int, seed: int) -> dict:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "desk-coach.db"
    report = {"kills": 0, "restarts": 0, "first_starts": 0, "integrity_checks": 0, "integrity_failures": [],
              "rows_committed": 0, "rows_lost": 0, "lost": [], "settings_saves": 0, "settings_broken": [],
              "moved_aside": [], "worker_errors": [], "killed_during": {}, "seconds": 0.0, "slowness": 1.0}
    pace_folder = folder.with_name(folder.name + "-pace")
    pace_folder.mkdir(parents=True, exist_ok=True)
    slowness = 1.0
    committed: dict[str, list[int]] = {}
    settings_ok: set[int | None] = {None}  # what the settings file may hold: None = no file yet
    began = time.monotonic()
    for round_number in range(kills):
        first_start = round_number % FIRST_START_EVERY == 0
        if first_start:
            for path in folder.iterdir():
                path.unlink()
            committed, settings_ok = {}, {None}
            report["first_starts"] += 1
        else:
            report["restarts"] += 1
        if first_start:
            slowness = max(1.0, first_start_seconds(pace_folder, round_number) / FIRST_START_WINDOW_S)
            report["slowness"] = max(report["slowness"], round(slowness, 2))
        window = (FIRST_START_WINDOW_S if first_start else WORK_WINDOW_S) * slowness
        messages = kill_a_worker(folder, round_number, rng.uniform(0, window))
        report["kills"] += 1
        doing = [value for kind, value in messages if kind == "doing"]
        moment = doing[-1] if doing else "loading"
        report["killed_during"][moment] = report["killed_during"].get(moment, 0) + 1
        committed, settings_ok = take_messages(messages, committed, settings_ok, report)
        check(database, committed, settings_ok, folder, report)
    report["rows_committed"] = sum(count for count, _ in committed.values())
    report["seconds"] = round(time.monotonic() - began, 1)
    return report


def first_start_seconds(folder: Path, round_number: int) -> float:
    """How long a first start takes on this machine now: a worker forked on an empty ``folder``,
    killed once it has said it committed (or after PACE_TIMEOUT_S)."""
    for path in folder.iterdir():
        path.unlink()
    reader, writer = os.pipe()
    began = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        with contextlib.suppress(BaseException):
            worker(folder, round_number, writer)
        os._exit(3)
    os.close(writer)
    pending = bytearray()
    deadline = began + PACE_TIMEOUT_S
    exited = False
    while time.monotonic() < deadline and not exited:
        messages = read_messages(reader, pending, min(deadline, time.monotonic() + 0.05))
        if any(kind == "committed" for kind, _ in messages):
            break
        exited = os.waitpid(pid, os.WNOHANG) != (0, 0)  # it failed: the storm's own rounds say how
    took = time.monotonic() - began
    if not exited:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(reader)
    return took


def kill_a_worker(folder: Path, round_number: int, after_s: float) -> list:
    """Fork a worker on ``folder``, SIGKILL it ``after_s`` seconds later; what it said until then."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(reader)
        try:
            worker(folder, round_number, writer)
        except BaseException as error:
            os.write(writer, (json.dumps(["error", repr(error)]) + "\n").encode())
        os._exit(3)
    os.close(writer)
    pending = bytearray()
    messages = read_messages(reader, pending, time.monotonic() + after_s)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    messages += read_messages(reader, pending, None)  # what it said before it died
    os.close(reader)
    return messages


def take_messages(
    messages: list, committed: dict[str, list[int]], settings_ok: set[int | None], report: dict
) -> tuple[dict[str, list[int]], set[int | None]]:
    """What the killed worker's messages say was committed, and what the settings file may hold."""
    for kind, value in messages:
        if kind == "committed":
            committed = value
        elif kind == "saving":
            settings_ok.add(value)
        elif kind == "saved":
            settings_ok = {value}
            report["settings_saves"] += 1
        elif kind == "notices" and value:
            report["moved_aside"].append(value)
        elif kind == "error":
            report["worker_errors"].append(value)
    return committed, settings_ok


def check(
    database: Path, committed: dict[str, list[int]], settings_ok: set, folder: Path, report: dict
) -> None:
    if database.exists():
        with contextlib.closing(sqlite3.connect(database)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            report["integrity_checks"] += 1
            if result != [("ok",)]:
                report["integrity_failures"].append(result[:5])
            for table, (count, highest) in committed.items():
                query = f'SELECT count(*) FROM "{table}" WHERE rowid <= ?'
                (found,) = connection.execute(query, (highest or 0,)).fetchone()
                if found < count:
                    report["rows_lost"] += count - found
                    report["lost"].append([table, count, found])
    elif committed:
        report["rows_lost"] += sum(count for count, _ in committed.values())
        report["lost"].append(["the whole database is gone", committed])
    settings = folder / "settings.toml"
    value = None
    if settings.exists():
        try:
            document = tomllib.loads(settings.read_text(encoding="utf-8"))
            value = document.get("breaks", {}).get("sit_interval_min", 30)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            value = f"unreadable: {error}"
    if value not in settings_ok and not (value == 30 and None in settings_ok):
        report["settings_broken"].append([value, sorted(map(str, settings_ok))])
    aside = [path.name for path in folder.iterdir() if ".corrupt-" in path.name or ".newer-" in path.name]
    if aside:
        report["moved_aside"].append(aside)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    print(json.dumps(storm(args.folder, args.kills, args.seed)))


if __name__ == "__main__":
    main()
