"""The Progress window: one week of sitting, breaks and exercise, in four charts.

A view over :class:`~desk_coach.ui.progress_presenter.ProgressPresenter`, which decides what
the week shows and where Previous / Next / This week go; this module lays out the window (the
week's navigation, the coach's summary, the tiles, the room for the charts), and the charts
themselves are :class:`~desk_coach.ui.progress_charts.ProgressCharts`.

Below the week, a chart shows the self-check scores of the last six months, and a line under the
summary tells the current streak of days with a break. Both are fed by optional loaders and left
out without them.

The window shows its top first and makes the charts right after that first paint, in blanks of
their size: importing Qt Charts and making and painting the charts was most of the first opening.
``charts()`` gives the charts, making them first if they are still to be made, so paging or
reading a figure back before then is safe.

The window opens at most 90 % of its screen's available area (``fit_to_screen``); below the week's
navigation everything scrolls, so a small or 2x-scaled screen shows it all, one scroll away.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHideEvent,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_coach.ui.close_keys import close_on_keys
from desk_coach.ui.fit_to_screen import fit_to_screen
from desk_coach.ui.glance_tiles import GlanceTiles
from desk_coach.ui.progress_presenter import (
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
    WeekPage,
    empty_text,
    screen_empty_text,
)
from desk_coach.ui.window_role import announce_as_window
from desk_coach.wording.translate import translate

if TYPE_CHECKING:  # imported when the charts are made, after the window's first paint
    from desk_coach.ui.progress_charts import ProgressCharts

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

def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _without_weekday(pattern: str) -> str:
    return re.sub(r"\s*dddd[,.\s]*", " ", pattern).strip(" ,")


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

LIVE_REFRESH_MS = 60_000
"""How often the open window reads today's figures again: the tray counts sitting in minutes too."""


class ProgressWindow(QWidget):
    """A week of progress: summary lines, three charts and week navigation, drawn from
    ``presenter``."""

    charts_built = Signal()
    """The charts were made (right after the first paint, or when first asked for)."""

    def __init__(self, presenter: ProgressPresenter, parent: QWidget | None = None) -> None:
        announce_as_window(ProgressWindow)  # a window to a screen reader, not a "filler"
        super().__init__(parent)
        #: The Progress window's title.
        self.setWindowTitle(translate("Progress", "Progress"))
        self.presenter = presenter
        self._styling = False
        self._build_navigation()
        self._build_labels()
        self._lay_out()
        self._charts: ProgressCharts | None = None  # see build_charts: made after the first paint
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
        if self._charts is None and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self, self.build_charts)

    def charts_pending(self) -> bool:
        """Whether the charts are still to be made (the window shows its top first)."""
        return self._charts is None

    def charts(self) -> ProgressCharts:
        """The charts, made now if they are still to be made."""
        if self._charts is None:
            self.build_charts()
        assert self._charts is not None
        return self._charts

    def build_charts(self) -> None:
        """Make the charts and draw the shown week in them; nothing if they are made already.

        The first opening shows the window's top (the week's navigation, the coach's summary, the
        tiles) at once, and makes the charts right after that first paint, in the room kept for
        them (so nothing below moves): importing Qt Charts and making and painting four charts is
        most of what the first opening costs (60 ms of 80). Anything that reads a chart before
        then asks for them through ``charts()``, which makes them first, so paging, closing or a
        test asking for a chart's figures before they are made is safe."""
        if self._charts is not None:
            return
        from desk_coach.ui.progress_charts import ProgressCharts  # Qt Charts: not in the first frame

        least = self.natural_size().width()
        charts = self._charts = ProgressCharts(self.presenter, self, screens_height=SCREENS_HEIGHT)
        layouts = (self._charts_grid, self._charts_grid, self._charts_grid, self._screens_column)
        for slot, box, layout in zip(self._chart_slots, charts.boxes(), layouts, strict=True):
            layout.replaceWidget(slot, box.view)  # in the blank's place, at its size
            box.view.setVisible(not slot.isHidden())  # now, not at the layout's next turn
            slot.deleteLater()
        self._chart_slots.clear()
        self._apply_palette()
        charts.fill(self.presenter.week, self._targets_height(len(self.presenter.week.targets)))
        self._draw_screens()
        if self.isVisible():
            charts.fit_legends()
            if self.natural_size().width() > least:  # a legend wider than the window's top needs
                self._place()
        self.charts_built.emit()

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
        self.chart_area = QWidget()
        grid = self._charts_grid = QGridLayout(self.chart_area)
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
        #: What a screen reader says for the scrolling part of Progress (under the week's buttons).
        self.scroll_area.setAccessibleName(translate("Progress", "The week's figures and charts"))
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
        layout.addWidget(self.chart_area, 2)
        layout.addWidget(self.screens_box, 1)

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
        elif self._charts is not None:
            self._charts.fill_sitting(self.presenter.week)

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
        self.chart_area.setHidden(week.empty)
        self.balance_label.setText(week.balance_text)
        if self._charts is None:  # build_charts draws the week shown then
            self._chart_slots[2].setMinimumHeight(self._targets_height(len(week.targets)))
        else:
            self._charts.fill(week, self._targets_height(len(week.targets)))
        self._update_buttons()

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
        if self._charts is None:  # build_charts draws them
            return
        page = self.presenter.screens()
        if page is None:
            return
        self._charts.draw_screens(page)
        self.screens_empty_label.setHidden(not page.empty)

    def screen_tip(self, item_id: str, point: QPointF) -> str:
        """The tooltip of the self-check point of ``item_id`` at ``point`` (as drawn)."""
        return self.charts().screen_tip(item_id, point)

    def _draw_streak(self) -> None:
        text = self.presenter.streak()
        if text is not None:
            self.streak_label.setText(text)

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
        if self._charts is not None:
            self._charts.fit_legends()
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
        # A palette may change in QWidget's own __init__, before there is a self._charts at all.
        charts = self.__dict__.get("_charts")
        if self._styling or charts is None:  # build_charts styles them
            return
        self._styling = True
        try:
            charts.style(self.palette(), self.font(), dark=self.is_dark())
        finally:
            self._styling = False

    # -- what the charts show, read back from them ------------------------------------------------

    def week_label(self) -> str:
        """The label of the week shown, e.g. ``2026-W48``."""
        return self.presenter.week.label

    def series_values(self, name: str) -> list[float]:
        """The numbers a chart shows for the series or bar set called ``name``."""
        return self.charts().series_values(name)

    def screen_points(self, item_id: str) -> list[tuple[float, float]]:
        """The points of the self-check line of ``item_id``: (x in ms, score as recorded)."""
        return self.charts().screen_points(item_id)

    def screen_pixels(self, item_id: str) -> list[tuple[int, int]]:
        """Where the self-check points of ``item_id`` are on the chart, in whole pixels."""
        return self.charts().screen_pixels(item_id)

    def category_labels(self, chart: str) -> list[str]:
        """The category axis labels of ``"sitting"``, ``"breaks"`` or ``"targets"``."""
        return self.charts().category_labels(chart)
