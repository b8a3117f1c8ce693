"""The real coach in a real X session: X input keeps it sitting, a reminder reaches the real
notification daemon over D-Bus, dunst's Snooze answer is honoured, idle becomes a natural
break, and `desk-coach status --json` tells it all. Without a daemon the tray takes over.

The app runs with the test-only timing `--test-interval 6 --test-idle 12`: a break is due
after 6 s of sitting and 12 s without input count as a natural break.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import HeadlessDesktop
from desktop_fixtures import DESKTOP
from notify_probe import MenuDesktop, NotifyMonitor

from desk_coach.adapters.paths import AppPaths

TEST_TIMING = ["--test-interval", "6", "--test-idle", "12"]


@pytest.fixture
def menu_desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MenuDesktop]:
    """A full desktop whose dunst answers through a scripted context menu."""
    folder = tmp_path / "dunst"
    folder.mkdir()
    config = MenuDesktop.dunst_config(folder)
    with HeadlessDesktop(log_dir=tmp_path / "desktop-logs", dunst_config=config) as desktop:
        request.node.stash[DESKTOP] = desktop
        yield MenuDesktop.of(desktop, folder)


def start_coach(desktop: HeadlessDesktop) -> subprocess.Popen:
    return desktop.spawn(
        "desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING], env=desktop.env
    )


def status(desktop: HeadlessDesktop) -> dict | None:
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "status", "--json"],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return json.loads(result.stdout) if result.returncode == 0 else None


def keep_active(desktop: HeadlessDesktop, seconds: float) -> None:
    """Real X input: nudge the pointer every half second."""
    end = time.monotonic() + seconds
    step = 0
    while time.monotonic() < end:
        step += 1
        desktop.xdotool("mousemove", str(300 + step % 50), str(300 + step % 37))
        time.sleep(0.5)


def stored_events(paths: AppPaths) -> list[tuple[str, str, str]]:
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as db:
        return db.execute("SELECT kind, break_kind, note FROM break_events ORDER BY id").fetchall()


def test_reminder_snooze_natural_break_and_status(menu_desktop: MenuDesktop) -> None:
    desktop = menu_desktop.desktop
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")

    keep_active(desktop, 8)  # past the 6-s interval while typing: the reminder waits for a pause
    reminder = desktop.wait_until(
        lambda: next((c for c in monitor.calls() if c.summary == "Time to stand up"), None),
        timeout=20,
        what="the break reminder on the session bus",
    )
    assert reminder.app_name == "Desk Coach"
    assert reminder.actions[::2] == ["default", "start", "snooze", "skip"]
    assert status(desktop)["state"] == "break_due"

    menu_desktop.choose("snooze")  # dunst itself sends ActionInvoked("snooze")
    snoozed = desktop.wait_until(
        lambda: (s := status(desktop)) and s["state"] == "sitting" and s,
        timeout=10,
        what="the snooze to land",
    )
    assert 4.5 <= snoozed["next_break_in_minutes"] <= 5.0  # the default snooze is 5 minutes

    # No input at all now: after 12 s it is a natural break and the coach sees the user away.
    away = desktop.wait_until(
        lambda: (s := status(desktop)) and s["state"] == "away" and s, timeout=30, what="the natural break"
    )
    assert away["summary"] == "Away from the desk"
    keep_active(desktop, 2)  # back at the desk: a new bout starts
    desktop.wait_until(lambda: status(desktop)["state"] == "sitting", timeout=15, what="a new sitting bout")

    coach.terminate()
    assert coach.wait(timeout=20) == 0
    kinds = [kind for kind, _, _ in stored_events(paths)]
    assert kinds[:4] == ["due", "shown", "snoozed", "natural"]
    assert ("shown", "micro", "via desktop") in stored_events(paths)


def test_without_a_notification_daemon_the_tray_shows_the_reminder(
    desktop_without_notifications: HeadlessDesktop, tmp_path: Path
) -> None:
    desktop = desktop_without_notifications
    paths = AppPaths.for_current_user()
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    keep_active(desktop, 8)
    desktop.wait_until(
        lambda: ("shown", "micro", "via tray") in stored_events(paths), timeout=20, what="the tray reminder"
    )
    assert status(desktop)["state"] == "break_due"
    desktop.screenshot(tmp_path / "tray-balloon.png")
    coach.terminate()
    assert coach.wait(timeout=20) == 0
    assert [k for k, _, _ in stored_events(paths)][:2] == ["due", "shown"]


def test_break_command_opens_the_guided_routine_and_stores_each_exercise(desktop: HeadlessDesktop) -> None:
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "break"],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert status(desktop)["state"] == "on_break"

    def routine_window() -> list[str]:
        found = desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Stretch routine", check=False)
        return found.stdout.split()

    [window] = desktop.wait_until(routine_window, timeout=10, what="the guided routine window")
    # End early with real keys: Escape asks, Alt+E ends, Escape leaves the feedback page.
    for keys in (["Escape"], ["alt+e"], ["Escape"]):
        if window not in routine_window():
            break  # nothing was done yet, so there was no feedback to ask for
        desktop.run("xdotool", "windowfocus", "--sync", window, "key", *keys, check=False)
        time.sleep(0.5)
    desktop.wait_until(lambda: status(desktop)["state"] != "on_break", timeout=10, what="the break to end")
    coach.terminate()
    assert coach.wait(timeout=20) == 0
    assert [kind for kind, _, _ in stored_events(AppPaths.for_current_user())] == ["taken"]
    with sqlite3.connect(f"file:{AppPaths.for_current_user().database}?mode=ro", uri=True) as db:
        sessions = db.execute("SELECT kind, completed, ended_at IS NOT NULL FROM routine_sessions").fetchall()
    assert sessions == [("micro", 0, 1)]
