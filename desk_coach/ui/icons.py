"""Icons drawn from the shipped SVGs, rendered at the sizes trays and panels ask for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desk_coach.resources import resource_text

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: Not Qt.GlobalColor.transparent: the first use of PySide6's ``Qt`` namespace builds all of
#: its enums (about 10 ms), which the start-up should not pay before the tray icon shows.
TRANSPARENT = QColor(0, 0, 0, 0)


def render_svg(svg_text: str, size: int) -> QPixmap:
    """Rasterise SVG text to a square, transparent pixmap of ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(TRANSPARENT)  # QPixmap.fill, not QImage.fill: the latter's overloads need Qt's enums
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The Desk Coach icon at every usual size, so no panel has to scale a bitmap."""
    svg = resource_text("icons/desk-coach.svg")
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_svg(svg, size))
    return icon
