"""Watching and answering desktop notifications in a headless desktop, for any test.

- ``NotifyMonitor`` runs ``dbus-monitor`` on a desktop's bus and parses the Notify calls it saw.
- ``MenuDesktop`` drives dunst's context menu through a script, so dunst itself sends an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import HeadlessDesktop

NAME = "org.freedesktop.Notifications"


# -- dbus-monitor ----------------------------------------------------------------------------------

_VALUE = re.compile(r"^\s*(?:variant\s+)?(string|uint32|int32|byte|boolean) (.*)$")


@dataclass(frozen=True)
class NotifyCall:
    """One Notify call as dbus-monitor printed it."""

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    expire_timeout: int


class NotifyMonitor:
    """``dbus-monitor`` watching Notify calls on a desktop's bus (its output goes to the desktop logs)."""

    def __init__(self, desktop: HeadlessDesktop) -> None:
        self.log = desktop.log_dir / "dbus-monitor.log"
        # Only the calls to the server's well-known name: GNOME's notification service hands each
        # one on to the shell with a Notify of its own (to the shell's unique name).
        desktop.spawn("dbus-monitor", ["dbus-monitor", "--session",
                                       f"type='method_call',destination='{NAME}',interface='{NAME}',member='Notify'"])
        # dbus-monitor shows it became a monitor by losing its own unique name.
        desktop.wait_until(lambda: "member=NameLost" in self._text(), what="dbus-monitor to start")

    def _text(self) -> str:
        return self.log.read_text() if self.log.exists() else ""

    def calls(self) -> list[NotifyCall]:
        """The Notify calls seen so far, oldest first."""
        found = []
        for block in re.split(r"^(?=method call )", self._text(), flags=re.MULTILINE):
            lines = block.splitlines()
            if not block.startswith("method call ") or "member=Notify" not in lines[0]:
                continue
            values: list[Any] = []
            for line in lines[1:]:
                if match := _VALUE.match(line):
                    kind, text = match.groups()
                    values.append(text[1:-1] if kind == "string" else int(text))
            app_name, replaces_id, app_icon, summary, body, *rest = values
            expire = rest.pop()
            hints_start = next(i for i, value in enumerate(rest) if value in ("urgency", "desktop-entry"))
            actions, hint_items = rest[:hints_start], rest[hints_start:]
            hints = dict(zip(hint_items[::2], hint_items[1::2], strict=True))
            found.append(NotifyCall(app_name, replaces_id, app_icon, summary, body, actions, hints, expire))
        return found


# -- dunst with a scripted context menu ------------------------------------------------------------

#: dunst writes one line per action, "#Label (summary) [id,key]", to its "dmenu" program's stdin and
#: invokes the action on the line printed back. This one keeps the menu and picks the chosen key.
MENU_SCRIPT = """#!/bin/sh
tee "{menu}" | grep -m1 -F ",$(cat "{choice}")]"
"""


@dataclass(frozen=True)
class MenuDesktop:
    desktop: HeadlessDesktop
    choice: Path  # the action key the menu script picks
    menu: Path  # what dunst offered in its last context menu

    @classmethod
    def dunst_config(cls, folder: Path) -> Path:
        """Write the menu script and a dunstrc using it into ``folder``; return the dunstrc."""
        script = folder / "pick-action"
        script.write_text(MENU_SCRIPT.format(menu=folder / "menu-offered", choice=folder / "menu-choice"))
        script.chmod(0o755)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {script}\n")
        return config

    @classmethod
    def of(cls, desktop: HeadlessDesktop, folder: Path) -> MenuDesktop:
        return cls(desktop, folder / "menu-choice", folder / "menu-offered")

    def choose(self, key: str) -> None:
        """Open dunst's context menu and pick the action ``key`` of the notification shown."""
        self.choice.write_text(key)
        self.desktop.run("dunstctl", "context")
