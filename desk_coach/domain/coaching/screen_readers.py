"""The self-check's two data files, declared as shapes and read with the one data-file reader.

``screen/screen.toml`` (the questions, the movement checks and every wording) is used whole or
not at all: a safety questionnaire with a question missing must not be shown, so any problem
refuses the file and each is reported. A trainer's JSON file (shape in
:mod:`desk_coach.domain.coaching.screening`) becomes a :class:`ScreenResult` only when every
field reads; otherwise nothing is recorded and each problem is named by its field.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource
from desk_coach.domain.coaching.screening import (
    ITEM_ID,
    SCREEN_RESOURCE,
    SIDES,
    TIER_ORDER,
    TRAINER_FORMAT_VERSION,
    ItemScore,
    RedFlagQuestion,
    Referrals,
    ScoreChoice,
    ScreenContent,
    ScreenContentError,
    ScreenItem,
    ScreenResult,
    SummaryWords,
    TierGroup,
)
from desk_coach.domain.data_file_codes import FileCode
from desk_coach.domain.data_files import (
    Field,
    Problem,
    Read,
    Report,
    Unusable,
    as_is,
    choice,
    flag,
    key_path,
    list_of,
    matching,
    not_allowed,
    nullable,
    optional,
    read_entries,
    read_table,
    referring_to,
    resource_path,
    show,
    table_of,
    text,
    whole,
)
from desk_coach.domain.said import said

# -- the content -------------------------------------------------------------------------------

_TABLE = Field(table_of(said(FileCode.A_TABLE)))
_LIST = Field(list_of(as_is, least=1, unique=False, noun="tables"))
_TOP = {
    "intro": _TABLE,
    "lifestyles": _TABLE,
    "groups": _TABLE,
    "red_flag": _LIST,
    "item": _LIST,
    "summary": _TABLE,
    "referrals": _TABLE,
}
_INTRO = {"about": Field(text()), "disclaimer": Field(text()), "acknowledge": Field(text())}
_LIFESTYLES = {lifestyle.value: Field(text()) for lifestyle in Lifestyle}
_GROUPS = {tier.value: _TABLE for tier in TIER_ORDER}
_GROUP = {"heading": Field(text()), "intro": Field(text())}
_REGIONS = list_of(choice(Region, "region"), noun="regions")
_QUESTION = {
    "id": Field(matching(r"[a-z][a-z0-9_]*", "an id of lower-case letters, digits and underscores")),
    "tier": Field(choice(TIER_ORDER, "tier")),
    "question": Field(text()),
    "symptom": Field(text()),
    "regions": Field(_REGIONS),
}
_ITEM_ID = matching(ITEM_ID, 'an id such as "S1"')
_CHOICE = {"score": Field(whole(0)), "text": Field(text())}
_SCALES = ([2, 1, 0], [3, 2, 1, 0])

# Each template and the placeholders it may use.
_REFERRALS = {
    "emergency": ("symptoms",),
    "prompt": ("symptoms", "paused"),
    "pain": ("item",),
    "pregnancy": (),
    "paused_all": (),
    "paused_some": ("regions",),
}
_SUMMARY_TEMPLATES = {
    "maintenance": (),
    "walk_only": (),
    "asymmetry": ("lower", "higher", "side"),
    "region_back": ("regions",),
    "exercise_back": (),
}


def _template(placeholders: tuple[str, ...]) -> Read:
    """Text that uses only ``placeholders`` (``{symptoms}``)."""
    allowed = ", ".join("{" + name + "}" for name in placeholders) or "none"

    def read(raw: object) -> str:
        words: str = text()(raw)
        try:
            words.format(**dict.fromkeys(placeholders, ""))
        except (KeyError, IndexError, ValueError) as error:
            bad = said(FileCode.BAD_PLACEHOLDER, value=show(raw), error=str(error), allowed=allowed)
            raise Unusable(bad) from None
        return words

    return read


def _templates(templates: Mapping[str, tuple[str, ...]]) -> dict[str, Field]:
    return {name: Field(_template(placeholders)) for name, placeholders in templates.items()}


_SUMMARY = {
    "score_words": Field(list_of(text(), least=3, most=3, unique=False, noun="texts, for scores 0, 1 and 2")),
    **_templates(_SUMMARY_TEMPLATES),
}


def read_screen_content(
    data: Mapping[str, Any], source: str = SCREEN_RESOURCE
) -> tuple[ScreenContent | None, tuple[Problem, ...]]:
    """Read parsed screen.toml: the content and no problems, or None and every problem."""
    report = Report(source)
    if not isinstance(data, Mapping):
        report.add("", "", not_allowed(data, said(FileCode.TOML_DOCUMENT), kind=True).what)
        return None, tuple(report.problems)
    parts, found = read_table(data, _TOP)
    report.findings("", found, "", "")
    intro = _section(parts, "intro", _INTRO, report)
    labels = _section(parts, "lifestyles", _LIFESTYLES, report)
    groups = _groups(parts.get("groups"), report)
    questions = _questions(parts.get("red_flag", ()), report)
    items = _items(parts.get("item", ()), {question.id for question in questions}, report)
    referrals = _section(parts, "referrals", _templates(_REFERRALS), report)
    summary = _section(parts, "summary", _SUMMARY, report)
    if report.problems:
        return None, tuple(report.problems)
    content = ScreenContent(
        lifestyle_labels=tuple((Lifestyle(key), labels[key]) for key in parts["lifestyles"]),
        groups=groups,
        red_flags=questions,
        items=items,
        referrals=Referrals(**referrals),
        summary=SummaryWords(**summary),
        **intro,
    )
    return content, ()


def parse_screen_content(data: Mapping[str, Any], source: str = SCREEN_RESOURCE) -> ScreenContent:
    """Like :func:`read_screen_content`, raising :class:`ScreenContentError` on any problem."""
    content, problems = read_screen_content(data, source)
    if content is None:
        raise ScreenContentError(problems)
    return content


def _section(
    parts: Mapping[str, Any], name: str, shape: Mapping[str, Field], report: Report
) -> dict[str, Any]:
    """One [table] read by its shape; a table that is missing was reported already."""
    values, found = read_table(parts.get(name, {}), shape)
    if name in parts:
        report.findings(f"[{name}]", found, "", "")
    return values


def _groups(raw: Mapping[str, Any] | None, report: Report) -> tuple[TierGroup, ...]:
    if raw is None:
        return ()
    tables, found = read_table(raw, _GROUPS)
    report.findings("[groups]", found, "", "")
    groups = []
    for tier in TIER_ORDER:
        if tier.value in tables:
            values, found = read_table(tables[tier.value], _GROUP)
            report.findings(f"[groups.{tier.value}]", found, "", "")
            groups.append(TierGroup(tier, values.get("heading", ""), values.get("intro", "")))
    return tuple(groups)


def _questions(raw: list[Any], report: Report) -> tuple[RedFlagQuestion, ...]:
    questions: list[RedFlagQuestion] = []
    for where, values, usable in read_entries(raw, "red_flag", _QUESTION, report, same_id="question"):
        if values.get("regions") and values.get("tier") not in (None, RedFlagTier.PROMPT):
            report.add(where, "regions", said(FileCode.ONLY_PROMPT_PAUSES))
        if usable:
            questions.append(RedFlagQuestion(**{**values, "regions": frozenset(values["regions"])}))
    for tier in TIER_ORDER:
        if raw and not any(question.tier is tier for question in questions):
            report.add("[[red_flag]]", "tier", said(FileCode.NO_QUESTION_OF_TIER, tier=tier.value))
    return tuple(questions)


def _items(raw: list[Any], question_ids: Collection[str], report: Report) -> tuple[ScreenItem, ...]:
    shape = {
        "id": Field(_ITEM_ID),
        "name": Field(text()),
        "looks_at": Field(text()),
        "steps": Field(list_of(text(), least=2, most=4, unique=False, noun="instructions")),
        "sides": Field(flag),
        "side_label": Field(text(allow_empty=True)),
        "optional": Field(flag),
        "illustration": Field(resource_path((".svg",), "screen/illustrations/S1.svg")),
        "regions": Field(list_of(choice(Region, "region"), least=1, noun="regions")),
        "skip_if": Field(list_of(referring_to(question_ids, "red-flag question id"), noun="question ids")),
        "focus": Field(text()),
        "choice": Field(list_of(as_is, least=1, unique=False, noun="tables")),
    }
    items: list[ScreenItem] = []
    for where, values, usable in read_entries(raw, "item", shape, report, same_id="item"):
        if values.get("sides") and values.get("side_label") == "":
            report.add(where, "side_label", said(FileCode.SIDE_LABEL_EMPTY))
        choices = _choices(values.pop("choice", ()), where, report)
        if usable:  # the content is refused whole if any choice was not usable
            sets = {"regions": frozenset(values["regions"]), "skip_if": frozenset(values["skip_if"])}
            items.append(ScreenItem(**{**values, **sets}, choices=choices))
    return tuple(items)


def _choices(raw: list[Any], where: str, report: Report) -> tuple[ScoreChoice, ...]:
    choices: list[ScoreChoice] = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, Mapping):
            report.add(
                where, f"choice {number}", not_allowed(entry, said(FileCode.CHOICE_TABLE), kind=True).what
            )
            continue
        values, found = read_table(entry, _CHOICE, prefix=f"choice {number}.")
        report.findings(where, found, "", "")
        if len(values) == len(_CHOICE):
            choices.append(ScoreChoice(**values))
    scores = [choice.score for choice in choices]
    if raw and len(choices) == len(raw) and scores not in _SCALES:
        report.add(where, "choice", said(FileCode.SCORES_ORDER, scores=str(scores)))
    return tuple(choices)


# -- trainer files -----------------------------------------------------------------------------

_EXAMPLE_TIME = '"2025-05-06T10:30:00+02:00"'
_LISTED = said(FileCode.TRAINER_IDS_LISTED)


def _version(raw: object) -> int:
    if raw != TRAINER_FORMAT_VERSION or isinstance(raw, bool):
        raise not_allowed(raw, said(FileCode.TRAINER_VERSION, version=str(TRAINER_FORMAT_VERSION)))
    return TRAINER_FORMAT_VERSION


def _moment(now: datetime) -> Read:
    allowed = said(FileCode.TRAINER_MOMENT, example=_EXAMPLE_TIME)

    def read(raw: object) -> datetime:
        if not isinstance(raw, str):
            raise not_allowed(raw, allowed, kind=True)
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise not_allowed(raw, allowed) from None
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise Unusable(said(FileCode.NO_UTC_OFFSET, value=show(raw), example=_EXAMPLE_TIME))
        if moment > now:
            raise Unusable(said(FileCode.IN_THE_FUTURE, value=show(raw)))
        return moment

    return read


def _trainer_shape(content: ScreenContent, now: datetime) -> dict[str, Field]:
    """A trainer file's fields; what the content names (lifestyles, questions) comes from it."""
    lifestyles = [lifestyle for lifestyle, _ in content.lifestyle_labels]
    questions = [question.id for question in content.red_flags]
    return {
        "version": optional(_version, TRAINER_FORMAT_VERSION),
        "taken_at": optional(nullable(_moment(now)), None),
        "trainer": optional(text(allow_empty=True), ""),
        "lifestyles": Field(
            list_of(choice(lifestyles, "lifestyle"), least=1, unique=False, noun="lifestyles")
        ),
        "floor_room": Field(flag),
        "red_flags": Field(
            list_of(referring_to(questions, "red-flag question id", _LISTED), unique=False, noun="ids")
        ),
        "items": Field(table_of(said(FileCode.SCORES_TABLE, example='{"S1": {"left": 2}}'))),
        "equipment": optional(
            nullable(
                list_of(choice(Equipment, "piece of equipment"), unique=False, noun="pieces of equipment")
            ),
            None,
        ),
        "age_band": optional(nullable(choice(AgeBand, "age band")), None),
        "//": optional(as_is),  # a comment: JSON has none
    }


