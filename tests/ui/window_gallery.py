"""Every window, page, message and notification of the app, built with the shipped content and
driven into a representative state through its own widgets and clock, as a list of named shots.

A *scene* is a generator: it builds a window, then yields a :class:`Shot` each time the window
shows something worth looking at (a wizard page, a phase of the routine); the caller checks and
photographs the shot before the scene goes on. Content is read when a scene runs, so build the
gallery after choosing the language (``desk_coach.ui.language.apply_language``): the loaders
translate it at load.

The construction helpers are the existing tests' own (``test_screen_wizard``,
``test_guided_routine``, ``test_settings_dialog``, ``test_progress_window``), imported rather
than moved, so those tests read as they did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget, QWizard

from desk_coach import APP_NAME
from desk_coach.wording.say import say

Scene = Callable[[Any, Path], Iterator["Shot"]]


@dataclass
class Shot:
    """What the user sees at one moment: a window, or a notification's title and text."""

    name: str
    widget: QWidget | None = None
    told: list[str] = field(default_factory=list)
    allowed: dict[str, str] = field(default_factory=dict)  # text not for translating here: why
    leading: QWidget | None = None  # the widget a line starts with: left, or right when right to left


def settle() -> None:
    """Let layouts, deferred resizes and deletions run, as the event loop would before the window
    is painted (``processEvents`` alone leaves widgets given to ``deleteLater`` on screen)."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def as_the_app_opens(widget: QWidget, qtbot: Any) -> QWidget:
    """Show ``widget`` as the app opens a window (``open_window``: on the user's screen, whole)."""
    from desk_coach.ui.user_screen import open_window

    qtbot.addWidget(widget)
    open_window(widget)
    qtbot.waitExposed(widget)
    settle()
    return widget


def shown(widget: QWidget, qtbot: Any) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


# ------------------------------------------------------------------------------------ self-check


def _wizard_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The self-check as the tray app opens it (CoachingWindows), notices on its first page, every
    page in turn; a movement check scored on both sides, one that hurt; the summary with a referral
    and the sides' difference; the last page with the plan."""
    from test_screen_wizard import click, go_next

    from desk_coach.domain.coaching.profile import Lifestyle
    from desk_coach.ui.screen_wizard import wizard as flow

    windows, _told = _coaching_windows(tmp_path)
    windows.show_self_check(notices=settings_notices(tmp_path))
    wizard = shown(windows.wizard, qtbot)
    yield Shot("wizard-intro", wizard, allowed=_notice_words(tmp_path))
    click(qtbot, wizard.intro_page.acknowledge)
    go_next(qtbot, wizard)
    yield Shot("wizard-lifestyle", wizard)
    click(qtbot, wizard.lifestyle_page.boxes[Lifestyle.RUNNER])
    go_next(qtbot, wizard)
    yield Shot("wizard-work-hours", wizard)
    friday = wizard.work_hours_page.edits["friday"]
    kept = friday.text()
    friday.clear()
    qtbot.keyClicks(friday, "9:00-12:00, 11:00-14:00")
    friday.editingFinished.emit()
    settle()
    yield Shot("wizard-work-hours-problem", wizard)
    friday.clear()
    qtbot.keyClicks(friday, kept)
    friday.editingFinished.emit()
    go_next(qtbot, wizard)
    yield Shot("wizard-floor", wizard)
    click(qtbot, wizard.floor_page.yes)
    go_next(qtbot, wizard)
    yield Shot("wizard-equipment", wizard)
    go_next(qtbot, wizard)
    yield from _wizard_answers(qtbot, wizard)
    yield Shot("wizard-summary", wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentId() == flow.READY
    settle()
    yield Shot("wizard-ready", wizard)


def _wizard_answers(qtbot: Any, wizard: Any) -> Iterator[Shot]:
    """Each red-flag page answered no; then the movement checks up to the summary."""
    from test_screen_wizard import LEFT_RIGHT, click, go_next

    from desk_coach.ui.screen_wizard import wizard as flow

    for tier, page in wizard.flag_pages.items():
        assert wizard.currentPage() is page
        yield Shot(f"wizard-flags-{tier.value}", wizard)
        for row in page.rows.values():
            click(qtbot, row.no)
        go_next(qtbot, wizard)
    while wizard.currentId() != flow.SUMMARY:
        settle()  # the page is up, and told, before its answers are clicked
        page = wizard.currentPage()
        item = page.item
        if item.id in LEFT_RIGHT:
            for side, score in zip(item.side_slots, LEFT_RIGHT[item.id], strict=True):
                click(qtbot, page.choices.buttons[(side, score)])
            yield Shot(f"wizard-check-{item.id}-sides", wizard)
        elif item.id == "S3":
            click(qtbot, page.pain)
            settle()
            yield Shot(f"wizard-check-{item.id}-pain", wizard)
        elif not item.optional:
            yield Shot(f"wizard-check-{item.id}", wizard)
            click(qtbot, page.skip)
        go_next(qtbot, wizard)


def _emergency_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """An emergency yes: the wizard stops at once and says to get help."""
    from test_screen_wizard import make, through_the_questions

    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.screen_wizard import wizard as flow

    wizard, _ = make(qtbot, content=load_screen_content())
    through_the_questions(qtbot, wizard, yes={"em_chest_pain"})
    assert wizard.currentId() == flow.EMERGENCY
    settle()
    yield Shot("wizard-emergency", wizard)


# ------------------------------------------------------------------------------- guided routine

HOLD, REPS, WALK = "HF1", "UB2", "MV1"  # a stretch held on each side, with cautions; a band row; the walk


def _routine(qtbot: Any, clock: Any, **options: Any):
    from desk_coach.adapters.exercise_files import load_library
    from desk_coach.domain.coaching.plan import Prescription, RoutinePlan
    from desk_coach.domain.history import BreakKind
    from desk_coach.ui.routine.dialog import GuidedRoutineDialog

    library = load_library().library
    plan = RoutinePlan(BreakKind.LONG, tuple(
        Prescription(exercise_id, library[exercise_id].dose, "gallery") for exercise_id in (HOLD, REPS, WALK)
    ))
    dialog = GuidedRoutineDialog(plan, library, clock=clock, **options)
    return shown(dialog, qtbot), library


def _routine_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The whole routine on the player's clock, a shot at the first moment of each phase of each
    exercise (get ready, hold, switch sides, rest, a set, the walk), then the feedback page with
    pain given for the stretch (its warning signs asked)."""
    from test_guided_routine import FakeClock, row_of

    clock = FakeClock()
    dialog, _ = _routine(qtbot, clock)
    seen: set[tuple[int, str]] = set()
    while dialog.page == "exercise":
        moment = (dialog.player.index, dialog.player.phase.value)
        if moment not in seen:
            seen.add(moment)
            settle()
            yield Shot(f"routine-{dialog.plan.items[moment[0]].exercise_id}-{moment[1]}", dialog,
                       leading=dialog.exercise_page.pause_button)
        clock.now += 1
        dialog.refresh()
    row_of(dialog.feedback_page, HOLD).pain_spin.setValue(4)
    settle()
    yield Shot("routine-feedback", dialog)


def _routine_pain_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """"This hurts" during the hold, then Escape's question "End the routine now?"."""
    from test_guided_routine import FakeClock, advance

    clock = FakeClock()
    dialog, _ = _routine(qtbot, clock)
    advance(dialog, clock, 15)
    qtbot.mouseClick(dialog.exercise_page.hurt_button, Qt.MouseButton.LeftButton)
    settle()
    yield Shot("routine-this-hurts", dialog)
    qtbot.mouseClick(dialog.pain_page.go_on_button, Qt.MouseButton.LeftButton)
    advance(dialog, clock, 12)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle()
    assert dialog.confirming
    yield Shot("routine-end-question", dialog)
    qtbot.mouseClick(dialog.confirm_bar.end_button, Qt.MouseButton.LeftButton)
    settle()
    yield Shot("routine-ended-early-feedback", dialog)


def _next_morning_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The first routine of a day after one with routines asks about pain this morning."""
    from test_guided_routine import FakeClock

    from desk_coach.adapters.exercise_files import load_library

    library = load_library().library
    dialog, _ = _routine(qtbot, FakeClock(), next_morning=[library[HOLD].name, library[REPS].name])
    yield Shot("routine-next-morning", dialog)
    qtbot.mouseClick(dialog.next_morning_page.some_pain_button, Qt.MouseButton.LeftButton)
    settle()
    yield Shot("routine-next-morning-how-much", dialog)


# --------------------------------------------------------------------------------- break window


def _break_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The plain break window, short and long, running and paused."""
    from test_guided_routine import FakeClock

    from desk_coach.domain.history import BreakKind
    from desk_coach.ui.break_window import BreakWindow

    for kind in BreakKind:
        clock = FakeClock()
        window = shown(BreakWindow(kind, 180 if kind is BreakKind.MICRO else 600, clock=clock), qtbot)
        clock.now += 20
        window.refresh()
        settle()
        yield Shot(f"break-{kind.value}", window)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    settle()
    yield Shot("break-paused", window)


def _strict_break_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """Strict mode (issue 16): the hint after Escape, the hold's progress, the way-out button."""
    from PySide6.QtGui import QKeyEvent
    from test_guided_routine import FakeClock

    from desk_coach.domain.history import BreakKind
    from desk_coach.ui.break_window import BreakWindow
    from desk_coach.ui.way_out import StrictBreak

    def escape(widget: QWidget, kind: QEvent.Type) -> None:
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))

    strict = StrictBreak(length_s=180)
    for name in ("break", "routine"):
        clock = FakeClock()
        if name == "break":
            window = shown(BreakWindow(BreakKind.MICRO, 180, clock=clock, strict=strict), qtbot)
        else:
            window, _ = _routine(qtbot, clock, strict=strict)
        escape(window, QEvent.Type.KeyPress)
        clock.now += 1.5
        window.strict_way_out.way_out.refresh()
        settle()
        yield Shot(f"strict-{name}-holding", window)
        escape(window, QEvent.Type.KeyRelease)
        clock.now += 10
        window.strict_way_out.way_out.refresh()  # let go for good: the hint again (no timer left to fire)
        window.strict_way_out.button.refresh()
        settle()
        yield Shot(f"strict-{name}-way-out", window)
        window.strict_way_out.stop()


