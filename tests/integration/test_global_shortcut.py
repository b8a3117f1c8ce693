"""The global shortcut on a desktop with KDE's shortcut service: the real kglobalaccel on a private
session bus and X server, the key pressed with xdotool. Where no such service runs, none is
started and nothing is registered."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import HeadlessDesktop, program

from desk_coach.adapters.global_shortcut import DEFAULT_KEY, KGLOBALACCEL, KdeGlobalShortcut

pytestmark = pytest.mark.e2e


@pytest.fixture
def bare_desktop(tmp_path: Path) -> Iterator[HeadlessDesktop]:
    with HeadlessDesktop(tray=False, notifications=False, dbus_activation=False,
                         log_dir=tmp_path / "logs") as desktop:
        yield desktop


@pytest.fixture
def kde_shortcuts(bare_desktop: HeadlessDesktop, tmp_path: Path) -> HeadlessDesktop:
    """The desktop with KDE's shortcut service running (Debian: libkf5globalaccel-bin); the keys it
    stores go to the test's own folder."""
    service = program("kglobalaccel5")
    env = bare_desktop.env | {"QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    bare_desktop.spawn("kglobalaccel5", [service], env=env)
    bare_desktop.wait_until(lambda: bare_desktop.name_has_owner(KGLOBALACCEL.bus_name), timeout=10,
                            what="kglobalaccel on the bus")
    return bare_desktop


def test_the_shortcut_opens_what_it_is_given_on_kde(qtbot, kde_shortcuts):
    pressed: list[bool] = []
    shortcut = KdeGlobalShortcut(lambda: pressed.append(True), bus=kde_shortcuts.bus_address)
    try:
        assert shortcut.start()
        assert shortcut.keys == [DEFAULT_KEY]  # Meta+Alt+D
        kde_shortcuts.run("xdotool", "key", "super+alt+d")
        qtbot.waitUntil(lambda: pressed == [True], timeout=5000)
        kde_shortcuts.run("xdotool", "key", "super+alt+e")  # another key: nothing
        kde_shortcuts.run("xdotool", "key", "super+alt+d")
        qtbot.waitUntil(lambda: len(pressed) == 2, timeout=5000)
        assert pressed == [True, True]
    finally:
        shortcut.close()


def test_where_no_shortcut_service_runs_none_is_started(qtbot, bare_desktop):
    shortcut = KdeGlobalShortcut(lambda: pytest.fail("no shortcut to press"), bus=bare_desktop.bus_address)
    assert not shortcut.start()
    assert shortcut.keys == []
    time.sleep(0.2)
    assert not bare_desktop.name_has_owner(KGLOBALACCEL.bus_name)
    shortcut.close()  # twice is harmless



def test_the_running_coach_opens_its_status_window_with_the_key(qtbot, kde_shortcuts, monkeypatch):
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.app import DeskCoachApp
    from desk_coach.ui.application import create_qt_app

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", kde_shortcuts.bus_address)
    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    app.start()
    try:
        for window in list(app.shell.windows):  # the first-run self-check
            window.close()
        assert app.shortcut is not None and app.shortcut.keys == [DEFAULT_KEY]
        assert app.shell.status_window is None
        kde_shortcuts.run("xdotool", "key", "super+alt+d")
        qtbot.waitUntil(lambda: app.shell.status_window is not None and app.shell.status_window.isVisible(),
                        timeout=5000)
    finally:
        app.stop()
        app.close_windows()
    assert app.shortcut is None
