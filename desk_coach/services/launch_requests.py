"""What the running coach answers to other launches and to the CLI (`status`, `break`, ...).

A second start of Desk Coach, or a command such as `desk-coach status`, sends one request over
the instance link; the app hands it here. Requests and replies are plain JSON objects.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from desk_coach import APP_NAME

if TYPE_CHECKING:  # the tray icon shows before the coach's modules load
    from desk_coach.domain.clock import Clock
    from desk_coach.services.coach import Coach

ALREADY_RUNNING = f"{APP_NAME} is already running: find it here in the tray."


class Shell(Protocol):
    """What a request may ask of the user interface."""

    def tell(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None: ...

    def show_progress(self) -> None: ...

    def show_self_check(self) -> None: ...

    def reload_settings(self) -> None:
        """Read the settings file again (a trainer's self-check set the equipment, say)."""
        ...


class LaunchRequests:
    """``coach()`` is the running coach, or None while it has not started."""

    def __init__(self, shell: Shell, coach: Callable[[], Coach | None], clock: Clock, log_file: str) -> None:
        self._shell = shell
        self._coach = coach
        self._clock = clock
        self._log_file = log_file

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        command = request.get("command")
        coach = self._coach()
        if command == "activate":
            self._shell.tell(APP_NAME, ALREADY_RUNNING)
            return {"ok": True, "pid": os.getpid()}
        if command == "status":
            if coach is None:
                return {"ok": False, "error": f"{APP_NAME} is running but its coach has not started; "
                                              f"see the log: {self._log_file}"}
            coach.tick()  # a fresh look: the coach itself looks only when something can change
            return {"ok": True, "status": coach.status().as_json(self._clock.now())}
        if command == "progress":
            self._shell.show_progress()
            return {"ok": True}
        if command == "screen":
            self._shell.show_self_check()
            return {"ok": True}
        if command == "reload-settings" and coach is not None:
            self._shell.reload_settings()
            return {"ok": True}
        if command == "break" and coach is not None:
            coach.start_break()
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {command!r}"}
