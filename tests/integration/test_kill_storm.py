"""200 SIGKILLs at random moments of the coach's work, then a restart each time: no committed
row is lost, the database always passes its integrity check, the settings file is always whole.

The storm itself is tests/support/kill_storm.py (it says how it works); this test runs it in its
own process and checks its report, which it also prints (pytest -s, or the failure message).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STORM = Path(__file__).resolve().parents[1] / "support" / "kill_storm.py"
KILLS = 200


def test_two_hundred_kills_lose_no_committed_row(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(STORM), str(tmp_path / "storm"), "--kills", str(KILLS)],
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    print(f"kill storm: {json.dumps(report)}")
    summary = (
        f"{report['kills']} kills, {report['restarts']} restarts, {report['first_starts']} first starts, "
        f"{report['integrity_checks']} integrity checks, {report['rows_committed']} rows committed at "
        f"the end, {report['rows_lost']} lost; killed during {report['killed_during']}"
    )
    assert report["kills"] == KILLS, summary
    assert report["restarts"] + report["first_starts"] == KILLS, summary
    assert report["integrity_checks"] >= KILLS - report["first_starts"], summary
    assert report["integrity_failures"] == [], summary
    assert report["rows_lost"] == 0 and report["lost"] == [], summary
    assert report["settings_broken"] == [], summary
    assert report["moved_aside"] == [], summary
    assert report["worker_errors"] == [], summary
    assert report["rows_committed"] > 0 and report["settings_saves"] > 0, summary
    for moment in ("first start", "reminder", "routine", "settings", "export"):
        assert report["killed_during"].get(moment, 0) > 0, f"no kill landed during {moment}: {summary}"
