"""How quickly the Progress window opens and pages through weeks over years of history, in one run.

Generates ``--years`` of realistic history (Europe/Berlin, DST included, seeded) into a fresh
SQLite file through the real storage, then measures under offscreen Qt, each figure in fresh
processes (the first opening happens once a process; the figures are the runs' medians):

(a) the baseline: a bare QWidget with one empty QChartView, built and shown until painted, the
    first in a process and again;
(b) the Progress window opened as the tray app opens it: the app's own parts from the composition
    root (``Container``: settings, the history, the routines, ``window_data``) and
    ``CoachingWindows.show_progress`` (the week with the bout in progress and the glance at the top,
    six months of self-checks, the streak), timed until every chart in view is painted:
    - **in a running app** (the target): after what the tray app has done before a user can open
      Progress: its start-up (the tray menu, a QMenu, shown once) and ``warm_progress``, which it
      runs at idle 10 s after it started;
    - **in a fresh process** (for reference): the same, without ``warm_progress``;
    - **again**: closed and opened again from the tray menu, as the app does it (the window is kept
      and read again, not made anew);
(c) twenty switches back a week, each until every chart is painted again.

The target (issue 15): opening and each switch under 50 ms. Prints a table and writes JSON.

    .venv/bin/python bench/progress_window.py [--years 5] [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QElapsedTimer, QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QVBoxLayout, QWidget  # noqa: E402

from desk_coach.adapters.exercise_files import load_library  # noqa: E402
from desk_coach.adapters.paths import AppPaths  # noqa: E402
from desk_coach.adapters.screen_files import load_screen_content  # noqa: E402
from desk_coach.adapters.settings_file import shipped_schema  # noqa: E402
from desk_coach.adapters.storage.database import Database, open_database  # noqa: E402
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork  # noqa: E402
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures  # noqa: E402
from desk_coach.bootstrap import Container  # noqa: E402
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback  # noqa: E402
from desk_coach.domain.coaching.plan import Prescription  # noqa: E402
from desk_coach.domain.coaching.records import (  # noqa: E402
    RoutineSource,
    ScreenRecord,
    ScreenScore,
    ScreenSource,
    Side,
)
from desk_coach.domain.history import (  # noqa: E402
    BoutEnd,
    BreakEvent,
    BreakEventKind,
    BreakKind,
    SittingBout,
)
from desk_coach.domain.settings import defaults  # noqa: E402
from desk_coach.domain.weekly import WeekStats  # noqa: E402
from desk_coach.services.week_report import WeekReport  # noqa: E402
from desk_coach.ui.coaching_windows import CoachingWindows  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

    from desk_coach.ui.progress_window import ProgressWindow

# QtCharts and the Progress window's modules are imported where they are used, not here: the app
# imports them at the first opening (or in warm_progress), and so must the measured process.

ZONE = ZoneInfo("Europe/Berlin")
SEED = 20240101
SWITCHES = 20
REOPENS = 5
PAINT_TIMEOUT_S = 5.0
TARGET_MS = 50.0
"""Opening the window and switching a week stay under this (issue 15, point 5)."""
RECHECK_DAYS = 42
"""How often the simulated user re-takes the self-check: about every six weeks."""
SITTING_NOW_S = 11 * 60.0
"""The bout in progress as the window opens ("Sitting 11 min" in the tray)."""


class BenchClock:
    """The wall clock in Europe/Berlin, whatever zone the machine is in."""

    def now(self) -> datetime:
        return datetime.now(ZONE)

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float | None:
        return None


# -- history ----------------------------------------------------------------------------------------


def _workday(rng: random.Random, day: date, now: datetime) -> tuple[list[SittingBout], list[BreakEvent]]:
    """About 8 bouts and 15 break events of one working day, on Berlin's wall clock."""
    start = datetime.combine(day, clock_time(8), tzinfo=ZONE).astimezone(UTC)
    start += timedelta(minutes=rng.randrange(90))
    bouts: list[SittingBout] = []
    events: list[BreakEvent] = []
    moment = start
    for number in range(rng.randint(7, 9)):
        end = moment + timedelta(minutes=rng.randint(15, 75), seconds=rng.randrange(60))
        if end.astimezone(ZONE) > now:
            break
        reason = rng.choices(list(BoutEnd), weights=(50, 15, 3, 30, 2))[0]
        bouts.append(SittingBout(moment.astimezone(ZONE), end.astimezone(ZONE), reason))
        moment = end + timedelta(minutes=45 if number == 3 else rng.randint(2, 12))
    day_end = moment
    for _ in range(rng.randint(13, 17)):
        at = start + (day_end - start) * rng.random()
        if at.astimezone(ZONE) > now:
            continue
        kind = rng.choices(list(BreakEventKind), weights=(20, 20, 25, 10, 12, 8, 5, 4, 4))[0]
        size = BreakKind.LONG if rng.random() < 0.25 else BreakKind.MICRO
        events.append(BreakEvent(at.astimezone(ZONE), kind, size))
    return bouts, events


