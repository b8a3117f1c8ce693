"""The link over a Unix socket (Linux, macOS), with the Qt event loop watching it.

The socket file lives in the user's runtime folder (``$XDG_RUNTIME_DIR``, private to the user)
or else the temporary folder, and is created readable and writable by its owner only. A file
left by a coach that crashed is noticed (nobody accepts on it) and replaced.

The server never blocks the GUI thread on a slow client: sockets are non-blocking and read as
the QSocketNotifier says data is there; one request is answered per connection.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the server needs Qt's event loop; a client (a CLI command) loads no Qt
    from PySide6.QtCore import QSocketNotifier

from desk_coach.adapters.instance_link.protocol import (
    CONNECT_TIMEOUT_S,
    MAX_REQUEST_BYTES,
    REPLY_TIMEOUT_S,
    NoRunningCoach,
    Reply,
    Request,
    answer,
    decode_reply,
    encode,
)

log = logging.getLogger(__name__)


def socket_path(name: str) -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return folder / f"{name}.sock"


def ask(name: str, request: Request) -> Reply:
    """Send ``request`` to the coach listening on ``name``; NoRunningCoach if none answers."""
    path = socket_path(name)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(CONNECT_TIMEOUT_S)
            client.connect(str(path))
            client.settimeout(REPLY_TIMEOUT_S)
            client.sendall(encode(request))
            data = b""
            while not data.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    raise NoRunningCoach(f"{path}: the coach closed the link without answering")
                data += chunk
    except OSError as error:  # no file, nobody listening, timed out
        raise NoRunningCoach(f"{path}: {error}") from error
    return decode_reply(data)


class _Client:
    """One connection: its socket, the notifier watching it and what it has sent so far."""

    def __init__(self, connection: socket.socket, on_ready: Callable[[_Client], None]) -> None:
        from PySide6.QtCore import QSocketNotifier

        self.connection = connection
        self.buffer = b""
        self.notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(lambda *_: on_ready(self))

    def close(self) -> None:
        self.notifier.setEnabled(False)  # before the descriptor goes, or Qt may watch a reused one
        self.notifier.deleteLater()
        self.connection.close()


class UnixLinkServer:
    """Listens for later launches and CLI commands, and answers through ``handler``."""

    def __init__(self, name: str, handler: Callable[[Request], Reply]) -> None:
        self._path = socket_path(name)
        self._handler = handler
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: set[_Client] = set()

    def listen(self) -> None:
        """Start listening, replacing a socket file left behind by a coach that crashed."""
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                self._bind(server)
            except OSError as error:
                if error.errno != errno.EADDRINUSE or _someone_listens(self._path):
                    raise
                self._path.unlink(missing_ok=True)
                self._bind(server)
            server.listen(8)
            server.setblocking(False)
        except OSError as error:
            server.close()
            raise OSError(f"cannot listen on local socket {self._path}: {error.strerror or error}") from error
        from PySide6.QtCore import QSocketNotifier

        self._socket = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_: self._accept())
        log.info("listening for other launches on %s", self._path)

    def close(self) -> None:
        for client in list(self._clients):
            self._drop(client)
        if self._socket is None:
            return
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._socket.close()
        self._socket = None
        with contextlib.suppress(OSError):
            self._path.unlink()

    def _bind(self, server: socket.socket) -> None:
        old = os.umask(0o177)  # the socket file is born private: owner read/write only
        try:
            server.bind(str(self._path))
        finally:
            os.umask(old)

    def _accept(self) -> None:
        assert self._socket is not None
        while True:
            try:
                connection, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                log.warning("could not accept a connection on %s: %s", self._path, error)
                return
            connection.setblocking(False)
            self._clients.add(_Client(connection, self._read))

    def _read(self, client: _Client) -> None:
        try:
            chunk = client.connection.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the other side hung up before asking anything
            self._drop(client)
            return
        client.buffer += chunk
        if b"\n" not in client.buffer:
            if len(client.buffer) > MAX_REQUEST_BYTES:
                self._drop(client)
            return
        line = client.buffer.partition(b"\n")[0]
        reply = answer(line, self._handler)
        try:
            client.connection.settimeout(REPLY_TIMEOUT_S)  # a reply is small; the client reads it
            client.connection.sendall(reply)
        except OSError as error:
            log.info("a client left before its answer arrived: %s", error)
        self._drop(client)

    def _drop(self, client: _Client) -> None:
        self._clients.discard(client)
        client.close()


def _someone_listens(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_TIMEOUT_S)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
