"""The Progress window: one week of sitting, breaks and exercise, drawn with QtCharts.

A view over :class:`~desk_coach.ui.progress_presenter.ProgressPresenter`, which decides what
the week shows and where Previous / Next / This week go; this module lays out the charts and
copies the presenter's numbers into them.

Switching weeks only swaps numbers: the charts, axes and series are built once and their data
is replaced in place, so paging through weeks does not rebuild any widget.

Colours follow the system palette: the chart background and text take the window's colours
and the series colours (``chart_colours``: apart for colour-blind eyes) switch to a lighter or
darker set on a dark or light palette; the reminders put off are hatched.

Below the week, a line chart shows the self-check scores (S1–S6, 0–2) of the last six months,
one line per item with a point (a shape per item) on each self-check, drawn a little apart where
scores are equal, and a line under the summary tells the current streak of days with a break.
Both are fed by optional loaders and left out without them.

The window shows its top first (the week's navigation, the coach's summary, the tiles) and makes
the charts right after that first paint, in blanks of their size: importing Qt Charts and making
and painting the charts was most of the first opening. Asking for a chart's part before then
(paging, reading a figure back) makes them at once.

The window opens at most 90 % of its screen's available area (``fit_to_screen``); below the week's
navigation everything scrolls, so a small or 2x-scaled screen shows it all, one scroll away.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk_coach.ui.chart_colours import PUT_OFF, SERIES_COLOURS, screen_colour, screen_marker
from desk_coach.ui.close_keys import close_on_keys
from desk_coach.ui.fit_to_screen import fit_to_screen
from desk_coach.ui.glance_tiles import GlanceTiles
from desk_coach.ui.progress_presenter import (
    BREAK_SERIES,
    DISMISSED,
    EXERCISE,
    GOAL,
    LONGEST_BOUT,
    NATURAL,
    PARTIAL,
    QUIET_DELAYED,
    SITTING,
    SKIPPED,
    SNOOZED,
    TAKEN,
    ProgressPresenter,
    ScreenPage,
    WeekPage,
    axis_label_format,
    bar_label_format,
    bar_minutes,
    empty_text,
    screen_empty_text,
    series_name,
)
from desk_coach.wording.translate import translate

if TYPE_CHECKING:
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChartView,
        QLineSeries,
        QScatterSeries,
    )

__all__ = [
    "DISMISSED",
    "EXERCISE",
    "GOAL",
    "LONGEST_BOUT",
    "NATURAL",
    "PARTIAL",
    "QUIET_DELAYED",
    "SITTING",
    "SKIPPED",
    "SNOOZED",
    "TAKEN",
    "ProgressPresenter",
    "ProgressWindow",
    "empty_text",
    "screen_empty_text",
]

def _fill_set(bar_set: QBarSet, values: Iterable[float]) -> None:
    """Put ``values`` into ``bar_set`` in place (same length: replace; otherwise refill)."""
    values = list(values)
    if bar_set.count() == len(values):
        for index, value in enumerate(values):
            bar_set.replace(index, value)
    else:
        bar_set.remove(0, bar_set.count())
        bar_set.append(values)


def _set_categories(axis: QBarCategoryAxis, labels: list[str]) -> None:
    if axis.categories() != labels:
        axis.setCategories(labels)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


_EPOCH = datetime(1970, 1, 1)


def _msecs(at: datetime | date) -> float:
    """``at``'s wall-clock time as a chart x, in ms (the user's time then, whatever the zone now):
    counted as if on UTC, which the self-check chart's own ticks are too (a QDateTime in local time
    costs 40 µs a point)."""
    moment = at.replace(tzinfo=None) if isinstance(at, datetime) else datetime(at.year, at.month, at.day)
    return (moment - _EPOCH).total_seconds() * 1000


def day_month_pattern(locale: QLocale, *, short_month: bool = False) -> str:
    """The locale's long date pattern without its weekday and year: "d MMMM" in British English,
    "MMMM d" in American, "d. MMMM" in German, "d 'de' MMMM" in Spanish; ``short_month`` for
    "d MMM"."""
    pattern = _without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
    pattern = re.sub(r"^y+[^dM']*", "", pattern)  # the year first, as in "yyyy年M月d日"
    pattern = re.sub(r"[,.\s]*(?:'[^']*'\s*)?y+\.?", "", pattern).strip(" ,")
    return pattern.replace("MMMM", "MMM") if short_month else pattern


def _without_weekday(pattern: str) -> str:
    return re.sub(r"\s*dddd[,.\s]*", " ", pattern).strip(" ,")


PLOT_MIN_CHARS = 36
"""The narrowest a chart's plot gets, in average characters: room for a week's day labels."""


def _fit_legend(box: _ChartBox) -> None:
    """Room for every name of a legend under a chart, so none is cut short with "..." (Qt Charts
    elides what does not fit): the chart's view is made at least as wide as the names in a row.
    A legend beside the plot is left to Qt Charts, which gives it what the plot can spare."""
    legend = box.chart.legend()
    metrics = QFontMetrics(legend.font())
    widths = [metrics.horizontalAdvance(m.label()) for m in legend.markers() if m.isVisible()]
    marker = 3 * metrics.height()  # the coloured square and the gaps around it, in text units
    plot = PLOT_MIN_CHARS * metrics.averageCharWidth()
    if legend.alignment() == Qt.AlignmentFlag.AlignBottom and legend.isVisible():
        box.view.setMinimumWidth(max(plot, sum(widths) + len(widths) * marker))


MARKER_SIZE = 11.0
"""A self-check point's size, in pixels; a star's points are thin, so it is drawn larger."""
STAR_SIZE = 15.0

HATCH_SIZE = 8
"""The side of the hatching's tile, in pixels: one stripe across it."""


