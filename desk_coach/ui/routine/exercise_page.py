"""The routine dialog's exercise page: the exercise's name, drawing and steps, the phase and the big
count, the main button, and Pause, Skip and "This hurts".

A view only: it shows an :class:`~desk_coach.ui.routine.screen.ExerciseScreen` and the
:class:`~desk_coach.ui.routine.screen.ExerciseWords` it is handed, and its buttons are bound by
the dialog (``dialog.GuidedRoutineDialog``), which decides what they do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.exercises import Exercise
from desk_coach.ui.fonts import quiet, scaled_font, tabular
from desk_coach.ui.page_scroll import ReadingScroll
from desk_coach.ui.routine.illustration import Illustration
from desk_coach.ui.routine.screen import (
    PROGRESS_STEPS,
    ExerciseScreen,
    ExerciseWords,
    hurt_text,
    pause_text,
    skip_text,
    stretch_cue,
    switch_text,
)
from desk_coach.ui.routine.spoken_cues import exercise_line, screen_line
from desk_coach.ui.settings_fields import problem_color
from desk_coach.ui.spoken import FocusVoice
from desk_coach.ui.spoken_aloud import RoutineSpeech
from desk_coach.wording.translate import number, translate


def _keep_space(widget: QWidget) -> QWidget:
    """Hiding the widget leaves its room, so the layout does not jump."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:  # a repaint when it changes, not four times a second
        widget.setText(text)


