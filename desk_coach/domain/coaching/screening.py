"""The first-run self-check: its content, the red-flag gate, scoring, and trainer files.

Pure domain code: everything here works on plain data handed in (the parsed
``screen/screen.toml``, a parsed JSON document, the answers from the wizard) and returns
values; reading files is the adapters' job.

The content (:class:`ScreenContent`) is read from the shipped TOML by
:meth:`ScreenContent.from_data`, which names every problem by file, entry and field. A
self-check taken in the wizard, or recorded from a trainer's file, is a :class:`ScreenResult`.
:func:`gate` decides what the red-flag answers and any pain mean for the plan, and
:func:`to_profile` distils a result into the :class:`CoachingProfile` the planner reads.

A trainer's JSON file (see ``resources/screen/example-trainer-screen.json``) is one object::

    {
      "version": 1,                          optional; 1 is the only version so far
      "taken_at": "2025-05-06T10:30:00+02:00", optional; ISO 8601 with a UTC offset;
                                             when left out, the time of recording
      "trainer": "Sam Lee",                  optional; who took it, kept as a note
      "lifestyles": ["desk_worker", "runner"], required; at least one lifestyle id
      "floor_room": true,                    required; room for exercises on the floor
      "red_flags": ["pr_back_pain"],         required; ids of the questions answered
                                             yes ([] when every answer was no)
      "equipment": ["chair", "wall", "band"], optional; what is at hand (Equipment ids);
                                             left out or null: not asked
      "age_band": "65_plus",                 optional; "under_65" or "65_plus"; left out or
                                             null: not said
      "items": {                             required; one entry per movement done
        "S1": {"left": 2, "right": 1},       sided items: a score for each side
        "S3": {"score": 2},                  the others: one score
        "S4": {"left": 1, "right": null},    null: that side was not done
        "S5": {"pain": true}                 it hurt: scored 0, its region is paused
      },
      "//": "any text"                       ignored (JSON has no comments)
    }

An item left out of ``items`` was not done. Scores run from 0 to the item's highest score
(2, or 3 for S2 on each side). :func:`from_trainer_json` reports every problem as one plain
line that starts with the field it is about (``items.S2.right: ...``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import AgeBand, CoachingProfile, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side

SCREEN_RESOURCE = "screen/screen.toml"
TRAINER_FORMAT_VERSION = 1

# Pages of the red-flag gate, in the order they are asked: the most urgent first.
TIER_ORDER = (RedFlagTier.EMERGENCY, RedFlagTier.PARQ, RedFlagTier.PROMPT, RedFlagTier.PREGNANCY)
ALL_REGIONS = frozenset(Region)
SIDES = (Side.LEFT, Side.RIGHT)

# S2 is scored 0-3 on each side while the planner reads 0-2 (COACHING.md section 5 rule 8:
# 0-1 means "work on it daily", 2 "maintain"). Full contact (3) is the only result with
# nothing to work on, so it maps to 2. Missing one contact point (2) is a mild limit that
# daily stretching suits, so 1. One contact point or none (0-1) is clearly restricted: 0.
_FROM_0_TO_3 = (0, 0, 1, 2)


# -- problems ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContentProblem:
    """Something wrong in the self-check content, named by file, entry and field."""

    source: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}: {self.entry}" if self.entry else self.source
        if self.field:
            where += f", field {self.field!r}"
        return f"{where}: {self.message}"


class ScreenContentError(ValueError):
    """The self-check content cannot be used; ``problems`` says why, one by one."""

    def __init__(self, problems: Sequence[ContentProblem]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "no content"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"the self-check content cannot be used: {first}{more}")


# -- the content -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RedFlagQuestion:
    """One yes/no question of the red-flag gate.

    ``regions`` matters for the prompt tier only: a yes pauses them, and an empty set pauses
    every region (everything but walk breaks).
    """

    id: str
    tier: RedFlagTier
    question: str
    symptom: str
    regions: frozenset[Region] = frozenset()

    @property
    def paused_regions(self) -> frozenset[Region]:
        """The regions a yes pauses (prompt tier only)."""
        if self.tier is not RedFlagTier.PROMPT:
            return frozenset()
        return self.regions or ALL_REGIONS


@dataclass(frozen=True)
class ScoreChoice:
    """One score a person can pick for an item, with what they would have seen."""

    score: int
    text: str


@dataclass(frozen=True)
class ScreenItem:
    """One movement check (S1-S6)."""

    id: str
    name: str
    looks_at: str
    steps: tuple[str, ...]
    sides: bool
    side_label: str
    optional: bool
    illustration: str
    regions: frozenset[Region]
    skip_if: frozenset[str]
    focus: str
    choices: tuple[ScoreChoice, ...]  # highest score first

    @property
    def max_score(self) -> int:
        return max(choice.score for choice in self.choices)

    @property
    def side_slots(self) -> tuple[Side | None, ...]:
        """The sides it is scored on: left and right, or ``(None,)`` for an item done once."""
        return SIDES if self.sides else (None,)

    def profile_score(self, raw: int) -> int:
        """A raw score on this item's scale as the 0-2 the planner reads."""
        raw = min(max(raw, 0), self.max_score)
        return _FROM_0_TO_3[raw] if self.max_score == 3 else raw


@dataclass(frozen=True)
class TierGroup:
    """How one tier's questions are presented: a heading and a line under it."""

    tier: RedFlagTier
    heading: str
    intro: str


