"""The progress report's charts, drawn with QPainter (no QtCharts: nothing here needs a window):
sitting per week against the goal, breaks taken of breaks due, each movement check's score over
time on both sides, exercise minutes per target and each exercise ladder's level over the weeks.

Besides colour each chart has a second cue: the left side solid with dots, the right dashed with
squares; a step up ▲, a step down ▼.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
)

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.records import ScreenRecord, Side
from desk_coach.domain.said import Term
from desk_coach.services.progress_report import DOWN_RULES, UP_RULES, ProgressReport, ReportWeek
from desk_coach.ui.chart_colours import (
    BOTH,
    DOWN,
    GOAL,
    LEFT,
    LONGEST_BOUT,
    REPORT_CHARTS,
    RIGHT,
    SAME,
    SITTING,
    TAKEN,
    UP,
)
from desk_coach.ui.report_layout import (
    GRID,
    INK,
    MM,
    QUIET_INK,
    Flow,
    Fonts,
    ReportTexts,
    day_year,
    draw_text,
    section_heading,
)
from desk_coach.wording.figures import dose_words, month_short
from desk_coach.wording.say import term_name
from desk_coach.wording.translate import number, translate


def item_sides(screens: Sequence[ScreenRecord], texts: ReportTexts) -> list[tuple[str, Side | None]]:
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


def check_name(item: str, texts: ReportTexts) -> str:
    name = texts.check_names.get(item)
    #: A movement check the report has no name for, by its id: "Check S7".
    return f"{item} {name}" if name else translate("Report", "Check {id}").format(id=item)


def draw_charts(flow: Flow, kinds: Fonts, report: ProgressReport, texts: ReportTexts) -> None:
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
        values = [[w.sitting_per_day] for w in weeks]
        bouts = [w.longest_bout_minutes for w in weeks]
        _chart_section(
            flow,
            kinds,
            #: A heading of the report: the chart of minutes sat per day, week by week.
            (translate("Report", "Sitting per day, week by week"), note),
            chart_h,
            lambda p, r: _bars(p, r, kinds, weeks, values, [_SITTING[SITTING]], goal=report.goal_minutes,
                               dots=bouts, unit=minutes),
        )
    if any(w.breaks_due for w in weeks):
        #: Under the breaks chart's heading: what counts as a break due and as taken.
        note = translate(
            "Report",
            "The share of reminders that ended in a break, with breaks taken away from the "
            "desk before a reminder; snoozes only put a break off.",
        )
        shares = [[100 * (w.breaks_share or 0.0)] for w in weeks]
        taken = _colour("report-breaks", TAKEN)
        _chart_section(
            flow,
            kinds,
            #: A heading of the report: the chart of breaks taken as a share of breaks due, week by week.
            (translate("Report", "Breaks taken of breaks due"), note),
            chart_h,
            lambda p, r: _bars(p, r, kinds, weeks, shares, [taken], fixed_top=100, unit="%"),
        )
    if report.screens:
        _screen_charts(flow, kinds, report, texts)
    targets = [t for t in Target if any(w.exercise_minutes.get(t) for w in weeks)]
    if targets:
        #: A heading of the report: the chart of exercise minutes per body area, week by week.
        heading = translate("Report", "Exercise minutes per target, week by week")
        section_heading(flow, kinds, heading, keep_with=chart_h + 12 * MM)
        stacks = [[w.exercise_minutes.get(t, 0.0) for t in targets] for w in weeks]
        colours = [_colour("report-targets", t.value) for t in targets]
        flow.place(chart_h, lambda p, r: _bars(p, r, kinds, weeks, stacks, colours, unit=minutes))
        names = [term_name(Term("week_target", t.value)) for t in targets]
        _legend(flow, kinds, [(name, c, "box") for name, c in zip(names, colours, strict=True)])
    tracks = report.tracks
    if tracks:
        _level_timeline(flow, kinds, report, texts, tracks)


def _colour(chart: str, series: str) -> QColor:
    """A series' colour in one of the report's charts (``chart_colours.REPORT_CHARTS``)."""
    return QColor(REPORT_CHARTS[chart][series])


_SITTING = {name: _colour("report-sitting", name) for name in (SITTING, LONGEST_BOUT, GOAL)}


def _chart_section(
    flow: Flow,
    kinds: Fonts,
    heading: tuple[str, str],
    height: float,
    draw: Callable[[QPainter, QRectF], None],
) -> None:
    """A chart under its heading and note (``heading``: both), kept on one page with them."""
    title, note = heading
    section_heading(flow, kinds, title, keep_with=height, note=note)
    flow.place(height, draw)


def _week_labels(weeks: Sequence[ReportWeek], width: float, kinds: Fonts) -> list[str]:
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


def _plot_area(painter: QPainter, rect: QRectF, kinds: Fonts, top: float, unit: str) -> QRectF:
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
    kinds: Fonts,
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
        painter.setPen(QPen(_SITTING[LONGEST_BOUT], 2))
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
        painter.setPen(QPen(_SITTING[GOAL], 5, Qt.PenStyle.DashLine))
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


def _legend(flow: Flow, kinds: Fonts, entries: Sequence[tuple[str, QColor, str]]) -> None:
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
                draw_text(
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


def _screen_charts(flow: Flow, kinds: Fonts, report: ProgressReport, texts: ReportTexts) -> None:
    """One small chart per movement check: the score (0-2) at each self-check, a line per side."""
    items: list[str] = []
    for item, _side in item_sides(report.screens, texts):
        if item not in items:
            items.append(item)
    panel_h = 38 * MM
    #: A heading of the report: the self-check's scores over time, one small chart per movement check.
    title = translate("Report", "Self-check scores over time")
    section_heading(flow, kinds, title, keep_with=panel_h + 10 * MM)
    _legend(
        flow,
        kinds,
        [
            #: The legend of the self-check charts: the left side's line.
            (translate("Report", "left"), _colour("report-sides", LEFT), "left"),
            #: The legend of the self-check charts: the right side's line.
            (translate("Report", "right"), _colour("report-sides", RIGHT), "right"),
            #: The legend of the self-check charts: a check done once (not per side).
            (translate("Report", "both"), _colour("report-sides", BOTH), "left"),
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
    kinds: Fonts,
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
        check_name(item, texts), Qt.TextElideMode.ElideRight, rect.width()
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
        day_year(report.first_day),
    )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 0.4 * MM, plot.width(), tiny),
        int(Qt.AlignmentFlag.AlignRight),
        day_year(report.last_day),
    )
    offset = plot.height() * 0.03  # the two sides apart when they score alike
    for side, colour, kind, shift in (
        (Side.LEFT, _colour("report-sides", LEFT), "left", -offset),
        (Side.RIGHT, _colour("report-sides", RIGHT), "right", offset),
        (None, _colour("report-sides", BOTH), "left", 0.0),
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
    flow: Flow, kinds: Fonts, report: ProgressReport, texts: ReportTexts, tracks: list[str]
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
    title = translate("Report", "Exercise levels over time")
    section_heading(flow, kinds, title, keep_with=25 * MM, note=note)
    tiny = kinds.line(kinds.tiny)

    def dates(painter: QPainter, rect: QRectF) -> None:
        axis = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w, tiny)
        painter.setFont(kinds.tiny)
        painter.setPen(QUIET_INK)
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignLeft), day_year(report.first_day))
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignRight), day_year(report.last_day))

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
            draw_text(
                painter,
                QRectF(rect.left(), rect.top(), label_w, rect.height()),
                kinds.bold,
                name[:1].upper() + name[1:],
            )
            y = rect.top() + kinds.line(kinds.bold)
            for text, height in lines:
                draw_text(
                    painter, QRectF(rect.left(), y, label_w - 2 * MM, height), kinds.small, text, QUIET_INK
                )
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
        return "▲", _colour("report-levels", UP)
    if change.rule in DOWN_RULES:
        return "▼", _colour("report-levels", DOWN)
    return "■", _colour("report-levels", SAME)
