"""Recording a self-check: the screen as taken, and the regions its answers pause.

Used by the CLI (``desk-coach screen --from-json``) and by the app when the wizard finishes;
the wizard itself stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desk_coach.domain.coaching.exercises import Region
from desk_coach.domain.coaching.plan import LevelChange
from desk_coach.domain.coaching.profile import Equipment
from desk_coach.domain.coaching.records import RedFlagRecord, ScreenRecord, ScreenScore
from desk_coach.domain.coaching.screening import GateOutcome, ScreenContent, ScreenResult, gate, lifted_by
from desk_coach.domain.said import recorded_text
from desk_coach.services.ports import CoachingRepository, UnitOfWork

RECHECK_TRACK = "self-check"
"""The pseudo-track under which a re-check's lifted pauses are kept with the level changes."""
RESUME_RULE = "resume"


@dataclass(frozen=True)
class RecordedSelfCheck:
    """A self-check as stored: the red-flag gate's outcome, and the coaching before it (the
    regions paused, walk breaks only) for what the check lifted."""

    outcome: GateOutcome
    paused_before: frozenset[Region]
    walk_only_before: bool
    screen_id: int


def record_self_check(
    unit_of_work: Callable[[], UnitOfWork], content: ScreenContent, result: ScreenResult
) -> RecordedSelfCheck:
    """Gate, then record: the one way a finished self-check (the wizard's or a trainer's file)
    is stored. Raises StorageUnavailable when the history cannot be written."""
    outcome = gate(content, result.red_flags, result.pain_items)
    paused, walk_only = coaching_before(unit_of_work, result.taken_at)
    screen_id = record_screen(unit_of_work, content, result, outcome)
    return RecordedSelfCheck(outcome, paused, walk_only, screen_id)


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
        equipment=result.equipment,
        age_band=result.age_band,
    )


def record_screen(
    unit_of_work: Callable[[], UnitOfWork],
    content: ScreenContent,
    result: ScreenResult,
    outcome: GateOutcome,
) -> int:
    """Store the screen, pause the regions ``outcome`` names and lift what the re-check clears,
    in one transaction; returns the stored screen's id.

    ``outcome`` is ``gate(content, result.red_flags, result.pain_items)``. A region already
    paused keeps its first pause (the repository's rule). A region paused before this screen
    (by the red-flag gate, a painful check or the progression) resumes when :func:`lifted_by`
    says so; the pause and its end both stay in the history, and the line that says why is
    kept with the level changes (what the "what changed" history shows). A pause that began
    after the screen was taken (a trainer's file recorded late) is left alone.
    """
    record = screen_record(content, result, outcome)
    with unit_of_work() as uow:
        coaching = uow.coaching
        lifted = lifted_by(result, content, *_before(coaching, result.taken_at))
        screen_id = coaching.add_screen(record)
        for pause in outcome.pauses:
            reason, referral = recorded_text(pause.reason), recorded_text(pause.referral)
            coaching.pause_region(pause.region, result.taken_at, reason, referral)
        for region in lifted.regions:
            coaching.resume_region(region, result.taken_at)
        for line in lifted.lines:
            coaching.add_level_change(
                LevelChange(result.taken_at, RECHECK_TRACK, None, None, RESUME_RULE, recorded_text(line))
            )
    return screen_id


def coaching_before(
    unit_of_work: Callable[[], UnitOfWork], at: datetime | None = None
) -> tuple[frozenset[Region], bool]:
    """The regions paused and whether only walk breaks run, before a check taken ``at`` (None:
    now): what that check may lift."""
    with unit_of_work() as uow:
        return _before(uow.coaching, at)


def _before(coaching: CoachingRepository, at: datetime | None) -> tuple[frozenset[Region], bool]:
    """A pause that began after ``at``, or a screen taken after it, is not the check's to lift
    (a trainer's file recorded late)."""
    latest = coaching.latest_screen()
    paused = frozenset(
        region for region, pause in coaching.paused_regions().items() if at is None or pause.since <= at
    )
    walk_only = (
        latest is not None and not latest.exercise_allowed and (at is None or latest.taken_at <= at)
    )
    return paused, walk_only


def answers_for_settings(
    result: ScreenResult, work_hours: dict[str, list[str]] | None, equipment_now: frozenset[Equipment]
) -> dict[str, dict[str, Any]]:
    """What the self-check keeps in the settings too, as ``{group: {key: value}}``: the work
    hours the user gave, and the equipment at hand when it differs from the setting."""
    changes: dict[str, dict[str, Any]] = {}
    if work_hours:
        changes["work_hours"] = work_hours
    if result.equipment is not None and result.equipment != equipment_now:
        changes["coaching"] = {"equipment": sorted(item.value for item in result.equipment)}
    return changes
