# ruff: noqa: RUF001  (doses are written with a real times sign, as the user sees them)
"""The self-check wizard as a user meets it: the disclaimer must be ticked, the answers are
given by clicks and keys, an emergency yes stops at once, pain scores 0, and Finish emits the
screen as taken (and stores nothing itself)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QLabel, QWidget, QWizard

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side
from desk_coach.domain.coaching.screening import ItemScore, ScreenResult, to_profile
from desk_coach.domain.settings import defaults
from desk_coach.ui.screen_wizard import ScreenWizard
from desk_coach.ui.screen_wizard import wizard as flow

CONTENT = load_screen_content()
WORK_SETTINGS = defaults(shipped_schema())
WORK_HOURS = WORK_SETTINGS.work_hours
NOW = datetime(2025, 5, 6, 12, 0, tzinfo=timezone(timedelta(hours=2)))
LEFT_RIGHT = {"S1": (2, 1), "S2": (3, 2), "S4": (1, 1)}
ONCE = {"S3": 2, "S5": 0}


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName() or button.text()
    hint = button.sizeHint().boundedTo(button.size())  # on the box or its text, as a person would
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(hint.width() // 2, hint.height() // 2))


def make(
    qtbot: Any, content=CONTENT, work_hours=WORK_HOURS, active: bool = False, **given: Any
) -> tuple[ScreenWizard, list[tuple[Any, Any]]]:
    given.setdefault("equipment", WORK_SETTINGS.coaching.equipment)
    wizard = ScreenWizard(content, work_hours, now=lambda: NOW, **given)
    qtbot.addWidget(wizard)
    emitted: list[tuple[Any, Any]] = []
    wizard.completed.connect(lambda result, hours: emitted.append((result, hours)))
    if active:  # the keyboard goes to the active window only
        with qtbot.waitActive(wizard):
            wizard.show()
            wizard.activateWindow()
    else:
        wizard.show()
        qtbot.waitExposed(wizard)
    return wizard, emitted


def lines(summary: QWidget, key: str) -> list[str]:
    """The lines a section of the summary shows ("referrals", "resumed", "found", "focus"),
    without the heading and the bullet."""
    section = summary.findChild(QWidget, f"summary:{key}")
    labels = section.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)[1:]
    return [label.text().removeprefix("•  ") for label in labels]


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def finish_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.FinishButton)


def save_button(wizard: QWizard) -> QAbstractButton:
    """"Save and start" on the summary: the screen is stored, then the last page shows."""
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.text() == "&Save and start"
    return button


def go_next(qtbot: Any, wizard: ScreenWizard) -> None:
    before = wizard.currentId()
    click(qtbot, next_button(wizard))
    assert wizard.currentId() != before


def through_the_questions(qtbot: Any, wizard: ScreenWizard, yes: set[str] = frozenset()) -> None:
    """From the disclaimer to the end of the red-flag pages, answering yes to ``yes``."""
    assert not next_button(wizard).isEnabled()  # the disclaimer must be acknowledged first
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    click(qtbot, wizard.lifestyle_page.boxes[Lifestyle.RUNNER])
    go_next(qtbot, wizard)
    assert wizard.currentId() == flow.WORK_HOURS
    go_next(qtbot, wizard)  # work hours unchanged
    assert not next_button(wizard).isEnabled()
    click(qtbot, wizard.floor_page.yes)
    go_next(qtbot, wizard)
    assert wizard.currentId() == flow.EQUIPMENT
    go_next(qtbot, wizard)  # what is at hand, as the settings say
    for page in wizard.flag_pages.values():
        if wizard.currentPage() is not page:
            return  # an emergency yes ended the questions early
        assert not next_button(wizard).isEnabled()  # every question needs an answer
        for question_id, row in page.rows.items():
            click(qtbot, row.yes if question_id in yes else row.no)
        go_next(qtbot, wizard)


def score_items(qtbot: Any, wizard: ScreenWizard, pain: set[str] = frozenset()) -> list[str]:
    """Answer each movement check offered, until the summary; returns the items met."""
    met = []
    while wizard.currentId() != flow.SUMMARY:
        page = wizard.currentPage()
        item = page.item
        met.append(item.id)
        if item.id in pain:
            click(qtbot, page.pain)
        elif item.id in LEFT_RIGHT:
            assert not next_button(wizard).isEnabled()
            left, right = LEFT_RIGHT[item.id]
            click(qtbot, page.choices.buttons[(Side.LEFT, left)])
            assert not next_button(wizard).isEnabled()  # the other side still needs a score
            click(qtbot, page.choices.buttons[(Side.RIGHT, right)])
        elif item.id in ONCE:
            click(qtbot, page.choices.buttons[(None, ONCE[item.id])])
        else:
            assert item.optional  # S6: left blank, which skips it
        go_next(qtbot, wizard)
    return met


def test_walking_the_whole_wizard_emits_the_screen_as_taken(qtbot):
    wizard, emitted = make(qtbot)
    assert wizard.windowTitle() == "Self-check"
    through_the_questions(qtbot, wizard)
    assert score_items(qtbot, wizard) == ["S1", "S2", "S3", "S4", "S5", "S6"]
    summary = wizard.summary_page
    assert lines(summary, "referrals") == []
    assert (
        "Front-of-hip check: some room to grow; your right leg scored lower than your left."
        in lines(summary, "found")
    )
    assert "Wall angel: some room to grow; your right arm scored lower than your left." in lines(
        summary, "found"
    )
    assert "Toe touch: clearly limited for now." in lines(summary, "found")
    assert "Neck hold: skipped." in lines(summary, "found")
    assert "Stretching the front of your hips." in lines(summary, "focus")
    assert not emitted  # nothing before it is saved
    assert not finish_button(wizard).isVisible()
    click(qtbot, save_button(wizard))
    assert wizard.currentId() == flow.READY

    assert emitted == [
        (
            ScreenResult(
                taken_at=NOW,
                source=ScreenSource.WIZARD,
                lifestyles=frozenset({Lifestyle.DESK_WORKER, Lifestyle.RUNNER}),
                floor_room=True,
                red_flags=frozenset(),
                scores=(
                    ItemScore("S1", Side.LEFT, 2),
                    ItemScore("S1", Side.RIGHT, 1),
                    ItemScore("S2", Side.LEFT, 3),
                    ItemScore("S2", Side.RIGHT, 2),
                    ItemScore("S3", None, 2),
                    ItemScore("S4", Side.LEFT, 1),
                    ItemScore("S4", Side.RIGHT, 1),
                    ItemScore("S5", None, 0),
                    ItemScore("S6", None, None),
                ),
                equipment=WORK_SETTINGS.coaching.equipment,  # as prefilled
                age_band=None,  # not said
            ),
            None,  # work hours left as they were
        )
    ]
    assert to_profile(emitted[0][0], CONTENT).item_scores == {"S1": 1, "S2": 1, "S3": 2, "S4": 1, "S5": 0}
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # saved: no going back
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    click(qtbot, finish_button(wizard))
    assert not wizard.isVisible()
    assert len(emitted) == 1


def test_an_emergency_yes_shows_the_wording_at_once_and_finishes_with_walk_breaks_only(qtbot):
    wizard, emitted = make(qtbot)
    through_the_questions(qtbot, wizard, yes={"em_chest_pain"})
    assert wizard.currentId() == flow.EMERGENCY  # straight after the first page of questions
    wording = wizard.emergency_page.wording
    assert wording.isVisible()
    assert wording.text().startswith(
        "Please stop here. What you describe (chest pain) needs urgent medical care"
    )
    assert finish_button(wizard).isVisible()  # no movement checks follow
    click(qtbot, finish_button(wizard))
    ((result, _),) = emitted
    assert result.red_flags == {"em_chest_pain"}
    assert result.scores == ()
    assert not to_profile(result, CONTENT).exercise_allowed


def test_going_back_from_the_emergency_page_takes_the_answer_back(qtbot):
    wizard, _ = make(qtbot)
    through_the_questions(qtbot, wizard, yes={"em_fainting"})
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.flag_pages[RedFlagTier.EMERGENCY].rows["em_fainting"].no)
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.flag_pages[RedFlagTier.PARQ]


def test_pain_scores_0_and_shows_the_pain_wording_on_the_summary(qtbot):
    wizard, emitted = make(qtbot)
    through_the_questions(qtbot, wizard)
    met = []
    while wizard.currentId() != flow.SUMMARY:
        page = wizard.currentPage()
        met.append(page.item.id)
        if page.item.id == "S2":
            click(qtbot, page.choices.buttons[(Side.LEFT, 3)])
            click(qtbot, page.pain)
            assert not page.choices.isEnabled()
            assert page.pain_note.isVisible()
            assert "“Wall angel”" in page.pain_note.text()
        elif not page.item.optional:
            click(qtbot, page.skip)
        go_next(qtbot, wizard)
    pain_text = CONTENT.referrals.pain.format(item="Wall angel")
    assert lines(wizard.summary_page, "referrals") == [pain_text]
    assert "Wall angel: it hurt, so it was left out." in lines(wizard.summary_page, "found")
    assert "Paused for now: the moves for your shoulders." in lines(wizard.summary_page, "focus")
    click(qtbot, save_button(wizard))
    ((result, _),) = emitted
    s2 = [score for score in result.scores if score.item_id == "S2"]
    assert s2 == [ItemScore("S2", Side.LEFT, 0, True), ItemScore("S2", Side.RIGHT, 0, True)]
    assert [score.score for score in result.scores if score.item_id == "S1"] == [None, None]  # skipped


def test_a_parq_yes_skips_the_movement_checks(qtbot):
    wizard, _ = make(qtbot)
    through_the_questions(qtbot, wizard, yes={"parq_medication"})
    assert wizard.currentId() == flow.SUMMARY
    (referral,) = lines(wizard.summary_page, "referrals")
    assert referral.startswith("Because you mentioned medicine for a long-term condition, we have paused all")
    assert lines(wizard.summary_page, "focus")[0].startswith("Walk breaks only for now.")


def test_a_prompt_yes_leaves_out_the_checks_for_its_regions(qtbot):
    wizard, _ = make(qtbot)
    through_the_questions(qtbot, wizard, yes={"pr_back_pain"})
    assert score_items(qtbot, wizard) == ["S2", "S3", "S6"]
    assert "Toe touch: left out after your answers." in lines(wizard.summary_page, "found")


def key(qtbot: Any, wizard: ScreenWizard, name: Qt.Key, alt: bool = False) -> None:
    """Press a key where a person would: in the widget that has the keyboard focus."""
    modifier = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget() or wizard, name, modifier)


def test_the_whole_wizard_works_from_the_keyboard(qtbot):
    wizard, emitted = make(qtbot, work_hours=None, active=True)  # no work-hours page without settings
    box = wizard.intro_page.acknowledge
    assert QApplication.focusWidget() is wizard.intro_page.disclaimer  # read first
    key(qtbot, wizard, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box  # then the first answer
    key(qtbot, wizard, Qt.Key.Key_Space)
    assert box.isChecked()
    key(qtbot, wizard, Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == flow.LIFESTYLE
    assert QApplication.focusWidget() is wizard.lifestyle_page.boxes[Lifestyle.DESK_WORKER]
    key(qtbot, wizard, Qt.Key.Key_Tab)
    key(qtbot, wizard, Qt.Key.Key_Space)
    assert wizard.lifestyle_page.lifestyles() == {Lifestyle.DESK_WORKER, Lifestyle.WALKER}
    key(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == flow.FLOOR
    key(qtbot, wizard, Qt.Key.Key_Space)  # the focus is on "Yes, there is room"
    assert wizard.floor_page.yes.isChecked()
    key(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == flow.EQUIPMENT
    assert QApplication.focusWidget() is wizard.equipment_page.boxes[Equipment.DESK]
    key(qtbot, wizard, Qt.Key.Key_Space)  # no desk where the breaks are taken
    key(qtbot, wizard, Qt.Key.Key_Return)
    for page in wizard.flag_pages.values():
        assert wizard.currentPage() is page
        first = page.rows[page.questions[0].id]
        assert QApplication.focusWidget() is first.yes
        key(qtbot, wizard, Qt.Key.Key_Right)  # arrows move between Yes and No, Space picks
        key(qtbot, wizard, Qt.Key.Key_Space)
        assert first.answer() is False
        page.all_no.setFocus()  # (Alt+A, its access key, does the same)
        key(qtbot, wizard, Qt.Key.Key_Space)
        key(qtbot, wizard, Qt.Key.Key_Return)
    page = wizard.currentPage()
    assert page.item.id == "S1"
    assert QApplication.focusWidget() is page.choices.buttons[(Side.LEFT, 2)]
    key(qtbot, wizard, Qt.Key.Key_Space)
    key(qtbot, wizard, Qt.Key.Key_Down)  # arrows move within one side's choices
    assert page.choices.score(Side.LEFT) == 1
    assert page.choices.score(Side.RIGHT) is None
    key(qtbot, wizard, Qt.Key.Key_Tab)  # on to the other side
    key(qtbot, wizard, Qt.Key.Key_Space)
    assert page.choices.score(Side.RIGHT) == 2
    key(qtbot, wizard, Qt.Key.Key_Return)
    assert wizard.currentPage().item.id == "S2"
    key(qtbot, wizard, Qt.Key.Key_Escape)  # Escape cancels: nothing emitted
    assert not wizard.isVisible()
    assert emitted == []


def test_tab_then_space_on_the_first_page_ticks_the_box_and_never_cancels(qtbot):
    wizard, _ = make(qtbot, active=True)
    rejected = []
    wizard.rejected.connect(lambda: rejected.append(True))
    key(qtbot, wizard, Qt.Key.Key_Tab)
    key(qtbot, wizard, Qt.Key.Key_Space)
    assert wizard.isVisible() and not rejected, "Tab then Space cancelled the self-check"
    assert wizard.intro_page.acknowledge.isChecked()
    assert wizard.currentId() == flow.INTRO


@pytest.mark.parametrize("gesture", ["button", "escape", "close"])
def test_every_way_of_cancelling_is_reported_as_rejected_and_emits_no_screen(qtbot, gesture):
    wizard, emitted = make(qtbot, active=True)
    rejected = []
    wizard.rejected.connect(lambda: rejected.append(True))
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    if gesture == "button":
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    elif gesture == "escape":
        key(qtbot, wizard, Qt.Key.Key_Escape)
    else:
        wizard.close()
    assert not wizard.isVisible()
    assert rejected == [True]
    assert emitted == []


def test_start_up_notices_head_the_first_page(qtbot):
    notice = "settings.toml: breaks.sit_interval_min = 5 is outside the allowed range; using 30."
    wizard = ScreenWizard(CONTENT, WORK_HOURS, now=lambda: NOW, notices=[notice])
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.intro_page
    assert page.notices.isVisible()
    assert [label.text() for label in page.notice_labels] == [notice]
    without, _ = make(qtbot)
    assert without.intro_page.notices is None


def test_buttons_have_access_keys(qtbot):
    wizard, _ = make(qtbot)
    assert next_button(wizard).shortcut().toString() == "Alt+N"
    assert wizard.flag_pages[RedFlagTier.PARQ].all_no.shortcut().toString() == "Alt+A"
    assert wizard.floor_page.yes.shortcut().toString() == "Alt+Y"
    assert wizard.floor_page.no.shortcut().toString() == "Alt+O"


def test_changed_work_hours_are_emitted_for_the_caller_to_save(qtbot):
    wizard, emitted = make(qtbot)
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    page = wizard.work_hours_page
    friday = page.edits["friday"]
    assert friday.text() == "09:00-17:30"  # prefilled from the settings
    friday.clear()
    qtbot.keyClicks(friday, "9:00-12:00, 11:00-14:00")
    friday.editingFinished.emit()
    assert not next_button(wizard).isEnabled()
    assert page.problems["friday"].isVisible()
    assert "overlap" in page.problems["friday"].text()
    friday.clear()
    qtbot.keyClicks(friday, "9:00-13:00")
    friday.editingFinished.emit()
    assert friday.text() == "09:00-13:00"
    assert not page.problems["friday"].isVisible()
    go_next(qtbot, wizard)
    click(qtbot, wizard.floor_page.no)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # what is at hand
    for question_id, row in wizard.flag_pages[RedFlagTier.EMERGENCY].rows.items():
        click(qtbot, row.yes if question_id == "em_leg_weakness" else row.no)
    go_next(qtbot, wizard)
    assert wizard.currentId() == flow.EMERGENCY
    click(qtbot, finish_button(wizard))
    ((result, hours),) = emitted
    assert not result.floor_room
    assert hours == {
        "monday": ["09:00-17:30"],
        "tuesday": ["09:00-17:30"],
        "wednesday": ["09:00-17:30"],
        "thursday": ["09:00-17:30"],
        "friday": ["09:00-13:00"],
        "saturday": [],
        "sunday": [],
    }


def test_lifestyles_need_at_least_one(qtbot):
    wizard, _ = make(qtbot)
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    click(qtbot, wizard.lifestyle_page.boxes[Lifestyle.DESK_WORKER])  # ticked at first
    assert not next_button(wizard).isEnabled()
    click(qtbot, wizard.lifestyle_page.boxes[Lifestyle.DANCER])
    assert next_button(wizard).isEnabled()


def test_a_missing_drawing_shows_a_plain_frame_with_the_name(qtbot):
    items = tuple(
        dataclasses.replace(item, illustration="screen/illustrations/not-drawn-yet.svg")
        if item.id == "S3"
        else item
        for item in CONTENT.items
    )
    wizard, _ = make(qtbot, content=dataclasses.replace(CONTENT, items=items))
    missing = wizard.item_pages["S3"].illustration
    assert not missing.has_drawing
    assert isinstance(missing.view, QFrame)
    assert [label.text() for label in missing.view.findChildren(QLabel)] == ["Wall head check"]
    drawn = wizard.item_pages["S1"].illustration
    assert drawn.has_drawing == isinstance(drawn.view, QSvgWidget)


@pytest.mark.parametrize("item_id", ["S1", "S2", "S3", "S4", "S5", "S6"])
def test_each_item_page_shows_its_steps_and_choices(qtbot, item_id):
    wizard, _ = make(qtbot)
    page = wizard.item_pages[item_id]
    item = CONTENT.item(item_id)
    texts = [label.text() for label in page.findChildren(QLabel)]
    for number, step in enumerate(item.steps, start=1):
        assert f"{number}. {step}" in texts
    assert len(page.choices.buttons) == len(item.choices) * (2 if item.sides else 1)


def test_on_a_dark_palette_drawings_sit_on_a_pale_card(qtbot):
    wizard, _ = make(qtbot)
    illustration = wizard.item_pages["S1"].illustration
    if not illustration.has_drawing:
        pytest.skip("the S1 drawing is not there yet")
    dark = QPalette(wizard.palette())
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    wizard.setPalette(dark)
    corner = illustration.view.geometry().topLeft() + QPoint(
        illustration.fontMetrics().averageCharWidth() * 2, 2
    )
    assert illustration.grab().toImage().pixelColor(corner).lightness() > 200
    wizard.setPalette(wizard.style().standardPalette())
    assert illustration.grab().toImage().pixelColor(corner) == illustration.palette().color(
        QPalette.ColorRole.Window
    )


def test_a_recheck_asks_the_health_questions_again_and_says_what_comes_back_on(qtbot):
    from desk_coach.domain.coaching.exercises import Region

    wizard = ScreenWizard(CONTENT, WORK_HOURS, now=lambda: NOW, paused={Region.HIPS, Region.BACK})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    through_the_questions(qtbot, wizard)  # every red-flag page is met again
    score_items(qtbot, wizard)
    summary = wizard.summary_page
    assert summary.sections["resumed"].isVisible()
    assert lines(summary, "resumed") == [
        "The moves for your hips and back are back on: this time you answered no to the health "
        "questions that paused them, and their movement checks went without pain."
    ]
    assert not any(line.startswith("Paused for now") for line in lines(summary, "focus"))


def test_a_recheck_with_the_same_yes_keeps_the_pause_and_says_so(qtbot):
    from desk_coach.domain.coaching.exercises import Region

    wizard = ScreenWizard(CONTENT, WORK_HOURS, now=lambda: NOW, paused={Region.NECK})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    through_the_questions(qtbot, wizard, yes={"pr_neck_headache"})
    score_items(qtbot, wizard)
    assert not wizard.summary_page.sections["resumed"].isVisible()
    focus = lines(wizard.summary_page, "focus")
    assert "Paused for now: the moves for your shoulders and neck." in focus


def test_what_is_at_hand_is_asked_prefilled_from_the_settings_and_emitted(qtbot):
    wizard, emitted = make(qtbot, equipment=frozenset({Equipment.CHAIR, Equipment.WALL}))
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # work hours
    click(qtbot, wizard.floor_page.yes)
    go_next(qtbot, wizard)
    page = wizard.equipment_page
    assert wizard.currentPage() is page
    ticked = {item for item, box in page.boxes.items() if box.isChecked()}
    assert ticked == {Equipment.CHAIR, Equipment.WALL}
    labels = [box.text() for box in page.boxes.values()]
    assert labels == [
        "Desk", "Chair", "Wall", "Doorway", "Mat or rug", "Towel", "Cushion",
        "Resistance band", "Mini band (a small loop)", "Light dumbbell",
    ]  # fmt: skip
    assert next_button(wizard).isEnabled()  # nothing at all is an answer too
    click(qtbot, page.boxes[Equipment.WALL])
    click(qtbot, page.boxes[Equipment.BAND])
    go_next(qtbot, wizard)
    for question_id, row in wizard.flag_pages[RedFlagTier.EMERGENCY].rows.items():
        click(qtbot, row.yes if question_id == "em_fainting" else row.no)
    go_next(qtbot, wizard)
    click(qtbot, finish_button(wizard))
    ((result, _),) = emitted
    assert result.equipment == {Equipment.CHAIR, Equipment.BAND}


@pytest.mark.parametrize("band", [AgeBand.UNDER_65, AgeBand.FROM_65, None])
def test_the_age_band_is_asked_optionally_beside_the_lifestyles(qtbot, band):
    wizard, _ = make(qtbot)
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    page = wizard.lifestyle_page
    assert [button.text() for button in page.age_buttons.values()] == [
        "Under 65", "65 or over", "I'd rather not say",
    ]  # fmt: skip
    assert not any(button.isChecked() for button in page.age_buttons.values())  # optional
    assert next_button(wizard).isEnabled()
    click(qtbot, page.age_buttons[band])  # None: "I'd rather not say"
    assert wizard.screen_result().age_band is band


def test_leaving_the_age_out_stores_no_age_band(qtbot):
    wizard, _ = make(qtbot)
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    assert wizard.screen_result().age_band is None


def test_the_last_page_says_what_happens_next_once_the_check_is_saved(qtbot):
    from desk_coach.domain.said import recorded_text
    from desk_coach.services.set_up import TRAY_WHERE, FirstSteps
    from desk_coach.wording.say import say

    asked: list[int] = []

    def first_steps() -> FirstSteps:
        asked.append(len(emitted))  # the screen is emitted (and stored) before this is asked
        return FirstSteps(
            ("Micro-break (about 2 min):", "1. Kneeling hip-flexor stretch: 2 × 30 s each side. Why."),
            recorded_text("Your first break comes at 10:30 (in about 30 min), after 30 minutes of sitting."),
        )

    wizard, emitted = make(qtbot, first_steps=first_steps)
    through_the_questions(qtbot, wizard)
    score_items(qtbot, wizard)
    click(qtbot, save_button(wizard))
    page = wizard.ready_page
    assert wizard.currentPage() is page and page.isVisible()
    assert asked == [1]
    assert page.sections["moves"].text() == (
        "Micro-break (about 2 min):\n1. Kneeling hip-flexor stretch: 2 × 30 s each side. Why."
    )
    assert page.sections["first_break"].text().startswith("Your first break comes at 10:30")
    assert page.sections["tray"].text() == say(TRAY_WHERE)
    assert page.sections["tray"].text().startswith("Desk Coach lives in the system tray")
    click(qtbot, finish_button(wizard))
    assert not wizard.isVisible() and len(emitted) == 1
