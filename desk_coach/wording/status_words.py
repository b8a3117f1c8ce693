"""The coach's status line in the user's language: its parts, joined."""

from __future__ import annotations

from desk_coach.domain.said import Said
from desk_coach.wording.say import say

STATUS_JOIN = " \N{MIDDLE DOT} "
"""Between the parts of the status line."""


def status_line(parts: tuple[Said, ...]) -> str:
    """``CoachStatus.summary`` as one line: "Sitting 34 min · next break in 11 min"."""
    return STATUS_JOIN.join(say(part) for part in parts)
