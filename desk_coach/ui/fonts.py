"""Type for the Qt shell's windows: one place for a font made bigger, digits that keep still
and the quieter text, so the routine, the break window, the settings and the self-check agree."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel


def scaled_font(font: QFont, factor: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """``font`` made ``factor`` times bigger, whether it is sized in points or in pixels."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    scaled.setBold(bold or scaled.bold())
    scaled.setItalic(italic or scaled.italic())
    return scaled


def tabular(font: QFont) -> QFont:
    """``font`` with digits of equal width (Qt 6.7+), so a countdown keeps still as it changes."""
    if hasattr(QFont, "setFeature"):
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def quiet(label: QLabel) -> QLabel:
    """Quieter text, in the palette's own colour for it (light and dark alike)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
