"""Icons drawn from the shipped SVGs, rendered at the sizes trays and panels ask for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desk_coach.resources import resource_text

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def render_svg(svg_text: str, size: int) -> QPixmap:
    """Rasterise SVG text to a square, transparent pixmap of ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def app_icon() -> QIcon:
    """The Desk Coach icon at every usual size, so no panel has to scale a bitmap."""
    svg = resource_text("icons/desk-coach.svg")
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_svg(svg, size))
    return icon
