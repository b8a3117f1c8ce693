"""The progress report as a PDF, printed through Qt: A4 or Letter, 300 dpi, a page of summary,
then simple charts, the table of pain reports and what the coach changed, and the disclaimer.

Written for a physiotherapist or a trainer who has two minutes: page 1 says the period, the
name if the user gave one, adherence, the sitting trend, the self-check now against the first,
the pain reported and what changed. The charts are in ``report_charts``, the page layout (blocks,
fonts, colours, tables) in ``report_layout``.

The layout is measured first and painted after, so every page knows how many pages there are;
text wraps within the page, a block that does not fit starts a new page, and a long table goes
on with its header repeated. Nothing identifying is written but the name given: no paths, no
user or host names (the PDF's creator is "Desk Coach", its title the report's).
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desk_coach.domain.coaching.records import Side
from desk_coach.services.progress_report import ProgressReport
from desk_coach.ui.report_charts import check_name, draw_charts, item_sides
from desk_coach.ui.report_layout import (
    DPI,
    GRID,
    MM,
    QUIET_INK,
    Flow,
    Fonts,
    ReportTexts,
    bullet,
    day_year,
    draw_text,
    paragraph,
    section_heading,
    table,
)
from desk_coach.wording.figures import day_words
from desk_coach.wording.say import say
from desk_coach.wording.translate import number, translate

MARGIN_MM = (20.0, 18.0, 20.0, 16.0)  # left, top, right, bottom: room for binding and a printer's edge
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "SV", "DO", "NI", "BZ"}
)
"""Where Letter is the common paper (the rest of the world uses A4)."""


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
    kinds = Fonts(writer)
    footer_h = kinds.line(kinds.small) * 1.8
    flow = Flow(writer.width(), writer.height() - footer_h)
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
    painter: QPainter, kinds: Fonts, flow: Flow, footer_h: float, period: str, page: int, total: int
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
    draw_text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width() - right_w - 10 * MM, rect.height()),
        kinds.small,
        left,
        QUIET_INK,
    )
    draw_text(painter, rect, kinds.small, right, QUIET_INK, Qt.AlignmentFlag.AlignRight)


def _build(
    flow: Flow, kinds: Fonts, report: ProgressReport, texts: ReportTexts, title: str, name: str
) -> None:
    paragraph(flow, kinds, kinds.title, title)
    flow.space(2 * MM)
    weeks = len(report.weeks)
    #: Under the report's title: {period} is its days; %n the number of weeks.
    covers = translate("Report", "{period} (%n week(s))", None, weeks).format(
        period=period_words(report.first_day, report.last_day)
    )
    paragraph(flow, kinds, kinds.bold, covers)
    if name:
        #: Under the report's title: whose report it is, {name} as the user typed it.
        paragraph(flow, kinds, kinds.body, translate("Report", "For: {name}").format(name=name))
    #: Under the report's title: {day} is the day the report was made.
    made = translate("Report", "Made on {day} {year} by Desk Coach, from its records on this computer.")
    paragraph(
        flow,
        kinds,
        kinds.small,
        made.format(day=day_words(report.made_on), year=report.made_on.year),
        QUIET_INK,
    )
    flow.space(5 * MM)
    #: A heading of the report: the summary on page 1.
    section_heading(flow, kinds, translate("Report", "In short"))
    for line in report.summary:
        bullet(flow, kinds, say(line))
    if report.empty:
        flow.space(6 * MM)
        _disclaimer(flow, kinds, texts)
        return
    if len(report.screens) >= 1:
        flow.space(4 * MM)
        _check_table(flow, kinds, report, texts)
    draw_charts(flow, kinds, report, texts)
    _pain_table(flow, kinds, report)
    flow.space(6 * MM)
    _disclaimer(flow, kinds, texts)


def _check_table(flow: Flow, kinds: Fonts, report: ProgressReport, texts: ReportTexts) -> None:
    first, last = report.screens[0], report.screens[-1]
    #: Under the heading of the self-check table: what the scores mean.
    note = translate(
        "Report",
        "Each movement check is scored 0 to 2 (2: moves freely), on each side where it "
        'has two; "pain" means it hurt.',
    )
    #: A heading of the report: the movement self-check's scores (0-2), the first and the latest.
    section_heading(flow, kinds, translate("Report", "Self-check: the first and the latest"), note=note)
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
    for item, side in item_sides(report.screens, texts):
        rows.append(
            [
                check_name(item, texts),
                _side_words(side),
                _score_words(before.get((item, side))),
                _score_words(after.get((item, side))),
            ]
        )
    #: Above a table that goes on from the page before.
    table(flow, kinds, header, rows, (0.46, 0.14, 0.2, 0.2), translate("Report", "(continued)"))


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


def _pain_table(flow: Flow, kinds: Fonts, report: ProgressReport) -> None:
    #: A heading of the report: pain reported and what the coach changed because of it.
    section_heading(flow, kinds, translate("Report", "Pain reported and what the coach changed"))
    if not report.pain_rows:
        #: Instead of the table of pain reports when there is none.
        none = translate("Report", "No pain was reported in these weeks.")
        paragraph(flow, kinds, kinds.body, none)
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
        rows.append([day_year(row.at), "" if row.is_change else words, words if row.is_change else ""])
    table(flow, kinds, header, rows, (0.23, 0.385, 0.385), translate("Report", "(continued)"))


def _disclaimer(flow: Flow, kinds: Fonts, texts: ReportTexts) -> None:
    #: A heading of the report: what the report is and is not, above the disclaimer.
    section_heading(flow, kinds, translate("Report", "About this report"), keep_with=30 * MM)
    #: How the report's figures were measured, above the disclaimer.
    how = translate(
        "Report",
        "Sitting is measured from keyboard and mouse activity on this computer; breaks, routines, "
        "pain reports and self-checks are what the user answered in Desk Coach. The self-check is a "
        "movement check the user does alone, not a clinical test.",
    )
    paragraph(flow, kinds, kinds.small, how, QUIET_INK)
    flow.space(1.5 * MM)
    paragraph(flow, kinds, kinds.body, texts.disclaimer)


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
