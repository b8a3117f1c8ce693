"""The Progress window fits the screen it opens on (issue 15, 2): at most 90 % of the available
area, its content scrolled rather than cut, every chart reachable, and Escape closes it.

How it runs: the offscreen platform's screen size and the scale factor are read once, when the
QApplication is made, so each screen is one run of pytest on this very module in a subprocess
(``DESK_COACH_FIT_SCREEN`` names it); only then are the inner tests defined. The window is shot
as ``progress-<screen>.png`` (and scrolled to the end, ``-scrolled.png``) in ``$DESK_COACH_SHOTS``
(else the run's tmp folder). The GTK platform theme (its font and palette) runs under ``xvfb-run``,
as GTK needs a display to read them; it is skipped where there is none.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCREEN_ENV = "DESK_COACH_FIT_SCREEN"
SHOTS_ENV = "DESK_COACH_SHOTS"
#: name: (width, height in device pixels, scale, style, platform theme)
SCREENS = {
    "1366x768": (1366, 768, 1, "Fusion", ""),
    "1024x640": (1024, 640, 1, "Fusion", ""),
    "2880x1800-2x": (2880, 1800, 2, "Fusion", ""),
    "2048x1280-2x": (2048, 1280, 2, "Fusion", ""),
    "3840x2160": (3840, 2160, 1, "Fusion", ""),
    "1366x768-gtk3": (1366, 768, 1, "", "gtk3"),
    "900x700-2x-gtk3": (1800, 1400, 2, "", "gtk3"),
    "1366x768-gtk3-dark": (1366, 768, 1, "", "gtk3:dark"),  # GTK's Adwaita-dark
}
# No Breeze: Debian's kde-style-breeze (5.27) is a Qt 5 plugin, which Qt 6 (PySide6) cannot load;
# QStyleFactory.keys() here is ["Windows", "Fusion"]. Breeze for Qt 6 comes with Plasma 6.


# ------------------------------------------------------------------------------ the outer tests

if not os.environ.get(SCREEN_ENV):
    from PySide6.QtCore import QMargins, QSize

    from desk_coach.ui.fit_to_screen import opening_size

    def test_a_large_screen_leaves_the_natural_size():
        assert opening_size(QSize(980, 960), QSize(3840, 2100), QMargins(1, 30, 1, 1)) == QSize(980, 960)

    def test_a_small_screen_takes_90_percent_with_the_frame_inside():
        # 1366 x 740 available: 1229 x 666 for the frame, less a 30 px title bar and 1 px borders
        assert opening_size(QSize(980, 960), QSize(1366, 740), QMargins(1, 30, 1, 1)) == QSize(980, 635)
        assert opening_size(QSize(1300, 960), QSize(1024, 640), QMargins()) == QSize(921, 576)

    @pytest.mark.parametrize("name", list(SCREENS))
    def test_progress_fits_the_screen(tmp_path, name):
        width, height, scale, style, theme = SCREENS[name]
        screen = tmp_path / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": name, "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
        }]}), encoding="utf-8")
        env = {**os.environ, SCREEN_ENV: name, "QT_SCALE_FACTOR": str(scale),
               "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
               SHOTS_ENV: os.environ.get(SHOTS_ENV) or str(tmp_path)}
        for variable in ("QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR", "GTK_THEME",
                         "QT_ENABLE_HIGHDPI_SCALING", "QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME"):
            env.pop(variable, None)
        if style:
            env["QT_STYLE_OVERRIDE"] = style
        display: list[str] = []
        if theme:  # GTK reads its settings from a display even when Qt draws offscreen
            if shutil.which("xvfb-run") is None:
                pytest.skip(f"the {theme} platform theme needs a display: no xvfb-run here")
            platform_theme, _, variant = theme.partition(":")
            env["QT_QPA_PLATFORMTHEME"] = platform_theme
            env["GTK_THEME"] = "Adwaita:dark" if variant == "dark" else "Adwaita"
            display = ["xvfb-run", "-a"]
        run = subprocess.run(
            [*display, sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider",
             "-o", "addopts="],
            cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True, timeout=300,
        )
        assert run.returncode == 0, f"the run on {name} failed:\n{run.stdout[-6000:]}\n{run.stderr[-2000:]}"


# ---------------------------------------------------------------------------- the inner tests

else:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtWidgets import QApplication
    from test_progress_window import SCREENS as SCREEN_RECORDS
    from test_progress_window import TODAY, FakeHistory, FakeScreens
    from window_gallery import settle

    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

    NAME = os.environ[SCREEN_ENV]
    # The GTK theme asks the desktop portal for the colour scheme; no portal runs here.
    pytestmark = pytest.mark.qt_log_ignore("dbus reply error")

    @pytest.fixture
    def window(qtbot) -> ProgressWindow:
        content = load_screen_content()
        checks = [(item.id, item.name) for item in content.items]
        widget = ProgressWindow(ProgressPresenter(
            FakeHistory(), today=TODAY, first_weekday=0, goal_minutes=240,
            load_screens=FakeScreens(SCREEN_RECORDS), screen_items=checks,
            score_words=content.summary.score_words,
        ))
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        settle()
        return widget

    def test_the_screen_is_the_one_asked_for(qapp):
        width, height, scale, _, _ = SCREENS[NAME]
        screen = QApplication.primaryScreen()
        assert screen.geometry().width() == width // scale
        assert screen.geometry().height() == height // scale

    def test_the_frame_takes_at_most_90_percent_of_the_available_area(window):
        available = window.screen().availableGeometry()
        frame = window.frameGeometry()
        assert available.contains(frame), (frame, available)
        assert frame.width() <= available.width() * 0.9 + 1
        assert frame.height() <= available.height() * 0.9 + 1

    def test_a_screen_with_room_shows_the_natural_size(window):
        available = window.screen().availableGeometry()
        natural = window.natural_size()
        if natural.width() <= available.width() * 0.9 and natural.height() <= available.height() * 0.9:
            assert window.size() == natural

    def test_every_chart_is_reachable_by_scrolling(window):
        area = window.scroll_area
        views = [box.view for box in window.charts().boxes()]
        for view in views:
            assert view.isVisibleTo(window)
            # as a user scrolls (ensureWidgetVisible() aims at a chart view's focus item, not at it)
            top_left = view.mapTo(window.content, QPoint(0, 0))
            area.verticalScrollBar().setValue(top_left.y())
            area.horizontalScrollBar().setValue(top_left.x())
            settle()
            corner = view.mapTo(area.viewport(), QPoint(0, 0))
            shown = QRect(corner, view.size()).intersected(area.viewport().rect())
            # all of it, or the whole viewport when the chart is taller than the viewport
            assert shown.height() >= min(view.height(), area.viewport().height()) - 1, view
            assert shown.width() >= min(view.width(), area.viewport().width()) - 1, view
        # nothing sticks out past the content the scroll bars reach
        bar_v, bar_h = area.verticalScrollBar(), area.horizontalScrollBar()
        assert bar_v.maximum() + area.viewport().height() >= window.content.height()
        assert bar_h.maximum() + area.viewport().width() >= window.content.width()

    def test_no_chart_label_is_cut_short(window):
        # Qt Charts says when it elided a category's name ("Hip flex...", "W..." for Wednesday).
        charts = window.charts()
        axes = {"days of sitting": charts.sitting_days, "days of breaks": charts.breaks_days,
                "targets": charts.target_names, "self-check dates": charts.screen_dates,
                "self-check scores": charts.screen_scores}
        assert not [name for name, axis in axes.items() if axis.labelsTruncated()]

    def test_only_a_narrow_screen_scrolls_sideways(window):
        available = window.screen().availableGeometry()
        if window.natural_size().width() <= available.width() * 0.9:
            assert window.scroll_area.horizontalScrollBar().maximum() == 0

    def test_every_series_stands_off_the_window(window):
        from colour_vision import contrast
        from test_progress_dark import drawn_colours

        from desk_coach.ui.chart_colours import LEAST_CONTRAST

        assert window.is_dark() is NAME.endswith("-dark")
        background = window.palette().color(window.backgroundRole()).name()
        faint = {name: round(contrast(colour.name(), background), 2)
                 for name, colour in drawn_colours(window).items()
                 if contrast(colour.name(), background) < LEAST_CONTRAST}
        assert not faint, background

    def test_escape_closes_it(qtbot, window):
        window.scroll_area.verticalScrollBar().setFocus()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)

    def test_shot(window):
        folder = Path(os.environ[SHOTS_ENV])
        folder.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(folder / f"progress-{NAME}.png"))
        bar = window.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        settle()
        assert window.grab().save(str(folder / f"progress-{NAME}-scrolled.png"))
