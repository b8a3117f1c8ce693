"""Headless-desktop fixtures for any test that needs a real X session, D-Bus, tray or
notification daemon: each test gets its own fresh desktop.

Every test in tests/e2e, and every test elsewhere that uses a desktop fixture, is marked ``e2e``
(so CI refuses to skip it); when one fails, the desktop's process logs are added to its report.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from desktop import HeadlessDesktop
from x11_monitors import X11Monitors, layout

E2E_FOLDER = Path(__file__).resolve().parent.parent / "e2e"
DESKTOP_FIXTURES = {"desktop", "desktop_without_notifications", "monitors_session"}
DESKTOP = pytest.StashKey[HeadlessDesktop]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of tests/e2e, and the tests that start a desktop, with ``e2e``."""
    for item in items:
        uses_desktop = DESKTOP_FIXTURES & set(getattr(item, "fixturenames", ()))
        if item.path.is_relative_to(E2E_FOLDER) or uses_desktop:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach the desktop's logs to the report of a failed test."""
    report = yield
    desktop = item.stash.get(DESKTOP, None)
    if report.failed and desktop is not None:
        report.sections.append(("desktop logs", desktop.format_logs()))
    return report


def _desktop(request: pytest.FixtureRequest, tmp_path: Path, **options: bool) -> Iterator[HeadlessDesktop]:
    with HeadlessDesktop(log_dir=tmp_path / "desktop-logs", **options) as desktop:
        request.node.stash[DESKTOP] = desktop
        yield desktop


@pytest.fixture
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HeadlessDesktop]:
    """Xvfb + private D-Bus + trayer + dunst, stopped after the test."""
    yield from _desktop(request, tmp_path)


@pytest.fixture
def desktop_without_notifications(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[HeadlessDesktop]:
    """A desktop where nobody owns org.freedesktop.Notifications and nothing can be auto-started to."""
    yield from _desktop(request, tmp_path, notifications=False, dbus_activation=False)


@pytest.fixture(scope="module")
def monitors_session(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[X11Monitors]:
    """One X session with several monitors for the whole module (tests/support/x11_monitors.py):
    the module names them, ``MONITORS = ("1920x1080", "2560x1440@2")`` (or a test's indirect
    parameter does), and may ask for a window manager, ``WINDOW_MANAGER = "xfwm4"``. Start apps
    in it with ``env=monitors_session.app_env()``."""
    sizes = getattr(request, "param", None) or request.module.MONITORS
    window_manager = getattr(request.module, "WINDOW_MANAGER", None)
    with X11Monitors(layout(*sizes), tmp_path_factory.mktemp("monitors") / "desktop-logs",
                     window_manager=window_manager) as session:
        yield session
