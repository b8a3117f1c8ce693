"""The fallback for a desktop whose idle clock Desk Coach cannot read.

The coach then counts wall-clock time during work hours as sitting time, and the user should know
why breaks may come while they are away: the description says so in plain words.
"""

from __future__ import annotations


class NullIdleSensor:
    """Never knows: idle and lock state are always None. ``reason`` is for the log."""

    description = ("Desk Coach cannot see keyboard or mouse activity on this desktop, so it counts all "
                   "of your work hours as sitting time, including time away from the computer.")
    can_sense_activity = False

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def idle_seconds(self) -> float | None:
        return None

    def is_locked(self) -> bool | None:
        return None

    def close(self) -> None:
        pass
