"""Strict mode's emergency way out: hold Escape, or press a button that shows after a few seconds.

A strict break cannot be closed or ended before its length, but nobody is ever trapped: a
phone call, a fire alarm, a child. Two ways, both always there and both one step:

- :class:`WayOut` watches the keys of the windows it is given (any widget inside them, so the
  focus may be anywhere): Escape held for ``hold_s`` seconds is the way out. A key's auto-repeat
  does not restart the hold, marked as such or not (on X11 Qt reports many repeats as a real
  release and press); letting go early cancels once no press follows within ``RELEASE_GRACE_S``.
  Its signals drive :class:`WayOutHint`.
- :class:`WayOutButton` appears ``appear_after_s`` seconds after the break opens (not at once,
  so it is not clicked out of habit) and is one click, no "are you sure?": an emergency is no
  time for a second question, and the delay is the guard against habit. It is reachable with
  Tab once shown and says what it does to a screen reader.

Time is read from ``clock`` (monotonic seconds, injectable), never counted from timer ticks:
the timers only say when to look, so tests drive both with a fake clock and ``refresh()``.
The break screen's layers (``ui/break_screen*``) use the same three classes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desk_coach.ui.fit_to_screen import tallest_on_screen
from desk_coach.ui.fonts import scaled_font
from desk_coach.wording.translate import translate

TICK_MS = 50  # the hold's progress redraws this often while Escape is down
#: A release of Escape followed this soon by a press is the key repeating, not the user letting go:
#: X11 sends a held key's repeats as release+press pairs, and Qt marks only some of them as repeats.
RELEASE_GRACE_S = 0.25


@dataclass(frozen=True)
class StrictBreak:
    """A strict break as its windows need it: how long it holds, and the way out's two figures
    (settings ``break_screen.way_out_hold_s`` and ``way_out_button_s``)."""

    length_s: float
    hold_s: int = 3
    button_after_s: int = 10


def hold_hint(hold_s: int) -> str:
    #: Shown on a strict break when Escape is pressed or the window is asked to close: how to leave
    #: anyway. %n: seconds to hold the key (3 by default).
    return translate("WayOut", "Hold Escape for %n second(s) to leave in an emergency", None, hold_s)


def holding_words() -> str:
    #: Shown while Escape is held on a strict break, above a bar that fills until the break ends.
    return translate("WayOut", "Keep holding Escape to leave the break…")


class WayOut(QObject):
    """Escape held ``hold_s`` seconds on a watched window is the emergency way out.

    ``watch(window)`` for each window (a top-level widget: the break window, a cover layer);
    every key event of a widget inside it is seen first (an application event filter), so the
    focus may be anywhere. Escape is taken from the window while watched: it neither ends nor
    closes a strict break by itself.

    Signals:
        pressed(): Escape went down (not a repeat): show the hint and the progress.
        progress(float): the share of the hold done, 0-1, while Escape is held.
        cancelled(): released before the end.
        used(): held long enough: the way out is taken (at most once).
    """

    pressed = Signal()
    progress = Signal(float)
    cancelled = Signal()
    used = Signal()

    def __init__(self, hold_s: float, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hold_s = float(hold_s)
        self._clock = clock
        self._windows: list[QWidget] = []
        self._held_since: float | None = None
        self._released_at: float | None = None  # a release not yet known to be the user letting go
        self._done = False
        self._tick = QTimer(self)
        self._tick.setObjectName("way-out-tick")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._grace = QTimer(self)
        self._grace.setObjectName("way-out-release-grace")
        self._grace.setSingleShot(True)
        self._grace.timeout.connect(self.refresh)
        app = QApplication.instance()
        assert app is not None, "the way out needs a QApplication"
        app.installEventFilter(self)

    def watch(self, window: QWidget) -> None:
        """Take Escape on ``window`` and every widget in it."""
        if window not in self._windows:
            self._windows.append(window)
            window.destroyed.connect(lambda _=None, w=window: self._forget(w))

    def stop(self) -> None:
        """Watch no more (the break is over)."""
        self._tick.stop()
        self._grace.stop()
        self._held_since = None
        self._released_at = None
        self._windows.clear()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def holding(self) -> bool:
        return self._held_since is not None

    @property
    def held_fraction(self) -> float:
        if self._held_since is None:
            return 0.0
        until = self._clock() if self._released_at is None else self._released_at
        return max(0.0, min(1.0, (until - self._held_since) / max(self.hold_s, 0.001)))

    def refresh(self) -> None:
        """Look at the clock: report the progress, and the way out once held long enough; a
        release with no press after it for ``RELEASE_GRACE_S`` cancels."""
        if self._held_since is None or self._done:
            return
        fraction = self.held_fraction
        if fraction < 1.0 and self._released_at is not None:
            if self._clock() - self._released_at >= RELEASE_GRACE_S:
                self._cancel()
            return
        self.progress.emit(fraction)
        if fraction >= 1.0:
            self._done = True
            self._held_since = None
            self._released_at = None
            self._tick.stop()
            self._grace.stop()
            self.used.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate and watched in self._windows:
            self._cancel()  # the key's release would go elsewhere: a hold ends with the focus
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape or not self._mine(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # Escape is ours here: no shortcut (close keys, a dialog's reject) takes it
            return True
        if event.isAutoRepeat():
            return True  # a held key repeats: the hold goes on, it does not start again
        if kind == QEvent.Type.KeyPress:
            self._press()
        else:
            self._release()
        return True

    def _mine(self, watched: QObject) -> bool:
        if not self._windows or not watched.isWidgetType():
            return False
        assert isinstance(watched, QWidget)
        window = watched.window()
        return any(window is w or w.isAncestorOf(watched) for w in self._windows)

    def _press(self) -> None:
        if self._done:
            return
        if self._held_since is not None and self._released_at is not None:
            if self._clock() - self._released_at < RELEASE_GRACE_S:
                self._released_at = None  # the key repeating: the hold goes on
                self._grace.stop()
                return
            self._cancel()  # let go a while ago: this press starts a new hold
        if self._held_since is not None:
            return
        self._held_since = self._clock()
        self.pressed.emit()
        self.progress.emit(0.0)
        self._tick.start()
        QTimer.singleShot(max(1, round(self.hold_s * 1000)), self.refresh)

    def _release(self) -> None:
        if self._held_since is None or self._released_at is not None:
            return
        self._released_at = self._clock()
        self.refresh()  # a release right at the end still counts
        if not self._done:
            self._grace.start(max(1, round(RELEASE_GRACE_S * 1000)))  # unless a press follows at once

    def _cancel(self) -> None:
        """The user let go before the end (or the window lost the keyboard)."""
        self._grace.stop()
        self._released_at = None
        if self._held_since is None or self._done:
            return
        self._held_since = None
        self._tick.stop()
        self.progress.emit(0.0)
        self.cancelled.emit()

    def _forget(self, window: QWidget) -> None:
        self._windows = [w for w in self._windows if w is not window]


class WayOutHint(QWidget):
    """The words and the thin bar of the hold: hidden until Escape is pressed (or ``show_hint``).

    Connect it with ``follow(way_out)``. The hint stays once shown, so a user who let go too
    early still reads how to leave; the bar shows only while the key is held."""

    def __init__(self, hold_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hold_hint(hold_s)
        self.label = QLabel(self._hint)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(max(4, self.fontMetrics().height() // 3))
        #: What a screen reader calls the bar that fills while Escape is held on a strict break.
        self.bar.setAccessibleName(translate("WayOut", "Emergency way out"))
        self.bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def follow(self, way_out: WayOut) -> None:
        way_out.pressed.connect(self._held)
        way_out.progress.connect(self._progress)
        way_out.cancelled.connect(self._let_go)

    def show_hint(self) -> None:
        """How to leave, without a hold (the window was asked to close)."""
        self.label.setText(self._hint)
        self.show()
        grow_to_fit(self)

    def _held(self) -> None:
        self.label.setText(holding_words())
        self.bar.setValue(0)
        self.bar.show()
        self.show()
        grow_to_fit(self)

    def _progress(self, fraction: float) -> None:
        self.bar.setValue(round(fraction * 1000))

    def _let_go(self) -> None:
        self.bar.hide()
        self.label.setText(self._hint)
        grow_to_fit(self)  # the hint may wrap onto more lines than "keep holding" did


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for its wrapped text once it shows more of it.

    A top-level window's minimum size ignores height-for-width, so a hint that wraps onto a
    second line would be squeezed; the window grows instead (it never shrinks here)."""
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    # A text just changed: the layouts from the widget's up still hold its old height.
    inner: QWidget | None = widget
    while inner is not None and inner is not window:
        inner.updateGeometry()
        inner = inner.parentWidget()
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    tallest = tallest_on_screen(window)
    if tallest is not None:  # whole on the screen: past that, the window's page scrolls
        needed = min(needed, tallest)
    if needed > window.height():
        window.resize(window.width(), needed)


