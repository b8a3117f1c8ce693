"""The real coach in a real X session: X input keeps it sitting, a reminder reaches the real
notification daemon over D-Bus, dunst's Snooze answer is honoured, idle becomes a natural
break, and `desk-coach status --json` tells it all. Without a daemon the tray takes over.

The app runs with the test-only timing `--test-interval 6 --test-idle 12`: a break is due
after 6 s of sitting, a snoozed or closed reminder comes back after 6 s, and 12 s without input
count as a natural break.
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


DESK_WORKER_CHECK = {
    "lifestyles": ["desk_worker"],
    "floor_room": False,
    "red_flags": [],
    "items": {"S1": {"left": 1, "right": 1}, "S2": {"left": 1, "right": 1}, "S3": {"score": 2}},
}


def set_up_coaching(desktop: HeadlessDesktop, folder: Path) -> None:
    """Record a desk worker's self-check, as a user would with ``desk-coach screen --from-json``:
    before one is stored, coaching is not set up and every break is a walk."""
    check = folder / "desk-worker-check.json"
    check.write_text(json.dumps(DESK_WORKER_CHECK), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "screen", "--from-json", str(check)],
        env=desktop.env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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


def keep_working(desktop: HeadlessDesktop, predicate, timeout: float, what: str):
    """Wait for ``predicate`` while the user works with short pauses: long enough for a reminder
    (a 3-s pause in typing), too short for a natural break (12 s)."""
    last = [0.0]

    def check():
        if time.monotonic() - last[0] >= 4:
            last[0] = time.monotonic()
            desktop.xdotool("mousemove", str(300 + int(last[0]) % 50), "300")
        return predicate()

    return desktop.wait_until(check, timeout=timeout, interval=0.1, what=what)


def dunst_displayed(desktop: HeadlessDesktop) -> int:
    return int(desktop.run("dunstctl", "count", "displayed").stdout.strip())


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
    assert 0 < snoozed["next_break_in_minutes"] <= 0.1  # the snooze lasts the 6-s test interval
    assert "snoozed until" in snoozed["summary_text"]

    # No input at all now: after 12 s it is a natural break and the coach sees the user away.
    away = desktop.wait_until(
        lambda: (s := status(desktop)) and s["state"] == "away" and s, timeout=30, what="the natural break"
    )
    assert away["summary_text"] == "Away from the desk"
    keep_active(desktop, 2)  # back at the desk: a new bout starts
    desktop.wait_until(lambda: status(desktop)["state"] == "sitting", timeout=15, what="a new sitting bout")

    coach.terminate()
    assert coach.wait(timeout=20) == 0
    kinds = [kind for kind, _, _ in stored_events(paths)]
    assert kinds[:3] == ["due", "shown", "snoozed"]
    assert "natural" in kinds[3:]  # (the snoozed reminder came back 6 s later, before it)
    assert ("shown", "micro", "via desktop") in stored_events(paths)


def test_a_reminder_closed_expired_or_lost_with_its_daemon_comes_back(desktop: HeadlessDesktop,
                                                                      tmp_path: Path) -> None:
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")

    def reminders() -> list:
        return [call for call in monitor.calls() if call.summary == "Time to stand up"]

    keep_working(desktop, lambda: len(reminders()) == 1, 30, "the first reminder")
    desktop.wait_until(lambda: dunst_displayed(desktop) == 1, what="dunst to show it")
    on_screen = status(desktop)
    assert on_screen["state"] == "break_due"
    assert on_screen["summary_text"].endswith("reminder on screen, waiting for your answer")

    desktop.run("dunstctl", "close")  # its close button
    closed = desktop.wait_until(
        lambda: (s := status(desktop)) and "reminder closed" in s["summary_text"] and s,
        timeout=10, what="the closed reminder to be handled")
    assert closed["state"] == "sitting" and "reminder closed, back at" in closed["summary_text"]
    keep_working(desktop, lambda: len(reminders()) == 2, 30, "the closed reminder to come back")
    desktop.wait_until(lambda: dunst_displayed(desktop) == 1, what="dunst to show it again")

    # The daemon goes away with the reminder on screen; the desktop starts one that lets every
    # notification expire after a second.
    expiring = tmp_path / "dunstrc-expiring"
    expiring.write_text("[expire-all]\n    appname = *\n    override_dbus_timeout = 1\n")
    desktop.restart_notifications(expiring)
    keep_working(desktop, lambda: len(reminders()) == 3, 30, "the reminder lost with its daemon to come back")
    assert reminders()[2].actions[::2] == ["default", "start", "skip"]  # two put off in a row: no Snooze
    keep_working(desktop, lambda: len(reminders()) == 4, 30, "the expired reminder to come back")

    coach.terminate()
    assert coach.wait(timeout=20) == 0
    kinds = [kind for kind, _, _ in stored_events(paths)]
    assert kinds.count("dismissed") == 3
    assert kinds.count("shown") == 4


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


def test_break_command_opens_the_guided_routine_and_stores_each_exercise(desktop: HeadlessDesktop,
                                                                        tmp_path: Path) -> None:
    set_up_coaching(desktop, tmp_path)
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
    # Ended before anything was done: a partial break with nothing done, not a break taken.
    kinds = [kind for kind, _, _ in stored_events(AppPaths.for_current_user())]
    assert kinds[0] == "partial" and "taken" not in kinds
    with sqlite3.connect(f"file:{AppPaths.for_current_user().database}?mode=ro", uri=True) as db:
        sessions = db.execute("SELECT kind, completed, ended_at IS NOT NULL FROM routine_sessions").fetchall()
    assert sessions == [("micro", 0, 1)]


def test_what_changed_after_a_routine_arrives_as_a_desktop_notification(desktop: HeadlessDesktop,
                                                                         tmp_path: Path) -> None:
    monitor = NotifyMonitor(desktop)
    set_up_coaching(desktop, tmp_path)
    coach = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    result = subprocess.run([sys.executable, "-m", "desk_coach", "break"], env=desktop.env,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr

    def routine_window() -> list[str]:
        found = desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Stretch routine", check=False)
        return found.stdout.split()

    [window] = desktop.wait_until(routine_window, timeout=10, what="the guided routine window")
    # "This hurts" on the first move, end the routine there, and leave the feedback page as it is:
    # the move is eased, and the coach says so.
    for keys in (["h"], ["alt+e"], ["alt+g"], ["Escape"]):
        if window not in routine_window():
            break
        desktop.run("xdotool", "windowfocus", "--sync", window, "key", *keys, check=False)
        time.sleep(0.7)
    changed = desktop.wait_until(
        lambda: next((c for c in monitor.calls() if c.summary == "What changed"), None),
        timeout=15, what="the what-changed message on the session bus")
    desktop.screenshot(tmp_path / "what-changed.png")
    assert changed.app_name == "Desk Coach"
    assert changed.body
    assert "start" not in changed.actions and "snooze" not in changed.actions  # a message, not a reminder
    coach.terminate()
    assert coach.wait(timeout=20) == 0
    assert stored_events(AppPaths.for_current_user())[0][0] == "partial"  # ended at the first move
