"""Desk Coach's identity on free desktops when no package installed its desktop entry.

GNOME and KDE Plasma name and draw a Wayland window (and group notifications) by its app id,
``desk-coach``, looked up as ``applications/desk-coach.desktop`` in the XDG data folders. A
distribution package installs that file (``packaging/linux``); ``pip install`` and the bundle do
not, and then GNOME's top bar shows "desk-coach" with a generic icon. So at start, when no folder
has the entry, Desk Coach writes its own into ``$XDG_DATA_HOME/applications`` with the icon beside
it in the user's hicolor theme. ``TryExec`` names the program, so the entry hides itself once that
program is uninstalled. An entry installed by a package, or one the user wrote, is never touched;
our own is rewritten only when what it says changed (another launcher, a moved bundle).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from desk_coach import APP_ID, APP_NAME
from desk_coach.adapters.autostart._files import write_atomically
from desk_coach.adapters.autostart.xdg import COMMENT, exec_value
from desk_coach.resources import resource

MARKER = "X-Desk-Coach-Written-By-App=true"  # tells our own entry from a package's or the user's
ICON_RESOURCE = "icons/desk-coach.svg"


def data_folders(environ: Mapping[str, str] | None = None) -> tuple[Path, list[Path]]:
    """``$XDG_DATA_HOME`` and ``$XDG_DATA_DIRS`` with the spec's defaults (relative paths ignored)."""
    environ = os.environ if environ is None else environ
    home_value = environ.get("XDG_DATA_HOME", "")
    home = Path(home_value) if os.path.isabs(home_value) else (
        Path(environ.get("HOME") or Path.home()) / ".local" / "share")
    dirs = [Path(part) for part in (environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
            if os.path.isabs(part)]
    return home, dirs


def entry_text(command: Sequence[str]) -> str:
    """The desktop entry for ``command`` (an argv with an absolute program path)."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=Movement Break Reminder",
        f"Comment={COMMENT}",
        f"TryExec={_string_value(command[0])}",  # a plain path, not quoted like Exec
        f"Exec={exec_value(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "StartupNotify=false",
        "X-GNOME-UsesNotifications=true",
        MARKER,
        "",
    ])


def ensure_desktop_entry(command: Sequence[str], environ: Mapping[str, str] | None = None) -> Path | None:
    """Write our desktop entry and icon where none is installed; the entry's path if ours is in
    force, None when another entry is. OSError when the data folder cannot be written."""
    home, dirs = data_folders(environ)
    ours = home / "applications" / f"{APP_ID}.desktop"
    for folder in [home, *dirs]:
        found = folder / "applications" / f"{APP_ID}.desktop"
        if found.is_file():
            if found != ours or MARKER not in _read(found):
                return None  # a package's or the user's own: theirs to keep
            break
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    _write_if_changed(icon, resource(ICON_RESOURCE).read_bytes())
    _write_if_changed(ours, entry_text(command).encode("utf-8"))
    return ours


def _string_value(text: str) -> str:
    """A desktop-entry string value (the spec's escapes)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomically(path, data)
