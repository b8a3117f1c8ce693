"""The first start on a real X session: the self-check opens, Tab then Space ticks the
disclaimer box (never Cancel), Escape is an answer (coaching not set up yet, walk breaks only),
and the next start offers the self-check again."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from desktop import HeadlessDesktop

from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.storage.database import open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock


def start_coach(desktop: HeadlessDesktop):
    return desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose"], env=desktop.env)


def self_check_window(desktop: HeadlessDesktop) -> str | None:
    found = desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Self-check", check=False)
    ids = found.stdout.split()
    return ids[0] if ids else None


def test_cancelling_the_first_self_check_is_an_answer_and_the_next_start_offers_it_again(
    desktop: HeadlessDesktop, tmp_path: Path
) -> None:
    paths = AppPaths.for_current_user()
    coach = start_coach(desktop)
    window = desktop.wait_until(lambda: self_check_window(desktop), timeout=20, what="the first self-check")
    desktop.xdotool("windowfocus", "--sync", window)  # no window manager here to activate it
    time.sleep(0.5)  # let Qt see the focus arrive
    desktop.xdotool("key", "Tab")
    desktop.xdotool("key", "space")
    time.sleep(0.5)
    desktop.screenshot(tmp_path / "after-tab-space.png")
    assert self_check_window(desktop) == window, "Tab then Space must not cancel the self-check"

    desktop.xdotool("key", "Escape")
    desktop.wait_until(lambda: self_check_window(desktop) is None, timeout=10, what="Escape to close it")
    desktop.wait_until(
        lambda: paths.first_run_marker.exists() and paths.first_run_marker.read_text() == "not set up yet\n",
        timeout=10,
        what="'not set up yet' remembered",
    )
    desktop.screenshot(tmp_path / "after-escape.png")
    coach.send_signal(signal.SIGTERM)
    assert coach.wait(timeout=20) == 0
    database = open_database(paths.database, SystemClock())
    try:
        with SqlUnitOfWork(database.engine) as uow:
            assert uow.coaching.latest_screen() is None, "a cancelled self-check stores no screen"
    finally:
        database.dispose()
    log = paths.log_file.read_text(encoding="utf-8")
    assert "self-check cancelled: coaching not set up yet, walk breaks only" in log

    again = start_coach(desktop)
    desktop.wait_until(lambda: self_check_window(desktop), timeout=20, what="the self-check offered again")
    again.send_signal(signal.SIGTERM)
    assert again.wait(timeout=20) == 0
