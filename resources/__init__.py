"""Data files shipped with Desk Coach (icons, schemas, content), found through one locator.

In the wheel this folder is the package ``desk_coach.resources``; in a checkout the
editable install maps it there too, so every caller goes through :func:`resource_file`.
"""

from __future__ import annotations

import contextlib
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_PACKAGE = "desk_coach.resources"


def resource(relative: str) -> Traversable:
    """Return the shipped resource at ``relative`` (a '/'-separated path)."""
    node = resources.files(_PACKAGE)
    for part in relative.split("/"):
        node = node.joinpath(part)
    if not node.is_file():
        raise FileNotFoundError(f"Desk Coach resource {relative!r} is missing from the installation")
    return node


def resource_text(relative: str) -> str:
    """Return a shipped text resource, decoded as UTF-8."""
    return resource(relative).read_text(encoding="utf-8")


@contextlib.contextmanager
def resource_file(relative: str):
    """Yield a real filesystem path for a resource (Qt and plyer need paths, not streams)."""
    with resources.as_file(resource(relative)) as path:
        yield Path(path)
