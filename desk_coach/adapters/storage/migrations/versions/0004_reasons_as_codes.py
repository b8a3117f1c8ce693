"""Reasons as codes: the history's sentences stored as a code and its values, not as English.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

The columns that held English sentences (``level_changes.reason``, ``region_pauses.reason``
and ``referral``, ``exercise_results.reason``) now hold a sentence's code and values as JSON
(``domain/said.to_data``), so they read in the user's language. Upgrading reads each stored
sentence with patterns made from the English templates the progression wrote until now (the
exercise found by its name in the shipped library); a sentence no pattern reads is kept word
for word as ``recorded_text``. Nothing is lost. Downgrading writes the English back.

Frozen: the English templates and the codes are spelled out here, not imported, so this
revision keeps meaning what it meant when it shipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("level_changes", "reason"),
    ("region_pauses", "reason"),
    ("region_pauses", "referral"),
    ("exercise_results", "reason"),
)
RECORDED_TEXT = "recorded_text"

# The English the progression wrote (version 0003 of the history), as templates. A code has
# one template, or several tried in order, each with the count (``n``) it stands for
# (``None``: any). "(s)" is an "s" written when the count is not 1.
_P = "progression."
TEMPLATES: Mapping[str, Sequence[tuple[str, int | None]]] = {
    _P + "step": [("{exercise} {why}: {where}.", None)],
    _P + "felt_too_hard": [("felt too hard {times}", None)],
    _P + "hard_to_finish": [("was hard to finish (less than {part}/{whole} done)", None)],
    _P + "felt_comfortable": [("felt comfortable for {n} week(s)", None)],
    _P + "felt_comfortable_check_improved": [
        ("felt comfortable for {n} week(s) and your movement check improved", None)
    ],
    _P + "felt_too_easy": [("felt too easy {times}", None)],
    _P + "times": [("once", 1), ("twice", 2), ("{n} times", None)],
    _P + "ordinal": [("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("{n}th", None)],
    _P + "now_dose": [("now {dose}", None)],
    _P + "back_to_dose": [("back to {dose}", None)],
    _P + "next_up": [("next up, {exercise:lower}, {dose}", None)],
    _P + "back_to_easier": [("back to {exercise:lower}, {dose}, for now", None)],
    _P + "hurt_rated": [("{exercise} hurt ({pain}/10)", None)],
    _P + "hurt": [("{exercise} hurt", None)],
    _P + "sore_next_morning_rated": [("Pain the morning after the {exercise:lower} ({pain}/10)", None)],
    _P + "sore_next_morning": [("Pain the morning after the {exercise:lower}", None)],
    _P + "pain_step_down": [("{pain}: left out for the rest of today, then {where}.", None)],
    _P + "symptom_paused": [
        ("{exercise} brought on {symptom}: exercises for your {region} are paused for now.", None)
    ],
    _P + "pain_paused": [("{pain}: exercises for your {region} are paused for now.", None)],
    _P + "repeat_pain_paused": [
        ("{pain}, the {nth} time for your {region}: exercises for your {region} are paused for now.", None)
    ],
    _P + "symptom_during": [("{symptom} during {exercise:lower}", None)],
    _P + "pain_during": [("pain {pain}/10 during {exercise:lower}", None)],
    _P + "pain_morning_after": [("pain {pain}/10 the morning after {exercise:lower}", None)],
    _P + "pain_in_region_repeated": [("pain in the {region} {times} within {n} days", None)],
    _P + "referral": [
        (
            "Because you noticed {noticed}, we've paused exercises for your {region}. Please see a doctor "
            "or physiotherapist before you start them again. Often it turns out to be nothing serious, "
            "but it is worth having it checked.",
            None,
        )
    ],
    _P + "noticed_symptom": [("{symptom} during the {exercise:lower}", None)],
    _P + "noticed_pain_during": [("pain of {pain}/10 during the {exercise:lower}", None)],
    _P + "noticed_pain_morning_after": [("pain of {pain}/10 the morning after the {exercise:lower}", None)],
    _P + "noticed_repeated_pain": [("pain in your {region} more than once", None)],
    _P + "fewer_breaks": [
        ("Fewer breaks got done this week: routines are shorter, at the same level.", None)
    ],
    _P + "fewer_breaks_later": [
        (
            "Fewer breaks got done this week: breaks now come {n} minutes later and routines are shorter, "
            "at the same level.",
            None,
        )
    ],
    _P + "breaks_kept_up": [
        ("You have kept up your breaks for a while: one extra exercise on offer if you'd like more.", 1),
        ("You have kept up your breaks for a while: {n} extra exercises on offer if you'd like more.", None),
    ],
    _P + "restart_same": [("After {n} days away, {exercise:lower} restarts a step lower: {dose}.", None)],
    _P + "restart_easier": [
        ("After {n} days away, {exercise:lower} restarts a step lower: {easier:lower}, {dose}.", None)
    ],
}

# The sentences a clause may be, by the code it sits in and its name.
_PAIN_SAID = ("hurt_rated", "hurt", "sore_next_morning_rated", "sore_next_morning")
_DOWN = ("back_to_easier", "back_to_dose")
CLAUSES: Mapping[tuple[str, str], tuple[str, ...]] = {
    (_P + "step", "why"): (
        "felt_too_hard",
        "hard_to_finish",
        "felt_comfortable_check_improved",
        "felt_comfortable",
        "felt_too_easy",
    ),
    (_P + "step", "where"): ("next_up", "now_dose", *_DOWN),
    (_P + "pain_step_down", "pain"): _PAIN_SAID,
    (_P + "pain_step_down", "where"): _DOWN,
    (_P + "pain_paused", "pain"): _PAIN_SAID,
    (_P + "repeat_pain_paused", "pain"): _PAIN_SAID,
    (_P + "referral", "noticed"): (
        "noticed_symptom",
        "noticed_pain_during",
        "noticed_pain_morning_after",
        "noticed_repeated_pain",
    ),
}
# Every other placeholder by its name: a clause of one sentence, a term, a dose or a number.
NAMED_CLAUSES = {"times": "times", "nth": "ordinal"}
TOP_LEVEL = (
    "step",
    "pain_step_down",
    "symptom_paused",
    "pain_paused",
    "repeat_pain_paused",
    "restart_easier",
    "restart_same",
    "fewer_breaks",
    "fewer_breaks_later",
    "breaks_kept_up",
    "symptom_during",
    "pain_during",
    "pain_morning_after",
    "pain_in_region_repeated",
    "referral",
)

REGIONS = {"hips": "hips", "shoulders": "shoulders", "back": "back", "neck": "neck", "legs": "legs"}
SYMPTOMS = {"sharp": "sharp or shooting pain", "numbness": "numbness or tingling"}
TIMES_SIGN = "\N{MULTIPLICATION SIGN}"
_DOSE = rf"(?:\d+ sets? of \d+|\d+ s hold|\d+ {TIMES_SIGN} \d+ s|\d+ min)(?: each side)?"
_PLACEHOLDER = re.compile(r"\{(\w+)(?::(lower))?\}")


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _alternation(words: Iterator[str] | Sequence[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)) or "(?!)"


class Sentences:
    """The old English read as codes and values, and written back, for one library's names."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)  # exercise id -> name
        self.ids = {name: code for code, name in names.items()}
        self.ids.update({_lower_first(name): code for code, name in names.items()})
        self._patterns = {code: self._patterns_of(_P + code) for code in TOP_LEVEL}

    # -- reading ---------------------------------------------------------------------------

    def read(self, text: str) -> dict[str, Any]:
        """The sentence ``text`` as stored data: its code and values, or the text kept as it is."""
        for code in TOP_LEVEL:
            for pattern, build in self._patterns[code]:
                match = pattern.fullmatch(text)
                if match is not None:
                    return build(match)
        return {"code": RECORDED_TEXT, "values": {"text": text}}

    def _patterns_of(
        self, code: str
    ) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], dict[str, Any]]]]:
        found = []
        for template, count in TEMPLATES[code]:
            counter = iter(range(10_000))
            regex, build = self._regex(code, template, count, "g", counter)
            found.append((re.compile(regex), build))
        return found

    def _regex(
        self, code: str, template: str, count: int | None, prefix: str, counter: Iterator[int]
    ) -> tuple[str, Callable[[re.Match[str]], dict[str, Any]]]:
        """A regex for ``template`` with a named group per placeholder, and what builds the data."""
        parts: list[str] = []
        readers: list[Callable[[re.Match[str]], tuple[str, Any]]] = []
        seen: dict[str, str] = {}
        last = 0
        for match in _PLACEHOLDER.finditer(template):
            parts.append(_literal(template[last : match.start()]))
            last = match.end()
            name, lower = match.group(1), match.group(2) is not None
            if name in seen:
                parts.append(f"(?P={seen[name]})")
                continue
            group = f"{prefix}_{next(counter)}"
            seen[name] = group
            regex, reader = self._placeholder(code, name, lower, group, counter)
            parts.append(regex)
            readers.append(reader)
        parts.append(_literal(template[last:]))

        def build(found: re.Match[str]) -> dict[str, Any]:
            values = dict(reader(found) for reader in readers)
            if count is not None:
                values["n"] = count
            return {"code": code, "values": values}

        return "".join(parts), build

    def _placeholder(
        self, code: str, name: str, lower: bool, group: str, counter: Iterator[int]
    ) -> tuple[str, Callable[[re.Match[str]], tuple[str, Any]]]:
        clauses = CLAUSES.get((code, name)) or ((NAMED_CLAUSES[name],) if name in NAMED_CLAUSES else ())
        if clauses:
            options = []
            builders: list[tuple[str, Callable[[re.Match[str]], dict[str, Any]]]] = []
            for clause in clauses:
                for template, count in TEMPLATES[_P + clause]:
                    option = f"{group}_{next(counter)}"
                    regex, build = self._regex(_P + clause, template, count, option, counter)
                    options.append(f"(?P<{option}>{regex})")
                    builders.append((option, build))

            def clause_value(found: re.Match[str]) -> tuple[str, Any]:
                option, build = next((o, b) for o, b in builders if found.group(o) is not None)
                return name, {"said": build(found)}

            return f"(?:{'|'.join(options)})", clause_value
        if name in ("exercise", "easier"):
            names = (_lower_first(n) if lower else n for n in self.names.values())
            return f"(?P<{group}>{_alternation(list(names))})", lambda f: (
                name,
                {"term": ["exercise", self.ids[f.group(group)]]},
            )
        if name == "region":
            words = {word: code for code, word in REGIONS.items()}
            return f"(?P<{group}>{_alternation(list(words))})", lambda f: (
                name,
                {"term": ["region", words[f.group(group)]]},
            )
        if name == "symptom":
            words = {word: code for code, word in SYMPTOMS.items()}
            return f"(?P<{group}>{_alternation(list(words))})", lambda f: (
                name,
                {"term": ["symptom", words[f.group(group)]]},
            )
        if name == "dose":
            return f"(?P<{group}>{_DOSE})", lambda f: (name, _read_dose(f.group(group)))
        return f"(?P<{group}>\\d+)", lambda f: (name, int(f.group(group)))

    # -- writing ---------------------------------------------------------------------------

    def write(self, data: Mapping[str, Any]) -> str | None:
        """The English of stored data (None for a code these templates do not know)."""
        code, values = data.get("code"), data.get("values", {})
        if code == RECORDED_TEXT:
            return str(values.get("text", ""))
        if code not in TEMPLATES:
            return None
        count = values.get("n")
        template = next(t for t, n in TEMPLATES[code] if n is None or n == count)
        if count is not None and template.find("(s)") >= 0:
            template = template.replace("(s)", "" if count == 1 else "s")

        def fill(match: re.Match[str]) -> str:
            name, lower = match.group(1), match.group(2) is not None
            value = values.get(name)
            words = self._words(value)
            return _lower_first(words) if lower else words

        return _PLACEHOLDER.sub(fill, template)

    def _words(self, value: Any) -> str:
        if isinstance(value, Mapping):
            if "said" in value:
                return self.write(value["said"]) or ""
            if "term" in value:
                kind, code = value["term"]
                return {"exercise": self.names, "region": REGIONS, "symptom": SYMPTOMS}.get(kind, {}).get(
                    code, code
                )
            if "amount" in value:
                return _dose_words(value["amount"], bool(value.get("per_side")))
        return str(value)


