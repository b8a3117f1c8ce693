"""The journey's check that a window is drawn whole (``blank_margin``), on the routine window as Qt
draws it and as KWin 5.27 showed it: its buffer, rows padded to 256 bytes, read as if unpadded."""

from __future__ import annotations

import pytest
from desktop import Geometry
from desktops.base import blank_margin
from PySide6.QtGui import QImage

from desk_coach.adapters.exercise_files import load_library
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine.dialog import GuidedRoutineDialog

BACKGROUND = b"\xd6\xd2\xd0"


def routine_window(qtbot, width: int, height: int) -> bytes:
    """The routine window's pixels (RGB, row after row) as Qt paints it."""
    library = load_library().library
    walk = library["MV1"]
    dialog = GuidedRoutineDialog(RoutinePlan(BreakKind.MICRO, (Prescription(walk.id, walk.dose, "test"),)),
                                 library)
    qtbot.addWidget(dialog)
    dialog.setMinimumHeight(0)
    dialog.resize(width, height)
    image = dialog.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    assert (image.width(), image.height()) == (width, height)
    data, row = bytes(image.constBits()), image.bytesPerLine()
    return b"".join(data[y * row:y * row + width * 3] for y in range(height))


def read_unpadded(pixels: bytes, width: int, height: int) -> bytes:
    """What KWin before 6.2 made of a Qt 6.11 buffer: rows stored padded to 256 bytes (64 pixels,
    zeros: black), read back as if each row were ``width`` pixels long."""
    padded_width = -(-width // 64) * 64
    stored = b"".join(pixels[y * width * 3:(y + 1) * width * 3] + bytes((padded_width - width) * 3)
                      for y in range(height))
    return stored[:width * height * 3]


@pytest.mark.parametrize("width", [520, 561, 600])
def test_the_routine_window_as_drawn_has_a_blank_margin(qtbot, width: int) -> None:
    box = Geometry(0, 0, width, 486)
    assert blank_margin(routine_window(qtbot, width, 486), box)


@pytest.mark.parametrize("width", [520, 561, 600])
def test_read_with_the_wrong_row_length_it_has_none(qtbot, width: int) -> None:
    box = Geometry(0, 0, width, 486)
    assert not blank_margin(read_unpadded(routine_window(qtbot, width, 486), width, 486), box)


def test_a_pointer_resting_in_the_margin_is_let_be_but_not_two_marks() -> None:
    width, height = 100, 400
    pixels = bytearray(BACKGROUND * width * height)

    def mark(top: int, rows: int) -> None:
        for y in range(top, top + rows):
            pixels[(y * width + 8) * 3:(y * width + 12) * 3] = b"\0" * 12

    box = Geometry(0, 0, width, height)
    mark(200, 20)
    assert blank_margin(bytes(pixels), box)
    mark(300, 3)
    assert not blank_margin(bytes(pixels), box)
