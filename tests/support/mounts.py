"""Real file-system faults for tests: a small tmpfs to fill, a read-only bind mount.

Both need root (CI runs as root). Where mounting is impossible the test is skipped with the
reason; in CI a skipped end-to-end test counts as failed (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*argv: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a file system for this fault needs root (CI runs as root)")
    result = subprocess.run(["mount", *argv], capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        pytest.skip(f"mounting is not possible here: mount {' '.join(argv)}: {result.stderr.strip()}")


def _unmount(folder: Path) -> None:
    done = subprocess.run(["umount", str(folder)], capture_output=True, timeout=20)
    if done.returncode != 0:  # still busy (a test failed with the app running): detach it anyway
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` (mount's syntax: "2m") on ``folder``, created if missing."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def read_only_bind(source: Path, folder: Path) -> Iterator[Path]:
    """Show ``source`` at ``folder`` read-only, as a read-only mount or a sandbox would."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("--bind", "-o", "ro", str(source), str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, name: str = "filler") -> Path:
    """Write zeros into ``folder/name`` until its file system is full; returns the file."""
    filler = folder / name
    block = bytes(64 * 1024)
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
        try:  # the last few bytes
            while True:
                file.write(bytes(512))
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler
