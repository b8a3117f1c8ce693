"""Memory after a simulated working day of use: the real app, on a clock that runs fast.

The real DeskCoachApp with its tray icon in a headless desktop, its real windows, SQLite file
and notifications (dunst), but with time, timers, the idle clock and quiet time coming from the
test support (ManualClock, FakeTimers, the OfficeWorker), passed in through DeskCoachApp's
CoachParts (bootstrap.py). A day from 08:50 to 17:10: every reminder is answered with Start 20 s
after it shows; each break opens the guided routine, which the user goes through with its
buttons ("No pain" to the morning-after question, Start when it waits for it) while its own clock
runs through every exercise, and rates on its feedback page (the daily routine after lunch with
one "too easy", so the progression has something to do); a camera meeting holds a reminder back;
the Progress window is opened three times and pages back through four weeks each time.

RSS is read when the day starts and at its end (and every simulated hour); the baseline figure
is the baseline app's RSS in this run (passed in with --baseline-rss-mb, as run_all does from
idle_memory, or measured here --baseline-settle seconds after its launch).

The app runs in a child process (this file with --child) started like the app, so the figure
is not mixed with the harness's; the parent owns the desktop and checks the icon is embedded.

    .venv/bin/python bench/simulated_use.py [--days 1] [--baseline-rss-mb 58.5] [--json ...]
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

# Only what the app process needs is imported at the top: the parent's tools load in main().
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "support"))
sys.path.insert(0, str(HERE.parent))

from fakes import FakeTimers  # noqa: E402
from proc_stats import sample  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
ICON_TIMEOUT_S = 60.0
CHILD_TIMEOUT_S = 900.0
ANSWER_AFTER = timedelta(seconds=20)
WEEKS_BACK = 4  # weeks paged back each time the Progress window is open
DIALOG_STEP_S = 1.0  # the guided routine's clock moves in steps of this, as its timer would


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, clock_time(hour, minute), tzinfo=BERLIN)


class BenchTimers(FakeTimers):
    """FakeTimers with the start/shutdown of QtTimers, so the app can own them.

    ``forget`` drops the log of jobs run: kept for a month it would read as the app growing.
    """

    def start(self) -> None:
        pass

    def shutdown(self) -> None:
        self.jobs.clear()

    def forget(self) -> None:
        self.fired.clear()


# -- the child: the app itself, on a simulated clock -----------------------------------------------


def prepare_home() -> None:
    """What the first start leaves behind: the database (migrated) with the self-check taken."""
    from simulation import take_desk_worker_self_check

    from desk_coach.bootstrap import Container

    container = Container()
    container.paths.data_dir.mkdir(parents=True, exist_ok=True)
    taken_at = datetime(2026, 3, 1, 12, 0).astimezone()  # the day before the simulated weeks
    with container.history() as history:
        take_desk_worker_self_check(history.unit_of_work, taken_at)


class DialogClock:
    """The guided routine's monotonic seconds, moved by the simulated user."""

    now = 1_000.0

    def __call__(self) -> float:
        return self.now


