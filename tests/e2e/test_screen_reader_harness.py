"""The screen-reader harness itself (tests/support/screen_reader.py), on the real app: the
self-check's first page read through AT-SPI as a screen reader reads it, its Tab order as focus
events, and Orca speaking the control that Tab moves to.

These tests prove the harness; what the app should offer a blind user is issue 17's, measured by
``tests/e2e/a11y_report.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from screen_reader import Orca, ScreenReaderDesktop

SELF_CHECK = "^Self-check"
UNDERSTOOD = "I understand that Desk Coach is not medical advice"


@pytest.fixture
def reader_desktop(tmp_path: Path) -> Iterator[ScreenReaderDesktop]:
    """An X desktop with an AT-SPI bus and the real Desk Coach on its first start (the self-check)."""
    with ScreenReaderDesktop(log_dir=tmp_path / "desktop-logs", timeout=20) as desktop:
        desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose"])
        yield desktop


def test_the_first_self_check_page_is_read_with_every_control_named(
        reader_desktop: ScreenReaderDesktop) -> None:
    page = reader_desktop.wait_for_window(SELF_CHECK)
    assert "desk-coach" in reader_desktop.apps()
    assert page.window["role"] == "dialog" and page.window["name"] == "Self-check — Desk Coach"
    assert page.find("check box", f"^{UNDERSTOOD}$"), page.controls()
    assert {"Next >", "Cancel"} <= {n["name"] for n in page.find("push button")}
    assert page.unnamed() == []
    assert any("Welcome to your self-check" in text for text in page.texts())
    # "Next" waits for the box to be ticked: a screen reader is told it is not enabled.
    assert "enabled" not in page.find("push button", "^Next")[0]["states"]


def test_tab_moves_focus_through_the_page_and_each_move_is_a_focus_event(
        reader_desktop: ScreenReaderDesktop) -> None:
    reader_desktop.wait_for_window(SELF_CHECK)
    focused = reader_desktop.tab_order(3)
    names = [(event.role, event.name) for event in focused]
    assert ("push button", "Cancel") in names
    assert ("check box", UNDERSTOOD) in names
    assert all(event.key == "Tab" for event in focused)


def test_orca_speaks_the_button_that_tab_moves_to(
        reader_desktop: ScreenReaderDesktop, tmp_path: Path) -> None:
    reader_desktop.wait_for_window(SELF_CHECK)
    orca = Orca(reader_desktop, tmp_path).start()
    # On start Orca reads the active window: its title and the page's text.
    assert any("Self-check — Desk Coach dialog" in line for line in orca.spoken())
    mark = orca.mark()
    focused = reader_desktop.tab_order(1)
    assert focused, "Tab moved the focus"
    said = orca.wait_to_speak(f"{focused[-1].name} {focused[-1].role}", since=mark)
    assert said[0].strip() == "tab"  # Orca echoes the key, then names the control

