"""Plain-language windows: what they say, and that an error never stops the coach."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desk_coach.domain.said import recorded_text
from desk_coach.services.ports import StorageUnavailable
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.messages import about_box, startup_notices_box


def test_startup_notices_list_every_notice(qtbot):
    box = startup_notices_box(["first thing", "second thing"])
    qtbot.addWidget(box)
    assert "first thing" in box.informativeText()
    assert "second thing" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning


def test_about_box_says_where_the_files_are_and_that_it_is_not_medical_advice(qtbot, tmp_path):
    box = about_box(tmp_path / "db", tmp_path / "settings.toml", tmp_path / "log")
    qtbot.addWidget(box)
    text = box.informativeText()
    assert "not medical advice" in text
    assert str(tmp_path / "settings.toml") in text
    assert box.text().startswith("Desk Coach ")


def _raise_and_report(reporter: ErrorReporter, message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        reporter.handle(type(error), error, error.__traceback__)


def test_unexpected_error_is_logged_and_shown_once(qtbot, tmp_path, caplog):
    reporter = ErrorReporter(Path(tmp_path / "desk-coach.log"))
    with caplog.at_level(logging.ERROR):
        _raise_and_report(reporter, "boom one")
        _raise_and_report(reporter, "boom two")
    box = reporter.open_box
    assert box is not None and box.isVisible()
    assert "carried on running" in box.text()
    assert "nothing you recorded was lost" not in box.text()  # the error may have been the saving itself
    assert str(tmp_path / "desk-coach.log") in box.informativeText()
    assert "boom one" in box.detailedText()
    assert reporter.reported == 2
    assert [r.exc_info[1].args[0] for r in caplog.records if r.exc_info] == ["boom one", "boom two"]
    box.accept()
    assert reporter.open_box is None


def test_a_save_refused_by_the_storage_is_said_in_plain_words_once(qtbot, tmp_path, caplog):
    """A routine or a self-check that cannot be saved on a full disk: no "something went wrong"."""
    reporter = ErrorReporter(Path(tmp_path / "desk-coach.log"))
    full = StorageUnavailable(recorded_text("the disk that holds your history is full"),
                              recorded_text("Free some space on that disk."))
    for _ in range(2):
        try:
            raise full
        except StorageUnavailable as error:
            reporter.handle(type(error), error, error.__traceback__)
    box = reporter.open_box
    assert box is not None and box.isVisible()
    assert box.text() == ("Desk Coach could not save what you just did: the disk that holds your history "
                          "is full. It has carried on running.")
    assert box.informativeText() == "Free some space on that disk."
    assert reporter.reported == 0  # not counted as a bug
    box.accept()
