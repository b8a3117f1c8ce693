"""One editor per settings key, picked by the key's schema ``type``.

Each editor owns a small block of widgets: the input, the key's description as its label, and
a line under it that says in plain words what is wrong (hidden while all is well). Editors
speak in plain TOML-ready values, the same ones ``to_document`` gives and ``validate`` reads:
int, bool, the choice's text, ``"HH:MM"`` for a time, a list of ``"HH:MM-HH:MM"`` texts for
a day's work hours. They never judge a value themselves; the dialog's form
(``settings_form.SettingsForm``) runs the domain's ``validate`` and the dialog hands each editor
the message for its key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.settings import KeySpec, split_work_day
from desk_coach.ui.contrast import is_high_contrast, legible
from desk_coach.ui.spoken import describe
from desk_coach.ui.work_day_line import tidy_line
from desk_coach.wording.figures import minutes_words
from desk_coach.wording.translate import number, translate

TIME_FORMAT = "HH:mm"
# How long typing must pause before a message about a half-typed line appears.
SETTLE_MS = 900

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
"""Each language Desk Coach speaks, named in its own language (so it can be found by someone who
cannot read the language shown now); never translated."""

# Readable names of the schema's choice values, in the user's language.
_CHOICE_LABELS: dict[str, Callable[[], str]] = {
    #: A way to show reminders (Settings, Notifications).
    "desktop": lambda: translate("Settings", "Desktop notifications"),
    #: A way to show reminders (Settings, Notifications).
    "tray": lambda: translate("Settings", "Tray icon balloon"),
    #: Spoken cues of the guided routine (Settings, Sounds): the lines go to a screen reader only.
    "screen_reader": lambda: translate("Settings", "Screen reader only"),
    #: Spoken cues of the guided routine (Settings, Sounds): spoken by the system's speech
    #: (a synthetic voice) when no screen reader runs; by the screen reader when one does.
    "aloud": lambda: translate("Settings", "Aloud when no screen reader runs"),
    #: Spoken cues of the guided routine (Settings, Sounds): no spoken lines at all.
    "off": lambda: translate("Settings", "Off"),
    #: First day of the week: as the system's regional settings say.
    "locale": lambda: translate("Settings", "As in my regional settings"),
    #: The language setting's first choice: follow the system's language.
    "system": lambda: translate("Settings", "System language"),
    "monday": lambda: translate("Weekdays", "Monday"),
    "tuesday": lambda: translate("Weekdays", "Tuesday"),
    "wednesday": lambda: translate("Weekdays", "Wednesday"),
    "thursday": lambda: translate("Weekdays", "Thursday"),
    "friday": lambda: translate("Weekdays", "Friday"),
    "saturday": lambda: translate("Weekdays", "Saturday"),
    "sunday": lambda: translate("Weekdays", "Sunday"),
    #: Equipment at hand for breaks.
    "desk": lambda: translate("Equipment", "Desk"),
    #: Equipment at hand for breaks.
    "chair": lambda: translate("Equipment", "Chair"),
    #: Equipment at hand for breaks: a free stretch of wall to lean on.
    "wall": lambda: translate("Equipment", "Wall"),
    #: Equipment at hand for breaks: a door frame to stretch in.
    "doorway": lambda: translate("Equipment", "Doorway"),
    #: Equipment at hand for breaks: an exercise mat or a rug on the floor.
    "mat": lambda: translate("Equipment", "Mat or rug"),
    #: Equipment at hand for breaks.
    "towel": lambda: translate("Equipment", "Towel"),
    #: Equipment at hand for breaks.
    "cushion": lambda: translate("Equipment", "Cushion"),
    #: Equipment at hand for breaks: an elastic resistance band.
    "band": lambda: translate("Equipment", "Resistance band"),
    #: Equipment at hand for breaks: a small closed loop of elastic band.
    "mini_band": lambda: translate("Equipment", "Mini band (a small loop)"),
    #: Equipment at hand for breaks.
    "dumbbell": lambda: translate("Equipment", "Light dumbbell"),
}


def choice_label(value: str) -> str:
    """How a choice value reads in a drop-down: ``"friday"`` -> ``"Friday"``; a language by its
    own name (``"de"`` -> ``"Deutsch"``); a value with no name here, capitalised."""
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    named = _CHOICE_LABELS.get(value)
    return named() if named is not None else value.replace("_", " ").capitalize()


def problem_color(palette: QPalette) -> QColor:
    """A red that reads well on the palette's window colour (dark red on light, light red on dark);
    in a contrast theme, one that stands out from it by 7:1."""
    window = palette.color(QPalette.ColorRole.Window)
    red = QColor(0xFF, 0x8A, 0x80) if window.lightness() < 128 else QColor(0xB3, 0x26, 0x1E)
    return legible(red, window) if is_high_contrast(palette) else red


class FieldEditor(QObject):
    """The editor of one key: ``block`` holds its widgets, ``input`` takes the keyboard focus.

    Signals:
        edited(): the value changed, by the user or by ``set_value``.
    """

    edited = Signal()

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.dotted)  # found by its key, as tests look for it
        self.block = QWidget(parent)
        self.block.setObjectName(f"field:{spec.dotted}")
        self.problem_label = QLabel(self.block)
        self.problem_label.setObjectName(f"problem:{spec.dotted}")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        self._message: str | None = None

    # -- what each kind provides ------------------------------------------------------------------

    @property
    def input(self) -> QWidget:
        """The widget that takes the keyboard focus and the value."""
        raise NotImplementedError

    @property
    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab visits, in order: the input, or every box of a list of choices."""
        return [self.input]

    def value(self) -> Any:
        """The value as plain TOML-ready data."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` (plain TOML-ready data, as ``to_document`` gives it)."""
        raise NotImplementedError

    def hint(self) -> str:
        """The allowed values and the default, in words, for the tooltip."""
        #: The end of a setting's tooltip; {value} is its default value.
        return translate("Settings", "Default: {value}.").format(value=self.spec.default_text())

    # -- shared -----------------------------------------------------------------------------------

    @property
    def message(self) -> str | None:
        """The problem this field has now (shown, or about to be once typing pauses), else None."""
        return self._message

    def set_problem(self, message: str | None) -> None:
        """Show ``message`` under the field, or hide the line when ``message`` is None."""
        self._message = message
        if message is None:
            self.problem_label.hide()
            self.problem_label.clear()
            self.describe()
        elif self.problem_label.isVisibleTo(self.block) or not self._typing():
            self._reveal()

    def _reveal(self) -> None:
        if self._message is not None:
            self.problem_label.setText(self._message)
            self.problem_label.show()
        self.describe()

    def description(self) -> str:
        """What a screen reader reads after the field's name: the problem shown under it, if any,
        then its range and default (the tooltip's words, for those who cannot hover)."""
        shown = self._message if self._message is not None and not self.problem_label.isHidden() else None
        return f"{shown} {self.hint()}" if shown else self.hint()

    def describe(self) -> None:
        """Tie the problem, range and default to the field as its accessible description, changed
        only once typing pauses (a screen reader speaks a changed description: once, not on every key)."""
        if self._typing():
            return
        text = self.description()
        for stop in self.tab_stops:
            describe(stop, text)

    def _typing(self) -> bool:
        """True while the user is part-way through typing; messages wait until they pause."""
        return False

    def refresh_colors(self, window_palette: QPalette | None = None) -> None:
        """Colour the problem line to read on ``window_palette`` (by default the field's own);
        call again when the palette changes."""
        color = problem_color(window_palette if window_palette is not None else self.block.palette())
        palette = self.problem_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.problem_label.setPalette(palette)

    def _tooltip(self) -> str:
        return f"{self.spec.description}\n{self.hint()}"

    def _layout(self, label: QWidget | None, row: QWidget, stretch_input: bool) -> None:
        """Description label above the input, the problem line below it."""
        layout = QVBoxLayout(self.block)
        layout.setContentsMargins(0, 0, 0, 0)
        if label is not None:
            layout.addWidget(label)
        line = QHBoxLayout()
        line.addWidget(row, 1 if stretch_input else 0)
        if not stretch_input:
            line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.problem_label)
        self.block.setToolTip(self._tooltip())
        self.describe()
        self.refresh_colors()

    def _description_label(self) -> QLabel:
        label = QLabel(self.spec.description, self.block)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(self.input)
        self.input.setAccessibleName(self.spec.description)
        return label


