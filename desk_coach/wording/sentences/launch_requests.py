"""What the running coach answers another launch of the app, or the command line."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.launch_requests import LaunchSaid as L
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Shown when the app is started a second time. {app}: the app's name, Desk Coach.
    L.ALREADY_RUNNING: lambda n: translate(
        "LaunchRequests", "{app} is already running: find it here in the tray."
    ),
    #: A command-line request failed: the app runs but its coach failed to start. {log}: the log file's path.
    L.COACH_NOT_STARTED: lambda n: translate(
        "LaunchRequests", "{app} is running but its coach has not started; see the log: {log}"
    ),
    #: A request the running app does not know. {command}: the request's name, in quotes.
    L.UNKNOWN_COMMAND: lambda n: translate("LaunchRequests", "unknown command {command}"),
    #: `desk-coach snooze` or `skip` refused: the user turned strict mode on in Settings.
    L.STRICT_MODE: lambda n: translate(
        "LaunchRequests",
        "Strict mode is on: a due break can be neither snoozed nor skipped. "
        "To stop the breaks for a while, pause them from the tray menu.",
    ),
    #: `desk-coach skip` refused: no break is due or snoozed.
    L.NOTHING_TO_SKIP: lambda n: translate("LaunchRequests", "No break is due right now: nothing to skip."),
}
