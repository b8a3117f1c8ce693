"""The daily coaching check: a later sit interval is saved before the user is told; a due re-check
is offered with a click that opens the self-check."""

from __future__ import annotations

from types import SimpleNamespace

from desk_coach.domain.said import Said, recorded_text
from desk_coach.services.daily_check import CoachingMessage, DailyCoachingCheck
from desk_coach.wording.say import say


def words(message: CoachingMessage) -> tuple[str, str, bool]:
    """A message as the user reads it, and whether a click on it opens the self-check."""
    return say(message.title), say(message.text), message.opens_self_check


class Adjustment:
    def __init__(self, minutes: int) -> None:
        self.interval_change_min = minutes

    def line(self) -> Said:
        return recorded_text(f"Breaks now come {self.interval_change_min} minutes later.")


class FakeRoutines:
    def __init__(self, adjustment, reason) -> None:
        self.adjustment, self.reason = adjustment, reason

    def check_adherence(self):
        return self.adjustment

    def rescreen_reason(self):
        return self.reason


class SettingsFileFake:
    def __init__(self) -> None:
        self.updates: list[dict] = []

    def update(self, changes):
        self.updates.append(changes)
        return SimpleNamespace(breaks=SimpleNamespace(sit_interval_min=changes["breaks"]["sit_interval_min"]))


def settings(interval: float):
    return SimpleNamespace(breaks=SimpleNamespace(sit_interval_min=interval))


def test_a_later_interval_is_written_and_handed_on_before_the_user_is_told():
    file, heard = SettingsFileFake(), []
    check = DailyCoachingCheck(FakeRoutines(Adjustment(5), None), lambda: settings(40), file, heard.append)
    messages = check.run()
    assert file.updates == [{"breaks": {"sit_interval_min": 45}}]
    assert [s.breaks.sit_interval_min for s in heard] == [45]
    told = [words(message) for message in messages]
    assert told == [("What changed", "Breaks now come 5 minutes later.", False)]


def test_a_due_recheck_is_offered_and_nothing_is_saved_when_no_rule_changed_the_interval():
    file, heard = SettingsFileFake(), []
    routines = FakeRoutines(Adjustment(0), recorded_text("Four weeks since your last self-check."))
    messages = DailyCoachingCheck(routines, lambda: settings(30), file, heard.append).run()
    assert file.updates == [] and heard == []
    assert [words(message) for message in messages] == [
        ("What changed", "Breaks now come 0 minutes later.", False),
        ("Time for a short self-check",
         "Four weeks since your last self-check. Open Self-check… from the tray menu.", True),
    ]


def test_a_quiet_day_says_nothing():
    assert DailyCoachingCheck(FakeRoutines(None, None), lambda: settings(30), SettingsFileFake(),
                              lambda _s: None).run() == []
