"""A reminder shown while German is loaded reaches the desktop in German: title, text and buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from notify_probe import NotifyMonitor
from notify_support import Answers

from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import compose_reminder
from desk_coach.wording.qt_catalogues import use_language


@pytest.fixture
def german() -> Iterator[None]:
    use_language("de")
    yield
    use_language("en")


def test_a_reminder_is_worded_in_the_language_loaded_when_it_is_shown(
    desktop, notify_monitor: NotifyMonitor, make_notifier, german, qtbot
) -> None:
    notifier = make_notifier(desktop.bus_address)
    reminder = compose_reminder(BreakKind.MICRO, 30 * 60, break_length_s=180, routine_length_min=5,
                                snoozes_in_a_row=1, skips_in_a_row=0, can_snooze=True)

    assert notifier.show(reminder, Answers())

    [call] = desktop.wait_until(notify_monitor.calls, what="the Notify call on the bus")
    assert call.summary == "Zeit zum Aufstehen"
    assert call.body == (
        "Du sitzt seit 30 Min. Steh auf, geh ein paar Schritte und dehne dich 3 Min. lang. "
        "Schon einmal verschoben."
    )
    assert call.actions == ["default", "Starten", "start", "Starten", "snooze", "Später", "skip", "Auslassen"]
