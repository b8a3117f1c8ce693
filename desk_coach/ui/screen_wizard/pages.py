"""The pages of the self-check wizard, in the order they are met.

Each page only collects answers and says whether it is complete; which page comes next,
and what the answers add up to, is the wizard's and the domain's business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, Side
from desk_coach.domain.coaching.screening import (
    ItemScore,
    RedFlagQuestion,
    ScreenContent,
    ScreenItem,
    ScreenSummary,
)
from desk_coach.domain.settings import WEEKDAYS, WorkHours
from desk_coach.services.set_up import FirstSteps
from desk_coach.ui.fonts import scaled_font
from desk_coach.ui.screen_wizard.flow import item_answered, item_scores
from desk_coach.ui.screen_wizard.widgets import (
    ChoiceGrid,
    Illustration,
    YesNoRow,
    button_row,
    heading_label,
    literal,
    separator,
    text_label,
)
from desk_coach.ui.settings_fields import (
    SETTLE_MS,
    choice_label,
    night_shift_note,
    problem_color,
    work_hours_hint,
)
from desk_coach.ui.spoken import describe
from desk_coach.ui.work_day_line import WorkWeekLines, line_problem, tidy_line
from desk_coach.wording.say import say
from desk_coach.wording.translate import number, translate


def startup_notices_heading() -> str:
    #: Heads the start-up notices (a problem in the settings file, a database moved aside) on the
    #: first page of the self-check.
    return translate("ScreenWizard", "Desk Coach started, but found something you should know about")


class ScrollingPage(QWizardPage):
    """A wizard page whose content scrolls when it does not fit (a large font, a small screen)."""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        # The subtitle heads the page's own column rather than QWizard's header, whose height does
        # not follow a wrapped text: a longer translation would be cut off there.
        self.subtitle = text_label(subtitle, self.body)
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setVisible(bool(subtitle))
        self.column.addWidget(self.subtitle)
        scroll = QScrollArea(self)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; they scroll into view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll

    def finish_column(self) -> None:
        self.column.addStretch(1)

    def spoken_text(self) -> str:
        """What a screen reader says as the page comes up: its title and question."""
        subtitle = self.subtitle.text() if not self.subtitle.isHidden() else ""
        return " ".join(part for part in (self.title(), subtitle) if part)


# -- 1. what Desk Coach is and is not ------------------------------------------------------------


class IntroPage(ScrollingPage):
    """The disclaimer, which must be acknowledged before going on."""

    def __init__(self, content: ScreenContent, notices: Sequence[str] = ()) -> None:
        super().__init__(
            translate("ScreenWizard", "Welcome to your self-check"),
            #: Subtitle of the first page, above the disclaimer.
            translate("ScreenWizard", "Please read this first."),
        )
        self.notices = self._notices_box(notices) if notices else None
        self.column.addWidget(text_label(content.about, self.body))
        box = QFrame(self.body)
        box.setObjectName("disclaimer")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        #: Heading of the disclaimer box on the first page.
        not_heading = translate("ScreenWizard", "What Desk Coach is not")
        inner.addWidget(heading_label(not_heading, box, 1.0))
        self.disclaimer = text_label(content.disclaimer, box, selectable=True)
        # The disclaimer takes the first focus (a screen reader reads it first), so Tab then
        # Space ticks the box below it; it never reaches Cancel before the box.
        self.disclaimer.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.disclaimer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.disclaimer.setAccessibleName(not_heading)
        self.disclaimer.setAccessibleDescription(content.disclaimer)
        inner.addWidget(self.disclaimer)
        self.column.addWidget(box)
        self.acknowledge = QCheckBox(self.body)
        self.acknowledge.setObjectName("acknowledge")
        self.column.addWidget(button_row(self.acknowledge, literal(content.acknowledge), self.body))
        self.acknowledge.toggled.connect(self.completeChanged)
        self.finish_column()

    def _notices_box(self, notices: Sequence[str]) -> QFrame:
        """What start-up found (a problem in the settings file, a database moved aside), at
        the top of the first page, so the self-check cannot hide it."""
        box = QFrame(self.body)
        box.setObjectName("start-up-notices")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.addWidget(heading_label(startup_notices_heading(), box, 1.0))
        self.notice_labels = [text_label(notice, box, selectable=True) for notice in notices]
        for label in self.notice_labels:
            inner.addWidget(label)
        self.column.addWidget(box)
        self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        return box

    def initializePage(self) -> None:
        self.disclaimer.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return self.acknowledge.isChecked()


# -- 2. lifestyle ---------------------------------------------------------------------------------


def age_choices() -> tuple[tuple[AgeBand | None, str], ...]:
    """The age bands offered, with their labels; None is "I'd rather not say"."""
    return (
        #: An age band on the lifestyle page of the self-check.
        (AgeBand.UNDER_65, translate("ScreenWizard", "Under 65")),
        #: An age band on the lifestyle page of the self-check.
        (AgeBand.FROM_65, translate("ScreenWizard", "65 or over")),
        #: Leaves the age band out.
        (None, translate("ScreenWizard", "I'd rather not say")),
    )


class LifestylePage(ScrollingPage):
    """Which lifestyles fit (one or more), and the age band, which may be left out."""

    def __init__(self, content: ScreenContent) -> None:
        super().__init__(
            translate("ScreenWizard", "How you spend your days"),
            translate("ScreenWizard", "Tick everything that fits you."),
        )
        self.boxes: dict[Lifestyle, QCheckBox] = {}
        for lifestyle, label in content.lifestyle_labels:
            box = QCheckBox(self.body)
            box.setObjectName(f"lifestyle:{lifestyle.value}")
            box.setChecked(lifestyle is Lifestyle.DESK_WORKER)
            box.toggled.connect(self.completeChanged)
            self.boxes[lifestyle] = box
            self.column.addWidget(button_row(box, literal(label), self.body))
        self.column.addSpacing(self.fontMetrics().lineSpacing())
        self.column.addWidget(heading_label(translate("ScreenWizard", "Your age (optional)"), self.body, 1.0))
        why = translate("ScreenWizard", "People of 65 and over get longer, gentler stretch holds.")
        self.column.addWidget(text_label(why, self.body))
        self.ages = QButtonGroup(self)
        self.age_buttons: dict[AgeBand | None, QRadioButton] = {}
        for position, (band, label) in enumerate(age_choices()):
            button = QRadioButton(label, self.body)
            button.setObjectName(f"age:{band.value if band else 'not-said'}")
            self.ages.addButton(button, position)
            self.age_buttons[band] = button
            self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.finish_column()

    def lifestyles(self) -> frozenset[Lifestyle]:
        return frozenset(lifestyle for lifestyle, box in self.boxes.items() if box.isChecked())

    def age_band(self) -> AgeBand | None:
        """The band picked; None when none was, or "I'd rather not say"."""
        return next((band for band, button in self.age_buttons.items() if button.isChecked()), None)

    def isComplete(self) -> bool:
        return bool(self.lifestyles())


# -- 3. work hours --------------------------------------------------------------------------------


def mnemonic_day(day: str) -> str:
    """A weekday's label on the work-hours page, with an access key that clashes neither with the
    other days' nor with the wizard's Back and Next."""
    return {
        #: A weekday's label on the work-hours page; & marks its access key, which must differ
        #: from the other days' and from Back and Next.
        "monday": lambda: translate("ScreenWizard", "&Monday"),
        "tuesday": lambda: translate("ScreenWizard", "T&uesday"),
        "wednesday": lambda: translate("ScreenWizard", "&Wednesday"),
        "thursday": lambda: translate("ScreenWizard", "&Thursday"),
        "friday": lambda: translate("ScreenWizard", "&Friday"),
        "saturday": lambda: translate("ScreenWizard", "S&aturday"),
        "sunday": lambda: translate("ScreenWizard", "&Sunday"),
    }[day]()


class WorkHoursPage(ScrollingPage):
    """Work hours per weekday, as in Settings; changing them is optional."""

    def __init__(self, work_hours: WorkHours) -> None:
        super().__init__(
            translate("ScreenWizard", "Your work hours"),
            translate(
                "ScreenWizard",
                "Desk Coach reminds you only inside these hours. Change them if they are not right; "
                "you can also do this later in Settings.",
            ),
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        self._settle: dict[str, QTimer] = {}
        self._week = WorkWeekLines(work_hours)
        for day in WEEKDAYS:
            edit = QLineEdit(self._week.initial_line(day), self.body)
            edit.setObjectName(f"hours:{day}")
            day_label = mnemonic_day(day)
            #: Shown in an empty work-hours field: no work that day.
            edit.setPlaceholderText(translate("ScreenWizard", "Day off"))
            #: What a screen reader says for a day's work-hours field; {day} is the weekday's name.
            edit.setAccessibleName(
                translate("ScreenWizard", "Work hours on {day}").format(day=day_label.replace("&", ""))
            )
            edit.setToolTip(work_hours_hint())
            edit.setAccessibleDescription(work_hours_hint())  # read with the field, not only on hover
            settle = QTimer(self)  # a message waits until typing pauses, as in Settings
            settle.setSingleShot(True)
            settle.setInterval(SETTLE_MS)
            settle.timeout.connect(lambda day=day: self._reveal(day))
            self._settle[day] = settle
            edit.textEdited.connect(settle.start)
            edit.textChanged.connect(lambda _text, day=day: self._changed(day))
            edit.editingFinished.connect(lambda day=day: self._finished(day))
            problem = text_label("", self.body)
            problem.setObjectName(f"problem:{day}")
            problem.hide()
            cell = QWidget(self.body)
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.addWidget(edit)
            stack.addWidget(problem)
            label = QLabel(day_label, self.body)
            label.setBuddy(edit)
            form.addRow(label, cell)
            self.edits[day] = edit
            self.problems[day] = problem
        self.column.addLayout(form)
        self.column.addWidget(
            text_label(
                #: Under the work-hours fields; {night_shift} is a sentence about night shifts.
                translate("ScreenWizard", "Example: 09:00-12:30, 13:30-17:30. {night_shift}").format(
                    night_shift=night_shift_note()
                ),
                self.body,
            )
        )
        self.finish_column()
        self.refresh_colors()

    def _problem(self, day: str) -> str | None:
        """The same sentence Settings shows for this line (one validator, one wording)."""
        return line_problem(self.edits[day].text())

    def _lines(self) -> dict[str, str]:
        return {day: edit.text() for day, edit in self.edits.items()}

    def _changed(self, day: str) -> None:
        if self._problem(day) is None:
            self._settle[day].stop()
            self.problems[day].hide()
            self._describe(day, None)
        elif self.problems[day].isVisible():
            self._reveal(day)  # a message already shown follows the typing
        self.completeChanged.emit()

    def _reveal(self, day: str) -> None:
        """Show the day's message under its field, if it has one."""
        message = self._problem(day)
        if message is None:
            if not self._settle[day].isActive():
                self._describe(day, None)
            return
        self.problems[day].setText(message)
        self.problems[day].show()
        if not self._settle[day].isActive():  # spoken once typing pauses, not on every key
            self._describe(day, message)

    def _describe(self, day: str, message: str | None) -> None:
        """Tie the day's problem (if any) and how to type the hours to its field: its accessible
        description, which a screen reader reads with the field and speaks again when it changes."""
        text = f"{message} {work_hours_hint()}" if message else work_hours_hint()
        describe(self.edits[day], text)

    def _finished(self, day: str) -> None:
        """Leaving a field: say what is wrong, or tidy what is right ("9:00-17:30" -> "09:00-17:30")."""
        self._settle[day].stop()
        tidy = tidy_line(self.edits[day].text())
        if tidy is None:
            self._reveal(day)
        elif tidy != self.edits[day].text():
            self.edits[day].setText(tidy)

    def isComplete(self) -> bool:
        return self._week.complete(self._lines())

    def changed_hours(self) -> dict[str, list[str]] | None:
        """Every weekday's ranges as settings text when any day differs from the start; else None."""
        return self._week.changed(self._lines())

    def refresh_colors(self) -> None:
        for label in self.problems.values():
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, problem_color(self.palette()))
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_colors()


