"""Starting the tray coach: one per user. A start that finds a coach running hands over to it;
otherwise it claims the link, shows the icon, and runs the Qt event loop until Quit."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from desk_coach import APP_NAME
from desk_coach.adapters.instance_link import (
    CoachAlreadyRunning,
    NoRunningCoach,
    ask_running_coach,
    link_name,
)
from desk_coach.adapters.logging_setup import configure_logging
from desk_coach.adapters.paths import AppPaths
from desk_coach.app import DeskCoachApp
from desk_coach.bootstrap import TestTiming
from desk_coach.ui.application import create_qt_app
from desk_coach.ui.quit_signals import quit_on_signals, stop_watching_signals
from desk_coach.wording.translate import translate

log = logging.getLogger(__name__)
RACE_DELAY_VARIABLE = "DESK_COACH_TEST_START_DELAY_S"
HAND_OVER_WAIT_S = 10.0


def already_running() -> str:
    """What a second start prints when a coach runs already."""
    #: Printed in the terminal by a second start, which opens the running coach's status window;
    #: {app} is Desk Coach.
    text = translate("StartUp", "{app} is already running; its status window is open.")
    return text.format(app=APP_NAME)


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
        print(already_running())
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


def _pause_for_race_test() -> None:
    """Tests only: wait this long between looking for a running coach and claiming the link,
    so a test can make two starts race (``DESK_COACH_TEST_START_DELAY_S``)."""
    delay = os.environ.get(RACE_DELAY_VARIABLE)
    if delay:
        print(f"no coach answered; claiming the link in {delay} s", file=sys.stderr, flush=True)
        time.sleep(float(delay))


def _hand_over(name: str) -> int:
    """Another start holds the link: wait for it to answer, then tell it to show itself."""
    deadline = time.monotonic() + HAND_OVER_WAIT_S
    while True:
        try:
            ask_running_coach(name, {"command": "activate"})
        except NoRunningCoach:
            if time.monotonic() > deadline:
                #: Printed in the terminal by a second start while the first one is still starting;
                #: {app} is Desk Coach.
                waiting = translate(
                    "StartUp", "{app} is already starting but does not answer yet; try again in a moment.")
                print(waiting.format(app=APP_NAME), file=sys.stderr)
                return 1
            time.sleep(0.1)
        else:
            print(already_running())
            return 0
