"""What the user is told while coaching is not set up, and at the end of the self-check."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.set_up import SetUpSaid as S
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Title of the message shown when the user closed the self-check without finishing it.
    S.NOT_SET_UP_TITLE: lambda n: translate("SetUp", "Coaching is not set up yet"),
    #: The message shown when the user closed the self-check without finishing it.
    #: "Set up coaching…" is the tray menu's entry.
    S.NOT_SET_UP_TEXT: lambda n: translate(
        "SetUp",
        "Until you take the self-check, every break is a short walk. "
        "Choose Set up coaching… in the tray menu when you are ready.",
    ),
    #: Added to the first reminder while coaching is not set up. "Set up coaching…" is the tray menu's entry.
    S.REMINDER_HINT: lambda n: translate(
        "SetUp",
        "Coaching is not set up yet, so this is a walk break: choose Set up coaching… in the tray "
        "menu for stretches and strength moves.",
    ),
    #: Last page of the self-check: where the app is found. The names in brackets are the tray menu's entries.
    S.TRAY_WHERE: lambda n: translate(
        "SetUp",
        "Desk Coach lives in the system tray, usually by the clock: a ring that fills as your next "
        "break comes closer. Click it for its menu (Start a break now, Pause, Self-check…, Settings…).",
    ),
    #: Last page of the self-check, outside work hours. {minutes}: the sitting interval in minutes.
    S.FIRST_BREAK_IN_WORK_HOURS: lambda n: translate(
        "SetUp", "Your first break comes after {minutes} minutes of sitting, inside your work hours."
    ),
    #: Last page of the self-check. {at}: the time of day ("10:30"); {left}: minutes from now;
    #: {minutes}: the sitting interval.
    S.FIRST_BREAK_AT: lambda n: translate(
        "SetUp",
        "Your first break comes at {at} (in about {left} min), after "
        "{minutes} minutes of sitting; time away from the keyboard counts as a break.",
    ),
}
