"""Break reminders through plyer on Windows (a taskbar balloon) and macOS (Notification Center).

plyer offers no buttons: the answers stay in the tray menu. It also fails quietly on some paths, so
this adapter reports what it can see:

- plyer could not load its backend for this platform (e.g. pyobjus missing on macOS): plyer prints a
  traceback and its facade raises NotImplementedError -> False;
- the backend raises (an icon Windows cannot load, ``defaultUserNotificationCenter`` being nil for an
  unbundled Python on macOS, a ctypes failure) -> False;
- on Windows plyer draws the balloon on a thread of its own, so a failure inside Shell_NotifyIcon
  happens after ``notify`` returned and cannot be seen here;
- on Linux plyer runs ``notify-send`` and ignores its exit status, so this adapter refuses Linux and
  other platforms outright (False) -- the freedesktop notifier serves those.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from desk_coach.domain.reminders import Reminder, ReminderAction
from desk_coach.wording.reminder_words import body_words, title_words

log = logging.getLogger(__name__)

APP_NAME = "Desk Coach"
#: Platforms where plyer's notification backend reports its failures well enough to rely on.
SUPPORTED_PLATFORMS = frozenset({"win32", "darwin"})
#: Seconds plyer keeps the Windows balloon's tray entry (and so the balloon) alive.
BALLOON_SECONDS = 30

PlyerNotify = Callable[..., Any]


def _plyer_notify() -> PlyerNotify:
    from plyer import notification  # imported late: plyer loads its platform backend on first use

    return notification.notify


class PlyerNotifier:
    """A Notifier over ``plyer.notification.notify``; ``notify`` can be replaced (tests, other shims)."""

    channel = "plyer"
    supports_actions = False

    def __init__(self, notify: PlyerNotify | None = None, *, platform: str = sys.platform,
                 timeout: int = BALLOON_SECONDS) -> None:
        self._notify = notify
        self._platform = platform
        self._timeout = timeout

    def show(self, reminder: Reminder, on_action: Callable[[ReminderAction], None]) -> bool:
        """Hand the reminder to plyer; False (logged) when plyer is unsupported here or fails."""
        return self.tell(title_words(reminder), body_words(reminder))

    def tell(self, title: str, body: str, on_click: Callable[[], None] | None = None) -> bool:
        """A plain message through plyer; it reports no clicks, so ``on_click`` never runs."""
        if self._platform not in SUPPORTED_PLATFORMS:
            log.warning("plyer notifications are not used on %s: its failures there go unnoticed",
                        self._platform)
            return False
        try:
            notify = self._notify or _plyer_notify()
            # No app_icon: Windows wants an .ico file and macOS ignores it; the app name is shown instead.
            notify(title=title, message=body, app_name=APP_NAME, timeout=self._timeout)
        except NotImplementedError as error:
            log.warning("plyer has no notification backend for %s: %s", self._platform, error)
            return False
        except Exception as error:  # ctypes / pyobjus raise all sorts; the port wants False, not a crash
            log.warning("plyer could not show %r: %s: %s", title, type(error).__name__, error)
            return False
        return True

    def withdraw(self) -> None:
        """plyer cannot take a notification back; it fades by itself and the tray carries the answers."""

    def close(self) -> None:
        """Nothing to release."""
