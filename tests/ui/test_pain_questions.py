"""The pain questions of the guided routine: the warning signs on the feedback page (asked only
where there was pain) and the morning-after question before the first routine of a day. Every
gesture on them is an answer: closing, Escape and Skip are "not said"."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Qt
from routine_coach import routine_coach
from test_guided_routine import LIBRARY, PLAN, FakeClock, Recorder, row_of

from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.domain.history import BreakKind
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.routine.feedback import FeedbackPage
from desk_coach.ui.routine.player import ExerciseFinished
from desk_coach.wording.say import say

BERLIN = ZoneInfo("Europe/Berlin")
SHARP, NUMB = "Sharp or shooting pain", "Numbness or tingling"


def page(qtbot, *results: ExerciseFinished, symptoms=tuple(Symptom)) -> FeedbackPage:
    names = {"T-HIP": "Test hip stretch", "T-ROW": "Test band row"}
    widget = FeedbackPage(list(results), names, True, symptoms=symptoms)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def box_texts(row) -> list[str]:
    return [box.text() for box in row.symptom_boxes.values()]


def asked(row) -> bool:
    """The row asks about the warning signs: its boxes are on screen."""
    return any(box.isVisible() for box in row.symptom_boxes.values())


# --- the warning signs on the feedback page --------------------------------------------------------


def test_the_warning_signs_are_asked_only_where_there_was_pain(qtbot):
    feedback = page(qtbot, ExerciseFinished(0, "T-HIP", 1.0), ExerciseFinished(1, "T-ROW", 1.0))
    hip, row = feedback.rows
    assert box_texts(hip) == [SHARP, NUMB]
    assert not asked(hip) and not asked(row)  # no pain: no question
    hip.pain_spin.setValue(2)
    assert asked(hip) and not asked(row)
    qtbot.mouseClick(hip.effort_buttons[Effort.JUST_RIGHT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hip.symptom_boxes[Symptom.NUMBNESS], Qt.MouseButton.LeftButton)
    assert feedback.feedback()[0] == ExerciseFeedback("T-HIP", Effort.JUST_RIGHT, 2, 1.0, numbness=True)
    hip.pain_spin.setValue(0)  # no pain after all: the question goes, and its answer with it
    assert not asked(hip)
    assert feedback.feedback()[0] == ExerciseFeedback("T-HIP", Effort.JUST_RIGHT, 0, 1.0)


def test_a_move_stopped_with_this_hurts_is_asked_at_once(qtbot):
    feedback = page(qtbot, ExerciseFinished(0, "T-HIP", 0.3, skipped=True, pain_button=True))
    [hip] = feedback.rows
    assert asked(hip) and hip.pain_spin.text() == "not said"
    qtbot.mouseClick(hip.symptom_boxes[Symptom.SHARP], Qt.MouseButton.LeftButton)
    said = feedback.feedback()[0]
    assert (said.pain_button, said.sharp_pain, said.numbness, said.pain) == (True, True, False, 0)


def test_only_the_signs_the_rules_act_on_are_asked(qtbot):
    feedback = page(qtbot, ExerciseFinished(0, "T-HIP", 0.3, skipped=True, pain_button=True),
                    symptoms=(Symptom.NUMBNESS,))
    assert box_texts(feedback.rows[0]) == [NUMB]
    none = page(qtbot, ExerciseFinished(0, "T-HIP", 0.3, skipped=True, pain_button=True), symptoms=())
    assert none.rows[0].symptom_boxes == {}


@pytest.fixture
def dialog_on_feedback(qtbot):
    clock, record = FakeClock(), Recorder()
    dialog = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock)
    qtbot.addWidget(dialog)
    dialog.routine_finished.connect(record.on_finished)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.this_hurts()
    qtbot.mouseClick(dialog.pain_page.go_on_button, Qt.MouseButton.LeftButton)
    dialog.skip_exercise()
    dialog.skip_exercise()
    assert dialog.page == "feedback"
    return dialog, record


@pytest.mark.parametrize("gesture", ["close", "escape"])
def test_closing_or_escape_on_the_feedback_page_keeps_the_signs_ticked_and_leaves_the_rest_unsaid(
    qtbot, dialog_on_feedback, gesture
):
    dialog, record = dialog_on_feedback
    hip = row_of(dialog.feedback_page, "T-HIP")
    qtbot.mouseClick(hip.symptom_boxes[Symptom.NUMBNESS], Qt.MouseButton.LeftButton)
    if gesture == "close":
        dialog.close()
    else:
        qtbot.keyClick(dialog.feedback_page.save_button, Qt.Key.Key_Escape)
    [(feedback, _)] = record.finished
    assert (feedback[0].numbness, feedback[0].sharp_pain) == (True, False)
    assert not any(f.sharp_pain or f.numbness for f in feedback[1:])


# --- the morning-after question ---------------------------------------------------------------------


@pytest.fixture
def morning(qtbot):
    clock, record, answers = FakeClock(), Recorder(), []
    moves = ["Test hip stretch", "Test band row"]
    dialog = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, next_morning=moves)
    qtbot.addWidget(dialog)
    dialog.routine_finished.connect(record.on_finished)
    dialog.next_morning_answered.connect(answers.append)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog, record, answers


def test_the_morning_question_comes_first_and_the_routine_waits_for_it(qtbot, morning):
    dialog, _, answers = morning
    page = dialog.next_morning_page
    assert dialog.page == "next_morning" and not dialog.player.started
    assert "Yesterday you did the test hip stretch and test band row." in page.question_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_H)  # the routine's keys are off while the question is up
    assert dialog.page == "next_morning" and dialog.player.results == []
    qtbot.keyClick(page.no_pain_button, Qt.Key.Key_Space)
    assert answers == [0]
    assert dialog.page == "exercise" and dialog.player.running  # opened by the user: it starts
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # from here on Escape is the routine's again
    assert dialog.confirming and answers == [0]


def test_some_pain_asks_how_much(qtbot, morning):
    dialog, _, answers = morning
    page = dialog.next_morning_page
    assert page.how_much_row.isHidden()
    qtbot.mouseClick(page.some_pain_button, Qt.MouseButton.LeftButton)
    assert not page.how_much_row.isHidden() and page.pain_spin.text() == "not said"
    page.pain_spin.setValue(4)
    qtbot.keyClick(page.pain_spin, Qt.Key.Key_Return)  # Save is the default now
    assert answers == [4] and dialog.page == "exercise"


@pytest.mark.parametrize("gesture", ["escape", "skip", "some pain, no number"])
def test_escape_skip_or_no_number_is_not_said_and_the_routine_goes_on(qtbot, morning, gesture):
    dialog, record, answers = morning
    page = dialog.next_morning_page
    if gesture == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif gesture == "skip":
        qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(page.some_pain_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers == [None]
    assert dialog.page == "exercise" and not dialog.confirming and record.finished == []


def test_closing_the_window_on_the_morning_question_says_nothing(qtbot, morning):
    dialog, record, answers = morning
    dialog.close()
    assert answers == []  # nothing said, nothing stored
    assert record.finished == [([], False)]


# --- through the coach's view, the real service and a real SQLite file ------------------------------


class NoTray(QObject):
    """Opening a break never touches the tray."""


def test_pain_this_morning_changes_todays_routine_and_is_told_with_its_outcome(qtbot, tmp_path):
    coach = routine_coach(tmp_path / "db.sqlite", datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    service, clock, database = coach.service, coach.clock, coach.database
    try:
        plan = service.plan_break(BreakKind.MICRO, 180)
        yesterday = service.start(plan)
        clock.advance(timedelta(minutes=3))
        service.finish(yesterday, plan, [ExerciseFeedback(p.exercise_id, Effort.JUST_RIGHT, 0, 1.0)
                                         for p in plan.items], completed=True)
        hurt = service.library[plan.items[0].exercise_id]
        clock.sleep(datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN) - clock.now())

        view = QtCoachView(NoTray(), clock.now, lambda: True, routines=service)
        told = []
        view.routine_outcome.connect(lambda changes, referrals: told.append((changes, referrals)))
        view.open_break(BreakKind.LONG, 360)
        dialog = view.break_window  # the view closes and deletes it
        assert dialog.page == "next_morning"
        assert hurt.name.lower() in dialog.next_morning_page.question_label.text()
        assert hurt.id in [item.exercise_id for item in dialog.plan.items]
        page = dialog.next_morning_page
        qtbot.mouseClick(page.some_pain_button, Qt.MouseButton.LeftButton)
        page.pain_spin.setValue(4)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert hurt.id not in [item.exercise_id for item in dialog.plan.items]
        assert hurt.id not in [p.exercise.id for p in dialog.player.exercises]
        dialog.close()
        [(changes, _)] = told
        first = say(changes[0])
        assert first.startswith("Pain the morning after the ") and "(4/10)" in first
        with SqlUnitOfWork(database.engine) as uow:
            stored = uow.coaching.sessions_between(clock.now() - timedelta(2), clock.now() + timedelta(1))
        assert [r.next_day_pain for r in stored] == [4, None]
    finally:
        database.dispose()


def test_opened_by_the_coach_the_routine_still_waits_for_start_after_the_question(qtbot):
    dialog = GuidedRoutineDialog(PLAN, LIBRARY, clock=FakeClock(), opened_by_user=False,
                                 next_morning=["Test hip stretch"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page == "next_morning"
    dialog.next_morning_page.skip()
    assert dialog.page == "exercise" and not dialog.player.started
    assert dialog.exercise_page.primary_button.text() == "S&tart  (Space)"
