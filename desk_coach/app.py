"""The single place that builds Desk Coach and wires its parts together.

Order matters for how fast the user sees something: the tray icon shows first, then the
settings and the database are opened, the coach starts, and anything the user must know
about (a damaged database, a bad setting) is shown last.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desk_coach import APP_NAME, __version__
from desk_coach.adapters.instance_link import (
    CoachAlreadyRunning,
    NoRunningCoach,
    Reply,
    Request,
    ask_running_coach,
    instance_server,
    link_name,
)
from desk_coach.adapters.logging_setup import configure_logging
from desk_coach.adapters.memory import release_free_memory
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.adapters.tray.factory import create_tray_item
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.messages import about_box, referral_box, startup_notices_box
from desk_coach.ui.quit_signals import quit_on_signals, stop_watching_signals
from desk_coach.ui.tray import PAUSE_UNTIL_TOMORROW, CoachTray

if TYPE_CHECKING:
    from desk_coach.adapters.storage.database import Database
    from desk_coach.domain.clock import Clock
    from desk_coach.domain.settings import Settings
    from desk_coach.domain.weekly import WeekStats
    from desk_coach.services.coach import Coach

log = logging.getLogger(__name__)
DAILY_CHECK_AT = time(10, 0)  # once a day: adherence (rule 6) and whether a re-check is due


@dataclass(frozen=True)
class TestTiming:
    """Seconds instead of minutes, for end-to-end tests only (`run --test-interval ...`).

    Not a user setting: it bypasses the settings' ranges so a test sees a reminder in seconds.
    """

    sit_interval_s: float
    natural_break_s: float

    def apply(self, settings: Settings) -> Settings:
        """Seconds for the interval, and a snooze (or a closed reminder) that lasts as long."""
        breaks = replace(settings.breaks, sit_interval_min=self.sit_interval_s / 60, long_breaks_per_day=0)
        snooze = replace(settings.snooze, length_min=self.sit_interval_s / 60)
        idle = replace(
            settings.idle,
            natural_break_idle_s=self.natural_break_s,
            long_break_idle_s=max(self.natural_break_s, settings.idle.long_break_idle_s),
        )
        work = replace(settings.work_hours, honour=False)
        return replace(settings, breaks=breaks, idle=idle, work_hours=work, snooze=snooze)


class DeskCoachApp:
    """The running coach: tray, storage, settings, the coach loop and the link to other launches."""

    def __init__(
        self,
        paths: AppPaths,
        qt_app,
        test_timing: TestTiming | None = None,
        *,
        clock: Clock | None = None,
        timers=None,
        idle=None,
        quiet=None,
        notifier=None,
    ) -> None:
        """The keyword-only parts replace the real ones: the seam for simulations and benchmarks."""
        self.paths = paths
        self.qt_app = qt_app
        self.test_timing = test_timing
        self.clock = clock if clock is not None else SystemClock()
        self._given = {"timers": timers, "idle": idle, "quiet": quiet, "notifier": notifier}
        self.reporter = ErrorReporter(paths.log_file)
        self.tray = CoachTray(qt_app.windowIcon(), item_factory=create_tray_item)
        self.server = instance_server(link_name(paths.data_dir), self.handle_request)
        self.database: Database | None = None
        self.coach: Coach | None = None
        self.timers = None
        self.notices: list[str] = []
        self._windows: list = []
        self._wizard = None
        self._progress = None
        self._on_balloon_click = None  # what a click on the last tray balloon does
        self._balloons = None  # the desktop notifications that stand in for balloons (see _balloon)
        self._sounds = None
        self.routines = None

    def start(self) -> None:
        """Start everything at once (the tests); ``run_tray_app`` lets the icon show in between."""
        self.show_icon()
        self.start_coaching()

    def show_icon(self) -> None:
        """The part the user waits for: the tray icon, and the link that answers other launches.

        Raises CoachAlreadyRunning when another coach of this user won the start; a link that
        cannot be set up otherwise is no reason to stop: the coach runs without it.
        """
        try:
            self.server.listen()
        except CoachAlreadyRunning:
            raise
        except OSError as error:
            log.warning("other launches cannot reach this coach: %s", error)
        self.reporter.install()
        self.tray.quit_requested.connect(self.qt_app.quit)
        self.tray.about_requested.connect(self.show_about)
        self.tray.show()

    def start_coaching(self) -> None:
        """Settings, database and the coach loop: the heavy part, once the icon is up."""
        from desk_coach.adapters.settings_file import SettingsFile
        from desk_coach.adapters.storage.database import open_database

        log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            _ensure_desktop_entry()
        self.settings_file = SettingsFile(self.paths.settings_file)
        loaded = self.settings_file.load()
        self.settings = loaded.settings
        self.notices.extend(str(problem) for problem in loaded.problems)
        self.database = self._open_history(open_database)
        self.notices.extend(self.database.notices)
        self._start_coach()
        for notice in self.notices:
            log.warning("%s", notice)
        if self.routines is not None and not self._set_up:
            # Offered at every start until it is done, once per start; the notices go on its
            # first page, so no window hides them.
            self.show_screen_wizard(notices=self.notices)
        elif self.notices:
            self._keep(startup_notices_box(self.notices)).show()
        QTimer.singleShot(0, release_free_memory)

    def _open_history(self, open_database) -> Database:
        """The history database; one that cannot be opened at all leaves an empty one in memory
        that saves nothing, and a notice that says why: the coach runs either way."""
        from desk_coach.adapters.storage.database import DatabaseError, empty_history

        try:
            return open_database(self.paths.database, self.clock)
        except DatabaseError as error:
            log.error("history database unusable: %s", error)
            database = empty_history(read_only=True)
            database.notices.append(f"{error} Desk Coach keeps coaching, but nothing new can be saved "
                                    "until that is fixed and Desk Coach is started again.")
            return database

    def _storage_changed(self, problem, lost: int) -> None:
        """Saving stopped (``problem``) or works again (None): the user hears it once, in plain words."""
        if problem is not None:
            self.tell(f"{APP_NAME} cannot save your history",
                      f"Saving stopped: {problem.reason}. {APP_NAME} keeps reminding you and keeps what it "
                      f"records in memory for now. {problem.advice}")
            return
        text = "Everything recorded in the meantime is saved now."
        if lost:
            text = f"What was recorded in the meantime is saved now, except the {lost} oldest records, " \
                   "which could not be kept."
        self.tell(f"{APP_NAME} is saving again", text)

    def _start_coach(self) -> None:
        from tzlocal import get_localzone

        from desk_coach.adapters.idle.factory import create_idle_sensor
        from desk_coach.adapters.notify.factory import create_notifier
        from desk_coach.adapters.quiet.factory import create_quiet_sensor
        from desk_coach.adapters.scheduling.qt_timers import QtTimers
        from desk_coach.services.coach import Coach
        from desk_coach.services.set_up import SetUpHintNotifier
        from desk_coach.ui.coach_view import QtCoachView

        database = self.database
        assert database is not None
        given = self._given
        self.idle = given["idle"] if given["idle"] is not None else create_idle_sensor()
        self.timers = given["timers"] if given["timers"] is not None else QtTimers(get_localzone())
        notifier = given["notifier"] if given["notifier"] is not None else create_notifier(
            self._balloon, self.settings.notifications.style
        )
        self._self_check_entry = self.tray.screen_action.text()
        self._set_up = self._coaching_set_up()
        self._show_set_up_state()
        self.notifier = SetUpHintNotifier(notifier, lambda: not self._coaching_set_up())
        quiet = given["quiet"] if given["quiet"] is not None else create_quiet_sensor()
        coach_settings = self.test_timing.apply(self.settings) if self.test_timing else self.settings
        self.routines = self._routine_service()
        self.view = QtCoachView(
            self.tray,
            self.clock.now,
            lambda: self.coach.can_snooze_now,
            routines=self.routines,
            play_sound=self._sound_player,
            can_skip=lambda: self.coach.can_skip_now,
        )
        self.view.routine_outcome.connect(self._show_routine_outcome)
        self.coach = Coach(
            clock=self.clock,
            idle=self.idle,
            quiet=quiet,
            timers=self.timers,
            notifier=self.notifier,
            unit_of_work=self._unit_of_work,
            settings=coach_settings,
            view=self.view,
            on_storage=self._storage_changed,
        )
        coach = self.coach
        if database.read_only:  # already said in the start-up notices
            from desk_coach.adapters.storage.unit_of_work import READ_ONLY

            coach.storage_known_unavailable(READ_ONLY)
        self.view.break_finished.connect(coach.finish_break)
        self.tray.about_to_be_read.connect(coach.refresh_view)
        self.tray.break_requested.connect(lambda: coach.start_break())
        self.tray.snooze_requested.connect(coach.snooze)
        self.tray.skip_requested.connect(coach.skip)
        self.tray.resume_requested.connect(coach.resume)
        self.tray.pause_requested.connect(self._pause)
        self.tray.settings_requested.connect(self.show_settings)
        self.tray.screen_requested.connect(self.show_screen_wizard)
        self.tray.progress_requested.connect(self.show_progress)
        self.tray.message_clicked.connect(self._balloon_clicked)
        log.info("activity sensing: %s", self.idle.description)
        self.timers.start()
        coach.start()
        self.timers.daily("coaching-check", DAILY_CHECK_AT, self._daily_coaching_check)
        self._arm_weekly_summary()

    def _unit_of_work(self):
        """One transaction on the coach's database."""
        from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork

        assert self.database is not None
        return SqlUnitOfWork(self.database.engine)

    def _routine_service(self):
        """The exercise part of breaks; None (plain break windows) if the library cannot load."""
        from desk_coach.adapters.exercise_files import load_library
        from desk_coach.services.routines import RoutineService

        loaded = load_library()
        self._coaching_rules = loaded.rules
        if len(loaded.library) == 0:
            self.notices.append("The exercise library could not be read; breaks show a plain countdown.")
            return None
        return RoutineService(
            unit_of_work=self._unit_of_work,
            library=loaded.library,
            rules=loaded.rules,
            clock=self.clock,
            settings=lambda: self.settings,
        )

    def _sound_player(self):
        if not self.settings.sounds.enabled:
            return None
        if self._sounds is None:
            # A lean player where there is one; QtMultimedia (~19 MB for the day) only where not.
            from desk_coach.adapters.sound_output import create_sound_player
            from desk_coach.ui.routine.sounds import SOUNDS, QtSoundPlayer

            volume = self.settings.sounds.volume / 100
            self._sounds = create_sound_player(SOUNDS, volume, fallback=lambda: QtSoundPlayer(volume))
        return self._sounds

    def _show_routine_outcome(self, changes: list, referrals: list) -> None:
        if referrals:
            self._keep(referral_box(referrals)).show()
        if changes:
            self.tell("What changed", "\n".join(changes))

    def _coaching_set_up(self) -> bool:
        """Whether a self-check is stored: the disclaimer accepted and the health questions
        answered. Until then every break is a walk (the planner sees "not set up")."""
        from desk_coach.services.ports import StorageUnavailable

        try:
            with self._unit_of_work() as uow:
                return uow.coaching.latest_screen() is not None
        except StorageUnavailable:
            return getattr(self, "_set_up", False)  # as last known while the history cannot be read

    def _show_set_up_state(self) -> None:
        """The tray's self-check entry reads "Set up coaching…" until coaching is set up."""
        from desk_coach.services.set_up import SET_UP_ENTRY

        self.tray.screen_action.setText(self._self_check_entry if self._set_up else SET_UP_ENTRY)

    def _screen_cancelled(self) -> None:
        """Cancelling the self-check is an answer: no screen is stored, coaching stays "not set
        up yet" (remembered in the first-run marker), and the user is told what that means."""
        from desk_coach.services.set_up import NOT_SET_UP_TEXT, NOT_SET_UP_TITLE

        self._set_up = self._coaching_set_up()
        if self._set_up:
            return  # a re-check cancelled, or closed after its result was stored
        marker = self.paths.first_run_marker
        try:
            marker.touch(mode=0o600)
            marker.write_text("not set up yet\n", encoding="utf-8")
        except OSError as error:  # a full disk or a read-only folder: the marker only remembers
            log.warning("could not write %s (%s); the self-check is offered again", marker, error.strerror)
        log.info("self-check cancelled: coaching not set up yet, walk breaks only")
        self.tell(NOT_SET_UP_TITLE, NOT_SET_UP_TEXT, on_click=self.show_screen_wizard)

    def load_week(self, day: date) -> WeekStats:
        """The figures of the week holding ``day``, aggregated in SQL, in the user's zone."""
        from desk_coach.adapters.storage.weekly_stats import load_week

        assert self.database is not None
        day_start = self.settings.work_hours.day_start_min  # a night shift counts on the day it began
        return load_week(self.database.engine, day, self.clock.now().tzinfo, self.first_weekday(), day_start)

    def first_weekday(self) -> int:
        """The first day of the week (0 = Monday) from the settings, or the system locale's."""
        choice = self.settings.calendar.first_day_of_week
        if choice == "monday":
            return 0
        if choice == "sunday":
            return 6
        from PySide6.QtCore import QLocale

        return QLocale.system().firstDayOfWeek().value - 1

    def show_progress(self) -> None:
        from desk_coach.ui.progress_window import ProgressWindow

        today = self.settings.work_hours.day_of(self.clock.now())  # the user's day, not the date
        if self._progress is not None:
            self._progress.set_today(today)
            self._progress.refresh()
            self._progress.show()
            self._progress.raise_()
            self._progress.activateWindow()
            return
        from desk_coach.adapters.storage.weekly_stats import day_span_utc, days_with_breaks

        assert self.database is not None
        database = self.database

        def utc_midnight(day: date) -> datetime:
            return datetime.combine(day, time(), tzinfo=self.clock.now().tzinfo).astimezone(UTC)

        def load_screens(first: date, last: date):
            since, until = utc_midnight(first), utc_midnight(last + timedelta(days=1))
            with self._unit_of_work() as uow:
                return uow.coaching.screens_between(since, until)

        def load_break_days(today: date) -> list[date]:
            # A year back is far more than any streak needs; SQL hands back one row per day.
            day_start = self.settings.work_hours.day_start_min
            year = (today - timedelta(days=366), today)
            since, until = day_span_utc(year, self.clock.now().tzinfo, day_start)
            with database.engine.connect() as connection:
                return days_with_breaks(connection, since, until, day_start)

        window = ProgressWindow(
            self.load_week,
            today,
            first_weekday=self.first_weekday(),
            goal_minutes=self.settings.goals.daily_sitting_max_min,
            load_screens=load_screens,
            load_break_days=load_break_days,
        )
        self._progress = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _arm_weekly_summary(self) -> None:
        summary = self.settings.summary
        self.timers.daily("weekly-summary", summary.time, self._weekly_summary, weekdays=summary.day[:3])

    def _weekly_summary(self) -> None:
        """The week in three lines, at the time the user chose; Progress… shows the rest."""
        stats = self.load_week(self.settings.work_hours.day_of(self.clock.now()))
        lines = [*stats.summary_lines(), "Progress… in the tray menu shows the charts."]
        self.tell("Your week", "\n".join(lines), on_click=self.show_progress)

    def tell(self, title: str, text: str, on_click=None) -> None:
        """Every message to the user goes the way reminders go: the desktop's notifications, then
        plyer, then the tray balloon (the user's notification style decides). Plain messages carry
        no answer buttons; ``on_click`` runs on a click where the channel reports one."""
        # No notifier yet while the coach starts; one given for a simulation may show reminders only.
        tell = getattr(getattr(self, "notifier", None), "tell", None)
        channel = tell(title, text, on_click) if tell is not None else None
        if channel is None:
            self._balloon(title, text)
            channel = "tray"
        self._on_balloon_click = on_click if channel == "tray" else None

    def _balloon(self, title: str, text: str) -> bool:
        """The tray balloon, the notifiers' last resort. A StatusNotifierItem tray has none: there,
        as Qt's own item did, a plain desktop notification stands in, its click told as a balloon's."""
        if not self.tray.own_item:
            return self.tray.show_message(title, text)
        if self._balloons is None:
            from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier

            self._balloons = FreedesktopNotifier()
        return self._balloons.tell(title, text, on_click=self.tray.message_clicked.emit)

    def _balloon_clicked(self) -> None:
        on_click, self._on_balloon_click = self._on_balloon_click, None
        if on_click is not None:
            on_click()

    def _daily_coaching_check(self) -> None:
        """Once a day: adapt to how many breaks got done (rule 6), offer a re-check (rule 7)."""
        if self.routines is None:
            return
        adjustment = self.routines.check_adherence()
        if adjustment is not None:
            if adjustment.interval_change_min:
                # The sit interval is a setting the user sees and may change back: the new one is
                # written to the settings file (that one value, in place) and said in the line below.
                interval = self.settings.breaks.sit_interval_min + adjustment.interval_change_min
                self._settings_saved(self.settings_file.update({"breaks": {"sit_interval_min": interval}}))
            self.tell("What changed", adjustment.line())
        reason = self.routines.rescreen_reason()
        if reason:
            text = f"{reason} Open Self-check… from the tray menu."
            self.tell("Time for a short self-check", text, on_click=self.show_screen_wizard)

    def show_screen_wizard(self, notices: Sequence[str] = ()) -> None:
        """Open the self-check; a finished one is stored with its red-flag outcome, a
        cancelled one leaves coaching as it was. ``notices`` head its first page."""
        from desk_coach.adapters.screen_files import load_screen_content
        from desk_coach.ui.screen_wizard.wizard import ScreenWizard

        if self._wizard is not None:
            self._wizard.raise_()
            self._wizard.activateWindow()
            return
        from desk_coach.services.screening import coaching_before

        content = load_screen_content()
        paused, walk_only = coaching_before(self._unit_of_work)
        wizard = ScreenWizard(
            content,
            self.settings.work_hours,
            now=self.clock.now,
            notices=notices,
            paused=paused,
            walk_only=walk_only,
            equipment=self.settings.coaching.equipment,
            first_steps=self._first_steps,
        )
        wizard.completed.connect(lambda result, hours: self._screen_done(content, result, hours))
        wizard.rejected.connect(self._screen_cancelled)
        wizard.finished.connect(lambda *_: setattr(self, "_wizard", None))
        self._wizard = self._keep(wizard)
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def _screen_done(self, content, result, work_hours) -> None:
        from desk_coach.domain.coaching.screening import gate
        from desk_coach.services.screening import record_screen

        assert self.database is not None
        outcome = gate(content, result.red_flags, result.pain_items)
        record_screen(self._unit_of_work, content, result, outcome)
        log.info("self-check stored (exercise allowed: %s)", outcome.exercise_allowed)
        self._set_up = True
        self._show_set_up_state()
        changes: dict[str, dict] = {}
        if work_hours:
            changes["work_hours"] = work_hours
        if result.equipment is not None and result.equipment != self.settings.coaching.equipment:
            changes["coaching"] = {"equipment": sorted(item.value for item in result.equipment)}
        if changes:
            self._save_from_screen(changes)

    def _first_steps(self):
        """The last page of the self-check: the next break's moves with the planner's reasons,
        when that break comes, and where the tray icon is."""
        from desk_coach.domain.coaching.planner import explain_plan
        from desk_coach.domain.history import BreakKind
        from desk_coach.services.planning import todays_plan
        from desk_coach.services.set_up import first_steps

        now = self.clock.now()
        lines: list[str] = []
        if self.routines is not None:
            plans, _ = todays_plan(
                self._unit_of_work, self.routines.library, self._coaching_rules, self.settings, now
            )
            micro = next((plan for plan in plans if plan.kind == BreakKind.MICRO), None)
            if micro is not None:
                lines = explain_plan(micro, self.routines.library, title="Your next short break")
        next_break_at = self.coach.status().next_break_at if self.coach is not None else None
        return first_steps(lines, next_break_at, now, self.settings.breaks.sit_interval_min)

    def _save_from_screen(self, changes: dict[str, dict]) -> None:
        """Save the answers the self-check keeps in the settings (work hours, equipment)."""
        try:
            settings = self.settings_file.update(changes)
        except ValueError as error:
            log.warning("answers from the self-check not saved: %s", error)
            return
        self._settings_saved(settings)

    def _pause(self, minutes: int) -> None:
        assert self.coach is not None
        if minutes == PAUSE_UNTIL_TOMORROW:
            self.coach.pause_until_tomorrow()
        else:
            self.coach.pause_for(minutes)

    def stop(self) -> None:
        if self.coach is not None:
            self.coach.stop()
        if self.timers is not None:
            self.timers.shutdown()
        close_notifier = getattr(getattr(self, "notifier", None), "close", None)
        if close_notifier is not None:
            close_notifier()
        if self._balloons is not None:
            self._balloons.close()
        self.tray.hide()
        self.server.close()
        if self.database is not None:
            self.database.dispose()
        log.info("%s stopped", APP_NAME)

    def show_about(self) -> None:
        box = about_box(self.paths.database, self.paths.settings_file, self.paths.log_file)
        self._keep(box).show()

    def _export_data(self, path) -> None:
        from desk_coach.adapters.storage.export import ExportError, export_data

        assert self.database is not None
        try:
            export_data(self.database.engine, "json", path, self.clock.now(), force=True)
        except ExportError as error:
            raise OSError(str(error)) from error

    def _delete_all_data(self) -> None:
        """Stop recording, remove every file Desk Coach keeps, and quit: nothing is left behind."""
        from desk_coach.adapters.data_removal import delete_all_data

        if self.coach is not None:
            self.coach = None  # no last bout is written into the data being removed
        if self.timers is not None:
            self.timers.shutdown()
            self.timers = None
        if self.database is not None:
            self.database.dispose()
            self.database = None
        removed = delete_all_data(self.paths)
        log.info("all data deleted: %d files", len(removed))
        QTimer.singleShot(0, self.qt_app.quit)

    def show_settings(self) -> None:
        from desk_coach.adapters.autostart.factory import autostart_for_platform
        from desk_coach.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings_file.schema,
            self.settings,
            save=self.settings_file.save,
            autostart=autostart_for_platform(),
            export_data=self._export_data,
            delete_data=self._delete_all_data,
        )
        dialog.settings_saved.connect(self._settings_saved)
        self._keep(dialog).show()

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        if self.timers is not None:
            self._arm_weekly_summary()
        if self._progress is not None:
            self._progress.set_goal_minutes(settings.goals.daily_sitting_max_min)
        if self.coach is not None:
            self.coach.apply_settings(self.test_timing.apply(settings) if self.test_timing else settings)

    def handle_request(self, request: Request) -> Reply:
        """Answer another launch or a CLI command."""
        command = request.get("command")
        if command == "activate":
            self.tell(APP_NAME, f"{APP_NAME} is already running: find it here in the tray.")
            return {"ok": True, "pid": os.getpid()}
        if command == "status":
            if self.coach is None:
                return {"ok": False, "error": f"{APP_NAME} is running but its coach has not started; "
                                              f"see the log: {self.paths.log_file}"}
            self.coach.tick()  # a fresh look: the coach itself looks only when something can change
            return {"ok": True, "status": self.coach.status().as_json(self.clock.now())}
        if command == "progress":
            self.show_progress()
            return {"ok": True}
        if command == "screen":
            self.show_screen_wizard()
            return {"ok": True}
        if command == "reload-settings" and self.coach is not None:
            loaded = self.settings_file.load()  # e.g. a trainer's self-check set the equipment
            self._settings_saved(loaded.settings)
            return {"ok": True}
        if command == "break" and self.coach is not None:
            self.coach.start_break()
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {command!r}"}

    def close_windows(self) -> None:
        """Close and destroy every window still open, while the application is still there."""
        from PySide6.QtWidgets import QApplication

        for window in QApplication.topLevelWidgets():
            window.close()
            window.deleteLater()
        self._windows.clear()
        self._wizard = self._progress = None
        QApplication.sendPostedEvents(None, 0)  # 0: QEvent.DeferredDelete, run the deletions now

    def _keep(self, window):
        """Hold a reference to a non-modal window until it closes."""
        self._windows.append(window)
        window.finished.connect(lambda *_: self._windows.remove(window))
        return window


