"""Try one way of showing a reminder after another until one delivers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from desk_coach.domain.reminders import Reminder, ReminderAction

log = logging.getLogger(__name__)


class ChannelNotifier(Protocol):
    """A Notifier (see desk_coach.services.ports) with a short name and a way to let go of resources."""

    @property
    def channel(self) -> str:
        """"desktop", "plyer", "tray"..."""
        ...

    @property
    def supports_actions(self) -> bool:
        """Whether the last reminder shown carries its answers as buttons."""
        ...

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool: ...

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        """A plain message, with no answer buttons; ``on_click`` where the channel reports a click."""
        ...

    def withdraw(self) -> None: ...

    def close(self) -> None: ...


class FallbackNotifier:
    """Shows a reminder through the first of ``notifiers`` that delivers it.

    It remembers that one, so ``withdraw`` goes to it, and names it in ``last_channel``. When another
    channel than the one showing the previous reminder delivers the next, the previous is withdrawn.
    A notifier that raises counts as one that could not deliver.
    """

    def __init__(self, notifiers: Sequence[ChannelNotifier]) -> None:
        if not notifiers:
            raise ValueError("FallbackNotifier needs at least one notifier")
        self._notifiers = tuple(notifiers)
        self._showing: ChannelNotifier | None = None
        self._last_channel: str | None = None

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels in the order they are tried."""
        return tuple(notifier.channel for notifier in self._notifiers)

    @property
    def last_channel(self) -> str | None:
        """The channel that delivered the last reminder, None when none did (or none was shown yet)."""
        return self._last_channel

    @property
    def supports_actions(self) -> bool:
        """Whether the reminder on screen carries its answers; if not, the tray menu must offer them."""
        return self._showing is not None and self._showing.supports_actions

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        previous, self._showing, self._last_channel = self._showing, None, None
        for notifier in self._notifiers:
            try:
                delivered = notifier.show(reminder, on_action)
            except Exception:
                log.exception("the %s notifier failed", notifier.channel)
                delivered = False
            if delivered:
                self._showing, self._last_channel = notifier, notifier.channel
                break
            log.info("the %s notifier could not show the reminder; trying the next", notifier.channel)
        else:
            log.error("no notifier could show the reminder %r", reminder.title.code)
        if previous is not None and previous is not self._showing:
            self._withdraw(previous)
        if self._showing is not None:
            log.info("reminder %r shown via %s", reminder.title.code, self._last_channel)
        return self._showing is not None

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> str | None:
        """Show a plain message (what changed, the weekly summary...) through the first channel that
        delivers it, as reminders are; returns that channel's name, or None when none could.

        The message leaves the reminder on screen alone. The tray balloon reports its click to the
        tray, not here: when "tray" is returned, the caller runs ``on_click`` on the balloon's click.
        """
        for notifier in self._notifiers:
            try:
                delivered = notifier.tell(title, body, on_click)
            except Exception:
                log.exception("the %s notifier failed", notifier.channel)
                delivered = False
            if delivered:
                log.info("message %r shown via %s", title, notifier.channel)
                return notifier.channel
            log.info("the %s notifier could not show the message; trying the next", notifier.channel)
        log.error("no notifier could show the message %r", title)
        return None

    def withdraw(self) -> None:
        showing, self._showing = self._showing, None
        if showing is not None:
            self._withdraw(showing)

    def close(self) -> None:
        """Withdraw the reminder and release every notifier (the D-Bus connection, say)."""
        self.withdraw()
        for notifier in self._notifiers:
            try:
                notifier.close()
            except Exception:
                log.exception("closing the %s notifier failed", notifier.channel)

    @staticmethod
    def _withdraw(notifier: ChannelNotifier) -> None:
        try:
            notifier.withdraw()
        except Exception:
            log.exception("the %s notifier could not withdraw its reminder", notifier.channel)
