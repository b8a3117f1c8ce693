"""Where a window goes among several monitors, as plain rectangles (no Qt, so it is tested alone).

A window opens on the monitor the user is working on and whole inside the part of it no panel
covers; when that monitor goes away or shrinks, the window comes back whole onto one that is there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    """A rectangle in the desktop's coordinates (logical pixels), as Qt's QRect: x, y, width, height."""

    x: int
    y: int
    width: int
    height: int

    def contains_point(self, x: int, y: int) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.x + other.width <= self.x + self.width
                and other.y + other.height <= self.y + self.height)

    def overlap(self, other: Rect) -> int:
        """The area the two share (0 when apart)."""
        width = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        height = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        return max(width, 0) * max(height, 0)


def screen_at(point: tuple[int, int] | None, screens: Sequence[Rect]) -> int | None:
    """The index of the screen (by its whole geometry) under ``point``, or None."""
    if point is None:
        return None
    return next((index for index, screen in enumerate(screens) if screen.contains_point(*point)), None)


def user_screen_index(pointer: tuple[int, int] | None, active_window: Rect | None,
                      screens: Sequence[Rect], primary: int = 0) -> int:
    """The screen the user is working on: the one under the pointer, else the one holding most of
    the active window, else the primary."""
    under_pointer = screen_at(pointer, screens)
    if under_pointer is not None:
        return under_pointer
    if active_window is not None:
        shares = [screen.overlap(active_window) for screen in screens]
        if shares and max(shares) > 0:
            return shares.index(max(shares))
    return primary


def centred(width: int, height: int, area: Rect) -> Rect:
    """A frame of this size, no larger than ``area``, centred in it."""
    width, height = min(width, area.width), min(height, area.height)
    return Rect(area.x + (area.width - width) // 2, area.y + (area.height - height) // 2, width, height)


def kept_inside(frame: Rect, area: Rect) -> Rect:
    """``frame`` moved (and shrunk only if larger than ``area``) the least to be whole inside ``area``."""
    width, height = min(frame.width, area.width), min(frame.height, area.height)
    x = min(max(frame.x, area.x), area.x + area.width - width)
    y = min(max(frame.y, area.y), area.y + area.height - height)
    return Rect(x, y, width, height)


def framed(aimed: Rect, frame: Rect, area: Rect) -> Rect:
    """Where a window placed at ``aimed`` goes once the window manager's frame made it ``frame``:
    its new frame on the same centre, whole inside ``area`` (the frame came after the window
    was placed, and pushed it right and down by its own size)."""
    moved = Rect(aimed.x + (aimed.width - frame.width) // 2, aimed.y + (aimed.height - frame.height) // 2,
                 frame.width, frame.height)
    return kept_inside(moved, area)


def after_screens_changed(frame: Rect, available: Sequence[Rect], user_screen: int) -> Rect:
    """Where a window goes once the monitors changed: where it is, if whole inside one screen's
    available area; else whole inside the screen holding most of it; else (its screen gone)
    centred on the user's screen."""
    if any(area.contains(frame) for area in available):
        return frame
    shares = [area.overlap(frame) for area in available]
    if shares and max(shares) > 0:
        return kept_inside(frame, available[shares.index(max(shares))])
    return centred(frame.width, frame.height, available[user_screen])
