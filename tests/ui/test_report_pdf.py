"""The progress report's PDF, read back with Qt's own PDF reader (QtPdf): the paper size, the
disclaimer, the name only when given, both sides of a movement check, a pain report and the
change it caused, page numbers; a new user's report says there is nothing yet; a failed write
leaves nothing behind."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtPdf import QPdfDocument
from report_history import desk_worker_screen

from desk_coach.adapters.exercise_files import load_library
from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.exercises import Target
from desk_coach.domain.coaching.plan import Level, LevelChange
from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.coaching.records import ScreenScore, Side
from desk_coach.domain.said import Amount, Term, said
from desk_coach.services.progress_report import ProgressReport, ReportSaid, ReportWeek, Row, with_summary
from desk_coach.ui import report_pdf
from desk_coach.ui.report_pdf import ReportNotWritten, default_paper, write_report_pdf
from desk_coach.ui.report_saving import report_texts

ZONE = ZoneInfo("Europe/Berlin")
FIRST = date(2026, 9, 14)
POINTS = {"a4": (595, 842), "letter": (612, 792)}


def texts():
    return report_texts(load_screen_content, load_library().library)


def week(index: int, levels: dict[str, Level]) -> ReportWeek:
    first = FIRST + timedelta(weeks=index)
    return ReportWeek(
        label=f"2026-W{38 + index}",
        first_day=first,
        last_day=first + timedelta(days=6),
        sitting_minutes=1500 - 20 * index,
        days_sat=5,
        longest_bout_minutes=70 - index,
        days_over_goal=0,
        breaks_taken=20 + index,
        breaks_due=30,
        routines_completed=3,
        exercise_minutes={Target.CHEST: 6.0, Target.GLUTES: 4.0 + index / 4},
        levels=levels,
    )


def rich_report() -> ProgressReport:
    library = load_library().library
    chest = library.for_target(Target.CHEST)[0]
    level = Level(Target.CHEST.value, chest.id, chest.dose)
    hurt_at = datetime(2026, 10, 20, 15, 0, tzinfo=ZONE)
    change = LevelChange(
        hurt_at + timedelta(minutes=1),
        Target.CHEST.value,
        level,
        level,
        "pain",
        said(
            ProgressionSaid.PAIN_STEP_DOWN,
            pain=said(ProgressionSaid.HURT_RATED, exercise=Term("exercise", chest.id), pain=4),
            where=said(ProgressionSaid.BACK_TO_DOSE, dose=Amount(chest.dose, chest.per_side)),
        ),
    )
    screens = tuple(
        desk_worker_screen(
            datetime.combine(FIRST + timedelta(weeks=n * 4, days=1), datetime.min.time(), tzinfo=ZONE),
            ScreenScore("S1", Side.LEFT, n, False),
            ScreenScore("S1", Side.RIGHT, 1, n == 0),
            ScreenScore("S3", None, 2, False),
        )
        for n in range(3)
    )
    rows = (
        Row(
            hurt_at,
            said(
                ReportSaid.EXERCISE_PAIN,
                exercise=Term("exercise", chest.id),
                what=(said(ReportSaid.PAIN_DURING, pain=4),),
            ),
            False,
        ),
        Row(change.at, change.reason, True),
    )
    weeks = tuple(week(i, {Target.CHEST.value: level}) for i in range(12))
    report = ProgressReport(
        first_day=FIRST,
        last_day=weeks[-1].last_day,
        made_on=weeks[-1].first_day + timedelta(days=3),
        goal_minutes=300,
        weeks=weeks,
        screens=screens,
        pain_rows=rows,
        changes=(change,),
        levels_now={Target.CHEST.value: level},
        paused={},
        summary=(),
    )
    return with_summary(report)


def empty_report() -> ProgressReport:
    weeks = tuple(
        ReportWeek(
            f"2026-W{38 + i}",
            FIRST + timedelta(weeks=i),
            FIRST + timedelta(weeks=i, days=6),
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            {},
            {},
        )
        for i in range(12)
    )
    report = ProgressReport(
        FIRST, weeks[-1].last_day, weeks[-1].first_day, 300, weeks, (), (), (), {}, {}, ()
    )
    return with_summary(report)


def read_back(path: Path) -> tuple[list[tuple[int, int]], str]:
    """Each page's size in points and all the text, its white space made single spaces."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    sizes = []
    text = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        sizes.append((round(size.width()), round(size.height())))
        text.append(document.getAllText(page).text())
    document.close()
    return sizes, " ".join(" ".join(text).split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_report_holds_what_a_physiotherapist_reads(qapp, tmp_path, paper):
    output = tmp_path / "report.pdf"
    pages = write_report_pdf(rich_report(), output, texts(), paper=paper, name="Alex Example")
    sizes, text = read_back(output)
    assert len(sizes) == pages >= 2
    assert set(sizes) == {POINTS[paper]}
    assert "Desk Coach progress report" in text
    assert "For: Alex Example" in text
    assert flat(load_screen_content().disclaimer) in text
    assert "S1 Front-of-hip check left 0 2" in text  # first and latest, on each side
    assert "S1 Front-of-hip check right 1, pain 1" in text
    assert "pain 4 of 10 during the exercise" in text
    assert "hurt (4/10)" in text  # what the coach changed because of it
    assert "Breaks: " in text and "Sitting" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_without_a_name_the_report_names_no_one(qapp, tmp_path):
    output = tmp_path / "report.pdf"
    write_report_pdf(rich_report(), output, texts(), paper="a4")
    _, text = read_back(output)
    assert "For:" not in text
    assert str(tmp_path) not in text
    assert str(tmp_path).encode() not in output.read_bytes()


def test_a_new_users_report_says_there_is_nothing_yet(qapp, tmp_path):
    output = tmp_path / "report.pdf"
    assert write_report_pdf(empty_report(), output, texts(), paper="a4") == 1
    _, text = read_back(output)
    assert "Nothing was recorded in these weeks yet" in text
    assert "Sitting per day" not in text  # no empty charts
    assert flat(load_screen_content().disclaimer) in text


def test_a_failed_write_leaves_nothing_behind(qapp, tmp_path, monkeypatch):
    def no_room(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf.os, "replace", no_room)
    output = tmp_path / "report.pdf"
    with pytest.raises(ReportNotWritten, match="No space left on device"):
        write_report_pdf(rich_report(), output, texts(), paper="a4")
    assert list(tmp_path.iterdir()) == []


def test_letter_where_letter_is_the_paper():
    assert default_paper("US") == default_paper("CA") == default_paper("MX") == "letter"
    assert default_paper("DE") == default_paper("ES") == default_paper("") == "a4"
