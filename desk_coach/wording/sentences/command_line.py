"""What the `desk-coach` command says in its JSON output as codes (``--json``), and their words."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.said import SaidCode
from desk_coach.wording.translate import translate


class CommandLineCode(SaidCode):
    NOT_RUNNING = "command_line.not_running"
    NO_STATUS = "command_line.no_status"


SENTENCES: dict[str, Callable[[int], str]] = {
    #: A command for the running Desk Coach found none; "desk-coach" is the command, keep it.
    CommandLineCode.NOT_RUNNING: lambda n: translate(
        "CommandLine", "Desk Coach is not running (start it with 'desk-coach')."
    ),
    CommandLineCode.NO_STATUS: lambda n: translate("CommandLine", "the running Desk Coach gave no status"),
}
