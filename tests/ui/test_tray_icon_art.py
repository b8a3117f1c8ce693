"""The tray icon art: every look at every size, the ring that fills, and the cache."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from desk_coach.services.coach_status import CoachState
from desk_coach.ui.tray_icon_art import PROGRESS_STEPS, _geometry, render_status_image, status_icon
from desk_coach.ui.tray_icon_art import TRAY_ICON_SIZES as ICON_SIZES

LIGHT_PANEL = QColor("#efefef")
DARK_PANEL = QColor("#222222")


def image(icon: QIcon, size: int) -> QImage:
    return icon.pixmap(QSize(size, size)).toImage()


def ring_pixel(img: QImage, fraction: float) -> QColor:
    """The pixel in the middle of the ring, ``fraction`` of the way round clockwise from 12."""
    geo = _geometry(img.width())
    angle = fraction * 2 * math.pi
    x = geo.centre + geo.ring_r * math.sin(angle)
    y = geo.centre - geo.ring_r * math.cos(angle)
    return img.pixelColor(math.floor(x), math.floor(y))


def distance(a: QColor, b: QColor) -> float:
    return math.dist((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()))


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def on_panel(img: QImage, panel: QColor, x: int, y: int) -> QColor:
    """The colour a user sees at (x, y) with the icon drawn over ``panel``."""
    pixel = img.pixelColor(x, y)
    alpha = pixel.alphaF()
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * p for c, p in (
        (pixel.redF(), panel.redF()), (pixel.greenF(), panel.greenF()), (pixel.blueF(), panel.blueF()))))


@pytest.mark.parametrize("state", list(CoachState))
def test_every_state_renders_at_every_size(qapp, state):
    icon = status_icon(state, 0.5)
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
    for size in ICON_SIZES:
        img = image(icon, size)
        assert (img.width(), img.height()) == (size, size)
        assert img.pixelColor(size // 2, size // 2).alpha() == 255  # the disc is solid
        assert img.pixelColor(0, 0).alpha() == 0  # and round: the corners stay see-through


@pytest.mark.parametrize("size", [16, 22, 32, 48])
def test_the_ring_fills_clockwise_from_twelve(qapp, size):
    empty, half, full = (image(status_icon(CoachState.SITTING, p), size) for p in (0.0, 0.5, 1.0))
    # 3 o'clock is inside the first half, 9 o'clock inside the second.
    assert distance(ring_pixel(empty, 0.25), ring_pixel(half, 0.25)) > 60
    assert ring_pixel(empty, 0.75) == ring_pixel(half, 0.75)
    assert distance(ring_pixel(half, 0.75), ring_pixel(full, 0.75)) > 60
    assert empty != half != full


def test_the_ring_turns_amber_in_the_last_fifth(qapp):
    calm = ring_pixel(image(status_icon(CoachState.SITTING, 0.5), 32), 0.25)
    warn = ring_pixel(image(status_icon(CoachState.SITTING, 0.8), 32), 0.25)
    assert calm.hueF() == pytest.approx(QColor("#2ec4a0").hueF(), abs=0.03)
    assert warn.hueF() == pytest.approx(QColor("#ffb020").hueF(), abs=0.03)
    just_before = ring_pixel(image(status_icon(CoachState.SITTING, 0.79), 32), 0.25)
    assert just_before == calm


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48])
def test_a_due_break_stands_out_from_sitting(qapp, size):
    sitting = image(status_icon(CoachState.SITTING, 0.9), size)
    due = image(status_icon(CoachState.BREAK_DUE, 1.0), size)
    geo = _geometry(size)
    # Where the ring is, and inside it left of the centre mark, a strong orange-red shows.
    spots = [(math.floor(geo.centre - geo.ring_r), size // 2),
             (math.floor(geo.centre - geo.inner_r * 0.75), size // 2)]
    for x, y in spots:
        colour = due.pixelColor(x, y)
        assert colour.red() > 200 and colour.green() < 120 and colour.blue() < 80, (x, y, colour.name())
        assert distance(colour, sitting.pixelColor(x, y)) > 80


def test_on_break_is_a_full_green_ring_and_away_an_empty_grey_one(qapp):
    on_break = image(status_icon(CoachState.ON_BREAK, 0.0), 32)
    away = image(status_icon(CoachState.AWAY, 0.7), 32)
    for fraction in (0.1, 0.4, 0.6, 0.9):
        green = ring_pixel(on_break, fraction)
        assert green.green() > green.red() and green.green() > green.blue()
        grey = ring_pixel(away, fraction)
        assert max(grey.red(), grey.green(), grey.blue()) - min(grey.red(), grey.green(), grey.blue()) < 30
    centre = away.pixelColor(16, 16)
    assert centre == away.pixelColor(14, 12)  # nothing drawn in the middle


def test_paused_and_off_hours_are_grey_and_quiet_is_blue(qapp):
    for state in (CoachState.PAUSED, CoachState.OFF_HOURS):
        for size in (16, 32):
            img = image(status_icon(state, 0.5), size)
            for y in range(size):
                for x in range(size):
                    c = img.pixelColor(x, y)
                    if c.alpha() == 255:
                        assert c.hsvSaturationF() < 0.35, (state, size, x, y, c.name())
    quiet = ring_pixel(image(status_icon(CoachState.QUIET, 0.5), 32), 0.25)
    assert quiet.blue() > quiet.red() + 40 and quiet.blue() > quiet.green() + 20


@pytest.mark.parametrize("state", list(CoachState))
@pytest.mark.parametrize("size", [16, 22, 32])
def test_small_icons_stay_legible_on_light_and_dark_panels(qapp, state, size):
    """The outline shows on either panel, and the centre mark on its disc."""
    img = render_status_image(state, 0.5, size)
    geo = _geometry(size)
    c = geo.centre
    for i in range(24):
        angle = i / 24 * 2 * math.pi
        dx, dy = math.sin(angle), -math.cos(angle)
        # On a light panel the dark disc's rim draws the outline...
        rim = (math.floor(c + (geo.disc_r - 0.5) * dx), math.floor(c + (geo.disc_r - 0.5) * dy))
        assert contrast(on_panel(img, LIGHT_PANEL, *rim), LIGHT_PANEL) >= 3.0, (i, rim)
        # ...on a dark one the ring does, one pixel further in (best of the pixels across it,
        # since a diagonal stroke two pixels wide is shared out between neighbours).
        across = [(math.floor(c + (geo.ring_r + d) * dx), math.floor(c + (geo.ring_r + d) * dy))
                  for d in (-0.5, 0.0, 0.5)]
        best = max(contrast(on_panel(img, DARK_PANEL, *xy), DARK_PANEL) for xy in across)
        assert best >= 2.5, (i, across, best)
    if state != CoachState.AWAY:  # away leaves the middle empty on purpose
        middle = [img.pixelColor(x, y) for y in range(size) for x in range(size)
                  if math.dist((x + 0.5, y + 0.5), (c, c)) < geo.inner_r - 0.5]
        background = QColor("#f4511e") if state == CoachState.BREAK_DUE else QColor("#1a2327")
        assert max(contrast(colour, background) for colour in middle) >= 3.0


def test_the_same_look_is_the_same_icon_object(qapp):
    first = status_icon(CoachState.SITTING, 0.5)
    assert status_icon(CoachState.SITTING, 0.5) is first
    # Progress is rounded to 1/PROGRESS_STEPS: a few seconds more draws nothing new.
    assert status_icon(CoachState.SITTING, 0.5 + 0.4 / PROGRESS_STEPS) is first
    assert status_icon(CoachState.SITTING, 0.5 + 1 / PROGRESS_STEPS) is not first
    assert status_icon(CoachState.QUIET, 0.5) is not first
    # States whose ring shows no progress share one icon whatever the progress.
    assert status_icon(CoachState.AWAY, 0.1) is status_icon(CoachState.AWAY, 0.9)
    assert status_icon(CoachState.BREAK_DUE, 0.3) is status_icon(CoachState.BREAK_DUE, 1.0)


@pytest.mark.parametrize("progress", [-1.0, 2.0, float("nan")])
def test_out_of_range_progress_is_clamped(qapp, progress):
    assert not status_icon(CoachState.SITTING, progress).isNull()


def test_a_high_density_screen_gets_the_drawing_made_for_its_pixels(qapp):
    """A 16-point tray slot at 2x shows the 32-pixel drawing (the figure), not a blown-up 16 (a dot)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter

    painted = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    painted.setDevicePixelRatio(2)
    painted.fill(0)
    painter = QPainter(painted)
    status_icon(CoachState.SITTING, 0.5).paint(painter, QRect(0, 0, 16, 16))
    painter.end()
    painted.setDevicePixelRatio(1)
    drawn = render_status_image(CoachState.SITTING, 0.5, 32)
    fmt = QImage.Format.Format_ARGB32
    assert painted.convertToFormat(fmt) == drawn.convertToFormat(fmt)


def test_a_tall_tray_slot_gets_a_round_icon_centred_not_stretched(qapp):
    """trayer gives each icon 22 x 30 px: the icon fills 22 x 22 in the middle, rows above and
    below stay empty."""
    slot = QImage(22, 30, QImage.Format.Format_ARGB32_Premultiplied)
    slot.fill(QColor(0, 0, 0, 0))
    painter = QPainter(slot)
    status_icon(CoachState.SITTING, 0.5).paint(painter, QRect(0, 0, 22, 30))
    painter.end()
    painted_rows = [y for y in range(30) if any(slot.pixelColor(x, y).alpha() > 0 for x in range(22))]
    assert painted_rows[0] >= 4 and painted_rows[-1] <= 25
    assert painted_rows[-1] - painted_rows[0] + 1 <= 22
