"""Progress's "Save report…": the weeks asked, the file chosen, the PDF written and the user told
where; cancelling either question writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.weekly import WeekStats, week_days
from desk_coach.services.progress_report import ProgressReport, ReportWeek, with_summary
from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow
from desk_coach.ui.report_saving import ask_and_save_report, report_texts

TODAY = date(2026, 11, 25)


def report_of(weeks: int) -> ProgressReport:
    first = week_days(TODAY)[0] - timedelta(weeks=weeks - 1)
    rows = tuple(
        ReportWeek(
            f"W{i}",
            first + timedelta(weeks=i),
            first + timedelta(weeks=i, days=6),
            600.0,
            3,
            50.0,
            0,
            10,
            12,
            1,
            {},
            {},
        )
        for i in range(weeks)
    )
    return with_summary(ProgressReport(first, rows[-1].last_day, TODAY, 300, rows, (), (), (), {}, {}, ()))


@pytest.fixture
def window(qtbot, tmp_path):
    asked: list[int] = []

    def make(weeks: int) -> ProgressReport:
        asked.append(weeks)
        return report_of(weeks)

    shown = ProgressWindow(ProgressPresenter(lambda day: WeekStats.empty(week_days(day)), TODAY))
    qtbot.addWidget(shown)
    shown.set_report_saver(
        lambda parent: ask_and_save_report(
            parent,
            make,
            lambda: report_texts(load_screen_content, load_library().library),
            folder=tmp_path,
            native=False,
        )
    )
    shown.asked = asked
    return shown


def answer_each(qtbot, answers: list[Callable[[object], None]]) -> list[str]:
    """Answer the modal dialogs as they open, in order; returns the titles seen."""
    titles: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and answers:
            titles.append(dialog.windowTitle())
            answers.pop(0)(dialog)
        if answers:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return titles


def weeks(number: int) -> Callable[[object], None]:
    def answer(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(number)
        dialog.accept()

    return answer


def file(path: Path) -> Callable[[object], None]:
    def answer(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit).setText(str(path))
        dialog.accept()

    return answer


def cancel(dialog) -> None:
    dialog.reject()


def note(seen: list[str]) -> Callable[[object], None]:
    def answer(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    return answer


def test_the_button_writes_the_report_and_says_where(qtbot, window, tmp_path):
    told: list[str] = []
    output = tmp_path / "for the physio"  # ".pdf" is added
    assert window.save_report_button.isVisibleTo(window)
    answer_each(qtbot, [weeks(8), file(output), note(told)])
    qtbot.mouseClick(window.save_report_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "for the physio.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert window.asked == [8]
    assert told == [f"Saved the report to {written} (2 pages)."]  # the summary, then the charts


def test_cancelling_the_weeks_writes_nothing(qtbot, window, tmp_path):
    answer_each(qtbot, [cancel])
    qtbot.mouseClick(window.save_report_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
    assert window.asked == []


def test_cancelling_the_file_writes_nothing(qtbot, window, tmp_path):
    answer_each(qtbot, [weeks(12), cancel])
    qtbot.mouseClick(window.save_report_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
    assert window.asked == []  # the report is gathered only once both are answered


def test_without_a_saver_there_is_no_button(qtbot):
    shown = ProgressWindow(ProgressPresenter(lambda day: WeekStats.empty(week_days(day)), TODAY))
    qtbot.addWidget(shown)
    assert not shown.save_report_button.isVisibleTo(shown)


def test_the_apps_progress_window_saves_a_report_from_its_history(qtbot, tmp_path):
    """The tray app's own Progress window: the button is there and writes the user's report."""
    from desk_coach.adapters.paths import AppPaths
    from desk_coach.app import DeskCoachApp
    from desk_coach.ui.application import create_qt_app

    app = DeskCoachApp(AppPaths.for_current_user(), create_qt_app([]))
    try:
        app.start()
        app.show_progress()
        shown = app.windows.progress
        assert shown.save_report_button.isVisibleTo(shown)
        told: list[str] = []
        answer_each(qtbot, [weeks(4), file(tmp_path / "mine.pdf"), note(told)])
        qtbot.mouseClick(shown.save_report_button, Qt.MouseButton.LeftButton)
        assert (tmp_path / "mine.pdf").read_bytes().startswith(b"%PDF")
        assert told == [f"Saved the report to {tmp_path / 'mine.pdf'} (1 page)."]
    finally:
        for window in list(app.shell.windows):
            window.close()
        app.stop()
