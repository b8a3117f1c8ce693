"""The tray icon and its menu: Desk Coach's home on the desktop.

The icon shows sitting progress as a filling ring; the tooltip says it in words. The menu
only emits signals; the app connects them to the coach.

Signals:
    status_window_requested(): the menu's first line, the status: opens the status window (an
        enabled entry, so arrow keys and screen readers stop on it; ``ui/status_window.py``).
    break_requested(): "Start a break now".
    snooze_requested(float): an entry of the "Snooze" submenu, with its length in minutes: the
        usual length first, then the settings' short list (``set_snooze_lengths``); the submenu
        is enabled while a break is due and may still be snoozed.
    skip_requested(): "Skip this break" (enabled while a break is due, or snoozed and coming back).
    pause_requested(int): "Pause" for that many minutes; PAUSE_UNTIL_TOMORROW for the rest of the day.
    resume_requested(): "Resume reminders".
    screen_requested(): "Self-check…" (the movement check and health questions).
    progress_requested(): "Progress…" (the weekly charts).
    settings_requested(): "Settings…".
    about_requested(): "About Desk Coach…".
    quit_requested(): "Quit Desk Coach".
    message_clicked(): the user clicked the last tray balloon.
    about_to_be_read(): the menu is about to open (on GNOME too: its AppIndicator extension calls
        DBusMenu's AboutToShow first), or Qt is about to draw the tooltip on hover (an XEmbed
        tray): the status should be brought up to date now.

Where the desktop's tray is a StatusNotifierItem host, the icon and menu go to it through the
app's own item (``item_factory``, adapters/tray): the menu is mirrored there, and the host's
clicks come back here and trigger the same actions. Elsewhere (XEmbed trays, Windows, macOS),
and when no such host is found at ``show``, Qt's QSystemTrayIcon serves.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from desk_coach import APP_NAME
from desk_coach.domain.settings import SnoozeLength
from desk_coach.services.coach_status import PROGRESS_STEPS, CoachState, CoachStatus
from desk_coach.services.tray_item import TrayImage, TrayItemHost, TrayLook
from desk_coach.ui.snooze_choices import snooze_entries
from desk_coach.ui.tray_item_look import icon_images, menu_entries, menu_keys
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)
TRAY_RECHECK_MS = 5000  # the first look for a tray missing at start; each later one waits twice as long
TRAY_RECHECK_MAX_MS = 30 * 60 * 1000
PAUSE_UNTIL_TOMORROW = -1
PAUSE_CHOICES = (30, 60, PAUSE_UNTIL_TOMORROW)
"""The Pause submenu's entries: minutes, or the rest of the day."""
SNOOZE_SLOTS = 1 + len(SnoozeLength)
"""The Snooze submenu's entries: the usual length and each length the short list may hold. Made
once, so the menu a tray host mirrors keeps its keys; the unused ones are hidden."""


def pause_choice_text(minutes: int) -> str:
    """A Pause submenu entry. Every entry has a mnemonic (&), unique within its menu."""
    if minutes == PAUSE_UNTIL_TOMORROW:
        #: Tray menu, Pause submenu: no reminders until tomorrow.
        return translate("TrayMenu", "&Until tomorrow")
    if minutes == 60:
        #: Tray menu, Pause submenu: no reminders for an hour.
        return translate("TrayMenu", "For 1 &hour")
    #: Tray menu, Pause submenu: no reminders for half an hour.
    return translate("TrayMenu", "For &30 minutes")


def self_check_entry() -> str:
    """The tray menu's self-check entry (it reads "Set up coaching…" until coaching is set up)."""
    #: Tray menu entry: opens the self-check (a movement check and a few questions).
    return translate("TrayMenu", "Self-&check…")


def icon_description() -> str:
    """What a screen reader says of the icon on a StatusNotifierItem tray. It never changes while
    the app runs: a host reads it again at every new icon when it does (GNOME), a wake-up at each
    step of the ring."""
    #: What a screen reader says of the tray icon; {app} is the app's name, Desk Coach.
    return translate("TrayMenu", "{app}: sitting time and breaks").format(app=APP_NAME)


def host_shows_tooltips(env: Mapping[str, str] = os.environ) -> bool:
    """Whether the desktop's tray shows an item's tooltip. GNOME Shell's AppIndicator extension
    draws none, but fetches each new one over D-Bus: a minute figure changing there cost the app
    wake-ups every minute for nothing on screen."""
    return "gnome" not in env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")


