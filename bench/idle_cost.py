"""Idle cost of the running Desk Coach against a bare PySide6 tray app, in one run.

Both start in the same headless desktop (Xvfb, D-Bus, trayer, dunst), settle, and are then
left alone for the measuring window while their CPU time, wake-ups and memory are read from
/proc. Prints a table and writes JSON.

    .venv/bin/python bench/idle_cost.py [--window 120] [--settle 10] [--json bench/results/idle.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "support"))
sys.path.insert(0, str(HERE))

from desktop import HeadlessDesktop  # noqa: E402
from proc_stats import sample  # noqa: E402


def measure(
    desktop: HeadlessDesktop, name: str, argv: list[str], env: dict, settle: float, window: float
) -> dict:
    process = desktop.spawn(name, argv, env=env)
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited early with {process.returncode}; see {desktop.log_dir}")
        before, t0 = sample(process.pid), time.monotonic()
        time.sleep(window)
        after, elapsed = sample(process.pid), time.monotonic() - t0
    finally:
        process.terminate()
        process.wait(timeout=20)
    cpu = after.cpu_s - before.cpu_s
    return {
        "cpu_percent_of_one_core": round(100 * cpu / elapsed, 4),
        "cpu_seconds": round(cpu, 3),
        "wakeups_per_minute": round((after.wakeups - before.wakeups) * 60 / elapsed, 1),
        "rss_mb": round(after.rss_kb / 1024, 1),
        "peak_rss_mb": round(after.peak_rss_kb / 1024, 1),
        "threads": [before.threads, after.threads],  # wake-ups count every thread; see proc_stats
        "window_s": round(elapsed, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=float, default=120.0, help="seconds to measure (default 120)")
    parser.add_argument(
        "--settle", type=float, default=10.0, help="seconds to let each app start (default 10)"
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "idle_cost.json")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="desk-coach-bench-"))
    with HeadlessDesktop(log_dir=home / "logs") as desktop:
        env = dict(desktop.env)
        for var, sub in (
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_STATE_HOME", "state"),
        ):
            env[var] = str(home / sub)
        results = {
            "baseline": measure(
                desktop,
                "baseline",
                [sys.executable, str(HERE / "baseline_tray.py")],
                env,
                args.settle,
                args.window,
            ),
            "desk_coach": measure(
                desktop, "desk-coach", [sys.executable, "-m", "desk_coach"], env, args.settle, args.window
            ),
        }
    base, app = results["baseline"], results["desk_coach"]
    results["difference"] = {
        "cpu_percent_of_one_core": round(app["cpu_percent_of_one_core"] - base["cpu_percent_of_one_core"], 4),
        "wakeups_per_minute": round(app["wakeups_per_minute"] - base["wakeups_per_minute"], 1),
        "rss_mb": round(app["rss_mb"] - base["rss_mb"], 1),
    }
    print(f"idle cost over {args.window:.0f} s (after {args.settle:.0f} s to settle), headless X11 desktop")
    print(f"{'':14}{'CPU % of a core':>17}{'wake-ups/min':>14}{'RSS MB':>9}{'peak RSS MB':>13}")
    for label, row in (("baseline", base), ("Desk Coach", app)):
        print(
            f"{label:14}{row['cpu_percent_of_one_core']:>17.4f}{row['wakeups_per_minute']:>14.1f}"
            f"{row['rss_mb']:>9.1f}{row['peak_rss_mb']:>13.1f}"
        )
    diff = results["difference"]
    print(
        f"{'difference':14}{diff['cpu_percent_of_one_core']:>17.4f}{diff['wakeups_per_minute']:>14.1f}{diff['rss_mb']:>9.1f}"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