# ------------------------------------------------------------------------------------- settings


def _settings_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """Settings with every button (export and delete too), each group's page in turn, and a
    work-hours line the user got wrong, its problem shown under it."""
    from test_settings_dialog import FakeAutostart, Recorder, _type_into, editors, show_group

    from desk_coach.adapters.settings_file import shipped_schema
    from desk_coach.domain.settings import defaults
    from desk_coach.ui.settings_dialog import SettingsDialog
    from desk_coach.ui.settings_fields import SETTLE_MS

    schema = shipped_schema(in_language=True)  # as the app shows it (SettingsFile.schema_to_show)
    dialog = SettingsDialog(schema, defaults(schema), Recorder(), FakeAutostart(),
                            export_data=lambda path: None, delete_data=lambda: None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    for group in schema.groups:
        show_group(qtbot, dialog, group.name)
        settle()
        yield Shot(f"settings-{group.name}", dialog, leading=dialog.findChild(QListWidget))
    show_group(qtbot, dialog, "work_hours")
    monday = editors(dialog)["work_hours.monday"]
    _type_into(qtbot, monday.input, "9-5")
    qtbot.waitUntil(monday.problem_label.isVisible, timeout=SETTLE_MS * 3)
    settle()
    yield Shot("settings-work-hours-problem", dialog)


# ------------------------------------------------------------------------------------- progress


def _progress_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """A busy week with the week at a glance, every chart and the self-checks' trend; then an
    empty week."""
    from test_progress_window import SCREENS, TODAY, FakeHistory, FakeScreens

    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.progress_window import ProgressPresenter, ProgressWindow

    checks = [(item.id, item.name) for item in load_screen_content().items]
    from glance_history import sample_glance

    from desk_coach.adapters.exercise_files import load_library

    library = load_library().library  # names the exercises of the levels, in the language shown
    window = ProgressWindow(ProgressPresenter(FakeHistory(), today=TODAY, first_weekday=0, goal_minutes=240,
                                              load_screens=FakeScreens(SCREENS), screen_items=checks,
                                              load_glance=lambda week: sample_glance(week, library, 240)))
    shown(window, qtbot)
    codes = {item: "a movement check's code, before its name in the chart's legend" for item, _ in checks}
    yield Shot("progress-busy-week", window, leading=window.previous_button, allowed=codes)
    for _ in range(2):  # two weeks back: nothing recorded then
        qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    settle()
    yield Shot("progress-empty-week", window, allowed=codes)


# ----------------------------------------------------------------------------- message windows

def _message_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The About box, the start-up notices, a storage problem, an unexpected error, a referral."""
    from desk_coach.ui.messages import about_box, error_box, referral_box, startup_notices_box, storage_box

    paths = (tmp_path / "history.sqlite3", tmp_path / "settings.toml", tmp_path / "desk-coach.log")
    path_words = {str(path): "user data: where the user's files are" for path in paths}
    yield Shot("about", shown(about_box(*paths), qtbot), allowed=path_words)
    notices = settings_notices(tmp_path)
    yield Shot("startup-notices", shown(startup_notices_box(notices), qtbot), allowed=_notice_words(tmp_path))
    problem = _storage_problem()
    yield Shot("storage-problem", shown(storage_box(say(problem.reason), say(problem.advice)), qtbot))
    yield Shot("error", shown(error_box(paths[2], "Traceback (most recent call last): …"), qtbot),
               allowed=path_words)
    yield Shot("referral", shown(referral_box(_referrals()), qtbot))


def _notice_words(tmp_path: Path) -> dict[str, str]:
    return {
        str(tmp_path / "settings.toml"): "user data: the settings file's path",
        "breaks.sit_interval_min": "the key as written in the settings file",
    }


def settings_notices(tmp_path: Path) -> list[str]:
    """The start-up notices of a settings file with a value out of range, worded as the app
    words them (``problem_words``, app.py)."""
    from desk_coach.adapters.settings_file import SettingsFile
    from desk_coach.wording.problems import problem_words

    path = tmp_path / "settings.toml"
    path.write_text("[breaks]\nsit_interval_min = 5\n", encoding="utf-8")
    notices = [problem_words(problem) for problem in SettingsFile(path).load().problems]
    assert notices, "a sit interval of 5 minutes is no longer refused: choose another wrong value"
    return notices


def _storage_problem():
    from desk_coach.adapters.storage.unit_of_work import READ_ONLY

    return READ_ONLY


def _referrals() -> list[str]:
    """What the self-check content says when a movement hurt: the app's own referral wording."""
    from desk_coach.adapters.screen_files import load_screen_content

    content = load_screen_content()
    return [content.referrals.pain.format(item=content.items[1].name)]


# ------------------------------------------------------------------------------ tray and shell


def _tray_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The tray menu and its Pause submenu, a break due (every entry enabled that can be)."""
    tray = _tray()
    status, summary = _status_due()
    tray.show_status(status, summary, can_snooze=True)
    for name, menu in (("tray-menu", tray.menu), ("tray-pause-menu", tray.pause_menu)):
        menu.adjustSize()  # laid out as it opens; not popped up: that grabs the keyboard offscreen
        yield Shot(name, menu)
    yield Shot("tray-tooltip", told=[tray.tooltip()])


def _status_window_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """The status window (the tray menu for the keyboard), a break due: every button it can enable."""
    from desk_coach.ui.status_window import StatusWindow

    tray = _tray()
    status, summary = _status_due()
    tray.set_snooze_lengths((5, 10))
    tray.show_status(status, summary, can_snooze=True)
    window = shown(StatusWindow(tray), qtbot)
    yield Shot("status-window", window)


def _tray():
    from desk_coach.ui.application import create_qt_app
    from desk_coach.ui.tray import CoachTray

    return CoachTray(create_qt_app([]).windowIcon(), tooltips=True)


def _status_due() -> tuple[Any, str]:
    from desk_coach.domain.history import BreakKind
    from desk_coach.services.coach_status import CoachState, CoachStatus
    from desk_coach.wording.status_words import status_line

    now = datetime(2026, 11, 25, 10, 30).astimezone()
    status = CoachStatus(state=CoachState.BREAK_DUE, sitting_s=34 * 60, interval_s=1800,
                         interval_elapsed_s=1800, next_break_at=now - timedelta(minutes=1),
                         next_break_kind=BreakKind.MICRO, detail=None, sensing=True, sensor="idle")
    return status, status_line(status.summary(now))


def _notification_scene(qtbot: Any, tmp_path: Path) -> Iterator[Shot]:
    """What the app tells in notifications: saving stopped and back, the week, what changed,
    a coaching message, coaching not set up (each through the shell, as the app sends them)."""
    from desk_coach.domain.coaching.progression_said import ProgressionSaid
    from desk_coach.domain.said import said
    from desk_coach.services.daily_check import RECHECK_TITLE, CoachingMessage

    weeks = said(ProgressionSaid.RECHECK_WEEKS, n=4)  # what the services say, as they say it

    windows, told = _coaching_windows(tmp_path, set_up=False)  # so a cancelled self-check is told
    problem = _storage_problem()
    windows.shell.storage_changed(problem, 0)
    windows.shell.storage_changed(None, 3)
    windows.weekly_summary()
    windows.show_routine_outcome([weeks], [])
    offer = said(ProgressionSaid.RECHECK_OFFER, reason=weeks)
    windows.show_coaching_messages([CoachingMessage(RECHECK_TITLE, offer)])
    windows.show_self_check()  # the first one, cancelled: coaching is not set up, and the user is told
    windows.wizard.button(QWizard.WizardButton.CancelButton).click()
    for number, (title, text) in enumerate(told, start=1):
        yield Shot(f"notification-{number}", told=[title, text])


class _Week:
    """The week report's stand-in: this week is the busy one of the Progress tests."""

    def live_this_week(self, sitting_s: float):
        """The busy week; the gallery's coach sits no bout in progress (``sitting_s`` is 0)."""
        from test_progress_window import TODAY, busy_week

        return busy_week(TODAY)


def _coaching_windows(tmp_path: Path, *, set_up: bool = True):
    """The tray app's windows over a real history with a desk worker's self-check stored (unless
    not ``set_up``): what the self-check's last page plans comes from the real planner."""
    from routine_coach import routine_coach

    from desk_coach.adapters.screen_files import load_screen_content
    from desk_coach.ui.coaching_windows import CoachingWindows, WindowData
    from desk_coach.ui.shell import TrayShell

    start = datetime(2026, 11, 25, 10, 0).astimezone()
    coach = routine_coach(tmp_path / f"history-{len(list(tmp_path.iterdir()))}.sqlite3", start, set_up=set_up)
    told: list[tuple[str, str]] = []
    shell = TrayShell(_tray(), balloon=lambda title, text: told.append((title, text)))
    data = WindowData(
        settings=lambda: coach.settings, now=coach.clock.now, unit_of_work=coach.unit_of_work,
        routines=coach.service, rules=coach.loaded.rules, screen_content=load_screen_content,
        settings_file=None, settings_saved=lambda settings: None, autostart=lambda: None, your_data=None,
        delete_all=lambda: None, week_report=_Week(), next_break_at=lambda: start + timedelta(minutes=30),
        remember_not_set_up=lambda: None,
    )
    _DATABASES.append(coach.database)
    return CoachingWindows(shell, data), told


_DATABASES: list[Any] = []


def close_databases() -> None:
    """Dispose of the histories the scenes opened."""
    while _DATABASES:
        _DATABASES.pop().dispose()


SCENES: dict[str, Scene] = {
    "wizard": _wizard_scene,
    "wizard-emergency": _emergency_scene,
    "routine": _routine_scene,
    "routine-pain": _routine_pain_scene,
    "routine-next-morning": _next_morning_scene,
    "break": _break_scene,
    "strict-break": _strict_break_scene,
    "settings": _settings_scene,
    "progress": _progress_scene,
    "messages": _message_scene,
    "tray": _tray_scene,
    "status-window": _status_window_scene,
    "notifications": _notification_scene,
}
"""Every scene by name, in the order a user meets them."""

_OWN_NAME = "a language's own name in the language menu: the same in every language"
_QT_OWN = "Qt's own button (QMessageBox), translated by Qt's catalogue, which has no pseudo-language"
ALLOWED_EVERYWHERE = {
    APP_NAME: "the product's name is not translated",
    "English": _OWN_NAME,
    "Deutsch": _OWN_NAME,
    "Español": _OWN_NAME,
    "Show Details...": _QT_OWN,
    "Hide Details...": _QT_OWN,
}
"""Texts no language translates, with the reason."""
