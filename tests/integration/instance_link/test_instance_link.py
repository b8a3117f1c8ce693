"""The link between launches: a later launch or a CLI command asks, the running coach answers.

Both implementations run here: the Unix socket (Linux, macOS) and QtNetwork's local socket
(Windows' named pipe; a Unix socket under the hood on Linux). The client runs in a second
process, as a CLI command does, while the test lets the Qt event loop serve it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from desk_coach.adapters.instance_link import (
    CoachAlreadyRunning,
    NoRunningCoach,
    link_name,
    qt_local_socket,
    unix_socket,
)

MODULES = {"unix": "unix_socket", "qt": "qt_local_socket"}
IMPLEMENTATIONS = {
    "unix": (unix_socket.UnixLinkServer, unix_socket.ask),
    "qt": (qt_local_socket.QtLinkServer, qt_local_socket.ask),
}


@pytest.fixture(autouse=True)
def private_runtime_dir(short_tmp, monkeypatch):
    runtime = short_tmp / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


@pytest.fixture
def name(tmp_path) -> str:
    return link_name(tmp_path / "data")


def ask_from_another_process(kind: str, name: str, request: dict, qtbot) -> dict:
    """Ask as ``desk-coach status`` would: from a second process, while this one's loop serves."""
    code = (
        "import json, sys\n"
        f"from desk_coach.adapters.instance_link import {MODULES[kind]} as link\n"
        "print(json.dumps(link.ask(sys.argv[1], json.loads(sys.argv[2]))))\n"
    )
    client = subprocess.Popen([sys.executable, "-c", code, name, json.dumps(request)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
    out, err = client.communicate()
    assert client.returncode == 0, err
    return json.loads(out)


@pytest.mark.parametrize("kind", IMPLEMENTATIONS)
def test_nobody_listening_is_told_quickly(kind, name, qapp):
    _, ask = IMPLEMENTATIONS[kind]
    with pytest.raises(NoRunningCoach):
        ask(name, {"command": "status"})


@pytest.mark.parametrize("kind", IMPLEMENTATIONS)
def test_the_running_coach_answers_each_request(kind, name, qtbot):
    server_class, ask = IMPLEMENTATIONS[kind]
    seen = []
    server = server_class(name, lambda request: (seen.append(request), {"ok": True, "echo": request})[1])
    server.listen()
    try:
        for command in ("status", "break"):
            reply = ask_from_another_process(kind, name, {"command": command}, qtbot)
            assert reply == {"ok": True, "echo": {"command": command}}
        assert seen == [{"command": "status"}, {"command": "break"}]
    finally:
        server.close()
    with pytest.raises(NoRunningCoach):
        ask(name, {"command": "status"})


def test_a_malformed_request_gets_an_error_reply_and_the_server_goes_on(name, qtbot):
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    try:
        replies: list[bytes] = []

        def send_garbage() -> None:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
                raw.settimeout(5)
                raw.connect(str(unix_socket.socket_path(name)))
                raw.sendall(b"[1, 2\n")
                replies.append(raw.recv(4096))

        threading.Thread(target=send_garbage, daemon=True).start()
        qtbot.waitUntil(lambda: bool(replies), timeout=5000)
        assert replies[0].startswith(b'{"ok": false, "error": "bad request')
        assert ask_from_another_process("unix", name, {"command": "status"}, qtbot) == {"ok": True}
    finally:
        server.close()


def test_the_socket_file_is_private_and_removed_on_close(name, qapp, private_runtime_dir):
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    path = unix_socket.socket_path(name)
    assert path.parent == private_runtime_dir
    mode = path.stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
    server.close()
    assert not path.exists()


def test_a_socket_left_by_a_crashed_coach_is_replaced(name, qtbot):
    path = unix_socket.socket_path(name)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))
    crashed.close()  # the file stays, as after kill -9
    assert path.exists()
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    try:
        assert ask_from_another_process("unix", name, {"command": "status"}, qtbot) == {"ok": True}
    finally:
        server.close()


def test_a_second_listener_is_refused_while_the_first_runs(name, qapp):
    first = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    first.listen()
    try:
        with pytest.raises(CoachAlreadyRunning):
            unix_socket.UnixLinkServer(name, lambda request: {"ok": True}).listen()
        assert unix_socket.socket_path(name).exists(), "the refused listener must not remove the live socket"
    finally:
        first.close()


@pytest.fixture
def shared_tmp(monkeypatch):
    """The temporary folder as tempfile sees it: world-writable like /tmp, and short (a socket's
    path must fit in about 100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))
    folder.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile caches the folder it chose
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_runtime_folder_others_may_enter_is_not_used(name, qapp, private_runtime_dir, shared_tmp):
    private_runtime_dir.chmod(0o755)
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    try:
        path = unix_socket.socket_path(name)
        assert path.parent == shared_tmp / f"desk-coach-{os.getuid()}"
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert not any(private_runtime_dir.iterdir())
    finally:
        server.close()


def test_a_planted_link_in_the_temporary_folder_is_not_followed(
    name, qapp, monkeypatch, shared_tmp, tmp_path, short_tmp
):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(short_tmp / "cache"))  # room for the socket's name
    elsewhere = tmp_path / "theirs"
    elsewhere.mkdir(mode=0o700)
    (shared_tmp / f"desk-coach-{os.getuid()}").symlink_to(elsewhere)
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    try:
        path = unix_socket.socket_path(name)
        assert path.parent == Path(os.environ["XDG_CACHE_HOME"]) / "desk-coach" / "link"
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert not any(elsewhere.iterdir())
    finally:
        server.close()


def test_asking_creates_no_folder(name, monkeypatch, shared_tmp):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    with pytest.raises(NoRunningCoach):
        unix_socket.ask(name, {"command": "status"})
    assert not any(shared_tmp.iterdir())
    assert not (Path(os.environ["XDG_CACHE_HOME"]) / "desk-coach").exists()


def test_a_folder_too_deep_for_a_socket_path_is_passed_over(name, qapp, monkeypatch, shared_tmp, tmp_path):
    deep = tmp_path / ("r" * 60) / ("u" * 60)
    deep.mkdir(mode=0o700, parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    server = unix_socket.UnixLinkServer(name, lambda request: {"ok": True})
    server.listen()
    try:
        assert unix_socket.socket_path(name).parent == shared_tmp / f"desk-coach-{os.getuid()}"
    finally:
        server.close()