def _literal(text: str) -> str:
    escaped = re.escape(text)
    return escaped.replace(r"\(s\)", "s?").replace("(s)", "s?")


def _read_dose(words: str) -> dict[str, Any]:
    per_side = words.endswith(" each side")
    words = words.removesuffix(" each side")
    numbers = [int(x) for x in re.findall(r"\d+", words)]
    if " of " in words:
        dose: dict[str, Any] = {"kind": "reps", "sets": numbers[0], "reps": numbers[1], "rep_s": 3}
    elif words.endswith(" s hold"):
        dose = {"kind": "hold", "reps": 1, "hold_s": numbers[0]}
    elif TIMES_SIGN in words:
        dose = {"kind": "hold", "reps": numbers[0], "hold_s": numbers[1]}
    else:
        dose = {"kind": "timed", "minutes": numbers[0]}
    return {"amount": dose, "per_side": per_side}


def _dose_words(dose: Mapping[str, Any], per_side: bool) -> str:
    side = " each side" if per_side else ""
    if dose["kind"] == "reps":
        sets = "1 set" if dose["sets"] == 1 else f"{dose['sets']} sets"
        return f"{sets} of {dose['reps']}{side}"
    if dose["kind"] == "hold":
        holds = (
            f"{dose['hold_s']} s hold"
            if dose["reps"] == 1
            else f"{dose['reps']} {TIMES_SIGN} {dose['hold_s']} s"
        )
        return holds + side
    return f"{dose['minutes']} min"


