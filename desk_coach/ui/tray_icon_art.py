"""The tray icon drawn from the coach's state: a progress ring around a small centre mark.

Every icon sits on a small dark disc, so the ring and the mark keep their contrast on light
and dark panels alike; the coloured ring, one pixel in from the disc's edge, outlines the icon
on a dark panel. The ring fills clockwise from 12 o'clock as the sitting interval passes.

====================  ==========================================================
state                 look
====================  ==========================================================
SITTING               teal ring filling up, amber in the last fifth; white figure
BREAK_DUE             the whole disc strong orange with a white "!" (below 30 px)
                      or the white figure reaching up
ON_BREAK              full green ring, white figure
AWAY                  an empty light-grey ring, nothing in the middle
PAUSED                grey ring keeping the progress, pause bars in the middle
QUIET                 muted blue ring keeping the progress, a crescent moon
OFF_HOURS             an empty light-grey ring, a grey figure
====================  ==========================================================

The centre mark is drawn for the size: below 20 px the figure becomes a dot; from 20 to 29 px
it is pixel art on whole pixels (thin vector strokes blur into an "X" there); from 30 px up it
is the app icon's figure with a head. Marks made of straight edges ("!", pause bars) always
sit on whole pixels. Icons are cached by look, so asking for one every few seconds costs a
dictionary look-up.

The icons hand out their own drawings (``icons.drawn_icon``). Qt's engine for icons made of
pixmaps copies every pixmap it is asked for into the application's pixmap cache, and that
cache then runs a timer that wakes the app every 10-30 s until it has emptied itself again:
with the ring moving a step every minute or so, the tray app never slept for long.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from desk_coach.services.coach_status import PROGRESS_STEPS, CoachState
from desk_coach.ui.icons import drawn_icon

#: What trays ask for, up to a 32-px tray at twice the scale. Larger ones are never shown, and a
#: day's couple of dozen looks at 128 and 256 px would cost ~8 MB of pixmaps.
TRAY_ICON_SIZES = (16, 22, 24, 32, 48, 64)
#: The ring moves in steps of 1/PROGRESS_STEPS of the interval (30 degrees, see coach_status):
#: fine enough to see it move, coarse enough that a day needs only a dozen different icons.
#: The ring turns amber when this much of the sitting interval has passed.
WARN_FROM = 0.8

DISC = QColor("#1a2327")  # the backing disc: near-black with a hint of the app's teal
TRACK = QColor("#5f6e74")  # the unfilled part of the ring: 3:1 on a dark panel
EMPTY_RING = QColor("#8a979c")  # away and off hours: no progress, a plain grey ring
TEAL = QColor("#2ec4a0")
AMBER = QColor("#ffb020")
DUE = QColor("#f4511e")  # strong orange-red
GREEN = QColor("#7ccb4f")
QUIET_BLUE = QColor("#7f9bd6")
QUIET_MARK = QColor("#c9d6f2")
GREY_FILL = QColor("#b4bec2")
GREY_MARK = QColor("#d3d9dc")
WHITE = QColor("#f7f9f9")

# The app icon's figure in its 64-unit box (resources/icons/desk-coach.svg): arms reaching up,
# body, legs; plus a head, without which the figure reads as a letter "Y" or "X" once it is
# small. Centred on the disc by FIGURE_CENTRE; FIGURE_REACH is the farthest any stroke end lies
# from that centre, caps excluded.
FIGURE_STROKES = (
    ((18.0, 14.0), (32.0, 29.0), (46.0, 14.0)),
    ((32.0, 29.0), (32.0, 40.0)),
    ((24.0, 54.0), (32.0, 40.0), (40.0, 54.0)),
)
FIGURE_HEAD = (32.0, 14.0, 5.5)  # centre x, y and radius
FIGURE_CENTRE = (32.0, 34.0)
FIGURE_REACH = math.hypot(14.0, 20.0)
FIGURE_STROKE = 6.0
# The same figure for 20–29 px, drawn pixel by pixel around the icon's centre: head, arms up,
# body, hips and legs, each one or two whole pixels wide.
SMALL_FIGURE = (
    "...##...",
    "#..##..#",
    "#......#",
    ".#....#.",
    "..####..",
    "...##...",
    "...##...",
    "..####..",
    "..#..#..",
    "..#..#..",
)


@dataclass(frozen=True)
class _Look:
    """What one icon shows; the cache key. ``step`` is the ring's fill in 1/PROGRESS_STEPS."""

    state: CoachState
    step: int
    warn: bool


