"""The self-check's work-hours page read by a screen reader (issue 17): each day's field reads how
to type the hours, and a mistake is tied to its field (its description), told once typing pauses,
not on every key."""

from __future__ import annotations

from test_work_hours_overnight import hours_page, type_into  # noqa: F401 (the fixture)

from desk_coach.ui.settings_fields import SETTLE_MS, work_hours_hint


def test_each_day_reads_how_to_type_its_hours(hours_page) -> None:  # noqa: F811
    for edit in hours_page.work_hours_page.edits.values():
        assert edit.accessibleDescription() == work_hours_hint()


def test_a_mistake_is_tied_to_its_day_and_told_once_typing_pauses(qtbot, hours_page) -> None:  # noqa: F811
    page = hours_page.work_hours_page
    monday = page.edits["monday"]
    type_into(qtbot, monday, "9")
    assert monday.accessibleDescription() == work_hours_hint()  # nothing new while typing
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
