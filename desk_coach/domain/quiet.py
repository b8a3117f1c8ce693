"""Quiet times: moments when a reminder would intrude, so it waits until they end."""

from __future__ import annotations

from enum import StrEnum


class QuietReason(StrEnum):
    """Why now is not a good moment for a reminder (the user reads it as a term "quiet",
    named in ``wording/sentences/status.py``)."""

    FULLSCREEN = "fullscreen"  # a fullscreen window is active: a film, a slide show, a game
    CAMERA = "camera"  # a program is using the camera: most likely a video call
    MICROPHONE = "microphone"  # a program is recording from a microphone: a call or a recording
    DO_NOT_DISTURB = "do_not_disturb"  # the desktop's own do-not-disturb switch is on