def _routine(uow: SqlUnitOfWork, rng: random.Random, day: date, library, exercise_ids: list[str]) -> None:
    at = datetime.combine(day, clock_time(rng.randint(10, 16), rng.randrange(60)), tzinfo=ZONE)
    session_id = uow.coaching.add_session(at, BreakKind.LONG, RoutineSource.BREAK)
    results = []
    for exercise_id in rng.sample(exercise_ids, k=min(3, len(exercise_ids))):
        exercise = library[exercise_id]
        done = rng.choice((1.0, 1.0, 1.0, 0.5, 0.0))
        results.append(
            (
                Prescription(exercise_id, exercise.dose, "bench"),
                ExerciseFeedback(exercise_id, Effort.JUST_RIGHT if done else None, 0, done, skipped=not done),
            )
        )
    uow.coaching.finish_session(session_id, at + timedelta(minutes=5), True, results, library=library)


def _screen(rng: random.Random, day: date, items: list[tuple[str, bool]], level: float) -> ScreenRecord:
    """A self-check on ``day``: each movement check scored around ``level`` (0-2), per side if sided."""
    at = datetime.combine(day, clock_time(rng.randint(9, 17), rng.randrange(60)), tzinfo=ZONE)
    scores = []
    for item, sided in items:
        for side in (Side.LEFT, Side.RIGHT) if sided else (None,):
            score = min(2, max(0, round(level + rng.uniform(-0.8, 0.8))))
            scores.append(ScreenScore(item, side, score, False))
    return ScreenRecord(at, ScreenSource.WIZARD, frozenset(), True, True, False, tuple(scores))


def generate(database: Database, years: int, now: datetime) -> dict:
    """Fill ``database`` with ``years`` of workdays up to ``now``; commit a year at a time."""
    rng = random.Random(SEED)
    library = load_library().library
    exercise_ids = sorted(exercise.id for exercise in library)
    today = now.date()
    first = today - timedelta(days=round(365.25 * years))
    counts = {"workdays": 0, "bouts": 0, "break_events": 0, "routines": 0, "self_checks": 0}
    items = [(item.id, item.sides) for item in load_screen_content().items]
    day = first
    t0 = time.perf_counter()
    while day <= today:
        chunk_end = min(today, day + timedelta(days=365))
        with SqlUnitOfWork(database.engine) as uow:
            while day <= chunk_end:
                if day.weekday() < 5 and rng.random() > 0.12:  # holidays, leave, sick days
                    bouts, events = _workday(rng, day, now)
                    for bout in bouts:
                        uow.history.add_bout(bout)
                    for event in events:
                        uow.history.add_break_event(event)
                    counts["workdays"] += 1
                    counts["bouts"] += len(bouts)
                    counts["break_events"] += len(events)
                    if exercise_ids and day < today and rng.random() < 0.3:
                        _routine(uow, rng, day, library, exercise_ids)
                        counts["routines"] += 1
                if (today - day).days % RECHECK_DAYS == 0:  # a self-check every six weeks, one today
                    level = 2 * (day - first).days / max(1, (today - first).days)  # getting better
                    uow.coaching.add_screen(_screen(rng, day, items, level))
                    counts["self_checks"] += 1
                day += timedelta(days=1)
    counts["seconds"] = round(time.perf_counter() - t0, 2)
    return counts


def week_report(database: Database, clock: BenchClock) -> WeekReport:
    """``DeskCoachApp``'s week report over this database and clock, default settings."""
    settings = defaults(shipped_schema())
    return WeekReport(SqlWeekFigures(database.engine), clock, lambda: settings,
                      unit_of_work=lambda: SqlUnitOfWork(database.engine))


def bench_paths(home: Path) -> AppPaths:
    """The app's folders inside the bench's home: the history is ``AppPaths.database`` there."""
    return AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "log")


