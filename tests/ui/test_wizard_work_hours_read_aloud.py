"""The self-check's work-hours page read by a screen reader (issue 17): each day's field reads how
to type the hours, and a mistake is tied to its field (its description), told once typing pauses,
not on every key."""

from __future__ import annotations

from test_work_hours_overnight import hours_page, type_into  # noqa: F401 (the fixture)

from desk_coach.ui.settings_fields import SETTLE_MS, work_hours_hint


def test_each_day_reads_how_to_type_its_hours(qtbot, hours_page) -> None:  # noqa: F811
    page = hours_page.work_hours_page
    monday = page.edits["monday"]
    # The field that has the focus as the page opens reads the page's question first, then its hint.
    qtbot.waitUntil(lambda: monday.accessibleDescription() != work_hours_hint())
    assert monday.accessibleDescription() == f"{page.spoken_text()}\n{work_hours_hint()}"
    for day, edit in page.edits.items():
        if day != "monday":
            assert edit.accessibleDescription() == work_hours_hint()
    page.edits["tuesday"].setFocus()  # the question was said once: back on Monday, the hint alone
    qtbot.waitUntil(lambda: monday.accessibleDescription() == work_hours_hint())


def test_a_mistake_is_tied_to_its_day_and_told_once_typing_pauses(qtbot, hours_page) -> None:  # noqa: F811
    page = hours_page.work_hours_page
    monday = page.edits["monday"]
    qtbot.waitUntil(lambda: monday.accessibleDescription().startswith(page.spoken_text()))
    opened_with = monday.accessibleDescription()  # the page's question, then the hint
    type_into(qtbot, monday, "9")
    assert monday.accessibleDescription() == opened_with  # nothing new while typing
    qtbot.waitUntil(page.problems["monday"].isVisible, timeout=SETTLE_MS * 3)
    told = monday.accessibleDescription()
    assert told == f"{page.problems['monday'].text()} {work_hours_hint()}"
    for key in "-5":
        qtbot.keyClicks(monday, key)
        assert monday.accessibleDescription() == told  # the line under the field follows; the reader waits
    qtbot.waitUntil(lambda: monday.accessibleDescription() != told, timeout=SETTLE_MS * 3)
    assert '"9-5" is not a range' in monday.accessibleDescription()
    assert page.edits["tuesday"].accessibleDescription() == work_hours_hint()

    type_into(qtbot, monday, "09:00-17:00")
    assert monday.accessibleDescription() == work_hours_hint()
