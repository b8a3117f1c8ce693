"""The last page of a guided routine: how each exercise felt, and whether anything hurt.

Two questions per exercise done: the effort (too easy / just right / too hard, three radio
buttons) and pain on a 0-10 scale, asked apart from the stretch feeling on purpose: a stretch
should be felt, pain should not. Exercises that were skipped are listed with what happened; for
one stopped with "This hurts" the page asks how much it hurt. Where there was pain (any number
above 0, or "This hurts"), the row also asks about the warning signs the coach acts on (sharp
or shooting pain, numbness or tingling: COACHING.md section 5, rule 5); left unticked they are
"not said". "All just right, no pain" answers every exercise done in one press and saves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.ui.fonts import quiet, scaled_font
from desk_coach.ui.routine.answers import (
    NOT_SAID,
    FeedbackWords,
    asks_warning_signs,
    exercise_feedback,
    feedback_words,
    skipped_line,
)
from desk_coach.ui.routine.player import ExerciseFinished
from desk_coach.wording.translate import number, translate


def effort_text(effort: Effort) -> str:
    """The radio button's text for an answer to "How hard was it?"."""
    if effort is Effort.TOO_EASY:
        #: An answer to "How hard was it?" about one exercise of the routine.
        return translate("RoutineFeedback", "Too &easy")
    if effort is Effort.JUST_RIGHT:
        #: An answer to "How hard was it?" about one exercise of the routine.
        return translate("RoutineFeedback", "&Just right")
    #: An answer to "How hard was it?" about one exercise of the routine.
    return translate("RoutineFeedback", "Too &hard")


def symptom_words(symptom: Symptom) -> str:
    """A warning sign the feedback asks about, as a check box reads it."""
    if symptom is Symptom.SHARP:
        #: A check box under "Any of these?", asked when an exercise hurt (a warning sign).
        return translate("RoutineFeedback", "Sharp or shooting pain")
    #: A check box under "Any of these?", asked when an exercise hurt (a warning sign).
    return translate("RoutineFeedback", "Numbness or tingling")


def pain_hint() -> str:
    #: How to answer the pain questions after a routine; also the pain boxes' tooltip.
    return translate("RoutineFeedback", "Pain from 0 to 10: 0 is none, 10 the worst you can imagine. "
                     "The pull of a stretch is not pain.")


def pain_spin(accessible: str, *, open_answer: bool = False) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(NOT_SAID if open_answer else 0, 10)
    if open_answer:
        #: In a pain box (0 to 10) left unanswered: the user has not said how much.
        spin.setSpecialValueText(translate("RoutineFeedback", "not said"))
    spin.setValue(spin.minimum())
    #: After the number in a pain box: "3 of 10". Starts with a space where the language puts one.
    spin.setSuffix(translate("RoutineFeedback", " of 10"))
    spin.setAccessibleName(accessible)
    spin.setToolTip(pain_hint())
    widest = max(spin.fontMetrics().horizontalAdvance(number(10) + spin.suffix()),
                 spin.fontMetrics().horizontalAdvance(spin.specialValueText()))
    spin.setMinimumWidth(widest * 2)
    return spin


class FeedbackRow(QGroupBox):
    """One exercise of the routine on the feedback page, titled with its name.

    Done: ``effort_buttons`` (one radio button per Effort, none checked at first) and
    ``pain_spin`` (0 at first). Skipped: a line saying so, ``effort_buttons`` empty, and
    ``pain_spin`` only when it was stopped with "This hurts" (None otherwise); that one starts
    at "not said" (-1), which comes out as pain 0 next to ``pain_button`` True.
    ``symptom_boxes`` (one per Symptom in ``symptoms``, unticked) show while the row has pain.
    """

    def __init__(self, result: ExerciseFinished, name: str, parent: QWidget | None = None,
                 symptoms: Sequence[Symptom] = tuple(Symptom)) -> None:
        super().__init__(name, parent)
        self.result = result
        self.effort_buttons: dict[Effort, QRadioButton] = {}
        self.effort_group = QButtonGroup(self)
        self.pain_spin: QSpinBox | None = None
        self.symptom_boxes: dict[Symptom, QCheckBox] = {}
        self.symptoms_row: QWidget | None = None
        grid = QGridLayout(self)
        line = self.fontMetrics().height()
        grid.setHorizontalSpacing(line)
        grid.setVerticalSpacing(round(line * 0.4))
        grid.setColumnStretch(2, 1)
        if result.skipped:
            self._skipped(grid, name)
        else:
            self._done(grid, name)
        if self.pain_spin is not None and symptoms:
            self._symptoms(grid, name, symptoms)

    def _symptoms(self, grid: QGridLayout, name: str, symptoms: Sequence[Symptom]) -> None:
        """The warning-sign question, under the pain question, shown while there is pain."""
        assert self.pain_spin is not None
        #: Asked about an exercise that hurt, before the warning signs' check boxes.
        label = QLabel(translate("RoutineFeedback", "Any of these?"))
        boxes = QHBoxLayout()
        boxes.setSpacing(self.fontMetrics().height())
        for symptom in symptoms:
            words = symptom_words(symptom)
            box = QCheckBox(words)
            #: What a screen reader says of a warning sign's check box: the exercise's name, the sign.
            said = translate("RoutineFeedback", "{name}: {answer}")
            box.setAccessibleName(said.format(name=name, answer=words))
            self.symptom_boxes[symptom] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        row = grid.rowCount()
        grid.addWidget(label, row, 0)
        grid.addLayout(boxes, row, 1, 1, 2)
        self._symptom_widgets = [label, *self.symptom_boxes.values()]
        self.pain_spin.valueChanged.connect(self._show_symptoms)
        self._show_symptoms()

    def symptom_widgets(self) -> list[QWidget]:
        """The warning-sign question and its boxes (none when this row does not ask them)."""
        return list(getattr(self, "_symptom_widgets", []))

    def _symptoms_shown(self) -> bool:
        return bool(self.symptom_boxes) and not next(iter(self.symptom_boxes.values())).isHidden()

    def _show_symptoms(self) -> None:
        assert self.pain_spin is not None
        shown = asks_warning_signs(self.result, self.pain_spin.value())
        for widget in self._symptom_widgets:
            widget.setVisible(shown)

    def _said(self) -> set[Symptom]:
        """The warning signs ticked while they are asked."""
        if not self._symptoms_shown():
            return set()
        return {symptom for symptom, box in self.symptom_boxes.items() if box.isChecked()}

    def _done(self, grid: QGridLayout, name: str) -> None:
        #: The effort question about one exercise, after a routine.
        effort_label = QLabel(translate("RoutineFeedback", "How hard was it?"))
        effort_label.setWordWrap(True)
        radios = QHBoxLayout()
        radios.setSpacing(self.fontMetrics().height())
        for effort in Effort:
            text = effort_text(effort)
            button = QRadioButton(text)
            button.setAccessibleName(translate("RoutineFeedback", "{name}: {answer}").format(
                name=name, answer=text.replace("&", "")))
            self.effort_group.addButton(button)
            self.effort_buttons[effort] = button
            radios.addWidget(button)
        radios.addStretch(1)
        #: What a screen reader calls the pain box of one exercise; {name} is the exercise's name.
        self.pain_spin = pain_spin(translate("RoutineFeedback", "{name}: pain, 0 to 10").format(name=name))
        #: Label of the pain box (0 to 10) of one exercise: pain, not the pull a stretch should give.
        pain_label = QLabel(translate("RoutineFeedback", "&Pain, not the stretch feeling:"))
        pain_label.setWordWrap(True)
        pain_label.setBuddy(self.pain_spin)
        grid.addWidget(effort_label, 0, 0)
        grid.addLayout(radios, 0, 1, 1, 2)
        grid.addWidget(pain_label, 1, 0)
        grid.addWidget(self.pain_spin, 1, 1)

    def _skipped(self, grid: QGridLayout, name: str) -> None:
        if self.result.pain_button:
            state = QLabel(skipped_line(self.result))
            state.setWordWrap(True)
            #: What a screen reader calls the pain box of an exercise stopped with "This hurts".
            accessible = translate("RoutineFeedback", "{name}: how much it hurt, 0 to 10")
            self.pain_spin = pain_spin(accessible.format(name=name), open_answer=True)
            #: Label of the pain box (0 to 10) of an exercise stopped with "This hurts".
            pain_label = QLabel(translate("RoutineFeedback", "How much did it hu&rt?"))
            pain_label.setBuddy(self.pain_spin)
            grid.addWidget(state, 0, 0, 1, 3)
            grid.addWidget(pain_label, 1, 0)
            grid.addWidget(self.pain_spin, 1, 1)
            return
        state = quiet(QLabel(skipped_line(self.result)))
        state.setWordWrap(True)
        grid.addWidget(state, 0, 0, 1, 3)

    @property
    def effort(self) -> Effort | None:
        for effort, button in self.effort_buttons.items():
            if button.isChecked():
                return effort
        return None

    def feedback(self) -> ExerciseFeedback:
        pain = self.pain_spin.value() if self.pain_spin is not None else None
        return exercise_feedback(self.result, self.effort, pain, self._said())