def from_trainer_json(
    data: Any, content: ScreenContent, now: datetime, source: str = "trainer file"
) -> tuple[ScreenResult | None, tuple[Problem, ...]]:
    """Check a parsed trainer file and build its result.

    Returns the result and no problems, or None and one problem per field at fault.
    ``now`` (timezone-aware) stamps a file without ``taken_at`` and is the latest time a
    file may claim; ``source`` (the file's name) starts every problem.
    """
    report = Report(source)
    if not isinstance(data, Mapping):
        report.add("", "", not_allowed(data, said(FileCode.ONE_JSON_OBJECT, example="{...}"), kind=True).what)
        return None, tuple(report.problems)
    values, found = read_table(data, _trainer_shape(content, now))
    report.findings("", found, "", "")
    scores = _trainer_items(values.get("items", {}), content, report)
    if report.problems:
        return None, tuple(report.problems)
    trainer = values["trainer"].strip()
    equipment = values["equipment"]
    return (
        ScreenResult(
            taken_at=values["taken_at"] or now,
            source=ScreenSource.JSON,
            lifestyles=frozenset(values["lifestyles"]),
            floor_room=values["floor_room"],
            red_flags=frozenset(values["red_flags"]),
            scores=scores,
            note=f"trainer: {trainer}" if trainer else "",
            equipment=frozenset(equipment) if equipment is not None else None,
            age_band=values["age_band"],
        ),
        (),
    )


