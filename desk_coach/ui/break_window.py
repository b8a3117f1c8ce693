"""The window for a break the user chose to start: what to do, and how long is left.

The countdown itself is a :class:`~desk_coach.ui.break_countdown.BreakCountdown` (no Qt): it
reads a time source (monotonic seconds), never counts timer ticks, so a late tick, a suspended
machine or a test's fake clock all show the right time. This window lays it out and binds it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.history import BreakKind
from desk_coach.ui.break_countdown import BreakCountdown
from desk_coach.ui.fonts import scaled_font, tabular
from desk_coach.ui.spoken import FocusVoice
from desk_coach.ui.way_out import StrictBreak, StrictWayOut
from desk_coach.ui.window_role import announce_as_window
from desk_coach.wording.translate import translate

TICK_MS = 250


def break_title(kind: BreakKind) -> str:
    if kind is BreakKind.MICRO:
        #: The title of the window of a short break the user started.
        return translate("BreakWindow", "Time to stand up")
    #: The title of the window of a long break, when the guided routine cannot be shown.
    return translate("BreakWindow", "Stretch routine")


def suggestion(kind: BreakKind) -> str:
    """What to do in the break."""
    if kind is BreakKind.MICRO:
        #: What to do in a short break, under its title.
        return translate("BreakWindow", "Stand up and walk for a few minutes: to the window, refill your "
                         "water, take the stairs.")
    # Stands in until the guided stretch dialog takes over long breaks.
    #: What to do in a long break when the guided routine cannot be shown, under its title.
    return translate("BreakWindow", "Stand up, roll your shoulders, reach up tall and walk around a little. "
                     "Move gently, and leave out anything that feels uncomfortable.")


def pause_words(held: bool) -> tuple[str, str]:
    """The Pause button's text and tooltip; Resume while the countdown is held."""
    if held:
        #: Button, in place of Pause while the break's countdown is held; its tooltip follows.
        return (translate("BreakWindow", "&Resume"),
                #: Tooltip of the Resume button of a break.
                translate("BreakWindow", "Carry on counting down"))
    #: Button: holds the break's countdown.
    return (translate("BreakWindow", "&Pause"),
            #: Tooltip of the Pause button of a break.
            translate("BreakWindow", "Stop the countdown for a moment"))


