"""The small building blocks of the self-check pages: wrapping labels, the drawing of a
movement, a grid of score choices per side, and yes/no rows.

Nothing here is sized in pixels: sizes come from the font, so the pages grow with a larger
font or a 200 % screen and only the layouts move.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.records import Side
from desk_coach.domain.coaching.screening import ScreenItem
from desk_coach.resources import resource_text
from desk_coach.ui.fonts import scaled_font
from desk_coach.wording.translate import translate

# The drawings are 4:3 (viewBox 240 x 180); this many text lines high.
ILLUSTRATION_LINES = 11
ILLUSTRATION_ASPECT = 4 / 3


def text_label(text: str = "", parent: QWidget | None = None, *, selectable: bool = False) -> QLabel:
    """A plain-text label that wraps (content text is never read as HTML)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading_label(text: str, parent: QWidget | None = None, factor: float = 1.1) -> QLabel:
    label = text_label(text, parent)
    label.setFont(scaled_font(label.font(), factor, bold=True))
    return label


class ClickLabel(QLabel):
    """A wrapping label that works like a click on its button (a button's own text cannot wrap)."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if self._button.isEnabled():
                self._button.setFocus(Qt.FocusReason.MouseFocusReason)
                self._button.click()
        else:
            super().mouseReleaseEvent(event)


def button_row(button: QAbstractButton, text: str, parent: QWidget | None = None) -> QWidget:
    """``button`` with ``text`` wrapping beside it; clicking the text clicks the button.

    An ``&`` in ``text`` marks the access key (Alt+key moves the focus to the button); write
    text from the content through :func:`literal`.
    """
    row = QWidget(parent)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    button.setAccessibleName(re.sub(r"&(.)", r"\1", text))
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(ClickLabel(text, button, row), 1)
    return row


def literal(text: str) -> str:
    """Content text shown as it is, where an ``&`` would otherwise mark an access key."""
    return text.replace("&", "&&")


class Illustration(QWidget):
    """The drawing of a movement, or a plain frame with its name while there is none.

    The drawings are made alongside this wizard, so a missing file is normal for now: the
    frame keeps the page's layout the same either way. ``has_drawing`` says which one shows.
    """

    def __init__(self, item: ScreenItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"illustration:{item.id}")
        #: What a screen reader says for the drawing of a movement check; {name} is the check's name.
        self.setAccessibleName(translate("ScreenWizard", "Drawing: {name}").format(name=item.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        svg = _svg_text(item.illustration)
        self.has_drawing = svg is not None
        if svg is not None:
            drawing = QSvgWidget(self)
            drawing.load(QByteArray(svg.encode("utf-8")))
            drawing.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self.view: QWidget = drawing
        else:
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setFrameShadow(QFrame.Shadow.Sunken)
            inner = QVBoxLayout(frame)
            name = text_label(item.name, frame)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            inner.addWidget(name)
            self.view = frame
        layout.addWidget(self.view)
        self._fit()

    def _fit(self) -> None:
        height = self.fontMetrics().lineSpacing() * ILLUSTRATION_LINES
        self.view.setFixedSize(QSize(round(height * ILLUSTRATION_ASPECT), height))

    def paintEvent(self, event: QPaintEvent) -> None:
        """On a dark palette, a pale card behind the drawing: the figures are drawn in dark ink
        and would sink into a dark window. On a light palette the window itself is the card."""
        super().paintEvent(event)
        window = self.palette().color(QPalette.ColorRole.Window)
        if not self.has_drawing or window.lightness() >= 128:
            return
        card = QColor.fromHsl(max(window.hslHue(), 0), min(window.hslSaturation(), 40), 228)
        radius = self.fontMetrics().averageCharWidth()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(card)
        painter.drawRoundedRect(QRectF(self.view.geometry()), radius, radius)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def _svg_text(relative: str) -> str | None:
    try:
        return resource_text(relative)
    except (OSError, UnicodeDecodeError):
        return None


def side_title(item: ScreenItem, side: Side | None) -> str:
    """``"Left leg"``, ``"Right arm"``; ``"Result"`` for an item done once."""
    if side is None:
        #: Heads the choices of a movement check done once (not per side).
        return translate("ScreenWizard", "Result")
    if not item.side_label:
        #: Heads the choices for the left side.
        return translate("ScreenWizard", "Left") if side is Side.LEFT else translate("ScreenWizard", "Right")
    if side is Side.LEFT:
        #: Heads the choices for the left side; {part} is the body part, such as "leg" or "arm".
        return translate("ScreenWizard", "Left {part}").format(part=item.side_label)
    #: Heads the choices for the right side; {part} is the body part, such as "leg" or "arm".
    return translate("ScreenWizard", "Right {part}").format(part=item.side_label)


class ChoiceGrid(QWidget):
    """The score choices of one item: a column of radio buttons per side, then the text.

    Each side is its own exclusive group, so the arrow keys move within a side and Tab moves
    to the next side. For an item done once, clicking a choice's text picks it too.

    Signals:
        changed(): a choice was picked.
    """

    changed = Signal()

    def __init__(self, item: ScreenItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.groups: dict[Side | None, QButtonGroup] = {}
        self.buttons: dict[tuple[Side | None, int], QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        sides = item.side_slots
        if item.sides:
            for column, side in enumerate(sides):
                header = QLabel(side_title(item, side), self)
                header.setFont(scaled_font(header.font(), 1.0, bold=True))
                grid.addWidget(
                    header, 0, column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                )
        for side in sides:
            group = QButtonGroup(self)
            group.setExclusive(True)
            group.idToggled.connect(self._toggled)
            self.groups[side] = group
        for row, choice in enumerate(item.choices, start=1):
            radios = []
            for column, side in enumerate(sides):
                radio = QRadioButton(self)
                #: A score choice for one side, read out and shown as a tooltip: "Left leg: Easily".
                said = translate("ScreenWizard", "{side}: {choice}").format(
                    side=side_title(item, side), choice=choice.text
                )
                radio.setAccessibleName(said)
                radio.setToolTip(said)
                self.groups[side].addButton(radio, choice.score)
                self.buttons[(side, choice.score)] = radio
                grid.addWidget(radio, row, column, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                radios.append(radio)
            text = (
                ClickLabel(choice.text, radios[0], self) if not item.sides else text_label(choice.text, self)
            )
            grid.addWidget(text, row, len(sides))
        grid.setColumnStretch(len(sides), 1)
        # Tab goes through one side's choices, then the next side's (Qt's default would go row by row).
        order = [self.buttons[(side, choice.score)] for side in sides for choice in item.choices]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def score(self, side: Side | None) -> int | None:
        chosen = self.groups[side].checkedId()
        return None if chosen < 0 else chosen


class YesNoRow(QWidget):
    """One question answered yes or no; neither is picked at first.

    Signals:
        answered(): the answer changed.
    """

    answered = Signal()

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.text = text_label(question, self)
        #: The answer yes to a health question.
        self.yes = QRadioButton(translate("ScreenWizard", "Yes"), self)
        #: The answer no to a health question.
        self.no = QRadioButton(translate("ScreenWizard", "No"), self)
        #: What a screen reader says for the yes of a health question; {question} is the question.
        self.yes.setAccessibleName(translate("ScreenWizard", "{question} Yes").format(question=question))
        #: What a screen reader says for the no of a health question; {question} is the question.
        self.no.setAccessibleName(translate("ScreenWizard", "{question} No").format(question=question))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes, 1)
        self.group.addButton(self.no, 0)

        def toggled(_id: int, checked: bool) -> None:
            if checked:
                self.answered.emit()

        self.group.idToggled.connect(toggled)
        line.addWidget(self.text, 1)
        line.addWidget(self.yes, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.no, 0, Qt.AlignmentFlag.AlignTop)

    def answer(self) -> bool | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else bool(chosen)

    def set_answer(self, yes: bool) -> None:
        (self.yes if yes else self.no).setChecked(True)


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
