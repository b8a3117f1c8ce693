"""A private D-Bus daemon, and fake desktop services served on it with jeepney.

``FakeService`` owns a well-known name and answers method calls from a table the test edits
while it runs; ``vanish()`` releases the name and disconnects, as a desktop service that quits.
The daemon loads no service files, so nothing is ever started on demand.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
DO_NOT_QUEUE = 4
PRIMARY_OWNER = 1

#: (object path, member) -> a function of the call's body that returns (signature, body) for the reply.
Answer = Callable[[tuple[Any, ...]], tuple[str, tuple[Any, ...]]]


class PrivateBus:
    """A dbus-daemon on a socket in a short temp dir; ``stop()`` and ``start()`` again keep the address."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="dc-bus-"))  # unix socket paths must stay short
        self.config = self.folder / "bus.conf"
        self.config.write_text(CONFIG.format(socket=self.folder / "bus"))
        self.address = ""
        self._daemon: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self._daemon = subprocess.Popen(
            ["dbus-daemon", f"--config-file={self.config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        assert self._daemon.stdout is not None
        self.address = self._daemon.stdout.readline().strip()
        assert self.address.startswith("unix:path="), f"dbus-daemon printed {self.address!r}"

    def stop(self) -> None:
        daemon, self._daemon = self._daemon, None
        if daemon is not None:
            daemon.terminate()
            daemon.wait(5)
            assert daemon.stdout is not None
            daemon.stdout.close()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class FakeService:
    """Owns ``name`` on the bus at ``address`` and answers calls from ``answers`` in a thread."""

    def __init__(self, address: str, name: str) -> None:
        self.address, self.name = address, name
        self.answers: dict[tuple[str, str], Answer] = {}
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []
        # Cleared, answers wait until it is set again: a hung service, as long as the test needs.
        self.answering = threading.Event()
        self.answering.set()
        self.replies = 0  # answers sent so far
        self._connection: DBusConnection | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def answer(self, path: str, member: str, signature: str, value: Any) -> None:
        """Answer ``member`` on ``path`` with one value of type ``signature`` from now on."""
        self.answers[path, member] = lambda body: (signature, (value,))

    def start(self) -> FakeService:
        self._connection = connection = open_dbus_connection(self.address)
        reply = connection.send_and_get_reply(message_bus.RequestName(self.name, DO_NOT_QUEUE), timeout=5)
        assert reply.body == (PRIMARY_OWNER,), f"could not own {self.name}: {reply.body}"
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name=f"fake {self.name}", daemon=True)
        self._thread.start()
        return self

    def vanish(self) -> None:
        """Stop answering, give the name up (waiting until the bus confirms) and disconnect."""
        if self._thread is None or self._connection is None:
            return
        self._stop.set()
        self._thread.join(5)
        self._thread = None
        with contextlib.suppress(OSError):  # a bus that is gone has already forgotten us
            self._connection.send_and_get_reply(message_bus.ReleaseName(self.name), timeout=5)
        self._connection.close()
        self._connection = None

    def _serve(self) -> None:
        assert self._connection is not None
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.02)
            except TimeoutError:
                continue
            except OSError:  # the bus went away under us
                return
            if message.header.message_type is not MessageType.method_call:
                continue
            path = message.header.fields[HeaderFields.path]
            member = message.header.fields[HeaderFields.member]
            self.calls.append((path, member, tuple(message.body)))
            answer = self.answers.get((path, member))
            if answer is None:
                reply = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                                  (f"no {member} on {path}",))
            else:
                signature, body = answer(tuple(message.body))
                reply = new_method_return(message, signature, body)
            while not self.answering.wait(0.02):
                if self._stop.is_set():
                    return
            self._connection.send(reply)
            self.replies += 1
