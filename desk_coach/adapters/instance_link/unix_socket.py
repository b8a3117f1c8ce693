"""The link over a Unix socket (Linux, macOS), with the Qt event loop watching it.

The socket lives in a folder only this user can reach: the runtime folder (``$XDG_RUNTIME_DIR``)
when it is a private folder of the user's, else ``desk-coach-UID`` in the temporary folder, else
``desk-coach/link`` in the user's cache folder. Each is checked before use (a real folder, not a
link, owned by the user, mode 0700), so another local user cannot plant a socket where a coach
looks for one. Both ends still check each other: the socket file must belong to the user and the
process behind it must run as the user (its credentials, from the kernel), or it is not trusted.

Who runs the coach is settled by a lock file beside the socket, held for the coach's lifetime and
dropped by the kernel when the process ends, however it ends: the coach that takes the lock binds
the socket, replacing any file left behind; a start that finds the lock taken hands over to the
coach that holds it, even when both started at the same moment.

The server never blocks the GUI thread on a slow client: sockets are non-blocking and read as
the QSocketNotifier says data is there; one request is answered per connection.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import socket
import stat
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the server needs Qt's event loop; a client (a CLI command) loads no Qt
    from PySide6.QtCore import QSocketNotifier

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
PRIVATE_MODE = 0o700
# A socket's path must fit in sun_path with its NUL: 108 bytes on Linux, 104 on macOS and the BSDs.
MAX_SOCKET_PATH = 107 if sys.platform.startswith("linux") else 103


def _candidate_folders() -> Iterator[tuple[Path, bool]]:
    """Where the link may live, best first, each with whether Desk Coach may create it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        yield Path(runtime), False  # the session's own: never created or changed by us
    yield Path(tempfile.gettempdir()) / f"desk-coach-{os.getuid()}", True
    cache = os.environ.get("XDG_CACHE_HOME", "")
    cache_home = Path(cache) if cache and os.path.isabs(cache) else Path.home() / ".cache"
    yield cache_home / "desk-coach" / "link", True


def is_private_folder(folder: Path) -> bool:
    """A real folder (not a symbolic link), owned by this user, that nobody else may enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def _make_private_folder(folder: Path) -> bool:
    """Create ``folder`` (and missing parents) readable by this user alone, or tighten one of the
    user's own; True if it is private now. Another user's folder or a link is left alone."""
    with contextlib.suppress(OSError):
        if not os.path.lexists(folder):
            for missing in reversed([folder, *folder.parents]):
                if not os.path.lexists(missing):
                    os.mkdir(missing, PRIVATE_MODE)  # the umask can only take bits away
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid():
            os.chmod(folder, PRIVATE_MODE)
    return is_private_folder(folder)


def link_folder(name: str, *, create: bool) -> Path | None:
    """The first private folder for the link ``name``; with ``create``, one is made if none
    exists yet. A folder whose socket path would be too long for a Unix socket is passed over.

    A client (``desk-coach status``) never creates one: where no folder is, no coach listens.
    """
    for folder, may_create in _candidate_folders():
        if len(os.fsencode(folder / f"{name}.sock")) > MAX_SOCKET_PATH:
            continue
        if is_private_folder(folder):
            return folder
        if create and may_create and _make_private_folder(folder):
            return folder
        if os.path.lexists(folder):
            log.warning("not using %s for the link to other launches: not a private folder of yours", folder)
    return None


def socket_path(name: str, *, create: bool = False) -> Path:
    folder = link_folder(name, create=create)
    if folder is None:
        raise NoRunningCoach("no private folder for the link to other launches")
    return folder / f"{name}.sock"


def peer_uid(connection: socket.socket) -> int | None:
    """The user id of the process at the other end, from the kernel; None where it cannot say."""
    if hasattr(socket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
        data = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        return struct.unpack("3i", data)[1]
    if hasattr(socket, "LOCAL_PEERCRED"):  # macOS and the BSDs: struct xucred {version, uid, ...}
        data = connection.getsockopt(0, socket.LOCAL_PEERCRED, struct.calcsize("2I"))
        return struct.unpack("2I", data[: struct.calcsize("2I")])[1]
    return None


def _trusted(path: Path, connection: socket.socket) -> str | None:
    """Why the coach at ``path`` is not to be trusted; None when it is the user's own."""
    try:
        owner = os.lstat(path).st_uid
    except OSError as error:
        return f"{path}: {error.strerror or error}"
    if owner != os.getuid():
        return f"{path} belongs to user id {owner}, not to you"
    uid = peer_uid(connection)
    if uid is not None and uid != os.getuid():
        return f"the process behind {path} runs as user id {uid}, not as you"
    return None


def ask(name: str, request: Request) -> Reply:
    """Send ``request`` to the coach listening on ``name``; NoRunningCoach if none answers.

    A socket that belongs to another user, or whose process runs as another user, is not asked.
    """
    path = socket_path(name)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(CONNECT_TIMEOUT_S)
            client.connect(str(path))
            distrust = _trusted(path, client)
            if distrust is not None:
                log.warning("not asking a foreign listener: %s", distrust)
                raise NoRunningCoach(distrust)
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
        self._name = name
        self._path: Path | None = None
        self._handler = handler
        self._lock: int | None = None
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: set[_Client] = set()

    def listen(self) -> None:
        """Take the coach's lock and listen, replacing a socket file left behind by a crash.

        Raises CoachAlreadyRunning when another coach of this user holds the lock, and OSError
        when no private folder can be had or the socket cannot be bound.
        """
        folder = link_folder(self._name, create=True)
        if folder is None:
            raise OSError("cannot listen for other launches: no private folder for the link")
        path = folder / f"{self._name}.sock"
        self._lock = _take_lock(folder / f"{self._name}.lock")
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # ours alone while we hold the lock: left by a coach that ended
            _bind_private(server, path)
            server.listen(8)
            server.setblocking(False)
        except OSError as error:
            server.close()
            self._release_lock()
            raise OSError(f"cannot listen on local socket {path}: {error.strerror or error}") from error
        from PySide6.QtCore import QSocketNotifier

        self._path = path
        self._socket = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_: self._accept())
        log.info("listening for other launches on %s", path)

    def close(self) -> None:
        for client in list(self._clients):
            self._drop(client)
        if self._socket is not None:
            assert self._notifier is not None and self._path is not None
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._socket.close()
            self._socket = None
            with contextlib.suppress(OSError):
                self._path.unlink()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing the file drops the lock
            self._lock = None

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
            uid = _peer_uid_or_none(connection)
            if uid is not None and uid != os.getuid():
                log.warning("refused a connection from user id %d on %s", uid, self._path)
                connection.close()
                continue
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


def _peer_uid_or_none(connection: socket.socket) -> int | None:
    try:
        return peer_uid(connection)
    except OSError:
        return None


def _take_lock(path: Path) -> int:
    """Open and lock ``path`` for this process; CoachAlreadyRunning if another process holds it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise CoachAlreadyRunning(f"another Desk Coach holds {path}") from None
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def _bind_private(server: socket.socket, path: Path) -> None:
    old = os.umask(0o177)  # the socket file is born private: owner read/write only
    try:
        server.bind(str(path))
    finally:
        os.umask(old)
