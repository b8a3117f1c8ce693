"""Two small views of the routine dialog: the page after "This hurts" and the "End the routine
now?" question that takes the place of the buttons.

Views only: what the pain page says comes as a :class:`~desk_coach.ui.routine.screen.PainScreen`,
and their buttons are bound by the dialog (``dialog.GuidedRoutineDialog``), which decides what
they do.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_coach.ui.fonts import quiet, scaled_font
from desk_coach.ui.routine.screen import PainScreen, end_question, pain_title
from desk_coach.wording.translate import translate


class PainPage(QWidget):
    """"Stop here": what to do about the exercise that hurt, and the way on (``go_on_button``,
    and ``end_button`` while there is an exercise left). ``font`` and ``line`` (its height in
    pixels) are the dialog's."""

    def __init__(self, font: QFont, line: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(pain_title())
        self.title_label.setFont(scaled_font(font, 1.6, bold=True))
        self.title_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setFont(scaled_font(font, 1.15))
        self.text_label.setWordWrap(True)
        self.next_label = quiet(QLabel())
        self.next_label.setWordWrap(True)
        self.go_on_button = QPushButton()
        self.go_on_button.setFont(scaled_font(font, 1.1, bold=True))
        self.go_on_button.setMinimumHeight(round(line * 2.2))
        self.go_on_button.setDefault(True)
        #: Button after "This hurts": ends the whole routine (the next exercises are left out).
        self.end_button = QPushButton(translate("RoutineWindow", "&End the routine"))
        self.end_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_on_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, line, 0, 0)
        layout.setSpacing(line)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.next_label)
        layout.addSpacing(line)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_screen(self, screen: PainScreen) -> None:
        self.text_label.setText(screen.text)
        self.next_label.setText(screen.next_text)
        self.go_on_button.setText(screen.go_on)
        # The button takes the focus: a screen reader reads the advice with it, not only its name.
        self.go_on_button.setAccessibleDescription(
            " ".join(part for part in (self.title_label.text(), screen.text, screen.next_text) if part))
        self.end_button.setVisible(screen.can_end)


class EndQuestionBar(QFrame):
    """"End the routine now?" with ``keep_going_button`` (the default) and ``end_button``;
    hidden until asked."""

    def __init__(self, font: QFont, line: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.question_label = QLabel(end_question())
        self.question_label.setWordWrap(True)
        self.question_label.setFont(scaled_font(font, 1.05, bold=True))
        #: Button answering "End the routine now?": yes, end it.
        self.end_button = QPushButton(translate("RoutineWindow", "&End now"))
        self.end_button.setAutoDefault(False)
        #: Button answering "End the routine now?": no, go on with the routine.
        self.keep_going_button = QPushButton(translate("RoutineWindow", "&Keep going"))
        self.keep_going_button.setDefault(True)
        # The button takes the focus when asked: a screen reader reads the question with it.
        self.keep_going_button.setAccessibleDescription(self.question_label.text())
        self.end_button.setAccessibleDescription(self.question_label.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(line, round(line * 0.5), line, round(line * 0.5))
        layout.addWidget(self.question_label, 1)
        layout.addWidget(self.keep_going_button)
        layout.addWidget(self.end_button)
        self.hide()
