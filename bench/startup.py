"""Start-up time: from launching a process to its icon embedded in the tray, against the baseline.

Each app gets its own XDG home, started once untimed first (so the database exists, as for a user
on any day but the first), then ``runs`` timed launches, alternating with the baseline so both see
the same machine. The clock stops when an XEmbed window of the tray host is viewable.

    .venv/bin/python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from bench_common import APPS, HERE, Desktop, fresh_home, print_table, stop, write_json

POLL_S = 0.005


def time_to_icon(desktop: Desktop, name: str, argv: list[str], env: dict, timeout: float = 30.0) -> float:
    """Seconds from spawn to the icon being embedded; the app is stopped afterwards."""
    if desktop.tray_icons():
        raise RuntimeError("an icon is already in the tray; the measurement needs an empty tray")
    started = time.perf_counter()
    process = desktop.spawn(name, argv, env=env)
    try:
        while not desktop.tray_icons():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}; see {desktop.log_dir}")
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"{name} showed no tray icon within {timeout:.0f} s")
            time.sleep(POLL_S)
        return time.perf_counter() - started
    finally:
        stop(process)
        desktop.wait_until(lambda: not desktop.tray_icons(), timeout=10, what="the tray to empty")


def measure(desktop: Desktop, runs: int) -> dict:
    envs = {label: fresh_home(desktop, label) for label in APPS}
    for label, argv in APPS.items():  # the untimed first start
        time_to_icon(desktop, label, argv, envs[label])
    times: dict[str, list[float]] = {label: [] for label in APPS}
    for _ in range(runs):
        for label, argv in APPS.items():
            times[label].append(time_to_icon(desktop, label, argv, envs[label]))
    result = {label: {"median_s": round(statistics.median(t), 3), "runs_s": [round(x, 3) for x in t]}
              for label, t in times.items()}
    result["ratio"] = round(result["desk_coach"]["median_s"] / result["baseline"]["median_s"], 2)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "startup.json")
    args = parser.parse_args()
    with Desktop() as desktop:
        result = measure(desktop, args.runs)
    print_table(
        f"start-up to tray icon, median of {args.runs}",
        ["median s", "runs s"],
        {label: [f"{result[label]['median_s']:.3f}", " ".join(f"{x:.2f}" for x in result[label]["runs_s"])]
         for label in APPS},
    )
    print(f"ratio Desk Coach / baseline: {result['ratio']:.2f}")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
