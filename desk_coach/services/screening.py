"""Recording a self-check: the screen as taken, and the regions its answers pause.

Used by the CLI (``desk-coach screen --from-json``) and by the app when the wizard finishes;
the wizard itself stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from desk_coach.domain.coaching.records import RedFlagRecord, ScreenRecord, ScreenScore
from desk_coach.domain.coaching.screening import GateOutcome, ScreenContent, ScreenResult
from desk_coach.services.ports import UnitOfWork


def screen_record(content: ScreenContent, result: ScreenResult, outcome: GateOutcome) -> ScreenRecord:
    """The screen as storage keeps it.

    Storage holds 0-2 per side, the scale the planner reads, so an item scored on a wider
    scale (S2, 0-3 per side) is converted side by side; the lowest side still gives the
    item's profile score, as the conversion keeps the order.
    """
    scores = []
    for score in result.scores:
        item = content.item(score.item_id)
        value = score.score
        if value is not None and item is not None:
            value = item.profile_score(value)
        scores.append(ScreenScore(score.item_id, score.side, 0 if score.pain else value, score.pain))
    return ScreenRecord(
        taken_at=result.taken_at,
        source=result.source,
        lifestyles=result.lifestyles,
        floor_room=result.floor_room,
        exercise_allowed=outcome.exercise_allowed,
        pregnancy=outcome.pregnancy,
        scores=tuple(scores),
        red_flags=tuple(RedFlagRecord(flag.id, flag.tier, flag.paused_regions) for flag in outcome.flags),
        note=result.note,
    )


def record_screen(
    unit_of_work: Callable[[], UnitOfWork],
    content: ScreenContent,
    result: ScreenResult,
    outcome: GateOutcome,
) -> int:
    """Store the screen and pause the regions ``outcome`` names, in one transaction.

    ``outcome`` is ``gate(content, result.red_flags, result.pain_items)``. A region already
    paused keeps its first pause (the repository's rule). Earlier pauses are not lifted here:
    resuming a region is the progression's decision. Returns the stored screen's id.
    """
    record = screen_record(content, result, outcome)
    with unit_of_work() as uow:
        screen_id = uow.coaching.add_screen(record)
        for pause in outcome.pauses:
            uow.coaching.pause_region(pause.region, result.taken_at, pause.reason, pause.referral)
    return screen_id
