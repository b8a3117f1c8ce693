"""The Progress window: one week of sitting, breaks and exercise, drawn with QtCharts.

The window shows a single ISO week at a time. ``load_week`` is handed any day of the wanted
week and returns that week's :class:`~desk_coach.domain.weekly.WeekStats`; Previous / Next /
This week move the anchor day by a week or back to today.

Switching weeks only swaps numbers: the charts, axes and series are built once and their data
is replaced in place, so paging through weeks does not rebuild any widget.

Colours follow the system palette: the chart background and text take the window's colours
and the series colours switch to a darker or lighter set on a dark or light palette.

Below the week, a line chart shows the self-check scores (S1–S6, 0–2) of the last six months,
one line per item with a point on each re-check date, and a line under the summary tells the
current streak of days with a break. Both are fed by optional loaders and left out without them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.records import ScreenRecord
from desk_coach.domain.weekly import BREAK_KINDS, DayStats, WeekStats, break_streak, week_days
from desk_coach.ui.close_keys import close_on_keys

EMPTY_TEXT = "No sitting recorded this week yet — the charts fill in as you work."

SCREEN_EMPTY_TEXT = (
    "No self-check yet — take one from the tray menu (Self-check…) and your scores show here."
)
SCREEN_DAYS = 183
"""How far back the self-check chart reaches: about six months."""

# The screen items as the self-check names them, for the legend.
SCREEN_NAMES = {
    "S1": "S1 front of hip",
    "S2": "S2 wall angel",
    "S3": "S3 wall head",
    "S4": "S4 single-leg bridge",
    "S5": "S5 toe touch",
    "S6": "S6 neck hold",
}
SCREEN_COLOURS: dict[str, tuple[str, str]] = {
    "S1": ("#0072B2", "#56B4E9"),
    "S2": ("#E69F00", "#F0C04A"),
    "S3": ("#009E73", "#3CCB9B"),
    "S4": ("#CC79A7", "#E3A5CB"),
    "S5": ("#D55E00", "#FF8A4C"),
    "S6": ("#555555", "#D0D0D0"),
}
SCREEN_ITEMS = tuple(SCREEN_NAMES)

# Series names: what the legends show and what series_values() takes.
SITTING = "Sitting"
LONGEST_BOUT = "Longest bout"
GOAL = "Daily goal"
TAKEN = "Taken"
PARTIAL = "Ended early"
NATURAL = "Natural"
SNOOZED = "Snoozed"
DISMISSED = "Closed unanswered"
SKIPPED = "Skipped"
QUIET_DELAYED = "Delayed by quiet time"
EXERCISE = "Exercise minutes"

# The legend name of each break kind WeekStats counts; stacked bottom-up in BREAK_KINDS order.
BREAK_NAMES = {
    "taken": TAKEN,
    "partial": PARTIAL,
    "natural": NATURAL,
    "snoozed": SNOOZED,
    "dismissed": DISMISSED,
    "skipped": SKIPPED,
    "quiet_delayed": QUIET_DELAYED,
}
BREAK_SERIES: tuple[tuple[str, str], ...] = tuple((BREAK_NAMES[kind], kind) for kind in BREAK_KINDS)

# (light palette, dark palette) colours, from the Okabe–Ito colour-blind-safe set.
COLOURS: dict[str, tuple[str, str]] = {
    SITTING: ("#0072B2", "#56B4E9"),
    LONGEST_BOUT: ("#E69F00", "#F0C04A"),
    GOAL: ("#C0392B", "#FF7B6B"),
    TAKEN: ("#009E73", "#3CCB9B"),
    PARTIAL: ("#7FBFA5", "#A8DCC6"),
    NATURAL: ("#56B4E9", "#7FC8F0"),
    SNOOZED: ("#E69F00", "#F0C04A"),
    DISMISSED: ("#CC79A7", "#E3A6C8"),
    SKIPPED: ("#D55E00", "#FF8A4C"),
    QUIET_DELAYED: ("#8E7CC3", "#B3A4E0"),
    EXERCISE: ("#009E73", "#3CCB9B"),
}


# -- reading WeekStats ----------------------------------------------------------------------------


def _break_count(day: DayStats, kind: str) -> float:
    return float(day.breaks.get(kind, 0))


def _target_minutes(stats: WeekStats) -> list[tuple[str, float]]:
    """Every target, in the library's order, with this week's minutes (0 when not worked).

    Listing all of them keeps the axis the same from week to week and shows what was left out.
    """
    minutes = stats.exercise_minutes
    return [(_target_name(target), float(minutes.get(target, 0.0))) for target in Target]


def _target_name(target: Target) -> str:
    text = target.value.replace("_", " ")
    return text[:1].upper() + text[1:]


def _is_empty(stats: WeekStats) -> bool:
    breaks = sum(stats.breaks.values())
    return stats.sitting_minutes == 0 and breaks == 0 and not stats.exercise_minutes


# -- helpers ---------------------------------------------------------------------------------------


def _nice_ceiling(value: float) -> float:
    """A round upper bound for an axis that shows ``value`` with a little headroom."""
    if value <= 0:
        return 10.0
    value *= 1.08
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)


def _fill_set(bar_set: QBarSet, values: Iterable[float]) -> None:
    """Put ``values`` into ``bar_set`` in place (same length: replace; otherwise refill)."""
    values = list(values)
    if bar_set.count() == len(values):
        for index, value in enumerate(values):
            bar_set.replace(index, value)
    else:
        bar_set.remove(0, bar_set.count())
        bar_set.append(values)


def _sets(value: float) -> str:
    """Sets as the user counts them: whole when whole, else to one decimal (half-done sets)."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _msecs(at: datetime) -> float:
    """``at``'s wall-clock time as a chart x (the user's time then, whatever the zone now)."""
    moment = QDateTime(_qdate(at.date()), QTime(at.hour, at.minute, at.second))
    return float(moment.toMSecsSinceEpoch())


