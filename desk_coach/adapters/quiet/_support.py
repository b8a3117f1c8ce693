"""What the quiet-time sensors share: "log a problem once", and short commands run in the background."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Generic, TypeVar

from desk_coach.domain.quiet import QuietReason

T = TypeVar("T")

NO_REASONS: frozenset[QuietReason] = frozenset()

Clock = Callable[[], float]


def why(error: BaseException) -> str:
    """An exception for a log line: its message, or its type when it has none."""
    return str(error) or type(error).__name__


class OnceLog:
    """Logs each kind of problem once per sensor, so a source that stays unreadable does not flood the log.

    ``key`` names the kind of problem ("open", "poll"...); the first call with a key logs, later ones
    only count. Thread-safe.
    """

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, key: str, message: str, *args: object, level: int = logging.WARNING,
                 exc_info: bool = False) -> bool:
        """Log ``message % args`` if ``key`` was not logged before; True when it was logged now."""
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
        self._logger.log(level, message, *args, exc_info=exc_info)
        return True

    @property
    def logged(self) -> frozenset[str]:
        """The keys logged so far (for tests and diagnostics)."""
        with self._lock:
            return frozenset(self._seen)


class CommandFailed(Exception):
    """A background command exited with an error, could not start, or ran past its timeout."""


def command_env(env: Mapping[str, str] | None) -> dict[str, str]:
    """``env`` (default: ours) with the C locale, so the output parsed here is never translated."""
    return dict(os.environ if env is None else env) | {"LC_ALL": "C"}


@dataclass
class _Running:
    proc: subprocess.Popen[bytes]
    stdout: IO[bytes]
    stderr: IO[bytes]


class BackgroundCommands(Generic[T]):
    """Runs a few short commands side by side without waiting for them, and keeps the last parsed result.

    ``poll()`` never blocks on the commands: it collects a finished run (parsing the outputs with
    ``parse``), starts a new run when the last result is older than ``refresh_seconds``, and returns
    the latest result (None until the first run has finished, or after a run failed). Output goes to
    temporary files, not pipes, so a large output cannot stall a command. A run still going after
    ``timeout`` seconds is killed and counts as failed. Thread-safe; ``close()`` kills a running run.

    Cost per poll: nothing but a clock read while the result is fresh; the poll that starts a run pays
    for spawning the processes (0.15-2 ms each, measured, depending on the machine's load), the poll
    that collects it for reading and parsing.
    """

    def __init__(self, argvs: Sequence[Sequence[str]], parse: Callable[[list[str]], T], *,
                 env: Mapping[str, str] | None = None, refresh_seconds: float = 15.0,
                 timeout: float = 5.0, clock: Clock = time.monotonic) -> None:
        self.argvs = [list(argv) for argv in argvs]
        self._parse = parse
        self._env = command_env(env)
        self.refresh_seconds, self.timeout = refresh_seconds, timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._running: list[_Running] = []
        self._started_at = 0.0
        self._generation = 0  # bumped by invalidate(); a run started before a bump is stale
        self._run_generation = 0
        self._finished_at: float | None = None  # when the last run ended (ok or not)
        self.result: T | None = None
        self.error: CommandFailed | None = None  # why the last run failed, None after a good one

    @property
    def running(self) -> bool:
        return bool(self._running)

    def invalidate(self) -> None:
        """Make the next poll start a new run (the source is known to have changed)."""
        with self._lock:
            self._finished_at = None
            self._generation += 1

    def poll(self) -> T | None:
        with self._lock:
            now = self._clock()
            if self._running:
                self._collect(now)
            due = self._finished_at is None or now - self._finished_at >= self.refresh_seconds
            if not self._running and due:
                self._start(now)
            return self.result

    def refresh_and_wait(self, timeout: float = 10.0) -> T | None:
        """Start a run now (unless one is going) and block until it has finished; its result.

        For tests and one-off checks; a sensor's poll never waits.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            if not self._running:
                self._start(self._clock())
        while True:
            with self._lock:
                if self._running:
                    self._collect(self._clock())
                if not self._running:
                    return self.result
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{self.argvs[0][0]} did not finish within {timeout} s")
            time.sleep(0.01)

    def close(self) -> None:
        with self._lock:
            self._stop_all()

    # -- inside the lock ---------------------------------------------------------------------------

    def _start(self, now: float) -> None:
        self._started_at, self._run_generation = now, self._generation
        for argv in self.argvs:
            out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115 - closed in _stop_all
            try:
                proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                        env=self._env, close_fds=True)
            except OSError as error:
                out.close()
                err.close()
                self._stop_all()
                self._fail(now, CommandFailed(f"cannot run {argv[0]}: {error}"))
                return
            self._running.append(_Running(proc, out, err))

    def _collect(self, now: float) -> None:
        if any(run.proc.poll() is None for run in self._running):
            if now - self._started_at < self.timeout:
                return
            name = self.argvs[0][0]
            self._stop_all()
            self._fail(now, CommandFailed(f"{name} took longer than {self.timeout} s; killed"))
            return
        outputs: list[str] = []
        problem: CommandFailed | None = None
        for run in self._running:
            if run.proc.returncode != 0 and problem is None:
                run.stderr.seek(0)
                why = run.stderr.read(2000).decode(errors="replace").strip().splitlines()
                problem = CommandFailed(f"{' '.join(run.proc.args)} exited {run.proc.returncode}"  # type: ignore[arg-type]
                                        + (f": {why[0]}" if why else ""))
            run.stdout.seek(0)
            outputs.append(run.stdout.read().decode(errors="replace"))
        self._stop_all()
        if problem is not None:
            self._fail(now, problem)
            return
        try:
            self.result = self._parse(outputs)
        except ValueError as error:
            self._fail(now, CommandFailed(f"unexpected output from {self.argvs[0][0]}: {error}"))
            return
        self.error, self._finished_at = None, now
        if self._run_generation != self._generation:
            self._finished_at = None  # invalidated while it ran: its answer may be old, ask again

    def _fail(self, now: float, error: CommandFailed) -> None:
        self.result, self.error, self._finished_at = None, error, now

    def _stop_all(self) -> None:
        for run in self._running:
            if run.proc.poll() is None:
                with contextlib.suppress(OSError):
                    run.proc.kill()
            run.proc.wait()
            run.stdout.close()
            run.stderr.close()
        self._running.clear()
