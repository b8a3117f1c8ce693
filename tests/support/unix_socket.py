"""Whether a daemon listens on its Unix socket yet.

A daemon binds its socket (the file appears) a moment before it listens, so a client that saw the file and
connected at once was refused on a loaded machine (KDE's stand-in system bus, in CI).
Tests wait for this instead.
"""
from __future__ import annotations

import contextlib
import socket
from pathlib import Path


def listens(where: str | Path) -> bool:
    """Whether a connection to the socket at ``where`` (a path or a ``unix:path=`` bus address) is taken."""
    path = str(where).removeprefix("unix:path=").split(",", 1)[0]
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(2.0)
        client.connect(path)
        return True
    return False