@dataclass(frozen=True)
class Referrals:
    """The referral wordings (templates, see screen.toml for their placeholders)."""

    emergency: str
    prompt: str
    pain: str
    pregnancy: str
    paused_all: str
    paused_some: str


@dataclass(frozen=True)
class SummaryWords:
    """The words of the summary (templates, see screen.toml for their placeholders)."""

    score_words: tuple[str, str, str]  # for profile scores 0, 1 and 2
    maintenance: str
    walk_only: str
    asymmetry: str = "your {lower} {side} scored lower than your {higher}"
    region_back: str = "The moves for your {regions} are back on."
    exercise_back: str = "Stretches and strength moves are back on."


@dataclass(frozen=True)
class ScreenContent:
    """Everything the self-check says and asks, read from ``screen/screen.toml``."""

    about: str
    disclaimer: str
    acknowledge: str
    lifestyle_labels: tuple[tuple[Lifestyle, str], ...]
    groups: tuple[TierGroup, ...]
    red_flags: tuple[RedFlagQuestion, ...]
    items: tuple[ScreenItem, ...]
    referrals: Referrals
    summary: SummaryWords

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], source: str = SCREEN_RESOURCE
    ) -> tuple[ScreenContent | None, tuple[ContentProblem, ...]]:
        """Read parsed TOML. Returns the content and no problems, or None and every problem:
        a safety questionnaire is used whole or not at all."""
        return _ContentReader(source).read(data)

    @classmethod
    def parse(cls, data: Mapping[str, Any], source: str = SCREEN_RESOURCE) -> ScreenContent:
        """Like :meth:`from_data`, raising :class:`ScreenContentError` on any problem."""
        content, problems = cls.from_data(data, source)
        if content is None:
            raise ScreenContentError(problems)
        return content

    def lifestyle_label(self, lifestyle: Lifestyle) -> str:
        return dict(self.lifestyle_labels)[lifestyle]

    def item(self, item_id: str) -> ScreenItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def question(self, question_id: str) -> RedFlagQuestion | None:
        return next((q for q in self.red_flags if q.id == question_id), None)

    def questions_in(self, tier: RedFlagTier) -> tuple[RedFlagQuestion, ...]:
        return tuple(q for q in self.red_flags if q.tier is tier)

    def group(self, tier: RedFlagTier) -> TierGroup:
        return next(group for group in self.groups if group.tier is tier)


# -- answers -----------------------------------------------------------------------------------


class ItemScore(NamedTuple):
    """One item on one side (``side`` None for an item done once).

    ``score`` is on the item's own scale (0-3 for S2, else 0-2), None when it was not done;
    ``pain`` means it hurt, and then the score is 0.
    """

    item_id: str
    side: Side | None
    score: int | None
    pain: bool = False


@dataclass(frozen=True)
class ScreenResult:
    """One self-check as taken: the answers only; what they mean comes from :func:`gate`.

    ``red_flags`` holds the ids of the questions answered yes. ``scores`` has one entry per
    item and side that was offered; items the gate left out are absent.
    """

    taken_at: datetime
    source: ScreenSource
    lifestyles: frozenset[Lifestyle]
    floor_room: bool
    red_flags: frozenset[str]
    scores: tuple[ItemScore, ...]
    note: str = ""
    equipment: frozenset[Equipment] | None = None  # None: not asked
    age_band: AgeBand | None = None  # None: not asked, or not said

    def __post_init__(self) -> None:
        if self.taken_at.tzinfo is None or self.taken_at.utcoffset() is None:
            raise ValueError(f"taken_at must be timezone-aware, got {self.taken_at!r}")

    @property
    def pain_items(self) -> frozenset[str]:
        """Ids of the items that hurt."""
        return frozenset(score.item_id for score in self.scores if score.pain)


# -- the gate ----------------------------------------------------------------------------------


class PauseReason(NamedTuple):
    """Why one region is paused: a short reason for the record, and the referral shown."""

    region: Region
    reason: str
    referral: str


@dataclass(frozen=True)
class GateOutcome:
    """What the red-flag answers and any pain mean for the plan.

    ``exercise_allowed`` is False after an emergency or PAR-Q+ yes: only walk breaks run.
    ``paused_regions`` get no exercise (prompt answers and movements that hurt).
    ``referrals`` are the texts to show, the most urgent first. ``emergency`` is True when
    an emergency question was answered yes. ``flags`` are the questions answered yes, and
    ``pauses`` the first reason for each paused region, for the record.
    """

    exercise_allowed: bool
    paused_regions: frozenset[Region]
    pregnancy: bool
    referrals: tuple[str, ...]
    emergency: bool = False
    flags: tuple[RedFlagQuestion, ...] = ()
    pauses: tuple[PauseReason, ...] = ()


