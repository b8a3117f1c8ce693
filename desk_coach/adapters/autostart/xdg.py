"""Autostart on free desktops: a ``.desktop`` file in the user's XDG autostart folder.

GNOME, KDE Plasma, Xfce, Cinnamon, MATE, LXQt and others start every application described in
``$XDG_CONFIG_HOME/autostart`` (default ``~/.config/autostart``) when the user logs in, as the
freedesktop.org Desktop Application Autostart Specification describes. Turning autostart off
removes the file again.
"""

from __future__ import annotations

import configparser
import contextlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from desk_coach import APP_ID, APP_NAME
from desk_coach.adapters.autostart._files import write_atomically
from desk_coach.adapters.autostart.launcher import launch_command

SECTION = "Desktop Entry"
COMMENT = "Posture coach: notices long sitting and suggests short movement breaks"

# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside a quoted argument these four are escaped with a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def xdg_config_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when it is unset, empty or relative (as the spec says)."""
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".config"


class XdgAutostart:
    """Writes or removes ``<config home>/autostart/desk-coach.desktop``.

    ``config_home`` defaults to ``$XDG_CONFIG_HOME`` as it is when the object is made;
    ``command`` (the argv to start Desk Coach) defaults to ``launch_command()``, worked out
    when the file is written so it always names the Desk Coach that is running.
    """

    def __init__(self, config_home: Path | str | None = None, command: Sequence[str] | None = None) -> None:
        home = xdg_config_home() if config_home is None else Path(config_home)
        self.folder = home / "autostart"
        self._command = list(command) if command is not None else None

    @property
    def path(self) -> Path:
        return self.folder / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        """True if the file is there and not switched off (``Hidden`` or the GNOME flag)."""
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
        try:
            text = self.path.read_text(encoding="utf-8")
            parser.read_string(text, source=str(self.path))
        except (OSError, UnicodeDecodeError, configparser.Error):
            return False
        if not parser.has_section(SECTION):
            return False
        entry = parser[SECTION]
        hidden = entry.get("Hidden", "false").strip() == "true"
        switched_off = entry.get("X-GNOME-Autostart-enabled", "true").strip() == "false"
        return not (hidden or switched_off)

    def set_enabled(self, enabled: bool) -> None:
        """Write the file (replacing any older one) or remove it; OSError if the folder is unwritable."""
        if enabled:
            command = self._command if self._command is not None else launch_command()
            write_atomically(self.path, desktop_entry(command).encode("utf-8"))
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart file for ``command`` (an argv with an absolute program path)."""
    return "\n".join(
        [
            f"[{SECTION}]",
            "Type=Application",
            f"Name={APP_NAME}",
            f"Comment={COMMENT}",
            f"Exec={exec_value(command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of an ``Exec`` key: each argument quoted as needed, ``%`` doubled,
    then escaped once more as a desktop-entry string value (so a backslash ends up as four)."""
    if not argv:
        raise ValueError("an Exec line needs a program")
    return _string_value(" ".join(_exec_argument(argument) for argument in argv))


def _exec_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")  # a lone % would start a field code such as %f
    if argument and not (_RESERVED & set(argument)):
        return argument
    inner = "".join("\\" + char if char in _ESCAPED_IN_QUOTES else char for char in argument)
    return f'"{inner}"'


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
