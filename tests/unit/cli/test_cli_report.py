"""`desk-coach report`: a PDF of the last weeks; wrong arguments and folders that cannot be
written are one clear line and an exit status, and nothing half-written is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_coach.cli import main
from desk_coach.ui import report_pdf

A4 = (595, 842)
LETTER = (612, 792)


def pdf_pages(path: Path) -> tuple[list[tuple[int, int]], str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    sizes = [document.pagePointSize(page) for page in range(document.pageCount())]
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return [(round(size.width()), round(size.height())) for size in sizes], " ".join(text.split())


@pytest.mark.parametrize("weeks", ["0", "261", "twelve", "-3"])
def test_weeks_must_be_1_to_260(weeks, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--weeks", weeks, "--output", str(tmp_path / "r.pdf")])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert f"'{weeks}' is not a number of weeks from 1 to 260" in error
    assert len(error.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_paper_other_than_a4_or_letter_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--paper", "a5", "--output", str(tmp_path / "r.pdf")])
    assert exit_.value.code == 2
    assert "invalid choice: 'a5'" in capsys.readouterr().err


def test_a_name_is_one_short_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--name", "x" * 81, "--output", str(tmp_path / "r.pdf")])
    assert exit_.value.code == 2
    assert "the name must be one line of at most 80 characters" in capsys.readouterr().err


def test_a_missing_folder_is_said_and_nothing_is_created(tmp_path, capsys, isolated_home):
    assert main(["report", "--output", str(tmp_path / "nowhere" / "r.pdf")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"The folder {tmp_path / 'nowhere'} does not exist; nothing was written."
    )
    assert not (tmp_path / "nowhere").exists()
    assert not (isolated_home / "data" / "desk-coach").exists()  # the history is not even opened


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder whatever its mode")
def test_a_read_only_folder_is_said(tmp_path, capsys):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["report", "--output", str(folder / "r.pdf")]) == 1
        assert capsys.readouterr().err.strip() == (
            f"The folder {folder} cannot be written to; nothing was written."
        )
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_an_existing_file_is_kept_unless_forced(tmp_path, capsys):
    output = tmp_path / "r.pdf"
    output.write_text("mine")
    assert main(["report", "--output", str(output)]) == 1
    assert "already exists; add --force to replace it" in capsys.readouterr().err
    assert output.read_text() == "mine"
    assert main(["report", "--output", str(output), "--force", "--paper", "a4"]) == 0
    assert output.read_bytes().startswith(b"%PDF")


def test_a_new_user_gets_a_one_page_report_on_the_paper_asked(tmp_path, capsys, isolated_home):
    output = tmp_path / "r.pdf"
    assert (
        main(["report", "--weeks", "4", "--output", str(output), "--paper", "letter", "--name", " Alex "])
        == 0
    )
    assert capsys.readouterr().out.strip() == f"Saved the report to {output} (1 page)."
    sizes, text = pdf_pages(output)
    assert sizes == [LETTER]
    assert "(4 weeks)" in text
    assert "For: Alex " in text
    assert "Nothing was recorded in these weeks yet" in text
    assert "not medical advice" in text
    assert not (isolated_home / "data" / "desk-coach").exists()  # a read: no database created


def test_a_full_disk_is_said_and_leaves_nothing(tmp_path, capsys, monkeypatch):
    def no_room(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_pdf.os, "replace", no_room)
    output = tmp_path / "r.pdf"
    assert main(["report", "--output", str(output), "--paper", "a4"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"The report could not be written to {output}: No space left on device. Nothing was saved."
    )
    assert list(tmp_path.iterdir()) == []


def test_without_a_display_the_report_is_printed_offscreen(tmp_path):
    """The command line has no window: with no display at all Qt prints offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    output = tmp_path / "r.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desk_coach", "report", "--output", str(output), "--paper", "a4"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert pdf_pages(output)[0] == [A4]


def test_a_read_only_mount_is_said(tmp_path, capsys):
    """As root (CI) the folder's mode does not stop a write, a read-only file system does."""
    from mounts import read_only_bind

    source = tmp_path / "source"
    source.mkdir()
    with read_only_bind(source, tmp_path / "ro") as folder:
        assert main(["report", "--output", str(folder / "r.pdf"), "--paper", "a4"]) == 1
        assert capsys.readouterr().err.strip() == (
            f"The folder {folder} cannot be written to; nothing was written."
        )
    assert list(source.iterdir()) == []


def test_a_really_full_disk_is_said_and_leaves_nothing(tmp_path, capsys):
    from mounts import fill, small_tmpfs

    with small_tmpfs(tmp_path / "small", "256k") as folder:
        filler = fill(folder)
        output = folder / "r.pdf"
        assert main(["report", "--output", str(output), "--paper", "a4"]) == 1
        error = capsys.readouterr().err.strip()
        assert error == (
            f"The report could not be written to {output}: No space left on device. Nothing was saved."
        )
        assert sorted(folder.iterdir()) == [filler], error
