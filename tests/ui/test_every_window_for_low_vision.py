"""Every window of the gallery (window_gallery.py) for a keyboard user and for a user with low
vision (issue 17, 6): the Tab chain follows the reading order and Shift+Tab walks it back; with a
high-contrast palette (white on black, black on white) every text and painted mark stands out by
7:1; with the text at twice its size every window fits a 1280 x 800 screen, no text is cut off,
and every control is still reached by Tab.

How it runs: the screen's size is read once, when the QApplication is made, so each look is one
run of pytest on this very module in a subprocess (as test_every_window_in_pseudo_languages.py
does), on an offscreen screen of 1280 x 800, with ``DESK_COACH_LOW_VISION`` naming the look:
``plain`` (the focus order, the app's own palette and font), ``text-2x`` (the text at twice its
size), ``contrast-dark`` and ``contrast-light`` (the palette, with the text at twice its size).
Each run writes its findings to a JSON file; the tests here read it and fail with every finding
named ``look shot: finding``.

Every shot is saved as ``<look>-<shot>.png`` in ``$DESK_COACH_SHOTS`` (else the test's tmp
folder): ``DESK_COACH_SHOTS=/tmp/shots pytest THIS_FILE``; ``low_vision_sheets.py`` puts them on
contact sheets.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gallery_runs import findings_message, finish, start_run, write_findings

LOOK_ENV = "DESK_COACH_LOW_VISION"
REPORT_ENV = "DESK_COACH_LOW_VISION_REPORT"
SHOTS_ENV = "DESK_COACH_SHOTS"
LOOKS = ("plain", "text-2x", "contrast-dark", "contrast-light")
LARGE_TEXT = LOOKS[1:]
CONTRAST = LOOKS[2:]
SCREEN = (1280, 800)


def _start(look: str, folder: Path):
    shots = Path(os.environ.get(SHOTS_ENV) or folder / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    report = shots / f"findings-{look}.json"
    env = {LOOK_ENV: look, REPORT_ENV: str(report), SHOTS_ENV: str(shots)}
    return start_run(__file__, folder / f"screen-{look}.json", SCREEN, env), report


@pytest.fixture(scope="module")
def looks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Every look's run, side by side (each is one process, mostly waiting on Qt)."""
    folder = tmp_path_factory.mktemp("low-vision")
    return finish({look: _start(look, folder) for look in LOOKS}, timeout=400)


def _findings(run: dict, kind: str) -> list[str]:
    return [f"{shot}: {finding}" for shot, kinds in run["shots"].items() for finding in kinds.get(kind, [])]


if not os.environ.get(LOOK_ENV):

    @pytest.mark.parametrize("look", LOOKS)
    def test_every_scene_builds_and_is_photographed(looks, look):
        run = looks[look]
        assert run["returncode"] == 0, f"the run of {look} failed:\n{run['output']}"
        assert len(run["shots"]) > 40

    @pytest.mark.parametrize("kind", ["tab out of order", "shift+tab not the way back", "not reached by tab"])
    def test_tab_follows_the_reading_order_and_shift_tab_walks_it_back(looks, kind):
        findings = _findings(looks["plain"], kind)
        assert not findings, findings_message(kind, findings)

    @pytest.mark.parametrize("look", CONTRAST)
    def test_every_text_and_mark_stands_out_in_high_contrast(looks, look):
        findings = _findings(looks[look], "faint text") + _findings(looks[look], "faint marks")
        assert not findings, findings_message("texts or marks under 7:1", findings)

    @pytest.mark.parametrize("look", LARGE_TEXT)
    @pytest.mark.parametrize("kind", ["off the screen", "clipped", "not reached by tab"])
    def test_with_twice_the_text_every_window_fits_and_every_control_is_reached(looks, look, kind):
        findings = _findings(looks[look], kind)
        assert not findings, findings_message(kind, findings)


# ---------------------------------------------------------------------------- the looks' own tests

