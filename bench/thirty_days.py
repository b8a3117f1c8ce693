"""Thirty simulated days through the services: wall time per day, and whether memory grows.

The real Coach and RoutineService, built by the composition root (bootstrap.Container) on a
ManualClock and FakeTimers, with a real SQLite file and no Qt: an office worker types, answers
most reminders with Start (now and then Snooze or Skip), does the exercises each break plans and
rates them, has lunch and meetings, and the laptop sleeps every night and over the weekend.
Thirty calendar days from Monday 2 March 2026 in Berlin, so the switch to summer time on
29 March is in it.

After each simulated day: RSS (after gc.collect()), the Python heap (tracemalloc) and SQLite's
own heap (sqlite3_memory_used). Growth is read from day 5 to day 30, after the warm-up (imports,
caches filling, the first pages of the database).

    .venv/bin/python bench/thirty_days.py [--days 30] [--no-tracemalloc] [--json ...]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

from bench_common import HERE, write_json
from fakes import ScriptedQuiet
from proc_stats import sample
from simulated_use import BenchTimers, at
from simulation import OfficeWorker, Span, take_desk_worker_self_check

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.bootstrap import CoachParts, Container
from desk_coach.domain.break_screen import Cover
from desk_coach.domain.clock import ManualClock
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import ReminderAction
from desk_coach.domain.settings import defaults
from desk_coach.services.daily_check import DAILY_CHECK_AT
from desk_coach.services.routines import RoutineService

FIRST_DAY = date(2026, 3, 2)  # a Monday; summer time starts on Sunday the 29th
SEED = 20260302
ANSWER_AFTER = timedelta(seconds=20)
WARM_UP_DAYS = 5


def plan_workday(worker: OfficeWorker, day: date, rng: random.Random) -> None:
    """Morning and afternoon at the desk, lunch away, sometimes a meeting with the camera on.

    Spans of earlier days are dropped: the worker remembers today only, as a person would.
    """
    keep_from = at(day, 0)
    worker.work = [s for s in worker.work if s.end > keep_from]
    worker.away = [s for s in worker.away if s.end > keep_from]
    worker.meetings = [s for s in worker.meetings if s.end > keep_from]
    begin = at(day, 9) + timedelta(minutes=rng.randint(-10, 10))
    lunch = at(day, 12, 15) + timedelta(minutes=rng.randint(0, 30))
    back = lunch + timedelta(minutes=rng.randint(35, 60))
    end = at(day, 17) + timedelta(minutes=rng.randint(-15, 30))
    worker.work += [Span(begin, lunch), Span(back, end)]
    if rng.random() < 0.5:
        start = at(day, rng.choice((10, 11, 14, 15)), rng.choice((0, 30)))
        worker.meetings.append(Span(start, start + timedelta(minutes=rng.choice((30, 60)))))


class RoutineView:
    """The CoachView without Qt: does what QtCoachView does with a break, and the user's part.

    A break plans a routine and opens a session (RoutineService.plan_break and start); when the
    break is over the user's ratings are stored and the progression runs (finish).
    """

    def __init__(self, routines: RoutineService, rng: random.Random) -> None:
        self.routines = routines
        self.rng = rng
        self.open: tuple | None = None
        self.last_status = None
        self.counts = {"micro": 0, "long": 0, "exercises": 0, "changes": 0}

    def show_status(self, status) -> None:
        self.last_status = status

    def open_break(self, kind: BreakKind, length_s: int, cover: Cover = Cover.NONE) -> None:
        plan = self.routines.plan_break(kind, length_s)
        session = self.routines.start(plan) if plan.items else None
        self.open = (kind, plan, session)

    def finish(self) -> None:
        assert self.open is not None
        kind, plan, session, self.open = *self.open, None
        self.counts["long" if kind == BreakKind.LONG else "micro"] += 1
        if session is None:
            return
        feedback = []
        for item in plan.items:
            roll = self.rng.random()
            effort = Effort.TOO_EASY if roll < 0.2 else Effort.TOO_HARD if roll < 0.27 else Effort.JUST_RIGHT
            feedback.append(ExerciseFeedback(item.exercise_id, effort, 0, 1.0))
        outcome = self.routines.finish(session, plan, feedback, True)
        self.counts["exercises"] += len(feedback)
        self.counts["changes"] += len(outcome.changes)


class Month:
    """The Coach and the RoutineService wired as the app wires them, with the user's part played."""

    def __init__(self, home: Path, rng: random.Random) -> None:
        self.rng = rng
        self.clock = ManualClock(at(FIRST_DAY, 8, 50), mono=10_000.0, boot=20_000.0)
        self.timers = BenchTimers(self.clock)
        self.worker = OfficeWorker(self.clock)
        container = Container(AppPaths(home / "data", home / "config", home / "log"), self.clock)
        self.history = container.history()
        self.database = self.history.database
        take_desk_worker_self_check(self.history.unit_of_work, self.clock.now())  # coaching set up
        self.settings = settings = defaults(shipped_schema())
        routines = container.routines(self.history, lambda: settings)
        assert routines is not None, "the exercise library did not load"
        self.routines = routines
        self.view = RoutineView(self.routines, rng)
        self.pending = None  # the answer callback of the reminder on screen
        self.shown_at: datetime | None = None
        self.reminders = 0
        self.answers = {action.value: 0 for action in ReminderAction}
        parts = CoachParts(self.timers, self.worker, ScriptedQuiet(self.worker.quiet, self.clock), self)
        self.coach = container.coach(self.history, settings, self.view, parts)
        self.timers.daily("coaching-check", DAILY_CHECK_AT, self.daily_check)

    # -- the Notifier port: the reminder is "on screen" until the user reacts
    last_channel = "bench"

    def show(self, reminder, on_action) -> bool:
        self.pending, self.shown_at = on_action, self.clock.now()
        self.reminders += 1
        return True

    def withdraw(self) -> None:
        self.pending = None

    def daily_check(self) -> None:
        """What the app does at 10:00: adherence (rule 6) and whether a re-check is due."""
        self.routines.check_adherence()
        self.routines.rescreen_reason()

    def react(self, now: datetime) -> None:
        """The user answers a reminder 20 s after it shows: mostly Start, sometimes not."""
        if self.pending is None or self.shown_at is None or now - self.shown_at < ANSWER_AFTER:
            return
        roll = self.rng.random()
        action = (ReminderAction.SNOOZE if roll < 0.08
                  else ReminderAction.SKIP if roll < 0.12 else ReminderAction.START)
        answer, self.pending = self.pending, None
        self.answers[action.value] += 1
        answer(action)
        if action == ReminderAction.START and self.view.open is not None:
            kind = self.view.open[0]
            breaks = self.settings.breaks
            length = breaks.long_break_min * 60 if kind == BreakKind.LONG else breaks.micro_break_s
            self.worker.away.append(Span(now, now + timedelta(seconds=length)))
            self.timers.at("sim-break-over", now + timedelta(seconds=length), self.break_over)

    def break_over(self) -> None:
        """The routine is done and rated; then the window closes (break_finished)."""
        self.view.finish()
        self.coach.finish_break()

    def play_day(self, day: date) -> bool:
        """One calendar day; True when it was a workday."""
        workday = day.weekday() < 5
        if workday:
            plan_workday(self.worker, day, self.rng)
            if self.clock.now() < at(day, 8, 50):
                self.timers.suspend_until(at(day, 8, 50))  # the lid opens
            end = max(s.end for s in self.worker.work) + timedelta(minutes=10)
            self.timers.run_until(end, before_each=self.react)
        self.timers.suspend_until(at(day + timedelta(days=1), 0, 5))  # the lid shuts (or stays shut)
        self.timers.forget()
        return workday

    def database_bytes(self) -> int:
        path = self.database.engine.url.database
        assert path is not None
        return sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*"))


