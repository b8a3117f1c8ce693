"""Render the app icon (resources/icons/desk-coach.svg) into the Windows .ico and the macOS .icns
that packaging/desk-coach.spec gives the bundle on those systems.

Run once after the SVG changes; the two files it writes are kept in the tree, so a Windows or
macOS build needs neither this script nor anything beyond PyInstaller:

    QT_QPA_PLATFORM=offscreen python packaging/render_bundle_icons.py

Both containers are written here byte by byte (Qt writes one image per .ico and no Pillow is
needed): the .ico holds 16-64 px as 32-bit bitmaps with alpha, which every Windows version reads,
and 256 px as PNG; the .icns holds PNGs from 16 px to 1024 px (512 px at 2x). Qt reads both back
before the script ends, so a broken file is never left behind.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "linux"))
from render_icons import render as render_premultiplied  # noqa: E402 - the hicolor icons' drawing

SOURCE = HERE.parent / "resources" / "icons" / "desk-coach.svg"
ICO = HERE / "windows" / "desk-coach.ico"
ICNS = HERE / "macos" / "desk-coach.icns"

ICO_BITMAP_SIZES = (16, 24, 32, 48, 64)
ICO_PNG_SIZES = (256,)
# (type, pixels): the PNG-bearing icns entries, 1x and 2x ("ic11" is 16 px at 2x, and so on).
ICNS_ENTRIES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` pixels square, with straight (not premultiplied) alpha."""
    return render_premultiplied(renderer, size).convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bitmap_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as .ico wants it: bottom-up rows, a doubled
    height in the header (colour rows plus mask rows) and an all-clear AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is one native-endian 32-bit word a pixel: B, G, R, A in memory on x86/ARM.
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder == "big":  # pragma: no cover
        rows = [b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    mask_row = bytes(((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(renderer: QSvgRenderer) -> bytes:
    images = [(size, bitmap_bytes(render(renderer, size))) for size in ICO_BITMAP_SIZES]
    images += [(size, png_bytes(render(renderer, size))) for size in ICO_PNG_SIZES]
    offset = 6 + 16 * len(images)
    directory, payload = [struct.pack("<HHH", 0, 1, len(images))], []
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        payload.append(data)
        offset += len(data)
    return b"".join(directory + payload)


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    pngs: dict[int, bytes] = {}
    chunks = []
    for kind, size in ICNS_ENTRIES:
        data = pngs.setdefault(size, png_bytes(render(renderer, size)))
        chunks.append(kind + struct.pack(">I", 8 + len(data)) + data)
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def sizes_qt_reads(path: Path) -> set[int]:
    """The square sizes Qt's own image plugins find in ``path``."""
    reader = QImageReader(str(path))
    found = set()
    for _ in range(max(reader.imageCount(), 1)):
        image = reader.read()
        if image.isNull():
            raise RuntimeError(f"Qt cannot read {path.name}: {reader.errorString()}")
        found.add(image.width())
        if not reader.jumpToNextImage():
            break
    return found


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for path, data, expected in (
        (ICO, ico_bytes(renderer), {*ICO_BITMAP_SIZES, *ICO_PNG_SIZES}),
        (ICNS, icns_bytes(renderer), {size for _, size in ICNS_ENTRIES}),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        found = sizes_qt_reads(path)
        if not found or not found <= expected:
            path.unlink()
            print(f"{path.name}: Qt reads sizes {sorted(found)}, expected some of {sorted(expected)}",
                  file=sys.stderr)
            return 1
        print(f"{path.relative_to(HERE)}: {len(data)} bytes, Qt reads {sorted(found)} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
