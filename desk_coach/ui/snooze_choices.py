"""The words of the snooze lengths on offer, as the tray's Snooze submenu and a Snooze button's
list show them: the usual length first, marked as such, each entry with its own mnemonic."""

from __future__ import annotations

from desk_coach.wording.translate import translate


def snooze_choice_text(minutes: float, *, usual: bool) -> str:
    """A Snooze menu entry without its mnemonic: "5 minutes (usual)", "10 minutes"."""
    n = max(1, round(minutes))
    if usual:
        #: Snooze menu (the tray's Snooze submenu, a Snooze button's list): the first entry, the snooze
        #: length set in Settings; %n is minutes. Write no & mnemonic: the app puts one on a digit or letter.
        return translate("TrayMenu", "%n minute(s) (usual)", None, n)
    #: Snooze menu: another snooze length; %n is minutes. No & mnemonic: the app adds one.
    return translate("TrayMenu", "%n minute(s)", None, n)


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a mnemonic (&) on its first digit not yet ``taken``, else on its first such
    letter (left as it is when none is free); the letter chosen joins ``taken``."""
    digits = [i for i, char in enumerate(text) if char.isdigit()]
    letters = [i for i, char in enumerate(text) if char.isalpha()]
    for i in digits + letters:
        if text[i].lower() not in taken:
            taken.add(text[i].lower())
            return f"{text[:i]}&{text[i:]}"
    return text


def snooze_entries(lengths: tuple[float, ...]) -> list[str]:
    """Each length's entry, the first one (the usual length) marked, every mnemonic unique."""
    taken: set[str] = set()
    return [with_mnemonic(snooze_choice_text(minutes, usual=position == 0), taken)
            for position, minutes in enumerate(lengths)]