class WayOutButton(QPushButton):
    """The emergency way out as a button: hidden until ``appear_after_s`` after ``start()``.

    One click ends the break (connect ``clicked``); ``start()`` when the break opens. Once shown
    it is in the Tab order, and a screen reader hears its name and description."""

    def __init__(self, appear_after_s: float, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        #: Button on a strict break, shown after a few seconds: ends the break at once in an emergency.
        super().__init__(translate("WayOut", "Leave now (emergency)"), parent)
        self.appear_after_s = float(appear_after_s)
        self._clock = clock
        self._since: float | None = None
        #: What a screen reader calls the emergency button of a strict break.
        self.setAccessibleName(translate("WayOut", "Leave the break now, in an emergency"))
        #: Tooltip of the emergency button of a strict break, also what a screen reader says about it.
        what_it_does = translate("WayOut", "Ends the break early; it is recorded as left by the "
                                 "emergency way out.")
        self.setAccessibleDescription(what_it_does)
        self.setToolTip(what_it_does)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    @property
    def since(self) -> float | None:
        """When the button's count began (None: not yet)."""
        return self._since

    def start(self, since: float | None = None) -> None:
        """The break opened (at ``since`` on the clock, if not now): count to the moment the button
        shows."""
        if self._since is None:
            self._since = self._clock() if since is None else since
            self._timer.start(1)  # refresh: shows at once if the delay has passed, else waits

    def refresh(self) -> None:
        """Show the button once its delay has passed (read from the clock)."""
        if self._since is None or not self.isHidden():
            return
        if self._clock() - self._since >= self.appear_after_s:
            self.show()
            grow_to_fit(self)
        elif not self._timer.isActive():
            self._timer.start(max(1, round((self.appear_after_s - (self._clock() - self._since)) * 1000)))


class StrictWayOut(QObject):
    """The way out of one strict window, whole: the Escape hold on ``window``, its hint and the
    button, which the window lays out (``hint``, ``button``). ``used`` is emitted once, whichever
    way was taken; ``start()`` when the window shows, ``stop()`` when the break is over."""

    used = Signal()

    def __init__(self, window: QWidget, strict: StrictBreak,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.way_out = WayOut(strict.hold_s, clock, self)
        self.way_out.watch(window)
        self.hint = WayOutHint(strict.hold_s)
        self.hint.follow(self.way_out)
        self.button = WayOutButton(strict.button_after_s, clock)
        self.way_out.used.connect(self._take)
        self.button.clicked.connect(self._take)
        self.taken = False
        self._strict = strict
        self._clock = clock
        self._elsewhere: list[WayOutButton] = []  # the buttons on the other monitors' layers

    def start(self) -> None:
        self.button.start()
        for button in self._elsewhere:
            button.start(self.button.since)

    def reach(self, place: Callable[[QWidget], None], window: QWidget) -> None:
        """Offer the same way out on another window too (the break screen's layer on another
        monitor): Escape held there, and its own hint and button, which ``place`` lays out; the
        button shows when this window's does. Whichever is used, ``used`` comes once."""
        if self.taken:
            return
        self.way_out.watch(window)
        box = QWidget()
        hint = WayOutHint(self._strict.hold_s)
        hint.follow(self.way_out)
        button = WayOutButton(self._strict.button_after_s, self._clock)
        button.clicked.connect(self._take)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(hint)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        place(box)
        self._elsewhere.append(button)
        # A layer goes with its monitor, or when the cover is lifted: its button must not be touched after.
        button.destroyed.connect(lambda _=None, gone=button: self._forget(gone))
        if self.button.since is not None:
            button.start(self.button.since)

    def stop(self) -> None:
        self.way_out.stop()
        self.button.hide()
        for button in self._elsewhere:
            button.hide()

    def _forget(self, button: WayOutButton) -> None:
        self._elsewhere = [b for b in self._elsewhere if b is not button]

    def _take(self) -> None:
        if self.taken:
            return
        self.taken = True
        self.stop()
        self.used.emit()