class CoachTray(QObject):
    """Owns the QSystemTrayIcon and the menu; knows nothing of how sitting is measured."""

    status_window_requested = Signal()
    break_requested = Signal()
    snooze_requested = Signal(float)
    skip_requested = Signal()
    pause_requested = Signal(int)
    resume_requested = Signal()
    screen_requested = Signal()
    progress_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()
    about_to_be_read = Signal()
    # From the tray item's thread (queued to this one): a menu entry clicked in the host, the
    # menu about to open there, the host asking for the menu to be shown at (x, y).
    _host_clicked = Signal(int)
    _host_opening_menu = Signal()
    _host_wants_menu = Signal(int, int)

    def __init__(self, icon: QIcon, parent: QObject | None = None, *, tooltips: bool | None = None,
                 item_factory: Callable[..., TrayItemHost | None] | None = None) -> None:
        """``tooltips``: whether to keep the tooltip saying the status (default: where the host
        shows it, ``host_shows_tooltips``); else it names the app, and the menu's first line says it.
        ``item_factory(on_click=, on_menu_opening=, on_menu_wanted=)``: the app's own tray item,
        or None where Qt's tray icon serves (see the module's docstring)."""
        super().__init__(parent)
        self._tooltips = host_shows_tooltips() if tooltips is None else tooltips
        self._build_menu()

        self._icon_now, self._tooltip_now = icon, APP_NAME
        self._icon: QSystemTrayIcon | None = None
        self._item = None if item_factory is None else item_factory(
            on_click=self._host_clicked.emit, on_menu_opening=self._host_opening_menu.emit,
            on_menu_wanted=self._host_wants_menu.emit)
        self._item_shown = False
        self._item_dirty = False
        self._images: tuple[QIcon, tuple[TrayImage, ...]] | None = None  # the last icon's, for the item
        self._actions = menu_keys(self._menu)  # by their key in the item's menu
        if self._item is None:
            self._make_qt_icon()
        else:
            self._host_clicked.connect(self._clicked_in_host)
            self._host_opening_menu.connect(self._menu_opening_in_host)
            self._host_wants_menu.connect(lambda x, y: self._menu.popup(QPoint(x, y)))
            for action in self._actions.values():  # words and enabled states, changed by anyone
                action.changed.connect(self._menu_changed)
        self._menu.aboutToShow.connect(self._read_now)
        self._being_read = False
        self.words_watched = False  # the status window is open: the status's words are on screen
        self._shown: tuple[CoachState, float] | None = None
        self._shown_text: tuple[str, CoachState, bool, bool] | None = None
        self._recheck_ms = TRAY_RECHECK_MS
        self.show_status(None, APP_NAME, can_snooze=False)

    def _build_menu(self) -> None:
        """The menu's entries, each wired to its signal."""
        self._menu = QMenu()
        self.status_action = self._menu.addAction(APP_NAME)
        self.status_action.triggered.connect(self.status_window_requested)
        self._menu.addSeparator()
        self.break_action = self._menu.addAction("")
        self.snooze_menu = self._menu.addMenu("")
        self.snooze_action = self.snooze_menu.menuAction()
        self.snooze_length_actions: list[QAction] = []
        for slot in range(SNOOZE_SLOTS):
            action = self.snooze_menu.addAction("")
            action.setVisible(False)
            action.triggered.connect(lambda _=False, i=slot: self._snooze_chosen(i))
            self.snooze_length_actions.append(action)
            if slot == 0:
                self.snooze_menu.addSeparator()
        self._snooze_lengths: tuple[float, ...] = ()
        self.skip_action = self._menu.addAction("")
        self.pause_menu = self._menu.addMenu("")
        self.pause_actions = {}
        for minutes in PAUSE_CHOICES:
            action = self.pause_menu.addAction("")
            action.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
            self.pause_actions[minutes] = action
        self.pause_menu.addSeparator()
        self.resume_action = self.pause_menu.addAction("")
        self._menu.addSeparator()
        self.screen_action = self._menu.addAction("")
        self.progress_action = self._menu.addAction("")
        self.settings_action = self._menu.addAction("")
        self.about_action = self._menu.addAction("")
        self._menu.addSeparator()
        self.quit_action = self._menu.addAction("")
        self.name_entries()

        self.break_action.triggered.connect(self.break_requested)
        self.skip_action.triggered.connect(self.skip_requested)
        self.resume_action.triggered.connect(self.resume_requested)
        self.screen_action.triggered.connect(self.screen_requested)
        self.progress_action.triggered.connect(self.progress_requested)
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action.triggered.connect(self.about_requested)
        self.quit_action.triggered.connect(self.quit_requested)

    def name_entries(self) -> None:
        """The entries' words in the user's language (again after the language changed); every
        entry has a mnemonic (&), unique within its menu, for the keyboard."""
        #: Tray menu entry: starts a break at once.
        self.break_action.setText(translate("TrayMenu", "Start a &break now"))
        #: Tray menu: the submenu that puts off the break that is due, for one of a few lengths.
        self.snooze_menu.setTitle(translate("TrayMenu", "&Snooze"))
        self._name_snooze_lengths()
        #: Tray menu entry: leaves out the break that is due.
        self.skip_action.setText(translate("TrayMenu", "S&kip this break"))
        #: Tray menu: the submenu that stops reminders for a while.
        self.pause_menu.setTitle(translate("TrayMenu", "&Pause"))
        for minutes, action in self.pause_actions.items():
            action.setText(pause_choice_text(minutes))
        #: Tray menu, Pause submenu: reminders start again.
        self.resume_action.setText(translate("TrayMenu", "&Resume reminders"))
        self.screen_action.setText(self_check_entry())
        #: Tray menu entry: opens the weekly charts.
        self.progress_action.setText(translate("TrayMenu", "Pr&ogress…"))
        #: Tray menu entry: opens the settings.
        self.settings_action.setText(translate("TrayMenu", "S&ettings…"))
        #: Tray menu entry: opens the About box; {app} is the app's name, Desk Coach.
        self.about_action.setText(translate("TrayMenu", "&About {app}…").format(app=APP_NAME))
        #: Tray menu entry: ends the app; {app} is the app's name, Desk Coach.
        self.quit_action.setText(translate("TrayMenu", "&Quit {app}").format(app=APP_NAME))

    def set_snooze_lengths(self, lengths: tuple[float, ...]) -> None:
        """The Snooze submenu's lengths in minutes: the usual one first (``Coach.snooze_lengths``)."""
        lengths = tuple(lengths[:SNOOZE_SLOTS])
        if lengths != self._snooze_lengths:
            self._snooze_lengths = lengths
            self._name_snooze_lengths()

    def _name_snooze_lengths(self) -> None:
        texts = snooze_entries(self._snooze_lengths)
        for slot, action in enumerate(self.snooze_length_actions):
            if slot < len(texts):
                action.setText(texts[slot])
            action.setVisible(slot < len(texts))
        separator = self.snooze_menu.actions()[1]
        separator.setVisible(len(self._snooze_lengths) > 1)

    def _snooze_chosen(self, slot: int) -> None:
        if slot < len(self._snooze_lengths) and self.snooze_action.isEnabled():
            self.snooze_requested.emit(float(self._snooze_lengths[slot]))

    def _make_qt_icon(self) -> None:
        self._icon = QSystemTrayIcon(self._icon_now, self)
        self._icon.setToolTip(self._tooltip_now)
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self.message_clicked)
        self._icon.installEventFilter(self)  # Qt's own tooltip (XEmbed) is asked for here

    @property
    def menu(self) -> QMenu:
        return self._menu

    @property
    def own_item(self) -> bool:
        """Whether the icon is shown through the app's own StatusNotifierItem (not Qt's)."""
        return self._item_shown

    @property
    def live_minutes(self) -> bool:
        """Whether the status's minute figures are on screen without the app being asked: a
        tooltip the tray host keeps (SNI hosts that draw tooltips). Not where the host draws
        none (GNOME), nor where Qt draws it on hover (XEmbed: ``about_to_be_read`` comes first)."""
        return self._tooltips and not self._xembedded()

    @staticmethod
    def _xembedded() -> bool:
        return any(widget.metaObject().className() == "QSystemTrayIconSys"
                   for widget in QApplication.topLevelWidgets())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._icon and event.type() == QEvent.Type.ToolTip:
            self._read_now()
        return False

    def read_now(self) -> None:
        """Bring the status's words up to date now (the status window, as it opens)."""
        self._read_now()

    def _read_now(self) -> None:
        self._being_read = True
        try:
            self.about_to_be_read.emit()
        finally:
            self._being_read = False

    def show_status(
        self, status: CoachStatus | None, summary: str, *, can_snooze: bool, can_skip: bool | None = None
    ) -> None:
        """Redraw the icon, the tooltip and what the menu offers, each only when it changed.

        The coach calls this after every look at the desktop, and most looks change nothing;
        each setter costs Qt events, and a new icon a repaint in the tray host. Where the words
        are not on screen all the time (``live_minutes``), they wait for ``about_to_be_read``
        unless the state changed (on GNOME, new menu text is a signal to the host and its fetch). ``can_skip``
        defaults to "a break is due"; the coach also allows skipping a snoozed one.
        """
        if status is not None:
            key = (status.state, round(status.progress * PROGRESS_STEPS))
            if key != self._shown:
                # Imported here: the drawings need Qt's enums, slow to build, and the first
                # icon (the app's own) shows without them.
                from desk_coach.ui.tray_icon_art import status_icon

                self._shown = key
                self._set_icon(status_icon(status.state, status.progress))
        state = status.state if status is not None else CoachState.AWAY
        due = state in (CoachState.BREAK_DUE, CoachState.QUIET)
        can_skip = due if can_skip is None else can_skip
        if (summary, state, can_snooze, can_skip) == self._shown_text:
            self._publish()
            return
        if self._shown_text is not None and self._shown_text[1:] == (state, can_snooze, can_skip) \
                and not self._being_read and not self.live_minutes and not self.words_watched:
            self._publish()
            return  # only the words changed, and nobody reads them until the menu or tooltip asks
        self._shown_text = (summary, state, can_snooze, can_skip)
        if self._tooltips:
            self._set_tooltip(summary)
        self.status_action.setText(summary)
        self.break_action.setEnabled(state != CoachState.ON_BREAK)
        self.snooze_action.setEnabled(due and can_snooze)
        for action in self.snooze_length_actions:  # for a tray host that opens a disabled submenu
            action.setEnabled(due and can_snooze)
        self.skip_action.setEnabled(can_skip)
        self.resume_action.setEnabled(state == CoachState.PAUSED)
        self._publish()

    def _set_icon(self, icon: QIcon) -> None:
        self._icon_now = icon
        if self._icon is not None:
            self._icon.setIcon(icon)
        self._item_dirty = True

    def _set_tooltip(self, text: str) -> None:
        self._tooltip_now = text
        if self._icon is not None:
            self._icon.setToolTip(text)
        self._item_dirty = True

    def show(self) -> None:
        """Show the icon; if the desktop has no tray yet, say so in the log and look again later.

        The app's own item first where there is one; Qt's icon where its host is not found.
        Qt embeds the icon by itself once a tray host appears; the re-check only reports it, so
        it waits longer each time (up to half an hour) rather than wake the app every 30 s for ever.
        """
        if self._item is not None:
            if self._item_shown or self._item.start(self._look()):
                self._item_shown, self._item_dirty = True, False
                return
            self._item = None
            self._make_qt_icon()
        assert self._icon is not None
        self._icon.show()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.warning("no system tray found yet; the icon will appear when the desktop provides one")
            self._recheck_ms = TRAY_RECHECK_MS
            QTimer.singleShot(self._recheck_ms, self._recheck_tray)

    def _recheck_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            log.info("a system tray appeared; the icon is shown there")
        else:
            self._recheck_ms = min(self._recheck_ms * 2, TRAY_RECHECK_MAX_MS)
            QTimer.singleShot(self._recheck_ms, self._recheck_tray)

    def hide(self) -> None:
        if self._item is not None and self._item_shown:
            self._item.stop()
            self._item_shown = False
        if self._icon is not None:
            self._icon.hide()

    def is_visible(self) -> bool:
        return self._item_shown or (self._icon is not None and self._icon.isVisible())

    def tooltip(self) -> str:
        return self._tooltip_now

    def current_icon(self) -> QIcon:
        return self._icon_now

    def show_message(self, title: str, text: str) -> bool:
        """A tray balloon: the last-resort way to tell the user something. False when there is no
        system tray to show it in (Qt would accept it and show nothing), and on the app's own
        StatusNotifierItem, which has no balloons (its hosts show the desktop's notifications)."""
        if self._icon is None or not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger and self._icon is not None:
            self._icon.contextMenu().popup(self._icon.geometry().center())

    # -- the app's own tray item ------------------------------------------------------------------

    def _menu_changed(self) -> None:
        """An entry changed outside ``show_status`` (the app renames one): tell the host soon,
        once, whatever else changes meanwhile."""
        if not self._item_dirty:
            self._item_dirty = True
            QTimer.singleShot(0, self._publish)

    def _publish(self) -> None:
        if self._item is not None and self._item_shown and self._item_dirty:
            self._item_dirty = False
            self._item.show(self._look())

    def _look(self) -> TrayLook:
        if self._images is None or self._images[0] is not self._icon_now:
            self._images = self._icon_now, icon_images(self._icon_now)
        return TrayLook(icon=self._images[1], tooltip=self._tooltip_now, title=APP_NAME,
                        menu=menu_entries(self._menu, self._actions), description=icon_description())

    def _clicked_in_host(self, key: int) -> None:
        action = self._actions.get(key)
        if action is not None and action.isEnabled():
            action.trigger()

    def _menu_opening_in_host(self) -> None:
        """The host's menu is about to open: the words first, then the item may answer."""
        try:
            self._read_now()
            self._publish()
        finally:
            if self._item is not None:
                self._item.menu_refreshed()

