"""The break screen: a calm full-screen layer on every monitor while a break runs (issue 16, 1).

The monitor the user was working on (:func:`~.user_screen.user_screen`) holds the break's own
window (the guided routine, or the plain countdown) in the middle of its layer; the others say
what to do and how long is left, and, unless the break is strict, offer "End break".

Why the window is embedded in its layer rather than kept above it as a window of its own: a
Wayland client cannot stack or place its windows, and X11 window managers differ in how they
stack a normal window over a full-screen one kept on top; a child widget is above its layer
everywhere, and the keyboard is where the user looks. Each layer is an ordinary full-screen
window (``showFullScreen`` on its QScreen: on Wayland ``xdg_toplevel.set_fullscreen(output)``),
never one that bypasses the window manager, so a screen locker still covers it. While the
session is locked the layers are hidden (:meth:`BreakCover.set_locked`); a quiet time that
begins during the break (a call, Do Not Disturb) lifts the cover for the rest of the break and
gives the window back to the desktop (:meth:`BreakCover.lift`).

The countdown on the layers reads the same clock as the break's window (``remaining``: seconds
left, from the window's own countdown), so every monitor shows the same time.

For the emergency way out of a strict break (``ui/way_out.py``): :attr:`BreakCover.layer_made`
hears each layer as it is made, and :meth:`CoverLayer.put_way_out` places a widget on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_window import break_title, suggestion
from desk_coach.ui.fonts import scaled_font, tabular
from desk_coach.ui.user_screen import can_place_windows, open_window, user_screen
from desk_coach.wording.figures import countdown_words
from desk_coach.wording.translate import translate

TICK_MS = 250


def time_left_words(seconds: float) -> str:
    """The time left in words, for a screen reader: "4 minutes 30 seconds"."""
    whole = max(0, math.ceil(seconds - 1e-6))
    minutes, secs = divmod(whole, 60)
    #: Part of the time left of a break, read by a screen reader: "4 minutes".
    minute_words = translate("BreakScreen", "%n minute(s)", None, minutes)
    #: Part of the time left of a break, read by a screen reader: "30 seconds".
    second_words = translate("BreakScreen", "%n second(s)", None, secs)
    if not minutes:
        return second_words
    if not secs:
        return minute_words
    #: The time left of a break in minutes and seconds: "4 minutes 30 seconds".
    return translate("BreakScreen", "{minutes} {seconds}").format(minutes=minute_words, seconds=second_words)


def layer_name(seconds: float) -> str:
    #: What a screen reader calls a monitor's break screen; {time} is "4 minutes 30 seconds".
    return translate("BreakScreen", "Break — {time} left").format(time=time_left_words(seconds))


def layer_suggestion(kind: BreakKind, guided: bool) -> str:
    """What to do, on a monitor other than the one with the break's window."""
    if guided:
        #: On the break screen of the other monitors while the guided stretch routine runs.
        return translate("BreakScreen", "Your stretch routine is on the screen you were working on. "
                         "Move gently, and leave out anything that feels uncomfortable.")
    return suggestion(kind)


def routine_done_words() -> str:
    #: On the break screen of the other monitors once the guided routine's time is up and it asks
    #: how it went.
    return translate("BreakScreen", "Well done. Say how it went on the screen you were working on.")


def calm_colour(palette: QPalette) -> QColor:
    """A soft, dim colour from the app's palette: a pale tint of its highlight in a light theme, a
    deep one in a dark theme, so that the text colour of the palette reads well on it."""
    window = palette.color(QPalette.ColorRole.Window)
    hue = palette.color(QPalette.ColorRole.Highlight).hslHue()
    hue = 210 if hue < 0 else hue
    if window.lightness() >= 128:
        return QColor.fromHsl(hue, 40, 228)
    return QColor.fromHsl(hue, 30, 34)


def _gap(height: int) -> QSpacerItem:
    """A gap of ``height`` between the layer's parts that gives way when the screen is short of
    room (large text on a small screen), so the layer never outgrows its screen."""
    return QSpacerItem(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)


