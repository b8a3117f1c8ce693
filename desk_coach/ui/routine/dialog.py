"""The guided stretch routine: one exercise at a time, a countdown or a rep counter, then feedback.

The dialog is a view: it lays out and binds widgets, and nothing more. Its state and decisions
(which page, what each key may do now, what Escape means, reporting once) are a
:class:`~desk_coach.ui.routine.session.RoutineSession` over a
:class:`~desk_coach.ui.routine.player.RoutinePlayer`; what each page says is worked out by
``screen`` and ``answers``; all of these are plain Python, tested without Qt. A 250 ms timer asks
the session to catch up with the clock and redraws; the time left always comes from the clock
(monotonic seconds, injectable), never from counting ticks, like the break window.

Keyboard: Space is the main action (Start, "I'm ready", "Rep done", "Skip rest"; nothing during
a timed hold), P pauses or resumes, S skips the exercise, H is "This hurts", Escape asks
whether to end the routine. Tab reaches every button; Space on a button reached with Tab
presses that button. Buttons do not take the focus on a mouse click, so a click on Pause never
turns the next Space into a pause.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.exercises import Exercise
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.ui.fit_to_screen import tallest_on_screen
from desk_coach.ui.routine.exercise_page import ExercisePage
from desk_coach.ui.routine.feedback import FeedbackPage
from desk_coach.ui.routine.next_morning import NextMorningPage
from desk_coach.ui.routine.pain_page import EndQuestionBar, PainPage
from desk_coach.ui.routine.player import ExerciseLookup, RoutinePlayer
from desk_coach.ui.routine.screen import (
    exercise_screen,
    exercise_words,
)
from desk_coach.ui.routine.session import Cues, Escape, Page, RoutineSession
from desk_coach.ui.spoken_aloud import RoutineSpeech
from desk_coach.ui.way_out import StrictBreak, StrictWayOut
from desk_coach.ui.window_role import announce_as
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)

TICK_MS = 250

PlaySound = Callable[[str], None]


class RoutinePages(QStackedWidget):
    """The routine's pages, one shown at a time. To a screen reader a plain container: Qt calls a
    stack of pages a "layered pane", which Orca says each time the focus comes into it (at the
    start, after "This hurts"); the window's title and each page's own text give the context."""


class GuidedRoutineDialog(QDialog):
    """Walks the user through a :class:`RoutinePlan`, then asks how it went.

    ``exercises`` looks an Exercise up by id (the ExerciseLibrary, or a dict); every id of the
    plan must be in it. ``clock`` gives monotonic seconds (tests pass a fake one).
    ``play_sound(name)`` is called with "switch" when it is time to change sides and "done" when
    a hold, set or the walk ends; None (the default) is silence. Pass
    ``sounds.QtSoundPlayer()`` when the user has sounds on. ``spoken``: where the routine's spoken
    lines go (``ui/spoken_aloud``: the screen reader, also aloud, or nowhere); default, the screen reader.

    ``opened_by_user``: True when the user asked for the routine (menu, shortcut): the routine
    starts at once, and the dialog takes the focus unless its owner set
    ``Qt.WA_ShowWithoutActivating`` (the coach does: the keyboard stays where the user types).
    False when the coach opens it on its own (a break is due): the dialog is shown without
    activation (``Qt.WA_ShowWithoutActivating``, and it never calls ``activateWindow``), so
    keystrokes keep going to whatever the user is typing
    in, and the routine waits for the user to press Start.

    While the routine runs, a 250 ms timer brings it up to the clock, also while the window is
    minimised or behind others, so the cues still sound on time; it stops while paused and at
    the end.

    ``player_options`` are passed to the RoutinePlayer (``prepare_s``, ``rest_s``, ``switch_s``,
    ``set_rest_s``, ``alternate_sides``).

    ``next_morning``: the names of yesterday's moves when the morning-after question is due;
    it comes first, and the routine starts once it is answered (or skipped). ``symptoms``: the
    warning signs the feedback page asks about where there was pain.

    ``strict`` (strict mode): for the break's length the routine cannot be ended or closed:
    Escape and the window's close button are refused (a first Escape shows how to leave), and
    Skip is gone. "This hurts" works as always and its "End the routine" ends the break: nobody
    is kept exercising in pain (COACHING.md: the pain button stops or regresses). A routine
    that runs to its end before the break's length is a break done, and the window is free to
    close; so is one still running when the length is over. The emergency way out (Escape held,
    or the button that appears) closes the window at once, with the answers as they stand, and
    ``left_by_way_out`` says so.

    Signals:
        next_morning_answered(object): the morning-after answer, pain 0-10 or None (not said);
            at most once, before the routine starts. A slot may hand a new plan to
            ``replace_plan`` (a move that hurt this morning is left out today).
        routine_finished(list[ExerciseFeedback], completed: bool): exactly once per dialog.
            On Save or "All just right" of the feedback page, with the answers; when the window
            is closed (or Escape on the feedback page) before that, with the answers as they
            stand (unanswered: effort None, pain 0). ``completed`` is False when the user ended
            the routine early; the list then covers only what was done (exercises never reached
            are left out). Skipped exercises are in it with ``skipped`` True. The dialog closes
            itself right after (``accepted``); its owner decides when to delete it.
        (inherited) accepted(), rejected(), finished(int): as for any QDialog.
    """

    routine_finished = Signal(list, bool)
    next_morning_answered = Signal(object)

    def __init__(
        self,
        plan: RoutinePlan,
        exercises: ExerciseLookup | Mapping[str, Exercise],
        *,
        clock: Callable[[], float] = time.monotonic,
        play_sound: PlaySound | None = None,
        opened_by_user: bool = True,
        player_options: Mapping[str, object] | None = None,
        next_morning: Sequence[str] = (),
        symptoms: Sequence[Symptom] = tuple(Symptom),
        parent: QWidget | None = None,
        strict: StrictBreak | None = None,
        spoken: RoutineSpeech | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._spoken = spoken if spoken is not None else RoutineSpeech()
        self._spoken.attach(self)
        self.left_by_way_out = False
        self._play_sound = play_sound
        self._symptoms = tuple(symptoms)
        self._session = RoutineSession(plan, exercises, clock=clock, opened_by_user=opened_by_user,
                                       asks_morning=bool(next_morning), player_options=player_options)
        self._shown_exercise: int | None = None
        self.feedback_page: FeedbackPage | None = None

        #: The title of the guided routine's window (Qt adds " — Desk Coach").
        self.setWindowTitle(translate("RoutineWindow", "Stretch routine"))
        self.setObjectName("guided-routine")
        self.setSizeGripEnabled(True)
        if not opened_by_user:
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)

        self.line = self.fontMetrics().height()
        self._build_pages(next_morning)
        self.confirm_bar = self._build_confirm_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(self.line * 1.4), self.line, round(self.line * 1.4), self.line)
        layout.setSpacing(round(self.line * 0.5))
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.confirm_bar)
        self._shortcuts = self._build_shortcuts()
        self._tick = QTimer(self)
        self._tick.setObjectName("display-tick")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self.strict_way_out: StrictWayOut | None = None
        self._strict_until: float | None = None  # monotonic end of the strict hold; None: not held
        if strict is not None:
            self._hold_strictly(strict, layout)

        self._show_exercise(0)
        self._update_view()
        self.exercise_page.primary_button.setFocus()
        if self.next_morning_page is not None:
            self._set_shortcuts(False)
            self.exercise_page.buttons_row.hide()
            self.next_morning_page.setFocus()

    # -- building ----------------------------------------------------------------------------------

    def _build_pages(self, next_morning: Sequence[str]) -> None:
        """The exercise and pain pages, and the morning-after question first when it is due."""
        announce_as(RoutinePages, QAccessible.Role.Client)  # no "layered pane"
        self.pages = RoutinePages()
        self.exercise_page = self._build_exercise_page()
        self.pain_page = self._build_pain_page()
        self.pages.addWidget(self.exercise_page)
        self.pages.addWidget(self.pain_page)
        self.next_morning_page: NextMorningPage | None = None
        if next_morning:
            self.next_morning_page = NextMorningPage(next_morning)
            self.next_morning_page.answered.connect(self._on_next_morning)
            self.pages.addWidget(self.next_morning_page)
        self._show_page()

    def _hold_strictly(self, strict: StrictBreak, layout: QVBoxLayout) -> None:
        """Strict mode: the way out under the pages, no Skip, no close button, for the break's length."""
        self._strict_until = self._clock() + strict.length_s
        self.strict_way_out = way_out = StrictWayOut(self, strict, self._clock)
        layout.insertWidget(1, way_out.hint)
        layout.addWidget(way_out.button, 0, Qt.AlignmentFlag.AlignRight)
        way_out.used.connect(self._leave_by_way_out)
        self.exercise_page.skip_button.hide()
        self._shortcuts[Qt.Key.Key_S].setEnabled(False)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._strict_end = QTimer(self)
        self._strict_end.setSingleShot(True)
        self._strict_end.timeout.connect(self._check_strict_hold)
        self._strict_end.start(max(1, round(strict.length_s * 1000)))

    @property
    def held_strictly(self) -> bool:
        """Strict mode holds the window: the break's length is not over and nothing ended it."""
        if self._strict_until is None:
            return False
        if self.player.finished or self._clock() >= self._strict_until:
            self._release_strict_hold()
            return False
        return True

    def _check_strict_hold(self) -> None:
        if self.held_strictly and self._strict_until is not None:  # woken early: wait the rest
            self._strict_end.start(max(1, round((self._strict_until - self._clock()) * 1000)))

    def _release_strict_hold(self) -> None:
        """The strict hold is over (length passed, routine done, pain stop): the window is as usual."""
        if self._strict_until is None:
            return
        self._strict_until = None
        self._strict_end.stop()
        if self.strict_way_out is not None:
            self.strict_way_out.stop()
            self.strict_way_out.hint.hide()
        self.exercise_page.skip_button.show()
        self._shortcuts[Qt.Key.Key_S].setEnabled(self._shortcuts[Qt.Key.Key_Space].isEnabled())

    def _refuse(self) -> None:
        """Escape or a close on a strict break: say how to leave in an emergency."""
        if self.strict_way_out is not None:
            self.strict_way_out.hint.show_hint()

    def _end_for_pain(self) -> None:
        """"End the routine" after "This hurts": ends a strict break too."""
        if self._strict_until is not None:
            log.info("a strict break ended after a pain stop")
            self._release_strict_hold()
        self.end_now()

    def _leave_by_way_out(self) -> None:
        """The emergency way out: close at once, with the answers as they stand."""
        log.warning("the emergency way out was used")
        self.left_by_way_out = True
        self._release_strict_hold()
        self.close()

    def _build_shortcuts(self) -> dict[Qt.Key, QShortcut]:
        """Space, P, S and H while the routine runs; a held key does not repeat."""
        slots = {
            Qt.Key.Key_Space: self._on_space,
            Qt.Key.Key_P: self.toggle_pause,
            Qt.Key.Key_S: self.skip_exercise,
            Qt.Key.Key_H: self.this_hurts,
        }
        shortcuts = {key: QShortcut(QKeySequence(key), self) for key in slots}
        for key, shortcut in shortcuts.items():
            shortcut.activated.connect(slots[key])
            shortcut.setAutoRepeat(False)
        return shortcuts

    def _build_exercise_page(self) -> ExercisePage:
        page = ExercisePage(self.font(), self.line)
        page.spoken = self._spoken
        page.primary_button.clicked.connect(self.primary_action)
        page.pause_button.clicked.connect(self.toggle_pause)
        page.skip_button.clicked.connect(self.skip_exercise)
        page.hurt_button.clicked.connect(self.this_hurts)
        return page

    def _build_pain_page(self) -> PainPage:
        page = PainPage(self.font(), self.line)
        page.go_on_button.clicked.connect(self._go_on_after_pain)
        page.end_button.clicked.connect(self._end_for_pain)
        return page

    def _build_confirm_bar(self) -> EndQuestionBar:
        bar = EndQuestionBar(self.font(), self.line)
        bar.end_button.clicked.connect(self.end_now)
        bar.keep_going_button.clicked.connect(self.keep_going)
        return bar

    # -- what the dialog shows ---------------------------------------------------------------------

    @property
    def player(self) -> RoutinePlayer:
        """The routine as it runs (``replace_plan`` may swap it for another before the start)."""
        return self._session.player

    @property
    def page(self) -> str:
        """Which page is up: "next_morning", "exercise", "pain" or "feedback"."""
        return self._session.page.value

    @property
    def confirming(self) -> bool:
        """The "End the routine now?" question is up."""
        return self._session.confirming

    def refresh(self) -> None:
        """Bring the routine up to the clock and redraw."""
        self._cue(self._session.refresh(self._clock()))
        self._update_view()

    # -- actions -----------------------------------------------------------------------------------

    def start(self) -> None:
        self._cue(self._session.start(self._clock()))
        self._update_view()

    def primary_action(self) -> None:
        """Start / I'm ready / Skip the rest / Rep done, whichever the moment calls for."""
        cues = self._session.primary(self._clock())
        if cues is not None:
            self._cue(cues)
            self._update_view()

    def toggle_pause(self) -> None:
        self._act(self._session.toggle_pause(self._clock()))

    def skip_exercise(self) -> None:
        self._act(self._session.skip(self._clock()))

    def this_hurts(self) -> None:
        """Stop the exercise because it hurts and say what to do; the routine waits, paused."""
        hurt = self._session.hurt(self._clock())
        if hurt is None:
            return
        cues, screen = hurt
        self._cue(cues)
        self.pain_page.show_screen(screen)
        self._update_view()
        self._show_page()
        self._fit_height()
        self._set_shortcuts(False)
        self.pain_page.go_on_button.setFocus()

    @property
    def plan(self) -> RoutinePlan:
        """The plan the routine runs (``replace_plan`` may change it before the start)."""
        return self.player.plan

    def replace_plan(self, plan: RoutinePlan) -> None:
        """Run ``plan`` instead; only before the routine starts (ignored after)."""
        if not self._session.replace_plan(plan):
            return
        self._shown_exercise = None
        self._show_exercise(0)
        self._update_view()

    def _on_next_morning(self, pain: object) -> None:
        """The morning-after question is answered (or skipped): on to the routine."""
        self.next_morning_answered.emit(pain)
        start = self._session.morning_answered()
        self._show_page()
        self.exercise_page.buttons_row.show()
        self._set_shortcuts(True)
        if start:
            self.start()
        self._update_view()
        self._fit_height()
        self._reset_focus()

    def ask_end_early(self) -> None:
        """Escape: ask whether to end the routine; the clock stops while the question is up."""
        if self.held_strictly:
            self._refuse()
            return
        cues = self._session.ask_end(self._clock())
        if cues is None:
            return
        self._cue(cues)
        self._update_view()
        self.exercise_page.buttons_row.hide()  # the question takes the place of the buttons it stands for
        self.confirm_bar.show()
        self.pages.setEnabled(False)
        self._set_shortcuts(False)
        self._fit_height()
        self.confirm_bar.keep_going_button.setFocus()

    def keep_going(self) -> None:
        if not self._session.keep_going(self._clock()):
            return
        self.confirm_bar.hide()
        self.exercise_page.buttons_row.show()
        self.pages.setEnabled(True)
        self._update_view()
        if self.page == "exercise":
            self._set_shortcuts(True)
            self._reset_focus()
        else:
            self.pain_page.go_on_button.setFocus()

    def end_now(self) -> None:
        """End the routine early and go to the feedback page (or close, if nothing was done)."""
        self.confirm_bar.hide()
        self.exercise_page.buttons_row.show()
        self.pages.setEnabled(True)
        self._cue(self._session.end_now(self._clock()))
        self._update_view()

    # -- Qt events ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.strict_way_out is not None and self._strict_until is not None:
            self.strict_way_out.start()  # the way-out button counts from the first show
        self._fit_height()
        if self._session.awaiting_start:
            if not self.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating):  # the owner's choice
                self.activateWindow()
            if self.page == "exercise":  # not while the morning-after question is up
                self.start()
        self._update_view()

    def reject(self) -> None:
        """Escape (and a QDialog's reject): ask before ending a routine; after it, close."""
        if self.held_strictly:
            self._refuse()
            return
        action = {
            Escape.CLOSE: self._emit_and_close,
            Escape.GO_ON: self._go_on_after_pain,
            Escape.KEEP_GOING: self.keep_going,
            Escape.ASK_END: self.ask_end_early,
        }[self._session.escape()]
        action()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window (its close button, or the app quitting) ends the routine where it
        is, without asking, and reports what was done with the answers given so far.

        On a strict break the user's close (its button, Alt+F4) is refused; the app's is not."""
        if event.spontaneous() and self.held_strictly:
            event.ignore()
            self._refuse()
            return
        cues = self._session.close(self._clock())
        if cues is not None:
            self._cue(cues)
            self._emit(self._feedback_as_is())
        self._tick.stop()
        if self.isVisible():
            self.done(QDialog.DialogCode.Accepted)  # not QDialog's closeEvent: that would reject()
        event.accept()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._fit_height()  # the content changed: new text, a page shown or hidden
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.geometry() != self.contentsRect():  # grown while laying out
            layout.setGeometry(self.contentsRect())
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # the user's drag, or a resize of ours: the text wraps anew

    # -- inside ------------------------------------------------------------------------------------

    def _on_space(self) -> None:
        """Space presses a button reached with Tab; otherwise it is the main action."""
        focused = QApplication.focusWidget()
        page = self.exercise_page
        pressable = [page.pause_button, page.skip_button, page.hurt_button]
        if self.strict_way_out is not None:
            pressable.append(self.strict_way_out.button)  # strict mode's emergency way out, reached with Tab
        if focused in pressable:
            focused.click()
        else:
            self.primary_action()

    def _act(self, cues: Cues | None) -> None:
        """Pause, Skip: show what the action did and give the focus back to the main button."""
        if cues is None:
            return
        self._cue(cues)
        self._update_view()
        self._reset_focus()

    def _show_page(self) -> None:
        """Bring forward the page the session is on."""
        widget = {
            Page.EXERCISE: self.exercise_page,
            Page.PAIN: self.pain_page,
            Page.NEXT_MORNING: self.next_morning_page,
            Page.FEEDBACK: self.feedback_page,
        }[self._session.page]
        assert widget is not None
        self.pages.setCurrentWidget(widget)

    def _fit_height(self) -> None:
        """Keep the window as wide as its page needs (within the screen) and at least as tall as
        its wrapped text needs at that width (grown so, the screen follower centres it again if it
        still stands where and as it was centred).

        A page added once the window is up (the feedback page, whose answers are longer in some
        languages) does not widen it by itself; and a top-level window's minimum size ignores
        height-for-width, so without this a long step or a larger font is squeezed into
        overlapping lines instead of making the window taller.
        """
        layout = self.layout()
        assert layout is not None, "the dialog lays itself out in __init__"
        wide = layout.totalMinimumSize().width()
        screen = self.screen()
        if screen is not None:
            wide = min(wide, screen.availableGeometry().width())
        if wide > self.width():
            self.resize(wide, self.height())
        needed = layout.totalHeightForWidth(self.width())
        tallest = tallest_on_screen(self)
        if tallest is not None:  # no taller than the screen: past that, the exercise's steps scroll
            needed = min(needed, tallest)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)  # also grows the window when it is shorter
            if layout.geometry() != self.contentsRect():  # grown while laying out: lay out again
                layout.setGeometry(self.contentsRect())

    def _set_shortcuts(self, enabled: bool) -> None:
        for key, shortcut in self._shortcuts.items():
            shortcut.setEnabled(enabled and not (key == Qt.Key.Key_S and self._strict_until is not None))

    def _reset_focus(self) -> None:
        if self.page == "exercise" and not self.confirming:
            page = self.exercise_page
            target = page.primary_button if page.primary_button.isVisible() else page
            target.setFocus()

    def _sound(self, name: str) -> None:
        if self._play_sound is None:
            return
        try:
            self._play_sound(name)
        except Exception:  # a cue is never worth a crash
            log.warning("the %r sound failed", name, exc_info=True)

    def _cue(self, cues: Cues) -> None:
        """Play the sound the moment calls for, show a new exercise, or go on to the feedback."""
        if cues.sound is not None:
            self._sound(cues.sound)
        if cues.exercise is not None:
            self._show_exercise(cues.exercise)
        if cues.finished:
            self._show_feedback()

    def _show_exercise(self, index: int) -> None:
        if index == self._shown_exercise or index >= self.player.count:
            return
        self._shown_exercise = index
        exercise = self.player.exercises[index].exercise
        self.exercise_page.show_exercise(exercise, exercise_words(exercise))
        if self.isVisible():
            self._fit_height()

    def _update_view(self) -> None:
        player = self.player
        if self.pages.currentWidget() is self.exercise_page and not player.finished:
            self._update_exercise_view()
        running = player.running
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def _update_exercise_view(self) -> None:
        self.exercise_page.show_screen(exercise_screen(self.player))

    def _go_on_after_pain(self) -> None:
        cues = self._session.go_on_after_pain(self._clock())
        if cues.finished:
            self._show_feedback()
            return
        self._show_page()
        self._set_shortcuts(True)
        self._update_view()
        self._reset_focus()

    def _names(self) -> dict[str, str]:
        return {p.exercise.id: p.exercise.name for p in self.player.exercises}

    def _show_feedback(self) -> None:
        self._tick.stop()
        self._set_shortcuts(False)
        if not self._session.to_feedback():  # ended before anything was done: nothing to ask
            self._emit_and_close()
            return
        if self.feedback_page is None:
            self.feedback_page = FeedbackPage(self.player.results, self._names(), bool(self.player.completed),
                                              symptoms=self._symptoms)
            self.feedback_page.saved.connect(self._on_saved)
            self.pages.addWidget(self.feedback_page)
        self._show_page()
        self._fit_height()
        self.feedback_page.setFocus()

    def _feedback_as_is(self) -> list[ExerciseFeedback]:
        if self.feedback_page is not None:
            return self.feedback_page.feedback()
        return self._session.unanswered()

    def _on_saved(self, feedback: list[ExerciseFeedback]) -> None:
        if self._emit(feedback):
            self.accept()

    def _emit_and_close(self) -> None:
        if self._emit(self._feedback_as_is()):
            self.accept()

    def _emit(self, feedback: list[ExerciseFeedback]) -> bool:
        if not self._session.report():
            return False
        self._tick.stop()
        self.routine_finished.emit(feedback, bool(self.player.completed))
        return True
