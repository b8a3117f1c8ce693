"""The single-instance link under faults: another local user squatting the socket, two starts
at the same moment. The real app runs in the headless desktop; the squatter is a real process
running as another user (``nobody``), so these run as root (as CI does)."""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import HeadlessDesktop

from desk_coach.adapters.instance_link import link_name
from desk_coach.adapters.instance_link.unix_socket import peer_uid
from desk_coach.adapters.paths import AppPaths
from desk_coach.launch import RACE_DELAY_VARIABLE

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a process as another user")

SQUATTER_SUMMARY = "SQUATTED: answer from another user"

# Binds every path it is given and answers every request with a made-up status, as a hostile
# local user would; it prints "ready" once all are bound.
SQUATTER = textwrap.dedent(
    """
    import json, os, select, socket, sys
    uid, paths = int(sys.argv[1]), sys.argv[2:]
    os.setgid(uid); os.setuid(uid)
    servers = []
    for path in paths:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(path)
        os.chmod(path, 0o777)
        server.listen(8)
        servers.append(server)
    print("ready", flush=True)
    reply = {"ok": True, "pid": 1, "status": {"summary": "SUMMARY"}}
    while True:
        for server in select.select(servers, [], [])[0]:
            connection, _ = server.accept()
            try:
                connection.recv(65536)
                connection.sendall((json.dumps(reply) + "\\n").encode())
            except OSError:
                pass  # a caller that hung up
            connection.close()
    """
).replace("SUMMARY", SQUATTER_SUMMARY)


def nobody() -> int:
    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:  # a minimal system without it: make one, as an admin would
        subprocess.run(["useradd", "--system", "--no-create-home", "nobody"], check=True)
        return pwd.getpwnam("nobody").pw_uid


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A /tmp of our own (short, as socket paths must be): world-writable and sticky."""
    folder = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))
    os.chmod(folder, 0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def desktop_env(desktop: HeadlessDesktop, shared_tmp: Path) -> dict[str, str]:
    """The desktop's environment as after su or ssh: no XDG_RUNTIME_DIR, the shared /tmp."""
    env = desktop.env
    env.pop("XDG_RUNTIME_DIR", None)
    return env | {"TMPDIR": str(shared_tmp)}


def desk_coach(env: dict[str, str], *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desk_coach", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def start_squatter(uid: int, paths: list[Path]) -> subprocess.Popen[str]:
    squatter = subprocess.Popen([sys.executable, "-c", SQUATTER, str(uid), *map(str, paths)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = squatter.stdout.readline()
    if line.strip() != "ready":
        squatter.kill()
        raise AssertionError(f"the squatter did not start: {squatter.communicate()[1]}")
    return squatter


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_a_socket_squatted_by_another_user_neither_blocks_the_coach_nor_speaks_for_it(
    desktop: HeadlessDesktop, shared_tmp: Path, short_tmp: Path
) -> None:
    # The coach falls back on its cache folder: one with room for the socket's name.
    env = desktop_env(desktop, shared_tmp) | {"XDG_CACHE_HOME": str(short_tmp / "cache")}
    name = link_name(AppPaths.for_current_user().data_dir)
    squatted = [
        shared_tmp / f"{name}.sock",  # where earlier versions put it: a name anyone can work out
        shared_tmp / f"desk-coach-{os.getuid()}" / f"{name}.sock",  # the private folder, made first by them
    ]
    squatter = start_squatter(nobody(), squatted)
    coach = None
    try:
        status = desk_coach(env, "status")
        assert SQUATTER_SUMMARY not in status.stdout
        assert status.returncode == 1 and "not running" in status.stderr

        coach = desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose"], env=env)
        desktop.wait_until(lambda: desk_coach(env, "status").returncode == 0, timeout=30,
                           what="the coach to answer status")
        status = desk_coach(env, "status", "--json")
        assert SQUATTER_SUMMARY not in status.stdout
        assert "summary" in json.loads(status.stdout)
        assert coach.poll() is None, "the coach must not exit because of a foreign socket"
        second = desk_coach(env)
        assert second.returncode == 0 and "already running" in second.stdout
    finally:
        squatter.kill()
        squatter.communicate()
        if coach is not None:
            stop(coach)
    assert coach.returncode == 0


def test_the_process_behind_a_socket_must_run_as_the_user(
    tmp_path: Path, shared_tmp: Path, monkeypatch, qapp
) -> None:
    """A socket file that is the user's, in the user's private folder, but served by another
    user's process (root moved it there): its credentials give it away."""
    from desk_coach.adapters.instance_link import NoRunningCoach, unix_socket

    runtime = shared_tmp / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    public = shared_tmp
    name = link_name(tmp_path / "data")
    squatter = start_squatter(nobody(), [public / "s.sock"])
    try:
        planted = runtime / f"{name}.sock"
        shutil.move(public / "s.sock", planted)
        os.chown(planted, os.getuid(), os.getgid())
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.connect(str(planted))
            assert peer_uid(probe) == nobody()
        with pytest.raises(NoRunningCoach, match="runs as user id"):
            unix_socket.ask(name, {"command": "status"})
    finally:
        squatter.kill()
        squatter.communicate()


def test_two_starts_at_the_same_moment_hand_over_cleanly(desktop: HeadlessDesktop) -> None:
    """The first start looks for a coach, then waits (injected delay) before claiming the link;
    the second starts meanwhile and wins. The first must hand over, not fail."""
    env = desktop.env
    slow = subprocess.Popen([sys.executable, "-m", "desk_coach"], env=env | {RACE_DELAY_VARIABLE: "5"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    winner = None
    try:
        assert "claiming the link" in slow.stderr.readline()  # it has looked: nobody was there
        winner = desktop.spawn("desk-coach", [sys.executable, "-m", "desk_coach", "--verbose"], env=env)
        out, err = slow.communicate(timeout=60)
        assert slow.returncode == 0, err
        assert "already running" in out
        assert "Traceback" not in err
        assert winner.poll() is None
        assert desk_coach(env, "status").returncode == 0
    finally:
        if slow.poll() is None:
            slow.kill()
            slow.communicate()
        if winner is not None:
            stop(winner)
    assert winner.returncode == 0


def test_quit_signals_all_through_shutdown_end_the_coach_with_status_0(desktop: HeadlessDesktop) -> None:
    """A SIGTERM, then more while the coach shuts down (a desktop session ending, an impatient
    user): it ends with status 0 and without a traceback, not killed half-way."""
    env = desktop.env
    coach = subprocess.Popen([sys.executable, "-m", "desk_coach"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        desktop.wait_until(lambda: desk_coach(env, "status").returncode == 0, timeout=30,
                           what="the coach to answer status")
        sent = 0
        while coach.poll() is None and sent < 2000:  # until it has gone, however long that takes
            with contextlib.suppress(ProcessLookupError):
                coach.send_signal(signal.SIGTERM)
            sent += 1
            time.sleep(0.002)
        _, err = coach.communicate(timeout=30)
    finally:
        if coach.poll() is None:
            coach.kill()
            coach.communicate()
    assert sent > 1
    assert coach.returncode == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err