# -- the kinds ------------------------------------------------------------------------------------


class _WheelNeedsFocus:
    """Mixin: the mouse wheel changes the value only once the field has the focus, so scrolling
    the page past a field never changes it by accident (the wheel then scrolls the page)."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class _SpinBox(_WheelNeedsFocus, QSpinBox):
    pass


class _TimeEdit(_WheelNeedsFocus, QTimeEdit):
    pass


class _ComboBox(_WheelNeedsFocus, QComboBox):
    pass


class IntEditor(FieldEditor):
    """A spin box limited to the schema's range, with the unit after the number."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self._spin = _SpinBox(self.block)
        self._spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._spin.setRange(spec.minimum if spec.minimum is not None else 0, spec.maximum or 0)
        #: After the number in a spin box: " minutes"; {unit} is the setting's unit.
        self._spin.setSuffix(translate("Settings", " {unit}").format(unit=spec.unit) if spec.unit else "")
        self._spin.setAccelerated(True)
        self._spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._spin.valueChanged.connect(self.edited)
        self._layout(self._description_label(), self._spin, stretch_input=False)

    @property
    def input(self) -> QSpinBox:
        return self._spin

    def value(self) -> int:
        return self._spin.value()

    def set_value(self, value: Any) -> None:
        self._spin.setValue(int(value))

    def hint(self) -> str:
        spec = self.spec
        low, high, default = number(spec.minimum or 0), number(spec.maximum or 0), number(spec.default)
        if self.spec.unit:
            #: A number setting's tooltip: "From 20 to 60 minutes. Default: 30 minutes."
            text = translate("Settings", "From {minimum} to {maximum} {unit}. Default: {default} {unit}.")
        else:
            #: A number setting's tooltip, for a setting without a unit: "From 0 to 2. Default: 1."
            text = translate("Settings", "From {minimum} to {maximum}. Default: {default}.")
        return text.format(minimum=low, maximum=high, default=default, unit=self.spec.unit)


