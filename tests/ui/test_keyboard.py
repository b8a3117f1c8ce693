"""The keyboard as a user meets it: Escape and Ctrl+W close Progress and Settings, and every
tray menu entry and dialog button has a mnemonic (&), unique within its menu or dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.settings import defaults
from desk_coach.domain.weekly import WeekStats, week_days
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.messages import about_box, error_box, referral_box, startup_notices_box
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow
from desk_coach.ui.settings_dialog import SettingsDialog
from desk_coach.ui.tray import CoachTray

TODAY = date(2026, 11, 25)


def mnemonic(text: str) -> str:
    """The key Qt binds for ``text`` ("Alt+S" for "&Save"), "" without one."""
    return QKeySequence.mnemonic(text).toString()


def assert_all_have_unique_mnemonics(texts: list[str]) -> None:
    keys = [mnemonic(text) for text in texts]
    assert all(keys), [text for text, key in zip(texts, keys, strict=True) if not key]
    assert len(set(keys)) == len(keys), dict(zip(texts, keys, strict=True))


def menu_texts(menu: QMenu) -> list[str]:
    # The first entry is the status line: its words change, so no key picks it (arrow keys reach it).
    return [a.text() for a in menu.actions() if not a.isSeparator() and a is not menu.actions()[0]]


def test_every_tray_menu_entry_has_a_unique_mnemonic(qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    assert tray.status_action.isEnabled()  # arrow keys stop on it; it opens the status window
    assert_all_have_unique_mnemonics(menu_texts(tray.menu))
    pause = [a.text() for a in tray.pause_menu.actions() if not a.isSeparator()]
    assert_all_have_unique_mnemonics(pause)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no keyboard grab
def test_a_mnemonic_picks_its_tray_entry(qtbot, qapp):
    tray = CoachTray(create_qt_app([]).windowIcon())
    tray.menu.popup(tray.menu.pos())
    qtbot.waitExposed(tray.menu)
    with qtbot.waitSignal(tray.progress_requested, timeout=1000):
        qtbot.keyClick(tray.menu, Qt.Key.Key_O)


@pytest.fixture
def settings_dialog(qtbot) -> SettingsDialog:
    schema = shipped_schema()
    dialog = SettingsDialog(
        schema, defaults(schema), lambda s: None, None, export_data=lambda p: None, delete_data=lambda: None
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def push_button_texts(widget: QWidget) -> list[str]:
    return [b.text() for b in widget.findChildren(QPushButton) if b.isVisible()]


def test_every_settings_button_has_a_unique_mnemonic_and_save_has_one(settings_dialog):
    assert mnemonic(settings_dialog.save_button.text()) == QKeySequence("Alt+S").toString()
    texts = push_button_texts(settings_dialog)
    assert len(texts) >= 5  # Save, Cancel, Restore Defaults, Export…, Delete…
    assert_all_have_unique_mnemonics(texts)


def test_alt_s_saves_the_settings(qtbot, settings_dialog):
    with qtbot.waitSignal(settings_dialog.accepted, timeout=1000):
        qtbot.keyClick(settings_dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)


CLOSE_KEYS = pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
    ids=["Escape", "Ctrl+W"],
)


@CLOSE_KEYS
def test_escape_and_ctrl_w_close_settings_without_saving(qtbot, settings_dialog, key, modifier):
    focus = settings_dialog.focusWidget() or settings_dialog
    with qtbot.waitSignal(settings_dialog.rejected, timeout=1000):
        qtbot.keyClick(focus, key, modifier)
    assert not settings_dialog.isVisible()


def empty_week(day: date) -> WeekStats:
    return WeekStats.empty(week_days(day))


@pytest.fixture
def progress(qtbot) -> ProgressWindow:
    window = ProgressWindow(ProgressPresenter(empty_week, today=TODAY))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@CLOSE_KEYS
def test_escape_and_ctrl_w_close_progress(qtbot, progress, key, modifier):
    qtbot.keyClick(progress.focusWidget() or progress, key, modifier)
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=1000)


def test_every_progress_button_has_a_unique_mnemonic(progress):
    assert_all_have_unique_mnemonics(push_button_texts(progress))


def test_alt_p_shows_the_previous_week(qtbot, progress):
    qtbot.keyClick(progress, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: progress.week_label() == "2026-W47", timeout=1000)  # a button's
    # mnemonic clicks it the way a mouse would, a moment later


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: startup_notices_box(["a notice"]),
        lambda tmp: about_box(tmp / "db", tmp / "settings.toml", tmp / "log"),
        lambda tmp: error_box(tmp / "log", "details"),
        lambda tmp: referral_box(["see a physiotherapist"]),
    ],
)
def test_every_message_box_button_has_a_mnemonic(qtbot, tmp_path, make):
    box: QMessageBox = make(tmp_path)
    qtbot.addWidget(box)
    box.show()
    texts = [b.text() for b in box.buttons() if b.isVisible()]
    assert texts  # "Show Details..." of the error box has Alt+D where the platform gives one
    assert_all_have_unique_mnemonics(texts)


def test_the_error_boxs_details_button_keeps_its_mnemonic_when_clicked(qtbot, tmp_path):
    box = error_box(tmp_path / "log", "details")
    qtbot.addWidget(box)
    box.show()
    (details,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert mnemonic(details.text()) == QKeySequence("Alt+D").toString()
    details.click()
    assert mnemonic(details.text()) == QKeySequence("Alt+D").toString()
    assert "Hide" in details.text()


def test_every_self_check_button_has_a_unique_mnemonic(qtbot):
    from datetime import datetime, timedelta, timezone

    from PySide6.QtWidgets import QWizard

    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.screen_wizard import ScreenWizard

    now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    wizard = ScreenWizard(load_screen_content(), defaults(shipped_schema()).work_hours, now=lambda: now)
    qtbot.addWidget(wizard)
    buttons = (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )
    assert_all_have_unique_mnemonics([wizard.buttonText(button) for button in buttons])


def test_every_routine_button_has_a_mnemonic_unique_beside_the_others_it_shows_with():
    from desk_coach.ui.routine import screen

    for phase in screen.PRIMARY_PHASES:
        for pause in (screen.pause_text(), screen.resume_text()):
            assert_all_have_unique_mnemonics([screen.primary_text(phase), pause, screen.skip_text(),
                                              screen.hurt_text()])