def gate(content: ScreenContent, answered_yes: Iterable[str], pain_items: Iterable[str]) -> GateOutcome:
    """Apply the red-flag gate (COACHING.md sections 3 and 7) to the answers.

    ``answered_yes`` are question ids, ``pain_items`` item ids; ids the content does not
    know are ignored (trainer files are checked for them before this).
    """
    yes = set(answered_yes)
    hurt = set(pain_items)
    flags = tuple(q for q in content.red_flags if q.id in yes)
    wording = content.referrals
    by_tier = {tier: [q for q in flags if q.tier is tier] for tier in RedFlagTier}
    referrals: list[str] = []
    pauses: dict[Region, PauseReason] = {}

    emergency = by_tier[RedFlagTier.EMERGENCY]
    if emergency:
        referrals.append(_fill(wording.emergency, symptoms=_symptoms(emergency)))
    parq = by_tier[RedFlagTier.PARQ]
    if parq:
        referrals.append(_fill(wording.prompt, symptoms=_symptoms(parq), paused=wording.paused_all))
    for question in by_tier[RedFlagTier.PROMPT]:
        regions = question.paused_regions
        text = _fill(wording.prompt, symptoms=question.symptom, paused=_paused_words(wording, regions))
        referrals.append(text)
        for region in _in_order(regions):
            pauses.setdefault(region, PauseReason(region, f"red flag: {question.id}", text))
    for item in content.items:
        if item.id in hurt:
            text = _fill(wording.pain, item=item.name)
            referrals.append(text)
            for region in _in_order(item.regions):
                pauses.setdefault(region, PauseReason(region, f"pain during the self-check: {item.id}", text))
    pregnancy = bool(by_tier[RedFlagTier.PREGNANCY])
    if pregnancy:
        referrals.append(wording.pregnancy)
    return GateOutcome(
        exercise_allowed=not emergency and not parq,
        paused_regions=frozenset(pauses),
        pregnancy=pregnancy,
        referrals=tuple(referrals),
        emergency=bool(emergency),
        flags=flags,
        pauses=tuple(pauses[region] for region in _in_order(pauses)),
    )


def offered_items(content: ScreenContent, answered_yes: Iterable[str]) -> tuple[ScreenItem, ...]:
    """The movement checks to offer after these answers: none when exercise is not allowed;
    otherwise each item not skipped by its ``skip_if`` and not in a region a yes paused."""
    yes = frozenset(answered_yes)
    outcome = gate(content, yes, ())
    if not outcome.exercise_allowed:
        return ()
    return tuple(
        item for item in content.items if not item.skip_if & yes and not item.regions & outcome.paused_regions
    )


# -- the profile -------------------------------------------------------------------------------


def item_profile_scores(result: ScreenResult, content: ScreenContent) -> dict[str, int]:
    """Each item's 0-2 score for the planner: the lowest over its sides, 0 if it hurt;
    items not done (every side None) and ids the content does not know are left out."""
    scores: dict[str, int] = {}
    for item in content.items:
        entries = [score for score in result.scores if score.item_id == item.id]
        if any(entry.pain for entry in entries):
            scores[item.id] = 0
            continue
        raw = [entry.score for entry in entries if entry.score is not None]
        if raw:
            scores[item.id] = item.profile_score(min(raw))
    return scores


def to_profile(result: ScreenResult, content: ScreenContent) -> CoachingProfile:
    """The person as the planner sees them after this self-check."""
    outcome = gate(content, result.red_flags, result.pain_items)
    return CoachingProfile(
        item_scores=item_profile_scores(result, content),
        lifestyles=result.lifestyles or frozenset({Lifestyle.DESK_WORKER}),
        floor_room=result.floor_room,
        exercise_allowed=outcome.exercise_allowed,
        paused_regions=outcome.paused_regions,
        pregnancy=outcome.pregnancy,
        equipment=result.equipment,
        age_band=result.age_band,
        screened_at=result.taken_at,
    )


@dataclass(frozen=True)
class ScreenSummary:
    """The last page in words: what was found, the referrals, what the coach will do, and
    what a re-check put back on (``resumed``)."""

    found: tuple[str, ...]
    referrals: tuple[str, ...]
    focus: tuple[str, ...]
    resumed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lifted:
    """What a re-check lifts: the paused regions back on, whether exercise is allowed again
    after walk breaks only, and the lines that say so."""

    regions: tuple[Region, ...] = ()
    exercise_back: bool = False
    lines: tuple[str, ...] = ()


def pain_free_regions(result: ScreenResult, content: ScreenContent) -> frozenset[Region]:
    """Regions with at least one movement check done on every side without pain."""
    clean: set[Region] = set()
    for item in content.items:
        entries = [score for score in result.scores if score.item_id == item.id]
        if entries and all(entry.score is not None and not entry.pain for entry in entries):
            clean |= item.regions
    return frozenset(clean)


def lifted_by(
    result: ScreenResult,
    content: ScreenContent,
    paused: Iterable[Region] = (),
    walk_only_before: bool = False,
) -> Lifted:
    """What this self-check, as a re-check, lifts (COACHING.md section 7: the red-flag gate is
    asked again at each re-check).

    ``paused`` are the regions paused before it, ``walk_only_before`` whether the screen before
    allowed walk breaks only. A region comes back when no answer now pauses it (its reason was
    answered "no") and one of its movement checks was done pain-free on every side; exercise
    comes back when no emergency or PAR-Q+ question is answered yes any more.
    """
    outcome = gate(content, result.red_flags, result.pain_items)
    if not outcome.exercise_allowed:
        return Lifted()
    clean = pain_free_regions(result, content)
    regions = tuple(r for r in _in_order(paused) if r not in outcome.paused_regions and r in clean)
    words = content.summary
    lines: list[str] = []
    if walk_only_before:
        lines.append(_sentence(words.exercise_back))
    if regions:
        lines.append(_sentence(_fill(words.region_back, regions=_regions_words(regions))))
    return Lifted(regions, walk_only_before, tuple(lines))