class _ToggleLabel(QLabel):
    """A check box's wrapping text: clicking it works like clicking the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.toggle()
        else:
            super().mouseReleaseEvent(event)


class BoolEditor(FieldEditor):
    """A check box; its description wraps beside it (a QCheckBox's own text cannot wrap)."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self._box = QCheckBox(self.block)
        self._box.setAccessibleName(spec.description)
        self._box.toggled.connect(self.edited)
        row = QWidget(self.block)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._box, 0, Qt.AlignmentFlag.AlignTop)
        text = _ToggleLabel(spec.description, self._box, row)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setBuddy(self._box)
        line.addWidget(text, 1)
        self.text_label = text
        self._layout(None, row, stretch_input=True)

    @property
    def input(self) -> QCheckBox:
        return self._box

    def value(self) -> bool:
        return self._box.isChecked()

    def set_value(self, value: Any) -> None:
        self._box.setChecked(bool(value))

    def hint(self) -> str:
        if self.spec.default:
            #: The end of an on/off setting's tooltip.
            return translate("Settings", "Default: on.")
        #: The end of an on/off setting's tooltip.
        return translate("Settings", "Default: off.")


class ChoiceEditor(FieldEditor):
    """A drop-down of the schema's choices under readable names; the raw value is the item data."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self._combo = _ComboBox(self.block)
        self._combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for choice in spec.choices:
            self._combo.addItem(choice_label(choice), choice)
        self._combo.currentIndexChanged.connect(self.edited)
        self._layout(self._description_label(), self._combo, stretch_input=False)

    @property
    def input(self) -> QComboBox:
        return self._combo

    def value(self) -> str:
        return str(self._combo.currentData())

    def set_value(self, value: Any) -> None:
        index = self._combo.findData(value)
        self._combo.setCurrentIndex(index if index >= 0 else self._combo.findData(self.spec.default))

    def hint(self) -> str:
        return translate("Settings", "Default: {value}.").format(value=choice_label(str(self.spec.default)))


class ChoicesEditor(FieldEditor):
    """A check box per schema choice, under readable names, one under another; any number may be
    ticked. The value is the ticked choices as a list, in the schema's order."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        grid_widget = QWidget(self.block)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        rows = len(spec.choices)  # one column: a box's text cannot wrap, and a translation is longer
        for position, choice in enumerate(spec.choices):
            box = QCheckBox(self._label(choice), grid_widget)
            box.setObjectName(f"choice:{choice}")
            box.toggled.connect(self.edited)
            grid.addWidget(box, position % rows, position // rows, Qt.AlignmentFlag.AlignLeading)
            self.boxes[choice] = box
        self._grid = grid_widget
        self._layout(self._description_label(), grid_widget, stretch_input=False)

    @property
    def input(self) -> QCheckBox:
        return next(iter(self.boxes.values()))

    @property
    def tab_stops(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> list[str]:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = {str(item) for item in value or ()}
        for choice, box in self.boxes.items():
            box.setChecked(choice in chosen)

    def _label(self, choice: str) -> str:
        """A choice's name; a number of minutes (a key named ``..._min``) as "10 min"."""
        if self.spec.name.endswith("_min") and choice.isdigit():
            return minutes_words(int(choice))
        return choice_label(choice)

    def hint(self) -> str:
        chosen = [self._label(str(choice)) for choice in self.spec.choices if choice in self.spec.default]
        if not chosen:
            #: The end of a list setting's tooltip, when nothing is ticked by default.
            return translate("Settings", "Default: none.")
        return translate("Settings", "Default: {value}.").format(value=", ".join(chosen))


class TimeEditor(FieldEditor):
    """A 24-hour ``HH:MM`` time field."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self._edit = _TimeEdit(self.block)
        self._edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._edit.setDisplayFormat(TIME_FORMAT)
        self._edit.timeChanged.connect(self.edited)
        self._layout(self._description_label(), self._edit, stretch_input=False)

    @property
    def input(self) -> QTimeEdit:
        return self._edit

    def value(self) -> str:
        return self._edit.time().toString(TIME_FORMAT)

    def set_value(self, value: Any) -> None:
        self._edit.setTime(QTime.fromString(str(value), TIME_FORMAT))


def night_shift_note() -> str:
    """Where a night shift's hours go, said under and beside the work-hours fields."""
    #: Work hours are typed as ranges on the 24-hour clock; a night shift belongs to the day it starts.
    return translate("Settings", "A night shift such as 22:00-06:00 goes on the day it starts.")


def name_clear_buttons(line: QLineEdit, field: str) -> None:
    """Name a line's clear button ("Clear Work hours on Mondays"), so a screen reader says more
    than "push button"; ``field`` is the field's own name."""
    #: What a screen reader says for the small button that empties a field; {field} is the field's name.
    name = translate("Settings", "Clear {field}").format(field=field)
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(name)
    for action in line.actions():
        action.setText(name)


def work_hours_hint() -> str:
    """The tooltip of a day's work hours, in Settings and in the self-check."""
    #: Tooltip of a day's work-hours field; {night_shift} is a sentence about night shifts.
    return translate(
        "Settings", "Ranges such as 09:00-12:30, 13:30-17:30; leave empty for a day off. {night_shift}"
    ).format(night_shift=night_shift_note())


class TimeRangesEditor(FieldEditor):
    """One line of ``HH:MM-HH:MM`` ranges separated by commas; an empty line is a day off.

    A message about the line waits until typing pauses (or the field is left), so it does not
    nag about a range that is only half typed; the Save button follows every keystroke.
    """

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(spec, parent)
        self._line = QLineEdit(self.block)
        #: Shown in an empty work-hours field of Settings.
        placeholder = translate("Settings", "Day off (or type e.g. 09:00-12:30, 13:30-17:30)")
        self._line.setPlaceholderText(placeholder)
        self._line.setClearButtonEnabled(True)
        name_clear_buttons(self._line, spec.description)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._reveal)
        self._line.textEdited.connect(self._settle.start)
        self._line.textChanged.connect(self.edited)
        self._line.editingFinished.connect(self._finished)
        self._layout(self._description_label(), self._line, stretch_input=True)

    @property
    def input(self) -> QLineEdit:
        return self._line

    def value(self) -> list[str]:
        return split_work_day(self._line.text())

    def set_value(self, value: Any) -> None:
        self._settle.stop()
        self._line.setText(", ".join(str(item) for item in value))

    def hint(self) -> str:
        if self.spec.default:
            default = ", ".join(str(item) for item in self.spec.default)
        else:
            #: A day's default work hours when it has none.
            default = translate("Settings", "a day off")
        #: A day's work-hours tooltip: {hint} says how to type the hours, {default} is the default.
        text = translate("Settings", "{hint} Default: {default}.")
        return text.format(hint=work_hours_hint(), default=default)

    def _typing(self) -> bool:
        return self._settle.isActive()

    def _finished(self) -> None:
        """Leaving the field: show any message now, and tidy a good line ("9:00-17:30" -> "09:00-17:30")."""
        self._settle.stop()
        tidy = tidy_line(self._line.text())
        if tidy is None:
            self._reveal()
        elif tidy != self._line.text():
            self._line.setText(tidy)
        self.describe()


EDITORS: dict[str, type[FieldEditor]] = {
    "int": IntEditor,
    "bool": BoolEditor,
    "choice": ChoiceEditor,
    "choices": ChoicesEditor,
    "time": TimeEditor,
    "time_ranges": TimeRangesEditor,
}


def editor_for(spec: KeySpec, parent: QWidget) -> FieldEditor:
    """The editor for ``spec``'s type; a type with no editor here is a bug (KeyError naming it)."""
    try:
        kind = EDITORS[spec.kind]
    except KeyError:
        raise KeyError(f"no settings editor for type {spec.kind!r} (key {spec.dotted})") from None
    return kind(spec, parent)
