"""Which tests pytest-xdist keeps in one worker process (``./dev test`` runs ``--dist loadgroup``).

A test module that shares one fixture among its tests (a desktop, a multi-monitor X session, a
gallery of every window: ``scope="module"``, or the ``monitors_session`` fixture) runs whole in
one worker, so that fixture starts once; every other test is a unit of its own, given to
whichever worker is free. xdist's own groups (``@pytest.mark.xdist_group``) cannot do this with
pytest 9.2: the worker renames a grouped test's node id, which pytest 9.2 no longer lets it do,
so the group never reaches the scheduler. The scheduler is told here instead, from the node id.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest

#: A module that says one of these keeps its tests together.
SHARED_FIXTURE = re.compile(r"""scope\s*=\s*["'](module|package|class)["']|\bmonitors_session\b""")


@functools.cache
def shares_a_fixture(module: Path) -> bool:
    try:
        return SHARED_FIXTURE.search(module.read_text(encoding="utf-8")) is not None
    except OSError:
        return False


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    root = config.rootpath

    class SharedFixtureScheduling(LoadScopeScheduling):
        """loadscope's scheduler, its units: a module that shares a fixture, else one test."""

        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if shares_a_fixture(root / module) else nodeid

    return SharedFixtureScheduling(config, log)