else:
    from keyboard_walk import name_of, out_of_order, walk
    from low_vision import (
        LEAST_CONTRAST,
        PALETTES,
        colours_in,
        edge_contrast,
        faint_chart_marks,
        high_contrast,
        ink_contrast,
        text_widgets,
        twice_the_text,
    )
    from PySide6.QtCharts import QChartView
    from PySide6.QtCore import QPoint, QRect, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QApplication,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QStyle,
        QWidget,
    )
    from text_fit import clipped
    from window_gallery import SCENES, Shot, close_databases, settle

    from desk_coach.ui.routine.illustration import Illustration

    LOOK = os.environ[LOOK_ENV]
    _REPORT: dict[str, dict[str, list[str]]] = {}

    @pytest.fixture(scope="module", autouse=True)
    def report():
        yield _REPORT
        write_findings(_REPORT, REPORT_ENV)

    @pytest.fixture(scope="module")
    def look(qapp):
        import window_gallery

        from desk_coach.ui.application import create_qt_app

        create_qt_app([])  # as the app sets itself up (its style among others)
        kept_font, kept_palette, kept_shown = qapp.font(), qapp.palette(), window_gallery.shown
        window_gallery.shown = window_gallery.as_the_app_opens  # sized and placed as the app opens them
        if LOOK in PALETTES:
            qapp.setPalette(high_contrast(PALETTES[LOOK]))
        if LOOK in LARGE_TEXT:
            qapp.setFont(twice_the_text(qapp))
        yield LOOK
        qapp.setFont(kept_font)
        qapp.setPalette(kept_palette)
        window_gallery.shown = kept_shown

    def _break_screen_scene(qtbot, tmp_path: Path):
        """The break screen's layer on the laptop's screen: its words and countdown, then holding
        the break's window on its card."""
        from test_guided_routine import FakeClock

        from desk_coach.domain.break_screen import Cover
        from desk_coach.domain.history import BreakKind
        from desk_coach.ui.break_screen import CoverLayer
        from desk_coach.ui.break_window import BreakWindow

        for name, holding in (("break-screen", False), ("break-screen-holding", True)):
            layer = CoverLayer(QGuiApplication.primaryScreen(), BreakKind.LONG, Cover.COVER, guided=False)
            layer.show_time(580)
            qtbot.addWidget(layer)
            layer.show()
            qtbot.waitExposed(layer)
            if holding:
                clock = FakeClock()
                window = BreakWindow(BreakKind.LONG, 600, clock=clock)
                qtbot.addWidget(window)
                clock.now += 20
                window.refresh()
                layer.hold(window)
            settle()
            yield Shot(name, layer)
            layer.close()

    #: The gallery's windows (its tray menu and notifications are the desktop's to draw), and the
    #: break screen's layer.
    LOOKED_AT = {**{name: scene for name, scene in SCENES.items() if name not in ("tray", "notifications")},
                 "break-screen": _break_screen_scene}

    @pytest.mark.parametrize("scene", list(LOOKED_AT))
    def test_scene(qtbot, tmp_path, look, scene):
        folder = Path(os.environ.get(SHOTS_ENV) or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        shots = 0
        try:
            for shot in LOOKED_AT[scene](qtbot, tmp_path):
                if shot.widget is not None:
                    _REPORT[f"{look} {shot.name}"] = _look_at(qtbot, shot, folder)
                    shots += 1
        finally:
            close_databases()
        assert shots

    def _look_at(qtbot, shot: Shot, folder: Path) -> dict[str, list[str]]:
        window = shot.widget.window()
        settle()  # a window that grew to fit its text is laid out again at its new size
        image = window.grab().toImage()
        image.save(str(folder / f"{LOOK}-{shot.name}.png"))
        found: dict[str, list[str]] = {}
        focus = _focus_findings(qtbot, window)
        if LOOK == "plain":
            found.update(focus)
        else:
            found["not reached by tab"] = focus["not reached by tab"]
            found["off the screen"] = _off_screen(window)
            found["clipped"] = [str(seen) for seen in clipped(window)]
            if LOOK in CONTRAST:
                found["faint text"], found["faint marks"] = _faint(window, image)
        return found

    def _focus_findings(qtbot, window: QWidget) -> dict[str, list[str]]:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        if QApplication.focusWidget() is None:
            window.focusNextChild()
        running = [timer for timer in window.findChildren(QTimer) if timer.isActive()]
        for timer in running:  # the keys alone move the focus: no tick may change the window meanwhile
            timer.stop()
        try:
            forward = walk(qtbot, window)
            backward = walk(qtbot, window, backwards=True)
        finally:
            for timer in running:
                timer.start()
        found = {"tab out of order": out_of_order(forward, window),
                 "stops": [name_of(widget) for widget in forward]}
        back = [] if not forward else [forward[0], *reversed(forward[1:])]
        if backward != back:
            found["shift+tab not the way back"] = [
                f"tab: {[name_of(widget) for widget in forward]}; shift+tab: {[name_of(w) for w in backward]}"
            ]
        found["not reached by tab"] = [name_of(stop) for stop in _tab_stops(window) if stop not in forward]
        return found

    def _tab_stops(window: QWidget) -> list[QWidget]:
        """The controls a user could reach: shown, enabled, taking the focus by Tab."""
        stops = []
        for widget in window.findChildren(QWidget):
            if not (widget.isVisibleTo(window) and widget.isEnabled()):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
                continue
            if _radio_left_by_tab(widget):
                continue
            stops.append(widget)
        return stops

    def _radio_left_by_tab(widget: QWidget) -> bool:
        """A radio button not checked beside one that is: Tab reaches the group at the checked one,
        and the arrow keys move between them."""
        if not (isinstance(widget, QAbstractButton) and widget.autoExclusive()) or widget.isChecked():
            return False
        siblings = widget.group().buttons() if widget.group() is not None else [
            other for other in widget.parentWidget().findChildren(QAbstractButton)
            if other.parentWidget() is widget.parentWidget() and other.autoExclusive()
        ]
        return any(other.isChecked() for other in siblings)

    def _off_screen(window: QWidget) -> list[str]:
        available = QGuiApplication.primaryScreen().availableGeometry()
        frame = window.frameGeometry()
        if available.contains(frame):
            return []
        return [f"the window {frame.width()} x {frame.height()} at {frame.x()},{frame.y()} is not within "
                f"{available.width()} x {available.height()}"]

    def _seen_in(widget: QWidget, window: QWidget, image):
        """The pixels of ``widget`` as the window shows them: a scroll area is scrolled to it first
        when the window does not show it whole."""
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if _visible_part(widget, window) != rect:
            for _ in range(2):  # a scroll area in a scroll area: the inner one, then the outer one
                parent = widget.parentWidget()
                while parent is not None:
                    if isinstance(parent, QScrollArea):
                        parent.ensureWidgetVisible(widget, 0, 0)
                    parent = parent.parentWidget()
            settle()
            image = window.grab().toImage()
        return image, _visible_part(widget, window)

    def _indicator(box: QAbstractButton, window: QWidget) -> list[str]:
        """A check box's or radio button's mark: at least half a line of its text high, and
        standing out from the window by 7:1 (measured alone: the mark is what says checked)."""
        if not isinstance(box, (QCheckBox, QRadioButton)) or not box.isVisibleTo(window):
            return []
        metric = QStyle.PixelMetric.PM_IndicatorHeight if isinstance(box, QCheckBox) else (
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
        size = box.style().pixelMetric(metric, None, box)
        found = []
        if size < box.fontMetrics().height() / 2:
            line = box.fontMetrics().height()
            found.append(f"{name_of(box)}: its mark is {size} px beside a line {line} px high")
        image = box.grab().toImage()
        counts = colours_in(image, QRect(0, (box.height() - size) // 2, size, size))
        if len(counts) > 1:
            ratio, ink, background = ink_contrast(counts)
            if ratio < LEAST_CONTRAST:
                found.append(f"{name_of(box)}: its mark {ink} on {background} {ratio:.1f}:1")
        else:
            found.append(f"{name_of(box)}: its mark is not seen")
        return found

    def _faint_edges(window: QWidget, image) -> list[str]:
        """The buttons, fields and progress bars whose edge is under 7:1 against the window."""
        found = []
        behind = window.palette().color(QPalette.ColorRole.Window)
        for control in window.findChildren(QWidget):
            if not isinstance(control, (QPushButton, QLineEdit, QAbstractSpinBox, QComboBox, QProgressBar)):
                continue
            if not control.isVisibleTo(window) or control.size().isEmpty():
                continue
            if (isinstance(control, QPushButton) and control.isFlat()) or (
                    isinstance(control, QLineEdit) and (not control.hasFrame() or isinstance(
                        control.parentWidget(), (QAbstractSpinBox, QComboBox)))):
                continue  # no edge of its own: a flat button, the text part of a spin box
            pixels, rect = _seen_in(control, window, image)
            if rect.size() != control.size():
                continue  # not seen whole even scrolled to
            ratio, colour = edge_contrast(pixels, rect, behind)
            if ratio < LEAST_CONTRAST:
                found.append(f"{name_of(control)}: its edge {colour} on {behind.name()} {ratio:.1f}:1")
        return found

    def _visible_part(widget: QWidget, window: QWidget) -> QRect:
        visible = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            visible = visible.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        return visible

    def _faint(window: QWidget, image) -> tuple[list[str], list[str]]:
        """Texts, and the drawings' ink, under 7:1 on the pixels; the charts' marks under 7:1 by
        the colours they are drawn in."""
        texts = []
        for widget in [*text_widgets(window), *window.findChildren(Illustration)]:
            if not widget.isVisibleTo(window) or widget.size().isEmpty():
                continue
            image, rect = _seen_in(widget, window, image)
            if isinstance(widget, QAbstractButton):
                rect = rect.adjusted(4, 4, -4, -4)
            counts = colours_in(image, rect)
            if len(counts) < 2:
                texts.append(f"{name_of(widget)}: no ink seen")
                continue
            ratio, ink, background = ink_contrast(counts)
            if ratio < LEAST_CONTRAST:
                texts.append(f"{name_of(widget)}: {ink} on {background} {ratio:.1f}:1")
        boxes = window.findChildren(QAbstractButton)
        marks = [finding for box in boxes for finding in _indicator(box, window)]
        marks += _faint_edges(window, image)
        for view in window.findChildren(QChartView):
            if view.isVisibleTo(window):
                marks += [f"{name_of(view)}: {mark}" for mark in faint_chart_marks(view.chart())]
        return texts, marks