class ShownAndAnswered:
    """Shows each reminder for real (dunst); the simulated user answers it, not a click in dunst."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.real = None
        self.pending = None
        self.reminder = None
        self.shown_at: datetime | None = None
        self.shown = 0

    @property
    def last_channel(self) -> str | None:
        return self.real.last_channel

    def show(self, reminder, on_action) -> bool:
        self.pending, self.reminder, self.shown_at = on_action, reminder, self.clock.now()
        self.shown += 1
        self.real.show(reminder, lambda _action: None)
        return True

    def withdraw(self) -> None:
        self.pending = None
        self.real.withdraw()

    def tell(self, title, text, on_click=None):
        return self.real.tell(title, text, on_click)

    def close(self) -> None:
        self.real.close()


class SimulatedDays:
    """The real app on a simulated clock, and the office worker who answers it; what they do is
    counted, and what the first time of something costs in RSS is kept (``milestones``).

    Built after ``load_qt()``: its methods import Qt and the app's modules when first used.
    """

    def __init__(self, paths, qt_app, first_day: date) -> None:
        from fakes import ScriptedQuiet
        from simulation import OfficeWorker

        from desk_coach.adapters.notify.factory import create_notifier
        from desk_coach.app import DeskCoachApp
        from desk_coach.bootstrap import CoachParts
        from desk_coach.domain.clock import ManualClock

        self.qt_app = qt_app
        self.pid = os.getpid()
        self.clock = clock = ManualClock(at(first_day, 8, 50), mono=10_000.0, boot=20_000.0)
        self.timers = BenchTimers(clock)
        self.worker = OfficeWorker(clock)
        self.dialog_clock = DialogClock()
        self.real_dialog = None
        self.notifier = ShownAndAnswered(clock)
        quiet = ScriptedQuiet(self.worker.quiet, clock)
        parts = CoachParts(timers=self.timers, idle=self.worker, quiet=quiet, notifier=self.notifier)
        self.app = DeskCoachApp(paths, qt_app, clock=clock, parts=parts)
        self.notifier.real = create_notifier(self.app.tray.show_message, "desktop")
        self.counts = {"reminders": 0, "breaks": 0, "routines_saved": 0, "progress_opened": 0,
                       "weeks_paged": 0, "plain_break_windows": 0, "routines_played_through": 0,
                       "routines_unfinished": 0, "next_morning_answered": 0}
        self.milestones: dict[str, float] = {}

    def routine_on_simulated_clock(self) -> None:
        """The real dialog on the simulated clock (QtCoachView looks the class up when it opens one).

        Done after the first reading, as the app imports the dialog only when a break opens.
        """
        from desk_coach.ui.routine import dialog as dialog_module

        self.real_dialog = real_dialog = dialog_module.GuidedRoutineDialog
        dialog_clock = self.dialog_clock

        class SimulatedDialog(real_dialog):
            def __init__(self, *args, **kwargs) -> None:
                # Set, not defaulted: the view passes its windows' clock (the real monotonic one, as
                # the app gives it none), on which the routine would never move in a simulated day.
                kwargs["clock"] = dialog_clock
                super().__init__(*args, **kwargs)

        dialog_module.GuidedRoutineDialog = SimulatedDialog

    def pump(self) -> None:
        """What the event loop does between two timer jobs, deferred deletes included."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.qt_app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def rss(self) -> dict:
        s = sample(self.pid)
        return {"at": self.clock.now().strftime("%a %H:%M"), "rss_mb": round(s.rss_kb / 1024, 1),
                "peak_rss_mb": round(s.peak_rss_kb / 1024, 1)}

    def milestone(self, name: str, before: dict) -> None:
        """How much RSS the first time of something added (libraries loaded, caches filled)."""
        if name not in self.milestones:
            self.milestones[name] = round(self.rss()["rss_mb"] - before["rss_mb"], 1)

    # -- the simulated user -------------------------------------------------------------------------
    def start_up(self, release_free_memory) -> dict:
        """Icon, then coaching, as run_tray_app does; then wait for the parent to see the icon
        embedded, and let the app settle. Returns the RSS the day starts with."""
        self.app.show_icon()
        self.pump()
        self.app.start_coaching()
        self.pump()
        if release_free_memory is not None:
            release_free_memory()
        print("icon-shown", flush=True)
        while not select.select([sys.stdin], [], [], 0.02)[0]:  # the parent says when the icon is embedded
            self.pump()
        sys.stdin.readline()
        settle = time.monotonic() + 2.0
        while time.monotonic() < settle:
            self.pump()
            time.sleep(0.02)
        return self.rss()

    def play_day(self, day: date, hourly: list[dict]) -> float:
        """One workday from 08:50, RSS read every hour into ``hourly``; returns its wall seconds."""
        from simulation import Span

        if self.clock.now() < at(day, 8, 50):
            self.timers.suspend_until(at(day, 8, 50))
        self.worker.work += [Span(at(day, 9), at(day, 12, 30)), Span(at(day, 13, 15), at(day, 17))]
        self.worker.meetings.append(Span(at(day, 15), at(day, 15, 30)))
        for number, (hour, minute) in enumerate(((11, 5), (14, 35), (16, 50))):
            self.timers.at(f"sim-progress-{number}", at(day, hour, minute), self.browse_progress)
        t0 = time.perf_counter()
        for hour in range(9, 18):
            self.timers.run_until(at(day, hour, 10), before_each=self.react)
            hourly.append(self.rss())
        self.timers.forget()
        return round(time.perf_counter() - t0, 1)

    def react(self, now: datetime) -> None:
        """Answer a reminder that has been up for ANSWER_AFTER with Start, and be away for the break."""
        from simulation import Span

        from desk_coach.domain.history import BreakKind
        from desk_coach.domain.reminders import ReminderAction

        self.pump()
        notifier = self.notifier
        if notifier.pending is None or now - notifier.shown_at < ANSWER_AFTER:
            return
        kind = notifier.reminder.kind
        answer, notifier.pending = notifier.pending, None
        self.counts["reminders"] += 1
        before = self.rss()
        answer(ReminderAction.START)
        self.pump()
        self.milestone(f"first {kind.value} break window opened", before)
        breaks = self.app.settings.breaks
        length = breaks.long_break_min * 60 if kind == BreakKind.LONG else breaks.micro_break_s
        end = now + timedelta(seconds=length)
        self.worker.away.append(Span(now, end))
        self.counts["breaks"] += 1
        self.timers.at("sim-break-over", end, lambda: self.finish_break(kind))

    def finish_break(self, kind) -> None:
        """The user has done the exercises: run the dialog's clock through them, then rate them."""
        window = self.app.view.break_window
        if window is None:
            return
        if not isinstance(window, self.real_dialog):
            self.counts["plain_break_windows"] += 1
            window.end_now()
            self.pump()
            return
        before = self.rss()
        if not self._play_through(window):
            self.counts["routines_unfinished"] += 1
            window.close()  # as the user would: the routine is reported as far as it went
            self.pump()
            return
        self.counts["routines_played_through"] += 1
        self.milestone(f"first {kind.value} routine played through", before)
        before = self.rss()
        page = window.feedback_page
        if page is None:  # nothing was done: the dialog closed itself
            return
        self._rate(kind, page)
        self.milestone(f"first {kind.value} routine rated and closed", before)

    def _play_through(self, window) -> bool:
        """Do the routine as a user does, through its buttons, while its clock runs through every
        exercise (and ten minutes more at most); True when it ran to its end.

        "No pain" when the morning-after question comes first (the first routine of a day after a
        day with routines), Start when the routine waits for it; holds, waits and the paced sets
        then run on the clock, as for a user who follows the counter.
        """
        limit = window.player.total_s + 600
        spent = 0.0
        while not window.player.finished and spent < limit:
            self._press_what_waits(window)
            self.dialog_clock.now += DIALOG_STEP_S
            spent += DIALOG_STEP_S
            window.refresh()  # what the dialog's 250 ms tick does
            if spent % 15 == 0:
                self.pump()
        self.pump()
        return window.player.finished

    def _press_what_waits(self, window) -> None:
        """The click the dialog waits for, if it waits for one."""
        if window.page == "next_morning":
            window.next_morning_page.no_pain_button.click()
            self.counts["next_morning_answered"] += 1
            self.pump()
        elif window.page == "exercise" and not window.player.started:
            window.exercise_page.primary_button.click()  # Start
            self.pump()

    def _rate(self, kind, page) -> None:
        """The daily routine's first exercise "too easy", the rest "just right"; a micro-break all right."""
        from desk_coach.domain.coaching.feedback import Effort
        from desk_coach.domain.history import BreakKind

        if kind == BreakKind.LONG:
            rows = [row for row in page.rows if not row.result.skipped]
            for n, row in enumerate(rows):
                row.effort_buttons[Effort.TOO_EASY if n == 0 else Effort.JUST_RIGHT].click()
            page.save_button.click()
        else:
            page.all_right_button.click()
        self.counts["routines_saved"] += 1
        self.pump()

    def browse_progress(self) -> None:
        from PySide6.QtWidgets import QApplication

        from desk_coach.ui.progress_window import ProgressWindow

        before = self.rss()
        self.app.show_progress()
        self.pump()
        self.milestone("Progress window first opened", before)
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ProgressWindow) and w.isVisible())
        for _ in range(WEEKS_BACK):
            window.show_previous_week()
            self.pump()
        window.close()
        self.pump()
        self.counts["progress_opened"] += 1
        self.counts["weeks_paged"] += WEEKS_BACK


