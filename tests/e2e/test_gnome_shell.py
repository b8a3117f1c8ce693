"""Desk Coach in GNOME Shell 43 (Wayland, headless; tests/support/desktops/gnome.py): what only this
desktop does to a reminder and to the app's identity.

- GNOME shows one banner at a time and queues the next. A message of ours still on screen (the
  "Coaching is not set up yet" that follows a cancelled self-check) held the break reminder back:
  with the user away from the desk the first banner stays, and the reminder was logged "shown via
  desktop" with no banner on screen. The reminder now closes our earlier messages.
- A normal banner the user let pass goes into the message list under the clock; GNOME 43 draws no
  action buttons there, but a click answers it (its "default" action).
- GNOME ignores expire_timeout and takes a normal banner away 4 s after the user is back at the
  keyboard: a reminder is critical there, so it stays on screen, expanded with its buttons.
- Locking the session (org.gnome.ScreenSaver.Lock) ends the sitting bout as "lock".
- The top bar and the notifications name the app by its desktop entry: "Desk Coach" with its icon,
  whether a package installed the entry or the app wrote its own at first start.
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

import pytest
from desktop_fixtures import DESKTOP
from desktops.gnome import GnomeShell
from notify_probe import NotifyMonitor

from desk_coach.adapters.desktop_entry import MARKER, data_folders, entry_text
from desk_coach.adapters.paths import AppPaths

T = TypeVar("T")
REMINDER = "Time to stand up"
NOT_SET_UP = "Coaching is not set up yet"
#: A message, then a reminder, from the app's own notifier, as the coach sends them after a
#: cancelled self-check; then it waits for the answer (the test stops it).
NOTIFIER = f"""
from PySide6.QtCore import QCoreApplication, QTimer
from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder
from desk_coach.domain.said import recorded_text

app = QCoreApplication([])
notifier = FreedesktopNotifier()
assert notifier.tell("Coaching is not set up yet", "Until you take the self-check, every break is a walk.",
                     on_click=lambda: None)
reminder = Reminder(BreakKind.MICRO, recorded_text({REMINDER!r}),
                    (recorded_text("You've been sitting for 50 min."),), can_snooze=True, snooze_min=5)
QTimer.singleShot(1500, lambda: print("shown", notifier.show(reminder, print), flush=True))
app.exec()
"""


def idle_ms(gnome: GnomeShell) -> int:
    """How long the session has had no input, as Mutter's idle monitor tells it."""
    return gnome.call("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
                      "org.gnome.Mutter.IdleMonitor", "GetIdletime")[0]


