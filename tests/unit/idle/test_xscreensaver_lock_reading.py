"""XScreenSaver's ``_SCREENSAVER_STATUS`` read: its first item is the atom LOCK, BLANK or 0."""

from __future__ import annotations

import pytest

from desk_coach.adapters.idle.xscreensaver_lock import lock_state

LOCK, BLANK = 253, 252  # atoms as the X server numbered them in one session


@pytest.mark.parametrize(("items", "locked"), [
    ([LOCK, 1796420873, 0], True),  # locked since then, no saver running on screen 0
    ([LOCK, 1796420873, 3, 5], True),  # two screens, each with a saver
    ([BLANK, 1796420873, 3], False),  # blanked, not locked: the user is only away
    ([0, 1796420871, 0], False),  # neither
    ([], None),  # an empty property: cannot tell
])
def test_lock_state(items: list[int], locked: bool | None):
    assert lock_state(items, LOCK) is locked


def test_no_lock_atom_on_the_server_is_never_locked():
    """XInternAtom gives 0 for an atom the server does not know; 0 in the status means neither."""
    assert lock_state([0, 1796420871, 0], 0) is False
