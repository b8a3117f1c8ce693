#!/usr/bin/python3
"""What a screen reader gets from an application, read through AT-SPI (pyatspi), printed as JSON.

Runs with the SYSTEM python (pyatspi is the Debian package python3-pyatspi, not on PyPI), inside a
desktop whose AT-SPI bus is running (``tests/support/screen_reader.py`` starts it and calls this
script); it imports nothing from the project or the venv.

    atspi_probe.py tree  --app desk_coach [--window REGEX]       the active window's tree
    atspi_probe.py watch --app desk_coach --keys Tab,Tab [--seconds 3] [--key-gap 0.4]
                                                                  events while the keys are pressed
    atspi_probe.py apps                                           names of the applications on the bus

``tree`` prints ``{"window": {...}, "nodes": [...]}``; each node has depth, role, name, description,
text, value, states, relations and ``focusable``. ``watch`` prints ``{"events": [...]}``: type,
detail1, any_data (as text), and the source's role, name and description; keys are pressed with
xdotool (X11), so the events are those a user's keystrokes cause.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

#: The events a screen reader acts on while the user works: focus, text and name changes, alerts.
EVENTS = (
    "object:state-changed:focused",
    "object:text-changed",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
    "object:value-changed",
    "window:activate",
    "object:state-changed:showing",
)
STATES = {"focusable", "focused", "enabled", "sensitive", "showing", "visible", "checked", "selected",
          "editable", "modal", "active", "checkable", "expanded", "collapsed", "invalid_entry", "required"}
MAX_CHILDREN = 400


def state_names(acc) -> set[str]:
    try:
        return {pyatspi.stateToString(s) for s in acc.getState().getStates()}
    except Exception:
        return set()


def text_of(acc) -> str | None:
    try:
        text = acc.queryText()
        return text.getText(0, min(text.characterCount, 500))
    except NotImplementedError:
        return None
    except Exception:
        return None


def value_of(acc) -> dict | None:
    try:
        value = acc.queryValue()
        return {"current": value.currentValue, "min": value.minimumValue, "max": value.maximumValue}
    except Exception:
        return None


def relations_of(acc) -> list[dict]:
    found = []
    try:
        for relation in acc.getRelationSet():
            targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
            found.append({"type": pyatspi.relationToString(relation.getRelationType()),
                          "targets": [getattr(t, "name", "") or "" for t in targets]})
    except Exception:
        pass
    return found


def node(acc, depth: int) -> dict:
    states = state_names(acc)
    return {"depth": depth, "role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "", "text": text_of(acc), "value": value_of(acc),
            "states": sorted(states & STATES), "focusable": "focusable" in states,
            "showing": "showing" in states, "relations": relations_of(acc)}


def walk(acc, depth: int, rows: list[dict], only_showing: bool) -> None:
    try:
        row = node(acc, depth)
    except Exception:
        return
    if only_showing and depth > 0 and not row["showing"]:
        return
    rows.append(row)
    try:
        count = min(acc.childCount, MAX_CHILDREN)
    except Exception:
        count = 0
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, depth + 1, rows, only_showing)


def applications(pattern: str) -> list:
    desktop = pyatspi.Registry.getDesktop(0)
    return [app for app in desktop if app is not None and re.search(pattern, app.name or "", re.I)]


def windows(pattern: str) -> list:
    return [window for app in applications(pattern) for window in app if window is not None]


def active_window(app: str, title: str | None):
    """The window titled ``title`` if given, else the app's active window, else its last showing one."""
    found = windows(app)
    if title:
        found = [w for w in found if re.search(title, w.name or "")]
        return next((w for w in found if "showing" in state_names(w)), found[0] if found else None)
    active = [w for w in found if "active" in state_names(w)]
    showing = [w for w in found if "showing" in state_names(w)]
    return (active or showing or [None])[-1]


def tree(args: argparse.Namespace) -> dict:
    window = active_window(args.app, args.window)
    if window is None:
        return {"window": None, "nodes": [], "windows": [w.name for w in windows(args.app)]}
    rows: list[dict] = []
    walk(window, 0, rows, only_showing=not args.all)
    return {"window": rows[0] if rows else None, "nodes": rows}


def watch(args: argparse.Namespace) -> dict:
    events: list[dict] = []
    began = time.monotonic()

    def heard(event) -> None:
        source = event.source
        try:
            role, name, description = source.getRoleName(), source.name or "", source.description or ""
        except Exception:
            role, name, description = "?", "", ""
        try:
            app = source.getApplication().name or ""
        except Exception:
            app = ""
        if not re.search(args.app, app, re.I):
            return
        data = event.any_data
        events.append({"at": round(time.monotonic() - began, 2), "type": event.type, "detail1": event.detail1,
                       "any_data": data if isinstance(data, (str, int, float)) else None,
                       "role": role, "name": name, "description": description,
                       "key": pressed[-1] if pressed else None})

    pressed: list[str] = []
    keys = [key for key in (args.keys or "").split(",") if key]
    loop = GLib.MainLoop()

    def press_next() -> bool:
        if not keys:
            GLib.timeout_add(int(args.seconds * 1000), loop.quit)
            return False
        key = keys.pop(0)
        pressed.append(key)
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
        return True

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    def begin() -> bool:
        GLib.timeout_add(int(args.key_gap * 1000), press_next)
        return False

    GLib.timeout_add(int(args.settle * 1000), begin)
    longest = args.settle + args.key_gap * (len(keys) + 1) + args.seconds + 30  # should the quit be lost
    GLib.timeout_add(int(longest * 1000), loop.quit)
    loop.run()
    return {"events": events, "keys": pressed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    read = commands.add_parser("tree")
    read.add_argument("--app", default="desk")
    read.add_argument("--window")
    read.add_argument("--all", action="store_true", help="hidden objects too")
    listen = commands.add_parser("watch")
    listen.add_argument("--app", default="desk")
    listen.add_argument("--keys", default="")
    listen.add_argument("--seconds", type=float, default=1.0, help="listen this long after the last key")
    listen.add_argument("--key-gap", type=float, default=0.4)
    listen.add_argument("--settle", type=float, default=0.3, help="listen this long before the first key")
    commands.add_parser("apps")
    args = parser.parse_args()
    if args.command == "apps":
        result: dict = {"apps": [app.name for app in pyatspi.Registry.getDesktop(0) if app is not None]}
    else:
        result = tree(args) if args.command == "tree" else watch(args)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
