"""The progress report as a PDF, printed through Qt: A4 or Letter, 300 dpi, a page of summary,
then simple charts, the table of pain reports and what the coach changed, and the disclaimer.

Written for a physiotherapist or a trainer who has two minutes: page 1 says the period, the
name if the user gave one, adherence, the sitting trend, the self-check now against the first,
the pain reported and what changed. The charts are drawn with QPainter (no QtCharts: nothing
here needs a window), in colours that stay apart for colour-blind readers (Okabe and Ito's set)
and with a second cue besides colour (left sides solid with dots, right sides dashed with squares).

The layout is measured first and painted after, so every page knows how many pages there are;
text wraps within the page, a block that does not fit starts a new page, and a long table goes
on with its header repeated. Nothing identifying is written but the name given: no paths, no
user or host names (the PDF's creator is "Desk Coach", its title the report's).
"""

from __future__ import annotations

import itertools
import math
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desk_coach.domain.coaching.exercises import ExerciseLibrary, Target
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.records import ScreenRecord, Side
from desk_coach.domain.said import Term
from desk_coach.services.progress_report import DOWN_RULES, UP_RULES, ProgressReport, ReportWeek
from desk_coach.wording.figures import day_words, dose_words, month_short
from desk_coach.wording.say import say, term_name
from desk_coach.wording.translate import number, translate

DPI = 300
MM = DPI / 25.4
MARGIN_MM = (20.0, 18.0, 20.0, 16.0)  # left, top, right, bottom: room for binding and a printer's edge
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "SV", "DO", "NI", "BZ"}
)
"""Where Letter is the common paper (the rest of the world uses A4)."""

# Okabe & Ito's colours: told apart with every common colour vision deficiency.
INK = QColor("#1a1a1a")
QUIET_INK = QColor("#5a5a5a")
GRID = QColor("#d0d0d0")
BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
GREEN = QColor("#009E73")
VERMILLION = QColor("#D55E00")
TARGET_COLOURS = {
    Target.HIP_FLEXORS: QColor("#0072B2"),
    Target.CHEST: QColor("#E69F00"),
    Target.GLUTES: QColor("#009E73"),
    Target.UPPER_BACK: QColor("#CC79A7"),
    Target.THORACIC: QColor("#56B4E9"),
    Target.HAMSTRINGS: QColor("#D55E00"),
    Target.NECK: QColor("#F0E442"),
    Target.WALK: QColor("#7f7f7f"),
}


class ReportNotWritten(Exception):
    """The PDF could not be written; the message says why in the user's words."""


def default_paper(territory: str | None = None) -> str:
    """ "letter" where Letter is the common paper, else "a4"; from the locale's territory."""
    if territory is None:
        from PySide6.QtCore import QLocale

        name = QLocale.system().name()  # "en_US"
        territory = name.partition("_")[2][:2]
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"


def ensure_gui_application() -> QGuiApplication:
    """Qt's application, made offscreen when there is no display (the command line, CI).

    A QApplication, not a bare QGuiApplication: a window opened later in the same process (the
    tests' windows, the tray app) needs the widgets' application, and there is only one."""
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        x11_or_wayland = sys.platform not in ("darwin", "win32")
        if x11_or_wayland and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["desk-coach"])
    return app  # type: ignore[return-value]


@dataclass(frozen=True)
class ReportTexts:
    """What the report needs besides the figures: the disclaimer and the self-check's names."""

    disclaimer: str
    check_names: dict[str, str] = field(default_factory=dict)  # item id -> name, in the screen's order
    sided: frozenset[str] = frozenset()  # items scored on each side
    library: ExerciseLibrary | None = None


