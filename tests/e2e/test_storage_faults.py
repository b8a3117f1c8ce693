"""Storage faults the coach lives through, with the real app in the headless desktop.

A small tmpfs holds the history: it is filled while the coach runs and freed again. A read-only
bind mount stands for a read-only data folder (a read-only mount, a full quota, a sandbox). The
coach keeps reminding throughout, tells the user once in plain words, says so in `status`, saves
what it kept once it can, and quits on SIGTERM with status 0.

Test timing as in test_coach_reminders: a break is due after 6 s of sitting, a closed reminder
comes back after 6 s, 12 s without input are a natural break.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from desktop import HeadlessDesktop
from mounts import fill, read_only_bind, small_tmpfs
from notify_probe import NotifyMonitor
from test_coach_reminders import (
    dunst_displayed,
    keep_working,
    set_up_coaching,
    start_coach,
    status,
    stored_events,
)

from desk_coach.adapters.paths import AppPaths
from desk_coach.services.coach import NOT_SHOWN_NOTE


def reminders(monitor: NotifyMonitor) -> list:
    return [call for call in monitor.calls() if call.summary == "Time to stand up"]


def messages(monitor: NotifyMonitor, summary: str) -> list:
    return [call for call in monitor.calls() if call.summary == summary]


def log_text(paths: AppPaths) -> str:
    return paths.log_file.read_text(encoding="utf-8") if paths.log_file.exists() else ""


def test_a_full_disk_is_lived_through_and_what_was_kept_is_saved_once_space_is_free(
    desktop: HeadlessDesktop, tmp_path: Path
) -> None:
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    with small_tmpfs(paths.data_dir, "2m"):
        coach = start_coach(desktop)
        desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
        filler = fill(paths.data_dir)

        # The break falls due: its record cannot be written, and still the reminder comes.
        keep_working(desktop, lambda: len(reminders(monitor)) == 1, 30, "the first reminder on a full disk")
        [told] = desktop.wait_until(lambda: messages(monitor, "Desk Coach cannot save your history"),
                                    timeout=10, what="the message that saving stopped")
        assert "the disk that holds your history is full" in told.body
        assert "Free some space" in told.body
        full = status(desktop)
        assert full["saving"] is False
        assert full["storage_problem"] == {"code": "storage.full", "values": {}}
        assert full["storage_problem_text"] == "the disk that holds your history is full"
        assert full["unsaved_records"] >= 1
        assert "not saving: the disk that holds your history is full" in full["summary_text"]

        # The loop goes on: a reminder closed unanswered comes back, as on any day.
        desktop.wait_until(lambda: dunst_displayed(desktop) == 2, what="dunst to show it and the message")
        desktop.screenshot(tmp_path / "disk-full.png")
        desktop.run("dunstctl", "close-all")
        keep_working(desktop, lambda: len(reminders(monitor)) == 2, 30, "the closed reminder to come back")

        filler.unlink()  # space again: what was kept is written at the coach's next look
        saved = desktop.wait_until(lambda: (s := status(desktop)) and s["saving"] and s, timeout=30,
                                   what="saving to work again")
        assert saved["storage_problem"] is None and saved["unsaved_records"] == 0
        desktop.wait_until(lambda: messages(monitor, "Desk Coach is saving again"), timeout=10,
                           what="the message that saving works again")
        assert len(messages(monitor, "Desk Coach cannot save your history")) == 1  # told once

        coach.terminate()
        assert coach.wait(timeout=20) == 0
        kinds = [kind for kind, _, _ in stored_events(paths)]
    assert kinds[:4] == ["due", "shown", "dismissed", "due"]  # written while the disk was full
    assert kinds.count("shown") == 2
    assert "unexpected error" not in log_text(paths)


def test_sigterm_on_a_full_disk_with_the_self_check_open_ends_the_coach_cleanly(
    desktop: HeadlessDesktop,
) -> None:
    """First start: the self-check is open. The disk fills, a break falls due, and SIGTERM comes:
    the self-check closes (its "not set up yet" marker cannot be written either) and the coach
    exits with status 0, saying in its log what it could not save."""
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    with small_tmpfs(paths.data_dir, "2m"):
        coach = start_coach(desktop)
        desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
        assert window_titles(desktop, "^Self-check$")
        fill(paths.data_dir)
        keep_working(desktop, lambda: reminders(monitor), 30, "a reminder on a full disk")
        coach.terminate()
        assert coach.wait(timeout=20) == 0
    log = log_text(paths)
    assert "quitting with" in log and "records that could not be saved: storage.full" in log
    assert "unexpected error" not in log


def test_a_read_only_data_folder_starts_shows_its_history_and_says_nothing_new_can_be_saved(
    desktop: HeadlessDesktop, tmp_path: Path
) -> None:
    paths = AppPaths.for_current_user()
    monitor = NotifyMonitor(desktop)
    # A history written before, with coaching set up and one reminder shown in it.
    set_up_coaching(desktop, tmp_path)
    first = start_coach(desktop)
    desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
    keep_working(desktop, lambda: len(reminders(monitor)) == 1, 30, "a reminder to fill the history")
    first.terminate()
    assert first.wait(timeout=20) == 0
    before = stored_events(paths)
    assert [kind for kind, _, _ in before][:2] == ["due", "shown"]

    source = tmp_path / "data-source"
    paths.data_dir.rename(source)
    with read_only_bind(source, paths.data_dir):
        coach = start_coach(desktop)
        running = desktop.wait_until(lambda: status(desktop), timeout=30, what="the coach to start read-only")
        assert running["saving"] is False
        assert running["storage_problem"] == {"code": "storage.read_only", "values": {}}
        assert running["storage_problem_text"] == "the folder that holds your history is read-only"
        notices = desktop.wait_until(lambda: window_titles(desktop, "^Desk Coach$"), timeout=10,
                                     what="the start-up notice")
        assert notices
        desktop.screenshot(tmp_path / "read-only-notice.png")
        # It read what is there: the stored self-check, so coaching is set up and no wizard opens.
        assert not window_titles(desktop, "^Self-check$")

        # The commands read it too.
        stats = subprocess.run([sys.executable, "-m", "desk_coach", "stats", "--json"], env=desktop.env,
                               capture_output=True, text=True, timeout=60)
        assert stats.returncode == 0, stats.stderr
        # and it keeps reminding, though nothing new is saved
        keep_working(desktop, lambda: len(reminders(monitor)) == 2, 30, "a reminder from the read-only coach")
        assert status(desktop)["unsaved_records"] >= 1

        coach.terminate()
        assert coach.wait(timeout=20) == 0
    assert stored_events(replace(paths, data_dir=source)) == before  # nothing written, nothing lost
    assert "unexpected error" not in log_text(paths)
    assert "Desk Coach cannot save anything in its data folder" in log_text(paths)


def window_titles(desktop: HeadlessDesktop, pattern: str) -> list[str]:
    found = desktop.run("xdotool", "search", "--onlyvisible", "--name", pattern, check=False)
    return found.stdout.split()


def test_a_reminder_nobody_can_see_is_not_recorded_as_shown(tmp_path: Path) -> None:
    """No tray and no notification server: no channel can show a reminder."""
    with HeadlessDesktop(log_dir=tmp_path / "desktop-logs", tray=False, notifications=False,
                         dbus_activation=False) as desktop:
        paths = AppPaths.for_current_user()
        coach = start_coach(desktop)
        desktop.wait_until(lambda: status(desktop) is not None, timeout=30, what="the coach to answer status")
        keep_working(desktop, lambda: (s := status(desktop)) and s["state"] == "break_due", 30,
                     "the break to fall due")
        desktop.wait_until(lambda: ("due", "micro", NOT_SHOWN_NOTE) in stored_events(paths), timeout=15,
                           what="the history to say the reminder could not be shown")
        due = status(desktop)
        assert due["state"] == "break_due"
        assert due["detail"] == {"code": "status.reminder_not_shown", "values": {}}
        shown = "the reminder could not be shown (no notification service or system tray)"
        assert due["detail_text"] == shown
        coach.terminate()
        assert coach.wait(timeout=20) == 0
        assert "shown" not in [kind for kind, _, _ in stored_events(paths)]
