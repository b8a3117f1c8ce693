"""The guided stretch routine: one exercise at a time, a countdown or a rep counter, then feedback.

The dialog is a view over a :class:`~desk_coach.ui.routine.player.RoutinePlayer`: a 250 ms timer
asks the player to catch up with the clock and redraws; the time left always comes from the
clock (monotonic seconds, injectable), never from counting ticks, like the break window.

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
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_coach.domain.coaching.exercises import Exercise, Pattern
from desk_coach.domain.coaching.feedback import ExerciseFeedback
from desk_coach.domain.coaching.left_out import LEFT_OUT_TODAY
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.domain.coaching.progression import Symptom
from desk_coach.resources import resource_text
from desk_coach.ui.routine.feedback import FeedbackPage, scaled_font
from desk_coach.ui.routine.next_morning import NextMorningPage
from desk_coach.ui.routine.player import (
    BlockFinished,
    Event,
    ExerciseLookup,
    ExerciseStarted,
    Phase,
    RoutineFinished,
    RoutinePlayer,
    Side,
    SideSwitched,
    format_seconds,
)
from desk_coach.ui.settings_fields import problem_color

log = logging.getLogger(__name__)

TICK_MS = 250

STRETCH_CUE = "Ease in slowly until you feel a mild pull, never pain. Keep breathing normally; don't bounce."
PAIN_TITLE = "Stop here. Please don't push through pain."
PAIN_TEXT = (
    "{name} is " + LEFT_OUT_TODAY + ". If it hurts like this again, a physiotherapist can help "
    "find out why."
)
SWITCH_TEXT = "Switch sides"
EXTRA_TEXT = "an extra on offer: skip it if you'd rather not"
END_QUESTION = "End the routine now? What you have done so far still counts."

# Each has a single key while the routine runs and a mnemonic (Alt+letter) like every button.
PAUSE_TEXT, RESUME_TEXT = "&Pause  (P)", "&Resume  (P)"
SKIP_TEXT = "&Skip exercise  (S)"
HURT_TEXT = "This &hurts  (H)"
PRIMARY_TEXT = {
    None: "S&tart  (Space)",  # before the routine starts
    Phase.PREPARE: "I'm rea&dy  (Space)",
    Phase.REST: "Skip the res&t  (Space)",
    Phase.SWITCH: "Rea&dy  (Space)",
    Phase.SET: "Rep &done  (Space)",
}
SIDE_TEXT = {Side.LEFT: "left side", Side.RIGHT: "right side"}
# The drawings are made for a light background, so they get one in dark mode too, a little
# dimmer there so that it does not glare.
CARD, CARD_DIM = QColor("#f7f6f2"), QColor("#d9d6cf")
CARD_TEXT = QColor("#3d3d3d")

PlaySound = Callable[[str], None]


def _quiet(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _tabular(font: QFont) -> QFont:
    if hasattr(QFont, "setFeature"):  # Qt 6.7+: digits of equal width, so a countdown keeps still
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def _keep_space(widget: QWidget) -> QWidget:
    """Hiding the widget leaves its room, so the layout does not jump."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


