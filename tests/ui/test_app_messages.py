"""Every message to the user takes the reminders' channels (desktop notification, then plyer, then
the tray balloon): what changed after a routine, the adherence line, the re-check offer, the weekly
summary ("already running" opens the status window instead). The tray balloon only stands in
when nothing else delivers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desk_coach.adapters.notify.fallback import FallbackNotifier
from desk_coach.adapters.notify.tray_balloon import TrayBalloonNotifier
from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.domain.said import Said, recorded_text
from desk_coach.ui.application import create_qt_app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "notify"))
from notify_fakes import FakeNotifier


@pytest.fixture
def desktop_channel() -> FakeNotifier:
    return FakeNotifier("desktop")


@pytest.fixture
def balloons() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def coach(qapp, desktop_channel, balloons, monkeypatch):
    qt_app = create_qt_app([])
    app = DeskCoachApp(AppPaths.for_current_user(), qt_app)
    monkeypatch.setattr(app.tray, "show_message", lambda title, text: balloons.append((title, text)))
    app.parts.notifier = FallbackNotifier([desktop_channel, TrayBalloonNotifier(app.tray.show_message)])
    app.start()
    for window in list(app.shell.windows):  # the first-run self-check
        window.close()
    # Closing it is an answer ("coaching is not set up yet", told the same way); the tests start after.
    assert [line for line in desktop_channel.journal if ".tell(" in line] == [
        "desktop.tell(Coaching is not set up yet)"
    ]
    desktop_channel.journal.clear()
    yield app
    for window in list(app.shell.windows):
        window.close()
    app.stop()


def told(channel: FakeNotifier) -> list[str]:
    return [line for line in channel.journal if ".tell(" in line]


def test_what_changed_after_a_routine_is_a_desktop_notification_not_a_tray_balloon(coach, desktop_channel,
                                                                                   balloons):
    coach.windows.show_routine_outcome([recorded_text("Hip flexor stretch: back to 2 x 20 s each side.")], [])
    assert told(desktop_channel) == ["desktop.tell(What changed)"]
    assert balloons == []


def test_already_running_opens_the_status_window_rather_than_a_notification(coach, desktop_channel, balloons):
    assert coach.requests.handle({"command": "activate"})["ok"]
    assert coach.shell.status_window is not None and coach.shell.status_window.isVisible()
    assert told(desktop_channel) == []
    assert balloons == []


def test_the_weekly_summary_opens_progress_when_its_notification_is_clicked(coach, desktop_channel, balloons):
    coach.windows.weekly_summary()
    assert told(desktop_channel) == ["desktop.tell(Your week)"]
    assert balloons == []
    on_click = desktop_channel.on_clicks[-1]
    assert on_click is not None
    on_click()
    assert coach.windows.progress is not None and coach.windows.progress.isVisible()
    coach.windows.progress.close()


def test_the_daily_check_speaks_through_the_same_channel(coach, desktop_channel, balloons, monkeypatch):
    class Adjustment:
        interval_change_min = 0

        def line(self) -> Said:
            return recorded_text("Fewer breaks got done this week: the routine is shorter for now.")

    monkeypatch.setattr(coach.routines, "check_adherence", lambda: Adjustment())
    due = recorded_text("Four weeks since your last self-check.")
    monkeypatch.setattr(coach.routines, "rescreen_reason", lambda: due)
    coach._daily_coaching_check()
    assert told(desktop_channel) == [
        "desktop.tell(What changed)", "desktop.tell(Time for a short self-check)"
    ]
    assert balloons == []


def test_without_a_desktop_channel_the_balloon_shows_it_and_its_click_opens_progress(coach, desktop_channel,
                                                                                     balloons):
    desktop_channel.delivers = False
    coach.windows.weekly_summary()
    [(title, _)] = balloons
    assert title == "Your week"
    coach.tray.message_clicked.emit()
    assert coach.windows.progress is not None and coach.windows.progress.isVisible()
    coach.windows.progress.close()