def lowest_scores(screen: ScreenRecord) -> dict[str, int]:
    """Each scored item of ``screen`` with its lowest side score (unscored sides left out)."""
    lowest: dict[str, int] = {}
    for item_id, _side, score, _pain in screen.scores:
        if score is not None:
            lowest[item_id] = min(score, lowest.get(item_id, score))
    return lowest


class _ChartBox:
    """One chart with its view, built once and restyled from the palette."""

    def __init__(self, title: str) -> None:
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


class ProgressWindow(QWidget):
    """A week of progress: summary lines, three charts and week navigation."""

    def __init__(
        self,
        load_week: Callable[[date], WeekStats],
        today: date,
        first_weekday: int = 0,
        goal_minutes: float = 0.0,
        parent: QWidget | None = None,
        load_screens: Callable[[date, date], list[ScreenRecord]] | None = None,
        load_break_days: Callable[[date], list[date]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Progress")
        self._load_week = load_week
        self._today = today
        # load_week hands back ISO weeks (Monday first), so the days are drawn in that order;
        # the user's first weekday is kept for when weeks may start elsewhere.
        self._first_weekday = first_weekday % 7
        self._goal = float(goal_minutes)
        self._anchor = today
        self._stats: WeekStats | None = None
        self._styling = False
        self._load_screens = load_screens
        self._load_break_days = load_break_days
        self._screen_points: dict[str, list[tuple[datetime, float]]] = {item: [] for item in SCREEN_ITEMS}

        # Navigation row.
        self.previous_button = QPushButton("◀ &Previous")
        self.previous_button.setToolTip("Show the week before")
        self.next_button = QPushButton("&Next ▶")
        self.next_button.setToolTip("Show the week after")
        self.this_week_button = QPushButton("&This week")
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.heading, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.this_week_button)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.streak_label = QLabel()
        self.streak_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.streak_label.setHidden(load_break_days is None)

        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(24, 72, 24, 24)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        empty_font = QFont(self.empty_label.font())
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.15)
        self.empty_label.setFont(empty_font)

        self._build_sitting_chart()
        self._build_breaks_chart()
        self._build_targets_chart()
        self._build_screens_chart()

        self.balance_label = QLabel()
        self.balance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.charts = QWidget()
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._sitting.view, 0, 0)
        grid.addWidget(self._breaks.view, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)  # room for the breaks' legend beside the bars
        targets_column = QVBoxLayout()
        targets_column.addWidget(self._targets.view, 1)
        targets_column.addWidget(self.balance_label)
        grid.addLayout(targets_column, 1, 0, 1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.empty_label, 1)  # takes the charts' room when it stands in for them
        layout.addWidget(self.charts, 2)
        layout.addWidget(self.screens_box, 1)

        self.previous_button.clicked.connect(self.show_previous_week)
        self.next_button.clicked.connect(self.show_next_week)
        self.this_week_button.clicked.connect(self.show_this_week)
        self._close_shortcut = close_on_keys(self)  # Escape, Ctrl+W

        self.resize(980, 760 if load_screens is None else 960)
        self._apply_palette()
        self._show_week(today)
        self._show_screens()
        self._show_streak()

    # -- chart construction ------------------------------------------------------------------------

    def _build_sitting_chart(self) -> None:
        box = self._sitting = _ChartBox("Sitting per day (minutes)")
        self._sitting_set = QBarSet(SITTING)
        self._bout_set = QBarSet(LONGEST_BOUT)
        self._sitting_series = QBarSeries()
        self._sitting_series.append(self._sitting_set)
        self._sitting_series.append(self._bout_set)
        self._goal_series = QLineSeries()
        self._goal_series.setName(GOAL)
        box.chart.addSeries(self._sitting_series)
        box.chart.addSeries(self._goal_series)
        self._sitting_days = QBarCategoryAxis()
        self._sitting_minutes = QValueAxis()
        self._sitting_minutes.setLabelFormat("%d")
        box.chart.addAxis(self._sitting_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._sitting_minutes, Qt.AlignmentFlag.AlignLeft)
        for series in (self._sitting_series, self._goal_series):
            series.attachAxis(self._sitting_days)
            series.attachAxis(self._sitting_minutes)

    def _build_breaks_chart(self) -> None:
        box = self._breaks = _ChartBox("Breaks per day")
        box.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # seven kinds: one a line, unclipped
        self._break_sets = {name: QBarSet(name) for name, _ in BREAK_SERIES}
        self._breaks_series = QStackedBarSeries()
        for bar_set in self._break_sets.values():
            self._breaks_series.append(bar_set)
        box.chart.addSeries(self._breaks_series)
        self._breaks_days = QBarCategoryAxis()
        self._breaks_count = QValueAxis()
        self._breaks_count.setLabelFormat("%d")
        box.chart.addAxis(self._breaks_days, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._breaks_count, Qt.AlignmentFlag.AlignLeft)
        self._breaks_series.attachAxis(self._breaks_days)
        self._breaks_series.attachAxis(self._breaks_count)

    def _build_targets_chart(self) -> None:
        box = self._targets = _ChartBox("Exercise minutes per target this week")
        self._target_set = QBarSet(EXERCISE)
        self._targets_series = QHorizontalBarSeries()
        self._targets_series.append(self._target_set)
        self._targets_series.setLabelsVisible(True)
        self._targets_series.setLabelsFormat("@value")
        self._targets_series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        box.chart.addSeries(self._targets_series)
        box.chart.legend().hide()
        self._target_names = QBarCategoryAxis()
        self._target_minutes = QValueAxis()
        self._target_minutes.setLabelFormat("%d")
        box.chart.addAxis(self._target_names, Qt.AlignmentFlag.AlignLeft)
        box.chart.addAxis(self._target_minutes, Qt.AlignmentFlag.AlignBottom)
        self._targets_series.attachAxis(self._target_names)
        self._targets_series.attachAxis(self._target_minutes)

    def _build_screens_chart(self) -> None:
        box = self._screens = _ChartBox("Self-check scores (lowest side, 0–2), last six months")
        self._screen_lines: dict[str, QLineSeries] = {}
        self._screen_marks: dict[str, QScatterSeries] = {}
        self._screen_dates = QDateTimeAxis()
        self._screen_dates.setFormat("d MMM")
        self._screen_scores = QValueAxis()
        self._screen_scores.setRange(-0.2, 2.2)
        self._screen_scores.setTickType(QValueAxis.TickType.TicksDynamic)
        self._screen_scores.setTickAnchor(0)
        self._screen_scores.setTickInterval(1)
        self._screen_scores.setLabelFormat("%d")
        box.chart.addAxis(self._screen_dates, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(self._screen_scores, Qt.AlignmentFlag.AlignLeft)
        box.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        for item in SCREEN_ITEMS:
            line = QLineSeries()
            line.setName(SCREEN_NAMES.get(item, item))
            marks = QScatterSeries()
            marks.setName(f"{item} re-checks")
            marks.setMarkerSize(9.0)
            for series in (line, marks):
                box.chart.addSeries(series)
                series.attachAxis(self._screen_dates)
                series.attachAxis(self._screen_scores)
            # One legend entry per item: the points belong to the line's entry.
            for marker in box.chart.legend().markers(marks):
                marker.setVisible(False)
            self._screen_lines[item] = line
            self._screen_marks[item] = marks

        self.screens_empty_label = QLabel(SCREEN_EMPTY_TEXT)
        self.screens_empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screens_empty_label.setWordWrap(True)
        self.screens_empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.screens_box = QWidget()
        column = QVBoxLayout(self.screens_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(box.view, 1)
        column.addWidget(self.screens_empty_label)
        self.screens_box.setHidden(self._load_screens is None)

    # -- navigation --------------------------------------------------------------------------------

    def show_previous_week(self) -> None:
        self._show_week(self._anchor - timedelta(days=7))

    def show_next_week(self) -> None:
        self._show_week(self._anchor + timedelta(days=7))

    def show_this_week(self) -> None:
        self._show_week(self._today)

    def set_today(self, today: date) -> None:
        """Tell the window the day changed (it keeps the week it shows)."""
        self._today = today
        self._update_buttons()

    def refresh(self) -> None:
        """Load the shown week, the self-checks and the streak again (after new history)."""
        self._show_week(self._anchor)
        self._show_screens()
        self._show_streak()

    def _week_start(self, day: date) -> date:
        """The first day (``first_weekday``) of the week holding ``day``, as load_week counts weeks."""
        return week_days(day, self._first_weekday)[0]

    def _show_week(self, anchor: date) -> None:
        self._anchor = anchor
        stats = self._load_week(anchor)
        self._stats = stats
        days = list(stats.days)
        self._fill_heading(stats, days)
        self.summary_label.setText("\n".join(stats.summary_lines()))
        empty = _is_empty(stats)
        # Three lines of zeros say no more than the empty-state sentence does.
        self.summary_label.setHidden(empty)
        self.empty_label.setHidden(not empty)
        self.charts.setHidden(empty)
        self._fill_sitting(days)
        self._fill_breaks(days)
        self._fill_targets(stats)
        self._update_buttons()

    def _show_screens(self) -> None:
        """Load the last six months of self-checks and draw one line per item."""
        if self._load_screens is None:
            return
        start = self._today - timedelta(days=SCREEN_DAYS)
        screens = sorted(self._load_screens(start, self._today), key=lambda s: s.taken_at)
        points: dict[str, list[tuple[datetime, float]]] = {item: [] for item in SCREEN_ITEMS}
        for screen in screens:
            for item, score in lowest_scores(screen).items():
                points.setdefault(item, []).append((screen.taken_at, float(score)))
        self._screen_points = points
        for item in SCREEN_ITEMS:
            xy = [QPointF(_msecs(at), score) for at, score in points[item]]
            self._screen_lines[item].replace(xy)
            self._screen_marks[item].replace(xy)
        end = self._today + timedelta(days=1)
        midnight = QTime(0, 0)
        self._screen_dates.setRange(QDateTime(_qdate(start), midnight), QDateTime(_qdate(end), midnight))
        self._screen_dates.setTickCount(7)
        empty = not any(points.values())
        self._screens.view.setHidden(empty)
        self.screens_empty_label.setHidden(not empty)

    def _show_streak(self) -> None:
        if self._load_break_days is None:
            return
        streak = break_streak(self._load_break_days(self._today), self._today)
        if streak == 0:
            text = "Streak: none yet — take a break today to start one."
        else:
            days = "day" if streak == 1 else "days in a row"
            text = f"Streak: {streak} {days} with at least one break taken."
        self.streak_label.setText(text)

    def _update_buttons(self) -> None:
        this_week = self._week_start(self._anchor) == self._week_start(self._today)
        self.this_week_button.setEnabled(not this_week)
        # The future holds no history: stop at the current week.
        self.next_button.setEnabled(self._week_start(self._anchor) < self._week_start(self._today))

    # -- filling the charts ------------------------------------------------------------------------

    def _day_labels(self, days: list[DayStats]) -> list[str]:
        locale = self.locale()
        # Two lines (weekday over day of month) fit a narrow chart without being cut short.
        return [locale.toString(_qdate(day.day), "ddd") + "<br>" + locale.toString(_qdate(day.day), "d")
                for day in days]

    def _fill_heading(self, stats: WeekStats, days: list[DayStats]) -> None:
        locale = self.locale()
        # The locale's long date without its weekday: "23 November 2026", "November 23, 2026"...
        pattern = re.sub(r"\s*dddd[,.\s]*", " ", locale.dateFormat(locale.FormatType.LongFormat)).strip(" ,")
        ends = (days[0], days[-1]) if days else ()
        span = " – ".join(locale.toString(_qdate(d.day), pattern) for d in ends)
        week = stats.week.partition("-W")[2].lstrip("0") or stats.week
        self.heading.setText(f"Week {week} · {span}" if span else f"Week {week}")

    def set_goal_minutes(self, goal_minutes: float) -> None:
        """Draw a new daily sitting goal (after the settings changed)."""
        self._goal = float(goal_minutes)
        if self._stats is not None:
            self._fill_sitting(list(self._stats.days))

    def _fill_sitting(self, days: list[DayStats]) -> None:
        labels = self._day_labels(days)
        if self._sitting_days.categories() != labels:
            self._sitting_days.setCategories(labels)
        sitting = [float(d.sitting_minutes) for d in days]
        bouts = [float(d.longest_bout_minutes) for d in days]
        _fill_set(self._sitting_set, sitting)
        _fill_set(self._bout_set, bouts)
        # The goal spans the whole plot: category i sits at x = i, each slot is one wide.
        if self._goal > 0:
            self._goal_series.replace([QPointF(-0.5, self._goal), QPointF(len(days) - 0.5, self._goal)])
        else:
            self._goal_series.clear()
        self._goal_series.setVisible(self._goal > 0)
        self._goal_series.setName(f"{GOAL} ({self._goal:.0f} min)")
        self._sitting_minutes.setRange(0, _nice_ceiling(max([*sitting, *bouts, self._goal, 0.0])))
        self._sitting_minutes.applyNiceNumbers()

    def _fill_breaks(self, days: list[DayStats]) -> None:
        labels = self._day_labels(days)
        if self._breaks_days.categories() != labels:
            self._breaks_days.setCategories(labels)
        totals = [0.0] * len(days)
        for name, kind in BREAK_SERIES:
            values = [_break_count(d, kind) for d in days]
            _fill_set(self._break_sets[name], values)
            totals = [a + b for a, b in zip(totals, values, strict=True)]
        top = max(totals, default=0.0)
        self._breaks_count.setRange(0, max(4.0, float(math.ceil(top * 1.1))))
        self._breaks_count.applyNiceNumbers()

    def _fill_targets(self, stats: WeekStats) -> None:
        pairs = _target_minutes(stats)
        # Horizontal bars run bottom-up; reverse so the first target reads at the top.
        pairs.reverse()
        names = [name for name, _ in pairs]
        if self._target_names.categories() != names:
            self._target_names.setCategories(names)
        values = [value for _, value in pairs]
        _fill_set(self._target_set, values)
        self._target_minutes.setRange(0, _nice_ceiling(max(values, default=0.0)))
        self._target_minutes.applyNiceNumbers()
        pull, push = _sets(stats.pull_sets), _sets(stats.push_sets)
        self.balance_label.setText(f"Pull : push sets this week — {pull} : {push}")

    # -- palette -----------------------------------------------------------------------------------

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
        if self._styling:
            return
        self._styling = True
        try:
            self._style_charts()
        finally:
            self._styling = False

    def _style_charts(self) -> None:
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
            return QColor(COLOURS[name][1 if dark else 0])

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
            for axis in chart.axes():
                axis.setLabelsBrush(QBrush(text))
                axis.setLabelsFont(label_font)
                axis.setGridLineColor(grid)
                axis.setLinePenColor(axis_line)
                axis.setShadesVisible(False)
            box.view.setBackgroundBrush(QBrush(background))

        for bar_set in (self._sitting_set, self._bout_set, self._target_set, *self._break_sets.values()):
            fill = colour(bar_set.label())
            bar_set.setColor(fill)
            bar_set.setBorderColor(fill)
            bar_set.setLabelColor(text)
        pen = QPen(colour(GOAL))
        pen.setWidthF(2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        self._goal_series.setPen(pen)
        for item in SCREEN_ITEMS:
            line_colour = QColor(SCREEN_COLOURS.get(item, ("#888888", "#BBBBBB"))[1 if dark else 0])
            line_pen = QPen(line_colour)
            line_pen.setWidthF(2.0)
            self._screen_lines[item].setPen(line_pen)
            marks = self._screen_marks[item]
            marks.setColor(line_colour)
            marks.setBorderColor(background)

    # -- for tests ---------------------------------------------------------------------------------

    def week_label(self) -> str:
        """The ISO week label of the week shown, e.g. ``2026-W48``."""
        return self._stats.week if self._stats is not None else ""

    def heading_text(self) -> str:
        return self.heading.text()

    def is_empty_state_shown(self) -> bool:
        return not self.empty_label.isHidden()

    def series_values(self, name: str) -> list[float]:
        """The numbers a chart shows for the series or bar set called ``name``."""
        if name == GOAL:
            return [point.y() for point in self._goal_series.points()]
        if name == EXERCISE:  # drawn bottom-up; read back top-down, as the user reads it
            return [self._target_set.at(i) for i in reversed(range(self._target_set.count()))]
        sets = [self._sitting_set, self._bout_set, self._target_set, *self._break_sets.values()]
        for bar_set in sets:
            if bar_set.label() == name:
                return [bar_set.at(i) for i in range(bar_set.count())]
        raise KeyError(f"no chart series called {name!r}")

    def screen_series(self, item_id: str) -> list[tuple[date, float]]:
        """The self-check line of ``item_id`` ("S1".."S6"): (date, lowest side score), oldest first."""
        return [(at.date(), score) for at, score in self._screen_points.get(item_id, [])]

    def streak_text(self) -> str:
        return self.streak_label.text()

    def category_labels(self, chart: str) -> list[str]:
        """The category axis labels of ``"sitting"``, ``"breaks"`` or ``"targets"``."""
        axis = {"sitting": self._sitting_days, "breaks": self._breaks_days, "targets": self._target_names}
        labels = list(axis[chart].categories())
        return labels[::-1] if chart == "targets" else labels
