"""The progress report's page layout, for ``report_pdf`` and ``report_charts``: blocks measured
on the PDF device and placed down the page, a new page when the next does not fit; the fonts,
the text's colours, wrapped text, headings kept with what follows, and tables that go on over
pages with their header repeated.

The charts' colours are the Progress window's (``ui/chart_colours.py``, light palette), checked
apart for colour-blind eyes on white paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
)

from desk_coach.domain.coaching.exercises import ExerciseLibrary
from desk_coach.wording.figures import day_words
from desk_coach.wording.translate import translate

DPI = 300
MM = DPI / 25.4

# The text's colours; the charts' come from ``ui/chart_colours.py`` (its light palette: paper is white).
INK = QColor("#1a1a1a")
QUIET_INK = QColor("#5a5a5a")
GRID = QColor("#d0d0d0")


@dataclass(frozen=True)
class ReportTexts:
    """What the report needs besides the figures: the disclaimer and the self-check's names."""

    disclaimer: str
    check_names: dict[str, str] = field(default_factory=dict)  # item id -> name, in the screen's order
    sided: frozenset[str] = frozenset()  # items scored on each side
    library: ExerciseLibrary | None = None


Draw = Callable[[QPainter], None]


class Flow:
    """Blocks placed down the page, a new page when the next does not fit."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.pages: list[list[Draw]] = [[]]
        self.y = 0.0

    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def place(
        self, height: float, draw: Callable[[QPainter, QRectF], None], *, keep_with: float = 0.0
    ) -> None:
        """Place a block ``height`` high (with ``keep_with`` more that must follow on this page)."""
        if self.y > 0 and self.y + height + keep_with > self.height:
            self.new_page()
        rect = QRectF(0, self.y, self.width, height)
        self.pages[-1].append(lambda painter: draw(painter, rect))
        self.y += height

    def space(self, height: float) -> None:
        self.y = min(self.height, self.y + height)


class Fonts:
    """The report's fonts, measured on the PDF device."""

    def __init__(self, device: QPdfWriter) -> None:
        self.device = device
        self.body = font_of(10)
        self.small = font_of(8.5)
        self.tiny = font_of(7.5)
        self.heading = font_of(13, bold=True)
        self.title = font_of(19, bold=True)
        self.bold = font_of(10, bold=True)

    def height(self, font: QFont, text: str, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()


def font_of(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"])
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def draw_text(
    painter: QPainter,
    rect: QRectF,
    font: QFont,
    text: str,
    colour: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap), text)


def paragraph(
    flow: Flow,
    kinds: Fonts,
    font: QFont,
    text: str,
    colour: QColor = INK,
    indent: float = 0.0,
    keep_with: float = 0.0,
) -> None:
    width = flow.width - indent
    height = kinds.height(font, text, width) + 0.8 * MM
    flow.place(
        height,
        lambda p, r: draw_text(p, r.adjusted(indent, 0, 0, 0), font, text, colour),
        keep_with=keep_with,
    )


def section_heading(flow: Flow, kinds: Fonts, text: str, keep_with: float = 20 * MM, note: str = "") -> None:
    """A section's heading, and the note under it, kept on one page with ``keep_with`` of what follows."""
    note_h = kinds.height(kinds.small, note, flow.width) + 0.8 * MM if note else 0.0
    flow.space(2 * MM)
    paragraph(flow, kinds, kinds.heading, text, keep_with=keep_with + note_h + 1 * MM)
    flow.space(1 * MM)
    if note:
        paragraph(flow, kinds, kinds.small, note, QUIET_INK, keep_with=keep_with)


def bullet(flow: Flow, kinds: Fonts, text: str) -> None:
    indent = 5 * MM
    height = kinds.height(kinds.body, text, flow.width - indent) + 1.2 * MM

    def draw(painter: QPainter, rect: QRectF) -> None:
        draw_text(painter, QRectF(rect.left() + 1 * MM, rect.top(), indent, rect.height()), kinds.body, "•")
        draw_text(painter, rect.adjusted(indent, 0, 0, 0), kinds.body, text)

    flow.place(height, draw)


def table(
    flow: Flow,
    kinds: Fonts,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    continued: str,
) -> None:
    """A table whose rows wrap their cells; on a new page the header comes again, "continued"."""
    pad = 1.2 * MM
    columns = [flow.width * share for share in widths]

    def row_height(cells: Sequence[str], font: QFont) -> float:
        return (
            max(kinds.height(font, cell, w - 2 * pad) for cell, w in zip(cells, columns, strict=True))
            + 2 * pad
        )

    def draw_row(cells: Sequence[str], font: QFont, shaded: bool) -> Callable[[QPainter, QRectF], None]:
        def draw(painter: QPainter, rect: QRectF) -> None:
            if shaded:
                painter.fillRect(rect, QColor("#f0f0f0"))
            x = rect.left()
            for cell, w in zip(cells, columns, strict=True):
                draw_text(painter, QRectF(x + pad, rect.top() + pad, w - 2 * pad, rect.height()), font, cell)
                x += w
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

        return draw

    header_h = row_height(header, kinds.bold)
    first_row_h = row_height(rows[0], kinds.body) if rows else 0.0
    flow.place(header_h, draw_row(header, kinds.bold, True), keep_with=first_row_h)
    for cells in rows:
        height = row_height(cells, kinds.body)
        if flow.y + height > flow.height:
            flow.new_page()
            paragraph(flow, kinds, kinds.small, continued, QUIET_INK)
            flow.place(header_h, draw_row(header, kinds.bold, True))
        flow.place(height, draw_row(cells, kinds.body, False))


def day_year(at: datetime | date) -> str:
    day = at.date() if isinstance(at, datetime) else at
    #: A day with its year in a table: {day} "Mon 23 Nov", {year} 2026.
    return translate("Report", "{day} {year}").format(day=day_words(day), year=f"{day.year:04d}")
