"""create_notifier: which channels, in which order, for each platform and style."""

from __future__ import annotations

import sys

import pytest
from notify_fakes import REMINDER, ignore

from desk_coach.adapters.notify.factory import create_notifier


def no_balloon(title: str, text: str) -> None:
    """A show_balloon that draws nothing."""


@pytest.mark.parametrize(("platform", "channels"), [
    ("linux", ("desktop", "tray")),
    ("freebsd14", ("desktop", "tray")),
    ("win32", ("plyer", "tray")),
    ("darwin", ("plyer", "tray")),
    ("emscripten", ("tray",)),
])
def test_desktop_style_uses_the_platforms_notifications_then_the_balloon(platform: str,
                                                                         channels: tuple[str, ...]) -> None:
    notifier = create_notifier(no_balloon, "desktop", platform=platform)
    assert notifier.channels == channels
    assert notifier.last_channel is None
    notifier.close()


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_tray_style_uses_the_balloon_alone(platform: str) -> None:
    notifier = create_notifier(no_balloon, "tray", platform=platform)
    assert notifier.channels == ("tray",)


def test_the_platform_defaults_to_this_one() -> None:
    expected = {"linux": "desktop", "win32": "plyer", "darwin": "plyer"}.get(sys.platform, "tray")
    assert create_notifier(no_balloon, "desktop").channels[0] == expected


def test_building_the_linux_chain_touches_no_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    notifier = create_notifier(no_balloon, "desktop", platform="linux")  # connects on the first show only
    assert notifier.channels == ("desktop", "tray")
    notifier.close()


def test_an_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="style"):
        create_notifier(no_balloon, "popup", platform="linux")  # type: ignore[arg-type]


def test_the_tray_chain_hands_the_reminder_text_to_the_balloon() -> None:
    balloons: list[tuple[str, str]] = []
    notifier = create_notifier(lambda title, text: balloons.append((title, text)), "tray", platform="linux")

    assert notifier.show(REMINDER, ignore) is True
    assert notifier.last_channel == "tray" and not notifier.supports_actions
    assert balloons == [("Time for a long break", "Walk around for five minutes.")]