# -- 4. room on the floor -------------------------------------------------------------------------


class FloorPage(ScrollingPage):
    """Whether there is room for exercises lying or kneeling on the floor."""

    def __init__(self) -> None:
        super().__init__(
            translate("ScreenWizard", "Room on the floor"),
            translate(
                "ScreenWizard",
                "Some moves are done lying or kneeling on a mat. Without room for them, Desk Coach "
                "picks moves you can do sitting or standing.",
            ),
        )
        self.column.addWidget(
            text_label(
                translate("ScreenWizard", "Is there room where you take breaks to lie down on a mat or rug?")
            )
        )
        #: An answer on the floor page; & marks the access key (not B or N: Back and Next use them).
        self.yes = QRadioButton(translate("ScreenWizard", "&Yes, there is room"), self.body)
        #: An answer on the floor page; & marks the access key (not B or N: Back and Next use them).
        self.no = QRadioButton(translate("ScreenWizard", "N&o, not really"), self.body)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes, 1)
        self.group.addButton(self.no, 0)
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())
        self.column.addWidget(self.yes, 0, Qt.AlignmentFlag.AlignLeading)
        self.column.addWidget(self.no, 0, Qt.AlignmentFlag.AlignLeading)
        self.finish_column()

    def floor_room(self) -> bool:
        return self.yes.isChecked()

    def isComplete(self) -> bool:
        return self.group.checkedId() >= 0


