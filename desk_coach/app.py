"""The tray app: takes Desk Coach's parts from the composition root (bootstrap.py), wires them to
the tray and its windows, and starts them: the tray icon first (what the user waits for), then
the settings, the database and the coach, and last what the user must know (a damaged database)."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desk_coach import APP_NAME, __version__
from desk_coach.adapters.instance_link import CoachAlreadyRunning, instance_server
from desk_coach.adapters.memory import release_free_memory
from desk_coach.adapters.paths import AppPaths
from desk_coach.bootstrap import NO_LIBRARY, CoachParts, Container, CuePlayer, History, TestTiming
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.messages import startup_notices_box
from desk_coach.ui.shell import TrayShell
from desk_coach.ui.tray import CoachTray

if TYPE_CHECKING:  # the tray icon shows before the coach's modules load (start_coaching)
    from desk_coach.ui.coaching_windows import CoachingWindows, WindowData

log = logging.getLogger(__name__)


class DeskCoachApp:
    """The running coach: tray, storage, settings, the coach loop and the link to other launches."""

    def __init__(self, paths: AppPaths, qt_app, test_timing: TestTiming | None = None, *, clock=None,
                 parts: CoachParts | None = None) -> None:
        """``clock`` and ``parts`` replace the real ones: the seam for simulations and benchmarks."""
        self.container = Container(paths, clock)
        self.paths, self.clock, self.qt_app = paths, self.container.clock, qt_app
        self._for_coach = test_timing.apply if test_timing else lambda settings: settings
        self.parts = replace(parts) if parts is not None else CoachParts()
        self.reporter = ErrorReporter(paths.log_file)
        self.tray = CoachTray(qt_app.windowIcon())
        self.shell = TrayShell(self.tray)
        self.requests = LaunchRequests(self, lambda: self.coach, self.clock, str(paths.log_file))
        self.server = instance_server(self.container.link_name, self.requests.handle)
        self.settings = None
        self.history: History | None = None
        self.windows: CoachingWindows | None = None
        self.routines = self.coach = self.daily_check = self.view = None
        self.cues = CuePlayer(lambda: self.settings)
        self.notices: list[str] = []

    def start(self) -> None:
        """Start everything at once (the tests); ``run_tray_app`` lets the icon show in between."""
        self.show_icon()
        self.start_coaching()

    def show_icon(self) -> None:
        """The tray icon and the link that answers other launches. Raises CoachAlreadyRunning when
        another coach of this user won the start; any other link failure only costs the link."""
        try:
            self.server.listen()
        except CoachAlreadyRunning:
            raise
        except OSError as error:
            log.warning("other launches cannot reach this coach: %s", error)
        self.reporter.install()
        self.tray.quit_requested.connect(self.qt_app.quit)
        self.tray.about_requested.connect(lambda: self.shell.show_about(self.paths))
        self.tray.show()

    def start_coaching(self) -> None:
        """Settings, database and the coach loop: the heavy part, once the icon is up."""
        log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())
        self.container.ensure_desktop_entry()
        loaded = self.container.load_settings()
        self.settings = loaded.settings
        self.notices.extend(str(problem) for problem in loaded.problems)
        self.history = self.container.history_to_coach_on()
        self.notices.extend(self.history.notices)
        self._start_coach(self.history)
        for notice in self.notices:
            log.warning("%s", notice)
        if self.routines is not None and not self.windows.set_up.known:
            # Offered at every start until done, once per start; the notices go on its first page.
            self.windows.show_self_check(notices=self.notices)
        elif self.notices:
            self.shell.keep(startup_notices_box(self.notices)).show()
        QTimer.singleShot(0, release_free_memory)

    def _start_coach(self, history: History) -> None:
        from desk_coach.services.daily_check import DAILY_CHECK_AT
        from desk_coach.services.set_up import SetUpHintNotifier
        from desk_coach.ui.coach_view import QtCoachView
        from desk_coach.ui.coaching_windows import CoachingWindows, wire_tray_menu

        container, parts = self.container, self.parts
        self.routines = container.routines(history, lambda: self.settings)
        if self.routines is None:
            self.notices.append(NO_LIBRARY)
        self.windows = windows = CoachingWindows(self.shell, self._window_data(history))
        windows.set_up.check()
        windows.show_set_up_state()
        if parts.timers is None:
            parts.timers = container.qt_timers()
        parts.notifier = self.shell.notifier = SetUpHintNotifier(
            parts.notifier or container.notifier(self.tray.show_message, self.settings),
            lambda: not windows.set_up.check())
        self.view = QtCoachView(self.tray, self.clock.now, lambda: self.coach.can_snooze_now,
                                routines=self.routines, play_sound=self.cues,
                                can_skip=lambda: self.coach.can_skip_now)
        self.view.routine_outcome.connect(windows.show_routine_outcome)
        self.coach = coach = container.coach(history, self._for_coach(self.settings), self.view, parts,
                                             on_storage=self.shell.storage_changed)
        self.view.break_finished.connect(coach.finish_break)
        wire_tray_menu(self.tray, coach, windows)
        log.info("activity sensing: %s", parts.idle.description)
        parts.timers.start()
        coach.start()
        self.daily_check = container.daily_check(self.routines, lambda: self.settings, self._settings_saved)
        parts.timers.daily("coaching-check", DAILY_CHECK_AT, self._daily_coaching_check)
        self._arm_weekly_summary()

    def _window_data(self, history: History) -> WindowData:
        from desk_coach.ui.coaching_windows import WindowData, locale_first_weekday

        container = self.container
        return WindowData(
            settings=lambda: self.settings, now=self.clock.now, unit_of_work=history.unit_of_work,
            routines=self.routines, rules=container.library.rules, screen_content=container.screen_content,
            settings_file=container.settings_file, settings_saved=self._settings_saved,
            autostart=container.autostart, your_data=container.your_data(history),
            delete_all=self._delete_all_data,
            week_report=container.week_report(history, lambda: self.settings, locale_first_weekday),
            next_break_at=lambda: self.coach.status().next_break_at if self.coach is not None else None,
            remember_not_set_up=container.remember_not_set_up,
        )

    def _daily_coaching_check(self) -> None:
        if self.daily_check is not None:
            self.windows.show_coaching_messages(self.daily_check.run())

    def _arm_weekly_summary(self) -> None:
        summary = self.settings.summary
        self.parts.timers.daily("weekly-summary", summary.time, self.windows.weekly_summary,
                                weekdays=summary.day[:3])

    def _settings_saved(self, settings) -> None:
        self.settings = settings
        if self.parts.timers is not None:
            self._arm_weekly_summary()
        self.windows.settings_changed(settings)
        if self.coach is not None:
            self.coach.apply_settings(self._for_coach(settings))

    def _delete_all_data(self) -> None:
        """Stop recording, remove every file Desk Coach keeps, and quit: nothing is left behind."""
        self.coach = None  # no last bout is written into the data being removed
        self._release()
        removed = self.container.your_data(None).delete_all()
        log.info("all data deleted: %d files", len(removed))
        QTimer.singleShot(0, self.qt_app.quit)

    # -- what other launches ask (services.launch_requests.Shell) ------------------------------
    def tell(self, title: str, text: str, on_click=None) -> None:
        self.shell.tell(title, text, on_click)

    def show_progress(self) -> None:
        self.windows.show_progress()

    def show_self_check(self) -> None:
        self.windows.show_self_check()

    def reload_settings(self) -> None:
        self._settings_saved(self.container.load_settings().settings)

    def stop(self) -> None:
        if self.coach is not None:
            self.coach.stop()
        self._release()
        if self.shell.notifier is not None:
            self.shell.notifier.close()
        self.tray.hide()
        self.server.close()
        log.info("%s stopped", APP_NAME)

    def _release(self) -> None:
        """Stop the timers and close the history: nothing more is recorded."""
        if self.parts.timers is not None:
            self.parts.timers.shutdown()
        if self.history is not None:
            self.history.close()
        self.parts.timers = self.history = None

    def close_windows(self) -> None:
        self.shell.close_windows()
        if self.windows is not None:
            self.windows.forget_windows()

