"""The first-run self-check: its content, the red-flag gate, scoring, and trainer files.

Pure domain code: everything here works on plain data handed in (the parsed
``screen/screen.toml``, a parsed JSON document, the answers from the wizard) and returns
values; reading files is the adapters' job.

The content (:class:`ScreenContent`) is read from the shipped TOML, and a trainer's file
checked, by :mod:`desk_coach.domain.coaching.screen_readers`, which names every problem by
file, entry and field. A
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
(2, or 3 for S2 on each side).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.profile import AgeBand, CoachingProfile, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side
from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import Said, SaidCode, Term, recorded_text, said

SCREEN_RESOURCE = "screen/screen.toml"
ITEM_ID = r"S[1-9][0-9]*"
"""What a movement check's id looks like ("S1"); the checks themselves are screen.toml's."""
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


class ScreenContentError(ValueError):
    """The self-check content cannot be used; ``problems`` says why, one by one."""

    def __init__(self, problems: Sequence[Problem]) -> None:
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


def _english_list(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


@dataclass(frozen=True)
class ContentWords:
    """How the self-check's sentences name body regions and join a list, in the language the
    content was read in: whoever loads the content in another language gives its own (the file
    holds the sentences, not these words). Empty: English, the regions' codes as their names."""

    regions: Mapping[Region, str] = field(default_factory=dict)
    join: Callable[[Sequence[str]], str] = _english_list

    def region(self, region: Region) -> str:
        return self.regions.get(region, region.value)


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
    words: ContentWords = field(default_factory=ContentWords)

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
        referrals.append(_fill(wording.emergency, symptoms=_symptoms(emergency, content.words)))
    parq = by_tier[RedFlagTier.PARQ]
    if parq:
        symptoms = _symptoms(parq, content.words)
        referrals.append(_fill(wording.prompt, symptoms=symptoms, paused=wording.paused_all))
    for question in by_tier[RedFlagTier.PROMPT]:
        regions = question.paused_regions
        paused = _paused_words(wording, regions, content.words)
        text = _fill(wording.prompt, symptoms=question.symptom, paused=paused)
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


class ScreeningSaid(SaidCode):
    """What the self-check's summary says in the code's own words (worded in
    ``wording/sentences/screening.py``); the rest of it is the content's (screen.toml)."""

    ITEM_HURT = "screening.item_hurt"  # item (its name)
    ITEM_SCORE = "screening.item_score"  # item, score (the content's word for it)
    ITEM_SCORE_UNEVEN = "screening.item_score_uneven"  # item, score, lower, higher (Term "side"), side
    ITEM_SKIPPED = "screening.item_skipped"  # item
    ITEM_LEFT_OUT = "screening.item_left_out"  # item
    PAUSED_FOR_NOW = "screening.paused_for_now"  # regions (Term "region")
    PREGNANCY = "screening.pregnancy"


@dataclass(frozen=True)
class ScreenSummary:
    """The last page: what was found, the referrals, what the coach will do, and what a
    re-check put back on (``resumed``). ``found`` and ``focus`` are said (a content sentence
    is a ``recorded_text``); the referrals and ``resumed`` are the content's templates, filled."""

    found: tuple[Said, ...]
    referrals: tuple[str, ...]
    focus: tuple[Said, ...]
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
        lines.append(_sentence(_fill(words.region_back, regions=_regions_words(regions, content.words))))
    return Lifted(regions, walk_only_before, tuple(lines))


def _scored(item: ScreenItem, result: ScreenResult, score_word: str) -> Said:
    """"Hip hinge: good; your right leg scored lower than your left" when the sides differ."""
    by_side = {s.side: s.score for s in result.scores if s.item_id == item.id and s.score is not None}
    left, right = by_side.get(Side.LEFT), by_side.get(Side.RIGHT)
    if not item.sides or left is None or right is None or left == right:
        return said(ScreeningSaid.ITEM_SCORE, item=item.name, score=score_word)
    lower, higher = (Side.LEFT, Side.RIGHT) if left < right else (Side.RIGHT, Side.LEFT)
    return said(
        ScreeningSaid.ITEM_SCORE_UNEVEN,
        item=item.name,
        score=score_word,
        lower=Term("side", lower.value),
        higher=Term("side", higher.value),
        side=item.side_label,
    )


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
    found: list[Said] = []
    weak: list[str] = []
    done = {score.item_id for score in result.scores}
    offered = {item.id for item in offered_items(content, result.red_flags)}
    for item in content.items:
        if item.id in result.pain_items:
            found.append(said(ScreeningSaid.ITEM_HURT, item=item.name))
        elif item.id in profile:
            found.append(_scored(item, result, words[profile[item.id]]))
            if profile[item.id] <= 1 and item.focus not in weak:
                weak.append(item.focus)
        elif item.id in done:
            found.append(said(ScreeningSaid.ITEM_SKIPPED, item=item.name))
        elif outcome.exercise_allowed and item.id not in offered:
            found.append(said(ScreeningSaid.ITEM_LEFT_OUT, item=item.name))
    focus: list[Said] = []
    if not outcome.exercise_allowed:
        focus.append(recorded_text(_sentence(content.summary.walk_only)))
    else:
        focus += [recorded_text(_sentence(text)) for text in weak] or [
            recorded_text(_sentence(content.summary.maintenance))
        ]
        still = outcome.paused_regions | (frozenset(paused) - frozenset(lifted.regions))
        if still:
            regions = tuple(Term("region", region.value) for region in _in_order(still))
            focus.append(said(ScreeningSaid.PAUSED_FOR_NOW, regions=regions))
        if outcome.pregnancy:
            focus.append(said(ScreeningSaid.PREGNANCY))
    return ScreenSummary(
        found=tuple(found), referrals=outcome.referrals, focus=tuple(focus), resumed=lifted.lines
    )


# -- wording helpers ---------------------------------------------------------------------------


def _fill(template: str, **values: str) -> str:
    return template.format(**values)


def _symptoms(questions: Sequence[RedFlagQuestion], words: ContentWords) -> str:
    seen: list[str] = []
    for question in questions:
        if question.symptom not in seen:
            seen.append(question.symptom)
    return words.join(seen)


def _in_order(regions: Iterable[Region]) -> list[Region]:
    wanted = set(regions)
    return [region for region in Region if region in wanted]


def _regions_words(regions: Iterable[Region], words: ContentWords) -> str:
    return words.join([words.region(region) for region in _in_order(regions)])


def _paused_words(referrals: Referrals, regions: frozenset[Region], words: ContentWords) -> str:
    if regions >= ALL_REGIONS:
        return referrals.paused_all
    return _fill(referrals.paused_some, regions=_regions_words(regions, words))


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
