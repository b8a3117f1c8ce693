"""A pytest plugin (``-p collect_between_tests``): Python's cyclic collector runs after each test,
so what a test leaves for it is freed at a known moment rather than whenever the collector happens
to run. Used to bring out crashes that depend on when wrappers of Qt objects are freed."""

from __future__ import annotations

import gc

import pytest


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    gc.collect()
