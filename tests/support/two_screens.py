"""Two screens side by side on Qt's offscreen platform, for the tests of where windows go.

"left" is 1920 x 1080 at 1x, "right" 1366 x 768 at 2x. The offscreen platform reads its screens
from a JSON file named in QT_QPA_PLATFORM, so a test module runs itself again in a subprocess on
that platform (``run_on_two_screens``), its inner tests behind an environment variable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = [
    {"name": "left", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "right", "x": 1920, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 2},
]
#: Variables that would scale the screens other than the layout says.
SCALING = ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR",
           "QT_ENABLE_HIGHDPI_SCALING", "QT_QPA_PLATFORMTHEME")


def run_on_two_screens(module: str, run_variable: str, folder: Path,
                       extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the pytest module ``module`` with ``run_variable`` set, on the two screens."""
    layout = folder / "screens.json"
    layout.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
    platform = f"offscreen:configfile={layout}"
    env = {**os.environ, run_variable: "1", "QT_QPA_PLATFORM": platform, **(extra or {})}
    for variable in SCALING:
        env.pop(variable, None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", module, "-q", "-p", "no:cacheprovider", "-o", "addopts="],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True, timeout=600,
    )