def _asymmetry(item: ScreenItem, result: ScreenResult, words: SummaryWords) -> str:
    """", your right leg scored lower than your left" when the sides differ, else ""."""
    if not item.sides:
        return ""
    by_side = {s.side: s.score for s in result.scores if s.item_id == item.id and s.score is not None}
    left, right = by_side.get(Side.LEFT), by_side.get(Side.RIGHT)
    if left is None or right is None or left == right:
        return ""
    lower, higher = (Side.LEFT, Side.RIGHT) if left < right else (Side.RIGHT, Side.LEFT)
    return "; " + _fill(words.asymmetry, lower=lower.value, higher=higher.value, side=item.side_label)


def summarize(
    result: ScreenResult,
    content: ScreenContent,
    paused: Iterable[Region] = (),
    walk_only_before: bool = False,
) -> ScreenSummary:
    """What a self-check found, in kind, plain words, for the wizard's summary and the CLI.

    ``paused`` and ``walk_only_before`` describe the coaching before this check (see
    :func:`lifted_by`): what it puts back on is listed in ``resumed``, and regions that stay
    paused are named with the new ones.
    """
    outcome = gate(content, result.red_flags, result.pain_items)
    lifted = lifted_by(result, content, paused, walk_only_before)
    profile = item_profile_scores(result, content)
    words = content.summary.score_words
    found: list[str] = []
    weak: list[str] = []
    done = {score.item_id for score in result.scores}
    offered = {item.id for item in offered_items(content, result.red_flags)}
    for item in content.items:
        if item.id in result.pain_items:
            found.append(f"{item.name}: it hurt, so it was left out.")
        elif item.id in profile:
            sides = _asymmetry(item, result, content.summary)
            found.append(f"{item.name}: {words[profile[item.id]]}{sides}.")
            if profile[item.id] <= 1 and item.focus not in weak:
                weak.append(item.focus)
        elif item.id in done:
            found.append(f"{item.name}: skipped.")
        elif outcome.exercise_allowed and item.id not in offered:
            found.append(f"{item.name}: left out after your answers.")
    focus: list[str] = []
    if not outcome.exercise_allowed:
        focus.append(_sentence(content.summary.walk_only))
    else:
        focus += [_sentence(text) for text in weak] or [_sentence(content.summary.maintenance)]
        still = outcome.paused_regions | (frozenset(paused) - frozenset(lifted.regions))
        if still:
            focus.append(f"Paused for now: the moves for your {_regions_words(still)}.")
        if outcome.pregnancy:
            focus.append("Pregnancy-friendly versions of each move.")
    return ScreenSummary(
        found=tuple(found), referrals=outcome.referrals, focus=tuple(focus), resumed=lifted.lines
    )


# -- trainer files -----------------------------------------------------------------------------

_TRAINER_KEYS = {
    "version", "taken_at", "trainer", "lifestyles", "floor_room", "red_flags", "items",
    "equipment", "age_band", "//",
}  # fmt: skip


def from_trainer_json(
    data: Any, content: ScreenContent, now: datetime
) -> tuple[ScreenResult | None, tuple[str, ...]]:
    """Check a parsed trainer file (shape in the module docstring) and build its result.

    Returns the result and no problems, or None and one plain line per problem, each
    starting with the field it is about. ``now`` (timezone-aware) stamps a file without
    ``taken_at`` and is the latest time a file may claim.
    """
    problems: list[str] = []
    if not isinstance(data, Mapping):
        return None, (f"the file must hold one JSON object ({{...}}), not {_json_kind(data)}",)
    for key in data:
        if key not in _TRAINER_KEYS:
            known = ", ".join(sorted(_TRAINER_KEYS - {"//"}))
            problems.append(f"{_show(key)}: unknown field (known fields: {known})")

    version = data.get("version", TRAINER_FORMAT_VERSION)
    if version != TRAINER_FORMAT_VERSION or isinstance(version, bool):
        problems.append(f"version: {_show(version)} is not a version this Desk Coach reads (use 1)")

    taken_at = _trainer_time(data.get("taken_at"), now, problems)
    trainer = data.get("trainer", "")
    if not isinstance(trainer, str):
        problems.append(f"trainer: must be text, not {_json_kind(trainer)}")
        trainer = ""

    lifestyles = _trainer_lifestyles(data, content, problems)
    floor_room = data.get("floor_room")
    if "floor_room" not in data:
        problems.append("floor_room: missing; write true or false")
    elif not isinstance(floor_room, bool):
        problems.append(f"floor_room: must be true or false, not {_show(floor_room)}")
    red_flags = _trainer_red_flags(data, content, problems)
    scores = _trainer_items(data, content, problems)
    equipment = _trainer_equipment(data.get("equipment"), problems)
    age_band = _trainer_age_band(data.get("age_band"), problems)

    if problems:
        return None, tuple(problems)
    note = f"trainer: {trainer.strip()}" if trainer.strip() else ""
    return (
        ScreenResult(
            taken_at=taken_at or now,
            source=ScreenSource.JSON,
            lifestyles=lifestyles,
            floor_room=bool(floor_room),
            red_flags=red_flags,
            scores=scores,
            note=note,
            equipment=equipment,
            age_band=age_band,
        ),
        (),
    )


