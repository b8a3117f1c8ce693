"""The link over QtNetwork's local sockets: a named pipe on Windows (where Python has no Unix
sockets). It works on Linux too, which is where its tests run."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desk_coach.adapters.instance_link.protocol import (
    CONNECT_TIMEOUT_S,
    MAX_REQUEST_BYTES,
    REPLY_TIMEOUT_S,
    CoachAlreadyRunning,
    NoRunningCoach,
    Reply,
    Request,
    answer,
    decode_reply,
    encode,
)

log = logging.getLogger(__name__)


def ask(name: str, request: Request) -> Reply:
    """Send ``request`` to the coach listening on ``name``; NoRunningCoach if none answers."""
    if QCoreApplication.instance() is None:
        _client_app = QCoreApplication([])  # sockets need an application object
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(round(CONNECT_TIMEOUT_S * 1000)):
        raise NoRunningCoach(name)
    socket.write(encode(request))
    socket.flush()
    data = b""
    while not data.endswith(b"\n"):
        if not socket.waitForReadyRead(round(REPLY_TIMEOUT_S * 1000)):
            socket.abort()
            raise NoRunningCoach(name)
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return decode_reply(data)


class QtLinkServer:
    """Listens for later launches and CLI commands, and answers through ``handler``."""

    def __init__(self, name: str, handler: Callable[[Request], Reply]) -> None:
        self._name = name
        self._handler = handler
        self._server = QLocalServer()
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> None:
        """Start listening, clearing a socket left behind by a coach that crashed."""
        if not self._server.listen(self._name):
            with contextlib.suppress(NoRunningCoach):
                ask(self._name, {"command": "ping"})
                raise CoachAlreadyRunning(f"another Desk Coach listens on {self._name}")
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
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_REQUEST_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = buffer
            return
        line, _, rest = buffer.partition(b"\n")
        self._buffers[socket] = rest
        socket.write(answer(line, self._handler))
        socket.flush()
