"""The tray menu's Snooze submenu on each desktop whose tray menu the harness can drive (issue 16, 4):
with a reminder up, a real right click opens the menu, Snooze opens its submenu (through DBusMenu
on GNOME and Plasma, Qt's own menu in an XEmbed tray) and "5 minutes" puts the break off for 5
minutes, stored with its length.

The app runs with the test-only timing of tests/e2e/test_desktop_journey.py: its usual snooze
length is 3 s, shown as "1 minute (usual)"; the entry picked is the next one, a real 5 minutes.

On Plasma in this harness the screenshot shows no submenu (the Pause submenu's neither: a sliver at
the screen's right edge hints that they open past it); the keys reach it, and the snooze lands.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import desktops
import pytest
from contact_sheet import shots_folder
from desktop_fixtures import DESKTOP
from desktops import Desktop, TrayItem
from notify_probe import NotifyMonitor
from test_desktop_journey import TEST_TIMING, colours, keep_working, next_reminder, press_in, status, stored

from desk_coach.adapters.paths import AppPaths

MENU_DESKTOPS = sorted(name for name, kind in desktops.DESKTOPS.items() if kind.tray_menu_works)


@pytest.fixture(params=MENU_DESKTOPS)
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    with desktops.start(request.param, tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs go into a failed test's report
        yield desktop


def test_the_snooze_submenu_puts_the_break_off_for_the_length_picked(
        session: Desktop, tmp_path: Path) -> None:
    desktop = session
    shots = shots_folder(tmp_path)
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING])

    def drawn_items() -> list[TrayItem]:
        return [i for i in desktop.tray_items() if i.geometry and colours(desktop, i.geometry) > 4]

    [item] = desktop.wait_until(drawn_items, timeout=30, what="the Desk Coach icon registered and drawn")
    desktop.wait_until(lambda: desktop.windows("^Self-check"), timeout=20, what="the self-check")
    press_in(desktop, "^Self-check", ["Escape"])
    desktop.wait_until(lambda: not desktop.windows("^Self-check"), timeout=10, what="Escape to close it")
    next_reminder(desktop, monitor, 0)

    desktop.open_tray_menu(item)
    desktop.pick_menu_entry(2, "s")  # under the status line and Start: &Snooze, which opens its submenu
    time.sleep(1.5)  # Plasma asks for the submenu over DBusMenu (AboutToShow, GetLayout) before drawing it
    desktop.screenshot(shots / f"{desktop.name}-snooze-submenu.png")
    desktop.pick_menu_entry(4, "5")  # after "1 minute (usual)" (and a separator): &5 minutes

    def snoozed() -> dict | None:
        now = status(desktop)
        return now if now is not None and "snoozed until" in now["summary_text"] else None

    now = keep_working(desktop, snoozed, 15, "the snooze to land")
    assert 4.5 < now["next_break_in_minutes"] <= 5
    notes = stored(paths, "SELECT note FROM break_events WHERE kind = 'snoozed'")
    assert notes == [("for 5 min",)]