class Illustration(QWidget):
    """The exercise's drawing on a light card; just its name on the card when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._name = ""
        self._cache: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @property
    def has_drawing(self) -> bool:
        return self._renderer is not None

    def set_exercise(self, exercise: Exercise) -> None:
        self._name = exercise.name
        self._renderer = None
        self._cache = None
        try:
            svg = resource_text(exercise.illustration)
        except (OSError, ValueError):  # not drawn yet, or not shipped
            log.info("no illustration for %s at %r", exercise.id, exercise.illustration)
        else:
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderer = renderer if renderer.isValid() else None
        self.setAccessibleName(f"Drawing: {exercise.name}" if self._renderer else exercise.name)
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 12
        return QSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._cache = None
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.fontMetrics().height() * 0.5
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        painter.setBrush(CARD_DIM if dark else CARD)
        painter.drawRoundedRect(frame, radius, radius)
        inner = self.rect().adjusted(*(round(radius),) * 2, *(-round(radius),) * 2)
        if self._renderer is not None:
            painter.drawPixmap(inner.topLeft(), self._pixmap(inner.size()))
        else:
            painter.setPen(CARD_TEXT)
            painter.setFont(scaled_font(self.font(), 1.1, bold=True))
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._name)
        painter.end()

    def _pixmap(self, size: QSize) -> QPixmap:
        """The drawing fitted into ``size`` (aspect kept), sharp on a high-DPI screen."""
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != size * ratio:
            assert self._renderer is not None
            image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = self._renderer.defaultSize().scaled(image.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left, top = (image.width() - box.width()) / 2, (image.height() - box.height()) / 2
            self._renderer.render(painter, QRectF(left, top, box.width(), box.height()))
            painter.end()
            self._cache = QPixmap.fromImage(image)
            self._cache.setDevicePixelRatio(ratio)
        return self._cache


class GuidedRoutineDialog(QDialog):
    """Walks the user through a :class:`RoutinePlan`, then asks how it went.

    ``exercises`` looks an Exercise up by id (the ExerciseLibrary, or a dict); every id of the
    plan must be in it. ``clock`` gives monotonic seconds (tests pass a fake one).
    ``play_sound(name)`` is called with "switch" when it is time to change sides and "done" when
    a hold, set or the walk ends; None (the default) is silence. Pass
    ``sounds.QtSoundPlayer()`` when the user has sounds on.

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
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._play_sound = play_sound
        self._opened_by_user = opened_by_user
        self._exercises = exercises
        self._player_options: dict[str, Any] = dict(player_options or {})
        self._symptoms = tuple(symptoms)
        self.player = RoutinePlayer(plan, exercises, clock=clock, **self._player_options)
        self._emitted = False
        self._resume_after_confirm = False
        self._shown_exercise: int | None = None
        self.feedback_page: FeedbackPage | None = None

        self.setWindowTitle("Stretch routine")  # Qt adds " — Desk Coach"
        self.setObjectName("guided-routine")
        self.setSizeGripEnabled(True)
        if not opened_by_user:
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)

        self.line = self.fontMetrics().height()
        self.pages = QStackedWidget()
        self.exercise_page = self._build_exercise_page()
        self.pain_page = self._build_pain_page()
        self.pages.addWidget(self.exercise_page)
        self.pages.addWidget(self.pain_page)
        self.next_morning_page: NextMorningPage | None = None
        if next_morning:
            self.next_morning_page = NextMorningPage(next_morning)
            self.next_morning_page.answered.connect(self._on_next_morning)
            self.pages.addWidget(self.next_morning_page)
            self.pages.setCurrentWidget(self.next_morning_page)
        self.confirm_bar = self._build_confirm_bar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(self.line * 1.4), self.line, round(self.line * 1.4), self.line)
        layout.setSpacing(round(self.line * 0.5))
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.confirm_bar)

        slots = {
            Qt.Key.Key_Space: self._on_space,
            Qt.Key.Key_P: self.toggle_pause,
            Qt.Key.Key_S: self.skip_exercise,
            Qt.Key.Key_H: self.this_hurts,
        }
        self._shortcuts = {key: QShortcut(QKeySequence(key), self) for key in slots}
        for key, shortcut in self._shortcuts.items():
            shortcut.activated.connect(slots[key])
            shortcut.setAutoRepeat(False)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)

        self._show_exercise(0)
        self._update_view()
        self.primary_button.setFocus()
        if self.next_morning_page is not None:
            self._set_shortcuts(False)
            self.buttons_row.hide()
            self.next_morning_page.setFocus()

    # -- building ----------------------------------------------------------------------------------

    def _build_exercise_page(self) -> QWidget:
        page = QWidget()
        page.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the focus while the main button is hidden
        line = self.line

        self.position_label = _quiet(QLabel())
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName("Routine progress")
        self.progress_bar.setMaximumHeight(round(line * 0.6))
        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addWidget(self.progress_bar, 1)

        self.name_label = QLabel()
        self.name_label.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.name_label.setWordWrap(True)

        self.illustration = Illustration()
        self.steps_box = QWidget()
        self.steps_layout = QGridLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setHorizontalSpacing(round(line * 0.5))
        self.steps_layout.setVerticalSpacing(round(line * 0.35))
        self.steps_layout.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        self.cue_label = QLabel()
        self.cue_label.setFont(scaled_font(self.font(), 1.0, italic=True))
        self.cue_label.setWordWrap(True)
        self.cautions_label = QLabel()  # safety advice: full-strength text, never the quiet grey
        self.cautions_label.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(round(line * 0.6))
        words.addWidget(self.steps_box)
        words.addWidget(self.cue_label)
        words.addWidget(self.cautions_label)
        words.addStretch(1)
        about = QHBoxLayout()
        about.setSpacing(line)
        about.addWidget(self.illustration, 0, Qt.AlignmentFlag.AlignTop)
        about.addLayout(words, 1)

        self.announce_label = QLabel(SWITCH_TEXT)
        self.announce_label.setFont(scaled_font(self.font(), 2.2, bold=True))
        self.announce_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel()
        self.phase_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.big_label = QLabel()
        self.big_label.setFont(_tabular(scaled_font(self.font(), 4.0, bold=True)))
        self.big_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big_label.setAccessibleName("Time left")
        self.detail_label = QLabel()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        self.paused_label = QLabel("Paused")
        self.paused_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.primary_button = QPushButton()
        self.primary_button.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.primary_button.setMinimumHeight(round(line * 2.2))
        self.primary_button.setMinimumWidth(line * 11)
        self.primary_button.setAutoDefault(False)
        self.primary_button.clicked.connect(self.primary_action)
        for widget in (self.announce_label, self.paused_label, self.primary_button):
            _keep_space(widget)
        status = QVBoxLayout()
        status.setSpacing(round(line * 0.25))
        status.addWidget(self.announce_label)
        status.addWidget(self.phase_label)
        status.addWidget(self.big_label)
        status.addWidget(self.detail_label)
        status.addWidget(self.paused_label)
        status.addSpacing(round(line * 0.3))
        status.addWidget(self.primary_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.pause_button = QPushButton(PAUSE_TEXT)
        self.pause_button.setToolTip("Stop the clock for a moment (P)")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = QPushButton(SKIP_TEXT)
        self.skip_button.setToolTip("Leave this exercise out today and go on to the next (S)")
        self.skip_button.clicked.connect(self.skip_exercise)
        self.hurt_button = QPushButton(HURT_TEXT)
        self.hurt_button.setToolTip("Stop this exercise because it hurts (H)")
        self.hurt_button.clicked.connect(self.this_hurts)
        self._color_hurt_button()
        for button in (self.pause_button, self.skip_button, self.hurt_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves Space to the main action
        self.buttons_row = QWidget()
        buttons = QHBoxLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurt_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(line * 0.5))
        layout.addLayout(top)
        layout.addWidget(self.name_label)
        layout.addLayout(about)
        layout.addSpacing(round(line * 0.5))
        layout.addLayout(status)
        layout.addStretch(1)
        layout.addSpacing(round(line * 0.5))
        layout.addWidget(self.buttons_row)
        page.setTabOrder(self.primary_button, self.pause_button)
        page.setTabOrder(self.pause_button, self.skip_button)
        page.setTabOrder(self.skip_button, self.hurt_button)
        # Wide enough for the steps to read as sentences, not a column of words.
        page.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        return page

    def _build_pain_page(self) -> QWidget:
        page = QWidget()
        line = self.line
        self.pain_title = QLabel(PAIN_TITLE)
        self.pain_title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.pain_title.setWordWrap(True)
        self.pain_label = QLabel()
        self.pain_label.setFont(scaled_font(self.font(), 1.15))
        self.pain_label.setWordWrap(True)
        self.pain_next_label = _quiet(QLabel())
        self.pain_next_label.setWordWrap(True)
        self.go_on_button = QPushButton()
        self.go_on_button.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.go_on_button.setMinimumHeight(round(line * 2.2))
        self.go_on_button.setDefault(True)
        self.go_on_button.clicked.connect(self._go_on_after_pain)
        self.pain_end_button = QPushButton("&End the routine")
        self.pain_end_button.setAutoDefault(False)
        self.pain_end_button.clicked.connect(self.end_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_on_button)
        buttons.addWidget(self.pain_end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, line, 0, 0)
        layout.setSpacing(line)
        layout.addStretch(1)
        layout.addWidget(self.pain_title)
        layout.addWidget(self.pain_label)
        layout.addWidget(self.pain_next_label)
        layout.addSpacing(line)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _build_confirm_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setAutoFillBackground(True)
        bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.confirm_label = QLabel(END_QUESTION)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setFont(scaled_font(self.font(), 1.05, bold=True))
        self.end_button = QPushButton("&End now")
        self.end_button.setAutoDefault(False)
        self.end_button.clicked.connect(self.end_now)
        self.keep_going_button = QPushButton("&Keep going")
        self.keep_going_button.setDefault(True)
        self.keep_going_button.clicked.connect(self.keep_going)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(self.line, round(self.line * 0.5), self.line, round(self.line * 0.5))
        layout.addWidget(self.confirm_label, 1)
        layout.addWidget(self.keep_going_button)
        layout.addWidget(self.end_button)
        bar.hide()
        return bar

    def _color_hurt_button(self) -> None:
        palette = self.hurt_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, problem_color(self.palette()))
        self.hurt_button.setPalette(palette)

    # -- what the dialog shows ---------------------------------------------------------------------

    @property
    def page(self) -> str:
        """Which page is up: "next_morning", "exercise", "pain" or "feedback"."""
        current = self.pages.currentWidget()
        if current is self.pain_page:
            return "pain"
        if current is not None and current is self.next_morning_page:
            return "next_morning"
        return "feedback" if current is self.feedback_page else "exercise"

    @property
    def confirming(self) -> bool:
        """The "End the routine now?" question is up."""
        return not self.confirm_bar.isHidden()

    @property
    def ticking(self) -> bool:
        return self._tick.isActive()

    def refresh(self) -> None:
        """Bring the routine up to the clock and redraw."""
        self._handle(self.player.tick(self._clock()))
        self._update_view()

    # -- actions -----------------------------------------------------------------------------------

    def start(self) -> None:
        self._handle(self.player.start(self._clock()))
        self._update_view()

    def primary_action(self) -> None:
        """Start / I'm ready / Skip the rest / Rep done, whichever the moment calls for."""
        if self.page != "exercise" or self.confirming or self.player.finished:
            return
        now = self._clock()
        if not self.player.started:
            self._handle(self.player.start(now))
        elif self.player.paused:
            return
        elif self.player.phase is Phase.SET:
            self._handle(self.player.rep_done(now))
        else:
            self._handle(self.player.skip_wait(now))
        self._update_view()

    def toggle_pause(self) -> None:
        if not self._exercise_controls_live() or not self.player.started:
            return
        if self.player.running:
            self._handle(self.player.pause(self._clock()))
        else:
            self.player.resume(self._clock())
        self._update_view()
        self._reset_focus()

    def skip_exercise(self) -> None:
        if not self._exercise_controls_live():
            return
        self._handle(self.player.skip_exercise(self._clock()))
        self._update_view()
        self._reset_focus()

    def this_hurts(self) -> None:
        """Stop the exercise because it hurts and say what to do; the routine waits, paused."""
        if not self._exercise_controls_live():
            return
        name = self.player.exercise.name if self.player.exercise else ""
        self._handle(self.player.pain(self._clock()), show_feedback=False)
        self.pain_label.setText(PAIN_TEXT.format(name=name))
        following = self.player.exercise
        if following is not None:
            self.pain_next_label.setText(f"Next: {following.name}. The clock waits until you go on.")
            self.go_on_button.setText("&Go on to the next exercise")
        else:
            self.pain_next_label.setText("That was the last exercise.")
            self.go_on_button.setText("&Go on")
        self.pain_end_button.setVisible(following is not None)
        self._update_view()
        self.pages.setCurrentWidget(self.pain_page)
        self._fit_height()
        self._set_shortcuts(False)
        self.go_on_button.setFocus()

    @property
    def plan(self) -> RoutinePlan:
        """The plan the routine runs (``replace_plan`` may change it before the start)."""
        return self.player.plan

    def replace_plan(self, plan: RoutinePlan) -> None:
        """Run ``plan`` instead; only before the routine starts (ignored after)."""
        if self.player.started or self.player.finished or not plan.items:
            return
        self.player = RoutinePlayer(plan, self._exercises, clock=self._clock, **self._player_options)
        self._shown_exercise = None
        self._show_exercise(0)
        self._update_view()

    def _on_next_morning(self, pain: object) -> None:
        """The morning-after question is answered (or skipped): on to the routine."""
        self.next_morning_answered.emit(pain)
        self.pages.setCurrentWidget(self.exercise_page)
        self.buttons_row.show()
        self._set_shortcuts(True)
        if self._opened_by_user and not self.player.started:
            self.start()
        self._update_view()
        self._fit_height()
        self._reset_focus()

    def ask_end_early(self) -> None:
        """Escape: ask whether to end the routine; the clock stops while the question is up."""
        if self.player.finished or self.confirming:
            return
        self._resume_after_confirm = self.player.running
        self._handle(self.player.pause(self._clock()))
        self._update_view()
        self.buttons_row.hide()  # the question takes the place of the buttons it stands for
        self.confirm_bar.show()
        self.pages.setEnabled(False)
        self._set_shortcuts(False)
        self._fit_height()
        self.keep_going_button.setFocus()

    def keep_going(self) -> None:
        if not self.confirming:
            return
        self.confirm_bar.hide()
        self.buttons_row.show()
        self.pages.setEnabled(True)
        if self._resume_after_confirm:
            self.player.resume(self._clock())
        self._update_view()
        if self.page == "exercise":
            self._set_shortcuts(True)
            self._reset_focus()
        else:
            self.go_on_button.setFocus()

    def end_now(self) -> None:
        """End the routine early and go to the feedback page (or close, if nothing was done)."""
        self.confirm_bar.hide()
        self.buttons_row.show()
        self.pages.setEnabled(True)
        self._handle(self.player.end(self._clock()))
        self._update_view()

    # -- Qt events ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()
        if self._opened_by_user and not self.player.started and not self.player.finished:
            if not self.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating):  # the owner's choice
                self.activateWindow()
            if self.page == "exercise":  # not while the morning-after question is up
                self.start()
        self._update_view()

    def reject(self) -> None:
        """Escape (and a QDialog's reject): ask before ending a routine; after it, close."""
        if self.page == "feedback":
            self._emit_and_close()
        elif self.page == "pain" and self.player.finished:  # nothing left to end: on to the feedback
            self._go_on_after_pain()
        elif self.confirming:
            self.keep_going()
        else:
            self.ask_end_early()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window (its close button, or the app quitting) ends the routine where it
        is, without asking, and reports what was done with the answers given so far."""
        if not self._emitted:
            if not self.player.finished:
                self._handle(self.player.end(self._clock()), show_feedback=False)
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
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "hurt_button"):
            self._color_hurt_button()

    # -- inside ------------------------------------------------------------------------------------

    def _exercise_controls_live(self) -> bool:
        return self.page == "exercise" and not self.confirming and not self.player.finished

    def _on_space(self) -> None:
        """Space presses a button reached with Tab; otherwise it is the main action."""
        focused = QApplication.focusWidget()
        if focused in (self.pause_button, self.skip_button, self.hurt_button):
            focused.click()
        else:
            self.primary_action()

    def _fit_height(self) -> None:
        """Keep the window at least as tall as its wrapped text needs at its present width.

        A top-level window's minimum size ignores height-for-width, so without this a long step
        or a larger font is squeezed into overlapping lines instead of making the window taller.
        """
        layout = self.layout()
        assert layout is not None, "the dialog lays itself out in __init__"
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)  # also grows the window when it is shorter

    def _set_shortcuts(self, enabled: bool) -> None:
        for shortcut in self._shortcuts.values():
            shortcut.setEnabled(enabled)

    def _reset_focus(self) -> None:
        if self.page == "exercise" and not self.confirming:
            target = self.primary_button if self.primary_button.isVisible() else self.exercise_page
            target.setFocus()

    def _sound(self, name: str) -> None:
        if self._play_sound is None:
            return
        try:
            self._play_sound(name)
        except Exception:  # a cue is never worth a crash
            log.warning("the %r sound failed", name, exc_info=True)

    def _handle(self, events: list[Event], *, show_feedback: bool = True) -> None:
        """Turn the player's events into pages and sounds."""
        if any(isinstance(e, SideSwitched) for e in events):
            self._sound("switch")
        elif any(isinstance(e, BlockFinished) for e in events):
            self._sound("done")
        for event in events:
            if isinstance(event, ExerciseStarted):
                self._show_exercise(event.index)
            elif isinstance(event, RoutineFinished) and show_feedback:
                self._show_feedback()

    def _show_exercise(self, index: int) -> None:
        if index == self._shown_exercise or index >= self.player.count:
            return
        self._shown_exercise = index
        exercise = self.player.exercises[index].exercise
        self.name_label.setText(exercise.name)
        self.illustration.set_exercise(exercise)
        for label in self.step_labels:
            self.steps_layout.removeWidget(label)
            label.deleteLater()
        self.step_labels = []
        for row, step in enumerate(exercise.steps):
            number = _quiet(QLabel(f"{row + 1}."))
            number.setFont(scaled_font(self.font(), 1.0, bold=True))
            text = QLabel(step)
            text.setWordWrap(True)
            self.steps_layout.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            self.steps_layout.addWidget(text, row, 1)
            self.step_labels += [number, text]
        self.cue_label.setText(STRETCH_CUE)
        self.cue_label.setVisible(exercise.pattern is Pattern.STRETCH)
        self.cautions_label.setText("Take care: " + " ".join(exercise.cautions) if exercise.cautions else "")
        self.cautions_label.setVisible(bool(exercise.cautions))
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
        player = self.player
        segment = player.segment
        assert segment is not None
        position = f"Exercise {player.index + 1} of {player.count}"
        if self.player.plan.items[player.index].extra:
            position += f" · {EXTRA_TEXT}"
        self.position_label.setText(position)
        self.progress_bar.setValue(round(player.progress * 1000))
        phase = segment.phase
        side = f" · {SIDE_TEXT[segment.side]}" if segment.side else ""
        block = "Set" if player.current and player.current.segments[-1].phase is Phase.SET else "Hold"
        upcoming = f"{block} {segment.number} of {segment.of}" if segment.of else ""

        announce = phase is Phase.SWITCH and player.started
        self.announce_label.setVisible(announce)
        big = format_seconds(player.remaining_s)
        if not player.started:
            minutes = max(1, round(player.total_s / 60))
            title, big = "Ready when you are", ""
            detail = (f"{player.count} exercise{'s' * (player.count != 1)}, about {minutes} minute"
                      f"{'s' * (minutes != 1)}. The clock starts when you press Start.")
        elif phase is Phase.PREPARE:
            title = f"Get ready{side}"
            detail = f"{upcoming} starts next." if upcoming else ""
        elif phase is Phase.HOLD:
            title = f"Hold {segment.number} of {segment.of}{side}"
            detail = "left" if ":" in big else "seconds left"
        elif phase is Phase.REST:
            title, detail = "Rest", f"{upcoming}{side} next."
        elif phase is Phase.SWITCH:
            title = f"Now the {SIDE_TEXT[segment.side]}" if segment.side else "Now the other side"
            detail = f"{upcoming} starts next."
        elif phase is Phase.SET:
            title = f"Set {segment.number} of {segment.of}{side}"
            big = f"{player.reps_counted} / {segment.reps}"
            rep_s = segment.seconds / segment.reps
            detail = (
                "Press Space after each rep." if player.self_counting
                else f"Counting one rep every {rep_s:g} s. Press Space after each rep to count yourself."
            )
        else:  # the walk
            title = "Walk at an easy pace"
            detail = "left"
        self._set_text(self.phase_label, title)
        self._set_text(self.big_label, big)
        self.big_label.setVisible(bool(big))
        self.big_label.setAccessibleName("Repetitions" if phase is Phase.SET else "Time left")
        self._set_text(self.detail_label, detail)

        paused = player.paused
        self.paused_label.setVisible(paused)
        role = QPalette.ColorRole.PlaceholderText if paused else QPalette.ColorRole.WindowText
        self.big_label.setForegroundRole(role)
        primary = PRIMARY_TEXT.get(phase) if player.started else PRIMARY_TEXT[None]
        had_focus = self.primary_button.hasFocus()
        self.primary_button.setVisible(primary is not None)
        if primary is not None:  # never disabled: that would hand the focus to Pause
            self._set_text(self.primary_button, primary)
        elif had_focus:
            self.exercise_page.setFocus()
        self.pause_button.setEnabled(player.started)
        self._set_text(self.pause_button, RESUME_TEXT if paused else PAUSE_TEXT)

    @staticmethod
    def _set_text(widget: QLabel | QPushButton, text: str) -> None:
        if widget.text() != text:  # a repaint when it changes, not four times a second
            widget.setText(text)

    def _go_on_after_pain(self) -> None:
        if self.player.finished:
            self._show_feedback()
            return
        self.pages.setCurrentWidget(self.exercise_page)
        self.player.resume(self._clock())
        self._set_shortcuts(True)
        self._update_view()
        self._reset_focus()

    def _names(self) -> dict[str, str]:
        return {p.exercise.id: p.exercise.name for p in self.player.exercises}

    def _show_feedback(self) -> None:
        self._tick.stop()
        self._set_shortcuts(False)
        if not self.player.results:  # ended before anything was done: nothing to ask
            self._emit_and_close()
            return
        if self.feedback_page is None:
            self.feedback_page = FeedbackPage(self.player.results, self._names(), bool(self.player.completed),
                                              symptoms=self._symptoms)
            self.feedback_page.saved.connect(self._on_saved)
            self.pages.addWidget(self.feedback_page)
        self.pages.setCurrentWidget(self.feedback_page)
        self._fit_height()
        self.feedback_page.setFocus()

    def _feedback_as_is(self) -> list[ExerciseFeedback]:
        if self.feedback_page is not None:
            return self.feedback_page.feedback()
        return [ExerciseFeedback(r.exercise_id, None, 0, r.done_fraction, r.skipped, r.pain_button)
                for r in self.player.results]

    def _on_saved(self, feedback: list[ExerciseFeedback]) -> None:
        if self._emit(feedback):
            self.accept()

    def _emit_and_close(self) -> None:
        if self._emit(self._feedback_as_is()):
            self.accept()

    def _emit(self, feedback: list[ExerciseFeedback]) -> bool:
        if self._emitted:
            return False
        self._emitted = True
        self._tick.stop()
        self.routine_finished.emit(feedback, bool(self.player.completed))
        return True
