"""Work hours as a user types them in Settings and in the self-check's work-hours page: a
night shift (22:00-06:00) is accepted in both, and a mistake shows the SAME sentence under
the field in both, once typing pauses, not only a greyed-out Next or Save."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from test_settings_dialog import editors, show_group

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.settings import TimeRange, defaults
from desk_coach.ui.screen_wizard import ScreenWizard
from desk_coach.ui.screen_wizard import wizard as flow
from desk_coach.ui.settings_dialog import SettingsDialog
from desk_coach.ui.settings_fields import SETTLE_MS

SCHEMA = shipped_schema()
DEFAULTS = defaults(SCHEMA)


def type_into(qtbot: Any, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    saved: list = []
    dialog = SettingsDialog(SCHEMA, DEFAULTS, saved.append, None)
    dialog.saved = saved
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    show_group(qtbot, dialog, "work_hours")
    return dialog


@pytest.fixture
def hours_page(qtbot):
    wizard = ScreenWizard(load_screen_content(), DEFAULTS.work_hours, now=lambda: None)
    qtbot.addWidget(wizard)
    emitted: list = []
    wizard.completed.connect(lambda result, hours: emitted.append(hours))
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    wizard.intro_page.acknowledge.setChecked(True)
    while wizard.currentPage() is not wizard.work_hours_page:
        wizard.next()
    assert wizard.currentId() == flow.WORK_HOURS
    wizard.emitted = emitted
    return wizard


def test_settings_accepts_a_night_shift(qtbot, dialog):
    monday = editors(dialog)["work_hours.monday"]
    type_into(qtbot, monday.input, "22:00-06:00")
    qtbot.keyClick(monday.input, Qt.Key.Key_Tab)
    assert not monday.problem_label.isVisible()
    assert dialog.save_button.isEnabled()
    assert dialog.edited_settings()[0].work_hours.monday == (TimeRange(22 * 60, 30 * 60),)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (saved,) = dialog.saved
    assert [str(r) for r in saved.work_hours.monday] == ["22:00-06:00"]


def test_the_wizard_accepts_a_night_shift(qtbot, hours_page):
    page = hours_page.work_hours_page
    type_into(qtbot, page.edits["monday"], "22:00–06:00".replace("–", "-"))
    qtbot.keyClick(page.edits["monday"], Qt.Key.Key_Tab)
    assert not page.problems["monday"].isVisible()
    assert page.isComplete()
    assert page.changed_hours()["monday"] == ["22:00-06:00"]


@pytest.mark.parametrize(
    "typed", ["9-5", "22:00-22:00", "09:00-12:00, 11:00-13:00", "20:00-02:00, 23:00-23:30", "25:00-26:00"]
)
def test_a_mistake_shows_the_same_sentence_as_settings_once_typing_pauses(qtbot, dialog, hours_page, typed):
    monday = editors(dialog)["work_hours.monday"]
    type_into(qtbot, monday.input, typed)
    qtbot.waitUntil(monday.problem_label.isVisible, timeout=SETTLE_MS * 3)
    in_settings = monday.problem_label.text()

    page = hours_page.work_hours_page
    with qtbot.waitActive(hours_page):
        hours_page.activateWindow()
    type_into(qtbot, page.edits["monday"], typed)
    assert not page.isComplete()  # Next is off at once ...
    qtbot.waitUntil(page.problems["monday"].isVisible, timeout=SETTLE_MS * 3)  # ... and says why
    assert page.problems["monday"].text() == in_settings
    assert page.edits["monday"].accessibleDescription().startswith(in_settings)
    below = page.problems["monday"].mapTo(hours_page, page.problems["monday"].rect().topLeft()).y()
    assert below >= page.edits["monday"].mapTo(hours_page, page.edits["monday"].rect().bottomLeft()).y()

    type_into(qtbot, page.edits["monday"], "22:00-06:00")
    assert not page.problems["monday"].isVisible()
    assert page.isComplete()
