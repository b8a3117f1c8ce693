"""The desktops' harness waits for a bus to listen, not for its socket file: a daemon binds (the file
appears) before it listens, and KDE's stand-in logind was refused in that gap on a loaded CI machine."""

from __future__ import annotations

import socket
from pathlib import Path

from unix_socket import listens


def test_a_socket_bound_but_not_listening_is_not_ready(short_tmp: Path) -> None:
    path = short_tmp / "bus"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as daemon:
        daemon.bind(str(path))
        assert path.exists()
        assert not listens(path)
        daemon.listen()
        assert listens(path)
        assert listens(f"unix:path={path}")
        assert listens(f"unix:path={path},guid=0123")


def test_no_socket_at_all_is_not_ready(short_tmp: Path) -> None:
    assert not listens(short_tmp / "nothing-here")