@dataclass(frozen=True)
class _Geometry:
    """Where the disc, the ring and the inner area lie at one pixel size."""

    size: int
    centre: float
    disc_r: float
    ring_r: float  # the middle of the ring's stroke
    ring_w: float
    inner_r: float  # free space inside the ring

    @property
    def tiny(self) -> bool:
        return self.size < 20

    @property
    def small(self) -> bool:
        return self.size < 30


def _geometry(size: int) -> _Geometry:
    # Whole-pixel margins, gaps and stroke widths: with the centre on a pixel corner (even sizes)
    # every ring edge lands on a whole radius, the crispest a circle gets.
    margin = round(size / 32)
    gap = max(1, size // 20)
    ring_w = max(2, round(size / 8))
    disc_r = size / 2 - margin
    return _Geometry(
        size=size,
        centre=size / 2,
        disc_r=disc_r,
        ring_r=disc_r - gap - ring_w / 2,
        ring_w=ring_w,
        inner_r=disc_r - gap - ring_w,
    )


def _look(state: CoachState, progress: float) -> _Look:
    progress = 0.0 if math.isnan(progress) else max(0.0, min(1.0, progress))
    if state in (CoachState.SITTING, CoachState.PAUSED, CoachState.QUIET):
        step = round(progress * PROGRESS_STEPS)
    elif state == CoachState.ON_BREAK:
        step = PROGRESS_STEPS
    else:  # BREAK_DUE, AWAY, OFF_HOURS: the ring does not show progress
        step = 0
    warn = state == CoachState.SITTING and progress >= WARN_FROM
    return _Look(state, step, warn)


_cache: dict[_Look, QIcon] = {}


def status_icon(state: CoachState, progress: float) -> QIcon:
    """The tray icon for ``state`` with the ring ``progress`` (0..1) full, at every TRAY_ICON_SIZES size.

    The same look returns the same QIcon object, so redrawing the tray every few seconds is
    nearly free. Needs a QGuiApplication (it makes QPixmaps).
    """
    look = _look(state, progress)
    icon = _cache.get(look)
    if icon is None:
        progress = look.step / PROGRESS_STEPS
        icon = drawn_icon(
            QPixmap.fromImage(render_status_image(look.state, progress, size, warn=look.warn))
            for size in TRAY_ICON_SIZES
        )
        _cache[look] = icon
    return icon


def clear_cache() -> None:
    """Forget every drawn icon (for tests, or before the QApplication goes away)."""
    _cache.clear()


def render_status_image(state: CoachState, progress: float, size: int, *, warn: bool | None = None) -> QImage:
    """Draw one icon, uncached, as a transparent square image of ``size`` pixels.

    ``progress`` is drawn as given (not rounded); ``warn`` (amber ring) defaults to progress
    being in the last fifth.
    """
    progress = 0.0 if math.isnan(progress) else max(0.0, min(1.0, progress))
    if warn is None:
        warn = state == CoachState.SITTING and progress >= WARN_FROM
    geo = _geometry(size)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _paint(painter, geo, state, progress, warn)
    finally:
        painter.end()
    return image


def _paint(p: QPainter, geo: _Geometry, state: CoachState, progress: float, warn: bool) -> None:
    p.setPen(Qt.PenStyle.NoPen)  # shapes are filled unless a helper says otherwise
    _disc(p, geo, geo.disc_r, DISC)
    if state == CoachState.SITTING:
        _ring(p, geo, AMBER if warn else TEAL, progress)
        _figure(p, geo, WHITE)
    elif state == CoachState.BREAK_DUE:
        _disc(p, geo, geo.disc_r - max(1.0, geo.size / 32), DUE)  # a dark rim stays round it
        if geo.small:
            _exclamation(p, geo, WHITE)
        else:
            _figure(p, geo, WHITE, room=0.92)
    elif state == CoachState.ON_BREAK:
        _ring(p, geo, GREEN, 1.0)
        _figure(p, geo, WHITE)
    elif state == CoachState.AWAY:
        _ring(p, geo, EMPTY_RING, 0.0, track=EMPTY_RING)
    elif state == CoachState.PAUSED:
        _ring(p, geo, GREY_FILL, progress)
        _pause_bars(p, geo, GREY_MARK)
    elif state == CoachState.QUIET:
        _ring(p, geo, QUIET_BLUE, progress)
        _crescent(p, geo, QUIET_MARK)
    else:  # OFF_HOURS
        _ring(p, geo, EMPTY_RING, 0.0, track=EMPTY_RING)
        _figure(p, geo, GREY_FILL)


def _disc(p: QPainter, geo: _Geometry, radius: float, colour: QColor) -> None:
    p.setBrush(colour)
    p.drawEllipse(QPointF(geo.centre, geo.centre), radius, radius)


def _ring(p: QPainter, geo: _Geometry, colour: QColor, progress: float, track: QColor = TRACK) -> None:
    r = geo.ring_r
    box = QRectF(geo.centre - r, geo.centre - r, 2 * r, 2 * r)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if progress < 1.0:
        p.setPen(QPen(QBrush(track), geo.ring_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(box)
    if progress > 0.0:
        p.setPen(QPen(QBrush(colour), geo.ring_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        if progress >= 1.0:
            p.drawEllipse(box)
        else:
            # Qt's angles are 1/16 degree, counter-clockwise from 3 o'clock: start at 12, go clockwise.
            p.drawArc(box, 90 * 16, -round(progress * 360 * 16))
    p.setPen(Qt.PenStyle.NoPen)


def _figure(p: QPainter, geo: _Geometry, colour: QColor, room: float = 0.82) -> None:
    """The centre mark: a dot below 20 px, pixel art below 30, the app's figure above."""
    if geo.tiny:
        _disc(p, geo, max(2.0, round(geo.inner_r * 0.4)), colour)
        return
    p.setBrush(colour)
    if geo.small:
        # Pixel art on whole pixels: at this size vector strokes blur into an "X".
        left = round(geo.centre) - len(SMALL_FIGURE[0]) // 2
        top = round(geo.centre) - len(SMALL_FIGURE) // 2
        p.drawRects([QRectF(left + x, top + y, 1, 1)
                     for y, row in enumerate(SMALL_FIGURE) for x, cell in enumerate(row) if cell == "#"])
        return
    # The app icon's figure, round caps included, scaled to ``room`` of the space inside the ring.
    k = geo.inner_r * room / (FIGURE_REACH + FIGURE_STROKE / 2)
    cx, cy = FIGURE_CENTRE

    def at(x: float, y: float) -> QPointF:
        return QPointF(geo.centre + (x - cx) * k, geo.centre + (y - cy) * k)

    p.setPen(QPen(QBrush(colour), max(1.5, FIGURE_STROKE * k), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    for stroke in FIGURE_STROKES:
        p.drawPolyline(QPolygonF([at(x, y) for x, y in stroke]))
    p.setPen(Qt.PenStyle.NoPen)
    hx, hy, hr = FIGURE_HEAD
    p.drawEllipse(at(hx, hy), hr * k, hr * k)


def _exclamation(p: QPainter, geo: _Geometry, colour: QColor) -> None:
    """A "!" of two whole-pixel rectangles: crisp at 16 px, where text would blur."""
    c = geo.centre
    width = max(2, round(geo.size / 8))  # 2 px at 16, 3 at 22 and 24
    half = geo.disc_r * 0.62
    top, bottom = math.floor(c - half), math.ceil(c + half)
    gap = max(1, round(width / 2))
    x = round(c - width / 2)
    p.setBrush(colour)
    p.drawRects([QRectF(x, top, width, bottom - width - gap - top), QRectF(x, bottom - width, width, width)])


def _pause_bars(p: QPainter, geo: _Geometry, colour: QColor) -> None:
    width = max(2, round(geo.inner_r * 0.3))
    gap = max(2, round(geo.inner_r * 0.25))
    height = max(6, 2 * round(geo.inner_r * 0.5))
    left = round(geo.centre - gap / 2 - width)
    top = round(geo.centre - height / 2)
    p.setBrush(colour)
    p.drawRects([QRectF(left, top, width, height), QRectF(left + width + gap, top, width, height)])


def _crescent(p: QPainter, geo: _Geometry, colour: QColor) -> None:
    c = geo.centre
    radius = geo.inner_r * (0.78 if geo.tiny else 0.68)
    offset = radius * 0.62
    moon, bite = QPainterPath(), QPainterPath()
    moon.addEllipse(QPointF(c, c), radius, radius)
    bite.addEllipse(QPointF(c + offset, c - offset * 0.7), radius * 0.92, radius * 0.92)
    p.setBrush(colour)
    p.drawPath(moon.subtracted(bite))
