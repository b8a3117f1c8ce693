"""The last resort: the tray icon's own balloon, drawn by a callable the UI supplies.

The UI passes e.g. a wrapper around ``QSystemTrayIcon.showMessage``, so this adapter needs no
QtWidgets. A balloon has no buttons: the tray menu carries the answers.
"""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.reminders import Reminder, ReminderAction

#: Shows the balloon; returns whether it could (False when no system tray is there to draw it).
ShowBalloon = Callable[[str, str], bool | None]


class TrayBalloonNotifier:
    """A Notifier that calls ``show_balloon(title, text)``; it delivers only when that says it could.

    ``None`` from ``show_balloon`` counts as shown (a caller that cannot tell); ``False`` as not.
    """

    channel = "tray"
    supports_actions = False

    def __init__(self, show_balloon: ShowBalloon) -> None:
        self._show_balloon = show_balloon

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        return self._show_balloon(reminder.title, reminder.body) is not False

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        """A plain message as a balloon; the tray reports its click, so the caller runs ``on_click``."""
        return self._show_balloon(title, body) is not False

    def withdraw(self) -> None:
        """A balloon fades by itself; nothing to take back."""

    def close(self) -> None:
        """Nothing to release."""
