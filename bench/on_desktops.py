"""Desk Coach against the baseline inside the desktops of the test matrix, while the user types.

For each desktop named (``tests/support/desktops``: xvfb, gnome, ... one line there adds one here):
1. Start-up: each app is launched ``--runs`` times, in turns, and timed until the desktop's
   tray shows one more item (the SNI item registered, or the XEmbed window embedded).
2. Both apps then run at once in the same session. A third program's window (``typist.py``)
   has the keyboard, as a user's editor would, and the desktop's own input injection types a
   key into it every ``--every`` seconds: the user sits and types steadily. RSS is read
   ``--steady`` seconds after launch; over the next ``--window`` seconds, CPU time (% of one
   core) and wake-ups per minute (context switches of all threads, from /proc).
Desk Coach starts as on any day but the first: its history exists, coaching is set up (so
no self-check window opens) and work hours are not honoured (so the coach is awake at any hour).

    .venv/bin/python bench/on_desktops.py [--desktops xvfb,gnome] [--window 120] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

from bench_common import APPS, HERE, LABELS, home_in, matrix, print_table, stop, write_json
from proc_stats import CLOCK_TICKS, sample

TYPIST = [sys.executable, str(HERE / "typist.py")]
ICON_TIMEOUT_S = 60.0
#: Desk Coach's target while the user sits and types steadily (issue 11).
WAKEUPS_MAX_PER_MINUTE = 2.0


def set_up_home(env: dict[str, str]) -> None:
    """A home where Desk Coach has run before: history, a stored self-check, work hours off."""
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.bootstrap import Container
    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.domain.coaching.records import ScreenRecord, ScreenSource

    config = Path(env["XDG_CONFIG_HOME"]) / "desk-coach"
    data, state = Path(env["XDG_DATA_HOME"]) / "desk-coach", Path(env["XDG_STATE_HOME"]) / "desk-coach"
    paths = AppPaths(data, config, state)
    container = Container(paths)
    with container.history() as history, history.unit_of_work() as uow:
        uow.coaching.add_screen(ScreenRecord(container.clock.now() - timedelta(days=1), ScreenSource.WIZARD,
                                             frozenset({Lifestyle.DESK_WORKER}), False, True, False))
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.toml").write_text("[work_hours]\nhonour = false\n", encoding="utf-8")


def launch(desktop: matrix.Desktop, label: str, env: dict[str, str], name: str):
    return desktop.spawn(name, APPS[label], env=env)


def time_to_icon(desktop: matrix.Desktop, label: str, env: dict[str, str], run: int) -> float:
    """Seconds from launch until the tray holds one item more; the app is stopped again."""
    before = len(desktop.tray_items())
    began = time.monotonic()
    process = launch(desktop, label, env, f"{label}-start-{run}")
    try:
        while len(desktop.tray_items()) <= before:
            if process.poll() is not None:
                raise RuntimeError(f"{label} exited with {process.returncode}; see {desktop.log_dir}")
            if time.monotonic() - began > ICON_TIMEOUT_S:
                raise RuntimeError(f"{label}: no tray item within {ICON_TIMEOUT_S:.0f} s")
            time.sleep(0.02)
        return time.monotonic() - began
    finally:
        stop(process)
        desktop.wait_until(lambda: len(desktop.tray_items()) <= before, timeout=20, what="the tray item gone")


class Typist:
    """A key into the typist window every ``every`` seconds, through the desktop's own input."""

    def __init__(self, desktop: matrix.Desktop, every: float) -> None:
        self.desktop, self.every = desktop, every
        self.keys = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._type, daemon=True)

    def start(self) -> None:
        self.desktop.spawn("typist", TYPIST)
        window = self.desktop.wait_until(lambda: self.desktop.windows("^desk-coach-bench-typist$"),
                                         timeout=30, what="the typist window")[0]
        self.desktop.focus(window)
        self._thread.start()

    def _type(self) -> None:
        while not self._stop.wait(self.every):
            self.desktop.key("a")
            self.keys += 1

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)