@pytest.fixture
def gnome(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GnomeShell]:
    with GnomeShell(tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs go into a failed test's report
        yield desktop


def test_the_reminder_gets_the_banner_after_a_message_of_ours_and_keeps_it_with_its_buttons(
        gnome: GnomeShell) -> None:
    # No input: the user is away (GNOME counts 1 s without input), so it keeps a banner up until
    # they are back.
    gnome.wait_until(lambda: idle_ms(gnome) > 2000, timeout=10, what="the user away from the desk")
    gnome.spawn("notifier", [sys.executable, "-c", NOTIFIER])
    # Placed once the shell has laid it out (its box is unknown for the first frame).
    banner = gnome.wait_until(lambda: (b := gnome.banner()) and b["title"] == REMINDER
                              and b["box"][1] is not None and b, timeout=15,
                              interval=0.3, what=f"the banner of {REMINDER!r}")
    assert gnome.notifications_shown() == 1
    assert banner["box"][1] < 100  # under the top bar, where banners come down
    # Critical: it stays until answered, expanded with its buttons (a normal banner would go 4 s
    # after the user is back at the keyboard, into the message list, where GNOME draws no buttons).
    assert banner["critical"]
    # Three buttons, all GNOME gives a notification: Snooze says its length (others: the tray menu).
    buttons = [label for label, _ in banner["buttons"]]
    assert banner["expanded"] and buttons == ["Start", "Snooze 5 min", "Skip"]
    gnome.nudge()  # the user back at the desk: the shell gives a normal banner 2 s more, then hides it
    gnome.wait_until(lambda: (b := gnome.banner()) is None or (b["userSeen"] and not b["expires"]),
                     timeout=10, interval=0.2, what="the shell's time for the banner over")
    after = gnome.banner()
    assert after is not None and after["title"] == REMINDER, "the reminder left the screen unanswered"
    gnome.screenshot(gnome.log_dir.parent / "gnome-reminder-banner.png")


@pytest.mark.parametrize("installed", [False, True], ids=["entry-written-by-the-app", "entry-installed"])
def test_windows_and_notifications_are_named_desk_coach(installed: bool, tmp_path: Path) -> None:
    home, _ = data_folders()
    entry = home / "applications" / "desk-coach.desktop"
    if installed:  # as a package (or the user) installed it before the session started
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(entry_text([sys.executable, "-m", "desk_coach"]).replace(MARKER + "\n", ""))
    with GnomeShell(tmp_path / "desktop-logs") as gnome:
        gnome.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run"])
        [check] = gnome.wait_until(lambda: gnome.windows("^Self-check"), timeout=20, what="the self-check")
        app = gnome.wait_until(lambda: (a := gnome.window_app(check)) and a["name"] == "Desk Coach" and a,
                               timeout=20, what="the shell naming the window's app Desk Coach")
        assert app["id"] == "desk-coach.desktop" and not app["windowBacked"]
        gnome.focus(check)
        gnome.wait_until(lambda: gnome.window_app(check)["appMenu"] == "Desk Coach", timeout=10,
                         what="the top bar naming the focused app Desk Coach")
        gnome.screenshot(tmp_path / "gnome-top-bar.png")
        time.sleep(0.5)  # let Qt see the focus arrive
        gnome.key("Escape")  # cancelled: "Coaching is not set up yet" comes from the app
        sources = gnome.wait_until(lambda: gnome.notification_sources(), timeout=10, what="the app's message")
        assert sources == [{"title": "Desk Coach", "app": "desk-coach.desktop"}]
    assert (MARKER in entry.read_text()) is not installed  # a package's entry is left alone


def test_a_message_whose_banner_went_by_waits_in_the_message_list_where_a_click_answers_it(
        gnome: GnomeShell) -> None:
    monitor = NotifyMonitor(gnome)
    gnome.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run"])
    [check] = gnome.wait_until(lambda: gnome.windows("^Self-check"), timeout=20, what="the self-check")
    gnome.focus(check)
    time.sleep(0.5)  # let Qt see the focus arrive
    gnome.key("Escape")  # cancelled: "Coaching is not set up yet", whose click opens the self-check
    gnome.wait_until(lambda: not gnome.windows("^Self-check"), timeout=10, what="the self-check closed")

    def working(predicate: Callable[[], T], what: str) -> T:
        """Wait for ``predicate`` while the user works (GNOME takes a normal banner away 4 s after
        the user is back at the keyboard, into the message list)."""
        return gnome.wait_until(lambda: (gnome.nudge(), predicate())[1], timeout=30, interval=1, what=what)

    message = working(lambda: next((c for c in monitor.calls() if c.summary == NOT_SET_UP), None),
                      "the message")
    working(lambda: gnome.banner() is None, "its banner gone")
    assert gnome.notification_reachable(message)  # in the message list
    gnome.answer_notification(message, "default")  # the clock, then the message in the list
    gnome.wait_until(lambda: gnome.windows("^Self-check"), timeout=10, what="the self-check again")
    gnome.screenshot(gnome.log_dir.parent / "gnome-self-check-from-the-list.png")


def test_locking_the_session_ends_the_bout_as_locked(gnome: GnomeShell) -> None:
    paths = AppPaths.for_current_user()
    timing = ["--test-interval", "60", "--test-idle", "12"]  # no break due; 12 s without input: away
    gnome.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose", "run", *timing])
    [check] = gnome.wait_until(lambda: gnome.windows("^Self-check"), timeout=20, what="the self-check")
    gnome.focus(check)
    time.sleep(0.5)  # let Qt see the focus arrive
    gnome.key("Escape")
    gnome.wait_until(lambda: (gnome.nudge(), state(gnome) == "sitting")[1], timeout=30, interval=1,
                     what="the user sitting")
    gnome.lock()  # as the system menu's Lock does
    gnome.screenshot(gnome.log_dir.parent / "gnome-locked.png")
    gnome.wait_until(lambda: state(gnome) == "away", timeout=20, interval=1, what="the coach to see the lock")
    gnome.unlock()
    gnome.wait_until(lambda: (gnome.nudge(), state(gnome) == "sitting")[1], timeout=30, interval=1,
                     what="the user back")
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as db:
        assert db.execute("SELECT end_reason FROM sitting_bouts").fetchall() == [("lock",)]


def state(gnome: GnomeShell) -> str | None:
    result = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=gnome.app_env(),
                            capture_output=True, text=True, timeout=30)
    return json.loads(result.stdout)["state"] if result.returncode == 0 else None
