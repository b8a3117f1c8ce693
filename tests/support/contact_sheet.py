"""The tray contact sheet (issue 11, point 5): how Desk Coach's icon looks on each desktop's panel.

The journey (tests/e2e/test_desktop_journey.py) saves, per desktop, a crop of the panel around the
icon at 1x: ``tray-<desktop>.png``, in the folder named by ``DESK_COACH_SHOTS`` (else the test's
own tmp folder). This module writes those crops and puts the ones it finds side by side, each
labelled with its desktop, into one picture:

    python tests/support/contact_sheet.py FOLDER [OUTPUT]     # OUTPUT: FOLDER/tray-contact-sheet.png

ImageMagick's ``montage`` lays the sheet out (Debian package imagemagick, with a font from
fontconfig for the labels).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

SHOTS_ENV = "DESK_COACH_SHOTS"
SHEET_NAME = "tray-contact-sheet.png"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def shots_folder(default: Path) -> Path:
    """Where screenshots go: ``$DESK_COACH_SHOTS`` when set (created), else ``default``."""
    folder = Path(os.environ.get(SHOTS_ENV) or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_png(path: Path, width: int, height: int, rgb: bytes) -> Path:
    """Save ``rgb`` (3 bytes a pixel, row by row) as an 8-bit RGB PNG."""
    if len(rgb) != width * height * 3:
        raise ValueError(f"{len(rgb)} bytes are not {width} x {height} RGB pixels")
    rows = b"".join(b"\0" + rgb[y * width * 3:(y + 1) * width * 3] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
                     + chunk(b"IEND", b""))
    return path


def tray_crops(folder: Path) -> list[Path]:
    """The ``tray-<desktop>.png`` crops in ``folder``, by desktop name."""
    return sorted(path for path in folder.glob("tray-*.png") if path.name != SHEET_NAME)


def _font() -> str:
    if FONT.exists():
        return str(FONT)
    found = subprocess.run(["fc-match", "-f", "%{file}", "sans"], capture_output=True, text=True, check=False)
    return found.stdout.strip() or "DejaVu-Sans"


def make_sheet(folder: Path, output: Path | None = None) -> Path:
    """One PNG with every tray crop found in ``folder``, at 1x, each labelled with its desktop."""
    crops = tray_crops(folder)
    if not crops:
        raise FileNotFoundError(f"no tray-<desktop>.png in {folder}")
    output = output or folder / SHEET_NAME
    labelled: list[str] = []
    for crop in crops:
        labelled += ["-label", crop.stem.removeprefix("tray-"), str(crop)]
    subprocess.run(["montage", "-font", _font(), "-pointsize", "14", *labelled, "-tile", "1x",
                    "-geometry", "+12+8", "-background", "#e8e8e8", "-depth", "8", str(output)],
                   check=True, capture_output=True, timeout=60)
    return output


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    print(make_sheet(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else None))
