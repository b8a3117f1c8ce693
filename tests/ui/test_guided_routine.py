"""The guided routine dialog and its feedback page, driven by a fake clock: no test waits for real
time to pass. The exercises are made here, not read from the shipped library."""

from __future__ import annotations

import pytest
from desk_coach.resources import resource
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desk_coach.domain.coaching.exercises import (
    Exercise,
    HoldDose,
    Pattern,
    RepsDose,
    Target,
    TimedDose,
)
from desk_coach.domain.coaching.feedback import Effort, ExerciseFeedback
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.ui.routine import sounds
from desk_coach.ui.routine.dialog import TICK_MS, GuidedRoutineDialog
from desk_coach.ui.routine.feedback import FeedbackPage, FeedbackRow
from desk_coach.ui.routine.player import Phase, Side
from desk_coach.ui.routine.screen import pain_title, stretch_cue


def ticking(window: QWidget) -> bool:
    """The window's display timer runs (the dialog and the break window name it so)."""
    timer = window.findChild(QTimer, "display-tick")
    return timer is not None and timer.isActive()


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def exercise(exercise_id: str, name: str, dose, *, per_side: bool = False, pattern: Pattern = Pattern.STRETCH,
             target: Target = Target.HIP_FLEXORS, illustration: str | None = None,
             cautions: tuple[str, ...] = ()) -> Exercise:
    return Exercise(
        id=exercise_id, name=name, steps=(f"{name}: first step.", "Second step.", "Third step."),
        target=target, pattern=pattern, dose=dose, per_side=per_side, desk=True, equipment=(),
        cautions=cautions, regression=None, progression=None, supine=False, source="test",
        # No drawing ships under these names: the dialog shows its neutral frame.
        illustration=illustration or f"exercises/illustrations/test-{exercise_id}.svg",
    )


STRETCH = exercise("T-HIP", "Test hip stretch", HoldDose(hold_s=30, reps=2), per_side=True,
                   cautions=("Skip it if your knee hurts.",))
ROWS = exercise("T-ROW", "Test band row", RepsDose(reps=10, sets=2, rep_s=3), pattern=Pattern.PULL,
                target=Target.UPPER_BACK)
WALK = exercise("T-WALK", "Test walk", TimedDose(minutes=2), pattern=Pattern.MOBILITY, target=Target.WALK)
LIBRARY = {e.id: e for e in (STRETCH, ROWS, WALK)}
PLAN = RoutinePlan(BreakKind.LONG, tuple(Prescription(e.id, e.dose, "test") for e in (STRETCH, ROWS, WALK)))


class Recorder:
    def __init__(self) -> None:
        self.sounds: list[str] = []
        self.finished: list[tuple[list[ExerciseFeedback], bool]] = []

    def play(self, name: str) -> None:
        self.sounds.append(name)

    def on_finished(self, feedback: list[ExerciseFeedback], completed: bool) -> None:
        self.finished.append((feedback, completed))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def record() -> Recorder:
    return Recorder()


@pytest.fixture
def make_dialog(qtbot, clock, record):
    def make(plan: RoutinePlan = PLAN, *, opened_by_user: bool = True, **kw) -> GuidedRoutineDialog:
        dialog = GuidedRoutineDialog(plan, kw.pop("library", LIBRARY), clock=clock, play_sound=record.play,
                                     opened_by_user=opened_by_user, **kw)
        qtbot.addWidget(dialog)
        dialog.routine_finished.connect(record.on_finished)
        if opened_by_user:  # it activates itself
            with qtbot.waitActive(dialog):
                dialog.show()
        else:
            dialog.show()
        return dialog

    return make


