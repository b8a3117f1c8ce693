"""Stand-in notifiers and a reminder for the pure notifier tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desk_coach.domain.history import BreakKind
from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.domain.said import recorded_text
from desk_coach.wording.say import say

REMINDER = Reminder(kind=BreakKind.LONG, title=recorded_text("Time for a long break"),
                    body=(recorded_text("Walk around for five minutes."),),
                    can_snooze=True)


def ignore(action: ReminderAction) -> None:
    """An on_action for tests that do not answer."""


@dataclass
class FakeNotifier:
    """Delivers or not, as told; records what it was asked to do (into a shared ``journal`` if given)."""

    channel: str
    delivers: bool = True
    raises: bool = False
    supports_actions: bool = False
    journal: list[str] = field(default_factory=list)
    on_actions: list[Callable[[ReminderAction], None]] = field(default_factory=list)
    on_clicks: list[Callable[[], None] | None] = field(default_factory=list)

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        self.journal.append(f"{self.channel}.show({say(reminder.title)})")
        self.on_actions.append(on_action)
        if self.raises:
            raise RuntimeError(f"{self.channel} broke")
        return self.delivers

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        self.journal.append(f"{self.channel}.tell({title})")
        self.on_clicks.append(on_click)
        if self.raises:
            raise RuntimeError(f"{self.channel} broke")
        return self.delivers

    def withdraw(self) -> None:
        self.journal.append(f"{self.channel}.withdraw")

    def close(self) -> None:
        self.journal.append(f"{self.channel}.close")
