"""The tray shell: how the app speaks to the user, and the windows it keeps open.

Every message takes the way reminders take (the desktop's notifications, then plyer, then the
tray balloon, as the user's notification style decides); non-modal windows are held here until
they close, and all are closed together when the app quits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from desk_coach import APP_NAME
from desk_coach.ui.messages import about_box
from desk_coach.ui.status_window import StatusWindow
from desk_coach.ui.tray import CoachTray
from desk_coach.ui.user_screen import open_window
from desk_coach.wording.say import say
from desk_coach.wording.translate import translate


class TrayShell:
    """The tray icon, the messages and the open windows. ``notifier`` is set once the coach runs."""

    def __init__(self, tray: CoachTray, balloon: Callable[[str, str], bool | None],
                 release_balloon: Callable[[], None] = lambda: None) -> None:
        """``balloon``: the last resort, the tray's balloon or what stands in for one;
        ``release_balloon`` closes the stand-in's connection with the shell."""
        self.tray = tray
        self.balloon = balloon
        self._release_balloon = release_balloon
        self.notifier: Any = None  # a Notifier with ``tell``; None while the coach starts
        self.windows: list = []
        self.status_window: StatusWindow | None = None
        self._on_balloon_click: Callable[[], None] | None = None  # what a click on the last balloon does
        tray.message_clicked.connect(self._balloon_clicked)

    def tell(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None:
        """A plain message, without answer buttons; ``on_click`` runs on a click where the channel
        reports one. The tray balloon stands in when nothing else delivers."""
        # A notifier given for a simulation may show reminders only.
        tell = getattr(self.notifier, "tell", None)
        channel = tell(title, text, on_click) if tell is not None else None
        if channel is None:
            self.balloon(title, text)
            channel = "tray"
        self._on_balloon_click = on_click if channel == "tray" else None

    def storage_changed(self, problem, lost: int) -> None:
        """Saving stopped (``problem``) or works again (None): the user hears it once, in plain words."""
        if problem is not None:
            #: A notification's title when the history cannot be saved; {app} is Desk Coach.
            title = translate("Notifications", "{app} cannot save your history").format(app=APP_NAME)
            #: {reason}: why saving stopped (the disk is full...); {advice}: what the user can do about it.
            text = translate("Notifications", "Saving stopped: {reason}. {app} keeps reminding you and keeps "
                             "what it records in memory for now. {advice}")
            reason, advice = say(problem.reason), say(problem.advice)
            self.tell(title, text.format(reason=reason, app=APP_NAME, advice=advice))
            return
        if lost:
            #: After saving works again, when the oldest records kept in memory were dropped.
            text = translate("Notifications", "What was recorded in the meantime is saved now, except the "
                             "%n oldest record(s), which could not be kept.", None, lost)
        else:
            #: After saving works again.
            text = translate("Notifications", "Everything recorded in the meantime is saved now.")
        #: A notification's title when the history can be saved again; {app} is Desk Coach.
        self.tell(translate("Notifications", "{app} is saving again").format(app=APP_NAME), text)

    def close(self) -> None:
        """Release the notifications: the notifier's and the balloon's stand-in's connections."""
        if self.notifier is not None:
            self.notifier.close()
        self._release_balloon()

    def _balloon_clicked(self) -> None:
        on_click, self._on_balloon_click = self._on_balloon_click, None
        if on_click is not None:
            on_click()

    def keep(self, window):
        """Hold a reference to a non-modal window until it closes."""
        self.windows.append(window)
        window.finished.connect(lambda *_: self.windows.remove(window))
        return window

    def show_about(self, paths) -> None:
        """What Desk Coach is, and where it keeps the user's data, settings and log."""
        bring_up(self.keep(about_box(paths.database, paths.settings_file, paths.log_file)))

    def show_status_window(self) -> None:
        """The status window (one at a time), brought to the front: the tray menu for the keyboard."""
        if self.status_window is None:
            self.status_window = self.keep(StatusWindow(self.tray))
            self.status_window.finished.connect(lambda *_: setattr(self, "status_window", None))
        bring_up(self.status_window)

    def close_windows(self) -> None:
        """Close and destroy every window still open, while the application is still there."""
        for window in QApplication.topLevelWidgets():
            window.close()
            window.deleteLater()
        self.windows.clear()
        self.status_window = None
        QApplication.sendPostedEvents(None, 0)  # 0: QEvent.DeferredDelete, run the deletions now


def bring_up(window) -> None:
    """Show a window on the user's screen, whole (:func:`~desk_coach.ui.user_screen.open_window`),
    and bring it to the front."""
    open_window(window)
    window.raise_()
    window.activateWindow()
