"""One coach per user: a local socket through which a second launch talks to the first.

Messages are one JSON object per line each way: a request, then its reply. The name is derived
from the data folder, so two test instances with different XDG homes never meet, while two
launches by one user always do.

On Linux and macOS the link is a Unix socket from the standard library, watched by the Qt
event loop; QtNetwork would cost the tray app ~3 MB of memory and the start-up ~4 ms for the
same thing. Windows has no Unix sockets in Python, so there QtNetwork's named pipe is used.
Clients (``desk-coach status``, a second launch) need no display either way.
"""

from __future__ import annotations

import getpass
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desk_coach.adapters.instance_link.protocol import CoachAlreadyRunning, NoRunningCoach, Reply, Request

__all__ = [
    "CoachAlreadyRunning",
    "LinkServer",
    "NoRunningCoach",
    "Reply",
    "Request",
    "ask_running_coach",
    "instance_server",
    "link_name",
]

USE_QT_LINK = sys.platform == "win32"


class LinkServer(Protocol):
    def listen(self) -> None: ...  # raises CoachAlreadyRunning, or OSError if it cannot
    def close(self) -> None: ...


def link_name(data_dir: Path) -> str:
    """The socket name for the coach that keeps its data in ``data_dir``."""
    # Two 32-bit checksums tell data folders apart well enough, and zlib is already loaded
    # where hashlib would cost the start-up a few milliseconds.
    folder = str(data_dir.resolve()).encode("utf-8")
    digest = f"{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    safe_user = "".join(ch for ch in user if ch.isalnum())[:16] or "user"
    return f"desk-coach-{safe_user}-{digest}"


def ask_running_coach(name: str, request: Request) -> Reply:
    """Send ``request`` to the running coach and return its reply.

    Raises NoRunningCoach when nobody listens (or the listener does not answer in time).
    """
    if USE_QT_LINK:
        from desk_coach.adapters.instance_link.qt_local_socket import ask

        return ask(name, request)
    from desk_coach.adapters.instance_link.unix_socket import ask

    return ask(name, request)


def instance_server(name: str, handler: Callable[[Request], Reply]) -> LinkServer:
    """The listener for later launches and CLI commands, answering through ``handler``."""
    if USE_QT_LINK:
        from desk_coach.adapters.instance_link.qt_local_socket import QtLinkServer

        return QtLinkServer(name, handler)
    from desk_coach.adapters.instance_link.unix_socket import UnixLinkServer

    return UnixLinkServer(name, handler)