def write_report_pdf(
    report: ProgressReport, output: Path, texts: ReportTexts, *, paper: str = "a4", name: str = ""
) -> int:
    """Write the report to ``output``; returns the number of pages.

    Qt prints into memory; the bytes go to a temporary file beside ``output``, flushed to disk
    and renamed at the end, so a full disk or a read-only folder leaves nothing half-written
    and is said in the system's words. Raises ReportNotWritten with the reason."""
    ensure_gui_application()
    pdf, pages = render_report_pdf(report, texts, paper=paper, name=name)
    output = Path(output)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.part")
    try:
        with temporary.open("wb") as file:
            file.write(pdf)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, output)
        return pages
    except OSError as error:
        raise ReportNotWritten(error.strerror or str(error)) from error
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def render_report_pdf(
    report: ProgressReport, texts: ReportTexts, *, paper: str = "a4", name: str = ""
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _render(report, buffer, texts, paper, name.strip())
    buffer.close()
    return bytes(buffer.data().data()), pages


# -- layout ------------------------------------------------------------------------------------

Draw = Callable[[QPainter], None]


class _Flow:
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


class _Type:
    """The report's fonts, measured on the PDF device."""

    def __init__(self, device: QPdfWriter) -> None:
        self.device = device
        self.body = _font(10)
        self.small = _font(8.5)
        self.tiny = _font(7.5)
        self.heading = _font(13, bold=True)
        self.title = _font(19, bold=True)
        self.bold = _font(10, bold=True)

    def height(self, font: QFont, text: str, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"])
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _text(
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


# -- the report --------------------------------------------------------------------------------


def _render(report: ProgressReport, device: QBuffer, texts: ReportTexts, paper: str, name: str) -> int:
    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    writer.setCreator("Desk Coach")
    #: The PDF's title (its document properties) and the heading of page 1.
    title = translate("Report", "Desk Coach progress report")
    writer.setTitle(title)
    left, top, right, bottom = MARGIN_MM
    layout = QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    kinds = _Type(writer)
    footer_h = kinds.line(kinds.small) * 1.8
    flow = _Flow(writer.width(), writer.height() - footer_h)
    _build(flow, kinds, report, texts, title, name)
    period = period_words(report.first_day, report.last_day)
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("Qt could not begin a PDF")
    try:
        total = len(flow.pages)
        for index, page in enumerate(flow.pages):
            if index:
                writer.newPage()
            for draw in page:
                draw(painter)
            _footer(painter, kinds, flow, footer_h, period, index + 1, total)
    finally:
        painter.end()
    return len(flow.pages)


def period_words(first: date, last: date) -> str:
    """The report's days, first to last, with their years: "Mon 8 Dec 2025 to Sun 6 Dec 2026"."""
    #: The period of the report: {first} and {last} are days ("Mon 8 Dec"), {first_year} and
    #: {last_year} their years.
    return translate("Report", "{first} {first_year} to {last} {last_year}").format(
        first=day_words(first),
        first_year=f"{first.year:04d}",
        last=day_words(last),
        last_year=f"{last.year:04d}",
    )


def _footer(
    painter: QPainter, kinds: _Type, flow: _Flow, footer_h: float, period: str, page: int, total: int
) -> None:
    y = flow.height + footer_h * 0.35
    painter.setPen(QPen(GRID, 2))
    painter.drawLine(QPointF(0, y), QPointF(flow.width, y))
    rect = QRectF(0, y + footer_h * 0.1, flow.width, footer_h)
    #: The footer of each page of the report, at the left: {period} is the report's days.
    left = translate("Report", "Desk Coach progress report, {period}").format(period=period)
    #: The footer of each page of the report, at the right: page {page} of {total}.
    right = translate("Report", "Page {page} of {total}").format(page=number(page), total=number(total))
    right_w = kinds.width(kinds.small, right) + 4
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width() - right_w - 10 * MM, rect.height()),
        kinds.small,
        left,
        QUIET_INK,
    )
    _text(painter, rect, kinds.small, right, QUIET_INK, Qt.AlignmentFlag.AlignRight)


def _build(
    flow: _Flow, kinds: _Type, report: ProgressReport, texts: ReportTexts, title: str, name: str
) -> None:
    _paragraph(flow, kinds, kinds.title, title)
    flow.space(2 * MM)
    weeks = len(report.weeks)
    #: Under the report's title: {period} is its days; %n the number of weeks.
    covers = translate("Report", "{period} (%n week(s))", None, weeks).format(
        period=period_words(report.first_day, report.last_day)
    )
    _paragraph(flow, kinds, kinds.bold, covers)
    if name:
        #: Under the report's title: whose report it is, {name} as the user typed it.
        _paragraph(flow, kinds, kinds.body, translate("Report", "For: {name}").format(name=name))
    #: Under the report's title: {day} is the day the report was made.
    made = translate("Report", "Made on {day} {year} by Desk Coach, from its records on this computer.")
    _paragraph(
        flow,
        kinds,
        kinds.small,
        made.format(day=day_words(report.made_on), year=report.made_on.year),
        QUIET_INK,
    )
    flow.space(5 * MM)
    #: A heading of the report: the summary on page 1.
    _heading(flow, kinds, translate("Report", "In short"))
    for line in report.summary:
        _bullet(flow, kinds, say(line))
    if report.empty:
        flow.space(6 * MM)
        _disclaimer(flow, kinds, texts)
        return
    if len(report.screens) >= 1:
        flow.space(4 * MM)
        _check_table(flow, kinds, report, texts)
    _charts(flow, kinds, report, texts)
    _pain_table(flow, kinds, report)
    flow.space(6 * MM)
    _disclaimer(flow, kinds, texts)


def _paragraph(
    flow: _Flow,
    kinds: _Type,
    font: QFont,
    text: str,
    colour: QColor = INK,
    indent: float = 0.0,
    keep_with: float = 0.0,
) -> None:
    width = flow.width - indent
    height = kinds.height(font, text, width) + 0.8 * MM
    flow.place(
        height, lambda p, r: _text(p, r.adjusted(indent, 0, 0, 0), font, text, colour), keep_with=keep_with
    )


def _heading(flow: _Flow, kinds: _Type, text: str, keep_with: float = 20 * MM, note: str = "") -> None:
    """A section's heading, and the note under it, kept on one page with ``keep_with`` of what follows."""
    note_h = kinds.height(kinds.small, note, flow.width) + 0.8 * MM if note else 0.0
    flow.space(2 * MM)
    _paragraph(flow, kinds, kinds.heading, text, keep_with=keep_with + note_h + 1 * MM)
    flow.space(1 * MM)
    if note:
        _paragraph(flow, kinds, kinds.small, note, QUIET_INK, keep_with=keep_with)


def _bullet(flow: _Flow, kinds: _Type, text: str) -> None:
    indent = 5 * MM
    height = kinds.height(kinds.body, text, flow.width - indent) + 1.2 * MM

    def draw(painter: QPainter, rect: QRectF) -> None:
        _text(painter, QRectF(rect.left() + 1 * MM, rect.top(), indent, rect.height()), kinds.body, "•")
        _text(painter, rect.adjusted(indent, 0, 0, 0), kinds.body, text)

    flow.place(height, draw)


# -- tables ------------------------------------------------------------------------------------


def _table(
    flow: _Flow,
    kinds: _Type,
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
                _text(painter, QRectF(x + pad, rect.top() + pad, w - 2 * pad, rect.height()), font, cell)
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
            _paragraph(flow, kinds, kinds.small, continued, QUIET_INK)
            flow.place(header_h, draw_row(header, kinds.bold, True))
        flow.place(height, draw_row(cells, kinds.body, False))


def _check_table(flow: _Flow, kinds: _Type, report: ProgressReport, texts: ReportTexts) -> None:
    first, last = report.screens[0], report.screens[-1]
    #: Under the heading of the self-check table: what the scores mean.
    note = translate(
        "Report",
        "Each movement check is scored 0 to 2 (2: moves freely), on each side where it "
        'has two; "pain" means it hurt.',
    )
    #: A heading of the report: the movement self-check's scores (0-2), the first and the latest.
    _heading(flow, kinds, translate("Report", "Self-check: the first and the latest"), note=note)
    header = [
        #: A column of the self-check table: the movement check.
        translate("Report", "Movement check"),
        #: A column of the self-check table: left, right or both.
        translate("Report", "Side"),
        #: A column of the self-check table: {day} the day of the first self-check.
        translate("Report", "First ({day})").format(day=day_words(first.taken_at.date())),
        #: A column of the self-check table: {day} the day of the latest self-check.
        translate("Report", "Latest ({day})").format(day=day_words(last.taken_at.date())),
    ]
    rows = []
    before = {(s.item_id, s.side): s for s in first.scores}
    after = {(s.item_id, s.side): s for s in last.scores}
    for item, side in _item_sides(report.screens, texts):
        rows.append(
            [
                _check_name(item, texts),
                _side_words(side),
                _score_words(before.get((item, side))),
                _score_words(after.get((item, side))),
            ]
        )
    #: Above a table that goes on from the page before.
    _table(flow, kinds, header, rows, (0.46, 0.14, 0.2, 0.2), translate("Report", "(continued)"))


def _item_sides(screens: Sequence[ScreenRecord], texts: ReportTexts) -> list[tuple[str, Side | None]]:
    seen: list[tuple[str, Side | None]] = []
    for screen in screens:
        for score in screen.scores:
            if (score.item_id, score.side) not in seen:
                seen.append((score.item_id, score.side))
    order = list(texts.check_names)
    side_order = {Side.LEFT: 0, Side.RIGHT: 1, None: 2}
    return sorted(
        seen, key=lambda k: (order.index(k[0]) if k[0] in order else len(order), k[0], side_order[k[1]])
    )


def _check_name(item: str, texts: ReportTexts) -> str:
    name = texts.check_names.get(item)
    #: A movement check the report has no name for, by its id: "Check S7".
    return f"{item} {name}" if name else translate("Report", "Check {id}").format(id=item)


def _side_words(side: Side | None) -> str:
    if side is Side.LEFT:
        #: A side of the body, in the self-check table.
        return translate("Report", "left")
    if side is Side.RIGHT:
        #: A side of the body, in the self-check table.
        return translate("Report", "right")
    #: A movement check done once, not per side, in the self-check table.
    return translate("Report", "both")


def _score_words(score) -> str:
    if score is None or score.score is None:
        #: A movement check not scored (skipped, or not done).
        return translate("Report", "not scored")
    text = number(score.score)
    if score.pain:
        #: A score in the self-check table when the check hurt: "1, pain".
        text = translate("Report", "{score}, pain").format(score=text)
    return text


def _pain_table(flow: _Flow, kinds: _Type, report: ProgressReport) -> None:
    #: A heading of the report: pain reported and what the coach changed because of it.
    _heading(flow, kinds, translate("Report", "Pain reported and what the coach changed"))
    if not report.pain_rows:
        #: Instead of the table of pain reports when there is none.
        none = translate("Report", "No pain was reported in these weeks.")
        _paragraph(flow, kinds, kinds.body, none)
        return
    header = [
        #: A column of the table of pain reports: the day.
        translate("Report", "Day"),
        #: A column of the table of pain reports: what the user reported.
        translate("Report", "Reported"),
        #: A column of the table of pain reports: what the coach changed because of it.
        translate("Report", "What the coach changed"),
    ]
    rows = []
    for row in report.pain_rows:
        words = say(row.said)
        rows.append([_day_year(row.at), "" if row.is_change else words, words if row.is_change else ""])
    _table(flow, kinds, header, rows, (0.23, 0.385, 0.385), translate("Report", "(continued)"))


def _day_year(at: datetime | date) -> str:
    day = at.date() if isinstance(at, datetime) else at
    #: A day with its year in a table: {day} "Mon 23 Nov", {year} 2026.
    return translate("Report", "{day} {year}").format(day=day_words(day), year=f"{day.year:04d}")


def _disclaimer(flow: _Flow, kinds: _Type, texts: ReportTexts) -> None:
    #: A heading of the report: what the report is and is not, above the disclaimer.
    _heading(flow, kinds, translate("Report", "About this report"), keep_with=30 * MM)
    #: How the report's figures were measured, above the disclaimer.
    how = translate(
        "Report",
        "Sitting is measured from keyboard and mouse activity on this computer; breaks, routines, "
        "pain reports and self-checks are what the user answered in Desk Coach. The self-check is a "
        "movement check the user does alone, not a clinical test.",
    )
    _paragraph(flow, kinds, kinds.small, how, QUIET_INK)
    flow.space(1.5 * MM)
    _paragraph(flow, kinds, kinds.body, texts.disclaimer)


# -- charts ------------------------------------------------------------------------------------


def _charts(flow: _Flow, kinds: _Type, report: ProgressReport, texts: ReportTexts) -> None:
    weeks = report.weeks
    #: The unit of minutes beside the figures of a chart's axis ("250 min").
    minutes = translate("Report", "min", "unit on a chart's axis")
    chart_h = 52 * MM
    if any(w.sitting_minutes for w in weeks):
        #: Under the sitting chart's heading: what the bars and the line are.
        note = translate(
            "Report",
            "Bars: average minutes sat on a day at the desk; dots: the longest "
            "sitting bout of the week; line: the daily goal (at most).",
        )
        #: A heading of the report: the chart of minutes sat per day, week by week.
        heading = translate("Report", "Sitting per day, week by week")
        _heading(flow, kinds, heading, keep_with=chart_h, note=note)
        values = [w.sitting_per_day for w in weeks]
        bouts = [w.longest_bout_minutes for w in weeks]
        flow.place(
            chart_h,
            lambda p, r: _bars(
                p,
                r,
                kinds,
                weeks,
                [[v] for v in values],
                [BLUE],
                goal=report.goal_minutes,
                dots=bouts,
                unit=minutes,
            ),
        )
    if any(w.breaks_due for w in weeks):
        #: Under the breaks chart's heading: what counts as a break due and as taken.
        note = translate(
            "Report",
            "The share of reminders that ended in a break, with breaks taken away from the "
            "desk before a reminder; snoozes only put a break off.",
        )
        #: A heading of the report: the chart of breaks taken as a share of breaks due, week by week.
        _heading(flow, kinds, translate("Report", "Breaks taken of breaks due"), keep_with=chart_h, note=note)
        shares = [[100 * (w.breaks_share or 0.0)] for w in weeks]
        flow.place(chart_h, lambda p, r: _bars(p, r, kinds, weeks, shares, [GREEN], fixed_top=100, unit="%"))
    if report.screens:
        _screen_charts(flow, kinds, report, texts)
    targets = [t for t in Target if any(w.exercise_minutes.get(t) for w in weeks)]
    if targets:
        #: A heading of the report: the chart of exercise minutes per body area, week by week.
        heading = translate("Report", "Exercise minutes per target, week by week")
        _heading(flow, kinds, heading, keep_with=chart_h + 12 * MM)
        stacks = [[w.exercise_minutes.get(t, 0.0) for t in targets] for w in weeks]
        colours = [TARGET_COLOURS[t] for t in targets]
        flow.place(chart_h, lambda p, r: _bars(p, r, kinds, weeks, stacks, colours, unit=minutes))
        _legend(
            flow,
            kinds,
            [(term_name(Term("week_target", t.value)), TARGET_COLOURS[t], "box") for t in targets],
        )
    tracks = report.tracks
    if tracks:
        _level_timeline(flow, kinds, report, texts, tracks)


def _week_labels(weeks: Sequence[ReportWeek], width: float, kinds: _Type) -> list[str]:
    """Each week's first day ("8 Dec"); only every k-th is written when they would crowd."""
    labels = []
    #: A week's first day under a chart: {day} the day of the month, {month} the month ("8 Dec").
    day_month = translate("Report", "{day} {month}")
    for week in weeks:
        labels.append(
            day_month.format(day=number(week.first_day.day), month=month_short(week.first_day.month))
        )
    widest = max((kinds.width(kinds.tiny, label) for label in labels), default=1.0) * 1.4
    step = max(1, math.ceil(widest / (width / max(1, len(weeks)))))
    return [label if (len(labels) - 1 - i) % step == 0 else "" for i, label in enumerate(labels)]


def _nice_top(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):  # each a quarter of which reads well
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _plot_area(painter: QPainter, rect: QRectF, kinds: _Type, top: float, unit: str) -> QRectF:
    """Axes and grid: the plot's rectangle inside ``rect``, four steps up to ``top``."""
    ticks = [top * i / 4 for i in range(5)]
    labels = [f"{_figure(t)} {unit}" for t in ticks]
    left = max(kinds.width(kinds.tiny, label) for label in labels) + 2 * MM
    line = kinds.line(kinds.tiny)
    plot = QRectF(rect.left() + left, rect.top() + line * 0.6, rect.width() - left, rect.height() - 2 * line)
    painter.setFont(kinds.tiny)
    for tick, label in zip(ticks, labels, strict=True):
        _grid_line(painter, plot, plot.bottom() - plot.height() * tick / top, rect.left(), label, line)
    return plot


def _grid_line(painter: QPainter, plot: QRectF, y: float, label_left: float, label: str, line: float) -> None:
    """A grid line across ``plot`` at ``y``, its figure right-aligned in the margin at its left."""
    painter.setPen(QPen(GRID, 2))
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QUIET_INK)
    painter.drawText(
        QRectF(label_left, y - line / 2, plot.left() - label_left - 1.5 * MM, line),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        label,
    )


def _figure(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 1)


def _bars(
    painter: QPainter,
    rect: QRectF,
    kinds: _Type,
    weeks: Sequence[ReportWeek],
    stacks: list[list[float]],
    colours: Sequence[QColor],
    *,
    goal: float = 0,
    dots: Sequence[float] = (),
    fixed_top: float = 0,
    unit: str = "",
) -> None:
    """One bar a week (stacked when it holds several figures), a goal line and dots on top."""
    highest = max([sum(stack) for stack in stacks] + list(dots) + [goal, 0.0])
    top = fixed_top or _nice_top(highest * 1.05)
    plot = _plot_area(painter, rect, kinds, top, unit)
    slot = plot.width() / max(1, len(weeks))
    bar = slot * 0.7
    for i, stack in enumerate(stacks):
        base = 0.0
        x = plot.left() + i * slot + (slot - bar) / 2
        for value, colour in zip(stack, colours, strict=True):
            if value <= 0:
                continue
            y_low = plot.bottom() - plot.height() * base / top
            y_high = plot.bottom() - plot.height() * min(top, base + value) / top
            painter.fillRect(QRectF(x, y_high, bar, y_low - y_high), colour)
            base += value
    if dots:
        painter.setPen(QPen(INK, 2))
        painter.setBrush(QColor("white"))
        radius = min(slot * 0.3, 0.9 * MM)
        for i, value in enumerate(dots):
            if value > 0:
                centre = QPointF(
                    plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * min(top, value) / top
                )
                painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    if goal > 0:
        y = plot.bottom() - plot.height() * min(goal, top) / top
        painter.setPen(QPen(VERMILLION, 5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QPen(QUIET_INK, 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.setFont(kinds.tiny)
    line = kinds.line(kinds.tiny)
    for i, label in enumerate(_week_labels(weeks, plot.width(), kinds)):
        if label:
            middle = plot.left() + (i + 0.5) * slot
            painter.drawText(
                QRectF(middle - 15 * MM, plot.bottom() + 0.6 * MM, 30 * MM, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )


def _legend(flow: _Flow, kinds: _Type, entries: Sequence[tuple[str, QColor, str]]) -> None:
    """Entries side by side, wrapped onto more lines when they do not fit."""
    line = kinds.line(kinds.small)
    swatch = 4 * MM
    gap = 5 * MM
    rows: list[list[tuple[float, tuple[str, QColor, str]]]] = [[]]
    x = 0.0
    for entry in entries:
        width = swatch + 1.5 * MM + kinds.width(kinds.small, entry[0])
        if x and x + width > flow.width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, entry))
        x += width + gap

    def draw(painter: QPainter, rect: QRectF) -> None:
        for r, row in enumerate(rows):
            y = rect.top() + r * line * 1.3
            for x, (label, colour, kind) in row:
                _swatch(painter, QRectF(rect.left() + x, y + line * 0.2, swatch, line * 0.6), colour, kind)
                _text(
                    painter,
                    QRectF(rect.left() + x + swatch + 1.5 * MM, y, flow.width, line),
                    kinds.small,
                    label,
                )

    flow.place(len(rows) * line * 1.3 + 1 * MM, draw)


def _swatch(painter: QPainter, rect: QRectF, colour: QColor, kind: str) -> None:
    if kind == "box":
        painter.fillRect(rect, colour)
        return
    centre_y = rect.center().y()
    painter.setPen(_side_pen(colour, kind))
    painter.drawLine(QPointF(rect.left(), centre_y), QPointF(rect.right(), centre_y))
    _marker(painter, QPointF(rect.center().x(), centre_y), colour, kind)


def _side_pen(colour: QColor, kind: str) -> QPen:
    return QPen(colour, 6, Qt.PenStyle.DashLine if kind == "right" else Qt.PenStyle.SolidLine)


def _marker(painter: QPainter, at: QPointF, colour: QColor, kind: str) -> None:
    size = 0.9 * MM
    painter.setPen(QPen(colour, 2))
    painter.setBrush(colour)
    if kind == "right":
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    else:
        painter.drawEllipse(at, size, size)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _screen_charts(flow: _Flow, kinds: _Type, report: ProgressReport, texts: ReportTexts) -> None:
    """One small chart per movement check: the score (0-2) at each self-check, a line per side."""
    items: list[str] = []
    for item, _side in _item_sides(report.screens, texts):
        if item not in items:
            items.append(item)
    panel_h = 38 * MM
    #: A heading of the report: the self-check's scores over time, one small chart per movement check.
    _heading(flow, kinds, translate("Report", "Self-check scores over time"), keep_with=panel_h + 10 * MM)
    _legend(
        flow,
        kinds,
        [
            #: The legend of the self-check charts: the left side's line.
            (translate("Report", "left"), BLUE, "left"),
            #: The legend of the self-check charts: the right side's line.
            (translate("Report", "right"), ORANGE, "right"),
            #: The legend of the self-check charts: a check done once (not per side).
            (translate("Report", "both"), INK, "left"),
        ],
    )
    start = datetime.combine(report.first_day, datetime.min.time()).timestamp()
    end = datetime.combine(report.last_day, datetime.max.time()).timestamp()
    for row_start in range(0, len(items), 2):
        pair = items[row_start : row_start + 2]

        def draw(painter: QPainter, rect: QRectF, pair: list[str] = pair) -> None:
            width = (rect.width() - 6 * MM) / 2
            for column, item in enumerate(pair):
                panel = QRectF(
                    rect.left() + column * (width + 6 * MM), rect.top(), width, rect.height() - 2 * MM
                )
                _screen_panel(painter, panel, kinds, report, texts, item, start, end)

        flow.place(panel_h, draw)


def _screen_panel(
    painter: QPainter,
    rect: QRectF,
    kinds: _Type,
    report: ProgressReport,
    texts: ReportTexts,
    item: str,
    start: float,
    end: float,
) -> None:
    line = kinds.line(kinds.small)
    painter.setFont(kinds.small)
    painter.setPen(INK)
    title = QFontMetricsF(kinds.small, painter.device()).elidedText(
        _check_name(item, texts), Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), line), int(Qt.AlignmentFlag.AlignLeft), title
    )
    area = QRectF(rect.left(), rect.top() + line * 1.1, rect.width(), rect.height() - line * 1.1)
    tiny = kinds.line(kinds.tiny)
    left = kinds.width(kinds.tiny, "2") + 2 * MM
    plot = QRectF(
        area.left() + left, area.top() + tiny * 0.5, area.width() - left - 2 * MM, area.height() - 2 * tiny
    )
    painter.setFont(kinds.tiny)
    for score in (0, 1, 2):
        _grid_line(painter, plot, plot.bottom() - plot.height() * score / 2, area.left(), number(score), tiny)
    span = max(1.0, end - start)

    def x_of(at: datetime) -> float:
        return plot.left() + plot.width() * min(1.0, max(0.0, (at.timestamp() - start) / span))

    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 0.4 * MM, plot.width(), tiny),
        int(Qt.AlignmentFlag.AlignLeft),
        _day_year(report.first_day),
    )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 0.4 * MM, plot.width(), tiny),
        int(Qt.AlignmentFlag.AlignRight),
        _day_year(report.last_day),
    )
    offset = plot.height() * 0.03  # the two sides apart when they score alike
    for side, colour, kind, shift in (
        (Side.LEFT, BLUE, "left", -offset),
        (Side.RIGHT, ORANGE, "right", offset),
        (None, INK, "left", 0.0),
    ):
        points = []
        for screen in report.screens:
            for scored in screen.scores:
                if scored.item_id == item and scored.side == side and scored.score is not None:
                    y = plot.bottom() - plot.height() * scored.score / 2 + shift
                    points.append(QPointF(x_of(screen.taken_at), y))
        if not points:
            continue
        painter.setPen(_side_pen(colour, kind))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        for point in points:
            _marker(painter, point, colour, kind)


