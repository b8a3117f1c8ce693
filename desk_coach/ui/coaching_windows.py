"""The windows the tray menu opens: the self-check, Progress and Settings, one of each at a time.

What they show and store comes from the services, through ``WindowData`` (wired by app.py):
a finished self-check is gated and recorded by ``record_self_check``, a cancelled one is an
answer (coaching stays "not set up yet"), Settings exports and deletes through ``YourData``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desk_coach.domain.history import BreakKind
from desk_coach.services.daily_check import CoachingMessage
from desk_coach.services.planning import todays_plan
from desk_coach.services.screening import answers_for_settings, coaching_before, record_self_check
from desk_coach.services.set_up import NOT_SET_UP_TEXT, NOT_SET_UP_TITLE, CoachingSetUp, first_steps
from desk_coach.services.week_glance import WeekGlanceReader
from desk_coach.ui.messages import referral_box
from desk_coach.ui.qt_types_ahead import name_progress_types
from desk_coach.ui.shell import TrayShell, bring_up
from desk_coach.ui.tray import PAUSE_UNTIL_TOMORROW, CoachTray, self_check_entry
from desk_coach.ui.user_screen import open_window
from desk_coach.wording.plan_words import explain_plan
from desk_coach.wording.say import say
from desk_coach.wording.translate import translate
from desk_coach.wording.week_stats_words import summary_lines

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desk_coach.domain.coaching.library_rules import CoachingRules
    from desk_coach.domain.coaching.screening import ScreenContent
    from desk_coach.domain.settings import Settings
    from desk_coach.services.coach import Coach
    from desk_coach.services.ports import Autostart, UnitOfWork
    from desk_coach.services.routines import RoutineService
    from desk_coach.services.week_report import WeekReport
    from desk_coach.services.your_data import YourData
    from desk_coach.ui.progress_presenter import ProgressPresenter
    from desk_coach.ui.progress_window import ProgressWindow
    from desk_coach.ui.screen_wizard.wizard import ScreenWizard

log = logging.getLogger(__name__)


@dataclass
class WindowData:
    """What the windows need from the rest of the app."""

    settings: Callable[[], Settings]
    now: Callable[[], datetime]
    unit_of_work: Callable[[], UnitOfWork]
    routines: RoutineService | None
    rules: CoachingRules
    screen_content: Callable[[], ScreenContent]
    settings_file: Any  # SettingsFile: its schema, save and update
    settings_saved: Callable[[Settings], None]  # the settings in force changed
    autostart: Callable[[], Autostart]
    your_data: YourData
    delete_all: Callable[[], None]  # stop recording, delete every file, quit
    week_report: WeekReport  # Progress and the weekly summary count weeks as `stats` does
    next_break_at: Callable[[], datetime | None]
    remember_not_set_up: Callable[[], None]
    sitting_now: Callable[[], float] = lambda: 0.0  # seconds of the bout in progress (the coach's status)


class CoachingWindows:
    def __init__(self, shell: TrayShell, data: WindowData) -> None:
        self.shell = shell
        self.data = data
        self.set_up = CoachingSetUp(data.unit_of_work)
        self.wizard: ScreenWizard | None = None
        self.progress: ProgressWindow | None = None
        self.settings_dialog: QDialog | None = None

    # -- the self-check ------------------------------------------------------------------------
    def show_set_up_state(self) -> None:
        """The tray's self-check entry reads "Set up coaching…" until coaching is set up."""
        #: Tray menu entry in place of "Self-check…" until the user has taken the self-check.
        entry = self_check_entry() if self.set_up.known else translate("TrayMenu", "Set &up coaching…")
        self.shell.tray.screen_action.setText(entry)

    def show_self_check(self, notices: Sequence[str] = ()) -> None:
        """Open the self-check (or bring it to the front); ``notices`` head its first page."""
        from desk_coach.ui.screen_wizard.wizard import ScreenWizard

        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        settings = self.data.settings()
        content = self.data.screen_content()
        paused, walk_only = coaching_before(self.data.unit_of_work)
        wizard = ScreenWizard(content, settings.work_hours, now=self.data.now, notices=notices, paused=paused,
                              walk_only=walk_only, equipment=settings.coaching.equipment,
                              first_steps=self._first_steps)
        wizard.completed.connect(lambda result, hours: self._self_check_done(content, result, hours))
        wizard.rejected.connect(self._self_check_cancelled)
        wizard.finished.connect(lambda *_: setattr(self, "wizard", None))
        self.wizard = self.shell.keep(wizard)
        bring_up(wizard)

    def _self_check_done(self, content, result, work_hours) -> None:
        recorded = record_self_check(self.data.unit_of_work, content, result)
        log.info("self-check stored (exercise allowed: %s)", recorded.outcome.exercise_allowed)
        self.set_up.known = True
        self.show_set_up_state()
        changes = answers_for_settings(result, work_hours, self.data.settings().coaching.equipment)
        if not changes:
            return
        try:
            settings = self.data.settings_file.update(changes)
        except ValueError as error:
            log.warning("answers from the self-check not saved: %s", error)
            return
        self.data.settings_saved(settings)

    def _self_check_cancelled(self) -> None:
        """Cancelling the self-check is an answer: no screen is stored, coaching stays "not set
        up yet" (remembered in the first-run marker), and the user is told what that means."""
        if self.set_up.check():
            return  # a re-check cancelled, or closed after its result was stored
        self.data.remember_not_set_up()
        log.info("self-check cancelled: coaching not set up yet, walk breaks only")
        self.shell.tell(say(NOT_SET_UP_TITLE), say(NOT_SET_UP_TEXT), on_click=self.show_self_check)

    def _first_steps(self):
        """The last page of the self-check: the next break's moves with the planner's reasons,
        when that break comes, and where the tray icon is."""
        now, settings, routines = self.data.now(), self.data.settings(), self.data.routines
        lines: list[str] = []
        if routines is not None:
            plans, _ = todays_plan(self.data.unit_of_work, routines.library, self.data.rules, settings, now)
            micro = next((plan for plan in plans if plan.kind == BreakKind.MICRO), None)
            if micro is not None:
                #: On the self-check's last page: the heading of the next short break's exercises.
                title = translate("FirstSteps", "Your next short break")
                lines = explain_plan(micro, routines.library, title=title)
        return first_steps(lines, self.data.next_break_at(), now, settings.breaks.sit_interval_min)

    # -- what the coaching says --------------------------------------------------------------
    def show_routine_outcome(self, changes: list, referrals: list) -> None:
        if referrals:
            open_window(self.shell.keep(referral_box([say(referral) for referral in referrals])))
        if changes:
            #: A notification's title after a routine: what the coach changed in the plan, and why.
            title = translate("Notifications", "What changed")
            self.shell.tell(title, "\n".join(say(change) for change in changes))

    def show_coaching_messages(self, messages: Sequence[CoachingMessage]) -> None:
        for message in messages:
            self.shell.tell(say(message.title), say(message.text),
                            on_click=self.show_self_check if message.opens_self_check else None)

    # -- progress ------------------------------------------------------------------------------
    def show_progress(self) -> None:
        from desk_coach.ui.progress_window import ProgressWindow

        report = self.data.week_report
        today = report.today()  # the user's day, not the date
        if self.progress is not None:
            self.progress.set_today(today)
            self.progress.refresh()
            bring_up(self.progress)
            return
        self.progress = ProgressWindow(self._progress_presenter(today))
        self.progress.set_report_saver(self.save_report)
        bring_up(self.progress)

    def _progress_presenter(self, today: date) -> ProgressPresenter:
        """What the Progress window shows, read from the history (Qt-free)."""
        from desk_coach.ui.progress_presenter import ProgressPresenter

        report = self.data.week_report
        checks, score_words = self._self_check_words()
        return ProgressPresenter(
            lambda day: report.live_week_of(day, self.data.sitting_now()), today,
            first_weekday=report.calendar().first_weekday,
            goal_minutes=self.data.settings().goals.daily_sitting_max_min,
            load_screens=report.screens, load_break_days=report.break_days,
            screen_items=checks, read_today=report.today, score_words=score_words,
            load_glance=self._week_glance().glance,
        )

    def warm_progress(self) -> None:
        """Read once what Progress reads at its first opening, while nobody waits for it: the first
        time a query runs, SQLAlchemy builds and compiles it (about 20 ms over the week's queries),
        and the self-check's content is read and checked; after this the first opening pays only
        for its window. Nothing is kept but those caches (the window's own Qt modules are not
        imported: 1.5 MB, and 6.5 MB with Qt Charts, that an app which may never open Progress would carry;
        only the Qt types its first frame names are made, 0.4 MB); a failure here is only
        logged (the opening itself reports it, if it happens again then)."""
        try:
            presenter = self._progress_presenter(self.data.week_report.today())
            presenter.screens()
            presenter.streak()
            name_progress_types()
        except Exception as error:  # optional work at idle: never in the user's way
            log.warning("Progress not prepared ahead (it reads everything when opened): %s", error)

    def _week_glance(self) -> WeekGlanceReader:
        """The week against the plan, for the top of Progress: goals, breaks due, levels."""
        data = self.data
        library = data.routines.library if data.routines is not None else None
        return WeekGlanceReader(data.week_report, data.unit_of_work, data.now, data.settings, data.rules,
                                library)

    def save_report(self, parent) -> None:
        """Progress's "Save report…": the weeks, the file, the PDF (``ui/report_saving.py``)."""
        from desk_coach.services.progress_report import gather_report
        from desk_coach.services.week_glance import stretch_goals
        from desk_coach.ui.report_saving import ask_and_save_report, report_texts

        data = self.data
        library = data.routines.library if data.routines is not None else None

        def gather(weeks: int):
            settings = data.settings()
            equipment = settings.coaching.equipment
            goals = stretch_goals(library, data.rules, data.unit_of_work, data.now(), equipment)
            return gather_report(data.week_report, data.unit_of_work, data.now, weeks,
                                 settings.goals.daily_sitting_max_min, goals)

        ask_and_save_report(parent, gather, lambda: report_texts(data.screen_content, library))

    def _self_check_words(self) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
        """The self-check chart's lines, named as the self-check's content names its checks, and
        what its scores 0, 1 and 2 mean there (the content is read once for both)."""
        from desk_coach.domain.coaching.screening import ScreenContentError

        try:
            content = self.data.screen_content()
        except ScreenContentError as error:
            log.warning("the self-check chart is left out: its content cannot be read (%s)", error)
            return [], ()
        return [(item.id, item.name) for item in content.items], tuple(content.summary.score_words)

    def weekly_summary(self) -> None:
        """The week in three lines, at the time the user chose; Progress… shows the rest. Today
        counts the bout in progress, as the Progress window and the tray do."""
        stats = self.data.week_report.live_this_week(self.data.sitting_now())
        #: The last line of the weekly summary; "Progress…" is a tray menu entry.
        hint = translate("Notifications", "Progress… in the tray menu shows the charts.")
        lines = [*summary_lines(stats), hint]
        #: The title of the weekly summary notification.
        title = translate("Notifications", "Your week")
        self.shell.tell(title, "\n".join(lines), on_click=self.show_progress)

    def bout_recorded(self) -> None:
        """The coach saved a bout: an open Progress window shows today with it."""
        if self.progress is not None and self.progress.isVisible():
            self.progress.refresh_today()

    def settings_changed(self, settings: Settings) -> None:
        if self.progress is not None:
            self.progress.set_goal_minutes(settings.goals.daily_sitting_max_min)

    # -- settings ------------------------------------------------------------------------------
    def show_settings(self) -> None:
        """Open Settings, or bring the open one to the front (the tray and ``settings --open``)."""
        from desk_coach.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            bring_up(self.settings_dialog)
            return
        dialog = SettingsDialog(self.data.settings_file.schema_to_show(), self.data.settings(),
                                save=self.data.settings_file.save, autostart=self.data.autostart(),
                                export_data=self.export_data, delete_data=self.data.delete_all)
        dialog.settings_saved.connect(self.data.settings_saved)
        dialog.finished.connect(lambda *_: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        bring_up(self.shell.keep(dialog))

    def export_data(self, path) -> None:
        """The settings dialog's export: one JSON file; a failure reaches it as OSError."""
        from desk_coach.services.ports import ExportFailed

        try:
            self.data.your_data.export("json", path, force=True)
        except ExportFailed as error:
            raise OSError(str(error)) from error

    def forget_windows(self) -> None:
        self.wizard = self.progress = self.settings_dialog = None


def wire_tray_menu(tray: CoachTray, coach: Coach, windows: CoachingWindows) -> None:
    """The tray menu's entries, to the coach and to the windows they open."""
    def pause(minutes: int) -> None:
        if minutes == PAUSE_UNTIL_TOMORROW:
            coach.pause_until_tomorrow()
        else:
            coach.pause_for(minutes)

    tray.set_snooze_lengths(coach.snooze_lengths)  # again as the menu opens: Settings may change them
    tray.about_to_be_read.connect(lambda: tray.set_snooze_lengths(coach.snooze_lengths))
    tray.about_to_be_read.connect(coach.refresh_view)
    tray.break_requested.connect(lambda: coach.start_break())
    tray.snooze_requested.connect(coach.snooze)
    tray.skip_requested.connect(coach.skip)
    tray.resume_requested.connect(coach.resume)
    tray.pause_requested.connect(pause)
    tray.settings_requested.connect(windows.show_settings)
    tray.screen_requested.connect(windows.show_self_check)
    tray.progress_requested.connect(windows.show_progress)


def locale_first_weekday() -> int:
    """The regional settings' first day of the week (0 = Monday). Qt reads them: on Linux the same
    LC_ALL / LC_TIME / LANG and CLDR table as adapters/locale_calendar.py, which serves the Qt-free
    command line; on Windows and macOS the system's own setting."""
    from PySide6.QtCore import QLocale

    return QLocale.system().firstDayOfWeek().value - 1