def _ensure_desktop_entry() -> None:
    """Where no package installed our desktop entry (pip, the bundle), write one: GNOME and Plasma
    name the windows "Desk Coach" with its icon only through it."""
    from desk_coach.adapters.autostart.launcher import launch_command
    from desk_coach.adapters.desktop_entry import ensure_desktop_entry

    try:
        written = ensure_desktop_entry(launch_command())
    except OSError as error:
        log.warning("could not write the desktop entry: %s", error)
        return
    log.info("desktop entry: %s", written or "installed by a package")


def run_tray_app(
    *, verbose: bool = False, argv: Sequence[str] | None = None, test_timing: TestTiming | None = None
) -> int:
    """Start the tray coach, or hand over to the one already running. Returns the exit status."""
    paths = AppPaths.for_current_user()
    qt_app = create_qt_app(argv if argv is not None else sys.argv[:1])
    try:
        ask_running_coach(link_name(paths.data_dir), {"command": "activate"})
    except NoRunningCoach:
        pass
    else:
        print(f"{APP_NAME} is already running; its icon is in the system tray.")
        return 0
    _pause_for_race_test()

    coach = DeskCoachApp(paths, qt_app, test_timing)
    try:
        coach.show_icon()
    except CoachAlreadyRunning:  # another start won between our look and our claim
        return _hand_over(link_name(paths.data_dir))
    signal_watch = quit_on_signals(qt_app)
    # Let Qt send the icon to the tray host before the database and the coach are loaded.
    qt_app.processEvents()

    def start_coaching() -> None:
        configure_logging(paths.log_file, verbose=verbose)
        coach.start_coaching()

    QTimer.singleShot(0, start_coaching)
    try:
        return qt_app.exec()
    finally:
        # The event loop is over: an error from here on is logged, never shown in a new window
        # (one made now would outlive the application and crash the process on its way out).
        coach.reporter.quitting()
        try:
            coach.stop()
        except Exception:
            log.exception("stopping Desk Coach failed")
        coach.close_windows()
        stop_watching_signals(signal_watch)


RACE_DELAY_VARIABLE = "DESK_COACH_TEST_START_DELAY_S"
HAND_OVER_WAIT_S = 10.0


def _pause_for_race_test() -> None:
    """Tests only: wait this long between looking for a running coach and claiming the link,
    so a test can make two starts race (``DESK_COACH_TEST_START_DELAY_S``)."""
    delay = os.environ.get(RACE_DELAY_VARIABLE)
    if delay:
        import time

        print(f"no coach answered; claiming the link in {delay} s", file=sys.stderr, flush=True)
        time.sleep(float(delay))


def _hand_over(name: str) -> int:
    """Another start holds the link: wait for it to answer, then tell it to show itself."""
    import time

    deadline = time.monotonic() + HAND_OVER_WAIT_S
    while True:
        try:
            ask_running_coach(name, {"command": "activate"})
        except NoRunningCoach:
            if time.monotonic() > deadline:
                print(f"{APP_NAME} is already starting but does not answer yet; try again in a moment.",
                      file=sys.stderr)
                return 1
            time.sleep(0.1)
        else:
            print(f"{APP_NAME} is already running; its icon is in the system tray.")
            return 0
