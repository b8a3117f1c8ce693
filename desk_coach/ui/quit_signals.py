"""Quit cleanly on Ctrl+C or SIGTERM without waking the event loop on a timer.

Python runs signal handlers only when the interpreter gets control; Qt's loop would hold it
for ever. set_wakeup_fd writes a byte to a socket that a QSocketNotifier watches: zero cost
while idle, and the app quits (recording what it must) as soon as the signal lands.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QCoreApplication, QSocketNotifier

#: What must stay alive while the signals are watched: the socket pair and its notifier.
QuitWatch = tuple[socket.socket, socket.socket, QSocketNotifier]

_QUIT_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s)


def quit_on_signals(app: QCoreApplication) -> QuitWatch:
    """Make SIGINT and SIGTERM end ``app``'s event loop normally.

    Returns what must stay alive for that to keep working; the caller holds on to it.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        # exit(), not quit(): Qt 6's quit() first closes every window from inside this handler,
        # and a window's close handler that fails there (a self-check cancelled on a full disk)
        # crashed the process. The windows are closed after the loop instead, in order.
        app.exit(0)

    notifier.activated.connect(drain)
    for number in _QUIT_SIGNALS:
        signal.signal(number, lambda *_: None)
    return (reader, writer, notifier)


def stop_watching_signals(watch: QuitWatch) -> None:
    """Once the event loop has ended: a further SIGINT or SIGTERM asks for the quit that is
    already under way, so it is ignored; the process ends with its own exit status instead of
    being cut short while it finishes. The wake-up socket is let go only after that, so no
    signal is ever written to a closed (or reused) descriptor."""
    for number in _QUIT_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    signal.set_wakeup_fd(-1)
    reader, writer, notifier = watch
    notifier.setEnabled(False)
    reader.close()
    writer.close()
