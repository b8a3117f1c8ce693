"""One user's journey with Desk Coach, on each desktop of the matrix (tests/support/desktops):
driven only through the desktop's own input and read through what the desktop shows.

First start: the icon is registered with the tray host and drawn, the self-check opens and
Escape answers it. Input makes the user sit, as that desktop's idle source tells the coach. A
break comes due: the reminder comes from the desktop's notification server with Start, Snooze and
Skip, and Snooze is answered there. A right click on the tray icon opens the menu, "Start a break
now" opens the routine window, real keys end it, and it is stored. Quit from the menu: exit 0, the
sitting bout stored.

On sway, waybar does not reliably answer clicks on the icon (``Sway.tray_menu_works``): there the
break is started with ``desk-coach break`` and the coach is stopped as a session end stops it.

The app runs with the test-only timing of tests/e2e/test_coach_reminders.py, shorter: a break is
due after 3 s of sitting, a snoozed reminder comes back after 3 s, 12 s without input are a
natural break. Screenshots of the tray, the reminder, the menu and the routine window are left in
the test's folder (``<desktop>-*.png``).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import desktops
import pytest
from desktop import DesktopError, Geometry
from desktop_fixtures import DESKTOP
from desktops import Desktop, TrayItem
from notify_probe import NotifyCall, NotifyMonitor

from desk_coach.adapters.paths import AppPaths

T = TypeVar("T")
TEST_TIMING = ["--test-interval", "3", "--test-idle", "12"]
REMINDER = "Time to stand up"

#: What ``status --json`` names as the idle source on each desktop (None: activity cannot be
#: sensed there). sway 1.7 offers only org_kde_kwin_idle, which the compositor itself answers.
IDLE_SOURCE = {"xvfb": "XScreenSaver", "xfce": "XScreenSaver", "sway": "org_kde_kwin_idle", "gnome": "Mutter"}


@pytest.fixture(params=sorted(desktops.DESKTOPS))
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    with desktops.start(request.param, tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs go into a failed test's report
        yield desktop


def status(desktop: Desktop) -> dict | None:
    result = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=desktop.app_env(),
                            capture_output=True, text=True, timeout=30)
    return json.loads(result.stdout) if result.returncode == 0 else None


def keep_working(desktop: Desktop, predicate: Callable[[], T], timeout: float, what: str) -> T:
    """Wait for ``predicate`` while the user works with short pauses: long enough for a reminder
    (it waits for a pause in typing), too short for a natural break."""
    last = [0.0]

    def check() -> T:
        if time.monotonic() - last[0] >= 4.5:
            last[0] = time.monotonic()
            desktop.nudge()
        return predicate()

    return desktop.wait_until(check, timeout=timeout, interval=0.2, what=what)


def colours(desktop: Desktop, box: Geometry) -> int:
    pixels = desktop.capture_rgb(box)
    return len({pixels[i:i + 3] for i in range(0, len(pixels), 3)})


def reminders(monitor: NotifyMonitor) -> list[NotifyCall]:
    return [call for call in monitor.calls() if call.summary == REMINDER]


def stored(paths: AppPaths, query: str) -> list[tuple]:
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as db:
        return db.execute(query).fetchall()


def test_first_start_reminder_snooze_tray_break_and_quit(session: Desktop, tmp_path: Path) -> None:
    desktop = session
    shot = lambda what: desktop.screenshot(tmp_path / f"{desktop.name}-{what}.png")  # noqa: E731
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    coach = desktop.spawn("desk-coach",
                          [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING])

    # First start: the icon is registered with the tray host and drawn in the tray.
    def drawn_items() -> list[TrayItem]:
        return [i for i in desktop.tray_items() if i.geometry and colours(desktop, i.geometry) > 4]

    [item] = desktop.wait_until(drawn_items, timeout=30, what="the Desk Coach icon registered and drawn")
    assert item.title in ("Desk Coach", "desk-coach")
    assert 16 <= item.geometry.width <= 64 and 16 <= item.geometry.height <= 64
    shot("tray")
    # ... and the self-check opens; Escape answers it (coaching not set up yet: walk breaks).
    [check] = desktop.wait_until(lambda: desktop.windows("^Self-check"), timeout=20, what="the self-check")
    desktop.focus(check)
    time.sleep(0.5)  # let Qt see the focus arrive
    desktop.key("Escape")
    desktop.wait_until(lambda: not desktop.windows("^Self-check"), timeout=10, what="Escape to close it")
    desktop.wait_until(lambda: paths.first_run_marker.exists(), timeout=10, what="'not set up yet' stored")

    # Input: the user sits, as the desktop's idle source tells the coach.
    sitting = keep_working(desktop, lambda: (s := status(desktop)) and s["state"] in ("sitting", "break_due")
                           and s, 30, "the coach to see the user sitting")
    source = IDLE_SOURCE[desktop.name]
    if source is None:  # nothing on this desktop tells idle time yet: work hours count as sitting
        assert not sitting["activity_sensed"]
        assert "activity cannot be sensed on this desktop" in sitting["summary"]
    else:
        assert sitting["activity_sensed"] and source in sitting["sensor"]

    # A break comes due: the reminder, from this desktop's notification server, with its answers.
    reminder = keep_working(desktop, lambda: next(iter(reminders(monitor)), None),
                            30, "the break reminder on the session bus")
    assert reminder.app_name == "Desk Coach"
    assert reminder.actions[::2] == ["default", "start", "snooze", "skip"]
    desktop.wait_until(lambda: desktop.notifications_shown() >= 1, timeout=10,
                       what=f"{desktop.notification_server} to show the reminder")
    shot("reminder")
    desktop.answer_notification(reminder, "snooze")
    snoozed = keep_working(desktop, lambda: (s := status(desktop)) and "snoozed until" in s["summary"] and s,
                           15, "the snooze to land")
    assert snoozed["state"] == "sitting"

    # The tray menu, opened by a real right click: "Start a break now" opens the routine.
    if desktop.tray_menu_works:
        desktop.open_tray_menu(item)
        shot("menu")
        desktop.pick_menu_entry(1, "b")  # under the status line: Start a &break now
    else:
        desktop.run(sys.executable, "-m", "desk_coach", "break")
    [routine] = desktop.wait_until(lambda: desktop.windows("^Stretch routine"), timeout=15,
                                   what="the routine window")
    shot("routine")
    assert status(desktop)["state"] == "on_break"
    # End it early with real keys: Escape asks, Alt+E ends, Escape leaves the feedback page.
    for keys in ("Escape", "alt+e", "Escape"):
        if not desktop.windows("^Stretch routine"):
            break  # nothing was done yet, so there was no feedback to ask for
        try:
            desktop.focus(routine)
        except DesktopError:
            break  # it closed meanwhile
        desktop.key(keys)
        time.sleep(0.5)
    desktop.wait_until(lambda: status(desktop)["state"] != "on_break", timeout=15, what="the break to end")
    routines = stored(paths, "SELECT kind, completed, ended_at IS NOT NULL FROM routine_sessions")
    assert routines == [("micro", 0, 1)]  # ended early, and stored

    # Quit from the menu: a clean exit, the running bout stored.
    keep_working(desktop, lambda: status(desktop)["state"] == "sitting", 15, "a new bout after the break")
    if desktop.tray_menu_works:
        desktop.open_tray_menu(item)
        desktop.pick_menu_entry(-1, "q")  # &Quit Desk Coach
    else:
        coach.terminate()  # the session ending
    assert coach.wait(timeout=20) == 0
    kinds = [kind for (kind,) in stored(paths, "SELECT kind FROM break_events ORDER BY id")]
    assert kinds[:3] == ["due", "shown", "snoozed"] and "partial" in kinds
    assert stored(paths, "SELECT end_reason FROM sitting_bouts ORDER BY id DESC LIMIT 1") == [("quit",)]
