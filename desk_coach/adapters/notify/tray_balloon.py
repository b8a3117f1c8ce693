"""The last resort: the tray icon's own balloon, drawn by a callable the UI supplies.

The UI passes e.g. a wrapper around ``QSystemTrayIcon.showMessage``, so this adapter needs no
QtWidgets. A balloon has no buttons: the tray menu carries the answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.wording.reminder_words import body_words, title_words

if TYPE_CHECKING:
    from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier

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
        return self._show_balloon(title_words(reminder), body_words(reminder)) is not False

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        """A plain message as a balloon; the tray reports its click, so the caller runs ``on_click``."""
        return self._show_balloon(title, body) is not False

    def withdraw(self) -> None:
        """A balloon fades by itself; nothing to take back."""

    def close(self) -> None:
        """Nothing to release."""


class NotificationBalloon:
    """The balloon of a tray that has none: a StatusNotifierItem host (GNOME, Plasma, XFCE, sway)
    draws no balloons, so a plain desktop notification shows the balloon's words instead, as Qt's
    own item did there; its click is told as a balloon's (``on_click``). Connects on first use."""

    def __init__(self, on_click: Callable[[], None]) -> None:
        self._on_click = on_click
        self._notifier: FreedesktopNotifier | None = None

    def __call__(self, title: str, text: str) -> bool:
        if self._notifier is None:
            from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier

            self._notifier = FreedesktopNotifier()
        return self._notifier.tell(title, text, on_click=self._on_click)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
