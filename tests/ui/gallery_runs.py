"""Running a gallery module again in a pytest subprocess on a screen of its own, and telling what
the runs found: for the tests that look at every window under conditions fixed when the
QApplication is made (a scale, a screen's size): test_every_window_in_pseudo_languages.py and
test_every_window_for_low_vision.py.

The screen is Qt's offscreen platform's, read from a JSON file named in QT_QPA_PLATFORM; every
variable that would scale it otherwise is taken out of the run's environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

SCALING = ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR",
           "QT_ENABLE_HIGHDPI_SCALING", "QT_FONT_DPI", "QT_QPA_PLATFORMTHEME")
SHOWN_FINDINGS = 60  # in a failure message; the JSON reports hold them all


def start_run(module: str, screen: Path, size: tuple[int, int], env: dict[str, str]) -> subprocess.Popen:
    """Start pytest on ``module`` with ``env`` added, on one offscreen screen of ``size`` device
    pixels (its description written to ``screen``)."""
    width, height = size
    screen.write_text(json.dumps({"screens": [{
        "name": "gallery", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    run_env = {name: value for name, value in os.environ.items() if name not in SCALING}
    run_env.update(env, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", module, "-q", "-p", "no:cacheprovider", "-o", "addopts="],
        cwd=Path(__file__).resolve().parents[2], env=run_env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )


def finish(started: dict, timeout: int) -> dict:
    """Each run's return code, the end of its output and the findings its JSON report holds, by
    the key it was started under; ``started`` maps a key to (run, report path)."""
    runs = {}
    for key, (run, report) in started.items():
        output, _ = run.communicate(timeout=timeout)
        found = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
        runs[key] = {"returncode": run.returncode, "output": output[-8000:], "shots": found}
    return runs


def findings_message(kind: str, findings: list[str]) -> str:
    """A failure message: how many ``findings`` per shot, then the first of them."""
    per_shot = Counter(finding.split(": ")[0] for finding in findings)
    table = "\n".join(f"  {count:4}  {shot}" for shot, count in sorted(per_shot.items()))
    listed = "\n".join(f"  {finding}" for finding in findings[:SHOWN_FINDINGS])
    more = f"\n  … and {len(findings) - SHOWN_FINDINGS} more" if len(findings) > SHOWN_FINDINGS else ""
    return f"{len(findings)} {kind} in {len(per_shot)} shots:\n{table}\n\n{listed}{more}"


def write_findings(findings: dict, report_env: str) -> None:
    """In a run: write the findings to the JSON report named by ``report_env``, if it names one."""
    path = os.environ.get(report_env)
    if path:
        Path(path).write_text(json.dumps(findings, indent=1, ensure_ascii=False), encoding="utf-8")
