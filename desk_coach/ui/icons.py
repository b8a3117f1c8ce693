"""Icons drawn from the shipped SVGs, rendered at the sizes trays and panels ask for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
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
    return drawn_icon(render_svg(svg, size) for size in ICON_SIZES)


def drawn_icon(drawings: Iterable[QPixmap]) -> QIcon:
    """An icon made of square drawings of different sizes (see DrawnIconEngine)."""
    return QIcon(DrawnIconEngine(tuple(sorted(drawings, key=QPixmap.width))))


class DrawnIconEngine(QIconEngine):
    """An icon that is a set of square drawings: the one that fits is handed out, no copy kept.

    Qt's engine for icons made of pixmaps copies every pixmap it is asked for into the
    application's pixmap cache, and that cache then runs a timer that wakes the app every
    10-30 s until it has emptied itself again; a tray app should sleep instead.

    The QIcon owns its engine. A copy made when a QIcon is changed (``clone``) would be freed
    by Python as soon as it is returned, so the copies are kept here; our icons are never
    changed, so there are none in practice.
    """

    _clones: ClassVar[list[DrawnIconEngine]] = []

    def __init__(self, drawings: tuple[QPixmap, ...]) -> None:
        super().__init__()
        self._drawings = drawings  # smallest first

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        drawing = next((d for d in self._drawings if d.width() >= side), self._drawings[-1])
        if drawing.width() == side:
            return drawing
        Qt = QtCore.Qt  # looked up here: the start-up shows the icon without building Qt's enums
        return drawing.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Square and centred: a tray slot is often taller than wide (22 x 30 in trayer), and
        # drawing into the whole slot would stretch the round icon into an oval.
        side = min(rect.width(), rect.height())
        left, top = rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2
        square = QRect(left, top, side, side)
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(square, self.pixmap(square.size() * scale, mode, state))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [drawing.size() for drawing in self._drawings]

    def clone(self) -> QIconEngine:
        twin = DrawnIconEngine(self._drawings)
        self._clones.append(twin)
        return twin

