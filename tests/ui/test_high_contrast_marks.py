"""What Desk Coach paints in its own colours keeps 7:1 in a contrast theme, its check and radio
marks are seen there and beside large text, and so is the keyboard's focus on every kind of
control (issue 17, 6); the whole windows are measured in test_every_window_for_low_vision.py,
these are the rules one by one."""

from __future__ import annotations

import pytest
from low_vision import PALETTES, colours_in, high_contrast, ink_contrast
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle

from desk_coach.ui.break_screen import calm_colour
from desk_coach.ui.clear_marks import INDICATOR_SHARE, ClearMarksStyle, use_clear_marks
from desk_coach.ui.contrast import ENHANCED, contrast_ratio, is_high_contrast, legible
from desk_coach.ui.settings_fields import problem_color

CONTRAST = {name: high_contrast(colours) for name, colours in PALETTES.items()}
Role = QPalette.ColorRole


def test_contrast_ratio_is_wcag_s():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_only_a_contrast_theme_counts_as_one():
    assert all(is_high_contrast(palette) for palette in CONTRAST.values())
    fusion_light = QPalette(QColor("#EFEFEF"))  # Fusion's own: black on light grey
    fusion_light.setColor(Role.WindowText, QColor("black"))
    breeze_dark = QPalette(QColor("#202326"))
    breeze_dark.setColor(Role.Window, QColor("#202326"))
    breeze_dark.setColor(Role.WindowText, QColor("#FCFCFC"))
    assert not is_high_contrast(fusion_light)
    assert not is_high_contrast(breeze_dark)


@pytest.mark.parametrize("colour", ["#B3261E", "#0072B2", "#F0C04A", "#688878"])
@pytest.mark.parametrize("background", ["#000000", "#FFFFFF"])
def test_legible_reaches_7_to_1_and_keeps_the_hue(colour, background):
    made = legible(QColor(colour), QColor(background))
    assert contrast_ratio(made, QColor(background)) >= ENHANCED
    if QColor(colour).hslSaturation() > 40 and 0 < made.lightness() < 255:
        assert abs(made.hslHue() - QColor(colour).hslHue()) <= 3


def test_a_colour_that_stands_out_already_is_kept():
    assert legible(QColor("#FFFF00"), QColor("black")) == QColor("#FFFF00")


@pytest.mark.parametrize("look", list(CONTRAST))
def test_the_problem_red_and_the_break_screen_stand_out_by_7_to_1(look):
    palette = CONTRAST[look]
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    red = problem_color(palette)
    assert contrast_ratio(red, window) >= ENHANCED
    assert red.hslHue() < 15 or red.hslHue() > 345  # still a red
    assert contrast_ratio(text, calm_colour(palette)) >= ENHANCED


def test_the_problem_red_is_unchanged_in_an_ordinary_theme():
    light = QPalette(QColor("#EFEFEF"))
    light.setColor(Role.WindowText, QColor("#202020"))
    assert problem_color(light) == QColor(0xB3, 0x26, 0x1E)


@pytest.fixture
def clear_marks(qapp):
    # As the app does, and left in place: setting another style would have Qt delete this one
    # while widgets of other tests in this process may still use it.
    use_clear_marks(qapp)
    assert isinstance(qapp.style(), ClearMarksStyle)


@pytest.mark.parametrize("look", list(CONTRAST))
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unchecked_mark_is_drawn_in_the_text_colour_in_a_contrast_theme(qtbot, clear_marks, look, kind):
    box = kind("Sharp or shooting pain")
    box.setPalette(CONTRAST[look])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    metric = QStyle.PixelMetric.PM_IndicatorHeight if kind is QCheckBox else (
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
    size = box.style().pixelMetric(metric, None, box)
    counts = colours_in(box.grab().toImage(), QRect(0, (box.height() - size) // 2, size, size))
    ratio, ink, _ = ink_contrast(counts)
    assert ratio >= ENHANCED
    assert contrast_ratio(QColor(ink), CONTRAST[look].color(Role.Text)) < 1.1  # the text's own colour


def test_marks_grow_with_the_text(qtbot, clear_marks):
    box = QCheckBox("Desk")
    qtbot.addWidget(box)
    font = QFont(box.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    box.setFont(font)
    size = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, box)
    assert size >= round(box.fontMetrics().height() * INDICATOR_SHARE)


def _focus_shown(qtbot, widget, palette) -> float:
    """How far the pixels that change when ``widget`` takes the keyboard's focus stand from the
    window's colour at best (0 when nothing changes)."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    window.setPalette(palette)
    layout = QVBoxLayout(window)
    elsewhere = QLineEdit()
    layout.addWidget(elsewhere)
    layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    after = widget.grab().toImage()
    behind = palette.color(Role.Window)
    best = 0.0
    for y in range(after.height()):
        for x in range(after.width()):
            if after.pixel(x, y) != before.pixel(x, y):
                best = max(best, contrast_ratio(QColor(after.pixel(x, y)), behind))
    return best


@pytest.mark.parametrize("look", list(CONTRAST))
@pytest.mark.parametrize("kind", ["QPushButton", "QLineEdit", "QSpinBox", "QComboBox", "QCheckBox",
                                  "QRadioButton"])
def test_the_keyboard_focus_is_plain_to_see_in_a_contrast_theme(qtbot, clear_marks, look, kind):
    from PySide6 import QtWidgets

    widget = getattr(QtWidgets, kind)()
    if hasattr(widget, "setText") and kind != "QLineEdit":
        widget.setText("Sharp or shooting pain")
    if kind == "QComboBox":
        widget.addItems(["Desktop notifications", "Tray balloon"])
    assert _focus_shown(qtbot, widget, CONTRAST[look]) >= ENHANCED, f"{kind}: no focus seen at 7:1"
