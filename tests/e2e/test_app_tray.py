"""The real Desk Coach in a real X session: its icon lands in the tray, its menu answers real
mouse input, and it leaves a private database behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from desktop import HeadlessDesktop, TrayIcon
from notify_probe import NotifyMonitor

from desk_coach.adapters.paths import AppPaths

APP_CLASS = "desk-coach"


def start_coach(desktop: HeadlessDesktop, name: str = "desk-coach") -> subprocess.Popen:
    return desktop.spawn(name, [sys.executable, "-m", "desk_coach", "--verbose"], env=desktop.env)


def wait_for_icon(desktop: HeadlessDesktop) -> TrayIcon:
    def our_icon() -> TrayIcon | None:
        icons = [icon for icon in desktop.tray_icons() if icon.wm_class and icon.wm_class[-1] == APP_CLASS]
        return icons[0] if icons else None

    return desktop.wait_until(our_icon, timeout=20, what="the Desk Coach icon embedded in the tray")


def visible_windows(desktop: HeadlessDesktop) -> set[str]:
    result = desktop.run("xdotool", "search", "--onlyvisible", "--class", APP_CLASS, check=False)
    return set(result.stdout.split())


def test_icon_embeds_and_quit_from_the_menu_leaves_a_private_database(
    desktop: HeadlessDesktop, tmp_path: Path
) -> None:
    paths = AppPaths.for_current_user()
    coach = start_coach(desktop)
    icon = wait_for_icon(desktop)
    x, y, width, height = icon.geometry
    assert 16 <= width <= 64 and 16 <= height <= 64
    desktop.wait_until(paths.database.exists, timeout=20, what="the database file")
    # A first start offers the self-check; the tray menu opens on top of it.
    desktop.wait_until(
        lambda: desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Self-check", check=False)
        .stdout.split(),
        timeout=10,
        what="the first-run self-check",
    )

    before = visible_windows(desktop)
    desktop.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "3")
    menu_id = desktop.wait_until(
        lambda: next(iter(visible_windows(desktop) - before), None), timeout=10, what="the tray menu to open"
    )
    menu = desktop.window_geometry(int(menu_id))
    desktop.screenshot(tmp_path / "tray-menu.png")
    # "Quit Desk Coach" is the last entry: click in the middle of the menu's bottom row.
    desktop.xdotool("mousemove", str(menu.x + menu.width // 2), str(menu.y + menu.height - 12), "click", "1")

    assert coach.wait(timeout=20) == 0
    assert stat.S_IMODE(os.stat(paths.database).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(paths.data_dir).st_mode) == 0o700
    with paths.database.open("rb") as db:
        assert db.read(16) == b"SQLite format 3\x00"
    log = paths.log_file.read_text(encoding="utf-8")
    assert "Desk Coach 0.1.0 started" in log and "Desk Coach stopped" in log


def test_second_launch_hands_over_to_the_running_coach(desktop: HeadlessDesktop) -> None:
    monitor = NotifyMonitor(desktop)
    first = start_coach(desktop)
    wait_for_icon(desktop)
    desktop.wait_until(lambda: subprocess.run([sys.executable, "-m", "desk_coach", "status"], env=desktop.env,
                                              capture_output=True, timeout=30).returncode == 0,
                       timeout=30, what="the coach to be running")
    second = subprocess.run(
        [sys.executable, "-m", "desk_coach"], env=desktop.env, capture_output=True, text=True, timeout=30
    )
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    assert first.poll() is None, "the first coach must keep running"
    assert len([i for i in desktop.tray_icons() if i.wm_class and i.wm_class[-1] == APP_CLASS]) == 1
    # The running coach shows itself where the user looks: its status window, on screen and in front.
    def status_window() -> str:
        return desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Desk Coach$", check=False).stdout

    desktop.wait_until(status_window, timeout=10, what="the status window of the running coach")
    assert not [c for c in monitor.calls() if "already running" in c.body]
    first.terminate()
    assert first.wait(timeout=20) == 0