def advance(dialog: GuidedRoutineDialog, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Move the clock on in display-timer steps, refreshing as the timer would."""
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        clock.now = min(end, clock.now + step)
        dialog.refresh()


def shown(widget) -> bool:
    return widget.isVisible()


# -- the exercise page ---------------------------------------------------------------------------------


def test_a_whole_routine_hold_switch_reps_walk_then_feedback(make_dialog, clock, record):
    dialog = make_dialog()
    assert dialog.player.running  # the user opened it: it starts at once
    _stretch_gets_ready(dialog)
    _stretch_holds_then_switches_sides(dialog, clock, record)
    _band_rows_are_paced(dialog, clock, record)
    _walk_counts_down_then_asks_how_it_went(dialog, clock, record)


def _stretch_gets_ready(dialog):
    assert dialog.exercise_page.name_label.text() == "Test hip stretch"
    assert dialog.exercise_page.position_label.text() == "Exercise 1 of 3"
    assert dialog.exercise_page.phase_label.text() == "Get ready · left side"
    assert dialog.exercise_page.big_label.text() == "10"
    assert dialog.exercise_page.detail_label.text() == "Hold 1 of 2 starts next."
    assert dialog.exercise_page.cue_label.text() == stretch_cue() and shown(dialog.exercise_page.cue_label)
    assert dialog.exercise_page.cautions_label.text() == "Take care: Skip it if your knee hurts."
    assert [label.text() for label in dialog.exercise_page.step_labels[1::2]] == [
        "Test hip stretch: first step.", "Second step.", "Third step."]
    assert shown(dialog.exercise_page.hurt_button)


def _stretch_holds_then_switches_sides(dialog, clock, record):
    advance(dialog, clock, 10 + 12)
    assert dialog.exercise_page.phase_label.text() == "Hold 1 of 2 · left side"
    assert dialog.exercise_page.big_label.text() == "18"
    assert dialog.exercise_page.detail_label.text() == "seconds left"
    assert not shown(dialog.exercise_page.primary_button)  # a hold is timed: nothing to press
    assert not shown(dialog.exercise_page.announce_label)
    assert record.sounds == []

    advance(dialog, clock, 18)
    assert dialog.player.phase is Phase.SWITCH
    page = dialog.exercise_page
    assert shown(page.announce_label) and page.announce_label.text() == "Switch sides"
    assert dialog.exercise_page.phase_label.text() == "Now the right side"
    assert dialog.exercise_page.big_label.text() == "5"
    assert record.sounds == ["switch"]
    assert shown(page.primary_button) and page.primary_button.text() == "Rea&dy  (Space)"


def _band_rows_are_paced(dialog, clock, record):
    advance(dialog, clock, 5 + 30 + 5 + 30 + 5 + 30)  # right 1, left 2, right 2
    assert record.sounds == ["switch", "switch", "switch", "done"]
    assert dialog.exercise_page.name_label.text() == "Test band row"
    assert dialog.exercise_page.position_label.text() == "Exercise 2 of 3"
    assert not shown(dialog.exercise_page.cue_label)  # strength work gets no stretch cue
    assert 0.3 < dialog.exercise_page.progress_bar.value() / dialog.exercise_page.progress_bar.maximum() < 0.5

    advance(dialog, clock, 10)
    assert dialog.exercise_page.phase_label.text() == "Set 1 of 2"
    assert dialog.exercise_page.big_label.text() == "0 / 10"
    assert dialog.exercise_page.primary_button.text() == "Rep &done  (Space)"
    advance(dialog, clock, 6)  # paced at 3 s a repetition while the user does not count
    assert dialog.exercise_page.big_label.text() == "2 / 10"
    assert dialog.exercise_page.detail_label.text().startswith("Counting one rep every 3 s.")
    advance(dialog, clock, 24 + 15 + 30)
    assert record.sounds[-2:] == ["done", "done"]


def _walk_counts_down_then_asks_how_it_went(dialog, clock, record):
    assert dialog.exercise_page.name_label.text() == "Test walk"
    assert dialog.exercise_page.phase_label.text() == "Walk at an easy pace"
    assert dialog.exercise_page.big_label.text() == "2:00"
    advance(dialog, clock, 45)
    assert dialog.exercise_page.big_label.text() == "1:15"
    assert dialog.exercise_page.detail_label.text() == "left"
    assert record.finished == []
    advance(dialog, clock, 75)
    assert dialog.page == "feedback"
    assert dialog.feedback_page.title_label.text() == "How did it go?"
    assert record.finished == []  # nothing is reported before the user saves
    assert not ticking(dialog)


def test_pause_stops_time_and_resume_carries_on(make_dialog, clock, qtbot):
    dialog = make_dialog()
    advance(dialog, clock, 10 + 5)
    assert dialog.exercise_page.big_label.text() == "25"
    qtbot.mouseClick(dialog.exercise_page.pause_button, Qt.MouseButton.LeftButton)
    assert dialog.player.paused and not ticking(dialog)
    assert shown(dialog.exercise_page.paused_label)
    assert dialog.exercise_page.pause_button.text() == "&Resume  (P)"
    clock.now += 600
    dialog.refresh()
    assert dialog.exercise_page.big_label.text() == "25"
    qtbot.mouseClick(dialog.exercise_page.pause_button, Qt.MouseButton.LeftButton)
    assert dialog.player.running and ticking(dialog)
    assert not shown(dialog.exercise_page.paused_label)
    advance(dialog, clock, 5)
    assert dialog.exercise_page.big_label.text() == "20"


def test_the_timer_refreshes_the_display(make_dialog, clock, qtbot):
    dialog = make_dialog()
    assert ticking(dialog)
    clock.now += 3
    qtbot.waitUntil(lambda: dialog.exercise_page.big_label.text() == "7", timeout=TICK_MS * 8)


def test_skip_moves_on_to_the_next_exercise(make_dialog, clock, qtbot):
    dialog = make_dialog()
    advance(dialog, clock, 10 + 30 + 5 + 30)  # one hold on each side: half of it
    qtbot.mouseClick(dialog.exercise_page.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.exercise_page.name_label.text() == "Test band row"
    assert dialog.exercise_page.phase_label.text() == "Get ready"
    result = dialog.player.results[0]
    assert (result.exercise_id, result.skipped, result.done_fraction) == ("T-HIP", True, 0.5)


def test_this_hurts_stops_the_exercise_and_says_what_to_do(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    advance(dialog, clock, 10 + 8)
    qtbot.mouseClick(dialog.exercise_page.hurt_button, Qt.MouseButton.LeftButton)
    assert dialog.page == "pain"
    assert dialog.pain_page.title_label.text() == pain_title()
    text = dialog.pain_page.text_label.text()
    assert text.startswith("Test hip stretch is left out for the rest of today.")
    assert "physiotherapist" in text
    assert "Test band row" in dialog.pain_page.next_label.text()
    result = dialog.player.results[0]
    assert result.pain_button and result.skipped
    assert dialog.player.paused and not ticking(dialog)  # nothing counts while the user reads
    clock.now += 120
    dialog.refresh()
    qtbot.mouseClick(dialog.pain_page.go_on_button, Qt.MouseButton.LeftButton)
    assert dialog.page == "exercise"
    assert dialog.exercise_page.name_label.text() == "Test band row"
    assert dialog.exercise_page.big_label.text() == "10" and dialog.player.running
    assert record.finished == []


def test_this_hurts_on_the_last_exercise_leads_to_the_feedback(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    dialog.skip_exercise()
    dialog.skip_exercise()
    dialog.this_hurts()
    assert dialog.page == "pain" and not shown(dialog.pain_page.end_button)
    qtbot.mouseClick(dialog.pain_page.go_on_button, Qt.MouseButton.LeftButton)
    assert dialog.page == "feedback"
    row = row_of(dialog.feedback_page, "T-WALK")
    assert row.pain_spin is not None and row.effort_buttons == {}
    assert row.pain_spin.text() == "not said"  # not 0: the user just said it hurt
    assert row.feedback().pain == 0 and row.feedback().pain_button
    row.pain_spin.setValue(5)
    qtbot.mouseClick(dialog.feedback_page.save_button, Qt.MouseButton.LeftButton)
    feedback, completed = record.finished[0]
    assert completed is True
    assert feedback[-1] == ExerciseFeedback("T-WALK", None, 5, 0.0, skipped=True, pain_button=True)


# -- the feedback page ---------------------------------------------------------------------------------


def row_of(page: FeedbackPage, exercise_id: str) -> FeedbackRow:
    """The row of the feedback page about ``exercise_id``."""
    return next(row for row in page.rows if row.result.exercise_id == exercise_id)


def finish_with_one_skipped(dialog: GuidedRoutineDialog, clock: FakeClock) -> None:
    advance(dialog, clock, 145)  # the whole stretch
    dialog.skip_exercise()  # the rows
    advance(dialog, clock, 120)  # the whole walk


def test_all_just_right_answers_every_done_exercise_in_one_press(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    finish_with_one_skipped(dialog, clock)
    page = dialog.feedback_page
    assert page.all_right_button.text() == "&All just right, no pain"
    assert row_of(page, "T-ROW").effort_buttons == {}  # skipped: listed, not asked
    with qtbot.waitSignal(dialog.routine_finished, timeout=1000):
        qtbot.mouseClick(page.all_right_button, Qt.MouseButton.LeftButton)
    assert record.finished == [([
        ExerciseFeedback("T-HIP", Effort.JUST_RIGHT, 0, 1.0),
        ExerciseFeedback("T-ROW", None, 0, 0.0, skipped=True),
        ExerciseFeedback("T-WALK", Effort.JUST_RIGHT, 0, 1.0),
    ], True)]
    assert not dialog.isVisible()
    dialog.close()
    assert len(record.finished) == 1


def test_chosen_answers_come_out_as_chosen(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    finish_with_one_skipped(dialog, clock)
    page = dialog.feedback_page
    hip = row_of(page, "T-HIP")
    qtbot.mouseClick(hip.effort_buttons[Effort.TOO_HARD], Qt.MouseButton.LeftButton)
    hip.pain_spin.setValue(4)
    qtbot.mouseClick(row_of(page, "T-WALK").effort_buttons[Effort.TOO_EASY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    feedback, completed = record.finished[0]
    assert feedback[0] == ExerciseFeedback("T-HIP", Effort.TOO_HARD, 4, 1.0)
    assert feedback[2] == ExerciseFeedback("T-WALK", Effort.TOO_EASY, 0, 1.0)
    assert completed is True


def test_the_feedback_page_works_from_the_keyboard(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    finish_with_one_skipped(dialog, clock)
    page = dialog.feedback_page
    hip = row_of(page, "T-HIP")
    assert QApplication.focusWidget() is page.all_right_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is hip.effort_buttons[Effort.TOO_EASY]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert hip.effort is Effort.TOO_HARD
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is hip.pain_spin
    for _ in range(3):
        qtbot.keyClick(hip.pain_spin, Qt.Key.Key_Up)
    assert hip.pain_spin.value() == 3
    qtbot.keyClick(hip.pain_spin, Qt.Key.Key_Return)  # Enter saves (Save is the default button)
    assert record.finished[0][0][0] == ExerciseFeedback("T-HIP", Effort.TOO_HARD, 3, 1.0)


def test_the_pain_question_is_about_pain_not_the_stretch(make_dialog, clock):
    dialog = make_dialog()
    finish_with_one_skipped(dialog, clock)
    page = dialog.feedback_page
    assert "not pain" in page.pain_hint.text()
    spin = row_of(page, "T-HIP").pain_spin
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0, 10, 0)
    assert "pain" in spin.accessibleName()


def test_ending_early_reports_what_was_done_once(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    advance(dialog, clock, 145 + 10 + 9)  # the stretch and three repetitions
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.confirming and dialog.player.paused
    clock.now += 300
    dialog.refresh()
    assert dialog.exercise_page.big_label.text() == "3 / 10"
    qtbot.mouseClick(dialog.confirm_bar.end_button, Qt.MouseButton.LeftButton)
    page = dialog.feedback_page
    assert dialog.page == "feedback"
    assert page.title_label.text() == "You ended early. How did it go?"
    assert [row.result.exercise_id for row in page.rows] == ["T-HIP", "T-ROW"]  # the walk was not reached
    qtbot.mouseClick(page.all_right_button, Qt.MouseButton.LeftButton)
    assert record.finished == [([
        ExerciseFeedback("T-HIP", Effort.JUST_RIGHT, 0, 1.0),
        ExerciseFeedback("T-ROW", None, 0, 0.15, skipped=True),
    ], False)]


def test_escape_asks_and_escape_again_keeps_going(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    advance(dialog, clock, 4)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.confirming and shown(dialog.confirm_bar) and not shown(dialog.exercise_page.pause_button)
    assert QApplication.focusWidget() is dialog.confirm_bar.keep_going_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.confirming and dialog.player.running and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.mouseClick(dialog.confirm_bar.keep_going_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirming and dialog.player.running
    assert record.finished == []


def test_ending_before_anything_was_done_closes_with_nothing_to_ask(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    advance(dialog, clock, 5)
    dialog.ask_end_early()
    qtbot.mouseClick(dialog.confirm_bar.end_button, Qt.MouseButton.LeftButton)
    assert record.finished == [([], False)]
    assert not dialog.isVisible()


def test_closing_the_window_reports_once_with_what_was_done(make_dialog, clock, record):
    dialog = make_dialog()
    advance(dialog, clock, 10 + 30)
    dialog.close()
    assert record.finished == [([ExerciseFeedback("T-HIP", None, 0, 0.25, skipped=True)], False)]
    assert not dialog.isVisible()
    dialog.close()
    assert len(record.finished) == 1


def test_closing_on_the_feedback_page_keeps_the_answers_given(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    finish_with_one_skipped(dialog, clock)
    easy = row_of(dialog.feedback_page, "T-HIP").effort_buttons[Effort.TOO_EASY]
    qtbot.mouseClick(easy, Qt.MouseButton.LeftButton)
    dialog.close()
    feedback, completed = record.finished[0]
    assert completed is True
    assert feedback[0].effort is Effort.TOO_EASY and feedback[2].effort is None
    assert len(record.finished) == 1


# -- keyboard -----------------------------------------------------------------------------------------


def test_keyboard_shortcuts(make_dialog, clock, qtbot, record):
    dialog = make_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # "I'm ready": the get-ready wait ends
    assert dialog.player.phase is Phase.HOLD
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # nothing to press during a timed hold
    assert dialog.player.phase is Phase.HOLD and dialog.exercise_page.big_label.text() == "30"
    qtbot.keyClick(dialog, Qt.Key.Key_P)
    assert dialog.player.paused
    qtbot.keyClick(dialog, Qt.Key.Key_P)
    assert dialog.player.running
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert dialog.exercise_page.name_label.text() == "Test band row"
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # ready
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_Space)  # rep done
    assert dialog.exercise_page.big_label.text() == "3 / 10"
    assert dialog.exercise_page.detail_label.text() == "Press Space after each rep."
    advance(dialog, clock, 60)
    assert dialog.exercise_page.big_label.text() == "3 / 10"  # the user counts now: no pacing
    qtbot.keyClick(dialog, Qt.Key.Key_H)
    assert dialog.page == "pain" and dialog.player.results[-1].pain_button
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # the exercise keys are off on the pain page
    assert dialog.player.index == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # "Go on" has the focus
    assert dialog.page == "exercise" and dialog.exercise_page.name_label.text() == "Test walk"


def test_a_click_on_a_button_leaves_space_to_the_main_action(make_dialog, clock, qtbot):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.exercise_page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.exercise_page.pause_button, Qt.MouseButton.LeftButton)
    assert dialog.player.running
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.player.running and dialog.player.phase is Phase.HOLD


def test_space_presses_a_button_reached_with_tab(make_dialog, qtbot):
    dialog = make_dialog()
    assert QApplication.focusWidget() is dialog.exercise_page.primary_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.exercise_page.pause_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.player.paused
    assert QApplication.focusWidget() is dialog.exercise_page.primary_button  # back on the main action


# -- opening, sounds, drawings, sizes ------------------------------------------------------------------


def test_opened_by_the_coach_it_does_not_take_the_focus_and_waits_for_start(make_dialog, clock, qtbot):
    dialog = make_dialog(opened_by_user=False)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not dialog.player.started and not ticking(dialog)
    assert dialog.exercise_page.phase_label.text() == "Ready when you are"
    assert dialog.exercise_page.detail_label.text().startswith("3 exercises, about 6 min.")
    assert dialog.exercise_page.primary_button.text() == "S&tart  (Space)"
    assert not dialog.exercise_page.pause_button.isEnabled() and dialog.exercise_page.hurt_button.isEnabled()
    clock.now += 100
    dialog.refresh()
    assert dialog.player.remaining_s == 10
    qtbot.mouseClick(dialog.exercise_page.primary_button, Qt.MouseButton.LeftButton)
    assert dialog.player.running and ticking(dialog)
    advance(dialog, clock, 4)
    assert dialog.exercise_page.big_label.text() == "6"


def test_opened_by_the_user_it_may_take_the_focus(make_dialog):
    dialog = make_dialog(opened_by_user=True)
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_no_sound_callable_is_silence_and_a_failing_one_is_harmless(qtbot, clock):
    def broken(name: str) -> None:
        raise RuntimeError("no audio device")

    for play_sound in (None, broken):
        dialog = GuidedRoutineDialog(PLAN, LIBRARY, clock=clock, play_sound=play_sound)
        qtbot.addWidget(dialog)
        dialog.show()
        advance(dialog, clock, 10 + 30 + 1)
        assert dialog.player.phase is Phase.SWITCH and dialog.player.side is Side.RIGHT
        assert dialog.exercise_page.announce_label.isVisible()


def test_a_missing_drawing_shows_the_name_in_a_neutral_frame(make_dialog):
    dialog = make_dialog()
    assert not dialog.exercise_page.illustration.has_drawing
    assert dialog.exercise_page.illustration.accessibleName() == "Test hip stretch"
    image = dialog.exercise_page.illustration.grab().toImage()
    assert image.width() > 0  # it paints without a drawing


def test_a_shipped_drawing_is_shown(make_dialog):
    drawn = exercise("T-ICON", "Test with a drawing", HoldDose(20, 1), illustration="icons/desk-coach.svg")
    plan = RoutinePlan(BreakKind.LONG, (Prescription("T-ICON", drawn.dose, "test"),))
    dialog = make_dialog(plan, library={"T-ICON": drawn})
    assert dialog.exercise_page.illustration.has_drawing
    assert dialog.exercise_page.illustration.accessibleName() == "Drawing: Test with a drawing"


def test_sizes_follow_the_font(make_dialog):
    dialog = make_dialog()
    base = QApplication.font().pointSizeF()
    assert dialog.exercise_page.big_label.font().pointSizeF() == pytest.approx(base * 4.0)
    assert dialog.exercise_page.name_label.font().pointSizeF() == pytest.approx(base * 1.5)
    assert dialog.exercise_page.announce_label.font().pointSizeF() == pytest.approx(base * 2.2)
    line = dialog.fontMetrics().height()
    assert dialog.exercise_page.illustration.sizeHint().width() == line * 12


def test_wrapped_text_gets_the_height_it_needs(make_dialog):
    dialog = make_dialog()
    dialog.resize(dialog.minimumWidth(), dialog.height())
    QApplication.processEvents()
    for label in dialog.exercise_page.step_labels[1::2]:
        assert label.height() >= label.heightForWidth(label.width())


# -- sounds -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["switch", "done"])
def test_the_shipped_cues_are_the_synthesized_ones(name):
    shipped = resource(sounds.SOUNDS[name]).read_bytes()
    assert shipped == sounds.synthesize(name)
    assert len(shipped) < 25_000  # tiny


def test_the_sound_player_swallows_failures(monkeypatch, qtbot):
    player = sounds.QtSoundPlayer()

    def broken():
        raise RuntimeError("audio back end exploded")

    monkeypatch.setattr(player, "_load", broken)
    player("switch")  # logged, not raised
    player("done")
