"""The first page of the first routine of a day after a day with routines: any pain this
morning from yesterday's moves? (COACHING.md section 5, rule 5.)

One short question with three ways out: "No pain", "Some pain" with how much (0 to 10), or
"Skip this question". Skipping, and Escape, are "not said": nothing is stored for it. Closing
the window is the dialog's business (the routine ends there, and nothing is said either).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_coach.ui.fonts import quiet, scaled_font
from desk_coach.ui.routine.answers import join_names, morning_pain
from desk_coach.ui.routine.feedback import pain_spin
from desk_coach.wording.translate import translate


class NextMorningPage(QWidget):
    """"Any pain this morning from yesterday's moves?", asked about the names in ``moves``.

    Signals:
        answered(object): the pain 0-10 ("No pain" is 0), or None when the user skipped the
            question (the Skip button, Escape, or "Some pain" saved without a number).
    """

    answered = Signal(object)

    def __init__(self, moves: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = self.fontMetrics().height()
        #: The title of the question before the first routine of a day, about yesterday's exercises.
        self.title_label = QLabel(translate("NextMorning", "How do you feel after yesterday's moves?"))
        self.title_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.title_label.setWordWrap(True)
        #: {moves} lists yesterday's exercises by name: "seated chest opener, chin tuck and wall push-up".
        question = translate(
            "NextMorning",
            "Yesterday you did the {moves}. Did any of them leave you with pain this morning? "
            "A little stiffness after a new move is normal; pain is not.",
        )
        self.question_label = QLabel(question.format(moves=join_names(moves)))
        self.question_label.setFont(scaled_font(self.font(), 1.1))
        self.question_label.setWordWrap(True)
        choices = self._build_choices()
        self.how_much_row = self._build_how_much()
        #: Under the question about pain this morning: why it is asked.
        self.hint_label = quiet(QLabel(translate(
            "NextMorning", "Your answer helps the coach ease off where something hurt.")))
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, line, 0, 0)
        layout.setSpacing(line)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.question_label)
        layout.addLayout(choices)
        layout.addWidget(self.how_much_row)
        layout.addWidget(self.hint_label)
        layout.addStretch(2)
        self.setFocusProxy(self.no_pain_button)

        # Escape here skips the question: it is not a wish to end the routine.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.skip)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)  # only while the page is shown
        self._answered = False

    def _build_choices(self) -> QHBoxLayout:
        """"No pain", "Some pain…" and "Skip this question"."""
        line = self.fontMetrics().height()
        #: Answer to "any pain this morning from yesterday's moves?".
        self.no_pain_button = QPushButton(translate("NextMorning", "&No pain"))
        self.no_pain_button.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.no_pain_button.setMinimumHeight(round(line * 2.2))
        self.no_pain_button.setDefault(True)
        self.no_pain_button.clicked.connect(lambda: self._answer(0))
        #: Answer to "any pain this morning from yesterday's moves?"; it then asks how much.
        self.some_pain_button = QPushButton(translate("NextMorning", "Some &pain…"))
        self.some_pain_button.setMinimumHeight(round(line * 2.2))
        self.some_pain_button.setAutoDefault(False)
        self.some_pain_button.clicked.connect(self._ask_how_much)
        #: Button: leaves the question about pain this morning unanswered, and the routine starts.
        self.skip_button = QPushButton(translate("NextMorning", "S&kip this question"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.setFlat(True)
        self.skip_button.clicked.connect(self.skip)
        choices = QHBoxLayout()
        choices.addWidget(self.no_pain_button)
        choices.addWidget(self.some_pain_button)
        choices.addStretch(1)
        choices.addWidget(self.skip_button)
        return choices

    def _build_how_much(self) -> QWidget:
        """"How much, from 0 to 10?", hidden until "Some pain…" is pressed."""
        #: What a screen reader calls the box for how much pain there is this morning.
        self.pain_spin = pain_spin(translate("NextMorning", "Pain this morning, 0 to 10"), open_answer=True)
        #: Label of the box for how much pain there is this morning, after "Some pain…".
        how_much = QLabel(translate("NextMorning", "How &much, from 0 to 10?"))
        how_much.setBuddy(self.pain_spin)
        #: Button: saves how much pain there is this morning and starts the routine.
        self.save_button = QPushButton(translate("NextMorning", "&Save and go on"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(how_much)
        row.addWidget(self.pain_spin)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row_widget.hide()
        return row_widget

    def skip(self) -> None:
        """Not said: nothing is stored."""
        self._answer(None)

    def _ask_how_much(self) -> None:
        self.how_much_row.show()
        self.save_button.setDefault(True)
        self.no_pain_button.setDefault(False)
        self.pain_spin.setFocus()
        self.pain_spin.selectAll()

    def _save(self) -> None:
        self._answer(morning_pain(self.pain_spin.value()))

    def _answer(self, pain: int | None) -> None:
        if self._answered:
            return
        self._answered = True
        self.answered.emit(pain)
