"""Which language Desk Coach speaks: the user's choice in Settings, else the system's.

Plain Python, so the command line and the tray app choose alike. The system's language is read
the way gettext reads it: ``LANGUAGE`` (a list, first match wins), then ``LC_ALL``,
``LC_MESSAGES``, ``LANG``. A language Desk Coach has no catalogue for falls back to English.

Two pseudo-languages exist for testing layouts: ``en_XA`` (every text accented, a third longer
and bracketed, so an untranslated text or a clipped one shows) and ``ar_XB`` (the same, written
right to left with the layouts mirrored).
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping

ENGLISH = "en"
SYSTEM = "system"
"""The setting's value for "follow the system's language"."""

PSEUDO = "en_XA"
PSEUDO_RTL = "ar_XB"
PSEUDO_LANGUAGES = (PSEUDO, PSEUDO_RTL)

_NAME = re.compile(r"(?P<language>[A-Za-z]{2,3})(?:[_-](?P<territory>[A-Za-z]{2}|\d{3}))?(?:[.@].*)?")


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, most wanted first: ["de_AT", "de"]."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    if env.get("LANGUAGE"):
        wanted.extend(part for part in env["LANGUAGE"].split(":") if part)
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            wanted.append(env[key])
            break
    return [name for name in (_normal(raw) for raw in wanted) if name]


def _normal(raw: str) -> str:
    match = _NAME.fullmatch(raw.strip())
    if match is None or raw.strip() in ("C", "POSIX"):
        return ""
    language = match["language"].lower()
    territory = match["territory"]
    return f"{language}_{territory.upper()}" if territory else language


def choose_language(
    setting: str, available: Collection[str], environ: Mapping[str, str] | None = None
) -> str:
    """The language to speak: the setting unless it is "system", else the first of the system's
    languages Desk Coach has (by full name, then by language alone); English otherwise."""
    asked = [_normal(setting) or setting] if setting and setting != SYSTEM else system_languages(environ)
    for name in asked:
        if name in PSEUDO_LANGUAGES or name == ENGLISH:
            return name
        if name in available:
            return name
        base = name.partition("_")[0]
        if base in available or base == ENGLISH:
            return base
    return ENGLISH


def is_right_to_left(language: str) -> bool:
    """Languages written right to left (of those Desk Coach could speak)."""
    return language == PSEUDO_RTL or language.partition("_")[0] in {"ar", "he", "fa", "ur"}