# -- 4b. what is at hand ---------------------------------------------------------------------------


class EquipmentPage(ScrollingPage):
    """What the person has at hand for breaks, prefilled from the settings; any number, none too."""

    def __init__(self, at_hand: frozenset[Equipment] | None = None) -> None:
        super().__init__(
            translate("ScreenWizard", "What you have at hand"),
            translate("ScreenWizard", "Tick what you can use during breaks."),
        )
        grid = QGridLayout()
        self.boxes: dict[Equipment, QCheckBox] = {}
        items = list(Equipment)
        rows = len(items)  # one column: a box's text cannot wrap, and a translation is longer
        for position, item in enumerate(items):
            box = QCheckBox(choice_label(item.value), self.body)
            box.setObjectName(f"equipment:{item.value}")
            box.setChecked(at_hand is not None and item in at_hand)
            self.boxes[item] = box
            grid.addWidget(box, position % rows, position // rows, Qt.AlignmentFlag.AlignLeading)
        self.column.addLayout(grid)
        self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        nothing = translate(
            "ScreenWizard",
            "Desk Coach plans only moves you can do with what is ticked. Nothing ticked is fine too: "
            "then breaks use moves that need nothing at all. You can change this later in Settings.",
        )
        self.column.addWidget(text_label(nothing, self.body))
        self.finish_column()

    def equipment(self) -> frozenset[Equipment]:
        return frozenset(item for item, box in self.boxes.items() if box.isChecked())


# -- 5. the red-flag gate -------------------------------------------------------------------------


class RedFlagPage(ScrollingPage):
    """The questions of one tier, each answered yes or no."""

    def __init__(self, content: ScreenContent, tier: RedFlagTier, position: int, count: int) -> None:
        group = content.group(tier)
        #: Title of a page of health questions: "Health questions (1 of 3): Before you start";
        #: {heading} is the page's own heading.
        title = translate("ScreenWizard", "Health questions ({number} of {count}): {heading}").format(
            number=number(position), count=number(count), heading=group.heading
        )
        super().__init__(title, group.intro)
        self.tier = tier
        self.rows: dict[str, YesNoRow] = {}
        self.questions: tuple[RedFlagQuestion, ...] = content.questions_in(tier)
        for index, question in enumerate(self.questions):
            if index:
                self.column.addWidget(separator(self.body))
            row = YesNoRow(question.question, self.body)
            row.setObjectName(f"flag:{question.id}")
            row.answered.connect(self.completeChanged)
            self.rows[question.id] = row
            self.column.addWidget(row)
        #: A button that answers no to every health question on the page; & marks its access key.
        self.all_no = QPushButton(translate("ScreenWizard", "No to &all on this page"), self.body)
        self.all_no.setObjectName("all-no")
        self.all_no.setToolTip(translate("ScreenWizard", "Answer no to every question on this page"))
        self.all_no.setAutoDefault(False)  # Enter still means Next after using it
        self.all_no.clicked.connect(self.answer_all_no)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.all_no)
        self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.column.addLayout(line)
        self.finish_column()

    def answer_all_no(self) -> None:
        for row in self.rows.values():
            row.set_answer(False)

    def yes_ids(self) -> frozenset[str]:
        return frozenset(qid for qid, row in self.rows.items() if row.answer())

    def isComplete(self) -> bool:
        return all(row.answer() is not None for row in self.rows.values())


