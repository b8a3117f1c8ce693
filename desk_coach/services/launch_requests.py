"""What the running coach answers to other launches and to the CLI (`status`, `break`, ...).

A second start of Desk Coach, or a command such as `desk-coach status`, sends one request over
the instance link; the app hands it here. Requests and replies are plain JSON objects.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from desk_coach import APP_NAME
from desk_coach.domain.said import Said, SaidCode, said, to_data
from desk_coach.domain.snooze_lengths import SnoozeSaid

if TYPE_CHECKING:  # the tray icon shows before the coach's modules load
    from desk_coach.domain.clock import Clock
    from desk_coach.services.coach import Coach



class LaunchSaid(SaidCode):
    """What the running coach answers (worded in ``wording/sentences/launch_requests.py``)."""

    ALREADY_RUNNING = "launch.already_running"  # app
    COACH_NOT_STARTED = "launch.coach_not_started"  # app, log
    UNKNOWN_COMMAND = "launch.unknown_command"  # command
    STRICT_MODE = "launch.strict_mode"  # strict mode refuses snooze and skip
    NOTHING_TO_SKIP = "launch.nothing_to_skip"


ALREADY_RUNNING = said(LaunchSaid.ALREADY_RUNNING, app=APP_NAME)

Words = Callable[[Said], str]

WINDOW_COMMANDS: Mapping[str, str] = MappingProxyType({
    "progress": "show_progress", "screen": "show_self_check", "settings": "show_settings",
    "about": "show_about", "status-window": "show_status_window"})
"""The requests that open a window (``desk-coach progress``...), by the shell's method that opens it."""


class Shell(Protocol):
    """What a request may ask of the user interface."""

    def tell(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None: ...

    def show_progress(self) -> None: ...

    def show_self_check(self) -> None: ...

    def show_settings(self) -> None: ...

    def show_about(self) -> None: ...

    def show_status_window(self) -> None:
        """The status window: the tray's status and every entry of its menu, for the keyboard."""
        ...

    def reload_settings(self) -> None:
        """Read the settings file again (a trainer's self-check set the equipment, say)."""
        ...


class LaunchRequests:
    """``coach()`` is the running coach, or None while it has not started; ``words`` turns what
    the coach says into the user's language (the wording layer's ``say``)."""

    def __init__(
        self, shell: Shell, coach: Callable[[], Coach | None], clock: Clock, log_file: str, words: Words
    ) -> None:
        self._words = words
        self._shell = shell
        self._coach = coach
        self._clock = clock
        self._log_file = log_file

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        command = request.get("command")
        coach = self._coach()
        if command == "activate":  # a second start: the status window says where the coach is
            self._shell.show_status_window()
            return {"ok": True, "pid": os.getpid()}
        if command == "status":
            if coach is None:
                return self._error(said(LaunchSaid.COACH_NOT_STARTED, app=APP_NAME, log=self._log_file))
            coach.tick()  # a fresh look: the coach itself looks only when something can change
            return {"ok": True, "status": coach.status().as_json(self._clock.now())}
        if isinstance(command, str) and command in WINDOW_COMMANDS:
            getattr(self._shell, WINDOW_COMMANDS[command])()
            return {"ok": True}
        if command == "reload-settings" and coach is not None:
            self._shell.reload_settings()
            return {"ok": True}
        if command == "break" and coach is not None:
            coach.start_break()
            return {"ok": True}
        if command == "snooze" and coach is not None:
            return self._snooze(coach, request.get("minutes"))
        if command == "skip" and coach is not None:
            return self._skip(coach)
        return self._error(said(LaunchSaid.UNKNOWN_COMMAND, command=repr(command)))

    def _snooze(self, coach: Coach, minutes: object) -> dict[str, Any]:
        """Snooze the due break for ``minutes`` (None: the usual length); a refusal says why."""
        lengths = coach.snooze_lengths
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int | float)
                                    or minutes not in lengths):
            return self._error(said(SnoozeSaid.NOT_A_LENGTH, minutes=str(minutes), lengths=lengths))
        coach.tick()  # a fresh look: is a break due now?
        if coach.strict:
            return self._error(said(LaunchSaid.STRICT_MODE))
        if not coach.decision.is_due:
            return self._error(said(SnoozeSaid.NOTHING_DUE))
        if not coach.snooze(None if minutes is None else float(minutes)):
            return self._error(said(SnoozeSaid.NO_MORE))
        back = coach.status().next_break_at
        length = lengths[0] if minutes is None else minutes
        return {"ok": True, "minutes": length, "until": back.isoformat() if back is not None else None}

    def _skip(self, coach: Coach) -> dict[str, Any]:
        """Skip the due break, as the tray menu would; strict mode refuses."""
        coach.tick()  # a fresh look: is a break due now?
        if coach.strict:
            return self._error(said(LaunchSaid.STRICT_MODE))
        if not coach.can_skip_now:
            return self._error(said(LaunchSaid.NOTHING_TO_SKIP))
        coach.skip()
        return {"ok": True}

    def _error(self, why: Said) -> dict[str, Any]:
        """A refusal: in words for the user, and as a code and values for a program."""
        return {"ok": False, "error": self._words(why), "said": to_data(why)}
