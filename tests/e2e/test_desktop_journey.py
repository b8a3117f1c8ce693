"""One user's journey with Desk Coach, on each desktop of the matrix (tests/support/desktops):
driven only through the desktop's own input and read through what the desktop shows.

1. First start: the icon is registered with the tray host and drawn (a crop of the panel around
   it is kept for the contact sheet), the self-check opens and Escape answers it.
2. Input makes the user sit, as the desktop's own idle source tells the coach (``idle_source``).
3. A break comes due: the reminder comes from the desktop's notification server with Start,
   Snooze and Skip, and is still on screen (or one click away in the desktop's list) 20 s later.
   Each answer is given where the server takes it (its buttons, dunst's menu, ``makoctl``):
   Snooze; the reminder that comes back is closed without an answer, which counts as a snooze
   (issue 7) and brings it back once more, now with Start and Skip only: Skip; the next break's
   reminder: Start, which opens the routine, ended early with real keys.
4. With a window the user types in holding the keyboard, "Start a break now" from the tray menu
   (a real right click) shows the routine window without taking the keyboard from it (except on
   a desktop that gives every new window the keyboard: sway, KWin); the user then clicks the routine
   and runs it to its end with real keys: stored as completed.
5. No input: away, and back: a natural break stored.
6. The session locked through the desktop's own locker, a reminder up: away, the reminder
   withdrawn, and back.
7. Quit from the menu: exit 0, the sitting bout stored.

Each time the routine window shows, its pixels are read too: its left margin must be blank from
top to bottom (``Desktop.margin_blank``), which a window the compositor drew from a misread buffer
is not (KWin 5.27 showed it striped: desk_coach/ui/redraw_after_resize.py).

On sway, waybar's menu opens under tiled windows (``Sway.tray_menu_works``): there the
breaks are started with ``desk-coach break`` and the coach is stopped as a session end stops it.

The app runs with the test-only timing of tests/e2e/test_coach_reminders.py, shorter: a break is
due after 3 s of sitting, a snoozed or closed reminder comes back after 3 s, 12 s without input are
a natural break. Screenshots (``<desktop>-<what>.png``) and the tray crop (``tray-<desktop>.png``)
go to the folder named by ``DESK_COACH_SHOTS``, else the test's tmp folder;
``python tests/support/contact_sheet.py FOLDER`` puts the tray crops side by side.
"""

from __future__ import annotations

import contextlib
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
import typing_pad
from contact_sheet import shots_folder, write_png
from desktop import DesktopError, Geometry
from desktop_fixtures import DESKTOP
from desktops import Desktop, TrayItem
from notify_probe import NotifyCall, NotifyMonitor

from desk_coach.adapters.paths import AppPaths

T = TypeVar("T")
TEST_TIMING = ["--test-interval", "3", "--test-idle", "12"]
NATURAL_BREAK_S = 12
REMINDER = "Time to stand up"
ALL_ANSWERS = ["start", "snooze", "skip"]


@pytest.fixture(params=sorted(desktops.DESKTOPS))
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desktop]:
    with desktops.start(request.param, tmp_path / "desktop-logs") as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs go into a failed test's report
        yield desktop


# -- reading what the user and the coach see ---------------------------------------------------------


def status(desktop: Desktop) -> dict | None:
    result = subprocess.run([sys.executable, "-m", "desk_coach", "status", "--json"], env=desktop.app_env(),
                            capture_output=True, text=True, timeout=30)
    return json.loads(result.stdout) if result.returncode == 0 else None


def in_state(desktop: Desktop, *states: str) -> dict | None:
    now = status(desktop)
    return now if now is not None and now["state"] in states else None


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


def next_reminder(desktop: Desktop, monitor: NotifyMonitor, seen: int, timeout: float = 30) -> NotifyCall:
    """The reminder after the ``seen`` first ones, once the server shows it (the user working on)."""
    def arrived() -> NotifyCall | None:
        calls = reminders(monitor)
        return calls[seen] if len(calls) > seen else None

    reminder = keep_working(desktop, arrived, timeout, f"reminder {seen + 1} on the session bus")
    assert reminder.app_name == "Desk Coach"
    keep_working(desktop, lambda: desktop.notification_reachable(reminder), 10,
                 f"{desktop.notification_server} to show reminder {seen + 1}")
    return reminder


