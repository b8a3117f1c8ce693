"""Contrast between two colours, and what a high-contrast theme asks of the colours we choose.

GNOME's High Contrast, KDE's contrast schemes and Windows' contrast themes reach Qt as the
application's palette: text as black on white or white on black. What Desk Coach paints in its own
colours (the problem red, the charts' series, the drawings' card) then has to stand out as much:
WCAG 2's enhanced contrast of 7:1 (1.4.6).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ENHANCED = 7.0
"""The contrast a text or a mark keeps in a high-contrast theme (WCAG 2, 1.4.6)."""
HIGH_CONTRAST_AT = 19.5
"""A palette whose window text stands this far from its window is a contrast theme (black on
white is 21; Fusion's black on light grey 18.3; KDE Breeze Dark's 15)."""


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance, 0 (black) to 1 (white)."""
    red, green, blue = _linear(colour.redF()), _linear(colour.greenF()), _linear(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    low, high = sorted((luminance(first), luminance(second)))
    return (high + 0.05) / (low + 0.05)


def is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` is a contrast theme's."""
    role = QPalette.ColorRole
    return contrast_ratio(palette.color(role.Window), palette.color(role.WindowText)) >= HIGH_CONTRAST_AT


def legible(colour: QColor, background: QColor, least: float = ENHANCED) -> QColor:
    """``colour``, made lighter on a dark background or darker on a light one (its hue kept) until it
    stands ``least`` from ``background``."""
    if contrast_ratio(colour, background) >= least:
        return QColor(colour)
    lighter = luminance(background) < 0.18
    hue, saturation, lightness = colour.hslHue(), colour.hslSaturation(), colour.lightness()
    alpha = colour.alpha()
    step = 4 if lighter else -4
    adjusted = QColor(colour)
    while 0 < lightness < 255 and contrast_ratio(adjusted, background) < least:
        lightness = max(0, min(255, lightness + step))
        adjusted = QColor.fromHsl(max(hue, 0), saturation, lightness, alpha)
    return adjusted
