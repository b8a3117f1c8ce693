"""Contact sheets of the low-vision looks (test_every_window_for_low_vision.py): every window of one
look, 16 to a sheet, each labelled with its shot, for a person to look at.

    DESK_COACH_SHOTS=FOLDER pytest tests/ui/test_every_window_for_low_vision.py
    python tests/ui/low_vision_sheets.py FOLDER        # FOLDER/sheet-<look>-<n>.png

ImageMagick's ``montage`` lays them out (as the tray's contact sheet, tests/support/contact_sheet.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from contact_sheet import _font

PER_SHEET = 16
LOOKS = ("text-2x", "contrast-dark", "contrast-light", "plain")


def make_sheets(folder: Path) -> list[Path]:
    sheets = []
    for look in LOOKS:
        shots = sorted(path for path in folder.glob(f"{look}-*.png") if not path.name.startswith("sheet-"))
        for number, start in enumerate(range(0, len(shots), PER_SHEET), start=1):
            labelled: list[str] = []
            for shot in shots[start:start + PER_SHEET]:
                labelled += ["-label", shot.stem.removeprefix(f"{look}-"), str(shot)]
            output = folder / f"sheet-{look}-{number}.png"
            layout = ["-tile", "4x", "-geometry", "420x420+10+8", "-background", "#808080", "-depth", "8"]
            subprocess.run(["montage", "-font", _font(), "-pointsize", "16", *labelled, *layout, str(output)],
                           check=True, capture_output=True, timeout=120)
            sheets.append(output)
    return sheets


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for sheet in make_sheets(Path(sys.argv[1])):
        print(sheet)
