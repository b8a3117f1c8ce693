"""The self-check's names for its movement checks, for the plan's reasons ("Your front-of-hip
check showed ...").

The names belong to the self-check's content (``screen.toml``, translated with the content), so
the planner says ``Term("check", "S1")`` and whoever loads the self-check registers its names
here (:func:`use_check_names`, called by ``adapters/exercise_files.py``). A name opens a sentence
in the content ("Front-of-hip check"); inside a plan's reason English and Spanish write it with a
small letter, German keeps the capital of its nouns: the catalogue says which (``"lower"``).
"""

from __future__ import annotations

from collections.abc import Mapping

from desk_coach.wording.say import name_terms
from desk_coach.wording.translate import translate


def use_check_names(names: Mapping[str, str]) -> None:
    """Name the ``check`` terms after the self-check's items (id -> name, as loaded)."""
    known = dict(names)
    name_terms("check", lambda item: check_name(known, item))


def check_name(names: Mapping[str, str], item: str) -> str:
    """A movement check's name as it reads inside a sentence."""
    name = names.get(item)
    if name is None:
        #: A movement check the self-check no longer has, named by its id ("check S7").
        return translate("PlanReasons", "check {id}").format(id=item)
    #: Not shown: write "lower" if, in your language, the name of a movement check (a title such
    #: as "Front-of-hip check") starts with a small letter inside a sentence (English, Spanish),
    #: or "keep" if it keeps its capital letter (German nouns).
    if translate("PlanReasons", "lower", "check names inside a sentence") == "lower":
        return name[:1].lower() + name[1:]
    return name
