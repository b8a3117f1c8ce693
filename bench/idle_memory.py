"""Memory and idle cost of Desk Coach against the baseline, both measured over the same minutes.

The two apps run at the same time, each in its own headless desktop (Xvfb, D-Bus, trayer,
dunst) and its own home. At the same time, because the machine is shared and its load changes
from minute to minute: whatever else runs then weighs on both alike, and the run takes half as
long. Each in its own desktop, so neither one's icon or windows can wake the other through a
shared X server or tray.

1. First start (an extra row): a fresh home; the app is launched, its icon awaited, and RSS and
   peak RSS read ``--first`` seconds after launch, then it is stopped. For Desk Coach this is
   the one start that creates the database (migrations) and opens the first-run self-check.
2. The usual start, in the same home (the database exists, as on any day but the first):
   RSS ``--steady`` seconds after launch is the steady figure and VmHWM then the peak; the next
   ``--window`` seconds are the idle window: CPU time as a share of one core, and wake-ups per
   minute (context switches), read from /proc.

    .venv/bin/python bench/idle_memory.py [--steady 60] [--window 120] [--first 15] [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_common import APPS, HERE, LABELS, Desktop, fresh_home, print_table, stop, write_json
from proc_stats import CLOCK_TICKS, ProcSample, sample

ICON_TIMEOUT_S = 60.0


@dataclass
class Run:
    """One app in its own desktop and home."""

    label: str
    desktop: Desktop
    env: dict
    process: object = None
    launched: float = 0.0
    icon_s: float | None = None
    samples: dict[str, tuple[float, ProcSample]] = field(default_factory=dict)


def _launch(runs: list[Run]) -> None:
    for run in runs:
        run.process = run.desktop.spawn(run.label, APPS[run.label], env=run.env)
        run.launched = time.monotonic()
        run.icon_s = None


def _alive(run: Run) -> None:
    if run.process.poll() is not None:
        raise RuntimeError(f"{run.label} exited with {run.process.returncode}; see {run.desktop.log_dir}")


def _await_icons(runs: list[Run]) -> None:
    while any(run.icon_s is None for run in runs):
        for run in runs:
            _alive(run)
            if run.icon_s is None and run.desktop.tray_icons():
                run.icon_s = time.monotonic() - run.launched
            if time.monotonic() - run.launched > ICON_TIMEOUT_S:
                raise RuntimeError(f"{run.label} showed no tray icon within {ICON_TIMEOUT_S:.0f} s")
        time.sleep(0.02)


def _sample_at(runs: list[Run], name: str, after_launch_s: float) -> None:
    """Sample each app ``after_launch_s`` seconds after its own launch, in time order."""
    for run in sorted(runs, key=lambda r: r.launched):
        delay = run.launched + after_launch_s - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        _alive(run)
        run.samples[name] = (time.monotonic(), sample(run.process.pid))


def _stop(runs: list[Run]) -> None:
    for run in runs:
        stop(run.process)
    for run in runs:
        run.desktop.wait_until(lambda d=run.desktop: not d.tray_icons(), timeout=10, what="the tray to empty")


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)


def measure(first_s: float, steady_s: float, window_s: float) -> dict:
    desktops = [Desktop(), Desktop()]
    try:
        for desktop in desktops:
            desktop.start()
        runs = [Run(label, desktop, fresh_home(desktop, label))
                for label, desktop in zip(APPS, desktops, strict=True)]

        _launch(runs)  # 1. first start, fresh home
        _await_icons(runs)
        _sample_at(runs, "first", first_s)
        first_icon = {run.label: run.icon_s for run in runs}
        _stop(runs)

        _launch(runs)  # 2. the usual start
        _await_icons(runs)
        _sample_at(runs, "steady", steady_s)
        _sample_at(runs, "idle_end", steady_s + window_s)
        _stop(runs)
    finally:
        for desktop in desktops:
            desktop.close()

    result: dict = {
        "mode": "concurrent: each app in its own headless desktop, both over the same minutes",
        "first_s": first_s,
        "steady_s": steady_s,
        "window_s": window_s,
        "cpu_resolution_percent": round(100 / CLOCK_TICKS / window_s, 4),
    }
    for run in runs:
        _, first = run.samples["first"]
        t0, steady = run.samples["steady"]
        t1, end = run.samples["idle_end"]
        elapsed = t1 - t0
        cpu = end.cpu_s - steady.cpu_s
        result[run.label] = {
            "first_start": {"rss_mb": _mb(first.rss_kb), "peak_rss_mb": _mb(first.peak_rss_kb),
                            "icon_s": round(first_icon[run.label], 3)},
            "steady_rss_mb": _mb(steady.rss_kb),
            "peak_rss_mb": _mb(steady.peak_rss_kb),
            "icon_s": round(run.icon_s, 3),
            "idle": {
                "window_s": round(elapsed, 1),
                "cpu_seconds": round(cpu, 3),
                "cpu_percent_of_one_core": round(100 * cpu / elapsed, 4),
                "wakeups_per_minute": round((end.wakeups - steady.wakeups) * 60 / elapsed, 1),
                "rss_mb_at_end": _mb(end.rss_kb),
            },
        }
    base, app = result["baseline"], result["desk_coach"]
    result["difference"] = {
        "steady_rss_mb": round(app["steady_rss_mb"] - base["steady_rss_mb"], 1),
        "peak_rss_mb": round(app["peak_rss_mb"] - base["peak_rss_mb"], 1),
        "first_start_rss_mb": round(app["first_start"]["rss_mb"] - base["first_start"]["rss_mb"], 1),
        "cpu_percent_of_one_core": round(
            app["idle"]["cpu_percent_of_one_core"] - base["idle"]["cpu_percent_of_one_core"], 4),
        "wakeups_per_minute": round(
            app["idle"]["wakeups_per_minute"] - base["idle"]["wakeups_per_minute"], 1),
    }
    base_cpu = base["idle"]["cpu_percent_of_one_core"]
    base_wake = base["idle"]["wakeups_per_minute"]
    result["ratio"] = {
        "cpu": round(app["idle"]["cpu_percent_of_one_core"] / base_cpu, 2) if base_cpu else None,
        "wakeups": round(app["idle"]["wakeups_per_minute"] / base_wake, 2) if base_wake else None,
    }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=float, default=15.0, help="first start: seconds to RSS (default 15)")
    parser.add_argument("--steady", type=float, default=60.0, help="seconds to the steady RSS (default 60)")
    parser.add_argument("--window", type=float, default=120.0, help="idle window in seconds (default 120)")
    parser.add_argument("--quick", action="store_true", help="short windows (5 s, 10 s, 20 s) for a try-out")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "idle_memory.json")
    args = parser.parse_args()
    if args.quick:
        args.first, args.steady, args.window = 5.0, 10.0, 20.0
    result = measure(args.first, args.steady, args.window)
    rows = {}
    for label in APPS:
        r = result[label]
        idle = r["idle"]
        rows[label] = [f"{r['steady_rss_mb']:.1f}", f"{r['peak_rss_mb']:.1f}",
                       f"{idle['cpu_percent_of_one_core']:.4f}", f"{idle['wakeups_per_minute']:.1f}",
                       f"{r['first_start']['rss_mb']:.1f}", f"{r['first_start']['peak_rss_mb']:.1f}"]
    diff = result["difference"]
    rows["difference"] = [f"{diff['steady_rss_mb']:+.1f}", f"{diff['peak_rss_mb']:+.1f}",
                          f"{diff['cpu_percent_of_one_core']:+.4f}", f"{diff['wakeups_per_minute']:+.1f}",
                          f"{diff['first_start_rss_mb']:+.1f}", ""]
    print_table(
        f"memory at {args.steady:.0f} s and idle cost over the next {args.window:.0f} s "
        f"({result['mode']}); first start read at {args.first:.0f} s",
        ["RSS MB", "peak MB", "CPU % core", "wake-ups/min", "1st-start RSS", "1st-start peak"],
        rows,
    )
    print(f"CPU time is counted in {1000 / CLOCK_TICKS:.0f} ms ticks: "
          f"{result['cpu_resolution_percent']} % of a core over this window. "
          f"({LABELS['desk_coach']} first start: database created, first-run self-check open)")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
