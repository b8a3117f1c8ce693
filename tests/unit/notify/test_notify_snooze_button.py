"""The reminder's Snooze button says how long it puts the break off (issue 16, 4).

A notification has buttons, never a submenu (the freedesktop spec's actions are a flat list, and
GNOME Shell shows at most three): it keeps one Snooze, for the usual length."""

from __future__ import annotations

from desk_coach.adapters.notify.freedesktop import notify_actions
from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import compose_reminder


def reminder(*, can_snooze: bool = True, snooze_min: float = 10):
    return compose_reminder(BreakKind.MICRO, 31 * 60, break_length_s=120, routine_length_min=5,
                            snoozes_in_a_row=0, skips_in_a_row=0, can_snooze=can_snooze,
                            snooze_min=snooze_min)


def test_the_snooze_button_says_the_usual_length():
    assert notify_actions(reminder()) == [
        "default", "Start", "start", "Start", "snooze", "Snooze 10 min", "skip", "Skip"]


def test_three_buttons_at_most_and_none_for_snooze_when_it_is_not_allowed():
    actions = notify_actions(reminder(can_snooze=False), with_default=False)
    assert actions == ["start", "Start", "skip", "Skip"]
