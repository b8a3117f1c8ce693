"""Saving the progress report: the words around the PDF for ``desk-coach report`` and for
Progress's "Save report…" button (how many weeks, where to, and what happened).

The button asks for the number of weeks (12 unless changed) and for the file; cancelling either
writes nothing. The report is gathered only once both are answered, then written as
:func:`~desk_coach.ui.report_pdf.write_report_pdf` writes it (through a temporary file, so a full
disk leaves nothing half-written), and a message says where it went or why it did not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk_coach.domain.coaching.exercises import ExerciseLibrary
from desk_coach.domain.coaching.screening import ScreenContent, ScreenContentError
from desk_coach.services.progress_report import DEFAULT_WEEKS, MAX_WEEKS, MIN_WEEKS, ProgressReport
from desk_coach.wording.translate import translate


@dataclass(frozen=True)
class Saved:
    ok: bool
    message: str
    pages: int = 0


def report_texts(screen_content: Callable[[], ScreenContent], library: ExerciseLibrary | None):
    """The disclaimer and the self-check's names for the report, or why they cannot be read."""
    from desk_coach.ui.report_pdf import ReportTexts

    try:
        content = screen_content()
    except ScreenContentError as error:
        #: {error} says what is wrong with the self-check's content file.
        return translate(
            "Report", "The report needs the self-check's texts, which cannot be read: {error}"
        ).format(error=error)
    return ReportTexts(
        disclaimer=content.disclaimer,
        check_names={item.id: item.name for item in content.items},
        sided=frozenset(item.id for item in content.items if item.sides),
        library=library,
    )


def save_report_pdf(
    report: ProgressReport, output: Path, texts, *, paper: str | None = None, name: str = ""
) -> Saved:
    """Write the PDF; the message says where (with its pages) or why not."""
    from desk_coach.ui.report_pdf import ReportNotWritten, default_paper, write_report_pdf

    try:
        pages = write_report_pdf(report, output, texts, paper=paper or default_paper(), name=name)
    except ReportNotWritten as error:
        #: {output} is the file; {error} the system's reason ("No space left on device").
        failed = translate(
            "Report", "The report could not be written to {output}: {error}. Nothing was saved."
        )
        return Saved(False, failed.format(output=output, error=error))
    #: {output} is the PDF file written; %n its pages.
    done = translate("Report", "Saved the report to {output} (%n page(s)).", None, pages)
    return Saved(True, done.format(output=output), pages)


def ask_and_save_report(
    parent,
    make_report: Callable[[int], ProgressReport],
    texts: Callable[[], object],
    *,
    folder: Path | None = None,
    native: bool = True,
) -> Saved | None:
    """Progress's "Save report…": ask the weeks and the file, write, and tell the user.

    Returns what happened, None when the user cancelled (nothing is written then)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    weeks, ok = QInputDialog.getInt(
        parent,
        #: The title of the small dialog that asks how many weeks the report covers.
        translate("Report", "Save report"),
        #: The question of that dialog; 1 to 260 weeks.
        translate("Report", "Weeks to include, this one and the ones before:"),
        DEFAULT_WEEKS,
        MIN_WEEKS,
        MAX_WEEKS,
        1,
    )
    if not ok:
        return None
    options = QFileDialog.Option(0) if native else QFileDialog.Option.DontUseNativeDialog
    start = str((folder or Path.home()) / report_file_name())
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        #: The title of the file dialog where the report is saved.
        translate("Report", "Save the progress report"),
        start,
        #: The file type in the save dialog ("PDF files (*.pdf)"); keep "(*.pdf)".
        translate("Report", "PDF files (*.pdf)"),
        "",
        options,
    )
    if not chosen:
        return None
    output = Path(chosen)
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    loaded = texts()
    if isinstance(loaded, str):
        result = Saved(False, loaded)
    else:
        result = save_report_pdf(make_report(weeks), output, loaded)
    if result.ok:
        QMessageBox.information(parent, translate("Report", "Save report"), result.message)
    else:
        QMessageBox.warning(parent, translate("Report", "Save report"), result.message)
    return result


def report_file_name() -> str:
    """The file name offered: "desk-coach-report.pdf" in the user's language (no name, no date of birth)."""
    #: The file name offered for the report; keep ".pdf", no spaces or slashes.
    return translate("Report", "desk-coach-report.pdf")
