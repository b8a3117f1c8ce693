"""Settings read by a screen reader (issue 17): every Tab stop named, each field's range and
default read with it (not only in a tooltip), and a field's problem spoken once typing pauses,
tied to that field."""

from __future__ import annotations

from typing import Any

import pytest
from accessible_names import unnamed_stops
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QToolButton
from test_settings_dialog import DEFAULTS, SCHEMA, Recorder, editors, show_group

from desk_coach.ui.settings_dialog import SettingsDialog
from desk_coach.ui.settings_fields import SETTLE_MS


@pytest.fixture
def dialog(qtbot: Any) -> SettingsDialog:
    widget = SettingsDialog(SCHEMA, DEFAULTS, Recorder(), None)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def test_no_group_of_settings_has_an_unnamed_tab_stop(qtbot, dialog: SettingsDialog) -> None:
    for group in SCHEMA.groups:
        show_group(qtbot, dialog, group.name)
        assert unnamed_stops(dialog) == [], f"{group.name}: {unnamed_stops(dialog)}"


def test_every_field_reads_its_range_and_default(dialog: SettingsDialog) -> None:
    for key, editor in editors(dialog).items():
        for stop in editor.tab_stops:
            assert stop.accessibleDescription() == editor.hint(), key
    interval = editors(dialog)["breaks.sit_interval_min"].input
    assert interval.accessibleDescription() == "From 20 to 60 minutes. Default: 30 minutes."


def test_the_clear_buttons_of_the_work_hours_are_named(dialog: SettingsDialog) -> None:
    monday = editors(dialog)["work_hours.monday"]
    buttons = monday.input.findChildren(QToolButton)
    assert buttons
    assert {button.accessibleName() for button in buttons} == {f"Clear {monday.spec.description}"}


def test_a_problem_is_told_once_typing_pauses_and_tied_to_its_field(qtbot, dialog: SettingsDialog) -> None:
    show_group(qtbot, dialog, "work_hours")
    monday = editors(dialog)["work_hours.monday"]
    line: QLineEdit = monday.input
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    seen = set()
    for key in "9-5":
        qtbot.keyClicks(line, key)
        seen.add(line.accessibleDescription())
    assert seen == {monday.hint()}  # nothing new to speak while typing
    qtbot.waitUntil(monday.problem_label.isVisible, timeout=SETTLE_MS * 3)
    told = line.accessibleDescription()
    assert told == f"{monday.problem_label.text()} {monday.hint()}"
    assert '"9-5" is not a range' in told

    qtbot.keyClicks(line, "x")  # still wrong: the line under the field follows, the reader waits
    assert line.accessibleDescription() == told
    qtbot.waitUntil(lambda: line.accessibleDescription() != told, timeout=SETTLE_MS * 3)
    assert '"9-5x" is not a range' in line.accessibleDescription()


def test_the_group_with_a_problem_is_named_so_in_the_list(qtbot, dialog: SettingsDialog) -> None:
    show_group(qtbot, dialog, "work_hours")
    monday = editors(dialog)["work_hours.monday"]
    monday.input.setText("9-5")
    groups = dialog.findChild(QListWidget)
    names = [groups.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(groups.count())]
    assert "Work hours, needs fixing" in names