def measure(name: str, runs: int, steady_s: float, window_s: float, every: float) -> dict:
    log_dir = Path(tempfile.mkdtemp(prefix=f"desk-coach-bench-{name}-"))
    with matrix.start(name, log_dir) as desktop:
        envs = {}
        for label in APPS:
            env = home_in(desktop.app_env(), label)
            if label == "desk_coach":
                set_up_home(env)
            envs[label] = env
        icon_s: dict[str, list[float]] = {label: [] for label in APPS}
        for run in range(runs):  # in turns, so a change in the machine's load hits both alike
            for label in APPS:
                icon_s[label].append(time_to_icon(desktop, label, envs[label], run))

        processes = {label: launch(desktop, label, envs[label], label) for label in APPS}
        launched = time.monotonic()
        typist = Typist(desktop, every)
        typist.start()
        time.sleep(max(0.0, launched + steady_s - time.monotonic()))
        first = {label: sample(p.pid) for label, p in processes.items()}
        began, keys_before = time.monotonic(), typist.keys
        time.sleep(window_s)
        last = {label: sample(p.pid) for label, p in processes.items()}
        elapsed = time.monotonic() - began
        keys = typist.keys - keys_before
        by_thread = {label: _by_thread(process.pid, first[label], last[label], elapsed)
                     for label, process in processes.items()}
        typist.stop()
        for label, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{label} exited with {process.returncode}; see {log_dir}")
            stop(process)
        result: dict = {"desktop": name, "session_type": desktop.session_type, "steady_s": steady_s,
                        "window_s": round(elapsed, 1), "keys_typed": keys, "key_every_s": every,
                        "log_dir": str(log_dir)}
    for label in APPS:
        a, b = first[label], last[label]
        result[label] = {
            "icon_runs_s": [round(s, 3) for s in icon_s[label]],
            "icon_median_s": round(statistics.median(icon_s[label]), 3),
            "steady_rss_mb": round(a.rss_kb / 1024, 1),
            "cpu_percent_of_one_core": round(100 * (b.cpu_s - a.cpu_s) / elapsed, 4),
            "wakeups_per_minute": round(b.wakeups_since(a) * 60 / elapsed, 1),
            "threads": [a.threads, b.threads],
            "wakeups_per_minute_by_thread": by_thread[label],
        }
    return result


def _by_thread(pid: int, first, last, elapsed: float) -> dict[str, float]:
    """Wake-ups per minute of each thread that woke, by its name (where the wake-ups come from)."""
    woke: dict[str, float] = {}
    for tid, count in last.per_thread.items():
        try:
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text(encoding="utf-8").strip()
        except OSError:
            name = "ended"
        rate = (count - first.per_thread.get(tid, 0)) * 60 / elapsed
        if rate:
            woke[f"{name} ({tid})"] = round(rate, 1)
    return woke


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktops", default="xvfb,gnome", help="desktops of the matrix, by name")
    parser.add_argument("--runs", type=int, default=3, help="timed launches of each app (default 3)")
    parser.add_argument("--steady", type=float, default=30.0, help="seconds from launch to steady RSS")
    parser.add_argument("--window", type=float, default=120.0, help="seconds of typing measured")
    parser.add_argument("--every", type=float, default=1.5, help="seconds between keys (default 1.5)")
    parser.add_argument("--quick", action="store_true", help="1 launch, 15 s to steady, 40 s window")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "on_desktops.json")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.steady, args.window = 1, 15.0, 40.0
    names = [n.strip() for n in args.desktops.split(",") if n.strip()]
    unknown = [n for n in names if n not in matrix.DESKTOPS]
    if unknown:
        parser.error(f"not in the matrix: {', '.join(unknown)} (known: {', '.join(matrix.DESKTOPS)})")
    results = {"cpu_tick_percent": round(100 / CLOCK_TICKS / args.window, 4),
               "wakeups_target_per_minute": WAKEUPS_MAX_PER_MINUTE, "desktops": {}}
    for name in names:
        result = results["desktops"][name] = measure(name, args.runs, args.steady, args.window, args.every)
        rows = {label: [f"{r['icon_median_s']:.3f}", f"{r['steady_rss_mb']:.1f}",
                        f"{r['cpu_percent_of_one_core']:.4f}", f"{r['wakeups_per_minute']:.1f}"]
                for label, r in ((label, result[label]) for label in APPS)}
        print_table(f"{name} ({result['session_type']}): {result['keys_typed']} keys typed over "
                    f"{result['window_s']:.0f} s, one every {args.every} s; start-up median of {args.runs}",
                    ["start s", "RSS MB", "CPU % core", "wake-ups/min"], rows)
        print(f"  {LABELS['desk_coach']} target: <= {WAKEUPS_MAX_PER_MINUTE} wake-ups/min while typing")
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