def _trainer_items(raw: Mapping[str, Any], content: ScreenContent, report: Report) -> tuple[ItemScore, ...]:
    known = ", ".join(item.id for item in content.items)
    by_id: dict[str, tuple[ItemScore, ...]] = {}
    for item_id, entry in raw.items():
        item = content.item(item_id)
        if item is None:
            detail = said(FileCode.UNKNOWN_CHECK, value=show(item_id), known=known)
            report.add("", key_path("items.", item_id), detail)
            continue
        scores = _trainer_item(item, entry, report)
        if scores is not None:
            by_id[item.id] = scores
    return tuple(score for item in content.items for score in by_id.get(item.id, ()))


def _trainer_item(item: ScreenItem, entry: Any, report: Report) -> tuple[ItemScore, ...] | None:
    where = f"items.{item.id}"
    example = '{"left": 2, "right": 1}' if item.sides else '{"score": 2}'
    if not isinstance(entry, Mapping):
        allowed = said(FileCode.TABLE_SUCH_AS, example=example)
        report.add("", where, not_allowed(entry, allowed, kind=True).what)
        return None
    names = [side.value for side in SIDES] if item.sides else ["score"]
    score = optional(nullable(whole(0, item.max_score)))
    values, found = read_table(
        entry, {**dict.fromkeys(names, score), "pain": optional(flag, False)}, f"{where}."
    )
    scored = said(FileCode.SCORED_EACH_SIDE if item.sides else FileCode.SCORED_ONCE, item=item.name)
    for problem in found:
        report.add("", problem.field, scored if problem.unknown else problem.detail)
    pain = values.get("pain", False)
    for name in names:
        if name not in entry and not pain:  # a movement that hurt is scored 0, with or without scores
            report.add("", f"{where}.{name}", said(FileCode.MISSING_SCORE, most=item.max_score))
    if found:
        return None
    return tuple(
        ItemScore(item.id, side, 0 if pain else values.get(name), pain)
        for side, name in zip(item.side_slots, names, strict=True)
    )