class BreakWindow(QWidget):
    """A countdown for one break, with "I'm back" (end now) and "Pause"/"Resume".

    The countdown starts when the window is first shown. While it runs and the window is
    visible, a 250 ms timer (named "display-tick") refreshes the display; the time left is
    always read from ``clock`` (monotonic seconds, ``time.monotonic`` by default), so tests can
    drive it with a fake clock and call :meth:`refresh`. Escape is the same as "I'm back". The
    window takes focus when shown but never stays on top of other windows.

    ``strict`` (strict mode): the break holds for its length: no "I'm back", no Pause, and
    neither Escape nor the window's close button ends it (a first Escape shows how to leave);
    the emergency way out (Escape held, or the button that appears) ends it, and
    ``left_by_way_out`` says so.

    Signals:
        finished(completed: bool): emitted exactly once: True when the countdown reaches zero;
            False when the user ends the break early ("I'm back", Escape, the way out) or closes
            the window. The window closes itself right after; its owner decides when to delete it.
    """

    finished = Signal(bool)

    def __init__(
        self,
        kind: BreakKind,
        length_s: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
        strict: StrictBreak | None = None,
    ) -> None:
        announce_as_window(BreakWindow)  # a window to a screen reader, not a "filler"
        super().__init__(parent, Qt.WindowType.Window)
        self._kind = BreakKind(kind)
        self.left_by_way_out = False
        self._countdown = BreakCountdown(length_s, clock)
        #: The break window's title (Qt adds " — Desk Coach").
        self.setWindowTitle(translate("BreakWindow", "Break"))
        self._build_words()
        self._build_countdown()
        buttons = self._build_buttons()

        # Room to breathe, measured in lines of text so it scales with the font and the screen.
        line = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(line * 1.4), line, round(line * 1.4), line)
        layout.setSpacing(round(line * 0.4))
        layout.addWidget(self.title_label)
        layout.addWidget(self.suggestion_label)
        layout.addSpacing(line // 2)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(line // 2)
        layout.addLayout(buttons)
        self.setTabOrder(self.pause_button, self.back_button)
        self.back_button.setFocus()
        self.strict_way_out: StrictWayOut | None = None
        # A screen reader reads a window's title, not its words: what the break is for is said on
        # the control that has the focus when it first shows.
        self._voice = FocusVoice(self)
        self._told_what_for = False
        if strict is not None:
            self._hold_strictly(strict, clock, layout, buttons)

        self._tick = QTimer(self)
        self._tick.setObjectName("display-tick")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        # Ends the break on time even while the window is hidden or minimised and not ticking.
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.timeout.connect(self.refresh)

    def _build_words(self) -> None:
        """What the break is and what to do in it."""
        self.title_label = QLabel(break_title(self._kind))
        self.title_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.title_label.setWordWrap(True)
        self.suggestion_label = QLabel(suggestion(self._kind))
        self.suggestion_label.setWordWrap(True)
        # About 46 average characters a line: two easy lines, and it grows with the font.
        self.suggestion_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)

    def _build_countdown(self) -> None:
        """The time left, large, and the bar under it."""
        self.countdown_label = QLabel(self._countdown.face)
        self.countdown_label.setFont(tabular(scaled_font(self.font(), 3.5, bold=True)))
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: What a screen reader calls the break's big countdown.
        self.countdown_label.setAccessibleName(translate("BreakWindow", "Time left"))
        #: Shown beside the buttons while the break's countdown is held.
        self.paused_label = QLabel(translate("BreakWindow", "Paused"))
        self.paused_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.paused_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, max(1, round(self._countdown.length_s)))
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(False)
        #: What a screen reader calls the bar that fills as the break goes by.
        self.progress_bar.setAccessibleName(translate("BreakWindow", "Break progress"))
        self.progress_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _hold_strictly(self, strict: StrictBreak, clock: Callable[[], float], layout: QVBoxLayout,
                       buttons: QHBoxLayout) -> None:
        """Strict mode: only the countdown or the way out ends the break."""
        self.strict_way_out = way_out = StrictWayOut(self, strict, clock)
        self.back_button.hide()
        self.pause_button.hide()
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout.insertWidget(layout.indexOf(self.progress_bar) + 1, way_out.hint)
        buttons.addWidget(way_out.button)
        way_out.used.connect(self._leave_by_way_out)

    def _leave_by_way_out(self) -> None:
        self.left_by_way_out = True
        self._finish(False)

    def _build_buttons(self) -> QHBoxLayout:
        """"Paused" when held, then Pause/Resume and "I'm back"."""
        #: Button: the user is back from the break before its countdown ran out.
        self.back_button = QPushButton(translate("BreakWindow", "I'm &back"))
        #: Tooltip of "I'm back"; (Esc) names the key that does the same.
        self.back_button.setToolTip(translate("BreakWindow", "End the break now (Esc)"))
        # Its own description, which the break's first line goes ahead of (a tooltip stands in for a
        # description only while none is set).
        self.back_button.setAccessibleDescription(self.back_button.toolTip())
        self.back_button.clicked.connect(self.end_now)
        text, tip = pause_words(False)
        self.pause_button = QPushButton(text)
        self.pause_button.setToolTip(tip)
        self.pause_button.clicked.connect(self.toggle_pause)
        buttons = QHBoxLayout()
        buttons.addWidget(self.paused_label)
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.back_button)
        return buttons

    # -- what the countdown says -----------------------------------------------------------------

    @property
    def kind(self) -> BreakKind:
        return self._kind

    @property
    def length_s(self) -> float:
        return self._countdown.length_s

    @property
    def elapsed_s(self) -> float:
        """Seconds of the break counted down so far (pauses excluded)."""
        return self._countdown.elapsed_s

    @property
    def running(self) -> bool:
        """True while the countdown is counting: started, not paused and not finished."""
        return self._countdown.running

    # -- actions -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the time left as the clock tells it; finish the break once none is left."""
        countdown = self._countdown
        if countdown.done:
            return
        text = countdown.face
        if self.countdown_label.text() != text:  # a repaint a second, not four
            self.countdown_label.setText(text)
        value = countdown.progress(self.progress_bar.maximum())
        if self.progress_bar.value() != value:
            self.progress_bar.setValue(value)
        remaining = countdown.remaining_s
        if remaining <= 0:
            self._finish(True)
        elif countdown.running and not self._end.isActive():
            self._end.start(max(1, math.ceil(remaining * 1000)))

    def pause(self) -> None:
        if not self._countdown.pause():
            return
        self._tick.stop()
        self._end.stop()
        self._show_held(True)
        self.refresh()

    def resume(self) -> None:
        if not self._countdown.resume():
            return
        self._show_held(False)
        self._start_ticking()
        self.refresh()

    def toggle_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.resume()

    def end_now(self) -> None:
        """The user is back before the countdown ran out."""
        self._finish(False)

    # -- Qt events ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._told_what_for:  # once: shown again after being minimised, it is the same break
            self._told_what_for = True
            what_for = f"{self.title_label.text()}\n{self.suggestion_label.text()}"
            self._voice.say(what_for, self._voice.target(self.focusWidget()))
        if self.strict_way_out is not None:
            self.strict_way_out.start()
        self._countdown.start()
        self._start_ticking()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        way_out = self.strict_way_out
        if way_out is not None and not self._countdown.done and event.spontaneous():
            event.ignore()  # the close button, Alt+F4: refused on a strict break; the app may still close it
            way_out.hint.show_hint()
            return
        self._finish(False, close=False)
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            if self.strict_way_out is not None:  # the way out takes Escape first: never ends a strict break
                self.strict_way_out.hint.show_hint()
                return
            self.end_now()
            return
        super().keyPressEvent(event)

    # -- inside --------------------------------------------------------------------------------------

    def _start_ticking(self) -> None:
        if self.running and self.isVisible():
            self._tick.start()

    def _show_held(self, held: bool) -> None:
        """Pause reads Resume, "Paused" shows and the time left is greyed while the count is held."""
        text, tip = pause_words(held)
        self.pause_button.setText(text)
        self.pause_button.setToolTip(tip)
        self.paused_label.setVisible(held)
        role = QPalette.ColorRole.PlaceholderText if held else QPalette.ColorRole.WindowText
        self.countdown_label.setForegroundRole(role)

    def _finish(self, completed: bool, *, close: bool = True) -> None:
        if not self._countdown.finish():
            return
        self._tick.stop()
        self._end.stop()
        self.pause_button.setEnabled(False)
        self.back_button.setEnabled(False)
        if self.strict_way_out is not None:
            self.strict_way_out.stop()
        self.finished.emit(completed)
        if close and self.isVisible():
            self.close()