def _sqlite_memory_used():
    """sqlite3_memory_used() of the SQLite the sqlite3 module uses, or None when not reachable."""
    name = ctypes.util.find_library("sqlite3")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used


def slope_per_day(values: list[float]) -> float:
    """Least-squares slope, per day, of one value a day."""
    n = len(values)
    mean_x, mean_y = (n - 1) / 2, statistics.fmean(values)
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    den = sum((x - mean_x) ** 2 for x in range(n))
    return num / den if den else 0.0


def run(days: int, trace: bool) -> dict:
    home = Path(tempfile.mkdtemp(prefix="desk-coach-bench-30d-"))
    rng = random.Random(SEED)
    sqlite_used = _sqlite_memory_used()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    month = Month(home, rng)
    month.coach.start()
    rows = []
    for n in range(days):
        day = FIRST_DAY + timedelta(days=n)
        if trace:
            tracemalloc.reset_peak()
        t0 = time.perf_counter()
        workday = month.play_day(day)
        seconds = time.perf_counter() - t0
        gc.collect()
        rows.append({
            "day": n + 1,
            "date": day.isoformat(),
            "workday": workday,
            "wall_s": round(seconds, 3),
            "rss_kb": sample(os.getpid()).rss_kb,
            "python_heap_kb": round(tracemalloc.get_traced_memory()[0] / 1024) if trace else None,
            "python_peak_kb": round(tracemalloc.get_traced_memory()[1] / 1024) if trace else None,
            "sqlite_heap_kb": round(sqlite_used() / 1024) if sqlite_used else None,
        })
    month.coach.stop()
    total = time.perf_counter() - started
    wal_kb = round(month.database_bytes() / 1024)
    result = {
        "days": days,
        "tracemalloc": trace,
        "wall_s": round(total, 2),
        "workday_median_s": round(statistics.median(r["wall_s"] for r in rows if r["workday"]), 3),
        "reminders": month.reminders,
        "answers": month.answers,
        "breaks": month.view.counts,
        "per_day": rows,
    }
    month.database.dispose()  # checkpoints the write-ahead log into the file
    result["database_kb"] = round(month.database_bytes() / 1024)
    result["database_with_wal_kb"] = wal_kb
    shutil.rmtree(home, ignore_errors=True)
    if days > WARM_UP_DAYS:
        after = rows[WARM_UP_DAYS - 1:]
        growth = {"from_day": WARM_UP_DAYS, "to_day": days}
        for key in ("rss_kb", "python_heap_kb", "sqlite_heap_kb"):
            values = [r[key] for r in after]
            if values[0] is None:
                continue
            growth[key] = values[-1] - values[0]
            growth[key.replace("_kb", "_slope_kb_per_day")] = round(slope_per_day(values), 1)
        result["growth"] = growth
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--no-tracemalloc", dest="trace", action="store_false",
                        help="faster, but without the Python heap figure")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "thirty_days.json")
    args = parser.parse_args()
    result = run(args.days, args.trace)
    print(f"{args.days} simulated days through the services: {result['wall_s']} s in all, "
          f"{result['workday_median_s']} s a workday (median); {result['reminders']} reminders, "
          f"breaks {result['breaks']}; database {result['database_kb']} KB")
    print(f"{'day':>4} {'date':>11} {'wall s':>7} {'RSS KB':>8} "
          f"{'Python heap KB':>15} {'SQLite heap KB':>15}")
    for r in result["per_day"]:
        print(f"{r['day']:>4} {r['date']:>11} {r['wall_s']:>7.3f} {r['rss_kb']:>8} "
              f"{r['python_heap_kb'] if r['python_heap_kb'] is not None else '-':>15} "
              f"{r['sqlite_heap_kb'] if r['sqlite_heap_kb'] is not None else '-':>15}")
    if "growth" in result:
        print(f"growth day {WARM_UP_DAYS} -> {args.days}: {result['growth']}")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
