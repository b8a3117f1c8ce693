"""When a break covers the screens: the user's choice, never over a quiet time they keep."""

from dataclasses import replace

import pytest

from desk_coach.adapters.settings_file import shipped_schema
from desk_coach.domain.break_screen import Cover, cover_for
from desk_coach.domain.quiet import QuietReason
from desk_coach.domain.settings import defaults


@pytest.fixture
def screen():
    return defaults(shipped_schema()).break_screen


def test_by_default_a_break_keeps_to_its_own_window(screen):
    assert (screen.enabled, screen.strict) == (False, False)
    assert cover_for(screen, frozenset()) is Cover.NONE


def test_the_break_screen_covers_and_strict_mode_covers_firmly(screen):
    assert cover_for(replace(screen, enabled=True), frozenset()) is Cover.COVER
    assert cover_for(replace(screen, strict=True), frozenset()) is Cover.STRICT
    assert cover_for(replace(screen, enabled=True, strict=True), frozenset()) is Cover.STRICT


@pytest.mark.parametrize("reason", list(QuietReason))
def test_no_cover_over_a_quiet_time(screen, reason):
    assert cover_for(replace(screen, enabled=True, strict=True), frozenset({reason})) is Cover.NONE
