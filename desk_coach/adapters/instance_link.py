"""One coach per user: a local socket through which a second launch talks to the first.

QLocalServer gives a Unix socket on Linux/macOS and a named pipe on Windows. Messages are one
JSON object per line each way. The name is derived from the data folder, so two test
instances with different XDG homes never meet, while two launches by one user always do.
Only QtCore/QtNetwork are used: command-line clients need no display.
"""

from __future__ import annotations

import getpass
import json
import logging
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

Request = dict[str, Any]
Reply = dict[str, Any]
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000


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


class NoRunningCoach(Exception):
    """No Desk Coach answers on the link."""


def ask_running_coach(name: str, request: Request) -> Reply:
    """Send ``request`` to the running coach and return its reply.

    Raises NoRunningCoach when nobody listens (or the listener does not answer in time).
    """
    if QCoreApplication.instance() is None:
        _client_app = QCoreApplication([])  # sockets need an application object
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        raise NoRunningCoach(name)
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    socket.flush()
    data = b""
    while not data.endswith(b"\n"):
        if not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            socket.abort()
            raise NoRunningCoach(name)
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return json.loads(data.decode("utf-8"))


class InstanceServer:
    """Listens for later launches and CLI commands, and answers through ``handler``."""

    def __init__(self, name: str, handler: Callable[[Request], Reply]) -> None:
        self._name = name
        self._handler = handler
        self._server = QLocalServer()
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> None:
        """Start listening, clearing a socket file left behind by a coach that crashed."""
        if not self._server.listen(self._name):
            QLocalServer.removeServer(self._name)
            if not self._server.listen(self._name):
                raise OSError(f"cannot listen on local socket {self._name}: {self._server.errorString()}")
        log.info("listening for other launches on %s", self._server.fullServerName())

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if not self._buffers[socket].endswith(b"\n"):
            return
        raw = self._buffers[socket]
        self._buffers[socket] = b""
        try:
            request = json.loads(raw.decode("utf-8"))
            if not isinstance(request, dict):
                raise ValueError("a request must be a JSON object")
            reply = self._handler(request)
        except (ValueError, UnicodeDecodeError) as error:
            reply = {"ok": False, "error": f"bad request: {error}"}
        socket.write((json.dumps(reply) + "\n").encode("utf-8"))
        socket.flush()
