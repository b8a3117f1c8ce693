"""The Progress window's four charts: made, filled from the presenter, styled from the palette,
and read back.

Imported by the window only when it makes its charts (right after its first paint), so that the
window's first frame does not import Qt Charts.

Switching weeks only swaps numbers: the charts, axes and series are built once and their data is
replaced in place, so paging through weeks does not rebuild any widget.

Colours follow the system palette: the chart background and text take the window's colours and
the series colours (``chart_colours``: apart for colour-blind eyes) switch to a lighter or darker
set on a dark or light palette; the reminders put off are hatched.

The self-check chart draws the scores (S1–S6, 0–2) of the last six months, one line per item with
a point (a shape per item) on each self-check, drawn a little apart where scores are equal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QPointF, Qt
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desk_coach.ui.chart_colours import (
    HIGH_CONTRAST_SERIES_COLOURS,
    PUT_OFF,
    SERIES_COLOURS,
    screen_colour,
    screen_marker,
)
from desk_coach.ui.contrast import is_high_contrast, legible
from desk_coach.ui.progress_presenter import (
    BREAK_SERIES,
    EXERCISE,
    GOAL,
    LONGEST_BOUT,
    SITTING,
    ProgressPresenter,
    ScreenPage,
    WeekPage,
    axis_label_format,
    bar_label_format,
    bar_minutes,
    series_name,
)
from desk_coach.ui.window_role import announce_as
from desk_coach.wording.translate import translate

PLOT_MIN_CHARS = 36
"""The narrowest a chart's plot gets, in average characters: room for a week's day labels."""

MARKER_SIZE = 11.0
"""A self-check point's size, in pixels; a star's points are thin, so it is drawn larger."""
STAR_SIZE = 15.0

HATCH_SIZE = 8
"""The side of the hatching's tile, in pixels: one stripe across it."""

_EPOCH = datetime(1970, 1, 1)


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


def _msecs(at: datetime | date) -> float:
    """``at``'s wall-clock time as a chart x, in ms (the user's time then, whatever the zone now):
    counted as if on UTC, which the self-check chart's own ticks are too (a QDateTime in local time
    costs 40 µs a point)."""
    moment = at.replace(tzinfo=None) if isinstance(at, datetime) else datetime(at.year, at.month, at.day)
    return (moment - _EPOCH).total_seconds() * 1000


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


def _show_tip(on: bool, view: QChartView, text: Callable[[], str]) -> None:
    if on:
        QToolTip.showText(QCursor.pos(), text(), view)
    else:
        QToolTip.hideText()


def chart_description(lines: Iterable[str]) -> str:
    """A chart's figures as one text a screen reader reads: the lines as sentences, or a word that
    the chart draws nothing."""
    said = [part.strip().rstrip(".") + "." for line in lines for part in line.splitlines() if part.strip()]
    if not said:
        #: What a screen reader reads for a chart that draws nothing (no figures this week).
        return translate("Progress", "No figures to show.")
    return " ".join(said)


class ChartBox:
    """One chart with its view, built once and restyled from the palette. The view is a Tab stop:
    named by the chart's title, its data read out as its description (``tell``)."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setLocalizeNumbers(True)  # axis figures in the language's form ("2,5")
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        announce_as(QChartView, QAccessible.Role.Chart)  # "chart", not a bare "filler"
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.panes = (self.view, self.view.viewport())  # both Tab stops (the view's drawing area too)
        for pane in self.panes:
            pane.setAccessibleName(title)
        self.tell(())

    def tell(self, lines: Iterable[str]) -> None:
        """Give a screen reader the chart's figures: ``lines`` (the tooltips' words, one a bar or
        point) as the view's description, read when the chart gets the focus."""
        text = chart_description(lines)
        for pane in self.panes:
            if pane.accessibleDescription() != text:
                pane.setAccessibleDescription(text)

    @property
    def description(self) -> str:
        """What a screen reader reads after the chart's name: its figures."""
        return self.view.accessibleDescription()

    def fit_legend(self) -> None:
        """Room for every name of a legend under the chart, so none is cut short with "..." (Qt
        Charts elides what does not fit): the view is made at least as wide as the names in a row.
        A legend beside the plot is left to Qt Charts, which gives it what the plot can spare."""
        legend = self.chart.legend()
        metrics = QFontMetrics(legend.font())
        widths = [metrics.horizontalAdvance(m.label()) for m in legend.markers() if m.isVisible()]
        marker = 3 * metrics.height()  # the coloured square and the gaps around it, in text units
        plot = PLOT_MIN_CHARS * metrics.averageCharWidth()
        if legend.alignment() == Qt.AlignmentFlag.AlignBottom and legend.isVisible():
            self.view.setMinimumWidth(max(plot, sum(widths) + len(widths) * marker))


