"""The daily coaching check: adapt to how many breaks got done (rule 6), offer a re-check (rule 7).

Run once a day by the tray app's timers. A later sit interval is a setting the user sees and
may change back, so it is written to the settings (that one value, in place) before the user
is told; what to tell comes back as messages, which the shell shows the way reminders go.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from desk_coach.domain.coaching.progression_said import ProgressionSaid
from desk_coach.domain.said import Said, SaidCode, said
from desk_coach.domain.settings import Settings
from desk_coach.services.ports import SettingsWriter
from desk_coach.services.routines import RoutineService

DAILY_CHECK_AT = time(10, 0)
"""When the check runs each day."""


class DailyCheckSaid(SaidCode):
    """What the daily check tells the user (worded in ``wording/sentences/daily_check.py``)."""

    WHAT_CHANGED = "daily_check.what_changed"
    RECHECK_TITLE = "daily_check.recheck_title"


WHAT_CHANGED = said(DailyCheckSaid.WHAT_CHANGED)
RECHECK_TITLE = said(DailyCheckSaid.RECHECK_TITLE)


@dataclass(frozen=True)
class CoachingMessage:
    """A plain message for the user; ``opens_self_check``: a click on it opens the self-check.
    ``text`` is worded where it is shown."""

    title: Said
    text: Said
    opens_self_check: bool = False


class DailyCoachingCheck:
    """``run()`` once a day; ``settings_changed`` hears the settings in force after a change."""

    def __init__(
        self,
        routines: RoutineService,
        settings: Callable[[], Settings],
        settings_file: SettingsWriter,
        settings_changed: Callable[[Settings], None],
    ) -> None:
        self._routines = routines
        self._settings = settings
        self._settings_file = settings_file
        self._settings_changed = settings_changed

    def run(self) -> list[CoachingMessage]:
        """Check, save what the rules change, and return what the user is to be told."""
        messages = []
        adjustment = self._routines.check_adherence()
        if adjustment is not None:
            if adjustment.interval_change_min:
                interval = self._settings().breaks.sit_interval_min + adjustment.interval_change_min
                self._settings_changed(self._settings_file.update({"breaks": {"sit_interval_min": interval}}))
            line = adjustment.line()
            if line is not None:
                messages.append(CoachingMessage(WHAT_CHANGED, line))
        reason = self._routines.rescreen_reason()
        if reason is not None:
            offer = said(ProgressionSaid.RECHECK_OFFER, reason=reason)
            messages.append(CoachingMessage(RECHECK_TITLE, offer, opens_self_check=True))
        return messages
