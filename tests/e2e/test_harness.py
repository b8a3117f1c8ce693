"""The harness itself: a real display, tray host, notification daemon, and a Qt icon in the tray."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from desktop import NOTIFICATIONS, HeadlessDesktop, MissingProgramError

TRAY_APP = """
import sys
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication(sys.argv)
app.setApplicationName("harness-probe")
pixmap = QPixmap(32, 32)
pixmap.fill(QColor(255, 0, 0))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
sys.exit(app.exec())
"""


def test_display_answers_with_the_requested_size(desktop: HeadlessDesktop) -> None:
    assert desktop.xdotool("getdisplaygeometry") == "1280 800"
    env = desktop.env
    assert env["DISPLAY"] == desktop.display
    assert env["DBUS_SESSION_BUS_ADDRESS"] == desktop.bus_address
    assert env["QT_QPA_PLATFORM"] == "xcb"
    assert os.stat(env["XDG_RUNTIME_DIR"]).st_mode & 0o777 == 0o700


def test_tray_selection_is_owned(desktop: HeadlessDesktop) -> None:
    assert desktop.tray_owner() != 0
    assert desktop.tray_icons() == []


def test_notification_reaches_dunst(desktop: HeadlessDesktop) -> None:
    summary = "Desk Coach harness probe"
    desktop.run("notify-send", "--expire-time=60000", summary, "Stand up and stretch")

    def displayed() -> bool:
        return desktop.run("dunstctl", "count", "displayed").stdout.strip() == "1"

    desktop.wait_until(displayed, what="dunst to display one notification")
    desktop.run("dunstctl", "close-all")  # closed notifications move to the history
    desktop.wait_until(lambda: summary in desktop.run("dunstctl", "history").stdout,
                       what=f"{summary!r} in dunst's history")


def test_without_notifications_nobody_owns_the_name(desktop_without_notifications: HeadlessDesktop) -> None:
    desktop = desktop_without_notifications
    assert not desktop.name_has_owner(NOTIFICATIONS)
    result = desktop.run("notify-send", "nobody listens", check=False)
    assert result.returncode != 0
    assert "ServiceUnknown" in result.stderr
    assert not desktop.name_has_owner(NOTIFICATIONS)  # the attempt auto-started nothing


def test_qt_tray_icon_is_embedded_in_the_tray(desktop: HeadlessDesktop, tmp_path: Path) -> None:
    script = tmp_path / "tray_app.py"
    script.write_text(TRAY_APP)
    desktop.spawn("tray-app", [sys.executable, str(script)])

    [icon] = desktop.wait_until(desktop.tray_icons, timeout=15, what="the Qt icon in the tray")
    assert icon.wm_class[-1] == "harness-probe"
    x, y, width, height = icon.geometry
    assert 16 <= width <= 64 and 16 <= height <= 64 and 0.5 <= width / height <= 2
    assert 0 <= x <= 1280 - width and 0 <= y <= 800 - height
    assert desktop.window_geometry(icon.window) == icon.geometry

    middle = (x + width // 2, y + height // 2)
    desktop.wait_until(lambda: desktop.pixel(*middle) == (255, 0, 0), what=f"the red icon drawn at {middle}")
    assert desktop.screenshot(tmp_path / "tray.png").stat().st_size > 0


def test_wait_until_names_what_it_awaited(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match="waiting for: the impossible"):
        HeadlessDesktop(log_dir=tmp_path).wait_until(lambda: False, timeout=0.1, what="the impossible")


def test_a_missing_program_is_an_error_not_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingProgramError, match=r"'Xvfb'.*Debian package: xvfb"):
        HeadlessDesktop(log_dir=tmp_path).start()


def test_close_stops_everything_and_keeps_only_the_logs(tmp_path: Path) -> None:
    with HeadlessDesktop(log_dir=tmp_path) as desktop:
        desktop.spawn("sleeper", ["sleep", "60"])
        pids, temp_dir = desktop.pids, desktop.temp_dir
    assert len(pids) == 5 and temp_dir is not None
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not temp_dir.exists()
    logs = {"xvfb.log", "dbus.log", "trayer.log", "dunst.log", "sleeper.log"}
    assert logs <= {path.name for path in tmp_path.iterdir()}