def workday(first_day: date, n: int) -> date:
    """The ``n``-th day from ``first_day``, moved on to Monday when it falls on a weekend."""
    day = first_day + timedelta(days=n)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def play(days: int, out: Path) -> None:
    from desk_coach.ui.qt_loading import load_qt

    load_qt()  # first, as the app's command line does: Qt without PySide6's import hook
    from desk_coach.adapters.logging_setup import configure_logging
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.ui.application import create_qt_app

    began = time.perf_counter()
    paths = AppPaths.for_current_user()
    qt_app = create_qt_app([sys.argv[0]])
    configure_logging(paths.log_file)
    first_day = date(2026, 3, 2)  # a Monday
    sim = SimulatedDays(paths, qt_app, first_day)
    try:  # run_tray_app hands the start-up's freed heap back to the system; so does this
        from desk_coach.adapters.memory import release_free_memory
    except ImportError:
        release_free_memory = None
    start = sim.start_up(release_free_memory)
    sim.routine_on_simulated_clock()
    hourly = [start]
    day_wall = [sim.play_day(workday(first_day, n), hourly) for n in range(days)]
    end = sim.rss()
    trimmed = None
    if release_free_memory is not None:  # not what the app does during the day: how much is slack
        release_free_memory()
        trimmed = sim.rss()
    errors = sim.app.reporter.reported
    sim.app.stop()
    sim.pump()
    result = {
        "days": days,
        "simulated": f"{first_day.isoformat()} 08:50 to 17:10, {days} workday(s)",
        "start": start,
        "end": end,
        "end_after_release_free_memory": trimmed,
        "hourly": hourly,
        "first_time_rss_mb": sim.milestones,
        "counts": sim.counts,
        "reminders_shown": sim.notifier.shown,
        "unexpected_errors": errors,
        "app_log": str(paths.log_file),
        "wall_s_per_day": day_wall,
        "wall_s": round(time.perf_counter() - began, 1),
        "pid": os.getpid(),
    }
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


