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

from desk_coach import APP_NAME, __version__
from desk_coach.adapters.instance_link import (
    InstanceServer,
    NoRunningCoach,
    Reply,
    Request,
    ask_running_coach,
    link_name,
)
from desk_coach.adapters.logging_setup import configure_logging
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.settings_file import SettingsFile
from desk_coach.adapters.storage.database import Database, open_database
from desk_coach.adapters.storage.unit_of_work import SqlUnitOfWork
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.domain.settings import Settings
from desk_coach.services.coach import Coach
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.coach_view import QtCoachView
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.messages import about_box, startup_notices_box
from desk_coach.ui.quit_signals import quit_on_signals
from desk_coach.ui.tray import PAUSE_UNTIL_TOMORROW, CoachTray

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TestTiming:
    """Seconds instead of minutes, for end-to-end tests only (`run --test-interval ...`).

    Not a user setting: it bypasses the settings' ranges so a test sees a reminder in seconds.
    """

    sit_interval_s: float
    natural_break_s: float

    def apply(self, settings: Settings) -> Settings:
        breaks = replace(settings.breaks, sit_interval_min=self.sit_interval_s / 60, long_breaks_per_day=0)
        idle = replace(
            settings.idle,
            natural_break_idle_s=self.natural_break_s,
            long_break_idle_s=max(self.natural_break_s, settings.idle.long_break_idle_s),
        )
        work = replace(settings.work_hours, honour=False)
        return replace(settings, breaks=breaks, idle=idle, work_hours=work)


class DeskCoachApp:
    """The running coach: tray, storage, settings, the coach loop and the link to other launches."""

    def __init__(self, paths: AppPaths, qt_app, test_timing: TestTiming | None = None) -> None:
        self.paths = paths
        self.qt_app = qt_app
        self.test_timing = test_timing
        self.clock = SystemClock()
        self.reporter = ErrorReporter(paths.log_file)
        self.tray = CoachTray(qt_app.windowIcon())
        self.server = InstanceServer(link_name(paths.data_dir), self.handle_request)
        self.settings_file = SettingsFile(paths.settings_file)
        self.database: Database | None = None
        self.coach: Coach | None = None
        self.timers = None
        self.notices: list[str] = []
        self._windows: list = []

    def start(self) -> None:
        self.reporter.install()
        self.server.listen()
        self.tray.quit_requested.connect(self.qt_app.quit)
        self.tray.about_requested.connect(self.show_about)
        self.tray.show()
        log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())

        loaded = self.settings_file.load()
        self.settings = loaded.settings
        self.notices.extend(str(problem) for problem in loaded.problems)
        self.database = open_database(self.paths.database, self.clock)
        self.notices.extend(self.database.notices)
        self._start_coach()
        for notice in self.notices:
            log.warning("%s", notice)
        if self.notices:
            self._keep(startup_notices_box(self.notices)).show()

    def _start_coach(self) -> None:
        from tzlocal import get_localzone

        from desk_coach.adapters.idle.factory import create_idle_sensor
        from desk_coach.adapters.notify.factory import create_notifier
        from desk_coach.adapters.quiet.factory import create_quiet_sensor
        from desk_coach.adapters.scheduling.qt_timers import QtTimers

        database = self.database
        assert database is not None
        self.idle = create_idle_sensor()
        self.timers = QtTimers(get_localzone())
        self.notifier = create_notifier(self.tray.show_message, self.settings.notifications.style)
        coach_settings = self.test_timing.apply(self.settings) if self.test_timing else self.settings
        self.view = QtCoachView(self.tray, self.clock.now, lambda: self.coach.can_snooze_now)
        self.coach = Coach(
            clock=self.clock,
            idle=self.idle,
            quiet=create_quiet_sensor(),
            timers=self.timers,
            notifier=self.notifier,
            unit_of_work=lambda: SqlUnitOfWork(database.sessionmaker),
            settings=coach_settings,
            view=self.view,
        )
        coach = self.coach
        self.view.break_finished.connect(lambda _completed: coach.finish_break())
        self.tray.break_requested.connect(lambda: coach.start_break())
        self.tray.snooze_requested.connect(coach.snooze)
        self.tray.skip_requested.connect(coach.skip)
        self.tray.resume_requested.connect(coach.resume)
        self.tray.pause_requested.connect(self._pause)
        self.tray.settings_requested.connect(self.show_settings)
        log.info("activity sensing: %s", self.idle.description)
        self.timers.start()
        coach.start()

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
        self.tray.hide()
        self.server.close()
        if self.database is not None:
            self.database.dispose()
        log.info("%s stopped", APP_NAME)

    def show_about(self) -> None:
        box = about_box(self.paths.database, self.paths.settings_file, self.paths.log_file)
        self._keep(box).show()

    def show_settings(self) -> None:
        from desk_coach.adapters.autostart.factory import autostart_for_platform
        from desk_coach.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings_file.schema,
            self.settings,
            save=self.settings_file.save,
            autostart=autostart_for_platform(),
        )
        dialog.settings_saved.connect(self._settings_saved)
        self._keep(dialog).show()

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        if self.coach is not None:
            self.coach.apply_settings(self.test_timing.apply(settings) if self.test_timing else settings)

    def handle_request(self, request: Request) -> Reply:
        """Answer another launch or a CLI command."""
        command = request.get("command")
        if command == "activate":
            self.tray.show_message(APP_NAME, f"{APP_NAME} is already running: find it here in the tray.")
            return {"ok": True, "pid": os.getpid()}
        if command == "status" and self.coach is not None:
            return {"ok": True, "status": self.coach.status().as_json(self.clock.now())}
        if command == "break" and self.coach is not None:
            self.coach.start_break()
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {command!r}"}

    def _keep(self, window):
        """Hold a reference to a non-modal window until it closes."""
        self._windows.append(window)
        window.finished.connect(lambda *_: self._windows.remove(window))
        return window


def run_tray_app(
    *, verbose: bool = False, argv: Sequence[str] | None = None, test_timing: TestTiming | None = None
) -> int:
    """Start the tray coach, or hand over to the one already running. Returns the exit status."""
    paths = AppPaths.for_current_user()
    configure_logging(paths.log_file, verbose=verbose)
    qt_app = create_qt_app(argv if argv is not None else sys.argv[:1])
    try:
        ask_running_coach(link_name(paths.data_dir), {"command": "activate"})
    except NoRunningCoach:
        pass
    else:
        print(f"{APP_NAME} is already running; its icon is in the system tray.")
        return 0

    coach = DeskCoachApp(paths, qt_app, test_timing)
    signal_watch = quit_on_signals(qt_app)
    coach.start()
    try:
        return qt_app.exec()
    finally:
        coach.stop()
        del signal_watch
