"""Which texts of each content file a user reads, for translators and for the loaders
(see ``wording/content.py`` for the path grammar). The rules file holds numbers only."""

from __future__ import annotations

from desk_coach.wording.content import ContentFile

LIBRARY = ContentFile(
    "library",
    "exercises/library.toml",
    ("exercise[id].name", "exercise[id].steps[]", "exercise[id].cautions[]"),
)

SCREEN = ContentFile(
    "screen",
    "screen/screen.toml",
    (
        "intro.*",
        "lifestyles.*",
        "groups.*.heading",
        "groups.*.intro",
        "red_flag[id].question",
        "red_flag[id].symptom",
        "item[id].name",
        "item[id].looks_at",
        "item[id].steps[]",
        "item[id].side_label",
        "item[id].focus",
        "item[id].choice[score].text",
        "summary.score_words[]",
        "summary.maintenance",
        "summary.walk_only",
        "summary.asymmetry",
        "summary.region_back",
        "summary.exercise_back",
        "referrals.*",
    ),
)

SETTINGS = ContentFile(
    "settings",
    "settings/schema.toml",
    ("*.about", "*.*.description", "*.*.at_least_reason", "*.*.unit"),
)

CONTENT_FILES: tuple[ContentFile, ...] = (LIBRARY, SCREEN, SETTINGS)
