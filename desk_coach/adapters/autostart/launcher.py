"""The command that starts this Desk Coach, as the login session should run it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

LAUNCHER = "desk-coach"


def launch_command(
    names: Sequence[str] = (LAUNCHER,),
    *,
    argv0: str | None = None,
    which: Callable[[str], str | None] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The argv that starts Desk Coach as it runs now, with an absolute program path.

    In order: a frozen build's own executable; the launcher this process was started by
    (``sys.argv[0]``) or one found on PATH, trying ``names`` in order; else
    ``<executable> -m desk_coach``, where ``executable`` defaults to this interpreter. The
    keyword arguments are seams for tests and for platforms with a windowless interpreter.
    """
    if frozen if frozen is not None else getattr(sys, "frozen", False):
        return [str(Path(executable or sys.executable).absolute())]
    argv0 = sys.argv[0] if argv0 is None else argv0
    if which is None:
        import shutil

        which = shutil.which
    for name in names:
        if argv0 and _launcher_name(argv0) == name and os.path.isfile(argv0):
            return [str(Path(argv0).absolute())]
        found = which(name)
        if found:
            return [str(Path(found).absolute())]
    return [str(Path(executable or sys.executable).absolute()), "-m", "desk_coach"]


def _launcher_name(path: str) -> str:
    """``desk-coach`` for ``/usr/bin/desk-coach``, ``C:\\...\\desk-coach.exe`` or ``desk-coach-script.py``."""
    stem = Path(path.replace("\\", "/")).name.lower()
    for suffix in (".exe", ".py", "-script"):
        stem = stem.removesuffix(suffix)
    return stem