class FeedbackPage(QWidget):
    """"How did it go?": one row per exercise the routine reached, in the plan's order.

    ``results`` are the player's ExerciseFinished records; ``names`` maps an exercise id to the
    name shown. ``completed`` is False when the user ended the routine early (the page says so).
    Unanswered questions come out as effort None and pain 0.

    Signals:
        saved(list[ExerciseFeedback]): the user pressed Save, or "All just right, no pain"
            (which first sets every done exercise to just right with pain 0). It may fire more
            than once if the page stays up; the dialog takes the first and closes.
    """

    saved = Signal(list)

    def __init__(self, results: Sequence[ExerciseFinished], names: Mapping[str, str], completed: bool,
                 parent: QWidget | None = None, *, symptoms: Sequence[Symptom] = tuple(Symptom)) -> None:
        super().__init__(parent)
        self.rows = [
            FeedbackRow(r, names.get(r.exercise_id, r.exercise_id), symptoms=symptoms) for r in results
        ]
        line = self.fontMetrics().height()
        words = feedback_words(results, completed)
        self._build_head(words)
        self.scroll_area = self._build_scroll()
        #: Button: saves the answers about the routine and closes the window.
        self.save_button = QPushButton(translate("RoutineFeedback", "&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(line * 0.5))
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addSpacing(line // 3)
        layout.addWidget(self.all_right_button)
        layout.addSpacing(line // 3)
        layout.addWidget(self.or_label)
        layout.addWidget(self.pain_hint)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.all_right_button if words.any_done else self.save_button)

    def _build_head(self, words: FeedbackWords) -> None:
        """The title, why it asks, and the one-press answer when some exercise was done."""
        line = self.fontMetrics().height()
        self.title_label = QLabel(words.title)
        self.title_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.title_label.setWordWrap(True)
        #: Under the title of the questions after a routine: why they are asked.
        self.intro_label = QLabel(translate(
            "RoutineFeedback", "Your answers help the coach keep each exercise at the right level for you."
        ))
        self.intro_label.setWordWrap(True)

        self.all_right_button = QPushButton(words.all_right)
        self.all_right_button.setFont(scaled_font(self.font(), 1.15, bold=True))
        #: Tooltip of the "All just right, no pain" button.
        self.all_right_button.setToolTip(translate("RoutineFeedback",
                                                   "Every exercise done: just right, and pain 0; then save"))
        self.all_right_button.setMinimumHeight(round(line * 2.4))
        self.all_right_button.clicked.connect(self.all_just_right)
        self.all_right_button.setVisible(words.any_done)
        self.all_right_button.setAutoDefault(False)

        #: Between the one-press answer and the questions about each exercise.
        self.or_label = QLabel(translate("RoutineFeedback", "Or answer for each exercise:"))
        self.or_label.setWordWrap(True)
        self.or_label.setVisible(words.any_done)
        self.pain_hint = quiet(QLabel(pain_hint()))
        self.pain_hint.setWordWrap(True)

    def _build_scroll(self) -> QScrollArea:
        """The rows, one per exercise, scrolling when there are more than about three."""
        line = self.fontMetrics().height()
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(round(line * 0.6))
        for row in self.rows:
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own: Tab goes straight to the answers (it scrolls to show them).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Tall enough for about three exercises before it scrolls, wide enough never to cut a
        # row; both grow with the font.
        scroll.setMinimumHeight(min(rows.sizeHint().height(), line * 16))
        self._fit_width(scroll)
        return scroll

    def _fit_width(self, scroll: QScrollArea) -> None:
        """Wide enough never to cut a row, warning signs included (see ``_widest``)."""
        rows = scroll.widget()
        assert rows is not None, "the scroll area holds the rows from the start"
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(_widest(rows, self.rows) + scrollbar)

    def showEvent(self, event: QShowEvent) -> None:
        # Measured again once styled and shown: before that, sizes are the unstyled guess, and
        # the routine window widens to this page's needs as it shows it.
        self._fit_width(self.scroll_area)
        super().showEvent(event)

    def feedback(self) -> list[ExerciseFeedback]:
        """The answers as they stand."""
        return [row.feedback() for row in self.rows]

    def all_just_right(self) -> None:
        """Every exercise done: just right, pain 0; then save."""
        for row in self.rows:
            if not row.result.skipped:
                row.effort_buttons[Effort.JUST_RIGHT].setChecked(True)
                assert row.pain_spin is not None
                row.pain_spin.setValue(0)
        self._save()

    def _save(self) -> None:
        self.saved.emit(self.feedback())


def _widest(rows: QWidget, row_widgets: Sequence[FeedbackRow]) -> int:
    """The rows' width with every warning sign shown: they appear only once pain is given, and a
    window that did not leave room for them would cut them off (longer languages most)."""
    hidden = [widget for row in row_widgets for widget in row.symptom_widgets() if widget.isHidden()]
    for widget in hidden:
        widget.setVisible(True)  # the page is not on screen yet: nothing flickers
    width = rows.minimumSizeHint().width()
    for widget in hidden:
        widget.setVisible(False)
    return width
