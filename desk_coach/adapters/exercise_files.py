"""The exercise library and the coaching rules as shipped: read, checked and logged.

Both files live in resources/exercises/ and are found through the one resource locator, so
the same code works in a checkout, a wheel and a frozen build. Nothing here writes a file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from desk_coach.adapters.file_text import read_toml, shipped
from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.exercises import ExerciseLibrary
from desk_coach.domain.coaching.library_rules import (
    LIBRARY_SOURCE,
    RULES_SOURCE,
    CoachingRules,
    check_rules_against_library,
    check_rules_against_screen,
    parse_library,
    parse_rules,
)
from desk_coach.domain.coaching.screening import ScreenContentError
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import Said, said
from desk_coach.wording.check_names import use_check_names
from desk_coach.wording.content import localise
from desk_coach.wording.content_files import LIBRARY
from desk_coach.wording.problems import problem_words
from desk_coach.wording.say import name_terms

log = logging.getLogger(__name__)

LIBRARY_RESOURCE = "exercises/library.toml"
RULES_RESOURCE = "exercises/rules.toml"


@dataclass(frozen=True)
class LoadedLibrary:
    """The usable exercises and rules, and what could not be used on the way (empty when all is well)."""

    library: ExerciseLibrary
    rules: CoachingRules
    problems: tuple[Problem, ...]


def load_library(
    text_override: str | None = None, *, rules_text_override: str | None = None
) -> LoadedLibrary:
    """Read the shipped library and rules; ``text_override`` / ``rules_text_override`` replace
    the text of library.toml / rules.toml (for tests and tools). Each problem is logged."""
    library_data, library_problems = _toml(
        LIBRARY_RESOURCE, LIBRARY_SOURCE, text_override, said(FileCode.LIBRARY_EMPTY)
    )
    rules_data, rules_problems = _toml(
        RULES_RESOURCE, RULES_SOURCE, rules_text_override, said(FileCode.SHIPPED_RULES)
    )
    more_library_problems: tuple[Problem, ...] = ()
    more_rules_problems: tuple[Problem, ...] = ()
    library = ExerciseLibrary(())
    if library_data is not None:
        # Names, steps and cautions in the user's language; ids and numbers stay as written.
        library, more_library_problems = parse_library(localise(library_data, LIBRARY), LIBRARY_SOURCE)
    rules = CoachingRules()
    if rules_data is not None:
        rules, more_rules_problems = parse_rules(rules_data, RULES_SOURCE)
    rules, screen_problems = _named_checks(rules)
    problems = (
        *library_problems,
        *more_library_problems,
        *rules_problems,
        *more_rules_problems,
        *check_rules_against_library(rules, library, RULES_SOURCE),
        *screen_problems,
    )
    for problem in problems:
        log.warning("%s", problem_words(problem))
    log.info("exercise library: %d exercises, %d problems", len(library), len(problems))
    name_exercises(library)
    return LoadedLibrary(library, rules, problems)


def name_exercises(library: ExerciseLibrary) -> None:
    """Sentences name an exercise by its id (``Term("exercise", id)``): its name in this library."""
    name_terms("exercise", lambda code: library[code].name if code in library else code)


def _named_checks(rules: CoachingRules) -> tuple[CoachingRules, tuple[Problem, ...]]:
    """The rules with the self-check's names for its items (screen.toml owns them), and the
    screen-to-plan items the self-check lacks. A damaged self-check leaves the names out: it is
    reported where the self-check is opened."""
    try:
        content = load_screen_content()
    except ScreenContentError:
        return rules, ()
    names = {item.id: item.name for item in content.items}
    use_check_names(names)  # the plan's reasons name the checks as the self-check does
    return replace(rules, check_names=names), check_rules_against_screen(rules, tuple(names), RULES_SOURCE)


def _toml(
    relative: str, source: str, override: str | None, outcome: Said
) -> tuple[dict | None, tuple[Problem, ...]]:
    """The parsed file, or None and one problem saying why it could not be read."""
    load = override.encode if override is not None else shipped(relative)
    return read_toml(load, source, outcome)
