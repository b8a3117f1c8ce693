"""What deleting all of the user's data tells them."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.your_data import YourDataSaid as Y
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Deleting all data is refused because Desk Coach is running (it would write its history again).
    Y.STILL_RUNNING: lambda n: translate(
        "YourData", "Desk Coach is running; quit it first, then delete your data."
    ),
}