class EmergencyPage(ScrollingPage):
    """Shown at once after an emergency yes: the wording, clearly, and nothing else to do."""

    def __init__(self) -> None:
        super().__init__(
            #: Title of the page shown after an answer that needs urgent care.
            translate("ScreenWizard", "Please get help now"),
            translate("ScreenWizard", "Your answer needs medical care before any exercise."),
        )
        self.wording = text_label("", self.body, selectable=True)
        self.wording.setObjectName("emergency-wording")
        self.wording.setFont(scaled_font(self.wording.font(), 1.3, bold=True))
        self.column.addWidget(self.wording)
        self.column.addSpacing(self.fontMetrics().lineSpacing())
        follow_up = translate(
            "ScreenWizard",
            "Desk Coach will not suggest any exercises and will only remind you to stand up now "
            "and then. When you have been seen, you can run the self-check again from the tray menu.",
        )
        self.follow_up = text_label(follow_up, self.body)
        self.column.addWidget(self.follow_up)
        self.finish_column()
        self.refresh_colors()

    def spoken_text(self) -> str:
        """The whole page: it must be heard, not found."""
        return " ".join(part for part in (super().spoken_text(), self.wording.text(), self.follow_up.text())
                        if part)

    def show_wording(self, text: str) -> None:
        self.wording.setText(text)
        self.wording.setAccessibleName(text)

    def refresh_colors(self) -> None:
        palette = self.wording.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_color(self.palette()))
        self.wording.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_colors()


