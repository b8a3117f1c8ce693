"""The coach's status line, in the tray menu and tooltip and from ``desk-coach status``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from desk_coach.domain.quiet import QuietReason
from desk_coach.services.coach_status import StatusSaid as S
from desk_coach.wording.figures import weekday_short
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Status line (tray menu, tooltip): how long the user has sat. {minutes}: a number of minutes.
    S.SITTING: lambda n: translate("Status", "Sitting {minutes} min"),
    #: Status line. {minutes}: minutes sat; {next}: minutes until the next break.
    S.SITTING_NEXT_BREAK: lambda n: translate("Status", "Sitting {minutes} min · next break in {next} min"),
    #: Status line while a break is due. {minutes}: minutes sat.
    S.SITTING_BREAK_DUE: lambda n: translate("Status", "Sitting {minutes} min · time for a break"),
    #: Status line while the break window is open.
    S.ON_BREAK: lambda n: translate("Status", "On a break"),
    #: Status line while the user is away from the computer.
    S.AWAY: lambda n: translate("Status", "Away from the desk"),
    #: Part of the status line: this desktop does not tell when the user types or moves the mouse.
    S.NOT_SENSING: lambda n: translate("Status", "activity cannot be sensed on this desktop"),
    #: Part of the status line: the history cannot be written.
    #: {problem}: why, e.g. "the disk that holds your history is full".
    S.NOT_SAVING: lambda n: translate("Status", "not saving: {problem}"),
    #: The status line when there is nothing to say: the app's name.
    S.NOTHING: lambda n: translate("Status", "Desk Coach"),
    #: Part of the status line: the user snoozed the reminder. {at}: a time, e.g. "10:30" or "tomorrow 09:00".
    S.SNOOZED_UNTIL: lambda n: translate("Status", "snoozed until {at}"),
    #: Part of the status line: the user closed the reminder. {at}: when it comes back, e.g. "10:30".
    S.CLOSED_BACK_AT: lambda n: translate("Status", "reminder closed, back at {at}"),
    #: Part of the status line: the user left the break window early. {at}: when the break comes back.
    S.ENDED_EARLY_BACK_AT: lambda n: translate("Status", "break ended early, back at {at}"),
    #: Part of the status line: the break comes later. {at}: when, e.g. "10:30".
    S.PUT_OFF_UNTIL: lambda n: translate("Status", "break put off until {at}"),
    #: Part of the status line: a strict-mode break was left by the emergency way out and comes back.
    #: {at}: when, e.g. "10:30".
    S.WAY_OUT_BACK_AT: lambda n: translate("Status", "break left by the emergency way out, back at {at}"),
    #: Part of the status line: strict mode is on and the due break starts by itself in a few seconds.
    S.STARTS_BY_ITSELF: lambda n: translate("Status", "strict mode: the break starts in a few seconds"),
    #: Part of the status line: the reminder could not be shown anywhere.
    S.REMINDER_NOT_SHOWN: lambda n: translate(
        "Status", "the reminder could not be shown (no notification service or system tray)"
    ),
    #: Part of the status line: the reminder has no buttons; the tray menu answers it.
    S.REMINDER_IN_TRAY: lambda n: translate("Status", "reminder shown, answer it from the tray menu"),
    #: Part of the status line: the reminder is on screen with its buttons.
    S.REMINDER_ON_SCREEN: lambda n: translate("Status", "reminder on screen, waiting for your answer"),
    #: Part of the status line: the user paused the coach. {at}: until when, e.g. "tomorrow 09:00".
    S.PAUSED_UNTIL: lambda n: translate("Status", "paused until {at}"),
    #: Part of the status line: no reminders outside the user's work hours.
    S.OFF_HOURS: lambda n: translate("Status", "outside work hours"),
    #: Part of the status line. {at}: when the work hours begin, e.g. "Mon 09:00".
    S.OFF_HOURS_UNTIL: lambda n: translate("Status", "outside work hours until {at}"),
    #: Part of the status line: the break waits.
    #: {reasons}: e.g. "the camera is in use and do not disturb is on".
    S.QUIET: lambda n: translate("Status", "break waits: {reasons}"),
    #: Part of the status line: the break waits until the user stops typing.
    S.TYPING: lambda n: translate("Status", "break waits for a pause in your typing"),
    #: A time of day today, as the status line says it: "10:30". Usually left as it is.
    S.AT_TIME: lambda n: translate("Status", "{time}"),
    #: A time of day tomorrow, as the status line says it: "tomorrow 09:00".
    S.TOMORROW_AT: lambda n: translate("Status", "tomorrow {time}"),
    #: A time of day later this week: a short weekday name and the time, "Mon 09:00".
    S.WEEKDAY_AT: lambda n: translate("Status", "{weekday} {time}"),
}

TERMS: dict[str, dict[str, Callable[[], str]]] = {
    "quiet": {
        #: Why a break waits: a film, a presentation or a game fills the screen.
        QuietReason.FULLSCREEN: lambda: translate("Status", "a fullscreen window is active"),
        #: Why a break waits: most likely a video call.
        QuietReason.CAMERA: lambda: translate("Status", "the camera is in use"),
        #: Why a break waits: a call or a recording.
        QuietReason.MICROPHONE: lambda: translate("Status", "the microphone is in use"),
        #: Why a break waits: the desktop's own do-not-disturb switch is on.
        QuietReason.DO_NOT_DISTURB: lambda: translate("Status", "do not disturb is on"),
    },
    "weekday": {str(day): partial(weekday_short, day) for day in range(7)},
}
