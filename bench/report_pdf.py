"""How long the progress report of a year takes, from the history to the PDF on disk, in one run.

Writes ``--weeks`` (52) of simulated history through the real storage into a fresh SQLite file
(``tests/support/report_history.py``: workdays of bouts and break events, routines with some pain,
a self-check every eight weeks, level changes, a paused region), then measures under offscreen Qt,
median of ``--runs`` (5): (a) the baseline, a one-page PDF holding one paragraph, printed with
QPdfWriter and QPainter as the report prints (what any Qt PDF costs: fonts, the writer); (b) the
report's figures gathered from the history (``services/progress_report.gather_report``); (c) the
PDF drawn (``ui/report_pdf.render_report_pdf``); (d) the whole report as ``desk-coach report``
makes it: gathered, drawn and written to disk. Target: (d) under 2 s. Prints a table, writes JSON.

    .venv/bin/python bench/report_pdf.py [--weeks 52] [--runs 5] [--json bench/results/report_pdf.json]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "support"))
sys.path.insert(0, str(HERE.parent))

from bench_common import write_json  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter  # noqa: E402
from report_history import ZONE, fill_history  # noqa: E402

from desk_coach.adapters.exercise_files import load_library  # noqa: E402
from desk_coach.adapters.screen_files import load_screen_content  # noqa: E402
from desk_coach.adapters.settings_file import shipped_schema  # noqa: E402
from desk_coach.adapters.storage.database import open_database  # noqa: E402
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork  # noqa: E402
from desk_coach.adapters.storage.weekly_stats import SqlWeekFigures  # noqa: E402
from desk_coach.domain.clock import ManualClock  # noqa: E402
from desk_coach.domain.settings import defaults  # noqa: E402
from desk_coach.services.progress_report import gather_report  # noqa: E402
from desk_coach.services.week_report import WeekReport  # noqa: E402
from desk_coach.ui.report_pdf import ensure_gui_application, render_report_pdf, write_report_pdf  # noqa: E402
from desk_coach.ui.report_saving import report_texts  # noqa: E402

TARGET_S = 2.0


def baseline_pdf(text: str) -> float:
    """One page, one paragraph, through QPdfWriter into memory: seconds."""
    t0 = time.perf_counter()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(10)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, writer.width(), writer.height()), int(Qt.TextFlag.TextWordWrap), text)
    painter.end()
    buffer.close()
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52, help="weeks of history and report (default 52)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs, the median is kept (default 5)")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "report_pdf.json")
    args = parser.parse_args()

    app = ensure_gui_application()
    now = datetime.now(ZONE)
    clock = ManualClock(now)
    home = Path(tempfile.mkdtemp(prefix="desk-coach-bench-report-"))
    database = open_database(home / "history.sqlite3", clock)
    try:
        t0 = time.perf_counter()
        history = fill_history(database, now, weeks=args.weeks)
        history["generated_s"] = round(time.perf_counter() - t0, 2)
        settings = defaults(shipped_schema())
        week_report = WeekReport(SqlWeekFigures(database.engine), clock, lambda: settings)
        texts = report_texts(load_screen_content, load_library().library)
        goal = settings.goals.daily_sitting_max_min

        def gather():
            unit_of_work = lambda: SqlUnitOfWork(database.engine)  # noqa: E731
            return gather_report(week_report, unit_of_work, clock.now, args.weeks, goal)

        baseline_pdf(texts.disclaimer)  # the first PDF pays for the fonts
        render_report_pdf(gather(), texts)  # so does the report's first
        baselines, gathers, renders, wholes = [], [], [], []
        pdf, pages = b"", 0
        for run in range(args.runs):
            baselines.append(baseline_pdf(texts.disclaimer))
            t0 = time.perf_counter()
            report = gather()
            gathers.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            pdf, pages = render_report_pdf(report, texts, paper="a4")
            renders.append(time.perf_counter() - t0)
            output = home / f"report-{run}.pdf"
            t0 = time.perf_counter()
            write_report_pdf(gather(), output, texts, paper="a4", name="Alex Example")
            wholes.append(time.perf_counter() - t0)
    finally:
        database.dispose()

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 1)

    results = {
        "platform": app.platformName(),
        "weeks": args.weeks,
        "runs": args.runs,
        "history": history,
        "baseline_ms": ms(baselines),
        "gather_ms": ms(gathers),
        "render_ms": ms(renders),
        "whole_ms": ms(wholes),
        "whole_max_ms": round(max(wholes) * 1000, 1),
        "pages": pages,
        "pdf_kb": round(len(pdf) / 1024, 1),
        "target_ms": TARGET_S * 1000,
        "met": statistics.median(wholes) < TARGET_S,
    }
    print(
        f"Progress report of {args.weeks} weeks ({history['bouts']} bouts, {history['break_events']} break"
        f" events, {history['routines']} routines, {history['screens']} self-checks, {history['changes']}"
        f" level changes; generated in {history['generated_s']} s), Qt platform {app.platformName()},"
        f" median of {args.runs}"
    )
    print(f"{'(a) baseline: a one-paragraph PDF':44}{results['baseline_ms']:>10.1f} ms")
    print(f"{'(b) the figures gathered':44}{results['gather_ms']:>10.1f} ms")
    print(f"{'(c) the PDF drawn':44}{results['render_ms']:>10.1f} ms")
    print(
        f"{'(d) the whole report, written to disk':44}{results['whole_ms']:>10.1f} ms   "
        f"target < {TARGET_S * 1000:.0f} ms: {'met' if results['met'] else 'MISSED'}"
    )
    print(f"{'':44}{pages} pages, {results['pdf_kb']} KB")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