def hatched(fill: QColor, background: QColor) -> QBrush:
    """A brush of ``fill`` crossed by thin diagonal stripes halfway to ``background``: a bar reads as
    "put off" by its texture as well as its colour, in the legend too."""
    stripe = QColor(
        (fill.red() + background.red()) // 2,
        (fill.green() + background.green()) // 2,
        (fill.blue() + background.blue()) // 2,
    )
    tile = QPixmap(HATCH_SIZE, HATCH_SIZE)
    tile.fill(fill)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(stripe)
    pen.setWidthF(2.0)
    painter.setPen(pen)
    for shift in (-HATCH_SIZE, 0, HATCH_SIZE):  # the stripe and its neighbours' ends, so tiles join
        painter.drawLine(QPointF(shift, HATCH_SIZE), QPointF(shift + HATCH_SIZE, 0))
    painter.end()
    return QBrush(fill, tile)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _titled_lines(title: str, lines: Iterable[str]) -> str:
    """A bold title over plain lines, as rich text (the texts escaped)."""
    return "<br>".join([f"<b>{html.escape(title)}</b>", *(html.escape(line) for line in lines)])


def _scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(scaled.pointSizeF() * factor)
    scaled.setBold(bold)
    return scaled


def _chart_slot(height: int = 220) -> QWidget:
    """A blank the size of a chart, standing in for it until the charts are made."""
    slot = QWidget()
    slot.setMinimumHeight(height)
    slot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return slot


SCREENS_HEIGHT = 280
"""The self-check chart's least height: six lines a few pixels apart at each score."""


class _ChartBox:
    """One chart with its view, built once and restyled from the palette."""

    def __init__(self, title: str) -> None:
        from PySide6.QtCharts import QChart, QChartView

        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setLocalizeNumbers(True)  # axis figures in the language's form ("2,5")
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


_CHART_PARTS = frozenset({
    "_sitting", "_sitting_set", "_bout_set", "_sitting_series", "_goal_series", "_sitting_days",
    "_sitting_minutes", "_breaks", "_break_sets", "_breaks_series", "_breaks_days", "_breaks_count",
    "_targets", "_target_set", "_targets_series", "_target_names", "_target_minutes", "_screens",
    "_screen_page", "_screen_lines", "_screen_marks", "_screen_dates", "_screen_scores",
})
"""What ``build_charts`` makes: asked for before then, the charts are made first."""

LIVE_REFRESH_MS = 60_000
"""How often the open window reads today's figures again: the tray counts sitting in minutes too."""


