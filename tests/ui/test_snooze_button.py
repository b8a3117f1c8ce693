"""The Snooze button a window can offer (issue 16, 4): a click gives the usual length; the arrow,
a long press and the keyboard (Down, Alt+Down, the menu key) open the other lengths, each with a
mnemonic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from desk_coach.ui.snooze_button import SnoozeButton

LENGTHS = (5, 10, 15, 30, 60)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no grab


@pytest.fixture
def button(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    button = SnoozeButton(LENGTHS, window)
    window.show()
    qtbot.waitExposed(window)
    button.setFocus()
    yield button
    button.lengths_menu.hide()


def test_it_says_the_usual_length_and_lists_the_others_each_with_a_mnemonic(button):
    assert button.text() == "&Snooze 5 min"
    assert [action.text() for action in button.lengths_menu.actions()] == [
        "&5 minutes (usual)", "&10 minutes", "15 &minutes", "&30 minutes", "&60 minutes"]


def test_a_click_snoozes_for_the_usual_length(qtbot, button):
    with qtbot.waitSignal(button.snooze_requested) as snoozed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, button.height() // 2))
    assert snoozed.args == [5.0]
    assert not button.lengths_menu.isVisible()


def test_space_on_the_focused_button_snoozes_for_the_usual_length(qtbot, button):
    with qtbot.waitSignal(button.snooze_requested) as snoozed:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert snoozed.args == [5.0]


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                                           (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)])
def test_the_keyboard_opens_the_list_and_a_mnemonic_picks_a_length(qtbot, button, key, modifier):
    qtbot.keyClick(button, key, modifier)
    qtbot.waitUntil(button.lengths_menu.isVisible)
    assert button.lengths_menu.activeAction() is button.lengths_menu.actions()[0]  # arrows go from here
    with qtbot.waitSignal(button.snooze_requested) as snoozed:
        qtbot.keyClick(button.lengths_menu, Qt.Key.Key_3)
    assert snoozed.args == [30.0]


def test_arrows_and_enter_pick_a_length_from_the_list(qtbot, button):
    qtbot.keyClick(button, Qt.Key.Key_Down)
    qtbot.waitUntil(button.lengths_menu.isVisible)
    qtbot.keyClick(button.lengths_menu, Qt.Key.Key_Down)
    with qtbot.waitSignal(button.snooze_requested) as snoozed:
        qtbot.keyClick(button.lengths_menu, Qt.Key.Key_Return)
    assert snoozed.args == [10.0]


def test_a_long_press_opens_the_list_and_snoozes_nothing(qtbot, button):
    spot = QPoint(5, button.height() // 2)
    chosen: list[float] = []
    button.snooze_requested.connect(chosen.append)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(button.lengths_menu.isVisible, timeout=3000)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=spot)
    assert chosen == []


def test_lengths_change_with_the_settings(button):
    button.set_lengths((10, 5, 60))
    assert button.text() == "&Snooze 10 min"
    assert [action.text() for action in button.lengths_menu.actions()] == [
        "&10 minutes (usual)", "&5 minutes", "&60 minutes"]
