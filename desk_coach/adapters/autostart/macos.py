"""Autostart on macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.

launchd loads every agent in that folder when the user logs in; ``RunAtLoad`` makes it start
Desk Coach then. The agent is not loaded now (no ``launchctl``): it takes effect at the next login.
"""

from __future__ import annotations

import contextlib
import plistlib
from collections.abc import Sequence
from pathlib import Path

from desk_coach.adapters.autostart._files import write_atomically
from desk_coach.adapters.autostart.launcher import launch_command

# launchd's name for the agent; it should match the bundle identifier once macOS builds have one.
LABEL = "org.deskcoach.desk-coach"


class MacLaunchAgent:
    """Writes or removes ``<home>/Library/LaunchAgents/org.deskcoach.desk-coach.plist``.

    ``home`` defaults to the user's home folder; ``command`` to ``launch_command()``.
    """

    def __init__(self, home: Path | str | None = None, command: Sequence[str] | None = None) -> None:
        self.folder = (Path.home() if home is None else Path(home)) / "Library" / "LaunchAgents"
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        return self.folder / f"{LABEL}.plist"

    def is_enabled(self) -> bool:
        """True if the agent is there, starts at load, and is not marked ``Disabled``."""
        try:
            with self.path.open("rb") as stream:
                agent = plistlib.load(stream)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        if not isinstance(agent, dict):
            return False
        return agent.get("RunAtLoad") is True and agent.get("Disabled") is not True

    def set_enabled(self, enabled: bool) -> None:
        """Write the agent (replacing any older one) or remove it; OSError if that fails."""
        if enabled:
            command = self._command if self._command is not None else launch_command()
            write_atomically(self.path, launch_agent(command))
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def launch_agent(command: Sequence[str]) -> bytes:
    """The agent's XML property list for ``command`` (an argv with an absolute program path)."""
    agent = {
        "Label": LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",  # a GUI app the user is waiting for: no throttling
        "LimitLoadToSessionType": "Aqua",  # graphical logins only, not SSH sessions
    }
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML)