class ProgressWindow(QWidget):
    """A week of progress: summary lines, three charts and week navigation, drawn from
    ``presenter``."""

    charts_built = Signal()
    """The charts were made (right after the first paint, or when first asked for)."""

    def __init__(self, presenter: ProgressPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The Progress window's title.
        self.setWindowTitle(translate("Progress", "Progress"))
        self.presenter = presenter
        self._styling = False
        # Charts do not mirror by themselves: in a right-to-left language the value axes stand on
        # the right, the legends on the left, and days and minutes run from right to left.
        self._rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._start = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        self._end = Qt.AlignmentFlag.AlignLeft if self._rtl else Qt.AlignmentFlag.AlignRight
        self._build_navigation()
        self._build_labels()
        self._lay_out()
        self._charts_pending = True  # see build_charts: made right after the window's first paint
        self._build_scheduled = False
        self.previous_button.clicked.connect(self.show_previous_week)
        self.next_button.clicked.connect(self.show_next_week)
        self.this_week_button.clicked.connect(self.show_this_week)
        self.save_report_button.clicked.connect(lambda: self.save_report and self.save_report(self))
        self._close_shortcut = close_on_keys(self)  # Escape, Ctrl+W
        # Today's figures count the bout in progress: read them again while the window is shown.
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self.refresh_today)
        self._placed = False
        self._summary_width = -1  # the width the summary's kept room was measured at
        # The native window first: where its frame is known before it is shown (Wayland's own
        # decorations, offscreen), the window is placed with it now, not again at its first show
        # (a relayout of every chart, 6 ms).
        self.winId()
        self._place()
        self._draw_week(self.presenter.week)
        self._draw_streak()

    # -- the charts, made right after the first paint ----------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window's top is on screen: the charts are made next, once this paint is shown."""
        super().paintEvent(event)
        if self._charts_pending and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self, self.build_charts)

    def charts_pending(self) -> bool:
        """Whether the charts are still to be made (the window shows its top first)."""
        return self._charts_pending

    def build_charts(self) -> None:
        """Make the charts and draw the shown week in them; nothing if they are made already.

        The first opening shows the window's top (the week's navigation, the coach's summary, the
        tiles) at once, and makes the charts right after that first paint, in the room kept for
        them (so nothing below moves): importing Qt Charts and making and painting four charts is
        most of what the first opening costs (60 ms of 80). Anything that reads or changes a chart
        before then makes them first (see ``__getattr__``), so paging, closing or a test asking
        for a chart's figures before they are made is safe."""
        if not self._charts_pending:
            return
        self._charts_pending = False
        least = self.natural_size().width()
        self._build_sitting_chart()
        self._build_breaks_chart()
        self._build_targets_chart()
        self._build_screens_chart()
        boxes = (self._sitting, self._breaks, self._targets, self._screens)
        layouts = (self._charts_grid, self._charts_grid, self._charts_grid, self._screens_column)
        for slot, box, layout in zip(self._chart_slots, boxes, layouts, strict=True):
            layout.replaceWidget(slot, box.view)  # in the blank's place, at its size
            box.view.setVisible(not slot.isHidden())  # now, not at the layout's next turn
            slot.deleteLater()
        self._chart_slots.clear()
        self._connect_tooltips()
        self._apply_palette()
        self._fill_charts(self.presenter.week)
        self._draw_screens()
        if self.isVisible():
            for box in (self._sitting, self._breaks, self._screens):
                _fit_legend(box)
            if self.natural_size().width() > least:  # a legend wider than the window's top needs
                self._place()
        self.charts_built.emit()

    if not TYPE_CHECKING:  # mypy would take any misspelt attribute for one of these

        def __getattr__(self, name: str) -> object:
            """A chart's part asked for before the charts are made: they are made first."""
            if name in _CHART_PARTS and self.__dict__.get("_charts_pending"):
                self.build_charts()
                return object.__getattribute__(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_navigation(self) -> None:
        #: Goes to the week before; & marks the access key (unique among Previous, Next, This week).
        self.previous_button = QPushButton(translate("Progress", "◀ &Previous"))
        self.previous_button.setToolTip(translate("Progress", "Show the week before"))
        #: Goes to the week after; & marks the access key (unique among Previous, Next, This week).
        self.next_button = QPushButton(translate("Progress", "&Next ▶"))
        self.next_button.setToolTip(translate("Progress", "Show the week after"))
        #: Goes back to the current week; & marks the access key (unique among Previous, Next, This week).
        self.this_week_button = QPushButton(translate("Progress", "&This week"))
        #: Writes the progress report (a PDF); & marks the access key (unique in the window's top row).
        self.save_report_button = QPushButton(translate("Progress", "Save &report…"))
        #: The tooltip of "Save report…".
        report_tip = translate("Progress", "Save a PDF of your last weeks for a physiotherapist or trainer")
        self.save_report_button.setToolTip(report_tip)
        self.save_report_button.setHidden(True)  # shown once the window knows how to save one
        self.save_report: Callable[[QWidget], object] | None = None  # set_report_saver: the handler
        self.heading = _selectable(QLabel())
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)  # a long week heading (German, a large font) wraps, never cut
        self.heading.setFont(_scaled_font(self.heading.font(), 1.25, bold=True))

    def _build_labels(self) -> None:
        self.summary_label = _selectable(QLabel())
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # The week at a glance (with a glance loader): figures in tiles, then levels and changes.
        self.tiles = GlanceTiles()
        self.levels_label = _selectable(QLabel())
        self.levels_label.setWordWrap(True)
        self.levels_label.setTextFormat(Qt.TextFormat.RichText)
        self.changes_label = _selectable(QLabel())
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.glance_box = QWidget()
        glance = QVBoxLayout(self.glance_box)
        glance.setContentsMargins(0, 0, 0, 0)
        glance.addWidget(self.tiles)
        ladders = QHBoxLayout()
        ladders.addWidget(self.levels_label, 1, Qt.AlignmentFlag.AlignTop)
        ladders.addWidget(self.changes_label, 1, Qt.AlignmentFlag.AlignTop)
        glance.addLayout(ladders)
        self.glance_box.setHidden(True)
        self.streak_label = _selectable(QLabel())
        self.streak_label.setWordWrap(True)
        self.streak_label.setHidden(not self.presenter.shows_streak)
        self.empty_label = QLabel(empty_text())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(24, 72, 24, 24)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setFont(_scaled_font(self.empty_label.font(), 1.15))
        self.balance_label = QLabel()
        self.balance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.balance_label.setWordWrap(True)
        self.screens_empty_label = QLabel(screen_empty_text())
        self.screens_empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screens_empty_label.setWordWrap(True)
        self.screens_empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.screens_empty_label.setHidden(True)  # until the chart is built and knows it is empty
        self.screens_box = QWidget()
        self.screens_box.setHidden(not self.presenter.shows_screens)

    def _lay_out(self) -> None:
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.heading, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.save_report_button)
        self.charts = QWidget()
        grid = self._charts_grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        # One chart under the other, each the window's width: side by side, the breaks' days and
        # legend were cut short (or left out) on a laptop screen or at 2x; the window scrolls.
        # Until the charts are made (build_charts), a blank of each one's size keeps its room.
        self._chart_slots: list[QWidget] = [_chart_slot(), _chart_slot(), _chart_slot(),
                                            _chart_slot(SCREENS_HEIGHT)]
        grid.addWidget(self._chart_slots[0], 0, 0)
        grid.addWidget(self._chart_slots[1], 1, 0)
        targets_column = QVBoxLayout()
        targets_column.addWidget(self._chart_slots[2], 1)
        targets_column.addWidget(self.balance_label)
        grid.addLayout(targets_column, 2, 0)
        column = self._screens_column = QVBoxLayout(self.screens_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._chart_slots[3], 1)
        column.addWidget(self.screens_empty_label)
        # The week's navigation stays in view; the rest scrolls on a screen too small for it.
        self.content = QWidget()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        self._window_layout = QVBoxLayout(self)
        self._window_layout.addLayout(nav)
        self._window_layout.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.glance_box)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.empty_label, 1)  # takes the charts' room when it stands in for them
        layout.addWidget(self.charts, 2)
        layout.addWidget(self.screens_box, 1)

    # -- chart construction ------------------------------------------------------------------------

    def _build_sitting_chart(self) -> None:
        #: Title of the chart of minutes sat each day.
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QLineSeries, QValueAxis

        box = self._sitting = _ChartBox(translate("Progress", "Sitting per day (minutes)"))
        self._sitting_set = QBarSet(series_name(SITTING))
        self._bout_set = QBarSet(series_name(LONGEST_BOUT))
        self._sitting_series = QBarSeries()
        self._sitting_series.append(self._sitting_set)
        self._sitting_series.append(self._bout_set)
        self._goal_series = QLineSeries()
        self._goal_series.setName(series_name(GOAL))
        box.chart.addSeries(self._sitting_series)
        box.chart.addSeries(self._goal_series)
        self._sitting_days = QBarCategoryAxis()
        self._sitting_days.setTruncateLabels(False)  # a name is read whole or not at all
        self._sitting_minutes = QValueAxis()
        self._sitting_minutes.setLabelFormat("%.0f")
        self._sitting_days.setReverse(self._rtl)
        box.chart.addAxis(self._sitting_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._sitting_minutes, self._start)
        for series in (self._sitting_series, self._goal_series):
            series.attachAxis(self._sitting_days)
            series.attachAxis(self._sitting_minutes)

    def _build_breaks_chart(self) -> None:
        #: Title of the chart of breaks each day, by what became of them.
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis

        box = self._breaks = _ChartBox(translate("Progress", "Breaks per day"))
        box.chart.legend().setAlignment(self._end)  # seven kinds: one a line, unclipped
        self._break_sets = {name: QBarSet(series_name(name)) for name, _ in BREAK_SERIES}
        self._breaks_series = QStackedBarSeries()
        for bar_set in self._break_sets.values():
            self._breaks_series.append(bar_set)
        box.chart.addSeries(self._breaks_series)
        self._breaks_days = QBarCategoryAxis()
        self._breaks_days.setTruncateLabels(False)  # a name is read whole or not at all
        self._breaks_count = QValueAxis()
        self._breaks_count.setLabelFormat("%.0f")
        self._breaks_days.setReverse(self._rtl)
        box.chart.addAxis(self._breaks_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._breaks_count, self._start)
        self._breaks_series.attachAxis(self._breaks_days)
        self._breaks_series.attachAxis(self._breaks_count)

    def _build_targets_chart(self) -> None:
        #: Title of the chart of exercise minutes per body area this week.
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis

        box = self._targets = _ChartBox(translate("Progress", "Exercise minutes per target this week"))
        self._target_set = QBarSet(series_name(EXERCISE))
        self._targets_series = QHorizontalBarSeries()
        self._targets_series.append(self._target_set)
        self._targets_series.setLabelsVisible(True)
        self._targets_series.setLabelsFormat(bar_label_format())
        self._targets_series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        box.chart.addSeries(self._targets_series)
        self._target_names = QBarCategoryAxis()
        self._target_names.setTruncateLabels(False)  # a name is read whole or not at all
        self._target_minutes = QValueAxis()
        self._target_minutes.setLabelFormat("%.0f")
        box.chart.addAxis(self._target_names, self._start)
        self._target_minutes.setReverse(self._rtl)
        box.chart.addAxis(self._target_minutes, Qt.AlignmentFlag.AlignBottom)
        self._targets_series.attachAxis(self._target_names)
        self._targets_series.attachAxis(self._target_minutes)
        # No weekly goal is drawn on the bars: they count every minute of exercise, both sides, the
        # goal stretching on one side; the goal is in each bar's tooltip and in the tiles above.
        box.chart.legend().setVisible(False)  # the bars are named by the chart's title

    def _build_screens_chart(self) -> None:
        from PySide6.QtCharts import QCategoryAxis, QLegend, QLineSeries, QScatterSeries

        #: Title of the chart of self-check scores: each check scores 0 to 2, the lower side counts.
        box = self._screens = _ChartBox(
            translate("Progress", "Self-check scores (lowest side, 0–2), last six months")
        )
        box.view.setMinimumHeight(SCREENS_HEIGHT)
        self._screen_page: ScreenPage | None = None
        self._screen_lines: dict[str, QLineSeries] = {}
        self._screen_marks: dict[str, QScatterSeries] = {}
        # Category axes put a tick and its label where they belong: at each month's start (or every
        # few days over a short span), and at the scores 0, 1 and 2 with the self-check's words.
        self._screen_dates = QCategoryAxis()
        self._screen_dates.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._screen_dates.setTruncateLabels(False)
        self._screen_scores = QCategoryAxis()
        self._screen_scores.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._screen_scores.setTruncateLabels(False)
        self._screen_scores.setRange(-0.4, 2.4)
        self._screen_scores.setStartValue(-0.4)
        for score, label in enumerate(self.presenter.score_labels):
            self._screen_scores.append(label, score)
        self._screen_dates.setReverse(self._rtl)
        box.chart.addAxis(self._screen_dates, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._screen_scores, self._start)
        box.chart.legend().setAlignment(self._end)
        for number, (item, name) in enumerate(self.presenter.screen_legend):
            line = QLineSeries()
            line.setName(name)
            marks = QScatterSeries()
            marks.setName(name)
            shape = screen_marker(number)
            marks.setMarkerShape(getattr(QScatterSeries.MarkerShape, shape))
            marks.setMarkerSize(STAR_SIZE if shape == "MarkerShapeStar" else MARKER_SIZE)
            for series in (line, marks):
                box.chart.addSeries(series)
                series.attachAxis(self._screen_dates)
                series.attachAxis(self._screen_scores)
            # One legend entry per item, showing its points' shape and colour.
            for marker in box.chart.legend().markers(line):
                marker.setVisible(False)
            for marker in box.chart.legend().markers(marks):
                marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
            marks.hovered.connect(
                lambda point, on, item=item: self._show_tip(
                    on, self._screens.view, lambda: self.screen_tip(item, point)
                )
            )
            self._screen_lines[item] = line
            self._screen_marks[item] = marks

    # -- tooltips: the exact figure of the bar under the pointer ----------------------------------

    def _connect_tooltips(self) -> None:
        sitting_ids = {self._sitting_set: SITTING, self._bout_set: LONGEST_BOUT}
        break_ids = {bar_set: name for name, bar_set in self._break_sets.items()}
        self._sitting_series.hovered.connect(
            lambda on, index, bar_set: self._show_tip(
                on, self._sitting.view, lambda: self.presenter.week.sitting_tip(sitting_ids[bar_set], index)
            )
        )
        self._breaks_series.hovered.connect(
            lambda on, index, bar_set: self._show_tip(
                on, self._breaks.view, lambda: self.presenter.week.break_tip(break_ids[bar_set], index)
            )
        )
        # Horizontal bars run bottom-up; the presenter's targets top-down.
        self._targets_series.hovered.connect(
            lambda on, index, _set: self._show_tip(
                on, self._targets.view,
                lambda: self.presenter.week.target_tip(len(self.presenter.week.targets) - 1 - index),
            )
        )

    def _show_tip(self, on: bool, view: QChartView, text: Callable[[], str]) -> None:
        if on:
            QToolTip.showText(QCursor.pos(), text(), view)
        else:
            QToolTip.hideText()

    # -- navigation --------------------------------------------------------------------------------

    def show_previous_week(self) -> None:
        self._draw_week(self.presenter.previous_week())
        self._draw_streak()  # a past week has its own streak, not today's

    def show_next_week(self) -> None:
        self._draw_week(self.presenter.next_week())
        self._draw_streak()  # a past week has its own streak, not today's

    def show_this_week(self) -> None:
        self._draw_week(self.presenter.this_week())
        self._draw_streak()  # a past week has its own streak, not today's

    def set_today(self, today: date) -> None:
        """Tell the window the day changed (it keeps the week it shows)."""
        self.presenter.today = today
        self._update_buttons()

    def refresh(self) -> None:
        """Load the shown week, the self-checks and the streak again (after new history)."""
        self._draw_week(self.presenter.show_week(self.presenter.anchor))
        self._draw_screens()
        self._draw_streak()

    def refresh_today(self) -> None:
        """Draw the shown week again if it holds today (the bout in progress grows)."""
        week = self.presenter.refresh_today()
        if week is not None:
            self._draw_week(week)
        else:
            self._update_buttons()  # a new week may have begun: "Next" leads to it

    def set_report_saver(self, save: Callable[[QWidget], object]) -> None:
        """Show "Save report…", which calls ``save`` with this window (``ui/report_saving.py``)."""
        self.save_report = save
        self.save_report_button.setHidden(False)

    def set_goal_minutes(self, goal_minutes: float) -> None:
        """Draw a new daily sitting goal (after the settings changed); the week at a glance is
        read again, as it counts the days against the goal."""
        self.presenter.goal = float(goal_minutes)
        if self.presenter.week.glance is not None:
            self._draw_week(self.presenter.show_week(self.presenter.anchor))
        elif not self._charts_pending:
            self._fill_sitting(self.presenter.week)

    def _update_buttons(self) -> None:
        self.this_week_button.setEnabled(not self.presenter.is_this_week)
        self.next_button.setEnabled(self.presenter.can_go_next)

    # -- drawing -----------------------------------------------------------------------------------

    def _draw_week(self, week: WeekPage) -> None:
        self._fill_heading(week)
        self.summary_label.setText("\n".join(week.summary))
        self._keep_summary_room()
        # Three lines of zeros say no more than the empty-state sentence does; the coach's summary
        # of an empty week (this week "yet", or a past one) is that sentence.
        self.summary_label.setHidden(week.empty)
        self.empty_label.setText("\n".join(week.summary) if week.glance is not None else empty_text())
        self._fill_glance(week)
        self.empty_label.setHidden(not week.empty)
        self.charts.setHidden(week.empty)
        if self._charts_pending:  # build_charts draws the week shown then
            self._chart_slots[2].setMinimumHeight(self._targets_height(len(week.targets)))
            self.balance_label.setText(week.balance_text)
        else:
            self._fill_charts(week)
        self._update_buttons()

    def _fill_charts(self, week: WeekPage) -> None:
        self._fill_sitting(week)
        self._fill_breaks(week)
        self._fill_targets(week)

    def _keep_summary_room(self) -> None:
        """Paging through weeks leaves the charts where they are: the summary keeps the room of
        its longest text so far at this width (a summary one line shorter than the last week's
        moved and resized every chart below it, 10 ms of a week's switch); measured anew once
        the width changes."""
        label = self.summary_label
        width = label.width()
        if not self.isVisible() or width != self._summary_width:
            self._summary_width = width if self.isVisible() else -1
            # What the text before took at this width, laid out already (0 before the first show).
            label.setMinimumHeight(label.height() if self._summary_width > 0 and label.isVisible() else 0)
        if self._summary_width > 0:
            label.setMinimumHeight(max(label.minimumHeight(), label.heightForWidth(width)))

    def _draw_screens(self) -> None:
        if self._charts_pending:  # build_charts draws them
            return
        page = self._screen_page = self.presenter.screens()
        if page is None:
            return
        for item, _ in self.presenter.screen_legend:
            lift = page.offset(item)
            xy = [QPointF(_msecs(at), score + lift) for at, score in page.points.get(item, [])]
            self._screen_lines[item].replace(xy)
            self._screen_marks[item].replace(xy)
        axis = self._screen_dates
        for label in axis.categoriesLabels():
            axis.remove(label)
        start, end = _msecs(page.start), _msecs(page.end)
        axis.setStartValue(start)
        for day in page.ticks:
            axis.append(page.tick_label(day), _msecs(day))
        axis.setRange(start, end)
        self._screens.view.setHidden(page.empty)
        self.screens_empty_label.setHidden(not page.empty)

    def screen_tip(self, item_id: str, point: QPointF) -> str:
        """The tooltip of the self-check point of ``item_id`` at ``point`` (as drawn)."""
        page = self._screen_page
        points = self._screen_marks[item_id].points()
        if page is None or not points:
            return ""
        index = min(range(len(points)), key=lambda i: (points[i] - point).manhattanLength())
        return page.tip(item_id, index)

    def _draw_streak(self) -> None:
        text = self.presenter.streak()
        if text is not None:
            self.streak_label.setText(text)

    def _day_labels(self, days: tuple[date, ...]) -> list[str]:
        locale = self.locale()
        # Two lines (weekday over day of month) fit a narrow chart without being cut short.
        return [
            f"{locale.toString(_qdate(day), 'ddd')}<br>{locale.toString(_qdate(day), 'd')}" for day in days
        ]

    def _fill_heading(self, week: WeekPage) -> None:
        locale = self.locale()
        # The locale's long date without its weekday: "23 November 2026", "November 23, 2026"...
        pattern = _without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
        if not week.days:
            #: The Progress window's heading: the week's number in its year.
            self.heading.setText(translate("Progress", "Week {number}").format(number=week.number))
            return
        first, last = (locale.toString(_qdate(day), pattern) for day in (week.days[0], week.days[-1]))
        #: The Progress window's heading: the week's number and its first and last days, "Week 48 ·
        #: 23 November 2026 – 29 November 2026" (the dates are written in the language's form).
        heading = translate("Progress", "Week {number} · {first} – {last}")
        self.heading.setText(heading.format(number=week.number, first=first, last=last))

    def _fill_glance(self, week: WeekPage) -> None:
        glance = week.glance
        self.glance_box.setHidden(glance is None or week.empty)
        if glance is None:
            return
        self.tiles.show_tiles(glance.tiles)
        self.levels_label.setText(_titled_lines(glance.levels_title, glance.levels))
        self.levels_label.setHidden(not glance.levels)
        self.changes_label.setText(_titled_lines(glance.changes_title, glance.changes))

    def _fill_sitting(self, week: WeekPage) -> None:
        _set_categories(self._sitting_days, self._day_labels(week.days))
        _fill_set(self._sitting_set, week.sitting)
        _fill_set(self._bout_set, week.bouts)
        goal = self.presenter.goal_line()
        self._goal_series.replace([QPointF(x, y) for x, y in goal])
        self._goal_series.setVisible(bool(goal))
        self._goal_series.setName(self.presenter.goal_name)
        _fit_legend(self._sitting)
        self._sitting_minutes.setRange(0, self.presenter.sitting_top)
        self._sitting_minutes.applyNiceNumbers()

    def _fill_breaks(self, week: WeekPage) -> None:
        _set_categories(self._breaks_days, self._day_labels(week.days))
        for name, values in week.breaks:
            _fill_set(self._break_sets[name], values)
        self._breaks_count.setRange(0, week.breaks_top)
        self._breaks_count.applyNiceNumbers()

    def _fill_targets(self, week: WeekPage) -> None:
        # Horizontal bars run bottom-up; reversed so the first target reads at the top.
        pairs = week.targets[::-1]
        _set_categories(self._target_names, [name for name, _ in pairs])
        # Room for every body area's name on its own line (Qt Charts hides names that overlap),
        # and for the title, the value axis and the goal's legend.
        self._targets.view.setMinimumHeight(self._targets_height(len(pairs)))
        _fill_set(self._target_set, [bar_minutes(value) for _, value in pairs])  # as the labels read
        self._target_minutes.setRange(0, week.targets_top)
        self._target_minutes.applyNiceNumbers()
        axis = self._target_minutes
        axis.setLabelFormat(axis_label_format(axis.min(), axis.max(), axis.tickCount()))
        self.balance_label.setText(week.balance_text)

    def _targets_height(self, targets: int) -> int:
        """Room for every body area's name on its own line (Qt Charts hides names that overlap),
        and for the title, the value axis and the goal's legend."""
        line = QFontMetrics(self.font()).lineSpacing()
        return max(220, (2 * targets + 9) * line)

    # -- palette -----------------------------------------------------------------------------------

    def natural_size(self) -> QSize:
        """The size the window opens at on a screen with room for it: the charts at ease, and
        never narrower than the content's least width (so it scrolls sideways only when the
        screen is narrower than that)."""
        natural = QSize(980, 960 if self.presenter.shows_screens else 760)
        margins = self._window_layout.contentsMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        least = self.content.minimumSizeHint().width() + scroll_bar + margins.left() + margins.right()
        return natural.expandedTo(QSize(least, 0))

    def _place(self) -> None:
        """At most 90 % of the screen's available area (:mod:`~desk_coach.ui.fit_to_screen`)."""
        fit_to_screen(self, self.natural_size())

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the legends once their markers are laid out (they are not before the first show),
        and the window to the screen it opens on."""
        super().showEvent(event)
        if not self._charts_pending:
            for box in (self._sitting, self._breaks, self._screens):
                _fit_legend(box)
        if not self._placed and not event.spontaneous():
            self._placed = True
            self._place()
        self.live_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """No wake-ups while nobody looks."""
        self.live_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def is_dark(self) -> bool:
        palette = self.palette()
        return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(
            QPalette.ColorRole.WindowText
        ).lightness()

    def _apply_palette(self) -> None:
        if self._styling or self.__dict__.get("_charts_pending", True):  # build_charts styles them
            return
        self._styling = True
        try:
            self._style_charts()
        finally:
            self._styling = False

    def _style_charts(self) -> None:
        from PySide6.QtCharts import QChart, QLegend

        palette = self.palette()
        dark = self.is_dark()
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(45)
        axis_line = QColor(text)
        axis_line.setAlpha(110)
        title_font = QFont(self.font())
        title_font.setBold(True)
        label_font = QFont(self.font())

        def colour(name: str) -> QColor:
            return QColor(SERIES_COLOURS[name].on(dark))

        for box in (self._sitting, self._breaks, self._targets, self._screens):
            chart = box.chart
            chart.setTheme(theme)  # resets series colours, so they are set again below
            chart.setBackgroundBrush(QBrush(background))
            chart.setBackgroundRoundness(0)
            chart.setPlotAreaBackgroundVisible(False)
            chart.setTitleBrush(QBrush(text))
            chart.setTitleFont(title_font)
            legend = chart.legend()
            legend.setLabelColor(text)
            legend.setFont(label_font)
            _fit_legend(box)
            for axis in chart.axes():
                axis.setLabelsBrush(QBrush(text))
                axis.setLabelsFont(label_font)
                axis.setGridLineColor(grid)
                axis.setLinePenColor(axis_line)
                axis.setShadesVisible(False)
            box.view.setBackgroundBrush(QBrush(background))

        for series, bar_set in self._bar_sets().items():
            fill = colour(series)
            bar_set.setColor(fill)
            if series in PUT_OFF:  # reminders put off, apart from the breaks made by texture too
                bar_set.setBrush(hatched(fill, background))
            bar_set.setBorderColor(fill)
            bar_set.setLabelColor(text)
        pen = QPen(colour(GOAL))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        self._goal_series.setPen(pen)
        for marker in self._sitting.chart.legend().markers(self._goal_series):  # a line, not a bar
            marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        for number, (item, _) in enumerate(self.presenter.screen_legend):
            line_colour = QColor(screen_colour(number).on(dark))
            line_pen = QPen(line_colour)
            line_pen.setWidthF(2.0)
            self._screen_lines[item].setPen(line_pen)
            marks = self._screen_marks[item]
            marks.setColor(line_colour)
            marks.setBorderColor(background)

    # -- what the charts show, read back from them ------------------------------------------------

    def week_label(self) -> str:
        """The label of the week shown, e.g. ``2026-W48``."""
        return self.presenter.week.label

    def series_values(self, name: str) -> list[float]:
        """The numbers a chart shows for the series or bar set called ``name``."""
        if name == GOAL:
            return [point.y() for point in self._goal_series.points()]
        if name == EXERCISE:  # drawn bottom-up; read back top-down, as the user reads it
            return [self._target_set.at(i) for i in reversed(range(self._target_set.count()))]
        bar_set = self._bar_sets().get(name)
        if bar_set is None:
            raise KeyError(f"no chart series called {name!r}")
        return [bar_set.at(i) for i in range(bar_set.count())]

    def _bar_sets(self) -> dict[str, QBarSet]:
        """Every bar set by its series id (its label is the legend's text, in the user's language)."""
        return {SITTING: self._sitting_set, LONGEST_BOUT: self._bout_set, EXERCISE: self._target_set,
                **self._break_sets}

    def screen_points(self, item_id: str) -> list[tuple[float, float]]:
        """The points of the self-check line of ``item_id``: (x in ms, score), the score read back
        from where the line is drawn (a little above or below it, see ``ScreenPage.offset``)."""
        lift = self._screen_page.offset(item_id) if self._screen_page is not None else 0.0
        return [(point.x(), round(point.y() - lift, 6)) for point in self._screen_lines[item_id].points()]

    def screen_pixels(self, item_id: str) -> list[tuple[int, int]]:
        """Where the self-check points of ``item_id`` are on the chart, in whole pixels."""
        marks = self._screen_marks[item_id]
        chart = self._screens.chart
        return [(round(p.x()), round(p.y())) for p in (chart.mapToPosition(q, marks) for q in marks.points())]

    def category_labels(self, chart: str) -> list[str]:
        """The category axis labels of ``"sitting"``, ``"breaks"`` or ``"targets"``."""
        axis = {"sitting": self._sitting_days, "breaks": self._breaks_days, "targets": self._target_names}
        labels = list(axis[chart].categories())
        return labels[::-1] if chart == "targets" else labels
