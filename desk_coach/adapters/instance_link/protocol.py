"""What both ends of the link agree on: one JSON object per line, the time they wait, errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

Request = dict[str, Any]
Reply = dict[str, Any]
CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 5.0
MAX_REQUEST_BYTES = 64 * 1024  # a request is a few dozen bytes; anything this long is not ours


class NoRunningCoach(Exception):
    """No Desk Coach answers on the link."""


class CoachAlreadyRunning(OSError):
    """Another Desk Coach of this user already owns the link (it may still be starting)."""


def encode(message: dict) -> bytes:
    return (json.dumps(message) + "\n").encode("utf-8")


def answer(line: bytes, handler: Callable[[Request], Reply]) -> bytes:
    """The encoded reply to one request line; a malformed request gets an error reply."""
    try:
        request = json.loads(line.decode("utf-8"))
        if not isinstance(request, dict):
            raise ValueError("a request must be a JSON object")
    except (ValueError, UnicodeDecodeError) as error:
        return encode({"ok": False, "error": f"bad request: {error}"})
    return encode(handler(request))


def decode_reply(data: bytes) -> Reply:
    reply = json.loads(data.decode("utf-8"))
    if not isinstance(reply, dict):
        raise NoRunningCoach("the answer on the link was not a Desk Coach reply")
    return reply
