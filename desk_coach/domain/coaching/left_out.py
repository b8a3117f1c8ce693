"""Moves left out for the rest of the day because they hurt (COACHING.md section 5, rule 5).

When a move hurts ("This hurts", pain at or above ``pain.stop_and_regress_at``, sharp or
shooting pain, numbness or tingling), the coach tells the user it is left out for the rest
of today, and the next morning's pain about yesterday's moves stops them for the day too.
Every plan (micro-breaks, the daily routine, ``desk-coach plan``) asks this module which
moves those are, so the promise holds wherever a plan is made. The harder moves of the same
ladder stay out with it: a harder version of a move that just hurt is no stand-in.

"Today" is the local day: each routine counts on the wall-clock date it started on, as in
the planner's week. Pure: ``now`` and the history are handed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from desk_coach.domain.coaching.exercises import ExerciseLibrary
from desk_coach.domain.coaching.library_rules import CoachingRules
from desk_coach.domain.coaching.records import ExerciseRecord, RoutineRecord


def hurt(exercise: ExerciseRecord, rules: CoachingRules) -> bool:
    """Whether this move was stopped for pain or brought on a warning sign."""
    return (
        exercise.pain_button
        or exercise.pain >= rules.pain.stop_and_regress_at
        or exercise.sharp_pain
        or exercise.numbness
    )


def sore_next_morning(record: RoutineRecord, rules: CoachingRules) -> bool:
    """Whether the pain reported the morning after this routine counts as a pain stop."""
    return (
        rules.pain.next_morning_pain_counts
        and record.next_day_pain is not None
        and record.next_day_pain >= rules.pain.stop_and_regress_at
    )


def left_out_today(
    history: Iterable[RoutineRecord], now: datetime, rules: CoachingRules, library: ExerciseLibrary
) -> frozenset[str]:
    """The ids of the moves no plan may hold for the rest of ``now``'s day.

    A move that hurt in a routine started today, every move done in a routine of yesterday
    whose next-morning pain counts, and the harder moves of their ladders.
    """
    today = now.date()
    yesterday = today - timedelta(days=1)
    stopped: set[str] = set()
    for record in history:
        day = record.started_at.date()
        if day == today and record.started_at <= now:
            stopped.update(e.exercise_id for e in record.exercises if hurt(e, rules))
        elif day == yesterday and sore_next_morning(record, rules):
            stopped.update(e.exercise_id for e in record.exercises if e.done_fraction > 0)
    return frozenset(_with_harder(stopped, library))


def _with_harder(exercise_ids: Iterable[str], library: ExerciseLibrary) -> set[str]:
    ids: set[str] = set()
    for exercise_id in exercise_ids:
        ids.add(exercise_id)
        if exercise_id not in library:
            continue
        step = library.harder(exercise_id)
        while step is not None and step.id not in ids:
            ids.add(step.id)
            step = library.harder(step.id)
    return ids
