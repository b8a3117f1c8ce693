"""Fixtures for real notification round trips on a private session bus (helpers: notify_support)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from desktop import HeadlessDesktop
from desktop_fixtures import DESKTOP
from notify_probe import MenuDesktop, NotifyMonitor
from notify_support import FakeNotificationServer

from desk_coach.adapters.notify.freedesktop import FreedesktopNotifier

MakeNotifier = Callable[[str], FreedesktopNotifier]


@pytest.fixture
def make_notifier(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[MakeNotifier]:
    """``make_notifier(bus_address)``: a FreedesktopNotifier on that session bus, closed after the test."""
    made: list[FreedesktopNotifier] = []

    def make(bus_address: str) -> FreedesktopNotifier:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
        made.append(FreedesktopNotifier())
        return made[-1]

    yield make
    for notifier in made:
        notifier.close()


@pytest.fixture
def notify_monitor(desktop: HeadlessDesktop) -> NotifyMonitor:
    """dbus-monitor on the ``desktop`` bus, recording Notify calls."""
    return NotifyMonitor(desktop)


@pytest.fixture
def menu_desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MenuDesktop]:
    """A desktop (no tray) whose dunst opens its context menu through a script that picks an action."""
    folder = tmp_path / "dunst"
    folder.mkdir()
    config = MenuDesktop.dunst_config(folder)
    with HeadlessDesktop(tray=False, log_dir=tmp_path / "desktop-logs", dunst_config=config) as desktop:
        request.node.stash[DESKTOP] = desktop  # its logs join the report of a failed test
        yield MenuDesktop.of(desktop, folder)


@pytest.fixture
def expiring_desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HeadlessDesktop]:
    """A desktop (no tray) whose dunst lets every notification expire after a second, whatever the
    client asked for (dunst's ``override_dbus_timeout`` rule)."""
    config = tmp_path / "dunstrc"
    config.write_text("[expire-all]\n    appname = *\n    override_dbus_timeout = 1\n")
    with HeadlessDesktop(tray=False, log_dir=tmp_path / "desktop-logs", dunst_config=config) as desktop:
        request.node.stash[DESKTOP] = desktop
        yield desktop


@pytest.fixture
def fake_server(
    desktop_without_notifications: HeadlessDesktop,
) -> Iterator[Callable[..., FakeNotificationServer]]:
    """``fake_server(capabilities, name=...)``: a FakeNotificationServer on a bus where nothing else
    serves, named ``name`` in its GetServerInformation."""
    servers: list[FakeNotificationServer] = []

    def start(capabilities: list[str], name: str = "fake-server") -> FakeNotificationServer:
        servers.append(FakeNotificationServer(desktop_without_notifications.bus_address, capabilities, name))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
