"""The bridge between the coach service and the Qt shell: the CoachView port, in Qt.

A break opens the guided stretch dialog with the routine the RoutineService plans for it;
when no routine can be planned (the exercise library did not load), the plain break window
with its countdown stands in.

Signals:
    break_finished(BreakOutcome): the break is over: whether it ran to its end, the share of it
        done, and (for a guided routine) the seconds of it the user did on their feet.
    routine_outcome(list, list): after a guided routine: the "what changed" lines and the
        referral texts to show (either may be empty).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from desk_coach.domain.break_screen import Cover
from desk_coach.domain.history import BreakKind
from desk_coach.domain.settings.model import BreakScreen
from desk_coach.services.coach import BreakOutcome
from desk_coach.services.coach_status import CoachStatus
from desk_coach.services.routines import RoutineService
from desk_coach.ui.tray import CoachTray
from desk_coach.ui.user_screen import open_window
from desk_coach.ui.way_out import StrictBreak
from desk_coach.wording.status_words import status_line

if TYPE_CHECKING:
    from desk_coach.ui.break_screen import BreakCover
    from desk_coach.ui.break_window import BreakWindow
    from desk_coach.ui.routine.dialog import GuidedRoutineDialog
    from desk_coach.ui.spoken_aloud import RoutineSpeech

log = logging.getLogger(__name__)


class QtCoachView(QObject):
    """Draws the coach's status in the tray and opens the break window when asked."""

    break_finished = Signal(object)
    routine_outcome = Signal(list, list)

    def __init__(
        self,
        tray: CoachTray,
        now: Callable[[], datetime],
        can_snooze: Callable[[], bool],
        routines: RoutineService | None = None,
        play_sound: Callable[[], Callable[[str], None] | None] = lambda: None,
        parent: QObject | None = None,
        can_skip: Callable[[], bool] | None = None,
        clock: Callable[[], float] = time.monotonic,
        break_screen: Callable[[], BreakScreen] | None = None,
        can_pause: Callable[[], bool] | None = None,
        spoken_cues: Callable[[], RoutineSpeech] | None = None,
        screen_reader_running: Callable[[], bool | None] | None = None,
    ) -> None:
        """``clock``: the monotonic seconds the break windows count with (tests pass a fake one).
        ``break_screen``: the settings of the break screen in force (strict mode's way out);
        ``can_pause``: whether the tray's Pause is offered now (not during a strict break);
        ``spoken_cues``: where a routine starting now says its lines (``ui/spoken_aloud``);
        ``screen_reader_running``: whether a screen reader runs now (None: cannot tell), asked
        when a break's window opens."""
        super().__init__(parent)
        self._tray = tray
        self._now = now
        self._can_snooze = can_snooze
        self._can_skip = can_skip
        self._clock = clock
        self._break_screen = break_screen
        self._can_pause = can_pause
        self._routines = routines
        self._play_sound = play_sound
        self._spoken_cues = spoken_cues
        self._screen_reader_running = screen_reader_running
        self._window: BreakWindow | GuidedRoutineDialog | None = None
        self._cover: BreakCover | None = None  # the break screen, while a covered break runs
        self.last_status: CoachStatus | None = None

    @property
    def live_minutes(self) -> bool:
        return self._tray.live_minutes

    def show_status(self, status: CoachStatus) -> None:
        self.last_status = status
        can_skip = self._can_skip() if self._can_skip is not None else None
        summary = status_line(status.summary(self._now()))
        self._tray.show_status(status, summary, can_snooze=self._can_snooze(), can_skip=can_skip)
        if self._can_pause is not None:
            self._tray.pause_menu.setEnabled(self._can_pause())

    def open_break(self, kind: BreakKind, length_s: int, cover: Cover = Cover.NONE) -> None:
        if self._window is not None:
            if self._cover is not None:
                self._cover.bring_up()  # the break's window is in its layer
            else:
                self._window.raise_()
            return
        strict = self._strict(length_s) if cover == Cover.STRICT else None
        window = self._guided(kind, length_s, strict) or self._plain(kind, length_s, strict)
        self._window = window
        if cover is not Cover.NONE:
            self._open_cover(kind, cover, window)
            return
        # In sight, but the keyboard stays with the window the user is typing in (issue 11): a
        # click on the break window gives it the keyboard, as for any other window.
        # A strict break takes the keyboard: its heads-up gave warning, and Escape must reach the
        # emergency way out without a click first. So does any break while a screen reader runs:
        # its user learns of a window only once it has the keyboard, and the routine's lines are
        # read from the control that has it.
        takes_keyboard = strict is not None or self._screen_reader_listens()
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not takes_keyboard)
        open_window(window)
        window.raise_()
        if takes_keyboard:
            window.activateWindow()

    def _screen_reader_listens(self) -> bool:
        if self._screen_reader_running is None:
            return False
        from desk_coach.ui.spoken_aloud import screen_reader_listens

        return screen_reader_listens(self._screen_reader_running)

    def _strict(self, length_s: int) -> StrictBreak:
        """A strict break's hold, with the way out's figures from the settings in force."""
        if self._break_screen is None:
            return StrictBreak(length_s)
        screen = self._break_screen()
        return StrictBreak(length_s, hold_s=screen.way_out_hold_s, button_after_s=screen.way_out_button_s)

    def _open_cover(self, kind: BreakKind, cover: Cover, window: BreakWindow | GuidedRoutineDialog) -> None:
        """Every monitor covered, the break's window on the user's (ui/break_screen.py)."""
        from desk_coach.ui.break_screen import BreakCover
        from desk_coach.ui.routine.dialog import GuidedRoutineDialog

        if isinstance(window, GuidedRoutineDialog):
            player = window.player

            def remaining() -> float:
                return player.total_s * (1.0 - player.progress)
        else:
            def remaining() -> float:
                return window.length_s - window.elapsed_s
        # While covered, the user's layer has the keyboard. Once the cover is lifted (a call began)
        # the window stays without taking the keyboard from the call; a strict one takes it, so
        # that Escape reaches the way out.
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, cover is not Cover.STRICT)
        # "End break" and Escape on a layer end the break as "I'm back" does: the window closes,
        # reporting what was done.
        self._cover = BreakCover(kind, cover, remaining, window.close,
                                 guided=isinstance(window, GuidedRoutineDialog), parent=self)
        way_out = window.strict_way_out
        if way_out is not None:
            # The emergency way out on every monitor: Escape held on any layer, and a button on each.
            self._cover.layer_made.connect(lambda layer: way_out.reach(layer.put_way_out, layer))
        self._cover.open(window)

    @property
    def break_cover(self) -> BreakCover | None:
        """The break screen while a covered break runs (None otherwise, or once lifted)."""
        return self._cover

    def screen_locked(self, locked: bool) -> None:
        """The session locked or unlocked during a break: a break screen never covers the locker."""
        if self._cover is not None:
            self._cover.set_locked(locked)

    def quiet_began(self) -> None:
        """A call or Do Not Disturb began during a covered break: the cover is lifted for the rest
        of the break; the break's window stays."""
        cover, self._cover = self._cover, None
        if cover is not None:
            cover.lift()
            cover.deleteLater()

    def _plain(self, kind: BreakKind, length_s: int, strict: StrictBreak | None = None) -> BreakWindow:
        # Imported when a break opens, like the guided dialog: the classes of a window not yet
        # shown cost the idle tray app memory (PySide6 builds each Qt class on first use).
        from desk_coach.ui.break_window import BreakWindow

        window = BreakWindow(kind, length_s, clock=self._clock, strict=strict)

        def finished(completed: bool) -> None:
            # The window cannot tell whether the user stood: the coach asks the idle clock.
            fraction = 1.0 if completed else window.elapsed_s / window.length_s
            self._on_finished(BreakOutcome(completed, fraction, way_out=window.left_by_way_out))

        window.finished.connect(finished)
        return window

    def _guided(self, kind: BreakKind, length_s: int, strict: StrictBreak | None = None
                ) -> GuidedRoutineDialog | None:
        if self._routines is None:
            return None
        from desk_coach.ui.routine.dialog import GuidedRoutineDialog

        try:
            question = self._routines.next_morning_question()  # before today's first routine starts
            plan = self._routines.plan_break(kind, length_s)
            if not plan.items:
                return None
            session_id = self._routines.start(plan)
        except Exception:
            log.exception("no routine could be planned; showing the plain break window")
            return None
        dialog = GuidedRoutineDialog(
            plan,
            self._routines.library,
            clock=self._clock,
            play_sound=self._play_sound(),
            next_morning=question.moves if question is not None else (),
            symptoms=self._routines.symptoms_asked(),
            strict=strict,
            spoken=self._spoken_cues() if self._spoken_cues is not None else None,
        )
        morning: list = []  # what the morning-after answer changed, told with the routine's outcome
        if question is not None:
            dialog.next_morning_answered.connect(
                lambda pain: self._next_morning(dialog, question, pain, kind, length_s, morning)
            )
        dialog.routine_finished.connect(
            lambda feedback, completed: self._routine_done(
                session_id, dialog.plan, feedback, completed, dialog, morning
            )
        )
        return dialog

    def _next_morning(self, dialog, question, pain, kind: BreakKind, length_s: int, morning: list) -> None:
        """Store the morning-after answer; when it changed something, plan the routine again."""
        assert self._routines is not None
        try:
            outcome = self._routines.answer_next_morning(question, pain)
            morning.append(outcome)
            if outcome.changes or outcome.referrals:
                dialog.replace_plan(self._routines.plan_break(kind, length_s))
        except Exception:
            log.exception("the morning-after answer could not be stored")

    def _routine_done(self, session_id, plan, feedback, completed: bool, dialog, earlier=()) -> None:
        assert self._routines is not None
        player = dialog.player
        fraction = 1.0 if completed else player.routine_done_fraction
        done = BreakOutcome(completed, fraction, stood_s=player.routine_done_fraction * player.total_s,
                            way_out=dialog.left_by_way_out)
        try:
            outcome = self._routines.finish(session_id, plan, feedback, completed)
            changes = [line for said in earlier for line in said.changes] + outcome.changes
            referrals = [text for said in earlier for text in said.referrals] + outcome.referrals
            self.routine_outcome.emit(changes, referrals)
        finally:
            self._on_finished(done)

    @property
    def break_window(self):
        return self._window

    def _on_finished(self, outcome: BreakOutcome) -> None:
        window, self._window = self._window, None
        if window is not None:
            window.close()
        cover, self._cover = self._cover, None
        if cover is not None:
            cover.close()  # after the window closed: it is let go hidden, never shown on its own
            cover.deleteLater()
        if window is not None:
            window.deleteLater()
        self.break_finished.emit(outcome)