# -- 6. the movement checks -----------------------------------------------------------------------


class ItemPage(ScrollingPage):
    """One movement check: the drawing, the steps, a score per side, "it hurt" and "skip"."""

    def __init__(self, content: ScreenContent, item: ScreenItem) -> None:
        if item.optional:
            #: Title of a movement check that may be left blank; {name} is the check's name.
            title = translate("ScreenWizard", "Movement check: {name} (optional)")
        else:
            #: Title of a movement check's page; {name} is the check's name.
            title = translate("ScreenWizard", "Movement check: {name}")
        super().__init__(title.format(name=item.name), item.looks_at)
        self.item = item
        top = QHBoxLayout()
        self.illustration = Illustration(item, self.body)
        top.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        for position, step in enumerate(item.steps, start=1):
            #: One numbered step of a movement check: "1. Stand tall."
            line = translate("ScreenWizard", "{number}. {step}").format(number=number(position), step=step)
            steps.addWidget(text_label(line, self.body))
        steps.addWidget(text_label(translate("ScreenWizard", "Move gently and stop if it hurts."), self.body))
        steps.addStretch(1)
        top.addLayout(steps, 1)
        self.column.addLayout(top)
        self.column.addWidget(separator(self.body))
        self.column.addWidget(heading_label(_item_question(item), self.body, 1.0))
        self.choices = ChoiceGrid(item, self.body)
        self.choices.setObjectName(f"choices:{item.id}")
        self.choices.changed.connect(self.completeChanged)
        self.column.addWidget(self.choices)
        self.column.addWidget(separator(self.body))
        self.pain = QCheckBox(self.body)
        self.pain.setObjectName(f"pain:{item.id}")
        #: A check box on a movement check; & marks its access key (not B or N: Back and Next).
        hurt = translate("ScreenWizard", "It &hurt (stop there: this check is left out)")
        self.column.addWidget(button_row(self.pain, hurt, self.body))
        self.skip = QCheckBox(self.body)
        self.skip.setObjectName(f"skip:{item.id}")
        #: A check box on a movement check; & marks its access key (not B or N: Back and Next).
        skip = translate("ScreenWizard", "I can't do this one now: &skip it")
        self.skip_row = button_row(self.skip, skip, self.body)
        self.column.addWidget(self.skip_row)
        self.skip_row.setVisible(not item.optional)  # leaving an optional check blank skips it
        self.pain_note = text_label(content.referrals.pain.format(item=item.name), self.body)
        self.pain_note.setObjectName(f"pain-note:{item.id}")
        self.pain_note.hide()
        self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.column.addWidget(self.pain_note)
        self.pain.toggled.connect(self._update)
        self.skip.toggled.connect(self._update)
        self.finish_column()

    def _update(self) -> None:
        self.choices.setEnabled(not self.pain.isChecked() and not self.skip.isChecked())
        self.pain_note.setVisible(self.pain.isChecked())
        self.skip_row.setVisible(not self.item.optional and not self.pain.isChecked())
        self.completeChanged.emit()

    def _chosen(self) -> dict[Side | None, int | None]:
        return {side: self.choices.score(side) for side in self.item.side_slots}

    def isComplete(self) -> bool:
        hurt, skipped = self.pain.isChecked(), self.skip.isChecked()
        return item_answered(self.item, self._chosen(), hurt=hurt, skipped=skipped)

    def scores(self) -> tuple[ItemScore, ...]:
        """One entry per side: 0 with pain when it hurt, None when skipped or not picked."""
        hurt, skipped = self.pain.isChecked(), self.skip.isChecked()
        return item_scores(self.item, self._chosen(), hurt=hurt, skipped=skipped)


