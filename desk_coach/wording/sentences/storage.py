"""Why the history cannot be saved right now, and what the user can do about it."""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.services.ports import StorageSaid as S
from desk_coach.wording.translate import translate

SENTENCES: dict[str, Callable[[int], str]] = {
    #: Why nothing can be saved, inside "Saving stopped: ..." and the status line's "not saving: ...".
    S.FULL: lambda n: translate("Storage", "the disk that holds your history is full"),
    #: What to do when the disk is full.
    S.FULL_ADVICE: lambda n: translate(
        "Storage",
        "Free some space on that disk; Desk Coach saves what it kept in the meantime as soon as it can.",
    ),
    #: Why nothing can be saved, inside "Saving stopped: ...".
    S.READ_ONLY: lambda n: translate("Storage", "the folder that holds your history is read-only"),
    #: What to do when the folder is read-only.
    S.READ_ONLY_ADVICE: lambda n: translate(
        "Storage", "Make the folder writable again (or remount it); until then nothing new can be saved."
    ),
    #: Why nothing can be saved, inside "Saving stopped: ...".
    S.LOCKED: lambda n: translate("Storage", "another program is holding your history database locked"),
    #: What to do when another program locks the database.
    S.LOCKED_ADVICE: lambda n: translate(
        "Storage",
        "Close any program that has the database open; Desk Coach saves what it kept once it is free.",
    ),
    #: Why nothing can be saved, inside "Saving stopped: ...".
    S.VANISHED: lambda n: translate(
        "Storage",
        "your history database or its folder cannot be opened (it may have been moved, deleted or unmounted)",
    ),
    #: What to do when the database's folder is gone.
    S.VANISHED_ADVICE: lambda n: translate(
        "Storage",
        "Put the folder back or restart Desk Coach; what it kept in the meantime is saved when it can.",
    ),
    #: Why nothing can be saved, inside "Saving stopped: ...".
    S.FAILED: lambda n: translate("Storage", "your history could not be written to the disk"),
    #: What to do after another write error.
    S.FAILED_ADVICE: lambda n: translate(
        "Storage", "Check the disk; Desk Coach saves what it kept in the meantime as soon as it can."
    ),
}
