"""Every window opens on the monitor the user is working on, whole inside it, on a real X server
with two and three monitors of different sizes and scales; it comes back whole onto a remaining
monitor when its own is unplugged, and stays put when one is plugged in (issue 16, 3).

How it runs: each layout gets one X session (``x11_monitors.X11Monitors``: Xvfb with RandR 1.5
monitors); this very module runs again inside it, in a pytest of its own on Qt's xcb platform
(Qt reads the screens once, when the QApplication is made). There the pointer is moved with
xdotool onto a monitor, each window is opened as the app opens it (``open_window``, ``bring_up``,
``CoachingWindows``: the scenes of ``tests/ui/window_gallery.py``), and where it is is read twice:
from Qt, and from the X server (``xwininfo``: what the user sees). Monitors are unplugged and
plugged in with ``xrandr``. With ``DESK_COACH_SHOTS=folder`` each situation is photographed
(the whole root window: every monitor side by side); ``tests/e2e/monitor_shots.py`` runs that.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD_ENV = "DESK_COACH_MONITORS"
SHOTS_ENV = "DESK_COACH_SHOTS"
#: name: the monitors left to right (see ``x11_monitors.layout``): a large and a smaller one; then
#: a large one, a small laptop screen and a 2x one (its logical size 1280 x 720).
LAYOUTS = {
    "two": ("1920x1080", "1280x1024"),
    "three": ("1920x1080", "1366x768", "2560x1440@2"),
}
#: name: (the layout, the window manager: none, or xfwm4 with its frames and its own placement)
SESSIONS = {
    "two": ("two", None),
    "three": ("three", None),
    "two-xfwm4": ("two", "xfwm4"),
    "three-xfwm4": ("three", "xfwm4"),
}
ROOT = Path(__file__).resolve().parents[2]
#: How long a wait for the X server, the window manager or Qt may take on a busy machine (each
#: returns as soon as what it waits for is there).
WAIT_MS = 10_000


def run_inside(name: str, log_dir: Path, shots: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Start the session ``name`` of :data:`SESSIONS` and run this module's inner tests in it."""
    from x11_monitors import layout, run_module_inside

    layout_name, window_manager = SESSIONS[name]
    monitors = layout(*LAYOUTS[layout_name])
    child = (CHILD_ENV, name)
    return run_module_inside(__file__, monitors, window_manager, log_dir, child, shots, ("-W", "error"))


if not os.environ.get(CHILD_ENV):

    @pytest.mark.parametrize("name", list(SESSIONS))
    def test_windows_on_real_monitors(name, tmp_path):
        run = run_inside(name, tmp_path / "logs")
        assert run.returncode == 0, f"{run.stdout[-8000:]}\n{run.stderr[-3000:]}"