def _level_words(level: Level | None, texts: ReportTexts) -> str:
    if level is None:
        #: A track of exercises with no level (paused, or not started).
        return translate("Report", "none")
    exercise = (
        texts.library[level.exercise_id] if texts.library and level.exercise_id in texts.library else None
    )
    per_side = exercise.per_side if exercise is not None else False
    #: A level on an exercise ladder: {exercise} its name, {dose} "2 sets of 10".
    return translate("Report", "{exercise}, {dose}").format(
        exercise=term_name(Term("exercise", level.exercise_id)), dose=dose_words(level.dose, per_side)
    )


LABEL_SHARE = 0.55
"""The share of the page's width for a track's name and levels; the marks take the rest."""


def _level_timeline(
    flow: _Flow, kinds: _Type, report: ProgressReport, texts: ReportTexts, tracks: list[str]
) -> None:
    """A row per exercise track: where it started and stands now, and a mark at each change."""
    label_w = flow.width * LABEL_SHARE
    #: Under the heading of the levels: what the marks on each line mean.
    note = translate(
        "Report",
        "Each line is one body area's exercise ladder over the weeks: ▲ a step up, "
        "▼ a step down (easier, or because of pain), ■ another change.",
    )
    #: A heading of the report: the levels of the exercise ladders over the weeks.
    _heading(flow, kinds, translate("Report", "Exercise levels over time"), keep_with=25 * MM, note=note)
    tiny = kinds.line(kinds.tiny)

    def dates(painter: QPainter, rect: QRectF) -> None:
        axis = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w, tiny)
        painter.setFont(kinds.tiny)
        painter.setPen(QUIET_INK)
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignLeft), _day_year(report.first_day))
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignRight), _day_year(report.last_day))

    flow.place(tiny * 1.2, dates, keep_with=20 * MM)
    first_levels = report.weeks[0].levels if report.weeks else {}
    start = datetime.combine(report.first_day, datetime.min.time()).timestamp()
    end = datetime.combine(report.last_day, datetime.max.time()).timestamp()
    span = max(1.0, end - start)
    for track in tracks:
        changes = [c for c in report.changes if c.track == track]
        name = term_name(Term("week_target", track)) if track in {t.value for t in Target} else track
        #: A line of the levels: where the ladder stood at the start of the report.
        then = translate("Report", "Start: {level}").format(
            level=_level_words(first_levels.get(track), texts)
        )
        #: A line of the levels: where the ladder stands now.
        now = translate("Report", "Now: {level}").format(
            level=_level_words(report.levels_now.get(track), texts)
        )
        heights = [kinds.height(kinds.small, text, label_w - 2 * MM) for text in (then, now)]
        row_h = kinds.line(kinds.bold) + sum(heights) + 2 * MM

        def draw(
            painter: QPainter,
            rect: QRectF,
            name: str = name,
            lines: tuple[tuple[str, float], ...] = tuple(zip((then, now), heights, strict=True)),
            changes: list[LevelChange] = changes,
        ) -> None:
            _text(
                painter,
                QRectF(rect.left(), rect.top(), label_w, rect.height()),
                kinds.bold,
                name[:1].upper() + name[1:],
            )
            y = rect.top() + kinds.line(kinds.bold)
            for text, height in lines:
                _text(painter, QRectF(rect.left(), y, label_w - 2 * MM, height), kinds.small, text, QUIET_INK)
                y += height
            middle = rect.top() + rect.height() / 2
            bar = QRectF(rect.left() + label_w, middle - 2 * MM, rect.width() - label_w, 4 * MM)
            painter.setPen(QPen(GRID, 6))
            painter.drawLine(QPointF(bar.left(), middle), QPointF(bar.right(), middle))
            painter.setFont(kinds.small)
            for change in changes:
                x = bar.left() + bar.width() * min(1.0, max(0.0, (change.at.timestamp() - start) / span))
                mark, colour = _change_mark(change)
                painter.setPen(colour)
                painter.drawText(
                    QRectF(x - 3 * MM, bar.top(), 6 * MM, bar.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    mark,
                )
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(
                QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1)
            )

        flow.place(row_h, draw)


def _change_mark(change: LevelChange) -> tuple[str, QColor]:
    if change.rule in UP_RULES:
        return "▲", GREEN
    if change.rule in DOWN_RULES:
        return "▼", VERMILLION
    return "■", QUIET_INK


__all__ = [
    "PAPERS",
    "ReportNotWritten",
    "ReportTexts",
    "default_paper",
    "ensure_gui_application",
    "period_words",
    "render_report_pdf",
    "write_report_pdf",
]