# -- the parent: the desktop, the baseline, the icon check -----------------------------------------


def measure_baseline(desktop, settle_s: float) -> float:
    """The baseline app's RSS (MB) ``settle_s`` seconds after launch, in this desktop."""
    from bench_common import APPS, fresh_home, stop

    process = desktop.spawn("baseline", APPS["baseline"], env=fresh_home(desktop, "baseline"))
    try:
        desktop.wait_until(desktop.tray_icons, timeout=ICON_TIMEOUT_S, what="the baseline's icon")
        time.sleep(settle_s)
        return round(sample(process.pid).rss_kb / 1024, 1)
    finally:
        stop(process)
        desktop.wait_until(lambda: not desktop.tray_icons(), timeout=10, what="the tray to empty")


def run_child(desktop, days: int) -> dict:
    from bench_common import fresh_home, stop

    env = fresh_home(desktop, "simulated")
    me = [sys.executable, str(Path(__file__).resolve())]
    subprocess.run([*me, "--prepare"], env=env, check=True, timeout=120)
    out = Path(tempfile.mkdtemp(prefix="desk-coach-bench-sim-")) / "result.json"
    log = open(desktop.log_dir / "simulated_use.log", "ab")  # noqa: SIM115 - closed below
    child = subprocess.Popen([*me, "--child", "--days", str(days), "--out", str(out)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
                             start_new_session=True)
    try:
        if not select.select([child.stdout], [], [], ICON_TIMEOUT_S)[0]:
            raise RuntimeError(f"the app did not start within {ICON_TIMEOUT_S:.0f} s; see {log.name}")
        if child.stdout.readline().strip() != "icon-shown":
            raise RuntimeError(f"the app exited with {child.wait()}; see {log.name}")
        desktop.wait_until(desktop.tray_icons, timeout=ICON_TIMEOUT_S, what="Desk Coach's icon in the tray")
        child.stdin.write("go\n")
        child.stdin.flush()
        status = child.wait(timeout=CHILD_TIMEOUT_S)
        if status != 0:
            raise RuntimeError(f"the simulated day failed (exit {status}); see {log.name}")
    finally:
        if child.poll() is None:
            stop(child)
        log.close()
    result = json.loads(out.read_text(encoding="utf-8"))
    shutil.rmtree(out.parent, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=1, help="workdays to play (default 1)")
    parser.add_argument("--baseline-rss-mb", type=float, help="the baseline's steady RSS from this run")
    parser.add_argument("--baseline-settle", type=float, default=10.0,
                        help="without --baseline-rss-mb: seconds after the baseline's launch to read it")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "simulated_use.json")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare_home()
        return 0
    if args.child:
        play(args.days, args.out)
        return 0

    from bench_common import Desktop, write_json

    with Desktop() as desktop:
        if args.baseline_rss_mb is None:
            baseline = measure_baseline(desktop, args.baseline_settle)
            source = f"measured here, {args.baseline_settle:.0f} s after launch"
        else:
            baseline, source = args.baseline_rss_mb, "given (the steady RSS from idle_memory)"
        result = run_child(desktop, args.days)
    result["baseline_rss_mb"] = baseline
    result["baseline_source"] = source
    result["difference_end_mb"] = round(result["end"]["rss_mb"] - baseline, 1)
    result["difference_start_mb"] = round(result["start"]["rss_mb"] - baseline, 1)
    result["growth_over_day_mb"] = round(result["end"]["rss_mb"] - result["start"]["rss_mb"], 1)
    counts = result["counts"]
    print(f"simulated use: {result['simulated']} in {result['wall_s']} s; {counts['breaks']} breaks, "
          f"{counts['routines_played_through']} routines played through, {counts['routines_saved']} rated, "
          f"Progress opened {counts['progress_opened']} times")
    print(f"{'':24}{'RSS MB':>9}{'peak MB':>9}{'vs baseline':>13}")
    print(f"{'baseline':24}{baseline:>9.1f}{'':>9}{'':>13}   ({source})")
    for label, key in (("Desk Coach, day begins", "start"), ("Desk Coach, day ends", "end")):
        row = result[key]
        print(f"{label:24}{row['rss_mb']:>9.1f}{row['peak_rss_mb']:>9.1f}{row['rss_mb'] - baseline:>+13.1f}")
    if counts["routines_unfinished"]:
        print(f"WARNING: {counts['routines_unfinished']} routines did not run to their end; the day is not"
              " the one described")
    if result["unexpected_errors"]:
        print(f"WARNING: the app reported {result['unexpected_errors']} unexpected errors; see its log")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