def app_windows(home: Path, clock: BenchClock) -> tuple[CoachingWindows, Callable[[], None]]:
    """The tray app's windows over the history in ``home``, wired as ``DeskCoachApp`` wires them
    (default settings, no settings file), and what closes the history."""
    container = Container(bench_paths(home), clock)
    settings = container.load_settings().settings
    history = container.history()
    routines = container.routines(history, lambda: settings)
    data = container.window_data(history, routines, lambda: settings, lambda _settings: None, lambda: None,
                                 next_break_at=lambda: None, sitting_now=lambda: SITTING_NOW_S)
    return CoachingWindows(None, data), history.close  # show_progress needs no tray shell


def tray_menu_shown(app: QApplication) -> None:
    """What the app's start-up paid for Qt's widgets before Progress: its tray menu, shown once."""
    menu = QMenu()
    for text in ("Take a break now", "Pause", "Progress…", "Settings…", "Quit"):
        menu.addAction(text)
    menu.show()
    app.processEvents()
    menu.close()
    menu.deleteLater()
    app.processEvents()


# -- measuring --------------------------------------------------------------------------------------


class PaintWatch(QObject):
    """Notes which of the watched widgets have been painted since the last reset."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False

    def wait(self, app: QApplication, in_view: Callable[[], list[QWidget]]) -> None:
        """Process events until every widget ``in_view()`` names has been painted; asked again
        each time, as what is in view is known only once the layout has settled."""
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while True:
            wanted = {id(widget) for widget in in_view()}
            if wanted and wanted <= self.painted:
                return
            if time.perf_counter() > deadline:
                raise RuntimeError(f"only {len(wanted & self.painted)} of {len(wanted)} charts were painted")
            app.processEvents()


def chart_views(window: QWidget) -> list[QChartView]:
    from PySide6.QtCharts import QChartView  # imported by the app by the time it has charts

    return window.findChildren(QChartView)


def in_view(window: QWidget) -> Callable[[], list[QWidget]]:
    """The charts of ``window`` in view now (see :func:`_viewports`), its chart views found once."""
    views = chart_views(window)
    return lambda: _viewports(views, window)


def top_in_view(window: ProgressWindow) -> Callable[[], list[QWidget]]:
    """What the user reads first: the week's heading and the coach's summary (or the empty
    week's sentence), and the week's tiles when shown."""
    top = (window.heading, window.summary_label, window.empty_label, window.tiles)
    return lambda: [widget for widget in top if widget.isVisibleTo(window)]


def _viewports(views: list[QChartView], window: QWidget) -> list[QWidget]:
    """The charts the window shows now: not hidden (a chart with nothing to show may be), and not
    scrolled out of sight (Qt paints only what the scroll area shows)."""
    return [view.viewport() for view in views
            if view.isVisibleTo(window) and not view.viewport().visibleRegion().isEmpty()]


def measure_baseline(app: QApplication, watch: PaintWatch) -> float:
    timer = QElapsedTimer()
    timer.start()
    window = QWidget()
    from PySide6.QtCharts import QChart, QChartView

    view = QChartView(QChart())
    QVBoxLayout(window).addWidget(view)
    view.viewport().installEventFilter(watch)
    window.show()
    watch.wait(app, lambda: [view.viewport()])
    elapsed = timer.nsecsElapsed() / 1e6
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def open_progress(app: QApplication, watch: PaintWatch, windows: CoachingWindows,
                  timer: QElapsedTimer) -> tuple[ProgressWindow, float, float]:
    """Progress… in the tray menu: the first time a window is made, then it is shown again.
    Returns the window, the time until its top was painted and until every chart in view was."""
    watch.painted.clear()
    timer.restart()
    windows.show_progress()
    window = windows.progress
    assert window is not None
    top = top_in_view(window)
    for widget in top():  # painting happens in the event loop, later
        widget.installEventFilter(watch)
    charts: list[Callable[[], list[QWidget]]] = []

    def watch_charts() -> None:  # as soon as they are made, before any of them is painted
        charts.append(in_view(window))
        for view in chart_views(window):
            view.viewport().installEventFilter(watch)

    if window.charts_pending():  # the first opening: the charts are made after the top's paint
        window.charts_built.connect(watch_charts)
    else:
        watch_charts()
    watch.wait(app, top)
    top_ms = timer.nsecsElapsed() / 1e6
    watch.wait(app, lambda: charts[0]() if charts else [])
    return window, top_ms, timer.nsecsElapsed() / 1e6


def measure_progress(app: QApplication, watch: PaintWatch, windows: CoachingWindows) -> dict:
    sql_ms: list[float] = []
    report = windows.data.week_report
    live_week_of = report.live_week_of

    def timed_week(day: date, sitting_s: float) -> WeekStats:
        t0 = time.perf_counter()
        try:
            return live_week_of(day, sitting_s)
        finally:
            sql_ms.append((time.perf_counter() - t0) * 1000)

    report.live_week_of = timed_week  # type: ignore[method-assign]
    timer = QElapsedTimer()

    window, open_ms, open_all_ms = open_progress(app, watch, windows, timer)
    open_sql = sql_ms[-1]
    charts_in_view = in_view(window)
    charts = len(charts_in_view())
    points = sum(len(series.points()) for series in window.charts().screen_marks.values())
    switches: list[float] = []
    switch_sql: list[float] = []
    labels = []
    for _ in range(SWITCHES):
        watch.painted.clear()
        timer.restart()
        window.show_previous_week()
        watch.wait(app, charts_in_view)
        switches.append(timer.nsecsElapsed() / 1e6)
        switch_sql.append(sql_ms[-1])
        labels.append(window.week_label())
    reopens = []
    for _ in range(REOPENS):  # closed, then Progress… again: the kept window, read again
        window.close()
        app.processEvents()
        window, _, ms = open_progress(app, watch, windows, timer)
        reopens.append(ms)
    window.close()
    return {
        "charts_in_view": charts,
        "self_check_points": points,
        "glance": window.presenter.week.glance is not None,
        "open_ms": round(open_ms, 2),
        "open_all_charts_ms": round(open_all_ms, 2),
        "open_load_week_ms": round(open_sql, 2),
        "reopen_median_ms": round(statistics.median(reopens), 2),
        "reopens_ms": [round(value, 2) for value in reopens],
        "switch_median_ms": round(statistics.median(switches), 2),
        "switch_max_ms": round(max(switches), 2),
        "switch_load_week_median_ms": round(statistics.median(switch_sql), 2),
        "switch_load_week_max_ms": round(max(switch_sql), 2),
        "switches_ms": [round(value, 2) for value in switches],
        "weeks": labels,
    }


MODES = ("baseline", "running", "fresh")
"""What one measuring process does: the bare chart; Progress in a running app; Progress in a
fresh process (no ``warm_progress``)."""


def measure_once(home: Path, mode: str) -> dict:
    """One fresh process's figures over the history in ``home``."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    watch = PaintWatch()
    # The bench's own first call of viewport() (to watch the charts' painting) costs PySide 10 ms
    # in a process; the app makes no such call, so it is paid here, before any clock starts.
    QScrollArea().viewport()
    if mode == "baseline":
        first = measure_baseline(app, watch)  # pays for the first chart, fonts, style
        return {"platform": app.platformName(), "baseline_first_ms": round(first, 2),
                "baseline_ms": round(measure_baseline(app, watch), 2)}
    tray_menu_shown(app)
    windows, close_history = app_windows(home, BenchClock())
    try:
        if mode == "running":
            windows.warm_progress()  # what the app does at idle, 10 s after it started
        progress = measure_progress(app, watch, windows)
    finally:
        close_history()
    return {"platform": app.platformName(), "progress_window": progress}


def _median(runs: list[dict], key: str) -> float:
    return round(statistics.median(run[key] for run in runs), 2)


def _median_run(runs: list[dict]) -> dict:
    """The run whose opening took the median time, with every run's main figures beside it."""
    ordered = sorted(runs, key=lambda run: run["progress_window"]["open_ms"])
    chosen = ordered[len(ordered) // 2]
    window = dict(chosen["progress_window"])
    for key in ("open_ms", "open_all_charts_ms", "reopen_median_ms", "switch_median_ms", "switch_max_ms"):
        window[key] = round(statistics.median(run["progress_window"][key] for run in runs), 2)
        window[f"{key}_runs"] = [run["progress_window"][key] for run in runs]
    return {**chosen, "progress_window": window}


@contextlib.contextmanager
def compiled_like_an_install() -> Iterator[None]:
    """Bytecode for every module of the checkout while measuring, as an installed wheel and the
    bundle have it; the bytecode folders made here are removed afterwards, so the benchmarks run
    after this one find the checkout as it was. Without it (PYTHONDONTWRITEBYTECODE=1, or a clean
    clone) each measuring process compiled the Progress window's modules from source inside the
    timed opening (10 ms a time). (PYTHONPYCACHEPREFIX would keep the checkout clean, but it sends
    every import there, the installed packages' too, which then compile from source.)"""
    package = HERE.parent / "desk_coach"
    before = set(package.rglob("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    try:
        yield
    finally:
        for folder in set(package.rglob("__pycache__")) - before:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5, help="years of history to generate (default 5)")
    parser.add_argument("--runs", type=int, default=3,
                        help="fresh processes to measure in, medians reported (default 3): the first opening "
                             "happens once a process, and a shared machine's noise is large")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "progress_window.json")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one run, in a child process
    parser.add_argument("--mode", choices=MODES, default="running", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        args.json.write_text(json.dumps(measure_once(args.measure, args.mode)), encoding="utf-8")
        return 0

    clock = BenchClock()
    home = Path(tempfile.mkdtemp(prefix="desk-coach-bench-"))
    paths = bench_paths(home)
    paths.data_dir.mkdir(parents=True)
    database = open_database(paths.database, clock)
    try:
        history = generate(database, args.years, clock.now())
        files = [database.path, *database.path.parent.glob(database.path.name + "-*")]  # with the WAL
        history["file_mb"] = round(sum(f.stat().st_size for f in files) / 2**20, 2)
    finally:
        database.dispose()
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    with compiled_like_an_install():
        for number in range(max(1, args.runs)):
            for mode in MODES:  # in turns, so that a busy spell weighs on each alike
                out = home / f"run-{mode}-{number}.json"
                command = [sys.executable, __file__, "--measure", str(home), "--mode", mode,
                           "--json", str(out)]
                subprocess.run(command, check=True,
                               env={**os.environ, "QT_QPA_PLATFORM": os.environ["QT_QPA_PLATFORM"]})
                runs[mode].append(json.loads(out.read_text(encoding="utf-8")))
    measured = _median_run(runs["running"])
    fresh = _median_run(runs["fresh"])["progress_window"]
    progress = measured["progress_window"]
    baseline_first = _median(runs["baseline"], "baseline_first_ms")
    baseline = _median(runs["baseline"], "baseline_ms")
    results = {
        "platform": measured["platform"],
        "years": args.years,
        "runs": args.runs,
        "history": history,
        "baseline_first_ms": baseline_first,
        "baseline_ms": baseline,
        "progress_window": progress,
        "fresh_process": fresh,
        "fresh_open_ms": fresh["open_ms"],
        "target_ms": TARGET_MS,
        "target_met": all(progress[key] < TARGET_MS
                          for key in ("open_ms", "reopen_median_ms", "switch_max_ms")),
    }
    print(
        f"Progress window over {args.years} years of history ({history['bouts']} bouts, "
        f"{history['break_events']} break events, {history['routines']} routines, "
        f"{history['self_checks']} self-checks; {history['file_mb']} MB; "
        f"generated in {history['seconds']} s), "
        f"Qt platform {measured['platform']}; {progress['charts_in_view']} charts in view, "
        f"{progress['self_check_points']} self-check points, "
        f"glance {'shown' if progress['glance'] else 'absent'}; "
        f"medians of {args.runs} runs"
    )
    print(f"{'':48}{'total ms':>10}{'load_week ms':>14}   each run")
    print(f"{'(a) bare QWidget + QChartView, first':48}{baseline_first:>10.1f}{'-':>14}")
    print(f"{'(a) bare QWidget + QChartView, again':48}{baseline:>10.1f}{'-':>14}")
    rows = [
        ("(b) open Progress, running app: top painted", progress, "open_ms", progress["open_load_week_ms"]),
        ("(b) ... every chart in view painted", progress, "open_all_charts_ms", None),
        ("(b) open Progress, fresh process: top", fresh, "open_ms", fresh["open_load_week_ms"]),
        ("(b) ... every chart in view painted", fresh, "open_all_charts_ms", None),
        (f"(b) close and open again x{REOPENS}, median", progress, "reopen_median_ms", None),
        (f"(c) previous week x{SWITCHES}, median", progress, "switch_median_ms",
         progress["switch_load_week_median_ms"]),
        (f"(c) previous week x{SWITCHES}, max", progress, "switch_max_ms",
         progress["switch_load_week_max_ms"]),
    ]
    for label, figures, key, load in rows:
        each = ", ".join(f"{value:.1f}" for value in figures[f"{key}_runs"])
        load_text = f"{load:>14.1f}" if load is not None else f"{'-':>14}"
        print(f"{label:48}{figures[key]:>10.1f}{load_text}   {each}")
    print(f"{'(b) running app minus (a) again':48}{progress['open_ms'] - baseline:>10.1f}")
    verdict = "met" if results["target_met"] else "MISSED"
    print(f"target: opening in a running app, again, and every switch under {TARGET_MS:.0f} ms: {verdict}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