class CoverLayer(QWidget):
    """One monitor's layer: full screen, calm, on top; it either holds the break's window or says
    what to do and how long is left.

    Signals:
        end_asked(): "End break" or Escape on this layer (never in a strict break).
        pointer_came(): the pointer entered this layer (on Wayland, the one way to learn where it is).
    """

    end_asked = Signal()
    pointer_came = Signal()

    def __init__(self, screen: QScreen, kind: BreakKind, cover: Cover, guided: bool) -> None:
        flags = (Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                 | Qt.WindowType.WindowStaysOnTopHint)
        super().__init__(None, flags)
        self.setObjectName("break-cover")
        self.cover = cover
        self.guided = guided
        #: The break screen's window title (not shown: the layer has no title bar; window lists and
        #: screen readers read it).
        self.setWindowTitle(translate("BreakScreen", "Break"))
        # The calm colour is painted (paintEvent), not set in the palette: the break's window on
        # the layer keeps the app's own colours.
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.held: QWidget | None = None
        self._held_flags = Qt.WindowType.Window
        self._build(kind, guided, screen.geometry().width(), screen.geometry().height())

    def _build(self, kind: BreakKind, guided: bool, screen_width: int, screen_height: int) -> None:
        line = self.fontMetrics().height()
        self.info = QWidget(self)
        self.title_label = QLabel(break_title(kind))
        self.title_label.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.suggestion_label = QLabel(layer_suggestion(kind, guided))
        self.suggestion_label.setFont(scaled_font(self.font(), 1.4))
        self.suggestion_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggestion_label.setWordWrap(True)
        # A fixed width (about 60 characters, within the screen) so the wrapped lines get their height.
        chars = self.suggestion_label.fontMetrics().averageCharWidth() * 60
        width = min(chars, round(screen_width * 0.8))
        self.suggestion_label.setFixedWidth(width)
        self.suggestion_label.setMinimumHeight(self.suggestion_label.heightForWidth(width))
        self.countdown_label = QLabel()
        self.countdown_label.setFont(tabular(scaled_font(self.font(), 6.0, bold=True)))
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: Under the big countdown of the break screen.
        self.left_label = QLabel(translate("BreakScreen", "left of your break"))
        self.left_label.setFont(scaled_font(self.font(), 1.2))
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if self.cover is Cover.COVER:
            #: Button on the break screen: ends the break now, as "I'm back" does.
            self.end_button = QPushButton(translate("BreakScreen", "&End break"))
            #: Tooltip of "End break"; (Esc) names the key that does the same.
            self.end_button.setToolTip(translate("BreakScreen", "End the break now (Esc)"))
            self.end_button.setFont(scaled_font(self.font(), 1.2))
            self.end_button.clicked.connect(self.end_asked)
            buttons.addWidget(self.end_button)
        #: Where the emergency way out of a strict break goes (put_way_out).
        self.way_out_slot = QHBoxLayout()
        buttons.addLayout(self.way_out_slot)
        buttons.addStretch(1)
        column = QVBoxLayout(self.info)
        column.setSpacing(line)
        column.addStretch(2)
        column.addWidget(self.title_label)
        column.addWidget(self.suggestion_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addItem(_gap(line * 2))
        column.addWidget(self.countdown_label)
        column.addWidget(self.left_label)
        column.addItem(_gap(line * 2))
        column.addLayout(buttons)
        column.addStretch(3)
        outer = QVBoxLayout(self)
        margin = min(line * 3, screen_height // 20)  # twice the text on a laptop: the words keep the room
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addWidget(self.info)
        # A layer with nothing to press takes no keyboard focus (Tab is never lost on it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- what it shows -----------------------------------------------------------------------------

    def show_time(self, remaining_s: float) -> None:
        if remaining_s <= 0 and self.guided:  # the routine asks how it went: nothing left to count
            if self.countdown_label.isVisibleTo(self.info):
                self.countdown_label.hide()
                self.left_label.hide()
                self.suggestion_label.setText(routine_done_words())
                self.suggestion_label.setMinimumHeight(
                    self.suggestion_label.heightForWidth(self.suggestion_label.width()))
                #: What a screen reader calls a monitor's break screen once the routine's time is up.
                self.setAccessibleName(translate("BreakScreen", "Break — time is up"))
            return
        face = countdown_words(remaining_s)
        if self.countdown_label.text() != face:
            self.countdown_label.setText(face)
            self.setAccessibleName(layer_name(remaining_s))

    def put_way_out(self, widget: QWidget) -> None:
        """Place a widget (the emergency way out of a strict break) beside where "End break" is."""
        self.way_out_slot.addWidget(widget)

    @property
    def has_something_to_press(self) -> bool:
        return self.held is not None or self.end_button is not None or self.way_out_slot.count() > 0

    # -- the break's window --------------------------------------------------------------------------

    def hold(self, window: QWidget) -> None:
        """Put the break's window in the middle of this layer, in place of the words."""
        self.held = window
        self._held_flags = window.windowFlags()
        window.setParent(self, Qt.WindowType.Widget)
        window.setAutoFillBackground(True)  # a card on the dim layer, in the window's own colour
        window.installEventFilter(self)
        if isinstance(window, QDialog):
            window.setSizeGripEnabled(False)  # its size is the layer's business now
        if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
            window.adjustSize()  # the size it would have as a window of its own
        self.info.hide()
        self._centre()
        window.show()

    def release(self) -> QWidget | None:
        """Take the break's window out (hidden, a top-level window again); the words come back."""
        window, self.held = self.held, None
        if window is None:
            return None
        window.removeEventFilter(self)
        window.hide()
        window.setParent(None, self._held_flags)
        self.info.show()
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.held and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self, self._centre)
        return super().eventFilter(watched, event)

    def _centre(self) -> None:
        window = self.held
        if window is None:
            return
        area = self.rect()
        hint = window.sizeHint().expandedTo(window.minimumSize())
        width = min(max(window.width(), hint.width()), area.width())
        height = min(max(window.height(), hint.height(), window.minimumHeight()), area.height())
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        window.move((area.width() - width) // 2, (area.height() - height) // 2)
        self.update()

    # -- Qt events -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), calm_colour(self.palette()))
        window = self.held
        if window is not None and window.isVisible():  # the card the window sits on
            pad = self.fontMetrics().height()
            card = QRectF(window.geometry().adjusted(-pad, -pad, pad, pad))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
            painter.drawRoundedRect(card, pad * 0.75, pad * 0.75)
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._centre()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.pointer_came.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.cover is Cover.COVER):
            event.accept()
            self.end_asked.emit()
            return
        super().keyPressEvent(event)


class BreakCover(QObject):
    """The layers of one break, one per monitor, for as long as the break runs and the cover is
    not lifted: made by :meth:`open`, gone after :meth:`close` or :meth:`lift`.

    ``remaining()``: the break's seconds left (the window's own countdown). ``end()``: ends the
    break as "I'm back" does (asked by "End break" and Escape on a layer; never when strict).

    Signals:
        layer_made(CoverLayer): each layer as it is made (at the start, and for a monitor plugged
            in during the break).
    """

    layer_made = Signal(object)

    def __init__(self, kind: BreakKind, cover: Cover, remaining: Callable[[], float],
                 end: Callable[[], object], *, guided: bool, parent: QObject | None = None) -> None:
        if cover is Cover.NONE:
            raise ValueError("a break without a cover has no break screen")
        super().__init__(parent)
        self.kind, self.cover, self.guided = kind, cover, guided
        self._remaining = remaining
        self._end = end
        self.layers: dict[QScreen, CoverLayer] = {}
        self.window: QWidget | None = None
        self.locked = False
        self.lifted = False
        # Where the pointer is: X11, Windows and macOS tell (user_screen); Wayland does not, and
        # the first layer the pointer enters says it instead.
        self.pointer_known = can_place_windows()
        self._tick = QTimer(self)
        self._tick.setObjectName("cover-tick")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    @property
    def strict(self) -> bool:
        return self.cover is Cover.STRICT

    @property
    def showing(self) -> bool:
        return bool(self.layers) and not self.locked

    @property
    def holder(self) -> CoverLayer | None:
        """The layer holding the break's window."""
        return next((layer for layer in self.layers.values() if layer.held is not None), None)

    def open(self, window: QWidget) -> None:
        """Cover every monitor, the break's window on the user's; the keyboard goes to it."""
        self.window = window
        for screen in QGuiApplication.screens():
            self._add_layer(screen)
        self._hold_on(user_screen())
        self.refresh()
        self._show_all()
        self._tick.start()

    def bring_up(self) -> None:
        """Every layer shown and on top again, the keyboard in the break's window (asked to open
        the break again while it runs)."""
        self._show_all()

    def refresh(self) -> None:
        remaining = self._remaining()
        for layer in self.layers.values():
            layer.show_time(remaining)

    def set_locked(self, locked: bool) -> None:
        """The session locked: the layers go, so the locker is never under a cover; unlocked, they
        come back if the break still runs."""
        if locked == self.locked:
            return
        self.locked = locked
        if locked:
            for layer in self.layers.values():
                layer.hide()
        else:
            self._show_all()

    def lift(self) -> None:
        """A quiet time began (a call, Do Not Disturb): no cover for the rest of the break; the
        break's window stays, as a window of its own on the user's screen."""
        if self.lifted:
            return
        self.lifted = True
        window = self._drop_layers()
        if window is not None and not self.locked:
            open_window(window)
            window.raise_()

    def close(self) -> None:
        """The break is over: the layers go; the window (closed by its owner) is let go hidden."""
        self._drop_layers()
        self.lifted = True

    # -- inside -------------------------------------------------------------------------------------

    def _drop_layers(self) -> QWidget | None:
        self._tick.stop()  # the screen signals stay connected until deleted: the slots check lifted
        holder = self.holder
        window = holder.release() if holder is not None else None
        for layer in self.layers.values():
            layer.hide()
            layer.deleteLater()
        self.layers.clear()
        return window

    def _add_layer(self, screen: QScreen) -> CoverLayer:
        layer = CoverLayer(screen, self.kind, self.cover, self.guided)
        layer.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        layer.end_asked.connect(self._end_asked)
        layer.pointer_came.connect(lambda: self._pointer_came(screen))
        self.layers[screen] = layer
        layer.show_time(self._remaining())
        self.layer_made.emit(layer)
        return layer

    def _hold_on(self, screen: QScreen | None) -> None:
        """Put the break's window on ``screen``'s layer (else the first layer)."""
        if self.window is None or not self.layers:
            return
        layer = self.layers.get(screen) if screen is not None else None
        layer = layer or next(iter(self.layers.values()))
        holder = self.holder
        if holder is layer:
            return
        if holder is not None:
            holder.release()
        layer.hold(self.window)
        layer.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)

    def _show_all(self) -> None:
        if self.lifted or self.locked:
            return
        for layer in self.layers.values():
            self._show(layer)
        holder = self.holder
        if holder is not None:
            holder.raise_()
            holder.activateWindow()
            self._focus_in(holder)

    @staticmethod
    def _show(layer: CoverLayer) -> None:
        screen = layer.screen()
        if screen is not None:
            layer.setGeometry(screen.geometry())
        layer.showFullScreen()
        layer.raise_()

    @staticmethod
    def _focus_in(holder: CoverLayer) -> None:
        """The keyboard lands in the break's window: on its focused widget, else its first one."""
        window = holder.held
        if window is None:
            return
        target = window.focusWidget() or window
        if not target.isVisible() or target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            window.setFocus(Qt.FocusReason.OtherFocusReason)
            window.focusNextChild()
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pointer_came(self, screen: QScreen) -> None:
        """Where the pointer is cannot be asked on Wayland (Qt reads (0, 0)): the break's window
        moves to the first layer the pointer is seen on, once, before the user did anything."""
        if self.pointer_known or self.lifted:
            return
        self.pointer_known = True
        holder = self.holder
        if holder is None or screen not in self.layers or self.layers[screen] is holder:
            return
        self._hold_on(screen)
        if not self.locked:
            self._show_all()

    def _end_asked(self) -> None:
        if self.cover is Cover.COVER:
            self._end()

    def _screen_added(self, screen: QScreen) -> None:
        if self.lifted or screen in self.layers:
            return
        layer = self._add_layer(screen)
        if not self.locked:
            self._show(layer)

    def _screen_removed(self, screen: QScreen) -> None:
        if self.lifted:
            return
        layer = self.layers.pop(screen, None)
        if layer is None:
            return
        had_window = layer.held is not None
        if had_window:
            layer.release()
        layer.hide()
        layer.deleteLater()
        if had_window:
            self._hold_on(self._user_screen_but(screen))
            if not self.locked:
                self._show_all()

    def _user_screen_but(self, gone: QScreen) -> QScreen | None:
        screen = user_screen()
        if screen is not None and screen is not gone and screen in self.layers:
            return screen
        primary = QGuiApplication.primaryScreen()
        if primary in self.layers:
            return primary
        return next(iter(self.layers), None)


def active_layer() -> CoverLayer | None:
    """The break screen's layer that has the keyboard, if any (for tests and screenshots)."""
    window = QApplication.activeWindow()
    return window if isinstance(window, CoverLayer) else None
