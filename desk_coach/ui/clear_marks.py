"""Check boxes, radio buttons, scroll bars and the edges of buttons and fields a user with low
vision can see: the marks as large as the text beside them, and in a contrast theme all drawn in
the theme's own text colour (the focus's edge in its highlight colour).

Fusion (Qt's style on GNOME, and wherever no other is set) draws these marks a fixed 14 pixels
whatever the font, so with the desktop's text at twice its size they shrink beside it; and it
outlines them in a shade of the window's colour, which a contrast theme's pure black (or white)
window makes invisible: the choices of a self-check page were blank, and a scroll bar's handle
was gone. This style wraps the platform's own and changes only those.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from desk_coach.ui.contrast import is_high_contrast

INDICATOR_SHARE = 0.8
"""A mark is at least this share of a line of the text beside it."""

_SIZES = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
_MARKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
#: A button's and a text field's edge: where to click or type (Fusion shades it from the window).
_EDGED = (QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_PanelLineEdit)
_EDGED_FIELDS = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


class ClearMarksStyle(QProxyStyle):
    """The platform's style, its check and radio marks sized to the text and, in a contrast theme,
    drawn in the text's colour on the base colour."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        size = super().pixelMetric(metric, option, widget)
        if metric in _SIZES:
            metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
            size = max(size, round(metrics.height() * INDICATOR_SHARE))
        return size

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element in _MARKS and is_high_contrast(option.palette):
            _draw_mark(element is QStyle.PrimitiveElement.PE_IndicatorRadioButton, option, painter)
            return
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect and is_high_contrast(option.palette):
            _draw_focus(option, painter)  # Fusion's is a faint tint of the highlight
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _EDGED and is_high_contrast(option.palette):
            _draw_edge(option, painter)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element is QStyle.ControlElement.CE_ProgressBarGroove and is_high_contrast(option.palette):
            _draw_edge(option, painter)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        """A scroll bar's handle, in a contrast theme, filled in the text's colour: Fusion's handle
        is shaded from the window's colour and vanishes on pure black."""
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_FIELDS and is_high_contrast(option.palette):
            _draw_edge(option, painter)
        if widget is not None and control is QStyle.ComplexControl.CC_ScrollBar and is_high_contrast(
            option.palette
        ):
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
            if handle.isValid():
                inset = max(1, min(handle.width(), handle.height()) // 6)
                painter.fillRect(handle.adjusted(inset, inset, -inset, -inset),
                                 option.palette.color(QPalette.ColorRole.WindowText))


def _draw_edge(option: QStyleOption, painter: QPainter) -> None:
    """A control's edge in the text's colour, or in the highlight's, twice as thick, where the
    keyboard's focus is: the focus stays as plain to see as the edge."""
    role = QPalette.ColorRole
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    colour = option.palette.color(role.Highlight if focused else role.Text)
    width = 2.0 if focused else 1.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2))
    painter.restore()


def _draw_focus(option: QStyleOption, painter: QPainter) -> None:
    """The keyboard's focus around a check box's or radio button's text: the highlight, 2 px."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
    painter.restore()


def _draw_mark(round_mark: bool, option: QStyleOption, painter: QPainter) -> None:
    """A box or circle outlined in the text colour; ticked, filled or half-set in it."""
    role = QPalette.ColorRole
    ink = option.palette.color(role.Text)
    rect = QRectF(option.rect)
    line = max(1.5, rect.width() / 10)
    rect = rect.adjusted(line / 2, line / 2, -line / 2, -line / 2)
    state = option.state
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, line))
    painter.setBrush(option.palette.color(role.Base))
    if round_mark:
        painter.drawEllipse(rect)
        if state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            inset = rect.width() * 0.27
            painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
    else:
        painter.drawRect(rect)
        tick = QPen(ink, line * 1.6)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        left, top, width, height = rect.left(), rect.top(), rect.width(), rect.height()
        if state & QStyle.StateFlag.State_On:
            painter.drawPolyline(QPolygonF([
                QPointF(left + width * 0.22, top + height * 0.52),
                QPointF(left + width * 0.42, top + height * 0.72),
                QPointF(left + width * 0.78, top + height * 0.28),
            ]))
        elif state & QStyle.StateFlag.State_NoChange:
            middle = top + height / 2
            painter.drawLine(QPointF(left + width * 0.25, middle), QPointF(left + width * 0.75, middle))
    painter.restore()


def use_clear_marks(app: QApplication) -> None:
    """Wrap the application's style (once). The style is kept here as well: the application holds
    it only as a C++ pointer, and a Python style whose last Python reference went was deleted under
    it (a crash at the next widget made)."""
    if not isinstance(app.style(), ClearMarksStyle):
        style = ClearMarksStyle(app.style().name())
        _KEPT.append(style)
        app.setStyle(style)


_KEPT: list[ClearMarksStyle] = []
