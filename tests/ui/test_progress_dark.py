"""Every Progress chart reads in a dark palette as in a light one (issue 15): the charts take the
window's colours, the series the palette's set from ``chart_colours``, each standing off the window
by 3:1; the reminders put off are hatched; a palette change while the window is open restyles it.
(GTK's Adwaita-dark runs in ``test_progress_window_fits.py``, which needs a display for it.)"""

from __future__ import annotations

import pytest
from colour_vision import contrast
from progress_shots import dark_palette
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from test_progress_window import CHECKS, SCREENS, TODAY, FakeHistory, FakeScreens

from desk_coach.ui.chart_colours import LEAST_CONTRAST, PUT_OFF, SERIES_COLOURS, screen_colour
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow


def drawn_colours(window: ProgressWindow) -> dict[str, QColor]:
    """The colour each series is drawn in: bars, the goal line, the self-check lines and points."""
    colours = {name: bar_set.color() for name, bar_set in window.charts().bar_sets().items()}
    colours["Daily goal"] = window.charts().goal_series.pen().color()
    for item, line in window.charts().screen_lines.items():
        colours[item] = line.pen().color()
        assert window.charts().screen_marks[item].color() == line.pen().color()
    return colours


@pytest.fixture
def window(qtbot) -> ProgressWindow:
    widget = ProgressWindow(ProgressPresenter(FakeHistory(), today=TODAY, goal_minutes=240,
                                              load_screens=FakeScreens(SCREENS), screen_items=CHECKS))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("dark", [False, True])
def test_each_chart_takes_the_palette(window, dark):
    if dark:
        window.setPalette(dark_palette())
    assert window.is_dark() is dark
    background = window.palette().color(QPalette.ColorRole.Window)
    text = window.palette().color(QPalette.ColorRole.WindowText)
    for box in window.charts().boxes():
        assert box.chart.backgroundBrush().color() == background
        assert box.chart.titleBrush().color() == text
        assert box.chart.legend().labelColor() == text
        assert all(axis.labelsBrush().color() == text for axis in box.chart.axes())
    colours = drawn_colours(window)
    for name, colour in SERIES_COLOURS.items():
        assert colours[name] == QColor(colour.on(dark)), name
    for number, (item, _) in enumerate(CHECKS):
        assert colours[item] == QColor(screen_colour(number).on(dark)), item
    faint = {name: round(contrast(colour.name(), background.name()), 2) for name, colour in colours.items()
             if contrast(colour.name(), background.name()) < LEAST_CONTRAST}
    assert not faint


def test_a_palette_change_restyles_the_open_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    light = drawn_colours(window)
    window.setPalette(dark_palette())
    dark = drawn_colours(window)
    assert all(dark[name] != light[name] for name in light)
    assert window.charts().sitting.chart.backgroundBrush().color() == QColor("#2B2B2B")
    # the chart theme a palette change sets keeps the points' shapes and the legend as it was
    assert len({marks.markerShape() for marks in window.charts().screen_marks.values()}) == len(CHECKS)
    legend = window.charts().screens.chart.legend()
    shown = [marker.label() for marker in legend.markers() if marker.isVisible()]
    assert shown == [name for _, name in window.presenter.screen_legend]


def test_the_reminders_put_off_are_hatched(window):
    for name, bar_set in window.charts().bar_sets().items():
        style = bar_set.brush().style()
        if name in PUT_OFF:
            assert style == Qt.BrushStyle.TexturePattern, name
            tile = bar_set.brush().texture().toImage()
            assert len({tile.pixel(x, y) for x in range(tile.width()) for y in range(tile.height())}) > 1
        else:
            assert style == Qt.BrushStyle.SolidPattern, name
