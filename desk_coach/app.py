"""The single place that builds Desk Coach and wires its parts together.

Order matters for how fast the user sees something: the tray icon shows first, then the
settings and the database are opened, and anything the user must know is shown last.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

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
from desk_coach.adapters.system_clock import SystemClock
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.error_reporting import ErrorReporter
from desk_coach.ui.messages import about_box, startup_notices_box
from desk_coach.ui.quit_signals import quit_on_signals
from desk_coach.ui.tray import CoachTray

log = logging.getLogger(__name__)


class DeskCoachApp:
    """The running coach: tray, storage, settings and the link other launches talk to."""

    def __init__(self, paths: AppPaths, qt_app) -> None:
        self.paths = paths
        self.qt_app = qt_app
        self.clock = SystemClock()
        self.reporter = ErrorReporter(paths.log_file)
        self.tray = CoachTray(qt_app.windowIcon())
        self.server = InstanceServer(link_name(paths.data_dir), self.handle_request)
        self.database: Database | None = None
        self.notices: list[str] = []
        self._windows: list = []

    def start(self) -> None:
        self.reporter.install()
        self.server.listen()
        self.tray.quit_requested.connect(self.qt_app.quit)
        self.tray.about_requested.connect(self.show_about)
        self.tray.show()
        log.info("%s %s started (pid %d)", APP_NAME, __version__, os.getpid())

        loaded = SettingsFile(self.paths.settings_file).load()
        self.settings = loaded.settings
        self.notices.extend(str(problem) for problem in loaded.problems)
        self.database = open_database(self.paths.database, self.clock)
        self.notices.extend(self.database.notices)
        for notice in self.notices:
            log.warning("%s", notice)
        if self.notices:
            self._keep(startup_notices_box(self.notices)).show()

    def stop(self) -> None:
        self.tray.hide()
        self.server.close()
        if self.database is not None:
            self.database.dispose()
        log.info("%s stopped", APP_NAME)

    def show_about(self) -> None:
        box = about_box(self.paths.database, self.paths.settings_file, self.paths.log_file)
        self._keep(box).show()

    def handle_request(self, request: Request) -> Reply:
        """Answer another launch or a CLI command."""
        command = request.get("command")
        if command == "activate":
            self.tray.show_message(APP_NAME, f"{APP_NAME} is already running: find it here in the tray.")
            return {"ok": True, "pid": os.getpid()}
        return {"ok": False, "error": f"unknown command {command!r}"}

    def _keep(self, window):
        """Hold a reference to a non-modal window until it closes."""
        self._windows.append(window)
        window.finished.connect(lambda *_: self._windows.remove(window))
        return window


def run_tray_app(*, verbose: bool = False, argv: Sequence[str] | None = None) -> int:
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

    coach = DeskCoachApp(paths, qt_app)
    signal_watch = quit_on_signals(qt_app)
    coach.start()
    try:
        return qt_app.exec()
    finally:
        coach.stop()
        del signal_watch
