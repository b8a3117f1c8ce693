"""The status window: the tray's status line and every entry of its menu, for the keyboard and
screen readers (the tray icon itself cannot be focused, and some desktops have no tray).

It opens from the tray menu's status line and when ``desk-coach`` is started again. It holds no
logic of its own: each button mirrors one of the tray's actions (its words, its enabled state) and
triggers it, so the window offers exactly what the menu offers, at the same moments. The status
is a read-only line of text that takes focus, so arrow keys read it; Escape closes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFocusEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from desk_coach import APP_NAME
from desk_coach.ui.tray import CoachTray
from desk_coach.wording.translate import translate

STATUS_WIDTH_CHARACTERS = (48, 90)
"""The status line is at least this wide (in average characters), and as wide as its words up to
the second figure: a status in German or Spanish is longer than in English."""
STATUS_TEXT_MARGIN = 16
"""What a line edit needs beside its text: frame and padding (pixels, Fusion and Breeze)."""


def plain(text: str) -> str:
    """A menu text as a screen reader says it: without the mnemonic's &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def resume_words() -> str:
    """The Resume button's words: in the tray, "Resume reminders" sits in the Pause submenu, so its
    mnemonic may be taken by an entry of the main menu (Snooze, Progress), all buttons here."""
    #: Status window button: reminders start again. Its mnemonic (&) must differ from those of the
    #: tray menu's main entries (Start a break now, Snooze, Skip, Pause, Self-check, Progress, Settings,
    #: About, Quit) and of "Status:", all buttons of the same window.
    return translate("StatusWindow", "&Resume reminders")


class StatusLine(QLineEdit):
    """The status as read-only text: it takes focus, and arrow keys move through it. Enter stays
    here (it must not press the dialog's first button, "Start a break now")."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached by Tab or on opening: the cursor at the start, nothing selected, for the arrow keys."""
        super().focusInEvent(event)
        self.deselect()
        self.setCursorPosition(0)


class ButtonMirror(QObject):
    """Keeps a button as its tray action is: words, name for a screen reader, enabled, shown.
    A child of the button, so the action lets go of it when the window goes."""

    def __init__(self, button: QPushButton, action: QAction, words: Callable[[], str] | None = None) -> None:
        """``words``: the button's own words, where the action's mnemonic would clash here."""
        super().__init__(button)
        self.button, self.action, self.words = button, action, words
        self.sync()
        action.changed.connect(self.sync)  # the tray renames its entries when the language changes

    def sync(self) -> None:
        text = self.words() if self.words is not None else self.action.text()
        self.button.setText(text)
        self.button.setAccessibleName(plain(text))
        self.button.setEnabled(self.action.isEnabled())
        self.button.setVisible(self.action.isVisible())


class StatusWindow(QDialog):
    """``tray``: the tray whose status and entries this window shows (``CoachTray``)."""

    def __init__(self, tray: CoachTray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.setObjectName("statusWindow")
        self.setWindowTitle(APP_NAME)
        #: What a screen reader says of the status window as it opens; {app} is Desk Coach.
        about = translate("StatusWindow", "{app}'s status and everything its tray menu offers.")
        self.setAccessibleDescription(about.format(app=APP_NAME))
        self._layout = layout = QVBoxLayout(self)

        self.status = StatusLine()
        self.status.setReadOnly(True)
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        #: The label of the status window's status line (the tray menu's first line). Its mnemonic (&)
        #: must differ from those of the tray menu's main entries, all buttons of the same window.
        label = QLabel(translate("StatusWindow", "S&tatus:"))
        label.setBuddy(self.status)
        #: What a screen reader calls the status line.
        self.status.setAccessibleName(translate("StatusWindow", "Status"))
        #: What a screen reader says of the status line: read-only text, read with the arrow keys.
        self.status.setAccessibleDescription(translate(
            "StatusWindow", "Sitting time and the next break, as the tray shows them. Read-only."))
        layout.addWidget(label)
        layout.addWidget(self.status)

        self.buttons: dict[str, QPushButton] = {}
        self._add("break", tray.break_action)
        #: What a screen reader says of the Snooze button: it opens a list of lengths.
        snooze_about = translate("StatusWindow", "Opens the lengths to put off the break that is due.")
        self._add("snooze", tray.snooze_action, tray.snooze_menu, snooze_about)
        self._add("skip", tray.skip_action)
        #: What a screen reader says of the Pause button: it opens a list of choices.
        pause_about = translate("StatusWindow",
                                "Opens the choices: no reminders for a while, or resume them.")
        self._add("pause", tray.pause_menu.menuAction(), tray.pause_menu, pause_about)
        self._add("resume", tray.resume_action, words=resume_words)
        self._add("screen", tray.screen_action)
        self._add("progress", tray.progress_action)
        self._add("settings", tray.settings_action)
        self._add("about", tray.about_action)
        self._add("quit", tray.quit_action)
        self.status_shown()
        tray.status_action.changed.connect(self.status_shown)  # let go of when the window goes

    def _add(self, name: str, action: QAction, menu: QMenu | None = None, description: str = "",
             words: Callable[[], str] | None = None) -> None:
        """A button in the tray menu's order that mirrors ``action``; a click triggers it, or opens
        its submenu (``menu``, the tray's own)."""
        button = QPushButton(self)
        button.setObjectName(f"{name}Button")
        if menu is not None:
            button.setMenu(menu)
        else:
            button.clicked.connect(action.trigger)
        if description:
            button.setAccessibleDescription(description)
        ButtonMirror(button, action, words)
        self._layout.addWidget(button)
        self.buttons[name] = button

    def status_shown(self) -> None:
        """The tray's status line, read from its start."""
        text = self.tray.status_action.text()
        if text != self.status.text():
            self.status.setText(text)
            self.status.setCursorPosition(0)
            metrics = self.status.fontMetrics()
            least, most = (metrics.averageCharWidth() * chars for chars in STATUS_WIDTH_CHARACTERS)
            needed = metrics.horizontalAdvance(text) + STATUS_TEXT_MARGIN
            self.status.setMinimumWidth(max(least, min(needed, most)))

    def showEvent(self, event: QShowEvent) -> None:
        """Open: the status's words come up to date, and keep so while the window is open."""
        self.tray.words_watched = True
        self.tray.read_now()
        super().showEvent(event)
        self.status.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed: the tray's words wait for a reader again."""
        self.tray.words_watched = False
        super().hideEvent(event)