def _item_question(item: ScreenItem) -> str:
    """The question above a movement check's choices: per side or once, optional or not."""
    if item.sides and item.optional:
        return translate("ScreenWizard", "What did you notice on each side? Leave it blank to skip this one.")
    if item.sides:
        return translate("ScreenWizard", "What did you notice on each side?")
    if item.optional:
        return translate("ScreenWizard", "What did you notice? Leave it blank to skip this one.")
    return translate("ScreenWizard", "What did you notice?")


# -- 7. summary -----------------------------------------------------------------------------------


class SummaryPage(ScrollingPage):
    """What was found, any referral, and what the coach will focus on."""

    def __init__(self, summary_of: Callable[[], ScreenSummary]) -> None:
        super().__init__(
            #: Title of the summary page of the self-check.
            translate("ScreenWizard", "Your self-check"),
            #: "Save and start" is the button's name (without its & access key).
            translate("ScreenWizard", "Press Save and start to begin coaching with this."),
        )
        self.setCommitPage(True)  # saved on leaving; no going back to change a stored check
        self._summary_of = summary_of
        self.sections: dict[str, QWidget] = {}
        self._lines: dict[str, list[QLabel]] = {}
        for key, title in (
            #: A section of the self-check's summary: referrals to a health professional.
            ("referrals", translate("ScreenWizard", "Please note")),
            #: A section of a re-check's summary: areas and exercises put back on.
            ("resumed", translate("ScreenWizard", "Back on after this check")),
            ("found", translate("ScreenWizard", "What we found")),
            ("focus", translate("ScreenWizard", "What Desk Coach will focus on")),
        ):
            section = QFrame(self.body) if key == "referrals" else QWidget(self.body)
            if isinstance(section, QFrame):
                section.setFrameShape(QFrame.Shape.StyledPanel)
            section.setObjectName(f"summary:{key}")
            lines = QVBoxLayout(section)
            if key != "referrals":
                lines.setContentsMargins(0, 0, 0, 0)
            lines.addWidget(heading_label(title, section, 1.0))
            self.sections[key] = section
            self.column.addWidget(section)
            self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.finish_column()

    def initializePage(self) -> None:
        summary = self._summary_of()
        for key, texts in (
            ("referrals", summary.referrals),
            ("resumed", summary.resumed),
            ("found", tuple(say(line) for line in summary.found)),
            ("focus", tuple(say(line) for line in summary.focus)),
        ):
            section = self.sections[key]
            layout = section.layout()
            assert layout is not None, "each section is made with its layout"
            for old in self._lines.get(key, []):
                layout.removeWidget(old)
                old.setParent(None)  # off the page at once, not only when deleted later
                old.deleteLater()
            bullet = "" if key == "referrals" else "•  "
            self._lines[key] = [text_label(f"{bullet}{text}", section, selectable=True) for text in texts]
            for label in self._lines[key]:
                layout.addWidget(label)
            section.setVisible(bool(texts))


# -- 8. what happens now ----------------------------------------------------------------------------


class ReadyPage(ScrollingPage):
    """After the check is saved: the first moves and why, when the first break comes, and where
    Desk Coach lives. ``first_steps`` is asked when the page opens (the screen is stored by then)."""

    def __init__(self, first_steps: Callable[[], FirstSteps]) -> None:
        super().__init__(
            translate("ScreenWizard", "You are set up"),
            translate("ScreenWizard", "Your self-check is saved. Here is what happens next."),
        )
        self._first_steps = first_steps
        self.sections: dict[str, QLabel] = {}
        for key, title in (
            ("moves", translate("ScreenWizard", "Your first moves, and why")),
            ("first_break", translate("ScreenWizard", "Your first break")),
            ("tray", translate("ScreenWizard", "Where to find Desk Coach")),
        ):
            self.column.addWidget(heading_label(title, self.body, 1.0))
            label = text_label("", self.body, selectable=True)
            label.setObjectName(f"ready:{key}")
            self.sections[key] = label
            self.column.addWidget(label)
            self.column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.finish_column()

    def initializePage(self) -> None:
        steps = self._first_steps()
        self.sections["moves"].setText("\n".join(steps.moves))
        self.sections["first_break"].setText(say(steps.first_break))
        self.sections["tray"].setText(say(steps.tray))
