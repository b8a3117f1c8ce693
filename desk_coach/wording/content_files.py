"""Which texts of each content file a user reads, for translators and for the loaders
(see ``wording/content.py`` for the path grammar)."""

from __future__ import annotations

from desk_coach.wording.content import ContentFile

LIBRARY = ContentFile(
    "library",
    "exercises/library.toml",
    ("exercise[id].name", "exercise[id].steps[]", "exercise[id].cautions[]"),
)

CONTENT_FILES: tuple[ContentFile, ...] = (LIBRARY,)
