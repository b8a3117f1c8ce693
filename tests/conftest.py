"""Test-wide rules: no test touches the real user's files, Qt runs offscreen unless a test
starts its own desktop, and in CI an end-to-end test may never be skipped."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The headless-desktop fixtures (tests/support/desktop_fixtures.py) serve every test folder;
# tests/support/parallel_groups.py tells pytest-xdist which tests share a worker.
pytest_plugins = ["desktop_fixtures", "parallel_groups"]

# Offscreen Qt for unit, integration and UI tests; the e2e harness sets xcb for the app it runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The tests read English unless a test asks for another language (Desk Coach follows the
# system's language): a developer's German desktop must not change what they see.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at a fresh temporary home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # Run from a desktop session, its name would reach the code under test (the tray keeps no
    # status tooltip under GNOME, for one): tests name the desktop themselves where it matters.
    for var in ("XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A private folder of the test's own right in /tmp, for what holds a Unix socket: its path must
    fit in 107 bytes, which tmp_path (deeper still in a pytest-xdist worker's folder) may not leave."""
    folder = Path(tempfile.mkdtemp(prefix="dc-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def umask_restored() -> Iterator[None]:
    """The command line tightens the process's umask to 077 (cli.py); run in-process by a test, that
    would leave the files later tests write for another user (a compositor's) unreadable to it."""
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """In CI, a skipped end-to-end test is a failed one: they must really run there."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and item.get_closest_marker("e2e") is not None:
        report.outcome = "failed"
        report.longrepr = f"end-to-end test skipped in CI, which is not allowed: {report.longrepr}"
