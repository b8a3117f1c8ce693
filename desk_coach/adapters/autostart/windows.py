"""Autostart on Windows: a value under ``HKEY_CURRENT_USER\\...\\CurrentVersion\\Run``.

Windows runs every command line listed under the user's ``Run`` key at login. The registry
is reached through a small seam, ``RunKey``, so the logic runs (and is tested) anywhere;
``WinregRunKey`` is the real key, and takes the ``winreg`` module as a parameter for the same
reason.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol

from desk_coach import APP_NAME
from desk_coach.adapters.autostart.launcher import LAUNCHER, launch_command

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = APP_NAME


class RunKey(Protocol):
    """The user's Run key: named text values, each a command line."""

    def read(self, name: str) -> str | None:
        """The value, or None when there is none."""
        ...

    def write(self, name: str, command_line: str) -> None: ...

    def delete(self, name: str) -> None:
        """Remove the value; nothing happens if there is none."""
        ...


class WinregRunKey:
    """The real ``HKCU\\...\\Run`` key through ``winreg`` (imported only when first needed)."""

    def __init__(self, winreg: ModuleType | None = None) -> None:
        self._winreg = winreg

    @property
    def _reg(self) -> ModuleType:
        if self._winreg is None:
            import winreg  # Windows only: import it here, so this module loads everywhere

            self._winreg = winreg
        return self._winreg

    def read(self, name: str) -> str | None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_QUERY_VALUE) as key:
                value, kind = reg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        if kind not in (reg.REG_SZ, reg.REG_EXPAND_SZ) or not isinstance(value, str):
            return None
        return value

    def write(self, name: str, command_line: str) -> None:
        reg = self._reg
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, name, 0, reg.REG_SZ, command_line)

    def delete(self, name: str) -> None:
        reg = self._reg
        with (
            contextlib.suppress(FileNotFoundError),
            reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key,
        ):
            reg.DeleteValue(key, name)


class WindowsAutostart:
    """A ``Desk Coach`` value in the user's Run key, holding the command line that starts it.

    ``command`` defaults to the windowless launcher ``desk-coach-gui`` (or ``pythonw -m
    desk_coach``), so no console window opens at login.
    """

    def __init__(self, run_key: RunKey | None = None, command: Sequence[str] | None = None) -> None:
        self.run_key: RunKey = run_key if run_key is not None else WinregRunKey()
        self._command = list(command) if command is not None else None

    def is_enabled(self) -> bool:
        return bool(self.run_key.read(VALUE_NAME))

    def set_enabled(self, enabled: bool) -> None:
        """Write or delete the value; OSError if the registry refuses."""
        if enabled:
            command = self._command if self._command is not None else windows_command()
            self.run_key.write(VALUE_NAME, subprocess.list2cmdline(command))
        else:
            self.run_key.delete(VALUE_NAME)


def windows_command() -> list[str]:
    """The windowless way to start this Desk Coach."""
    windowless = Path(sys.executable).with_name("pythonw.exe")
    return launch_command(
        (f"{LAUNCHER}-gui", LAUNCHER),
        executable=str(windowless) if windowless.is_file() else None,
    )