def _trainer_equipment(value: Any, problems: list[str]) -> frozenset[Equipment] | None:
    """The optional list of what is at hand; absent or null: not asked."""
    if value is None:
        return None
    known = ", ".join(item.value for item in Equipment)
    if not isinstance(value, list):
        problems.append(f"equipment: must be a list of any of {known}, not {_json_kind(value)}")
        return None
    chosen: set[Equipment] = set()
    for index, name in enumerate(value):
        if isinstance(name, str) and name in {item.value for item in Equipment}:
            chosen.add(Equipment(name))
        else:
            problems.append(f"equipment[{index}]: {_show(name)} is not one of {known}")
    return frozenset(chosen)


def _trainer_age_band(value: Any, problems: list[str]) -> AgeBand | None:
    """The optional age band; absent or null: not said."""
    if value is None:
        return None
    bands = ", ".join(f'"{band.value}"' for band in AgeBand)
    if not isinstance(value, str) or value not in {band.value for band in AgeBand}:
        problems.append(f"age_band: {_show(value)} is not an age band (use {bands}, or null to leave it out)")
        return None
    return AgeBand(value)


def _trainer_time(value: Any, now: datetime, problems: list[str]) -> datetime | None:
    if value is None:
        return None
    example = '"2025-05-06T10:30:00+02:00"'
    if not isinstance(value, str):
        problems.append(f"taken_at: must be a date and time like {example}, not {_json_kind(value)}")
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.append(f"taken_at: {_show(value)} is not a date and time like {example}")
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        problems.append(f"taken_at: {_show(value)} has no UTC offset; add one, as in {example}")
        return None
    if moment > now:
        problems.append(f"taken_at: {_show(value)} is in the future")
        return None
    return moment


def _trainer_lifestyles(
    data: Mapping[str, Any], content: ScreenContent, problems: list[str]
) -> frozenset[Lifestyle]:
    known = [lifestyle.value for lifestyle, _ in content.lifestyle_labels]
    value = data.get("lifestyles")
    if "lifestyles" not in data:
        problems.append(f"lifestyles: missing; list at least one of {', '.join(known)}")
        return frozenset()
    if not isinstance(value, list) or not value:
        problems.append(f"lifestyles: must be a list of at least one of {', '.join(known)}")
        return frozenset()
    chosen: set[Lifestyle] = set()
    for index, name in enumerate(value):
        if isinstance(name, str) and name in known:
            chosen.add(Lifestyle(name))
        else:
            problems.append(
                f"lifestyles[{index}]: {_show(name)} is not a lifestyle (choose from {', '.join(known)})"
            )
    return frozenset(chosen)


def _trainer_red_flags(
    data: Mapping[str, Any], content: ScreenContent, problems: list[str]
) -> frozenset[str]:
    value = data.get("red_flags")
    if "red_flags" not in data:
        problems.append("red_flags: missing; list the ids of the questions answered yes, or [] for none")
        return frozenset()
    if not isinstance(value, list):
        problems.append(f"red_flags: must be a list of question ids, not {_json_kind(value)}")
        return frozenset()
    yes: set[str] = set()
    for index, question_id in enumerate(value):
        if isinstance(question_id, str) and content.question(question_id) is not None:
            yes.add(question_id)
        else:
            problems.append(
                f"red_flags[{index}]: {_show(question_id)} is not a red-flag question id "
                "(the ids are listed in the example trainer file)"
            )
    return frozenset(yes)


def _trainer_items(
    data: Mapping[str, Any], content: ScreenContent, problems: list[str]
) -> tuple[ItemScore, ...]:
    value = data.get("items")
    if "items" not in data:
        problems.append('items: missing; give the scores by item id, e.g. {"S1": {"left": 2, "right": 1}}')
        return ()
    if not isinstance(value, Mapping):
        problems.append(f"items: must be an object by item id, not {_json_kind(value)}")
        return ()
    known = ", ".join(item.id for item in content.items)
    by_id: dict[str, tuple[ItemScore, ...]] = {}
    for item_id, entry in value.items():
        item = content.item(item_id)
        if item is None:
            where = _path("items", item_id)
            problems.append(f"{where}: there is no movement check {_show(item_id)} (known: {known})")
            continue
        scores = _trainer_item(item, entry, problems)
        if scores is not None:
            by_id[item.id] = scores
    return tuple(score for item in content.items for score in by_id.get(item.id, ()))


def _trainer_item(item: ScreenItem, entry: Any, problems: list[str]) -> tuple[ItemScore, ...] | None:
    field = f"items.{item.id}"
    if not isinstance(entry, Mapping):
        problems.append(f"{field}: must be an object such as {_item_example(item)}, not {_json_kind(entry)}")
        return None
    keys = {"left", "right", "pain"} if item.sides else {"score", "pain"}
    for key in entry:
        if key not in keys:
            if item.sides and key == "score":
                problems.append(
                    f'{field}: {item.name} is scored on each side: give "left" and "right", not "score"'
                )
            elif not item.sides and key in ("left", "right"):
                problems.append(f'{field}: {item.name} is scored once: give "score", not {_show(key)}')
            else:
                problems.append(f"{_path(field, key)}: unknown field (known: {', '.join(sorted(keys))})")
    pain = entry.get("pain", False)
    if not isinstance(pain, bool):
        problems.append(f"{field}.pain: must be true or false, not {_show(pain)}")
        pain = False
    names = [side.value for side in SIDES] if item.sides else ["score"]
    raw: list[int | None] = []
    for name in names:
        if name not in entry:
            if not pain:  # a movement that hurt is scored 0, with or without scores
                missing = "this side is missing" if item.sides else "the score is missing"
                problems.append(
                    f"{field}.{name}: {missing}; give 0-{item.max_score}, or null if it was not done"
                )
            raw.append(None)
            continue
        score = entry[name]
        if score is None:
            raw.append(None)
        elif isinstance(score, bool) or not isinstance(score, int):
            problems.append(
                f"{field}.{name}: must be a whole number from 0 to {item.max_score}, not {_show(score)}"
            )
            raw.append(None)
        elif not 0 <= score <= item.max_score:
            problems.append(
                f"{field}.{name}: {score} is out of range; {item.id} scores from 0 to {item.max_score}"
            )
            raw.append(None)
        else:
            raw.append(score)
    return tuple(
        ItemScore(item.id, side, 0 if pain else score, pain)
        for side, score in zip(item.side_slots, raw, strict=True)
    )