def shipped_names() -> dict[str, str]:
    """The exercise names of the shipped library, by id."""
    from desk_coach.adapters.exercise_files import load_library

    return {exercise.id: exercise.name for exercise in load_library().library}


def _rewrite(change: Callable[[str, Sentences], str]) -> None:
    """Every stored sentence through ``change``; the library is read only when there is one."""
    connection = op.get_bind()
    sentences: Sentences | None = None
    for table_name, column in COLUMNS:
        table = sa.table(table_name, sa.column("id", sa.Integer), sa.column(column, sa.Text))
        for row_id, text in connection.execute(sa.select(table.c.id, table.c[column])).all():
            sentences = sentences or Sentences(shipped_names())
            new = change(text or "", sentences)
            if new != text:
                connection.execute(sa.update(table).where(table.c.id == row_id).values({column: new}))


def upgrade() -> None:
    _rewrite(
        lambda text, sentences: json.dumps(sentences.read(text), ensure_ascii=False, separators=(",", ":"))
    )


def downgrade() -> None:
    _rewrite(english)


def english(text: str, sentences: Sentences) -> str:
    """The English a stored sentence had before this revision (a later code: its English words)."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict) or "code" not in data:
        return text
    written = sentences.write(data)
    if written is not None:
        return written
    from desk_coach.domain.said import from_data
    from desk_coach.wording.say import say

    try:
        return say(from_data(data))
    except ValueError:
        return text
