"""The order of the self-check's pages and the screen the answers make, without Qt, on the
shipped screen content."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desk_coach.adapters.screen_files import load_screen_content
from desk_coach.domain.coaching.profile import Equipment
from desk_coach.domain.coaching.records import RedFlagTier, ScreenSource
from desk_coach.domain.coaching.screening import ItemScore, offered_items
from desk_coach.ui.screen_wizard.flow import (
    EMERGENCY,
    END,
    EQUIPMENT,
    FLAGS,
    FLOOR,
    INTRO,
    LIFESTYLE,
    READY,
    SUMMARY,
    WORK_HOURS,
    Answers,
    ScreenFlow,
    item_answered,
    item_scores,
)

CONTENT = load_screen_content()
NOW = datetime(2025, 5, 6, 12, 0, tzinfo=timezone(timedelta(hours=2)))
FLOW = ScreenFlow(CONTENT, asks_work_hours=True)


def walk(flow: ScreenFlow, yes: frozenset[str] = frozenset()) -> list[int]:
    pages, page = [], INTRO
    while page != END:
        pages.append(page)
        page = flow.next_page(page, yes)
    return pages


def test_with_no_yes_every_movement_check_comes_then_the_summary():
    pages = walk(FLOW)
    assert pages[:5] == [INTRO, LIFESTYLE, WORK_HOURS, FLOOR, EQUIPMENT]
    assert pages[5:5 + len(FLOW.tiers)] == [FLAGS[tier] for tier in FLOW.tiers]
    items = [FLOW.item_page(n) for n in range(len(FLOW.item_ids))]
    assert pages[5 + len(FLOW.tiers):] == [*items, SUMMARY, READY]


def test_the_work_hours_page_comes_only_when_asked():
    assert WORK_HOURS not in walk(ScreenFlow(CONTENT, asks_work_hours=False))


def test_an_emergency_yes_goes_straight_to_the_emergency_page_which_finishes():
    emergency = CONTENT.questions_in(RedFlagTier.EMERGENCY)[0].id
    first_flags = FLAGS[FLOW.tiers[0]]
    assert FLOW.next_page(first_flags, {emergency}) == EMERGENCY
    assert FLOW.next_page(EMERGENCY, {emergency}) == END
    assert FLOW.emergency_wording({emergency})


def test_a_parq_yes_skips_the_movement_checks():
    parq = CONTENT.questions_in(RedFlagTier.PARQ)[0].id
    assert offered_items(CONTENT, {parq}) == ()
    pages = walk(FLOW, frozenset({parq}))
    assert pages[-2:] == [SUMMARY, READY]
    assert not any(FLOW.item_page(0) <= page < SUMMARY for page in pages)


def test_only_answers_on_the_path_count():
    parq = CONTENT.questions_in(RedFlagTier.PARQ)[0].id
    yes = {RedFlagTier.PARQ: frozenset({parq})}
    assert FLOW.answered_yes({INTRO, FLAGS[RedFlagTier.PARQ]}, yes) == {parq}
    assert FLOW.answered_yes({INTRO}, yes) == frozenset()  # gone back before that page


def test_the_result_holds_what_was_answered_along_the_path():
    first, second = FLOW.item_ids[:2]
    answers = Answers(
        lifestyles=frozenset(), age_band=None, floor_room=True, equipment=frozenset({Equipment.BAND}),
        yes={}, scores={first: (ItemScore(first, None, 2),), second: (ItemScore(second, None, 1),)},
    )
    path = {INTRO, LIFESTYLE, FLOOR, EQUIPMENT, FLOW.item_page(0)}
    result = FLOW.result(path, answers, NOW)
    assert result.source is ScreenSource.WIZARD and result.taken_at == NOW
    assert result.scores == (ItemScore(first, None, 2),)  # the second check was never reached
    assert result.equipment == {Equipment.BAND} and result.floor_room
    assert FLOW.result({INTRO}, answers, NOW).equipment is None  # not asked yet


def test_a_movement_check_is_answered_per_side_or_by_hurt_or_skip():
    item = next(item for item in CONTENT.items if item.sides and not item.optional)
    left, right = item.side_slots
    assert not item_answered(item, {left: 1, right: None}, hurt=False, skipped=False)
    assert item_answered(item, {left: 1, right: 2}, hurt=False, skipped=False)
    assert item_answered(item, {}, hurt=True, skipped=False)
    assert item_answered(item, {}, hurt=False, skipped=True)
    optional = next(item for item in CONTENT.items if item.optional)
    assert item_answered(optional, {}, hurt=False, skipped=False)  # left blank: skipped


def test_a_movement_check_scores_each_side_zero_with_pain_when_it_hurt():
    item = next(item for item in CONTENT.items if item.sides)
    left, right = item.side_slots
    assert item_scores(item, {left: 2, right: 1}, hurt=False, skipped=False) == (
        ItemScore(item.id, left, 2), ItemScore(item.id, right, 1),
    )
    assert [s.score for s in item_scores(item, {left: 2}, hurt=False, skipped=True)] == [None, None]
    hurt = item_scores(item, {left: 2}, hurt=True, skipped=False)
    assert [(s.score, s.pain) for s in hurt] == [(0, True), (0, True)]