def stored(paths: AppPaths, query: str) -> list[tuple]:
    with sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True) as db:
        return db.execute(query).fetchall()


def break_events(paths: AppPaths) -> list[str]:
    return [kind for (kind,) in stored(paths, "SELECT kind FROM break_events ORDER BY id")]


def answers_offered(call: NotifyCall) -> list[str]:
    """The answer buttons a reminder asks for (its action keys, less "default": a click on the
    notification itself, which starts the break where the server offers it)."""
    return [key for key in call.actions[::2] if key != "default"]


def save_tray_crop(desktop: Desktop, item: TrayItem, folder: Path) -> Path:
    """The panel around the icon, at 1x, for the contact sheet: 200 pixels each side of it, from
    the screen's edge the panel is on (top, or bottom as on Plasma) to a little past the icon."""
    assert item.geometry is not None
    x, y, width, height = item.geometry
    left = max(0, x - 200)
    right = min(desktop.size[0], x + width + 200)
    if y < desktop.size[1] // 2:
        box = Geometry(left, 0, right - left, min(desktop.size[1], y + height + 12))
    else:
        box = Geometry(left, max(0, y - 12), right - left, desktop.size[1] - max(0, y - 12))
    return write_png(folder / f"tray-{desktop.name}.png", box.width, box.height, desktop.capture_rgb(box))


# -- the user's hands ---------------------------------------------------------------------------------


def start_break_from_menu(desktop: Desktop, item: TrayItem, shot: Callable[[str], Path]) -> None:
    if desktop.tray_menu_works:
        desktop.open_tray_menu(item)
        shot("menu")
        desktop.pick_menu_entry(1, "b")  # under the status line: Start a &break now
    else:
        desktop.run(sys.executable, "-m", "desk_coach", "break")


def press_in(desktop: Desktop, window_title: str, keys: list[str]) -> None:
    """Click into the window (the desktop gives it the keyboard) and press ``keys`` while it is open."""
    for combo in keys:
        found = desktop.windows(window_title)
        if not found:
            return
        try:
            desktop.focus(found[0])
        except DesktopError:
            return  # it closed meanwhile
        time.sleep(0.3)  # let Qt see the focus arrive
        desktop.key(combo)
        time.sleep(0.5)


def routine_drawn_whole(desktop: Desktop, shots: Path) -> None:
    """The routine window shows what it draws: its left margin blank from top to bottom, not
    crossed by the stripes of a buffer read with the wrong row length (seen on KWin 5.27)."""
    [window] = desktop.windows("^Stretch routine")
    try:
        desktop.wait_until(lambda: desktop.margin_blank(window), timeout=10, interval=0.5,
                           what="the routine window drawn whole (its left margin blank)")
    except AssertionError:
        desktop.screenshot(shots / f"{desktop.name}-routine-not-drawn-whole.png")  # for the reader
        raise


def type_text(desktop: Desktop, text: str) -> None:
    for letter in text:
        desktop.key(letter)


# -- the journey ---------------------------------------------------------------------------------------


def icon_lost_with_the_hosts_fault(desktop: Desktop, item: TrayItem) -> bool:
    """Whether the tray icon is gone because the tray host takes no item from any app (GNOME's
    extension after some unlocks): then the app is only to keep asking, which its log shows. An
    icon gone while the host takes items is the app's fault, and opening the menu fails."""
    def shown() -> bool:
        return any(i.id == item.id and i.geometry for i in desktop.tray_items())

    with contextlib.suppress(AssertionError):
        desktop.wait_until(shown, timeout=20, interval=0.5, what="the tray icon shown")
    if shown() or not desktop.tray_refuses_every_item():
        return False
    log = (desktop.log_dir / "desk-coach.log").read_text(errors="replace")
    assert "the watcher did not take it; registering again" in log, "the app stopped asking the tray"
    print(f"{desktop.name}: the tray host refused every item after the unlock; the app kept asking")
    return True


