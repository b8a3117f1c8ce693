"""The drawing of an exercise on a light card, as the routine dialog shows it beside the steps."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk_coach.domain.coaching.exercises import Exercise
from desk_coach.resources import resource_text
from desk_coach.ui.contrast import is_high_contrast
from desk_coach.ui.fonts import scaled_font
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)

# The drawings are made for a light background, so they get one in dark mode too, a little
# dimmer there so that it does not glare.
CARD, CARD_DIM = QColor("#f7f6f2"), QColor("#d9d6cf")
CARD_TEXT = QColor("#3d3d3d")


class Illustration(QWidget):
    """The exercise's drawing on a light card; just its name on the card when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._name = ""
        self._cache: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def has_drawing(self) -> bool:
        return self._renderer is not None

    def set_exercise(self, exercise: Exercise) -> None:
        self._name = exercise.name
        self._renderer = None
        self._cache = None
        try:
            svg = resource_text(exercise.illustration)
        except (OSError, ValueError):  # not drawn yet, or not shipped
            log.info("no illustration for %s at %r", exercise.id, exercise.illustration)
        else:
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderer = renderer if renderer.isValid() else None
        if self._renderer is not None:
            #: What a screen reader says of an exercise's drawing; {name} is the exercise's name.
            self.setAccessibleName(translate("RoutineWindow", "Drawing: {name}").format(name=exercise.name))
        else:
            self.setAccessibleName(exercise.name)
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 12
        return QSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._cache = None
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.fontMetrics().height() * 0.5
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        painter.setBrush(CARD_DIM if dark and not is_high_contrast(self.palette()) else CARD)  # 7:1 ink
        painter.drawRoundedRect(frame, radius, radius)
        inner = self.rect().adjusted(*(round(radius),) * 2, *(-round(radius),) * 2)
        if self._renderer is not None:
            painter.drawPixmap(inner.topLeft(), self._pixmap(inner.size()))
        else:
            painter.setPen(CARD_TEXT)
            painter.setFont(scaled_font(self.font(), 1.1, bold=True))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._name)
        painter.end()

    def _pixmap(self, size: QSize) -> QPixmap:
        """The drawing fitted into ``size`` (aspect kept), sharp on a high-DPI screen."""
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != size * ratio:
            assert self._renderer is not None
            image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = self._renderer.defaultSize().scaled(image.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left, top = (image.width() - box.width()) / 2, (image.height() - box.height()) / 2
            self._renderer.render(painter, QRectF(left, top, box.width(), box.height()))
            painter.end()
            self._cache = QPixmap.fromImage(image)
            self._cache.setDevicePixelRatio(ratio)
        return self._cache



#####
