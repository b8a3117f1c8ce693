"""./dev test runs the suite in parallel workers: a module whose tests share one desktop or gallery
must run whole in one worker (tests/support/parallel_groups.py), the rest test by test."""

from __future__ import annotations

from pathlib import Path

import pytest
from parallel_groups import shares_a_fixture

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", [
    "ui/test_every_window_in_pseudo_languages.py",  # the gallery, a minute of work
    "e2e/test_gnome_monitors.py",  # one GNOME session for the module
    "e2e/test_break_screen_on_gnome.py",
    "e2e/test_x11_monitors_harness.py",  # monitors_session
])
def test_a_module_that_shares_a_desktop_or_gallery_is_kept_together(module: str) -> None:
    assert shares_a_fixture(TESTS / module)


@pytest.mark.parametrize("text, shared", [
    ('@pytest.fixture(scope="module")\ndef session(): ...', True),
    ("@pytest.fixture(scope='class')\ndef session(): ...", True),
    ("def test_x(monitors_session): ...", True),
    ("@pytest.fixture\ndef desktop(): ...\n# not a module-wide scope", False),
])
def test_a_module_is_kept_together_only_when_it_shares_a_fixture(
    tmp_path: Path, text: str, shared: bool
) -> None:
    module = tmp_path / "test_m.py"
    module.write_text(text, encoding="utf-8")
    assert shares_a_fixture(module) is shared