class ExercisePage(QWidget):
    """One exercise of the routine as it runs. ``font`` and ``line`` (its height in pixels) are the
    dialog's, so the page's sizes follow the dialog's text.

    The buttons (``primary_button``, ``pause_button``, ``skip_button``, ``hurt_button``) are for
    the dialog to bind; ``buttons_row`` holds the last three, for the dialog to hide while it asks
    something in their place.
    """

    def __init__(self, font: QFont, line: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = font
        self.line = line
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the focus while the main button is hidden
        self.voice = FocusVoice(self)  # what a screen reader says as the routine runs
        self.spoken = RoutineSpeech()  # the setting's way for the lines (the dialog's): also aloud, or off
        self._spoken_screen: ExerciseScreen | None = None
        self._intro = ""  # the new exercise's name and first step, said with the next moment
        top = self._build_top_row()
        self.name_label = QLabel()
        self.name_label.setFont(scaled_font(font, 1.5, bold=True))
        self.name_label.setWordWrap(True)
        about = self._build_about()
        status = self._build_status()
        self.buttons_row = self._build_buttons_row()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(line * 0.5))
        layout.addLayout(top)
        layout.addWidget(self.name_label)
        reading = QWidget()
        reading.setLayout(about)
        self.reading = ReadingScroll(reading)  # large text: the steps scroll, the buttons stay in sight
        layout.addWidget(self.reading)
        layout.addSpacing(round(line * 0.5))
        layout.addLayout(status)
        layout.addStretch(1)
        layout.addSpacing(round(line * 0.5))
        layout.addWidget(self.buttons_row)
        self.setTabOrder(self.primary_button, self.pause_button)
        self.setTabOrder(self.pause_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.hurt_button)
        # Wide enough for the steps to read as sentences, not a column of words.
        self.setMinimumWidth(QFontMetrics(font).averageCharWidth() * 80)

    # -- building ----------------------------------------------------------------------------------

    def _build_top_row(self) -> QHBoxLayout:
        """"Exercise 2 of 5" and the routine's progress bar."""
        self.position_label = quiet(QLabel())
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        #: What a screen reader calls the bar that shows how much of the routine is done.
        self.progress_bar.setAccessibleName(translate("RoutineWindow", "Routine progress"))
        self.progress_bar.setMaximumHeight(round(self.line * 0.6))
        self.position_label.setWordWrap(True)  # a long "an extra on offer" wraps, never cut
        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.progress_bar, 1)
        return top

    def _build_about(self) -> QHBoxLayout:
        """The drawing, and beside it the numbered steps, the stretch cue and the cautions."""
        line = self.line
        self.illustration = Illustration()
        self.steps_box = QWidget()
        self.steps_layout = QGridLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setHorizontalSpacing(round(line * 0.5))
        self.steps_layout.setVerticalSpacing(round(line * 0.35))
        self.steps_layout.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        self.cue_label = QLabel()
        self.cue_label.setFont(scaled_font(self._font, 1.0, italic=True))
        self.cue_label.setWordWrap(True)
        self.cautions_label = QLabel()  # safety advice: full-strength text, never the quiet grey
        self.cautions_label.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(round(line * 0.6))
        words.addWidget(self.steps_box)
        words.addWidget(self.cue_label)
        words.addWidget(self.cautions_label)
        words.addStretch(1)
        about = QHBoxLayout()
        about.setSpacing(line)
        about.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)
        about.addLayout(words, 1)
        return about

    def _centred(self, text: str, factor: float, *, wrap: bool = False) -> QLabel:
        """A centred status line; ``factor`` 0 keeps the dialog's font."""
        label = QLabel(text)
        if factor:
            label.setFont(scaled_font(self._font, factor, bold=True))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(wrap)
        return label

    def _build_status(self) -> QVBoxLayout:
        """The phase, the big count, the line under it, "Paused" and the main button."""
        line = self.line
        self.announce_label = self._centred(switch_text(), 2.2, wrap=True)
        self.phase_label = self._centred("", 1.3, wrap=True)
        self.big_label = self._centred("", 0)
        self.big_label.setFont(tabular(scaled_font(self._font, 4.0, bold=True)))
        #: What a screen reader calls the big countdown.
        self.big_label.setAccessibleName(translate("RoutineWindow", "Time left"))
        self.detail_label = self._centred("", 0, wrap=True)
        #: Shown under the countdown while the routine is paused.
        self.paused_label = self._centred(translate("RoutineWindow", "Paused"), 1.1, wrap=True)
        self.primary_button = QPushButton()
        self.primary_button.setFont(scaled_font(self._font, 1.15, bold=True))
        self.primary_button.setMinimumHeight(round(line * 2.2))
        self.primary_button.setMinimumWidth(line * 11)
        self.primary_button.setAutoDefault(False)
        for widget in (self.announce_label, self.paused_label, self.primary_button):
            _keep_space(widget)
        status = QVBoxLayout()
        status.setSpacing(round(line * 0.25))
        for widget in (self.announce_label, self.phase_label, self.big_label, self.detail_label,
                       self.paused_label):
            status.addWidget(widget)
        status.addSpacing(round(line * 0.3))
        status.addWidget(self.primary_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return status

    def _build_buttons_row(self) -> QWidget:
        """Pause, Skip and "This hurts": reached with Tab, never taking the focus on a click."""
        self.pause_button = QPushButton(pause_text())
        #: Tooltip of the Pause button; (P) is its key.
        self.pause_button.setToolTip(translate("RoutineWindow", "Stop the clock for a moment (P)"))
        self.skip_button = QPushButton(skip_text())
        #: Tooltip of the Skip exercise button; (S) is its key.
        self.skip_button.setToolTip(translate(
            "RoutineWindow", "Leave this exercise out today and go on to the next (S)"))
        self.hurt_button = QPushButton(hurt_text())
        #: Tooltip of the This hurts button; (H) is its key.
        self.hurt_button.setToolTip(translate("RoutineWindow", "Stop this exercise because it hurts (H)"))
        self._color_hurt_button()
        for button in (self.pause_button, self.skip_button, self.hurt_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves Space to the main action
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurt_button)
        return row

    def _color_hurt_button(self) -> None:
        palette = self.hurt_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, problem_color(self.palette()))
        self.hurt_button.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "hurt_button"):
            self._color_hurt_button()

    # -- showing -----------------------------------------------------------------------------------

    def show_exercise(self, exercise: Exercise, words: ExerciseWords) -> None:
        """The exercise's name, drawing, numbered steps, stretch cue and cautions."""
        self.name_label.setText(words.name)
        self.setAccessibleName(words.name)  # holds the focus during a hold: named, not "layered pane"
        self._intro = exercise_line(words.name, words.steps)
        self.illustration.set_exercise(exercise)
        for label in self.step_labels:
            self.steps_layout.removeWidget(label)
            label.deleteLater()
        self.step_labels = []
        for row, step in enumerate(words.steps):
            figure = quiet(QLabel(f"{number(row + 1)}."))
            figure.setFont(scaled_font(self.font(), 1.0, bold=True))
            text = QLabel(step)
            text.setWordWrap(True)
            self.steps_layout.addWidget(figure, row, 0, Qt.AlignmentFlag.AlignTop)
            self.steps_layout.addWidget(text, row, 1)
            self.step_labels += [figure, text]
        self.cue_label.setText(words.cue or stretch_cue())
        self.cue_label.setVisible(bool(words.cue))
        self.cautions_label.setText(words.cautions)
        self.cautions_label.setVisible(bool(words.cautions))

    def show_screen(self, screen: ExerciseScreen) -> None:
        """The moment: position, progress, phase, the big count, "Paused" and the buttons' texts."""
        line = self._line(screen)
        self.position_label.setText(screen.position)
        self.progress_bar.setValue(screen.progress)
        self.announce_label.setVisible(screen.announce)
        _set_text(self.phase_label, screen.title)
        _set_text(self.big_label, screen.big)
        self.big_label.setVisible(bool(screen.big))
        self.big_label.setAccessibleName(screen.big_name)
        _set_text(self.detail_label, screen.detail)
        self.paused_label.setVisible(screen.paused)
        role = QPalette.ColorRole.PlaceholderText if screen.paused else QPalette.ColorRole.WindowText
        self.big_label.setForegroundRole(role)
        had_focus = self.primary_button.hasFocus()
        self.primary_button.setVisible(screen.primary is not None)
        if screen.primary is not None:  # never disabled: that would hand the focus to Pause
            _set_text(self.primary_button, screen.primary)
        elif had_focus:
            # The line goes on the page before it takes the focus: read once, with the focus.
            self.voice.say(line, on=self)
            line = ""
            self.setFocus()
        self.pause_button.setEnabled(screen.pause_enabled)
        _set_text(self.pause_button, screen.pause_text)
        fallback = self.primary_button if self.primary_button.isVisible() else self
        self.voice.say(line, on=self.voice.target(fallback))

    def _line(self, screen: ExerciseScreen) -> str:
        """What to say for this moment: the new exercise, the phase, the count (see ``ui/spoken``)."""
        if not self.isVisible():  # nobody hears it yet: say it all when the page shows
            return ""
        line = screen_line(self._spoken_screen, screen)
        self._spoken_screen = screen
        if self._intro:
            line = f"{self._intro} {line}".strip()
            self._intro = ""
        return self.spoken.line(line)