class ProgressCharts:
    """Sitting, breaks, exercise per target and the self-checks, drawn from ``presenter`` for
    ``window`` (whose locale they take, and whose direction they follow); the self-check chart at
    least ``screens_height`` high."""

    def __init__(self, presenter: ProgressPresenter, window: QWidget, *, screens_height: int) -> None:
        self.presenter = presenter
        self._screens_height = screens_height
        self._window = window
        # Charts do not mirror by themselves: in a right-to-left language the value axes stand on
        # the right, the legends on the left, and days and minutes run from right to left.
        self._rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._start = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        self._end = Qt.AlignmentFlag.AlignLeft if self._rtl else Qt.AlignmentFlag.AlignRight
        self._build_sitting_chart()
        self._build_breaks_chart()
        self._build_targets_chart()
        self._build_screens_chart()
        self._connect_tooltips()

    def boxes(self) -> tuple[ChartBox, ChartBox, ChartBox, ChartBox]:
        """The charts in the window's order: sitting, breaks, targets, self-checks."""
        return (self.sitting, self.breaks, self.targets, self.screens)

    def fit_legends(self) -> None:
        """Fit the legends under the charts (once their markers are laid out)."""
        for box in (self.sitting, self.breaks, self.screens):
            box.fit_legend()

    # -- construction ------------------------------------------------------------------------------

    def _build_sitting_chart(self) -> None:
        #: Title of the chart of minutes sat each day.
        box = self.sitting = ChartBox(translate("Progress", "Sitting per day (minutes)"))
        self.sitting_set = QBarSet(series_name(SITTING))
        self.bout_set = QBarSet(series_name(LONGEST_BOUT))
        self.sitting_series = QBarSeries()
        self.sitting_series.append(self.sitting_set)
        self.sitting_series.append(self.bout_set)
        self.goal_series = QLineSeries()
        self.goal_series.setName(series_name(GOAL))
        box.chart.addSeries(self.sitting_series)
        box.chart.addSeries(self.goal_series)
        self.sitting_days = QBarCategoryAxis()
        self.sitting_days.setTruncateLabels(False)  # a name is read whole or not at all
        self.sitting_minutes = QValueAxis()
        self.sitting_minutes.setLabelFormat("%.0f")
        self.sitting_days.setReverse(self._rtl)
        box.chart.addAxis(self.sitting_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self.sitting_minutes, self._start)
        for series in (self.sitting_series, self.goal_series):
            series.attachAxis(self.sitting_days)
            series.attachAxis(self.sitting_minutes)

    def _build_breaks_chart(self) -> None:
        #: Title of the chart of breaks each day, by what became of them.
        box = self.breaks = ChartBox(translate("Progress", "Breaks per day"))
        box.chart.legend().setAlignment(self._end)  # seven kinds: one a line, unclipped
        self.break_sets = {name: QBarSet(series_name(name)) for name, _ in BREAK_SERIES}
        self.breaks_series = QStackedBarSeries()
        for bar_set in self.break_sets.values():
            self.breaks_series.append(bar_set)
        box.chart.addSeries(self.breaks_series)
        self.breaks_days = QBarCategoryAxis()
        self.breaks_days.setTruncateLabels(False)  # a name is read whole or not at all
        self.breaks_count = QValueAxis()
        self.breaks_count.setLabelFormat("%.0f")
        self.breaks_days.setReverse(self._rtl)
        box.chart.addAxis(self.breaks_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self.breaks_count, self._start)
        self.breaks_series.attachAxis(self.breaks_days)
        self.breaks_series.attachAxis(self.breaks_count)

    def _build_targets_chart(self) -> None:
        #: Title of the chart of exercise minutes per body area this week.
        box = self.targets = ChartBox(translate("Progress", "Exercise minutes per target this week"))
        self.target_set = QBarSet(series_name(EXERCISE))
        self.targets_series = QHorizontalBarSeries()
        self.targets_series.append(self.target_set)
        self.targets_series.setLabelsVisible(True)
        self.targets_series.setLabelsFormat(bar_label_format())
        self.targets_series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        box.chart.addSeries(self.targets_series)
        self.target_names = QBarCategoryAxis()
        self.target_names.setTruncateLabels(False)  # a name is read whole or not at all
        self.target_minutes = QValueAxis()
        self.target_minutes.setLabelFormat("%.0f")
        box.chart.addAxis(self.target_names, self._start)
        self.target_minutes.setReverse(self._rtl)
        box.chart.addAxis(self.target_minutes, Qt.AlignmentFlag.AlignBottom)
        self.targets_series.attachAxis(self.target_names)
        self.targets_series.attachAxis(self.target_minutes)
        # No weekly goal is drawn on the bars: they count every minute of exercise, both sides, the
        # goal stretching on one side; the goal is in each bar's tooltip and in the tiles above.
        box.chart.legend().setVisible(False)  # the bars are named by the chart's title

    def _build_screens_chart(self) -> None:
        #: Title of the chart of self-check scores: each check scores 0 to 2, the lower side counts.
        box = self.screens = ChartBox(
            translate("Progress", "Self-check scores (lowest side, 0–2), last six months")
        )
        box.view.setMinimumHeight(self._screens_height)
        self.screen_page: ScreenPage | None = None
        self.screen_lines: dict[str, QLineSeries] = {}
        self.screen_marks: dict[str, QScatterSeries] = {}
        # Category axes put a tick and its label where they belong: at each month's start (or every
        # few days over a short span), and at the scores 0, 1 and 2 with the self-check's words.
        self.screen_dates = QCategoryAxis()
        self.screen_dates.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.screen_dates.setTruncateLabels(False)
        self.screen_scores = QCategoryAxis()
        self.screen_scores.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.screen_scores.setTruncateLabels(False)
        self.screen_scores.setRange(-0.4, 2.4)
        self.screen_scores.setStartValue(-0.4)
        for score, label in enumerate(self.presenter.score_labels):
            self.screen_scores.append(label, score)
        self.screen_dates.setReverse(self._rtl)
        box.chart.addAxis(self.screen_dates, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self.screen_scores, self._start)
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
                series.attachAxis(self.screen_dates)
                series.attachAxis(self.screen_scores)
            # One legend entry per item, showing its points' shape and colour.
            for marker in box.chart.legend().markers(line):
                marker.setVisible(False)
            for marker in box.chart.legend().markers(marks):
                marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
            marks.hovered.connect(
                lambda point, on, item=item: _show_tip(
                    on, self.screens.view, lambda: self.screen_tip(item, point)
                )
            )
            self.screen_lines[item] = line
            self.screen_marks[item] = marks

    # -- tooltips: the exact figure of the bar under the pointer ----------------------------------

    def _connect_tooltips(self) -> None:
        sitting_ids = {self.sitting_set: SITTING, self.bout_set: LONGEST_BOUT}
        break_ids = {bar_set: name for name, bar_set in self.break_sets.items()}
        self.sitting_series.hovered.connect(
            lambda on, index, bar_set: _show_tip(
                on, self.sitting.view, lambda: self.presenter.week.sitting_tip(sitting_ids[bar_set], index)
            )
        )
        self.breaks_series.hovered.connect(
            lambda on, index, bar_set: _show_tip(
                on, self.breaks.view, lambda: self.presenter.week.break_tip(break_ids[bar_set], index)
            )
        )
        # Horizontal bars run bottom-up; the presenter's targets top-down.
        self.targets_series.hovered.connect(
            lambda on, index, _set: _show_tip(
                on, self.targets.view,
                lambda: self.presenter.week.target_tip(len(self.presenter.week.targets) - 1 - index),
            )
        )

    def screen_tip(self, item_id: str, point: QPointF) -> str:
        """The tooltip of the self-check point of ``item_id`` at ``point`` (as drawn)."""
        page = self.screen_page
        points = self.screen_marks[item_id].points()
        if page is None or not points:
            return ""
        index = min(range(len(points)), key=lambda i: (points[i] - point).manhattanLength())
        return page.tip(item_id, index)

    # -- filling -----------------------------------------------------------------------------------

    def fill(self, week: WeekPage, targets_height: int) -> None:
        """Draw ``week``; the exercise chart ``targets_height`` high (a line per body area)."""
        self.fill_sitting(week)
        self._fill_breaks(week)
        self._fill_targets(week, targets_height)

    def _day_labels(self, days: tuple[date, ...]) -> list[str]:
        locale = self._window.locale()
        # Two lines (weekday over day of month) fit a narrow chart without being cut short.
        dates = [QDate(day.year, day.month, day.day) for day in days]
        return [f"{locale.toString(day, 'ddd')}<br>{locale.toString(day, 'd')}" for day in dates]

    def fill_sitting(self, week: WeekPage) -> None:
        """Draw ``week``'s sitting and the daily goal (which changes with the settings)."""
        _set_categories(self.sitting_days, self._day_labels(week.days))
        _fill_set(self.sitting_set, week.sitting)
        _fill_set(self.bout_set, week.bouts)
        goal = self.presenter.goal_line()
        self.goal_series.replace([QPointF(x, y) for x, y in goal])
        self.goal_series.setVisible(bool(goal))
        self.goal_series.setName(self.presenter.goal_name)
        self.sitting.fit_legend()
        self.sitting_minutes.setRange(0, self.presenter.sitting_top)
        self.sitting_minutes.applyNiceNumbers()
        lines = [self.presenter.goal_name] if goal else []
        self.sitting.tell([*lines, *week.sitting_summary()])

    def _fill_breaks(self, week: WeekPage) -> None:
        _set_categories(self.breaks_days, self._day_labels(week.days))
        for name, values in week.breaks:
            _fill_set(self.break_sets[name], values)
        self.breaks_count.setRange(0, week.breaks_top)
        self.breaks_count.applyNiceNumbers()
        self.breaks.tell(week.break_summary())

    def _fill_targets(self, week: WeekPage, height: int) -> None:
        # Horizontal bars run bottom-up; reversed so the first target reads at the top.
        pairs = week.targets[::-1]
        _set_categories(self.target_names, [name for name, _ in pairs])
        # Room for every body area's name on its own line (Qt Charts hides names that overlap),
        # and for the title, the value axis and the goal's legend.
        self.targets.view.setMinimumHeight(height)
        _fill_set(self.target_set, [bar_minutes(value) for _, value in pairs])  # as the labels read
        self.target_minutes.setRange(0, week.targets_top)
        self.target_minutes.applyNiceNumbers()
        axis = self.target_minutes
        axis.setLabelFormat(axis_label_format(axis.min(), axis.max(), axis.tickCount()))
        self.targets.tell(week.target_summary())

    def draw_screens(self, page: ScreenPage) -> None:
        """Draw the self-checks of ``page``; the chart is hidden when there are none."""
        self.screen_page = page
        for item, _ in self.presenter.screen_legend:
            lift = page.offset(item)
            xy = [QPointF(_msecs(at), score + lift) for at, score in page.points.get(item, [])]
            self.screen_lines[item].replace(xy)
            self.screen_marks[item].replace(xy)
        axis = self.screen_dates
        for label in axis.categoriesLabels():
            axis.remove(label)
        start, end = _msecs(page.start), _msecs(page.end)
        axis.setStartValue(start)
        for day in page.ticks:
            axis.append(page.tick_label(day), _msecs(day))
        axis.setRange(start, end)
        self.screens.view.setHidden(page.empty)
        self.screens.tell(page.summary())

    # -- palette -----------------------------------------------------------------------------------

    def style(self, palette: QPalette, font: QFont, *, dark: bool) -> None:
        """Take the window's colours and font; the series' colours from the light or dark set."""
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        strong = is_high_contrast(palette)  # a contrast theme: every mark stands out by 7:1
        grid = QColor(text)
        grid.setAlpha(45)
        axis_line = QColor(text)
        axis_line.setAlpha(255 if strong else 110)
        title_font = QFont(font)
        title_font.setBold(True)
        label_font = QFont(font)

        def shown(colour: str) -> QColor:
            return legible(QColor(colour), background) if strong else QColor(colour)

        def colour(name: str) -> QColor:
            return shown((HIGH_CONTRAST_SERIES_COLOURS if strong else SERIES_COLOURS)[name].on(dark))

        for box in self.boxes():
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
            box.fit_legend()
            for axis in chart.axes():
                axis.setLabelsBrush(QBrush(text))
                axis.setLabelsFont(label_font)
                axis.setGridLineColor(grid)
                axis.setLinePenColor(axis_line)
                axis.setShadesVisible(False)
            box.view.setBackgroundBrush(QBrush(background))

        for series, bar_set in self.bar_sets().items():
            fill = colour(series)
            bar_set.setColor(fill)
            if series in PUT_OFF:  # reminders put off, apart from the breaks made by texture too
                bar_set.setBrush(hatched(fill, background))
            bar_set.setBorderColor(fill)
            bar_set.setLabelColor(text)
        pen = QPen(colour(GOAL))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.goal_series.setPen(pen)
        for marker in self.sitting.chart.legend().markers(self.goal_series):  # a line, not a bar
            marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        for number, (item, _) in enumerate(self.presenter.screen_legend):
            line_colour = shown(screen_colour(number, high_contrast=strong).on(dark))
            line_pen = QPen(line_colour)
            line_pen.setWidthF(2.0)
            self.screen_lines[item].setPen(line_pen)
            marks = self.screen_marks[item]
            marks.setColor(line_colour)
            marks.setBorderColor(background)

    # -- what the charts show, read back from them ------------------------------------------------

    def series_values(self, name: str) -> list[float]:
        """The numbers a chart shows for the series or bar set called ``name``."""
        if name == GOAL:
            return [point.y() for point in self.goal_series.points()]
        if name == EXERCISE:  # drawn bottom-up; read back top-down, as the user reads it
            return [self.target_set.at(i) for i in reversed(range(self.target_set.count()))]
        bar_set = self.bar_sets().get(name)
        if bar_set is None:
            raise KeyError(f"no chart series called {name!r}")
        return [bar_set.at(i) for i in range(bar_set.count())]

    def bar_sets(self) -> dict[str, QBarSet]:
        """Every bar set by its series id (its label is the legend's text, in the user's language)."""
        return {SITTING: self.sitting_set, LONGEST_BOUT: self.bout_set, EXERCISE: self.target_set,
                **self.break_sets}

    def screen_points(self, item_id: str) -> list[tuple[float, float]]:
        """The points of the self-check line of ``item_id``: (x in ms, score), the score read back
        from where the line is drawn (a little above or below it, see ``ScreenPage.offset``)."""
        lift = self.screen_page.offset(item_id) if self.screen_page is not None else 0.0
        return [(point.x(), round(point.y() - lift, 6)) for point in self.screen_lines[item_id].points()]

    def screen_pixels(self, item_id: str) -> list[tuple[int, int]]:
        """Where the self-check points of ``item_id`` are on the chart, in whole pixels."""
        marks = self.screen_marks[item_id]
        chart = self.screens.chart
        return [(round(p.x()), round(p.y())) for p in (chart.mapToPosition(q, marks) for q in marks.points())]

    def category_labels(self, chart: str) -> list[str]:
        """The category axis labels of ``"sitting"``, ``"breaks"`` or ``"targets"``."""
        axis = {"sitting": self.sitting_days, "breaks": self.breaks_days, "targets": self.target_names}
        labels = list(axis[chart].categories())
        return labels[::-1] if chart == "targets" else labels
