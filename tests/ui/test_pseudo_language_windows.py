"""The routine, the break window, the tray menu and the messages in the pseudo-languages: every
text they show went through translate() (no plain English), none is cut off at a third longer
than English, and right to left mirrors the layouts but not the body's left and right.

Content (an exercise's name, steps and cautions) is made here in the pseudo-language too, as the
library's translation would give it. Set DESK_COACH_SHOTS to a folder to keep the screenshots,
and DESK_COACH_SHOT_LANGUAGES (say "de,es") to take them, and check for cut-off text, in real
languages as well (with their catalogues compiled).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pseudo_language import clipped, is_pseudo, pseudo_language, show_laid_out, untranslated
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_coach import APP_NAME, __version__
from desk_coach.domain.coaching.exercises import Exercise, HoldDose, Pattern, RepsDose, Target, TimedDose
from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import recorded_text
from desk_coach.ui import messages
from desk_coach.ui.break_window import BreakWindow
from desk_coach.ui.routine.dialog import GuidedRoutineDialog
from desk_coach.ui.routine.player import Phase
from desk_coach.ui.shell import TrayShell
from desk_coach.ui.tray import CoachTray
from desk_coach.wording.language import PSEUDO, PSEUDO_RTL
from desk_coach.wording.pseudo import pseudo_text

TWICE = os.environ.get("QT_SCALE_FACTOR") == "2"
LANGUAGES = [PSEUDO, PSEUDO_RTL, *filter(None, os.environ.get("DESK_COACH_SHOT_LANGUAGES", "").split(","))]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def translated_exercise(exercise_id: str, name: str, dose, *, pattern: Pattern = Pattern.STRETCH,
                        per_side: bool = False, target: Target = Target.HIP_FLEXORS,
                        drawing: str | None = None) -> Exercise:
    """An exercise as the library gives it in the pseudo-language."""
    return Exercise(
        id=exercise_id, name=pseudo_text(name),
        steps=(pseudo_text("Sit tall at the front of your chair with both feet flat on the floor."),
               pseudo_text("Breathe out and turn slowly, as far as is comfortable.")),
        target=target, pattern=pattern, dose=dose, per_side=per_side, desk=True, equipment=(),
        cautions=(pseudo_text("Skip it if your knee hurts."),), regression=None, progression=None,
        supine=False, source="test",
        illustration=drawing or f"exercises/illustrations/test-{exercise_id}.svg",
    )


def plan_and_library() -> tuple[RoutinePlan, dict[str, Exercise]]:
    stretch = translated_exercise("T-HIP", "Kneeling hip flexor stretch", HoldDose(hold_s=30, reps=2),
                                  per_side=True, drawing="exercises/illustrations/CH1.svg")
    rows = translated_exercise("T-ROW", "Band row", RepsDose(reps=10, sets=2, rep_s=3), pattern=Pattern.PULL,
                               target=Target.UPPER_BACK)
    walk = translated_exercise("T-WALK", "Walk", TimedDose(minutes=2), pattern=Pattern.MOBILITY,
                               target=Target.WALK)
    items = (Prescription(stretch.id, stretch.dose, "test"),
             Prescription(rows.id, rows.dose, "test", extra=True),  # "an extra on offer" too
             Prescription(walk.id, walk.dose, "test"))
    return RoutinePlan(BreakKind.LONG, items), {e.id: e for e in (stretch, rows, walk)}


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    with pseudo_language(request.param):
        yield request.param


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DESK_COACH_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def looked_at(qtbot, window: QWidget, shots: Path, name: str, language: str, *, allowed=(),
              ignore=()) -> None:
    """Show ``window`` as the app would, keep a picture, and check every text in it."""
    show_laid_out(qtbot, window)
    scale = "2x" if TWICE else "1x"
    assert window.grab().save(str(shots / f"{name}-{language}-{scale}.png"))
    if language in (PSEUDO, PSEUDO_RTL):
        assert untranslated(window, allowed=allowed, ignore=ignore) == []
    assert clipped(window) == []


def routine(qtbot, **kw) -> tuple[GuidedRoutineDialog, FakeClock]:
    plan, library = plan_and_library()
    clock = FakeClock()
    dialog = GuidedRoutineDialog(plan, library, clock=clock, **kw)
    qtbot.addWidget(dialog)
    return dialog, clock


def run(dialog: GuidedRoutineDialog, clock: FakeClock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.now = min(end, clock.now + 0.5)
        dialog.refresh()


# -- the routine ------------------------------------------------------------------------------


def test_the_routine_before_it_starts(qtbot, language, shots):
    dialog, _ = routine(qtbot, opened_by_user=False)
    looked_at(qtbot, dialog, shots, "routine-ready", language)


def test_the_routine_through_a_hold_a_switch_a_rest_and_a_set(qtbot, language, shots):
    dialog, clock = routine(qtbot)
    show_laid_out(qtbot, dialog)
    seen: set[object] = set()
    while not dialog.player.finished and dialog.player.index < 2:
        phase = dialog.player.phase
        if phase not in seen:
            seen.add(phase)
            looked_at(qtbot, dialog, shots, f"routine-{phase.value}", language)
        if phase is Phase.SET and (dialog.player.reps_counted or dialog.player.self_counting):
            dialog.primary_action()  # the user counts from now on: the other line under the count
            if "self-counting" not in seen:
                seen.add("self-counting")
                looked_at(qtbot, dialog, shots, "routine-set-counted", language)
        run(dialog, clock, 1.5)
    assert {Phase.PREPARE, Phase.HOLD, Phase.SWITCH, Phase.REST, Phase.SET} <= seen


def test_the_routine_paused_and_the_end_question(qtbot, language, shots):
    dialog, _ = routine(qtbot)
    show_laid_out(qtbot, dialog)
    dialog.toggle_pause()
    looked_at(qtbot, dialog, shots, "routine-paused", language)
    dialog.ask_end_early()
    looked_at(qtbot, dialog, shots, "routine-end-question", language)


def test_the_page_after_this_hurts(qtbot, language, shots):
    dialog, _ = routine(qtbot)
    show_laid_out(qtbot, dialog)
    dialog.this_hurts()
    looked_at(qtbot, dialog, shots, "routine-pain", language)


def test_the_walk_and_the_feedback_page(qtbot, language, shots):
    dialog, clock = routine(qtbot)
    show_laid_out(qtbot, dialog)
    dialog.this_hurts()
    dialog.pain_page.go_on_button.click()
    dialog.skip_exercise()  # half of nothing: "Skipped."
    looked_at(qtbot, dialog, shots, "routine-walk", language)
    run(dialog, clock, 60)
    dialog.skip_exercise()  # "Skipped after 50 % of it."
    assert dialog.page == "feedback"
    looked_at(qtbot, dialog, shots, "routine-feedback", language)
    row = dialog.feedback_page.rows[0]
    assert row.pain_spin is not None
    row.pain_spin.setValue(4)  # the warning signs are asked
    looked_at(qtbot, dialog, shots, "routine-feedback-pain", language)


def test_the_morning_after_question(qtbot, language, shots):
    _, library = plan_and_library()
    names = [exercise.name for exercise in library.values()]
    dialog, _ = routine(qtbot, next_morning=names)
    looked_at(qtbot, dialog, shots, "routine-next-morning", language)
    assert dialog.next_morning_page is not None
    dialog.next_morning_page.some_pain_button.click()
    looked_at(qtbot, dialog, shots, "routine-next-morning-how-much", language)


# -- the break window, the tray menu, the messages -----------------------------------------


@pytest.mark.parametrize("kind", list(BreakKind))
def test_the_break_window(qtbot, language, shots, kind):
    clock = FakeClock()
    window = BreakWindow(kind, 300, clock)
    qtbot.addWidget(window)
    looked_at(qtbot, window, shots, f"break-{kind.value}", language)
    window.pause()
    looked_at(qtbot, window, shots, f"break-{kind.value}-paused", language)


def test_the_tray_menu(qtbot, language, shots):
    tray = CoachTray(QIcon(), item_factory=None)
    if language in (PSEUDO, PSEUDO_RTL):
        assert untranslated(tray.menu, allowed=(APP_NAME,)) == []
    for name, menu in (("tray-menu", tray.menu), ("tray-pause-menu", tray.pause_menu)):
        menu.adjustSize()  # a menu sizes itself to its longest entry; drawn without popping it up
        assert menu.grab().save(str(shots / f"{name}-{language}.png"))


def test_the_messages(qtbot, language, shots, tmp_path):
    paths = (tmp_path / "history.sqlite", tmp_path / "settings.toml", tmp_path / "desk-coach.log")
    allowed = (APP_NAME, __version__, *(str(path) for path in paths))
    said = pseudo_text("the disk is full")
    boxes = {
        "about": messages.about_box(*paths),
        "notices": messages.startup_notices_box([pseudo_text("Your settings file could not be read.")]),
        "storage": messages.storage_box(said, pseudo_text("Free some space on that disk.")),
        "error": messages.error_box(paths[2], "Traceback (most recent call last): ..."),
        "referral": messages.referral_box([pseudo_text("Please see a physiotherapist.")]),
    }
    for name, box in boxes.items():
        qtbot.addWidget(box)
        # Qt's own "Show Details..." speaks Qt's catalogue, which has no pseudo-language.
        qt_own = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
        looked_at(qtbot, box, shots, f"message-{name}", language, allowed=allowed, ignore=qt_own)
        box.close()


def test_the_notifications_of_saving(qapp, language):
    if language not in (PSEUDO, PSEUDO_RTL):
        pytest.skip("a real language's words are checked by its catalogue")
    told: list[tuple[str, str]] = []
    shell = TrayShell(CoachTray(QIcon(), item_factory=None), lambda title, text: told.append((title, text)))

    class Problem:  # what the storage says, already in the pseudo-language
        reason = recorded_text(pseudo_text("the disk is full"))
        advice = recorded_text(pseudo_text("Free some space."))

    shell.storage_changed(Problem(), 0)
    shell.storage_changed(None, 3)
    shell.storage_changed(None, 0)
    assert len(told) == 3
    assert all(is_pseudo(title, (APP_NAME,)) and is_pseudo(text, (APP_NAME,)) for title, text in told)
    assert "3" in told[1][1]


# -- right to left ----------------------------------------------------------------------------


def test_right_to_left_mirrors_the_buttons_but_not_the_sides_of_the_body(qtbot, shots):
    with pseudo_language(PSEUDO_RTL):
        window = BreakWindow(BreakKind.MICRO, 300, FakeClock())
        qtbot.addWidget(window)
        show_laid_out(qtbot, window)
        # Left to right, "I'm back" is the last button on the right; mirrored, on the left.
        assert window.back_button.x() < window.pause_button.x()
        dialog, _ = routine(qtbot)
        show_laid_out(qtbot, dialog)
        assert "left side" not in dialog.exercise_page.phase_label.text()  # translated...
        side = pseudo_text("left side", rtl=True)
        assert side in dialog.exercise_page.phase_label.text()  # ...never swapped for "right side"


def test_left_to_right_keeps_the_buttons_where_they_were(qtbot):
    window = BreakWindow(BreakKind.MICRO, 300, FakeClock())
    qtbot.addWidget(window)
    show_laid_out(qtbot, window)
    assert window.back_button.x() > window.pause_button.x()


# -- at twice the scale -------------------------------------------------------------------------


@pytest.mark.skipif(TWICE, reason="this is the run at twice the scale")
def test_the_same_at_twice_the_scale(tmp_path):
    """The same checks with Qt scaling every window by 2 (a high-DPI screen), in a process of its
    own: the scale is read once, when the application starts."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    env.setdefault("DESK_COACH_SHOTS", str(tmp_path))
    top = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__).relative_to(top)), "-q", "-x",
         "-p", "no:cacheprovider", "-k", "not twice"],
        cwd=top, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
