"""What a user with low vision meets: a high-contrast palette as the desktop gives it (GNOME's High
Contrast, KDE's and Windows' contrast themes all reach Qt as the application's palette), text at
twice its size (a desktop's text scaling), and how each is measured in a window.

Contrast is measured on the rendered pixels: a text's ink is the colour in its widget that stands
furthest from the colour most of the widget is painted in (the glyphs' cores are drawn in the full
ink colour, only their edges are blended); a painted mark (a chart's bar, the countdown's ring) is
every colour that covers a visible part of the widget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCharts import QAbstractBarSeries, QChart, QScatterSeries, QXYSeries
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

LEAST_CONTRAST = 7.0
"""WCAG 2's enhanced contrast (1.4.6, AAA): what a high-contrast theme is chosen for."""

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: White on black, yellow and cyan for what is chosen and for links (Windows' "High Contrast
#: Black", GNOME's and KDE's dark contrast schemes alike).
HIGH_CONTRAST_DARK = {
    Role.Window: "#000000", Role.WindowText: "#FFFFFF", Role.Base: "#000000", Role.AlternateBase: "#000000",
    Role.Text: "#FFFFFF", Role.Button: "#000000", Role.ButtonText: "#FFFFFF", Role.BrightText: "#FFFF00",
    Role.Highlight: "#1AEBFF", Role.HighlightedText: "#000000",
    Role.Link: "#FFFF00", Role.LinkVisited: "#FFFF00",
    Role.PlaceholderText: "#FFFFFF", Role.ToolTipBase: "#000000", Role.ToolTipText: "#FFFFFF",
    Role.Light: "#FFFFFF", Role.Midlight: "#FFFFFF", Role.Mid: "#FFFFFF", Role.Dark: "#FFFFFF",
    Role.Shadow: "#FFFFFF", Role.Accent: "#FFFF00",
}
#: Black on white, a deep purple for what is chosen (Windows' "High Contrast White", GNOME's
#: HighContrast).
HIGH_CONTRAST_LIGHT = {
    Role.Window: "#FFFFFF", Role.WindowText: "#000000", Role.Base: "#FFFFFF", Role.AlternateBase: "#FFFFFF",
    Role.Text: "#000000", Role.Button: "#FFFFFF", Role.ButtonText: "#000000", Role.BrightText: "#37006E",
    Role.Highlight: "#37006E", Role.HighlightedText: "#FFFFFF",
    Role.Link: "#00009F", Role.LinkVisited: "#00009F",
    Role.PlaceholderText: "#000000", Role.ToolTipBase: "#FFFFFF", Role.ToolTipText: "#000000",
    Role.Light: "#000000", Role.Midlight: "#000000", Role.Mid: "#000000", Role.Dark: "#000000",
    Role.Shadow: "#000000", Role.Accent: "#37006E",
}
PALETTES = {"contrast-dark": HIGH_CONTRAST_DARK, "contrast-light": HIGH_CONTRAST_LIGHT}


def high_contrast(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    """A palette of ``colours`` for every state (a contrast theme greys nothing out but disabled)."""
    palette = QPalette()
    for role, colour in colours.items():
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            palette.setColor(group, role, QColor(colour))
    return palette


def twice_the_text(app: QApplication) -> QFont:
    """The application's font at twice its size, as a desktop's text scaling of 200 % gives it."""
    font = QFont(app.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 2)
    else:
        font.setPixelSize(font.pixelSize() * 2)
    return font


# ---------------------------------------------------------------------------------------- contrast


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)))
    return (b + 0.05) / (a + 0.05)


def colours_in(image: QImage, rect: QRect) -> Counter[int]:
    """How many pixels of each colour (``0xRRGGBB``) ``rect`` of ``image`` holds."""
    rect = rect.intersected(image.rect())
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    return counts


def _colour(rgb: int) -> QColor:
    return QColor((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)


def ink_contrast(counts: Counter[int], least_pixels: int = 3) -> tuple[float, str, str]:
    """The contrast of a text's ink against its background: the background is the colour most
    pixels have, the ink the one furthest from it that at least ``least_pixels`` have."""
    background = _colour(counts.most_common(1)[0][0])
    inks = [_colour(rgb) for rgb, count in counts.items() if count >= least_pixels]
    ink = max(inks, key=lambda colour: contrast(colour, background))
    return contrast(ink, background), ink.name(), background.name()


def edge_contrast(image: QImage, rect: QRect, behind: QColor) -> tuple[float, str]:
    """How far a control's edge (the two outermost pixels of ``rect`` all round) stands from the
    colour ``behind`` it at best: an edge a user can follow anywhere along it."""
    ring = Counter[int]()
    for band in (rect.adjusted(0, 0, 0, -(rect.height() - 2)), rect.adjusted(0, rect.height() - 2, 0, 0),
                 rect.adjusted(0, 0, -(rect.width() - 2), 0), rect.adjusted(rect.width() - 2, 0, 0, 0)):
        ring.update(colours_in(image, band))
    if not ring:
        return 0.0, "none"
    best = max((_colour(rgb) for rgb, count in ring.items() if count >= 3), key=lambda c: contrast(c, behind),
               default=behind)
    return contrast(best, behind), best.name()


def faint_chart_marks(chart: QChart, least: float = LEAST_CONTRAST) -> Iterator[str]:
    """What a chart draws (its bars, lines and points, its titles and axis labels) in a colour
    under ``least`` against the chart's background (its grid is no mark: a faint guide)."""
    background = chart.backgroundBrush().color()
    drawn: list[tuple[str, QColor]] = [("title", chart.titleBrush().color())]
    for axis in chart.axes():
        if axis.isVisible():
            drawn += [("axis labels", axis.labelsBrush().color()), ("axis line", axis.linePenColor())]
    for series in chart.series():
        if not series.isVisible():
            continue
        if isinstance(series, QAbstractBarSeries):
            drawn += [(f"bars {bar_set.label()!r}", bar_set.color()) for bar_set in series.barSets()]
        elif isinstance(series, QScatterSeries):
            drawn.append((f"points {series.name()!r}", series.color()))
        elif isinstance(series, QXYSeries):
            drawn.append((f"line {series.name()!r}", series.pen().color()))
    for what, colour in drawn:
        ratio = contrast(colour, background)
        if ratio < least:
            yield f"{what} {colour.name()} on {background.name()} {ratio:.1f}:1"


def text_widgets(window: QWidget) -> Iterator[QWidget]:
    """The visible widgets of ``window`` that show a text of their own."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if _own_text(widget).strip():
            yield widget


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return widget.title() if isinstance(widget, QGroupBox) else ""
