"""A Snooze button for a window that offers to put a due break off (the break screen, a reminder
window): a click snoozes for the usual length; its arrow, a long press, Down, Alt+Down or the menu
key open the short list of other lengths (the tray's Snooze submenu, as a button).

Signals:
    snooze_requested(float): the length chosen, in minutes (the usual one for a plain click).

Whether snoozing is allowed stays the coach's decision (``Coach.can_snooze_now``): the window
shows or enables this button by it, and the coach refuses a snooze it does not allow.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionToolButton, QToolButton, QWidget

from desk_coach.ui.snooze_choices import snooze_entries
from desk_coach.wording.translate import number, translate

LONG_PRESS_MS = 600  # where the style names no delay of its own


class SnoozeButton(QToolButton):
    """Click: the usual length. The list: the arrow, a long press, Down, Alt+Down, the menu key."""

    snooze_requested = Signal(float)

    def __init__(self, lengths: tuple[float, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snooze")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lengths_menu = QMenu(self)
        self.setMenu(self.lengths_menu)
        self._lengths: tuple[float, ...] = ()
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        delay = self.style().styleHint(QStyle.StyleHint.SH_ToolButton_PopupDelay, None, self)
        self._long_press.setInterval(delay if delay > 0 else LONG_PRESS_MS)
        self._long_press.timeout.connect(self._pressed_long)
        self.clicked.connect(self._clicked)
        self.set_lengths(lengths)

    def set_lengths(self, lengths: tuple[float, ...]) -> None:
        """The lengths on offer in minutes, the usual one first (``Coach.snooze_lengths``)."""
        self._lengths = tuple(lengths)
        self.lengths_menu.clear()
        for minutes, text in zip(self._lengths, snooze_entries(self._lengths), strict=True):
            action = self.lengths_menu.addAction(text)
            action.triggered.connect(lambda _=False, m=minutes: self.snooze_requested.emit(float(m)))
        if self._lengths:
            #: A Snooze button in a window: puts the break off for the usual length; {minutes}: e.g. "5".
            #: Its arrow opens the other lengths.
            text = translate("SnoozeButton", "&Snooze {minutes} min").format(minutes=number(self._lengths[0]))
        else:
            #: A Snooze button in a window, before the lengths are known.
            text = translate("SnoozeButton", "&Snooze")
        self.setText(text)
        #: What a screen reader adds about the Snooze button: how to reach the other lengths.
        self.setAccessibleDescription(translate("SnoozeButton", "Press Down for other lengths."))

    def open_list(self) -> None:
        """Show the list of lengths under the button (without waiting for it to close)."""
        self.lengths_menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        if self.lengths_menu.actions():
            self.lengths_menu.setActiveAction(self.lengths_menu.actions()[0])

    def _clicked(self) -> None:
        if self._lengths:
            self.snooze_requested.emit(float(self._lengths[0]))

    def _pressed_long(self) -> None:
        self.setDown(False)  # no click when the button is let go: the press opened the list
        self.open_list()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Menu):  # Alt+Down too: the key is Down
            self.open_list()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._on_arrow(event.position().toPoint()):
            self._long_press.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._long_press.stop()
        super().mouseReleaseEvent(event)

    def _on_arrow(self, point: QPoint) -> bool:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ToolButton, option,
                                            QStyle.SubControl.SC_ToolButtonMenu, self)
        return arrow.contains(point)
