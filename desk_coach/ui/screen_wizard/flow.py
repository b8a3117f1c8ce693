"""The order of the self-check's pages and what the answers along the way come to, without Qt.

The wizard (``wizard.ScreenWizard``) holds the pages and asks this flow which page comes next,
which red-flag answers count (those on pages still on the path: going Back takes a page off
it), what the emergency page says, and the screen the answers make. Beside its view in ``ui/``:
the state of one window, not a use case (storing the screen is the caller's); no Qt import (an
import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desk_coach.domain.coaching.profile import AgeBand, Equipment, Lifestyle
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource, Side
from desk_coach.domain.coaching.screening import (
    TIER_ORDER,
    ItemScore,
    ScreenContent,
    ScreenItem,
    ScreenResult,
    gate,
    offered_items,
)

# Page ids: fixed, so tests and the flow read plainly. Items follow ITEMS_FROM in content order.
INTRO, LIFESTYLE, WORK_HOURS, FLOOR, EQUIPMENT = 0, 1, 2, 3, 4
FLAGS = {tier: 10 + number for number, tier in enumerate(TIER_ORDER)}
EMERGENCY = 20
ITEMS_FROM = 30
SUMMARY = 90
READY = 95
END = -1  # no page after this one: the wizard finishes


@dataclass(frozen=True)
class Answers:
    """What the pages hold now, whether or not they are on the path."""

    lifestyles: frozenset[Lifestyle]
    age_band: AgeBand | None
    floor_room: bool
    equipment: frozenset[Equipment]
    yes: Mapping[RedFlagTier, frozenset[str]]  # the questions answered yes, by tier
    scores: Mapping[str, tuple[ItemScore, ...]]  # each movement check's scores, by item id


def item_answered(item: ScreenItem, chosen: Mapping[Side | None, int | None], *, hurt: bool,
                  skipped: bool) -> bool:
    """A movement check may be left: it hurt, it was skipped, every side has a choice, or it is
    optional (left blank, it is skipped)."""
    return item.optional or hurt or skipped or all(chosen.get(side) is not None for side in item.side_slots)


def item_scores(item: ScreenItem, chosen: Mapping[Side | None, int | None], *, hurt: bool,
                skipped: bool) -> tuple[ItemScore, ...]:
    """One entry per side: 0 with pain when it hurt, None when skipped or not picked."""
    return tuple(
        ItemScore(item.id, side, 0 if hurt else None if skipped else chosen.get(side), hurt)
        for side in item.side_slots
    )


class ScreenFlow:
    """The self-check's pages for ``content``: the work-hours page only when ``asks_work_hours``,
    one page per red-flag tier that has questions, one per movement check."""

    def __init__(self, content: ScreenContent, *, asks_work_hours: bool) -> None:
        self.content = content
        self.asks_work_hours = asks_work_hours
        self.tiers = tuple(tier for tier in TIER_ORDER if content.questions_in(tier))
        self.item_ids = tuple(item.id for item in content.items)
        self._emergency_ids = {q.id for q in content.questions_in(RedFlagTier.EMERGENCY)}

    @staticmethod
    def item_page(number: int) -> int:
        """The page id of movement check ``number`` (0-based, content order)."""
        return ITEMS_FROM + number

    def next_page(self, current: int, yes: Collection[str]) -> int:
        """The page after ``current``, given the red-flag questions answered ``yes`` on the path."""
        following = {INTRO: LIFESTYLE, WORK_HOURS: FLOOR, FLOOR: EQUIPMENT, SUMMARY: READY}
        if current in following:
            return following[current]
        if current == LIFESTYLE:
            return WORK_HOURS if self.asks_work_hours else FLOOR
        if current == EQUIPMENT:
            return FLAGS[self.tiers[0]]
        if current in FLAGS.values():
            return self._after_flags(current, yes)
        if ITEMS_FROM <= current < SUMMARY:
            return self._item_after(current, yes)
        return END  # the emergency page and the last page finish

    def _after_flags(self, current: int, yes: Collection[str]) -> int:
        if self._emergency_ids & set(yes):
            return EMERGENCY
        position = next(n for n, tier in enumerate(self.tiers) if FLAGS[tier] == current)
        if position + 1 < len(self.tiers):
            return FLAGS[self.tiers[position + 1]]
        return self._item_after(None, yes)

    def _item_after(self, current: int | None, yes: Collection[str]) -> int:
        """The next movement check the answers allow after page ``current`` (None: the first)."""
        offered = {item.id for item in offered_items(self.content, yes)}
        start = 0 if current is None else current - ITEMS_FROM + 1
        for number in range(start, len(self.item_ids)):
            if self.item_ids[number] in offered:
                return self.item_page(number)
        return SUMMARY

    def answered_yes(self, path: Collection[int], yes: Mapping[RedFlagTier, Iterable[str]]) -> frozenset[str]:
        """The questions answered yes on the red-flag pages on ``path``."""
        return frozenset(qid for tier, ids in yes.items() if FLAGS[tier] in path for qid in ids)

    def emergency_wording(self, yes: Collection[str]) -> str:
        """What the emergency page says for the questions answered ``yes``."""
        outcome = gate(self.content, yes, ())
        return outcome.referrals[0] if outcome.referrals else ""

    def result(self, path: Collection[int], answers: Answers, taken_at: datetime) -> ScreenResult:
        """The screen as answered along ``path`` (the pages visited and the current one)."""
        scores = tuple(
            score
            for number, item_id in enumerate(self.item_ids)
            if self.item_page(number) in path
            for score in answers.scores.get(item_id, ())
        )
        return ScreenResult(
            taken_at=taken_at,
            source=ScreenSource.WIZARD,
            lifestyles=answers.lifestyles,
            floor_room=answers.floor_room,
            red_flags=self.answered_yes(path, answers.yes),
            scores=scores,
            equipment=answers.equipment if EQUIPMENT in path else None,
            age_band=answers.age_band,
        )
