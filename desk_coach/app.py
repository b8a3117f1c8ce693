"""The tray app: takes Desk Coach's parts from the composition root (bootstrap.py), wires them to
the tray and its windows, and starts them: the tray icon first (what the user waits for), then
the settings, the database and the coach, and last what the user must know (a damaged database)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desk_coach import APP_NAME, __version__
from desk_coach.adapters.instance_link import CoachAlreadyRunning, instance_server
from desk_coach.adapters.memory import release_free_memory
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.tray.factory import create_tray_item
from desk_coach.bootstrap import CoachParts, Container, CuePlayer, History, SpokenCues, TestTiming, no_library
from desk_coach.services.launch_requests import LaunchRequests
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.language import apply_language
from desk_coach.ui.messages import startup_notices_box
from desk_coach.ui.shell import TrayShell
from desk_coach.ui.tray import CoachTray
from desk_coach.ui.user_screen import open_window
from desk_coach.wording.problems import problem_words
from desk_coach.wording.say import say

if TYPE_CHECKING:  # the tray icon shows before the coach's modules load (start_coaching)
    from desk_coach.adapters.global_shortcut import KdeGlobalShortcut
    from desk_coach.domain.settings import Settings
    from desk_coach.services.coach import Coach
    from desk_coach.services.daily_check import DailyCoachingCheck
    from desk_coach.services.routines import RoutineService
    from desk_coach.ui.coach_view import QtCoachView
    from desk_coach.ui.coaching_windows import CoachingWindows

from desk_coach.wording.language import SYSTEM
from desk_coach.wording.qt_catalogues import current_language

log = logging.getLogger(__name__)

PREPARE_PROGRESS_AFTER_MS = 10_000
"""When Progress's first reading is done ahead: out of the start-up's way (the coach's own first
reads), and long before a user opens Progress from the tray menu."""


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
        # The system's language for the icon and its menu; the settings' choice once they are read.
        apply_language(SYSTEM)
        self.tray = CoachTray(qt_app.windowIcon(), item_factory=create_tray_item)
        balloon = self.container.balloon(self.tray)
        self.shell = TrayShell(self.tray, balloon.show, balloon.close)
        self.requests = LaunchRequests(self, lambda: self.coach, self.clock, str(paths.log_file), say)
        self.server = instance_server(self.container.link_name, self.requests.handle)
        self.settings: Settings | None = None  # set by start_coaching, as are the six below
        self.history: History | None = None
        self.windows: CoachingWindows | None = None
        self.routines: RoutineService | None = None
        self.coach: Coach | None = None
        self.daily_check: DailyCoachingCheck | None = None
        self.view: QtCoachView | None = None
        self.cues = CuePlayer(self.current_settings)
        self.spoken_cues = SpokenCues(self.current_settings)
        self.shortcut: KdeGlobalShortcut | None = None  # the status window's global key, if any
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
        self.tray.status_window_requested.connect(self.shell.show_status_window)
        self.tray.show()

    def start_coaching(self) -> None:
        """Settings, database and the coach loop: the heavy part, once the icon is up."""
        log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())
        self.container.ensure_desktop_entry()
        loaded = self.container.load_settings()
        self.settings = loaded.settings
        self._speak(loaded.settings.display.language)
        self.notices.extend(problem_words(problem) for problem in loaded.problems)
        self.history = self.container.history_to_coach_on()
        self.notices.extend(self.history.notices)
        windows = self._start_coach(self.history, loaded.settings)
        for notice in self.notices:
            log.warning("%s", notice)
        if self.routines is not None and not windows.set_up.known:
            # Offered at every start until done, once per start; the notices go on its first page.
            windows.show_self_check(notices=self.notices)
        elif self.notices:
            open_window(self.shell.keep(startup_notices_box(self.notices)))
        self._start_shortcut()
        QTimer.singleShot(0, release_free_memory)
        QTimer.singleShot(PREPARE_PROGRESS_AFTER_MS, self._prepare_progress)

    def _start_shortcut(self) -> None:
        """A global key that opens the status window, where the desktop lends one (KDE Plasma)."""
        if not sys.platform.startswith("linux"):
            return
        from desk_coach.adapters.global_shortcut import KdeGlobalShortcut

        shortcut = KdeGlobalShortcut(self.shell.show_status_window)
        if shortcut.start():
            self.shortcut = shortcut

    def _prepare_progress(self) -> None:
        """Progress's first reading, done ahead at idle (``CoachingWindows.warm_progress``)."""
        if self.windows is not None and self.history is not None:  # not once stopped
            self.windows.warm_progress()

    def current_settings(self) -> Settings:
        """The settings in force: start_coaching loads them before anything that reads them."""
        assert self.settings is not None, "read before start_coaching loaded the settings"
        return self.settings

    def _start_coach(self, history: History, settings: Settings) -> CoachingWindows:
        from desk_coach.adapters.screen_reader import screen_reader_running
        from desk_coach.services.daily_check import DAILY_CHECK_AT
        from desk_coach.ui.coach_view import QtCoachView
        from desk_coach.ui.coaching_windows import CoachingWindows, wire_tray_menu

        container, parts = self.container, self.parts
        self.routines = routines = container.routines(history, self.current_settings)
        if routines is None:
            self.notices.append(no_library())
        self.windows = windows = CoachingWindows(self.shell, container.window_data(
            history, routines, self.current_settings, self._settings_saved, self._delete_all_data,
            next_break_at=lambda: self.coach.status().next_break_at if self.coach is not None else None,
            sitting_now=lambda: self.coach.status().sitting_s if self.coach is not None else 0.0))
        windows.set_up.check()
        windows.show_set_up_state()
        parts.timers = parts.timers or container.qt_timers()
        parts.notifier = self.shell.notifier = container.notifier(
            self.shell.balloon, settings, parts.notifier, lambda: not windows.set_up.check())
        self.view = view = QtCoachView(
            self.tray, self.clock.now, lambda: self.coach is not None and self.coach.can_snooze_now,
            routines=routines, play_sound=self.cues, spoken_cues=self.spoken_cues,
            screen_reader_running=screen_reader_running,
            can_skip=lambda: self.coach is not None and self.coach.can_skip_now,
            break_screen=lambda: self.current_settings().break_screen,
            can_pause=lambda: self.coach is None or self.coach.can_pause_now)
        view.routine_outcome.connect(windows.show_routine_outcome)
        self.coach = coach = container.coach(history, self._for_coach(settings), view, parts,
                                             on_storage=self.shell.storage_changed)
        view.break_finished.connect(coach.finish_break)
        coach.on_bout_recorded = windows.bout_recorded
        wire_tray_menu(self.tray, coach, windows)
        parts.timers.start()
        coach.start()
        self.daily_check = container.daily_check(routines, self.current_settings, self._settings_saved)
        parts.timers.daily("coaching-check", DAILY_CHECK_AT, self._daily_coaching_check)
        self._arm_weekly_summary(settings)
        return windows

    def _daily_coaching_check(self) -> None:
        if self.daily_check is not None and self.windows is not None:
            self.windows.show_coaching_messages(self.daily_check.run())

    def _arm_weekly_summary(self, settings: Settings) -> None:
        if self.parts.timers is not None and self.windows is not None:  # not once the timers stopped
            self.parts.timers.daily("weekly-summary", settings.summary.time, self.windows.weekly_summary,
                                    weekdays=settings.summary.day[:3])

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self._speak(settings.display.language)
        self._arm_weekly_summary(settings)
        if self.windows is not None:
            self.windows.settings_changed(settings)
        if self.coach is not None:
            self.coach.apply_settings(self._for_coach(settings))

    def _speak(self, setting: str) -> None:
        """Speak the language the settings name from now on: the tray menu is worded again at
        once, the content (exercises, self-check) read again in it, and every window opened
        afterwards speaks it; nothing restarts."""
        before = current_language()
        if apply_language(setting) == before:
            return
        loaded = self.container.read_content_again()
        if self.routines is not None:
            self.routines.use_library(loaded.library)
        self.tray.name_entries()
        if self.windows is not None:
            self.windows.show_set_up_state()
        if self.coach is not None:
            self.coach.refresh_view()  # the status line in the new language

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
        if self.windows is not None:
            self.windows.show_progress()

    def show_self_check(self) -> None:
        if self.windows is not None:
            self.windows.show_self_check()

    def show_settings(self) -> None:
        if self.windows is not None:
            self.windows.show_settings()

    def show_about(self) -> None:
        self.shell.show_about(self.paths)

    def show_status_window(self) -> None:
        self.shell.show_status_window()

    def reload_settings(self) -> None:
        self._settings_saved(self.container.load_settings().settings)

    def stop(self) -> None:
        if self.coach is not None:
            self.coach.stop()
        self._release()
        if self.shortcut is not None:
            self.shortcut.close()
            self.shortcut = None
        self.shell.close()
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