def _path(parent: str, key: object) -> str:
    """``items.S1``, or ``items["a b"]`` for a key that would not read plainly after a dot."""
    plain = isinstance(key, str) and re.fullmatch(r"[A-Za-z0-9_]+", key)
    return f"{parent}.{key}" if plain else f"{parent}[{_show(key)}]"


def _item_example(item: ScreenItem) -> str:
    return '{"left": 2, "right": 1}' if item.sides else '{"score": 2}'


# -- wording helpers ---------------------------------------------------------------------------


def _fill(template: str, **values: str) -> str:
    return template.format(**values)


def _join_words(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _symptoms(questions: Sequence[RedFlagQuestion]) -> str:
    seen: list[str] = []
    for question in questions:
        if question.symptom not in seen:
            seen.append(question.symptom)
    return _join_words(seen)


def _in_order(regions: Iterable[Region]) -> list[Region]:
    wanted = set(regions)
    return [region for region in Region if region in wanted]


def _regions_words(regions: Iterable[Region]) -> str:
    return _join_words([region.value for region in _in_order(regions)])


def _paused_words(referrals: Referrals, regions: frozenset[Region]) -> str:
    if regions >= ALL_REGIONS:
        return referrals.paused_all
    return _fill(referrals.paused_some, regions=_regions_words(regions))


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# -- reading the content -----------------------------------------------------------------------

_ID = re.compile(r"[a-z][a-z0-9_]*")
_ITEM_ID = re.compile(r"S[1-9][0-9]*")
_TOP_KEYS = ("intro", "lifestyles", "groups", "red_flag", "item", "summary", "referrals")
_QUESTION_KEYS = ("id", "tier", "question", "symptom", "regions")
_ITEM_KEYS = (
    "id", "name", "looks_at", "steps", "sides", "side_label", "optional", "illustration",
    "regions", "skip_if", "focus", "choice",
)  # fmt: skip
# Each template and the placeholders it may use.
_TEMPLATES = {
    "emergency": ("symptoms",),
    "prompt": ("symptoms", "paused"),
    "pain": ("item",),
    "pregnancy": (),
    "paused_all": (),
    "paused_some": ("regions",),
}


class _ContentReader:
    """Reads parsed screen.toml, collecting every problem rather than stopping at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[ContentProblem] = []

    def problem(self, entry: str, field: str, message: str) -> None:
        self.problems.append(ContentProblem(self.source, entry, field, message))

    def read(self, data: Mapping[str, Any]) -> tuple[ScreenContent | None, tuple[ContentProblem, ...]]:
        if not isinstance(data, Mapping):
            self.problem("", "", "the file must be a TOML document of tables")
            return None, tuple(self.problems)
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(key, "", f"unknown table (expected: {', '.join(_TOP_KEYS)})")
        intro = self.table(data, "intro", "")
        about = self.text(intro, "[intro]", "about")
        disclaimer = self.text(intro, "[intro]", "disclaimer")
        acknowledge = self.text(intro, "[intro]", "acknowledge")
        lifestyles = self.lifestyles(self.table(data, "lifestyles", ""))
        groups = self.groups(self.table(data, "groups", ""))
        questions = self.questions(data.get("red_flag"))
        items = self.items(data.get("item"), {q.id for q in questions})
        referrals = self.referrals(self.table(data, "referrals", ""))
        summary = self.summary(self.table(data, "summary", ""))
        if self.problems or referrals is None or summary is None:
            return None, tuple(self.problems)
        content = ScreenContent(
            about=about,
            disclaimer=disclaimer,
            acknowledge=acknowledge,
            lifestyle_labels=lifestyles,
            groups=groups,
            red_flags=questions,
            items=items,
            referrals=referrals,
            summary=summary,
        )
        return content, ()

    # -- fields --

    def table(self, data: Mapping[str, Any], key: str, entry: str) -> Mapping[str, Any]:
        value = data.get(key)
        if isinstance(value, Mapping):
            return value
        where = entry or f"[{key}]"
        if value is None:
            self.problem(where, "" if not entry else key, "missing table")
        else:
            self.problem(where, "" if not entry else key, f"must be a table, not {_json_kind(value)}")
        return {}

    def text(self, table: Mapping[str, Any], entry: str, field: str, *, allow_empty: bool = False) -> str:
        value = table.get(field)
        if value is None:
            if table or not entry.startswith("["):  # a missing table was reported already
                self.problem(entry, field, "missing")
            return ""
        if not isinstance(value, str) or (not value.strip() and not allow_empty):
            self.problem(entry, field, f"must be non-empty text, not {_show(value)}")
            return ""
        return value.strip()

    def flag(self, table: Mapping[str, Any], entry: str, field: str) -> bool:
        value = table.get(field)
        if not isinstance(value, bool):
            self.problem(
                entry, field, "missing" if value is None else f"must be true or false, not {_show(value)}"
            )
            return False
        return value

    def regions(self, table: Mapping[str, Any], entry: str, field: str) -> frozenset[Region]:
        value = table.get(field)
        if not isinstance(value, list):
            self.problem(entry, field, "missing" if value is None else "must be a list of regions")
            return frozenset()
        known = ", ".join(region.value for region in Region)
        regions: set[Region] = set()
        for name in value:
            if isinstance(name, str) and name in {region.value for region in Region}:
                regions.add(Region(name))
            else:
                self.problem(entry, field, f"{_show(name)} is not a region (choose from {known})")
        return frozenset(regions)

    def unknown_keys(self, table: Mapping[str, Any], entry: str, allowed: Sequence[str]) -> None:
        for key in table:
            if key not in allowed:
                self.problem(entry, key, f"unknown field (expected: {', '.join(allowed)})")

    # -- tables --

    def lifestyles(self, table: Mapping[str, Any]) -> tuple[tuple[Lifestyle, str], ...]:
        known = {lifestyle.value for lifestyle in Lifestyle}
        labels: list[tuple[Lifestyle, str]] = []
        for key in table:
            if key not in known:
                self.problem("[lifestyles]", key, f"not a lifestyle (known: {', '.join(sorted(known))})")
            else:
                labels.append((Lifestyle(key), self.text(table, "[lifestyles]", key)))
        for lifestyle in Lifestyle:
            if table and lifestyle.value not in table:
                self.problem("[lifestyles]", lifestyle.value, "missing: every lifestyle needs a label")
        return tuple(labels)

    def groups(self, table: Mapping[str, Any]) -> tuple[TierGroup, ...]:
        groups = []
        self.unknown_keys(table, "[groups]", [tier.value for tier in TIER_ORDER])
        for tier in TIER_ORDER:
            if not table:
                break
            entry = f"[groups.{tier.value}]"
            group = self.table(table, tier.value, "[groups]")
            self.unknown_keys(group, entry, ("heading", "intro"))
            if group:
                groups.append(
                    TierGroup(tier, self.text(group, entry, "heading"), self.text(group, entry, "intro"))
                )
        return tuple(groups)

    def questions(self, value: Any) -> tuple[RedFlagQuestion, ...]:
        if not isinstance(value, list) or not value:
            self.problem("[[red_flag]]", "", "missing: the red-flag questions must be listed")
            return ()
        questions: list[RedFlagQuestion] = []
        seen: set[str] = set()
        for number, table in enumerate(value, start=1):
            entry = _entry_name("red_flag", number, table)
            if not isinstance(table, Mapping):
                self.problem(entry, "", "must be a table")
                continue
            self.unknown_keys(table, entry, _QUESTION_KEYS)
            question_id = self.text(table, entry, "id")
            if question_id and not _ID.fullmatch(question_id):
                self.problem(entry, "id", "use lower-case letters, digits and underscores")
            elif question_id in seen:
                self.problem(entry, "id", "used by an earlier question too")
            seen.add(question_id)
            tier_name = table.get("tier")
            tiers = ", ".join(tier.value for tier in TIER_ORDER)
            tier = None
            if tier_name in {t.value for t in TIER_ORDER}:
                tier = RedFlagTier(tier_name)
            else:
                self.problem(entry, "tier", f"{_show(tier_name)} is not a tier (choose from {tiers})")
            regions = self.regions(table, entry, "regions")
            if regions and tier is not RedFlagTier.PROMPT and tier is not None:
                self.problem(entry, "regions", "only prompt questions pause regions; leave it empty")
            question = self.text(table, entry, "question")
            symptom = self.text(table, entry, "symptom")
            if tier is not None:
                questions.append(RedFlagQuestion(question_id, tier, question, symptom, regions))
        for tier in TIER_ORDER:
            if not any(q.tier is tier for q in questions):
                self.problem("[[red_flag]]", "tier", f"no question of the {tier.value} tier")
        return tuple(questions)

    def items(self, value: Any, question_ids: set[str]) -> tuple[ScreenItem, ...]:
        if not isinstance(value, list) or not value:
            self.problem("[[item]]", "", "missing: the movement checks must be listed")
            return ()
        items: list[ScreenItem] = []
        seen: set[str] = set()
        for number, table in enumerate(value, start=1):
            entry = _entry_name("item", number, table)
            if not isinstance(table, Mapping):
                self.problem(entry, "", "must be a table")
                continue
            self.unknown_keys(table, entry, _ITEM_KEYS)
            item_id = self.text(table, entry, "id")
            if item_id and not _ITEM_ID.fullmatch(item_id):
                self.problem(entry, "id", 'must be "S" and a number, like "S1"')
            elif item_id in seen:
                self.problem(entry, "id", "used by an earlier item too")
            seen.add(item_id)
            sides = self.flag(table, entry, "sides")
            side_label = self.text(table, entry, "side_label", allow_empty=not sides)
            steps = self.steps(table, entry)
            skip_if = table.get("skip_if")
            if not isinstance(skip_if, list):
                self.problem(
                    entry, "skip_if", "missing" if skip_if is None else "must be a list of question ids"
                )
                skip_if = []
            for question_id in skip_if:
                if question_id not in question_ids:
                    self.problem(entry, "skip_if", f"{_show(question_id)} is not a red-flag question id")
            regions = self.regions(table, entry, "regions")
            if not regions and isinstance(table.get("regions"), list):
                self.problem(entry, "regions", "name the region(s) paused when this movement hurts")
            illustration = self.text(table, entry, "illustration")
            if illustration and not (illustration.endswith(".svg") and not illustration.startswith("/")):
                self.problem(
                    entry,
                    "illustration",
                    "must be a resource path ending in .svg, like screen/illustrations/S1.svg",
                )
            items.append(
                ScreenItem(
                    id=item_id,
                    name=self.text(table, entry, "name"),
                    looks_at=self.text(table, entry, "looks_at"),
                    steps=steps,
                    sides=sides,
                    side_label=side_label,
                    optional=self.flag(table, entry, "optional"),
                    illustration=illustration,
                    regions=regions,
                    skip_if=frozenset(str(q) for q in skip_if),
                    focus=self.text(table, entry, "focus"),
                    choices=self.choices(table, entry),
                )
            )
        return tuple(items)

    def steps(self, table: Mapping[str, Any], entry: str) -> tuple[str, ...]:
        value = table.get("steps")
        if not isinstance(value, list) or not 2 <= len(value) <= 4:
            self.problem(
                entry, "steps", "missing" if value is None else "must be a list of 2 to 4 instructions"
            )
            return ()
        steps = []
        for step in value:
            if not isinstance(step, str) or not step.strip():
                self.problem(entry, "steps", f"{_show(step)} is not an instruction (non-empty text)")
            else:
                steps.append(step.strip())
        return tuple(steps)

    def choices(self, table: Mapping[str, Any], entry: str) -> tuple[ScoreChoice, ...]:
        value = table.get("choice")
        if not isinstance(value, list) or not value:
            self.problem(entry, "choice", "missing: list the scores to pick from as [[item.choice]]")
            return (ScoreChoice(0, ""),)
        choices: list[ScoreChoice] = []
        for number, choice in enumerate(value, start=1):
            where = f"choice {number}"
            if not isinstance(choice, Mapping):
                self.problem(entry, where, "must be a table with score and text")
                continue
            self.unknown_keys(choice, f"{entry}, {where}", ("score", "text"))
            score = choice.get("score")
            if isinstance(score, bool) or not isinstance(score, int):
                self.problem(entry, f"{where}.score", f"must be a whole number, not {_show(score)}")
                continue
            text = self.text(choice, f"{entry}, {where}", "text")
            choices.append(ScoreChoice(score, text))
        scores = [choice.score for choice in choices]
        if choices and scores not in ([2, 1, 0], [3, 2, 1, 0]):
            self.problem(
                entry, "choice", f"scores must be 2, 1, 0 (or 3, 2, 1, 0), highest first; found {scores}"
            )
        return tuple(choices) or (ScoreChoice(0, ""),)

    def referrals(self, table: Mapping[str, Any]) -> Referrals | None:
        if not table:
            return None
        self.unknown_keys(table, "[referrals]", tuple(_TEMPLATES))
        return Referrals(**self.templates(table, "[referrals]", _TEMPLATES))

    def templates(
        self, table: Mapping[str, Any], section: str, templates: Mapping[str, tuple[str, ...]]
    ) -> dict[str, str]:
        """Each template's text, checked to use only the placeholders allowed for it."""
        texts = {}
        for name, placeholders in templates.items():
            text = self.text(table, section, name)
            try:
                text.format(**{placeholder: "" for placeholder in placeholders})
            except (KeyError, IndexError, ValueError) as error:
                allowed = ", ".join("{" + p + "}" for p in placeholders) or "none"
                self.problem(section, name, f"bad placeholder {error} (allowed here: {allowed})")
            texts[name] = text
        return texts

    def summary(self, table: Mapping[str, Any]) -> SummaryWords | None:
        if not table:
            return None
        self.unknown_keys(table, "[summary]", ("score_words", *_SUMMARY_TEMPLATES))
        words = table.get("score_words")
        if not (isinstance(words, list) and len(words) == 3 and all(isinstance(w, str) and w for w in words)):
            self.problem("[summary]", "score_words", "must list three texts, for scores 0, 1 and 2")
            words = ["", "", ""]
        texts = self.templates(table, "[summary]", _SUMMARY_TEMPLATES)
        return SummaryWords(score_words=(words[0], words[1], words[2]), **texts)


_SUMMARY_TEMPLATES = {
    "maintenance": (),
    "walk_only": (),
    "asymmetry": ("lower", "higher", "side"),
    "region_back": ("regions",),
    "exercise_back": (),
}


def _entry_name(kind: str, number: int, table: Any) -> str:
    """``item 2 ("S2")``: the position always, the id when there is a readable one."""
    entry_id = table.get("id") if isinstance(table, Mapping) else None
    return (
        f"{kind} {number} ({_show(entry_id)})"
        if isinstance(entry_id, str) and entry_id
        else f"{kind} {number}"
    )