def test_user_journey(session: Desktop, tmp_path: Path) -> None:
    desktop = session
    began = time.monotonic()
    shots = shots_folder(tmp_path)
    shot = lambda what: desktop.screenshot(shots / f"{desktop.name}-{what}.png")  # noqa: E731
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    coach = desktop.spawn("desk-coach",
                          [sys.executable, "-m", "desk_coach", "--verbose", "run", *TEST_TIMING])

    # 1. First start: the icon is registered with the tray host and drawn in the tray.
    def drawn_items() -> list[TrayItem]:
        return [i for i in desktop.tray_items() if i.geometry and colours(desktop, i.geometry) > 4]

    [item] = desktop.wait_until(drawn_items, timeout=30, what="the Desk Coach icon registered and drawn")
    # An SNI host reads the item's Title, which the app's own item says in full; an XEmbed tray
    # (a window id) names the icon's window as Qt does.
    assert item.title in (("Desk Coach", "desk-coach") if item.id.isdigit() else ("Desk Coach",))
    assert 16 <= item.geometry.width <= 64 and 16 <= item.geometry.height <= 64
    shot("tray")
    save_tray_crop(desktop, item, shots)
    # ... and the self-check opens; Escape answers it (coaching not set up yet: walk breaks).
    desktop.wait_until(lambda: desktop.windows("^Self-check"), timeout=20, what="the self-check")
    press_in(desktop, "^Self-check", ["Escape"])
    desktop.wait_until(lambda: not desktop.windows("^Self-check"), timeout=10, what="Escape to close it")
    desktop.wait_until(lambda: paths.first_run_marker.exists(), timeout=10, what="'not set up yet' stored")

    # 2. Input: the user sits, as the desktop's own idle source tells the coach.
    sitting = keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 30,
                           "the coach to see the user sitting")
    assert sitting["activity_sensed"] and desktop.idle_source in sitting["sensor"], sitting["sensor"]

    # 3. A break comes due: the reminder, from this desktop's notification server, with its answers;
    # it stays where the user finds it until answered.
    first = next_reminder(desktop, monitor, 0)
    assert answers_offered(first) == ALL_ANSWERS
    appeared = time.monotonic()
    keep_working(desktop, lambda: time.monotonic() - appeared >= 20, 25, "20 s with the reminder up")
    assert desktop.notification_reachable(first), "the reminder went out of reach before an answer"
    shot("reminder-20s")
    desktop.answer_notification(first, "snooze")
    keep_working(desktop, lambda: (s := status(desktop)) and "snoozed until" in s["summary_text"], 15,
                 "the snooze to land")
    # Closed without an answer: stored as such, and back after the snooze length, without Snooze
    # now (a close counts as a snooze; two in a row is the limit).
    second = next_reminder(desktop, monitor, 1)
    desktop.dismiss_notification(second)
    keep_working(desktop, lambda: "dismissed" in break_events(paths), 15, "the close to be stored")
    third = next_reminder(desktop, monitor, 2)
    assert answers_offered(third) == ["start", "skip"]
    desktop.answer_notification(third, "skip")
    keep_working(desktop, lambda: "skipped" in break_events(paths), 15, "the skip to be stored")
    # The next break: Start opens the routine; real keys end it early (Escape asks, Alt+E ends,
    # Escape leaves the feedback page).
    fourth = next_reminder(desktop, monitor, 3)
    desktop.answer_notification(fourth, "start")
    desktop.wait_until(lambda: desktop.windows("^Stretch routine"), timeout=15, what="the routine window")
    assert in_state(desktop, "on_break")
    routine_drawn_whole(desktop, shots)
    press_in(desktop, "^Stretch routine", ["Escape", "alt+e", "Escape"])
    desktop.wait_until(lambda: not in_state(desktop, "on_break"), timeout=15, what="the break to end")
    routines = stored(paths, "SELECT kind, completed, ended_at IS NOT NULL FROM routine_sessions")
    assert routines == [("micro", 0, 1)]  # ended early, and stored
    kinds = break_events(paths)
    answers = ["due", "shown", "snoozed", "due", "shown", "dismissed", "due", "shown", "skipped"]
    assert kinds[:9] == answers, kinds
    assert "partial" in kinds

    # 4. "Start a break now" while the user types in another window: the routine shows, the
    # keyboard stays where it was; the user clicks the routine and runs it to its end.
    typed = tmp_path / "typed.txt"
    desktop.spawn("typing-pad", [sys.executable, typing_pad.__file__, str(typed)])
    [pad] = desktop.wait_until(lambda: desktop.windows(f"^{typing_pad.TITLE}"), timeout=15,
                               what="the typing pad")
    desktop.focus(pad)
    keep_working(desktop, lambda: (type_text(desktop, "ab"), typed.read_text().endswith("ab"))[1], 15,
                 "the typing pad to take what is typed")
    keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 15, "a new bout after the break")
    start_break_from_menu(desktop, item, shot)
    desktop.wait_until(lambda: desktop.windows("^Stretch routine"), timeout=15, what="the routine window")
    time.sleep(1)  # what a desktop does with a new window, it does at once
    type_text(desktop, "word")
    shot("routine")
    assert desktop.windows("^Stretch routine"), "the routine window went away"
    routine_drawn_whole(desktop, shots)
    if desktop.new_windows_take_keyboard:  # sway: the desktop's choice, not the app's (see its module)
        assert not typed.read_text().endswith("word")
    else:
        desktop.wait_until(lambda: typed.read_text().endswith("abword"), timeout=5,
                           what=f"'word' typed into the pad (it holds {typed.read_text()!r})")
    # Alt+S skips the exercise the user is not going to do in a test (a walk takes minutes) and,
    # once none is left, saves the feedback: the routine ran to its end.
    press_in(desktop, "^Stretch routine", ["alt+s"] * 6)
    desktop.wait_until(lambda: not in_state(desktop, "on_break"), timeout=15, what="the break to end")
    assert stored(paths, "SELECT completed FROM routine_sessions ORDER BY id") == [(0,), (1,)]
    assert "taken" in break_events(paths)

    # 5. No input: the user is away, and back; a natural break stored.
    keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 15, "a new bout after the break")
    natural_before = break_events(paths).count("natural")
    desktop.wait_until(lambda: in_state(desktop, "away"), timeout=NATURAL_BREAK_S + 25, interval=1,
                       what="the coach to see the user away")
    keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 30, "the user back")
    assert break_events(paths).count("natural") == natural_before + 1
    assert stored(paths, "SELECT end_reason FROM sitting_bouts ORDER BY id DESC LIMIT 1") == [("idle",)]

    # 6. The session locked with the desktop's own locker, a reminder up: away, and back. Where
    # the locker tells applications (lock_told_to_apps), the bout ends as a lock and the reminder
    # is withdrawn at the first look that sees it; elsewhere the coach sees the lock as no input.
    # On X11 the notification servers draw above the locker, so the reminder must not stay there.
    keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 15, "the user sitting again")
    next_reminder(desktop, monitor, len(reminders(monitor)))
    desktop.lock()
    desktop.wait_until(lambda: in_state(desktop, "away"), timeout=NATURAL_BREAK_S + 25, interval=1,
                       what="the coach to see the user away while the session is locked")
    if desktop.session_type == "x11":
        desktop.wait_until(lambda: desktop.notifications_shown() == 0, timeout=10,
                           what="the reminder withdrawn from over the lock screen")
    if desktop.screenshots_while_locked:
        shot("locked")
    desktop.unlock()
    keep_working(desktop, lambda: in_state(desktop, "sitting", "break_due"), 30, "the user back")
    assert break_events(paths).count("natural") == natural_before + 2
    reason = "lock" if desktop.lock_told_to_apps else "idle"
    assert stored(paths, "SELECT end_reason FROM sitting_bouts ORDER BY id DESC LIMIT 1") == [(reason,)]

    # 7. Quit from the menu, with the next reminder up: a clean exit, the running bout stored.
    # (On xvfb, a right click made as soon as the user was back from the lock opened no menu in
    # 2 journeys of 5, with a reminder coming up meanwhile; not understood yet. The menu is opened
    # once the reminder is on screen.)
    next_reminder(desktop, monitor, len(reminders(monitor)))
    if desktop.tray_menu_works and not icon_lost_with_the_hosts_fault(desktop, item):
        desktop.open_tray_menu(item)
        desktop.pick_menu_entry(-1, "q")  # &Quit Desk Coach
    else:
        coach.terminate()  # the session ending
    assert coach.wait(timeout=20) == 0
    assert stored(paths, "SELECT end_reason FROM sitting_bouts ORDER BY id DESC LIMIT 1") == [("quit",)]
    print(f"{desktop.name}: journey {time.monotonic() - began:.0f} s, "
          f"desktop started in {desktop.startup_seconds:.1f} s")
