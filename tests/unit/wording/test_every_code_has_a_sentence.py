"""Every code the domain and the services can say has a sentence in the wording layer."""

import importlib
import pkgutil

import desk_coach.domain
import desk_coach.services
from desk_coach.domain.said import SaidCode
from desk_coach.wording.say import known_codes


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def test_every_code_has_a_sentence() -> None:
    for package in (desk_coach.domain, desk_coach.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    known = known_codes()
    missing = sorted(
        f"{enum.__module__}.{enum.__name__}.{member.name}"
        for enum in _all_subclasses(SaidCode)
        for member in enum
        if str(member) not in known
    )
    assert not missing, "codes without a sentence: " + ", ".join(missing)
