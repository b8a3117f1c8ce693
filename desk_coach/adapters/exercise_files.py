"""The exercise library and the coaching rules as shipped: read, checked and logged.

Both files live in resources/exercises/ and are found through the one resource locator, so
the same code works in a checkout, a wheel and a frozen build. Nothing here writes a file.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from typing import Any

from desk_coach.domain.coaching.exercises import ExerciseLibrary
from desk_coach.domain.coaching.library_rules import (
    LIBRARY_SOURCE,
    RULES_SOURCE,
    CoachingRules,
    LibraryProblem,
    check_rules_against_library,
    parse_library,
    parse_rules,
)
from desk_coach.resources import resource_text

log = logging.getLogger(__name__)

LIBRARY_RESOURCE = "exercises/library.toml"
RULES_RESOURCE = "exercises/rules.toml"


@dataclass(frozen=True)
class LoadedLibrary:
    """The usable exercises and rules, and what could not be used on the way (empty when all is well)."""

    library: ExerciseLibrary
    rules: CoachingRules
    problems: tuple[LibraryProblem, ...]


def load_library(
    text_override: str | None = None, *, rules_text_override: str | None = None
) -> LoadedLibrary:
    """Read the shipped library and rules; ``text_override`` / ``rules_text_override`` replace
    the text of library.toml / rules.toml (for tests and tools). Each problem is logged."""
    library_data, library_problems = _toml(LIBRARY_RESOURCE, LIBRARY_SOURCE, text_override)
    rules_data, rules_problems = _toml(RULES_RESOURCE, RULES_SOURCE, rules_text_override)
    more_library_problems: tuple[LibraryProblem, ...] = ()
    more_rules_problems: tuple[LibraryProblem, ...] = ()
    library = ExerciseLibrary(())
    if library_data is not None:
        library, more_library_problems = parse_library(library_data, LIBRARY_SOURCE)
    rules = CoachingRules()
    if rules_data is not None:
        rules, more_rules_problems = parse_rules(rules_data, RULES_SOURCE)
    problems = (
        *library_problems,
        *more_library_problems,
        *rules_problems,
        *more_rules_problems,
        *check_rules_against_library(rules, library, RULES_SOURCE),
    )
    for problem in problems:
        log.warning("%s", problem)
    log.info("exercise library: %d exercises, %d problems", len(library), len(problems))
    return LoadedLibrary(library, rules, problems)


def _toml(
    resource: str, source: str, override: str | None
) -> tuple[dict[str, Any] | None, tuple[LibraryProblem, ...]]:
    """The parsed file, or None and one problem saying why it could not be read."""
    fallback = "the library is empty" if source == LIBRARY_SOURCE else "the shipped rules are used"
    try:
        text = override if override is not None else resource_text(resource)
    except (OSError, UnicodeDecodeError) as error:
        return None, (LibraryProblem(source, "", "", f"{source}: cannot be read ({error}); {fallback}."),)
    try:
        return tomllib.loads(text), ()
    except tomllib.TOMLDecodeError as error:
        return None, (LibraryProblem(source, "", "", f"{source}: is not valid TOML ({error}); {fallback}."),)