else:
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    import window_gallery
    from desktop import Geometry
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication, QScreen
    from PySide6.QtWidgets import QWidget
    from pytestqt.exceptions import TimeoutError
    from window_gallery import SCENES, as_the_app_opens, close_databases, settle
    from x11_monitors import Monitor, X11Monitors, layout

    from desk_coach.ui.user_screen import SETTLE_SECONDS, follow_screens

    LAYOUT = os.environ[CHILD_ENV]
    MONITORS = layout(*LAYOUTS[SESSIONS[LAYOUT][0]])
    WINDOW_MANAGER = SESSIONS[LAYOUT][1]
    SESSION = X11Monitors.attach(MONITORS, os.environ)
    SHOTS = Path(os.environ[SHOTS_ENV]) if os.environ.get(SHOTS_ENV) else None
    NAMES = [monitor.name for monitor in MONITORS]
    #: Each window as the app opens it: the scene of the gallery, its first moment.
    SCENES_OPENED = ["routine", "break", "wizard", "progress", "settings", "messages"]

    def screen(name: str) -> QScreen:
        return next(screen for screen in QGuiApplication.screens() if screen.name() == name)

    def device_rect(monitor: Monitor) -> QRect:
        return QRect(monitor.x, monitor.y, monitor.width, monitor.height)

    def on_x(widget: QWidget) -> QRect:
        """Where the X server shows the window (device pixels), its frame included."""
        box: Geometry = SESSION.frame_geometry(int(widget.window().winId()))
        return QRect(box.x, box.y, box.width, box.height)

    def steady_on_x(widget: QWidget, qtbot) -> QRect:
        """Where the X server shows the window once the window manager is done placing it: the same
        in two looks a quarter second apart (a busy machine's xfwm4 may still be at it)."""
        seen = [on_x(widget)]

        def unchanged() -> bool:
            qtbot.wait(250)
            seen.append(on_x(widget))
            return seen[-1] == seen[-2]

        qtbot.waitUntil(unchanged, timeout=WAIT_MS)
        return seen[-1]

    def settings_dialog(qtbot) -> QWidget:
        """Settings as the app opens it (CoachingWindows.open_settings: ``open_window``); the
        gallery's scene shows it by hand."""
        from test_settings_dialog import FakeAutostart, Recorder

        from desk_coach.adapters.settings_file import shipped_schema
        from desk_coach.domain.settings import defaults
        from desk_coach.ui.settings_dialog import SettingsDialog

        schema = shipped_schema(in_language=True)
        dialog = SettingsDialog(schema, defaults(schema), Recorder(), FakeAutostart(),
                                export_data=lambda path: None, delete_data=lambda: None)
        return as_the_app_opens(dialog, qtbot)

    def first_window(scene: str, qtbot, tmp_path) -> QWidget:
        if scene == "settings":
            return settings_dialog(qtbot)
        for shot in SCENES[scene](qtbot, tmp_path):
            if shot.widget is not None:
                return shot.widget.window()
        raise AssertionError(f"the scene {scene} showed no window")

    def assert_whole_on(widget: QWidget, name: str) -> None:
        """Whole inside that monitor's available area, as Qt has it and as the X server shows it."""
        frame, available = widget.frameGeometry(), screen(name).availableGeometry()
        assert available.contains(frame), f"{widget}: Qt frame {frame} not inside {name}'s {available}"
        assert widget.screen().name() == name
        real, monitor = on_x(widget), device_rect(SESSION.monitor(name))
        assert monitor.contains(real), f"{widget}: on the X server at {real}, not inside {name} {monitor}"

    def until_whole_on(widget: QWidget, name: str, qtbot) -> None:
        """Wait for the window to be whole on that monitor (the window manager's frame comes
        after the window is shown: it is fitted again then); if it never is, say where it is."""
        with contextlib.suppress(TimeoutError):
            monitor = device_rect(SESSION.monitor(name))
            qtbot.waitUntil(lambda: monitor.contains(on_x(widget)), timeout=WAIT_MS)
        assert_whole_on(widget, name)

    def until_centred_on(widget: QWidget, name: str, qtbot) -> None:
        """Wait for the window's frame to be centred on that monitor's available area (to a pixel:
        halves round down); a window manager's frame comes after the window is placed."""
        available = screen(name).availableGeometry()

        def off() -> tuple[int, int]:
            return (widget.frameGeometry().center() - available.center()).toTuple()

        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(lambda: max(abs(value) for value in off()) <= 1, timeout=WAIT_MS)
        if max(abs(value) for value in off()) > 1:
            from desk_coach.ui.user_screen import follow_screens

            follower = follow_screens(widget)
            raise AssertionError(
                f"{widget}: its frame centre is {off()} off {name}'s {available}; Qt's frame "
                f"{widget.frameGeometry()}, window {widget.geometry()}, minimum height "
                f"{widget.minimumHeight()}; on X {on_x(widget)}; centred at {follower.centred_at}")

    def shoot(name: str) -> None:
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            settle()
            SESSION.screenshot(SHOTS / f"{LAYOUT}-{name}.png")

    @pytest.fixture(autouse=True)
    def windows_open_as_the_app_opens_them(monkeypatch):
        monkeypatch.setattr(window_gallery, "shown", as_the_app_opens)
        yield
        close_databases()

    def test_qt_sees_each_monitor_with_its_size_and_scale(qapp):
        screens = QGuiApplication.screens()
        assert sorted(screen.name() for screen in screens) == sorted(NAMES)
        for monitor in MONITORS:
            assert screen(monitor.name).geometry().getRect() == monitor.logical
            assert screen(monitor.name).devicePixelRatio() == monitor.scale

    @pytest.mark.parametrize("monitor", NAMES)
    @pytest.mark.parametrize("scene", SCENES_OPENED)
    def test_each_window_opens_whole_on_the_monitor_with_the_pointer(qtbot, tmp_path, scene, monitor):
        """Whole, and centred frame and all: ``open_window`` centres it (Progress centres itself),
        again when the window manager's frame arrives and when its size changes as it settles (the
        routine window and Progress grow or shrink once open, after their place was chosen)."""
        SESSION.pointer_to(monitor, offset=(-40, 60))  # off the middle, where a window would open
        window = first_window(scene, qtbot, tmp_path)
        until_whole_on(window, monitor, qtbot)
        until_centred_on(window, monitor, qtbot)
        shoot(f"{scene}-on-{monitor}")

    @pytest.mark.parametrize("monitor", NAMES)
    def test_a_window_larger_than_the_monitor_is_cut_to_it(qtbot, monitor):
        SESSION.pointer_to(monitor)
        widget = QWidget()
        widget.setWindowTitle("Larger than any monitor")
        widget.resize(3000, 1600)
        as_the_app_opens(widget, qtbot)
        until_whole_on(widget, monitor, qtbot)
        shoot(f"larger-than-the-monitor-on-{monitor}")

    def settled_on_the_first_monitor(scene: str, qtbot, tmp_path) -> QWidget:
        """The scene's window opened on the first monitor, framed (a user drags or resizes a
        window by its frame: it is there first), centred, and past its settling moment (no one
        drags it sooner)."""
        first = MONITORS[0]
        SESSION.pointer_to(first.name)
        window = first_window(scene, qtbot, tmp_path)
        if WINDOW_MANAGER:
            qtbot.waitUntil(lambda: window.frameGeometry() != window.geometry(), timeout=WAIT_MS)
        until_centred_on(window, first.name, qtbot)
        qtbot.waitUntil(lambda: follow_screens(window).settled, timeout=WAIT_MS)
        return window

    def test_a_window_the_user_moves_partly_off_the_monitor_stays_there(qtbot, tmp_path):
        """Fitted again when its frame arrives, not on every move: a window dragged partly past
        the edge (here by the X server's own move, as a window manager moves it) stays there."""
        first = MONITORS[0]
        window = settled_on_the_first_monitor("break", qtbot, tmp_path)
        x, y = first.x - 150, first.y + 200
        SESSION.xdotool("windowmove", "--sync", str(int(window.winId())), str(x), str(y))
        qtbot.waitUntil(lambda: window.x() < first.x, timeout=WAIT_MS)
        settle()
        qtbot.wait(100)
        settle()
        assert window.x() < first.x
        assert on_x(window).left() < first.x

    def test_the_routine_the_user_resizes_keeps_its_corner(qtbot, tmp_path):
        """Made larger by the user (here by the X server's own resize, as a window manager resizes
        it) once it has settled, the routine stays where its corner was, though its text wraps
        again and the app fits its height to it: only the app's own growth is centred again."""
        window = settled_on_the_first_monitor("routine", qtbot, tmp_path)
        corner = steady_on_x(window, qtbot).topLeft()
        width, height = window.width() + 200, window.height() + 80
        SESSION.xdotool("windowsize", "--sync", str(int(window.winId())), str(width), str(height))
        qtbot.waitUntil(lambda: window.width() >= width, timeout=WAIT_MS)
        real = steady_on_x(window, qtbot)
        assert real.topLeft() == corner, f"the corner moved from {corner} to {real.topLeft()}"
        shoot("routine-resized-by-the-user")

    def test_a_window_the_user_moves_across_two_monitors_stays_across(qtbot, tmp_path):
        """Dragged from the first monitor till most of it is on the second, so that its screen
        changes, the window stays where the user left it (half on each) rather than being pulled
        whole onto one."""
        second = MONITORS[1]
        window = settled_on_the_first_monitor("break", qtbot, tmp_path)
        x, y = second.x - on_x(window).width() // 3, second.y + 100  # two thirds on the second
        SESSION.xdotool("windowmove", "--sync", str(int(window.winId())), str(x), str(y))
        qtbot.waitUntil(lambda: window.screen().name() == second.name, timeout=WAIT_MS)
        for _ in range(3):  # the follower looks once Qt is done with the signal
            qtbot.wait(50)
            settle()
        assert on_x(window).left() < second.x < on_x(window).right(), on_x(window)
        shoot("break-left-across-two-monitors")

    @pytest.mark.parametrize("unplugged", [0, -1], ids=["first", "last"])
    def test_a_window_on_a_monitor_unplugged_comes_back_whole_on_a_remaining_one(qtbot, tmp_path, unplugged):
        gone = MONITORS[unplugged]
        SESSION.pointer_to(gone.name)
        window = first_window("break", qtbot, tmp_path)
        assert_whole_on(window, gone.name)
        app = QGuiApplication.instance()
        with qtbot.waitSignal(app.screenRemoved, timeout=WAIT_MS):
            SESSION.remove(gone.name)
        try:
            remaining = [monitor.name for monitor in MONITORS if monitor is not gone]

            def whole_on_a_remaining_monitor() -> bool:
                real = on_x(window)
                return any(device_rect(SESSION.monitor(name)).contains(real) for name in remaining)

            qtbot.waitUntil(whole_on_a_remaining_monitor, timeout=WAIT_MS)
            frame = window.frameGeometry()
            assert any(screen(name).availableGeometry().contains(frame) for name in remaining)
            shoot(f"break-after-its-monitor-{gone.name}-was-unplugged")
        finally:
            if gone.name not in [monitor.name for monitor in SESSION.monitors()]:
                with qtbot.waitSignal(app.screenAdded, timeout=WAIT_MS):
                    SESSION.add(gone)

    def test_a_monitor_plugged_in_moves_no_open_window(qtbot, tmp_path):
        last = MONITORS[-1]
        SESSION.pointer_to(MONITORS[0].name)
        window = first_window("routine", qtbot, tmp_path)
        app = QGuiApplication.instance()
        with qtbot.waitSignal(app.screenRemoved, timeout=WAIT_MS):
            SESSION.remove(last.name)
        settle()
        qtbot.wait(round(SETTLE_SECONDS * 1000) + 250)  # past the moment a new window may still be centred
        before_x = steady_on_x(window, qtbot)
        before_qt = window.frameGeometry()
        with qtbot.waitSignal(app.screenAdded, timeout=WAIT_MS):
            SESSION.add(last)
        for _ in range(3):  # the follower looks once Qt is done with the signal
            qtbot.wait(50)
            settle()
        assert window.frameGeometry() == before_qt
        assert steady_on_x(window, qtbot) == before_x
        assert_whole_on(window, MONITORS[0].name)
        shoot("routine-stays-when-a-monitor-is-plugged-in")
