"""A plan in words, for the command line and the self-check's last page, and as data for
``--json`` (codes and numbers, with the words as extra fields).

The planner says why each exercise is there as a ``Said`` (``domain/coaching/plan_reasons.py``);
this is the edge where the plan becomes text, in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from desk_coach.domain.coaching.exercises import Dose, Exercise, ExerciseLibrary, HoldDose, Target
from desk_coach.domain.coaching.plan import RoutinePlan
from desk_coach.domain.coaching.planner import lookup_exercise, plan_seconds
from desk_coach.domain.coaching.profile import CoachingProfile
from desk_coach.domain.history import BreakKind
from desk_coach.domain.said import to_data
from desk_coach.services.planning import dose_document, profile_document
from desk_coach.wording.figures import dose_words, duration_words
from desk_coach.wording.say import say
from desk_coach.wording.translate import number, translate


def item_dose_words(exercise: Exercise | None, dose: Dose) -> str:
    """A planned exercise's dose in words; a walk under a minute reads "30 s"."""
    if exercise is not None and exercise.target == Target.WALK and isinstance(dose, HoldDose):
        #: A short walk's length in seconds, in a plan: "Walk break: 30 s."
        return translate("Plan", "{seconds} s").format(seconds=number(dose.seconds(False)))
    return dose_words(dose, exercise.per_side if exercise else False)


def notes_words(plan: RoutinePlan) -> str:
    """The plan's notes as one paragraph."""
    return " ".join(say(note) for note in plan.notes)


def explain_plan(plan: RoutinePlan, library: ExerciseLibrary, *, title: str | None = None) -> list[str]:
    """The plan as lines: a heading, one line per exercise with its dose and reason, and the
    notes. ``title`` (already in the user's language) replaces "Daily routine"/"Micro-break"."""
    if title is None and plan.kind == BreakKind.LONG:
        #: The heading of today's longer routine in a plan.
        title = translate("Plan", "Daily routine")
    elif title is None:
        #: The heading of a short break's plan.
        title = translate("Plan", "Micro-break")
    #: A plan's heading: {title} ("Daily routine") and how long it takes ("about 6 min").
    heading = translate("Plan", "{title} ({duration}):")
    lines = [heading.format(title=title, duration=duration_words(plan_seconds(plan, library)))]
    if not plan.items:
        #: A plan without any exercise.
        lines.append("  " + translate("Plan", "Nothing planned."))
    for position, item in enumerate(plan.items, 1):
        exercise = lookup_exercise(library, item.exercise_id)
        #: One exercise of a plan: its {position}, {name}, {dose} ("3 sets of 12 each side") and
        #: {reason} (why it is in the plan, a sentence).
        line = translate("Plan", "{position}. {name}: {dose}. {reason}").format(
            position=number(position),
            name=exercise.name if exercise else item.exercise_id,
            dose=item_dose_words(exercise, item.dose),
            reason=say(item.reason),
        )
        if item.paired_with:
            paired = lookup_exercise(library, item.paired_with)
            #: After an exercise of a plan: the exercise it is paired with ({partner}).
            line += " " + translate("Plan", "Goes with: {partner}.").format(
                partner=paired.name if paired else item.paired_with
            )
        lines.append("  " + line)
    if plan.notes:
        #: Under a plan: why it is as it is ({note}: one or more sentences).
        lines.append("  " + translate("Plan", "Note: {note}").format(note=notes_words(plan)))
    return lines


# --- as data -------------------------------------------------------------------------------------


def plan_document(plan: RoutinePlan, library: ExerciseLibrary) -> dict[str, Any]:
    """One plan as plain data (for ``--json``), language-neutral: its exercises with dose and
    reason, its notes, as codes and values (the command line adds each one's words beside it as
    ``reason_text``, ``notes_text``), and the plan as the user reads it (``lines_text``)."""
    items = []
    for item in plan.items:
        exercise = lookup_exercise(library, item.exercise_id)
        items.append(
            {
                "exercise_id": item.exercise_id,
                "name_text": exercise.name if exercise else item.exercise_id,
                "target": exercise.target.value if exercise else None,
                "pattern": exercise.pattern.value if exercise else None,
                "per_side": exercise.per_side if exercise else False,
                "desk": exercise.desk if exercise else None,
                "dose": dose_document(item.dose),
                "seconds": item.dose.seconds(exercise.per_side if exercise else False),
                "reason": to_data(item.reason),
                "paired_with": item.paired_with,
            }
        )
    return {
        "kind": plan.kind.value,
        "seconds": plan_seconds(plan, library),
        "notes": [to_data(note) for note in plan.notes],
        "items": items,
        "lines_text": explain_plan(plan, library),
    }


def todays_plan_document(
    plans: Iterable[RoutinePlan], profile: CoachingProfile, library: ExerciseLibrary, now: datetime
) -> dict[str, Any]:
    """Today's plans as plain data: the daily routine (None when switched off) and the next
    micro-breaks."""
    plans = list(plans)
    daily = next((plan for plan in plans if plan.kind == BreakKind.LONG), None)
    return {
        "date": now.date().isoformat(),
        "profile": profile_document(profile),
        "daily_routine": None if daily is None else plan_document(daily, library),
        "micro_breaks": [plan_document(plan, library) for plan in plans if plan.kind == BreakKind.MICRO],
    }
